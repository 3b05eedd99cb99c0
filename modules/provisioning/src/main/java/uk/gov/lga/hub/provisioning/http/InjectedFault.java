package uk.gov.lga.hub.provisioning.http;

/** A failure a test asked for, at a named checkpoint. */
final class InjectedFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InjectedFault(String checkpoint) {
        super(checkpoint, null, false, false);
    }
}
