package uk.gov.lga.hub.domain.council.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;

class RegisterPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    @Test
    void plansEachKindOfChangeAndDeletesNothing() {
        Council same = new Council("E90000001", "Same", CouncilType.UNITARY, Region.LONDON);
        Council renamed = new Council("E90000002", "Old name", CouncilType.UNITARY, Region.LONDON);
        Council retypedAndMoved = new Council("E90000003", "Three", CouncilType.DISTRICT, Region.LONDON);
        Council left = new Council("E90000004", "Left out", CouncilType.UNITARY, Region.LONDON);
        Council back = new Council("E90000005", "Back", CouncilType.UNITARY, Region.LONDON);
        back.flagMissingFromRegister(TODAY.minusYears(1));
        List<RegisterRow> rows = List.of(
                new RegisterRow(2, "E90000001", "Same", CouncilType.UNITARY, Region.LONDON),
                new RegisterRow(3, "E90000002", "New name", CouncilType.UNITARY, Region.LONDON),
                new RegisterRow(4, "E90000003", "Three", CouncilType.UNITARY, Region.SOUTH_EAST),
                new RegisterRow(5, "E90000005", "Back", CouncilType.UNITARY, Region.LONDON),
                new RegisterRow(6, "E90000006", "New", CouncilType.COUNTY, Region.NORTH_WEST));

        RegisterPlan plan = RegisterPlan.of(List.of(same, renamed, retypedAndMoved, left, back), rows, TODAY);

        assertEquals(
                List.of(
                        "ADDED E90000006 null>New (COUNTY, north-west)",
                        "RENAMED E90000002 Old name>New name",
                        "RETYPED E90000003 DISTRICT>UNITARY",
                        "MOVED_REGION E90000003 london>south-east",
                        "MISSING_FROM_REGISTER E90000004 null>2026-04-01",
                        "BACK_IN_REGISTER E90000005 2025-04-01>null"),
                plan.changes().stream()
                        .map(c -> c.kind() + " " + c.code() + " " + c.before() + ">" + c.after())
                        .toList());
        assertEquals(1, plan.unchanged());
    }

    @Test
    void applyingThePlanThenPlanningAgainPlansNothing() {
        List<Council> councils = new ArrayList<>(List.of(
                new Council("E90000002", "Old name", CouncilType.UNITARY, Region.LONDON),
                new Council("E90000004", "Left out", CouncilType.UNITARY, Region.LONDON)));
        List<RegisterRow> rows = List.of(
                new RegisterRow(2, "E90000002", "New name", CouncilType.COUNTY, Region.SOUTH_WEST),
                new RegisterRow(3, "E90000006", "New", CouncilType.COUNTY, Region.NORTH_WEST));
        String before = RegisterPlan.fingerprint(councils);

        for (PlannedChange change : RegisterPlan.of(councils, rows, TODAY).changes()) {
            Council council = councils.stream()
                    .filter(c -> c.code().equals(change.code()))
                    .findFirst()
                    .orElse(null);
            Council result = RegisterPlan.apply(change, council, TODAY);
            if (council == null) {
                councils.add(result);
                assertEquals(false, result.identityGroupReady(), "a council from the register has no group yet");
            }
        }

        RegisterPlan again = RegisterPlan.of(councils, rows, TODAY.plusDays(1));
        assertEquals(List.of(), again.changes());
        assertEquals(3, again.unchanged(), "two listed, one still missing (and still flagged since the first day)");
        assertEquals(TODAY, councils.get(1).missingFromRegisterSince());
        assertNull(councils.get(0).missingFromRegisterSince());
        assertNotEquals(before, RegisterPlan.fingerprint(councils));
        List<Council> reversed = new ArrayList<>(councils);
        java.util.Collections.reverse(reversed);
        assertEquals(RegisterPlan.fingerprint(councils), RegisterPlan.fingerprint(reversed));
    }
}
