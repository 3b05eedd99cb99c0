package uk.gov.lga.hub.webapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.lang.reflect.Method;
import java.security.Principal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.gov.lga.hub.api.answer.BoundedCache;

/**
 * Bearer tokens MicroProfile JWT has already verified, so that the same token is not verified again on every request.
 * Payara's identity store parses the signing key from the JWKS and checks the RSA signature from scratch each time:
 * 60% of the CPU of a read served from {@code StampedAnswers} in JDK Flight Recorder (issue 17).
 *
 * <p>Asked first ({@link #priority()}), this store knows a token only by its exact text, remembered after Payara's
 * store verified it (signature, issuer, audience, expiry: {@link VerifiedTokenFilter}); it answers with the token
 * Payara made, its groups, while the token has not expired, and otherwise lets Payara's store decide as before. A
 * token differing in one character is a new token. Per instance, least recently used forgotten past {@value
 * #TOKENS}.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityStore {

    static final int TOKENS = 4096;

    private static final BoundedCache<String, JsonWebToken> VERIFIED = new BoundedCache<>(TOKENS);

    @Inject
    Clock clock;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        JsonWebToken known = VERIFIED.get(tokenOf(credential));
        if (known instanceof CallerPrincipal principal
                && known.getExpirationTime() > clock.instant().getEpochSecond()) {
            return new CredentialValidationResult(principal, known.getGroups());
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        // Groups count only from a store that provides them too; this one adds none to another store's result.
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    /** The request's principal, once the container has authenticated it: a verified token is remembered. */
    static void remember(Principal principal) {
        if (principal instanceof JsonWebToken jwt && jwt.getRawToken() != null) {
            VERIFIED.put(jwt.getRawToken(), jwt);
        }
    }

    /** Payara's bearer token credential carries the token's text; any other credential is not this store's. */
    private static String tokenOf(Credential credential) {
        Method signedJwt = SIGNED_JWT.get(credential.getClass());
        try {
            return signedJwt != null && signedJwt.invoke(credential) instanceof String token ? token : "";
        } catch (ReflectiveOperationException unreadable) {
            return "";
        }
    }

    /** The credential class's {@code getSignedJWT}, looked up once per class, not on every request; null if none. */
    private static final ClassValue<Method> SIGNED_JWT = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> credentialClass) {
            try {
                return credentialClass.getMethod("getSignedJWT");
            } catch (NoSuchMethodException notABearerToken) {
                return null;
            }
        }
    };
}
