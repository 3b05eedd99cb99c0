package uk.gov.lga.hub.ui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A signed-in session follows what Keycloak answers when it is rechecked, and what it does when Keycloak is silent. */
class SessionCheckTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-30T10:00:00Z");

    private final Deque<Supplier<ValidatedTokens>> keycloak = new ArrayDeque<>();
    private int refreshes;
    private final Map<String, Object> attributes = new HashMap<>();
    private boolean ended;
    private final SessionCheck check = new SessionCheck();

    SessionCheckTest() {
        OidcSettings settings = new OidcSettings();
        settings.recheckSeconds = 300;
        settings.offlineGraceSeconds = 900;
        settings.maxHours = 10;
        settings.retryAfterSeconds = 10;
        check.settings = settings;
        check.index = new SessionIndex();
        check.realm = new RealmClient() {
            @Override
            ValidatedTokens refresh(String refreshToken) {
                refreshes++;
                return keycloak.removeFirst().get();
            }
        };
        at(SIGNED_IN);
        check.signIn(session(), tokens(List.of("council-editor"), "E08000026", SIGNED_IN.plusSeconds(300)), SIGNED_IN);
    }

    @Test
    void rolesAndCouncilComeFromTheRefreshedTokenOnceTheAccessTokenHasExpired() {
        at(SIGNED_IN.plusSeconds(299));
        assertEquals(Set.of("council-editor"), current().orElseThrow().roles());
        assertEquals(0, refreshes, "no call while the token is good");
        keycloak.add(() -> tokens(List.of(), null, SIGNED_IN.plusSeconds(600)));
        at(SIGNED_IN.plusSeconds(301));
        SignedInUser rechecked = current().orElseThrow();
        assertEquals(Set.of(), rechecked.roles());
        assertEquals(null, rechecked.councilCode());
    }

    @Test
    void aRefreshKeycloakRefusesEndsTheSession() {
        keycloak.add(() -> {
            throw new SessionEnded("User disabled");
        });
        at(SIGNED_IN.plusSeconds(301));
        assertEquals(Optional.empty(), current());
        assertTrue(ended);
    }

    @Test
    void whileKeycloakIsUnreachableTheSessionCarriesOnForTheGraceTimeOnlyAskingAgainNowAndThen() {
        for (int i = 0; i < 3; i++) {
            keycloak.add(() -> {
                throw new KeycloakUnavailable("connection refused", null);
            });
        }
        at(SIGNED_IN.plusSeconds(301));
        assertTrue(current().isPresent());
        at(SIGNED_IN.plusSeconds(305));
        assertTrue(current().isPresent());
        assertEquals(1, refreshes, "not asked again within the retry time");
        at(SIGNED_IN.plusSeconds(301 + 600));
        assertTrue(current().isPresent());
        at(SIGNED_IN.plusSeconds(301 + 901));
        assertEquals(Optional.empty(), current());
        assertTrue(ended);
    }

    @Test
    void noSessionOutlivesItsMaximumLifetimeHoweverFreshItsTokens() {
        for (int i = 0; i < 200; i++) {
            keycloak.add(() -> tokens(
                    List.of("council-editor"),
                    "E08000026",
                    check.realm.clock.instant().plusSeconds(300)));
        }
        for (Instant t = SIGNED_IN; t.isBefore(SIGNED_IN.plus(Duration.ofHours(10))); t = t.plusSeconds(1800)) {
            at(t);
            assertTrue(current().isPresent(), "still signed in at " + t);
        }
        at(SIGNED_IN.plus(Duration.ofHours(10)).plusSeconds(1));
        assertEquals(Optional.empty(), current());
    }

    private Optional<SignedInUser> current() {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getSession")) {
                        return ended ? null : session();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return check.current(request);
    }

    private HttpSession session() {
        return (HttpSession) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "invalidate" -> {
                        ended = true;
                        attributes.clear();
                        yield null;
                    }
                    case "getId" -> "session-1";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private void at(Instant now) {
        check.realm.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private static ValidatedTokens tokens(List<String> groups, String council, Instant expiry) {
        JWTClaimsSet.Builder access = new JWTClaimsSet.Builder()
                .subject("user-1")
                .claim("sid", "kc-session")
                .claim("groups", groups)
                .claim("preferred_username", "probe")
                .expirationTime(Date.from(expiry));
        if (council != null) {
            access.claim("council", council);
        }
        return new ValidatedTokens(null, access.build(), "id-token", "refresh-token");
    }
}
