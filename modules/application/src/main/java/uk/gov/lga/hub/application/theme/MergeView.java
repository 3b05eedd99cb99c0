package uk.gov.lga.hub.application.theme;

import java.time.Instant;
import uk.gov.lga.hub.domain.theme.ThemeMergeRecord;

/** A merge as recorded: which focus area went into which, who did it, when, and how much it touched. */
public record MergeView(
        String mergedCode,
        String mergedName,
        String keptCode,
        String keptName,
        String mergedBy,
        Instant mergedAt,
        int challenges,
        int recommendations) {

    static MergeView of(ThemeMergeRecord record) {
        return new MergeView(
                record.mergedCode(),
                record.mergedName(),
                record.keptCode(),
                record.keptName(),
                record.mergedBy(),
                record.mergedAt(),
                record.challenges(),
                record.recommendations());
    }
}
