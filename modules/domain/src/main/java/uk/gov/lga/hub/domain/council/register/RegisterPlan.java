package uk.gov.lga.hub.domain.council.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.lga.hub.domain.council.Council;

/**
 * What loading a register would do to the councils there are: add the new ones, rename, re-type or move those the
 * register describes differently, flag those it no longer lists and unflag those listed again. Nothing is ever
 * deleted, and loading the same register twice plans nothing the second time.
 */
public record RegisterPlan(List<PlannedChange> changes, int unchanged) {

    public static RegisterPlan of(Collection<Council> councils, List<RegisterRow> rows, LocalDate today) {
        Map<String, Council> byCode = councils.stream().collect(Collectors.toMap(Council::code, Function.identity()));
        List<PlannedChange> changes = new ArrayList<>();
        int unchanged = 0;
        for (RegisterRow row : rows) {
            Council council = byCode.get(row.code());
            if (council == null) {
                changes.add(
                        new PlannedChange(RegisterChangeKind.ADDED, row.code(), row.name(), null, describe(row), row));
                continue;
            }
            int before = changes.size();
            if (council.missingFromRegisterSince() != null) {
                changes.add(new PlannedChange(
                        RegisterChangeKind.BACK_IN_REGISTER,
                        row.code(),
                        row.name(),
                        council.missingFromRegisterSince().toString(),
                        null,
                        row));
            }
            if (!council.name().equals(row.name())) {
                changes.add(new PlannedChange(
                        RegisterChangeKind.RENAMED, row.code(), row.name(), council.name(), row.name(), row));
            }
            if (council.type() != row.type()) {
                changes.add(new PlannedChange(
                        RegisterChangeKind.RETYPED,
                        row.code(),
                        row.name(),
                        council.type().name(),
                        row.type().name(),
                        row));
            }
            if (council.region() != row.region()) {
                changes.add(new PlannedChange(
                        RegisterChangeKind.MOVED_REGION,
                        row.code(),
                        row.name(),
                        council.region().code(),
                        row.region().code(),
                        row));
            }
            if (changes.size() == before) {
                unchanged++;
            }
        }
        java.util.Set<String> listed = rows.stream().map(RegisterRow::code).collect(Collectors.toSet());
        for (Council council : councils) {
            if (!listed.contains(council.code())) {
                if (council.missingFromRegisterSince() == null) {
                    changes.add(new PlannedChange(
                            RegisterChangeKind.MISSING_FROM_REGISTER,
                            council.code(),
                            council.name(),
                            null,
                            today.toString(),
                            null));
                } else {
                    unchanged++;
                }
            }
        }
        changes.sort(Comparator.comparing(PlannedChange::kind).thenComparing(PlannedChange::code));
        return new RegisterPlan(List.copyOf(changes), unchanged);
    }

    /** Makes one planned change to the council it is about (which exists, unless the change adds it). */
    public static Council apply(PlannedChange change, Council council, LocalDate today) {
        RegisterRow row = change.row();
        switch (change.kind()) {
            case ADDED -> {
                return Council.fromRegister(row.code(), row.name(), row.type(), row.region());
            }
            case RENAMED -> council.rename(row.name());
            case RETYPED -> council.retype(row.type());
            case MOVED_REGION -> council.moveTo(row.region());
            case MISSING_FROM_REGISTER -> council.flagMissingFromRegister(today);
            case BACK_IN_REGISTER -> council.backInRegister();
        }
        return council;
    }

    public long count(RegisterChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /**
     * The councils as they are, in one short string: equal before and after means no council was added or changed
     * in between (a register confirmed only applies to the councils it was previewed against).
     */
    public static String fingerprint(Collection<Council> councils) {
        String all = councils.stream()
                .sorted(Comparator.comparing(Council::code))
                .map(c -> String.join(
                        "|",
                        c.code(),
                        c.name(),
                        c.type().name(),
                        c.region().code(),
                        String.valueOf(c.missingFromRegisterSince())))
                .collect(Collectors.joining("\n"));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }

    private static String describe(RegisterRow row) {
        return row.name() + " (" + row.type().name() + ", " + row.region().code() + ")";
    }
}
