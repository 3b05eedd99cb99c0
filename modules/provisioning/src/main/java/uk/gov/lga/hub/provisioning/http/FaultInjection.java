package uk.gov.lga.hub.provisioning.http;

import uk.gov.lga.hub.provisioning.Checkpoint;

/**
 * For tests only: with {@code hub.provisioning.faults=true}, a request carrying {@code X-Fault: <checkpoint>}
 * fails when its change reaches that checkpoint. Switched off, the header means nothing.
 */
public final class FaultInjection {

    public static final String HEADER = "X-Fault";

    private final boolean enabled;

    public FaultInjection(boolean enabled) {
        this.enabled = enabled;
    }

    public Checkpoint checkpointsOf(Request request) {
        String wanted = request.header(HEADER);
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
