package uk.gov.lga.hub.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.audit.AuditEvent;
import uk.gov.lga.hub.domain.audit.AuditTrail;

/** Writes one audit entry per change, in the same transaction as the change: both land or neither does. */
@ApplicationScoped
public class AuditLog {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    public void record(Tenant tenant, String action, String subject, Object before, Object after) {
        trail.record(new AuditEvent(
                clock.instant(),
                tenant.actor(),
                action,
                subject,
                before == null ? null : JSON.toJson(before),
                after == null ? null : JSON.toJson(after)));
    }
}
