package uk.gov.lga.hub.provisioning.http;

import java.util.concurrent.atomic.AtomicReference;
import uk.gov.lga.hub.provisioning.Checkpoint;

/**
 * For tests only: with {@code hub.provisioning.faults=true}, a request carrying {@code X-Fault: <checkpoint>}
 * fails when its change reaches that checkpoint. A test that reaches the provisioner only through the
 * application arms the next change instead ({@code POST /faults} with {@code {"next": "<checkpoint>"}}).
 * Switched off, the header is ignored and the route does not exist ({@link FaultResource}).
 */
public final class FaultInjection {

    public static final String HEADER = "X-Fault";

    private final boolean enabled;
    private final AtomicReference<String> armed = new AtomicReference<>();

    public FaultInjection(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The next change to reach this checkpoint fails, once. */
    public void armNext(String checkpoint) {
        armed.set(checkpoint);
    }

    /** @param header the request's {@value #HEADER} header, or null */
    public Checkpoint checkpointsFor(String header) {
        String wanted = header != null ? header : armed.getAndSet(null);
        if (!enabled || wanted == null) {
            return Checkpoint.NONE;
        }
        return name -> {
            if (name.equals(wanted)) {
                throw new InjectedFault(name);
            }
        };
    }
}
