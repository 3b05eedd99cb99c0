package uk.gov.lga.hub.application.register;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.domain.council.register.CouncilRegisterChange;
import uk.gov.lga.hub.domain.council.register.PlannedChange;
import uk.gov.lga.hub.domain.council.register.RegisterChangeKind;
import uk.gov.lga.hub.domain.council.register.RegisterColumns;
import uk.gov.lga.hub.domain.council.register.RegisterLoad;

/**
 * A register load as the administrator sees it: before confirming, what it would change; after, what it changed.
 *
 * @param columns the heading read for each field (code, name, type, region)
 * @param guessed the fields whose column was guessed from the headings rather than named in the request
 * @param outsideEngland rows passed over because they are councils in Wales, Scotland or Northern Ireland
 * @param counts how many changes of each kind, by the kind's name (every kind listed, zero included)
 * @param unchanged councils the register lists as they already are (in a preview, also flagged ones still missing)
 * @param upToDate whether the councils are still as they were at the preview (always true once confirmed)
 */
public record RegisterView(
        long id,
        String status,
        String fileName,
        Map<String, String> columns,
        List<String> guessed,
        List<String> headings,
        int rows,
        int outsideEngland,
        Map<String, Long> counts,
        int unchanged,
        List<Change> changes,
        boolean upToDate,
        String previewedBy,
        Instant previewedAt,
        String confirmedBy,
        Instant confirmedAt) {

    /** One change to one council: before and after are names, type and region codes, or dates. */
    public record Change(RegisterChangeKind kind, String code, String name, String before, String after) {

        static Change of(PlannedChange planned) {
            return new Change(planned.kind(), planned.code(), planned.name(), planned.before(), planned.after());
        }

        static Change of(CouncilRegisterChange recorded, String name) {
            return new Change(recorded.kind(), recorded.code(), name, recorded.before(), recorded.after());
        }
    }

    static Map<String, String> columnsOf(RegisterColumns columns) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (RegisterColumns.Field field : RegisterColumns.Field.values()) {
            byField.put(field.key(), columns.of(field));
        }
        return byField;
    }

    static Map<String, Long> countsOf(List<Change> changes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RegisterChangeKind kind : RegisterChangeKind.values()) {
            counts.put(
                    kind.name(), changes.stream().filter(c -> c.kind() == kind).count());
        }
        return counts;
    }

    static RegisterView of(
            RegisterLoad load,
            List<String> guessed,
            List<String> headings,
            int outsideEngland,
            List<Change> changes,
            int unchanged,
            boolean upToDate) {
        return new RegisterView(
                load.id(),
                load.status().name(),
                load.fileName(),
                columnsOf(load.columns()),
                guessed,
                headings,
                load.rowCount(),
                outsideEngland,
                countsOf(changes),
                unchanged,
                changes,
                upToDate,
                load.previewedBy(),
                load.previewedAt(),
                load.confirmedBy(),
                load.confirmedAt());
    }
}
