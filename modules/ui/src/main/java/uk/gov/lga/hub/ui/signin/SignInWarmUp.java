package uk.gov.lga.hub.ui.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At deployment, in the background, fetches what the first sign-in would otherwise wait for: Keycloak's discovery
 * document and the realm's keys ({@link RealmClient#warmUp()}). Deployment never waits for Keycloak; if it cannot
 * be reached, the first sign-in fetches them as before. Off with {@code hub.ui.keycloak.warm-up=false}
 * (deploy/bench/signin.sh compares the two).
 */
@ApplicationScoped
public class SignInWarmUp {

    private static final Logger LOG = Logger.getLogger(SignInWarmUp.class.getName());

    @Inject
    RealmClient realm;

    @Inject
    OidcSettings settings;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (!settings.warmUp()) {
            return;
        }
        // A thread of its own: it only makes HTTP calls, and the container's default executor is not yet bound
        // while the application is being initialised.
        Thread warmUp = new Thread(
                () -> {
                    long t0 = System.nanoTime();
                    try {
                        realm.warmUp();
                        LOG.info(() -> String.format(
                                "Sign-in warmed up: Keycloak's discovery and keys fetched in %d ms",
                                (System.nanoTime() - t0) / 1_000_000));
                    } catch (KeycloakUnavailable | IllegalStateException notNow) {
                        LOG.warning(() -> "Sign-in warm-up skipped, the first sign-in will fetch Keycloak's keys: "
                                + notNow.getMessage());
                    }
                },
                "sign-in-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
