package uk.gov.lga.hub.domain.audit;

import java.util.List;

/** The audit trail of the council the current transaction is bound to. */
public interface AuditTrail {

    void record(AuditEvent event);

    /** Newest first. */
    List<AuditEvent> latest(int limit);
}
