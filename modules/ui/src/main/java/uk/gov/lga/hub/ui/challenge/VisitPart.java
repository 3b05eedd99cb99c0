package uk.gov.lga.hub.ui.challenge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.application.challenge.TimetableView;
import uk.gov.lga.hub.application.challenge.VisitTimetableService;
import uk.gov.lga.hub.ui.form.FormInput;

/**
 * The visit and scope: moving the on-site days and the position statement's due date before the visit; the visit's
 * timetable, read only (kept through the API).
 */
@Named
@RequestScoped
public class VisitPart {

    static final String UNUSUAL_VISIT = "UNUSUAL_VISIT";

    @Inject
    ChallengePage page;

    @Inject
    VisitTimetableService timetables;

    private TimetableView timetable;

    public TimetableView getTimetable() {
        if (timetable == null) {
            timetable = timetables.timetable(page.caller(), page.getId());
        }
        return timetable;
    }

    public String reschedule() {
        FormInput input = new FormInput(page.getErrors());
        LocalDate start = input.date("newStart");
        LocalDate end = input.date("newEnd");
        LocalDate due = input.optionalDate("newStatementDue");
        if (!input.complete()) {
            return null;
        }
        return page.datedStep(
                UNUSUAL_VISIT,
                "newStart",
                "The visit is rescheduled.",
                sure -> page.management()
                        .reschedule(
                                page.caller(),
                                page.getId(),
                                page.getVersion(),
                                new ChallengeManagement.Schedule(start, end, due, List.of(), sure)));
    }
}
