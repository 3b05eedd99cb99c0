package uk.gov.lga.hub.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One clock for the application, so tests and audit entries agree on what "now" is. Only where {@code
 * hub.dev.clock-control=true} (deploy/run.sh and the tests) can it be moved; elsewhere it is the system's.
 */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "hub.dev.clock-control", defaultValue = "false")
    boolean movable;

    private final MovableClock moved = new MovableClock(Clock.systemUTC());

    @Produces
    @ApplicationScoped
    Clock clock() {
        return movable ? moved : Clock.systemUTC();
    }

    /** The clock's control where the deployment allows it. */
    public Optional<MovableClock> control() {
        return movable ? Optional.of(moved) : Optional.empty();
    }
}
