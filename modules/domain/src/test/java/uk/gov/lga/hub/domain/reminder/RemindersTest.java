package uk.gov.lga.hub.domain.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.challenge.PublicationRules;
import uk.gov.lga.hub.domain.reminder.ChallengeClocks.ActionClock;

/** Coventry's 2024 challenge (on site 15 to 18 January 2024) on the days its reminders fall due. */
class RemindersTest {

    static final LocalDate VISIT_START = LocalDate.of(2024, 1, 15);
    static final LocalDate VISIT_END = LocalDate.of(2024, 1, 18);
    static final ReminderThresholds T = ReminderThresholds.DEFAULT;

    @Test
    void eightDaysBeforeTheReportIsDueTheCouncilHearsOfBothPublicationsAtTheThirtyDayThreshold() {
        List<String> due = lines(coventry(ChallengeStatus.REPORT_ISSUED, Map.of(), List.of()), "2024-04-10");
        assertEquals(
                List.of(
                        "PUBLICATION_DUE FEEDBACK_REPORT 2024-04-18 due-in-30 [COUNCIL_EDITORS]",
                        "PUBLICATION_DUE ACTION_PLAN 2024-04-18 due-in-30 [COUNCIL_EDITORS]"),
                due);
    }

    @Test
    void sevenDaysBeforeTheNextThresholdIsReachedAndTheDayBeforeTheLast() {
        ChallengeClocks issued = coventry(ChallengeStatus.REPORT_ISSUED, Map.of(), List.of());
        assertTrue(lines(issued, "2024-04-11").get(0).contains("due-in-7"));
        assertTrue(lines(issued, "2024-04-17").get(0).contains("due-in-1"));
        assertTrue(lines(issued, "2024-04-18").get(0).contains("due-in-1"), "on the day itself, still due");
        assertEquals(List.of(), lines(issued, "2024-03-01"), "more than 30 days ahead: nothing yet");
    }

    @Test
    void theDayAfterAMissedDeadlineTheManagerHearsTooAndAfterFourteenDaysTheAdviser() {
        ChallengeClocks published = coventry(
                ChallengeStatus.PUBLISHED,
                Map.of(PublicationKind.FEEDBACK_REPORT, LocalDate.of(2024, 4, 18)),
                List.of());
        assertEquals(
                List.of("PUBLICATION_OVERDUE ACTION_PLAN 2024-04-18 overdue [COUNCIL_EDITORS, MANAGER]"),
                lines(published, "2024-04-19"));
        assertEquals(
                List.of("PUBLICATION_OVERDUE ACTION_PLAN 2024-04-18 escalated [ADVISER, COUNCIL_EDITORS, MANAGER]"),
                lines(published, "2024-05-03"));
        Reminder escalated =
                Reminders.due(published, LocalDate.parse("2024-05-03"), T).get(0);
        assertTrue(escalated.escalated() && escalated.urgent());
        assertEquals(15, escalated.daysLate());
    }

    @Test
    void anActionReachesItsOwnerAWeekBeforeItIsDueAndAnActionWithoutOneReachesTheEditors() {
        ChallengeClocks withActions = coventry(
                ChallengeStatus.PUBLISHED,
                Map.of(
                        PublicationKind.FEEDBACK_REPORT, VISIT_END,
                        PublicationKind.ACTION_PLAN, VISIT_END),
                List.of(
                        new ActionClock(77, 5, "Refresh the One Coventry Plan", LocalDate.of(2024, 9, 30), false, "jo"),
                        new ActionClock(78, 5, "Agree the workforce plan", LocalDate.of(2024, 9, 20), false, null),
                        new ActionClock(79, 5, "Done already", LocalDate.of(2024, 9, 1), true, "jo")));
        assertEquals(
                List.of(
                        "ACTION_DUE Refresh the One Coventry Plan 2024-09-30 due-in-7 [ACTION_OWNER] jo",
                        "ACTION_OVERDUE Agree the workforce plan 2024-09-20 overdue [COUNCIL_EDITORS]"),
                lines(withActions, "2024-09-24").stream()
                        .filter(l -> l.startsWith("ACTION"))
                        .toList());
    }

    @Test
    void aReportNotIssuedFourWeeksAfterTheVisitIsTheManagersAndAReviewNotPlannedByMonthEightToo() {
        assertEquals(List.of(), lines(coventry(ChallengeStatus.REPORT_DRAFTING, Map.of(), List.of()), "2024-02-14"));
        assertEquals(
                List.of("REPORT_NOT_ISSUED feedback report 2024-02-15 after-28-days [MANAGER]"),
                lines(coventry(ChallengeStatus.REPORT_DRAFTING, Map.of(), List.of()), "2024-02-15"));
        ChallengeClocks unplanned = new ChallengeClocks(
                2, false, false, true, false, VISIT_START, VISIT_END, null, false, null, null, List.of(), List.of());
        assertEquals(
                List.of("PROGRESS_REVIEW_NOT_SCHEDULED progress review 2024-09-18 month-8 [MANAGER]"),
                lines(unplanned, "2024-09-18"));
    }

