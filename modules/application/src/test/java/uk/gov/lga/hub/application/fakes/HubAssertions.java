package uk.gov.lga.hub.application.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.function.Executable;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.security.NotVisible;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.domain.audit.AuditEvent;

/** The checks every service's tests make: how a caller is refused, and what the audit trail then holds. */
public final class HubAssertions {

    private final InMemoryHub hub;

    public HubAssertions(InMemoryHub hub) {
        this.hub = hub;
    }

    /** Refused as if nothing were there (404): no council data entered, nothing audited. */
    public NotVisible refusedAsNotVisible(Executable call) {
        return refusedBeforeAnything(NotVisible.class, call);
    }

    /** Refused as known but forbidden (403): no council data entered, nothing audited. */
    public AccessDenied refusedAsDenied(Executable call) {
        return refusedBeforeAnything(AccessDenied.class, call);
    }

    private <T extends Throwable> T refusedBeforeAnything(Class<T> refusal, Executable call) {
        int entered = hub.scope.entered().size();
        int audited = hub.audit().size();
        T thrown = assertThrows(refusal, call);
        assertEquals(entered, hub.scope.entered().size(), "no council's data was entered");
        assertEquals(audited, hub.audit().size(), "nothing was audited");
        return thrown;
    }

    /** Refused as missing (404, and not merely hidden); nothing audited. */
    public NotFound refusedAsNotFound(Executable call) {
        int audited = hub.audit().size();
        NotFound thrown = assertThrows(NotFound.class, call);
        assertEquals(audited, hub.audit().size(), "nothing was audited");
        return thrown;
    }

    /** Refused as stale with the record as it now is; nothing audited. */
    public <C> C refusedAsStale(Class<C> currentType, Executable call) {
        int audited = hub.audit().size();
        StaleRecord stale = assertThrows(StaleRecord.class, call);
        assertEquals(audited, hub.audit().size(), "nothing was audited");
        return assertInstanceOf(currentType, stale.current(), "the refusal carries the current record");
    }

    /** The one entry the last call wrote, checked for who and what. */
    public AuditEvent oneEntry(String council, String actor, String action) {
        List<AuditEvent> entries = hub.audit();
        assertEquals(
                1,
                entries.size(),
                () -> "one audit entry, not "
                        + entries.stream().map(AuditEvent::action).toList());
        AuditEvent entry = entries.get(0);
        assertEquals(council, entry.councilCode(), "in the council's own trail");
        assertEquals(actor, entry.actor(), "who");
        assertEquals(action, entry.action(), "what");
        assertEquals(InMemoryHub.NOW, entry.occurredAt(), "when");
        return entry;
    }

    public void nothingAudited() {
        assertTrue(
                hub.audit().isEmpty(),
                () -> "no audit entry, but "
                        + hub.audit().stream().map(AuditEvent::action).toList());
    }
}
