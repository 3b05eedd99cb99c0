package uk.gov.lga.hub.application.fakes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.gov.lga.hub.domain.audit.AuditEvent;
import uk.gov.lga.hub.domain.audit.AuditTrail;

/** Each council's trail: an entry lands in the bound council's, and only that council's entries are read. */
final class InMemoryAuditTrail implements AuditTrail {

    private final InMemoryHub hub;

    InMemoryAuditTrail(InMemoryHub hub) {
        this.hub = hub;
    }

    @Override
    public void record(AuditEvent event) {
        EntityGraph.set(event, "councilCode", hub.boundCouncil());
        hub.auditEvents.add(event);
        hub.persist(event);
    }

    @Override
    public List<AuditEvent> latest(int limit) {
        List<AuditEvent> own =
                new ArrayList<>(hub.auditEvents.stream().filter(hub::visible).toList());
        Collections.reverse(own);
        return own.stream().limit(limit).toList();
    }
}