    @Test
    void theCouncilHearsThePositionStatementIsDueAndTheProgressReviewIsComing() {
        ChallengeClocks ahead = new ChallengeClocks(
                3,
                false,
                true,
                false,
                false,
                VISIT_START,
                VISIT_END,
                LocalDate.of(2024, 1, 5),
                false,
                null,
                null,
                List.of(),
                List.of());
        assertEquals(
                List.of("POSITION_STATEMENT_DUE position statement 2024-01-05 due-in-7 [COUNCIL_EDITORS]"),
                lines(ahead, "2024-01-01"));
        ChallengeClocks reviewPlanned = new ChallengeClocks(
                3,
                false,
                false,
                true,
                false,
                VISIT_START,
                VISIT_END,
                null,
                true,
                LocalDate.of(2024, 11, 18),
                null,
                List.of(),
                List.of());
        assertEquals(
                List.of("PROGRESS_REVIEW_COMING progress review 2024-11-18 due-in-30 [COUNCIL_EDITORS]"),
                lines(reviewPlanned, "2024-10-25"));
    }

    @Test
    void whatWasDoneAfterTheDayAskedAboutCountsAsNotDoneYet() {
        LocalDate day = LocalDate.of(2024, 4, 10);
        ChallengeClocks before = new ChallengeClocks(
                1,
                false,
                false,
                true,
                false,
                VISIT_START,
                VISIT_END,
                null,
                true,
                null,
                null,
                PublicationRules.LGA_CURRENT.deadlines(
                        ChallengeStatus.PROGRESS_REVIEW_PUBLISHED, VISIT_END, new HashMap<>(), day),
                List.of());
        assertEquals(2, Reminders.due(before, day, T).size(), "both publications still due on 10 April 2024");
    }

    @Test
    void afterTheProgressReviewReportIsOutLateActionsStayWithTheCouncilAndAreNotEscalated() {
        ActionClock late = new ActionClock(78, 5, "Agree the workforce plan", LocalDate.of(2024, 9, 30), false, null);
        ChallengeClocks reviewOut = new ChallengeClocks(
                1,
                false,
                false,
                true,
                true,
                VISIT_START,
                VISIT_END,
                null,
                true,
                LocalDate.of(2024, 11, 18),
                LocalDate.of(2024, 11, 18),
                List.of(),
                List.of(late));
        assertEquals(
                List.of("ACTION_OVERDUE Agree the workforce plan 2024-09-30 overdue [COUNCIL_EDITORS]"),
                lines(reviewOut, "2026-11-30"));
    }

    @Test
    void aClosedOrCancelledChallengeRemindsNobody() {
        for (ChallengeStatus finished : Set.of(ChallengeStatus.CLOSED, ChallengeStatus.CANCELLED)) {
            assertEquals(List.of(), lines(coventry(finished, Map.of(), List.of()), "2024-05-03"), finished.name());
        }
    }

    private static ChallengeClocks coventry(
            ChallengeStatus status, Map<PublicationKind, LocalDate> published, List<ActionClock> actions) {
        return new ChallengeClocks(
                1,
                status.finished(),
                status.visitAhead(),
                status.reportIssued(),
                false,
                VISIT_START,
                VISIT_END,
                null,
                true,
                null,
                null,
                deadlinesOn(status, published),
                actions);
    }

    /** The deadlines as the pages compute them; the day they are asked on does not change their dates. */
    private static List<uk.gov.lga.hub.domain.challenge.Deadline> deadlinesOn(
            ChallengeStatus status, Map<PublicationKind, LocalDate> published) {
        return PublicationRules.LGA_CURRENT.deadlines(status, VISIT_END, new HashMap<>(published), VISIT_END);
    }

    private static List<String> lines(ChallengeClocks clocks, String day) {
        return Reminders.due(clocks, LocalDate.parse(day), T).stream()
                .map(r -> r.kind() + " " + r.detail() + " " + r.date() + " " + r.threshold() + " "
                        + r.audience().stream()
                                .map(Enum::name)
                                .sorted()
                                .toList()
                                .toString()
                                .replace("[", "[")
                        + (r.owner() == null ? "" : " " + r.owner()))
                .toList();
    }
}
