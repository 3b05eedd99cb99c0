package uk.gov.lga.hub.application.audit;

import java.time.Instant;
import uk.gov.lga.hub.domain.audit.AuditEvent;

public record AuditEntryView(
        long id,
        String councilCode,
        Instant occurredAt,
        String actor,
        String action,
        String subject,
        String before,
        String after) {

    public static AuditEntryView of(AuditEvent event) {
        return new AuditEntryView(
                event.id(),
                event.councilCode(),
                event.occurredAt(),
                event.actor(),
                event.action(),
                event.subject(),
                event.before(),
                event.after());
    }
}
