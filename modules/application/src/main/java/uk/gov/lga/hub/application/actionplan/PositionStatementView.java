package uk.gov.lga.hub.application.actionplan;

import java.time.Instant;
import uk.gov.lga.hub.domain.actionplan.PositionStatement;

/**
 * The position statement; while nothing is saved it is the draft assembled from the plan ({@code saved} false,
 * no version), which the council edits and saves.
 */
public record PositionStatementView(
        long challengeId,
        String body,
        String status,
        boolean saved,
        Long version,
        String updatedBy,
        Instant updatedAt,
        String submittedBy,
        Instant submittedAt) {

    static PositionStatementView of(PositionStatement s) {
        return new PositionStatementView(
                s.challenge().id(),
                s.body(),
                s.status().name(),
                true,
                s.version(),
                s.updatedBy(),
                s.updatedAt(),
                s.submittedBy(),
                s.submittedAt());
    }

    static PositionStatementView draft(long challengeId, String body) {
        return new PositionStatementView(
                challengeId, body, PositionStatement.Status.DRAFT.name(), false, null, null, null, null, null);
    }
}
