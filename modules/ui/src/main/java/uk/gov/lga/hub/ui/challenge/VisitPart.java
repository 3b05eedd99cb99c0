package uk.gov.lga.hub.ui.challenge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.application.challenge.TimetableView;
import uk.gov.lga.hub.application.challenge.VisitTimetableService;
import uk.gov.lga.hub.domain.challenge.timetable.SessionKind;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormInput;
import uk.gov.lga.hub.ui.form.FormStep;

/**
 * The visit and scope: moving the on-site days and the position statement's due date before the visit; the visit's
 * timetable, its sessions added and taken off by the manager (the timetable service checks them against the
 * on-site days and audits each change).
 */
@Named
@RequestScoped
public class VisitPart {

    static final String UNUSUAL_VISIT = "UNUSUAL_VISIT";
    private static final String REMOVE_SESSION = "REMOVE_SESSION";

    /** Which field of the session form each of the timetable's rules is about. */
    private static final Map<String, String> SESSION_FIELD_OF_RULE = Map.of(
            "session-kind-required", "sessionKind",
            "session-times-required", "sessionStart",
            "session-ends-before-start", "sessionEnd",
            "session-outside-visit", "sessionDate",
            "session-place-required", "sessionPlace",
            "session-place-too-long", "sessionPlace",
            "session-who-required", "sessionWho",
            "session-who-too-long", "sessionWho",
            "session-people-met-required", "sessionPeople",
            "session-people-met-negative", "sessionPeople");

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

    /** Adds a session: what was typed is checked here (missing, unreadable), the timetable's rules by its service. */
    public String addSession() {
        FormInput input = new FormInput(page.getErrors());
        SessionKind kind = input.choice(
                "sessionKind", param("sessionKind"), SessionKind.class, "Select what kind of session it was");
        LocalDate day = input.date("sessionDate");
        LocalTime start = input.time("sessionStart", param("sessionStart"), "Enter the time the session started");
        LocalTime end = input.time("sessionEnd", param("sessionEnd"), "Enter the time the session ended");
        String place = input.text("sessionPlace", param("sessionPlace"), "Enter where the session was");
        String who = input.text("sessionWho", param("sessionWho"), "Enter who the team met");
        Integer people = input.wholeNumber(
                "sessionPeople", param("sessionPeople"), "Enter how many people the team met, as a number (0 if none)");
        if (!input.complete()) {
            return null;
        }
        return timetableStep(
                kind.label() + " on " + page.date(day) + " added to the timetable.",
                () -> timetables.add(
                        page.caller(),
                        page.getId(),
                        new VisitTimetableService.SessionDetails(
                                kind, day.atTime(start), day.atTime(end), place, who, people)));
    }

    /** Takes a session off the timetable, after saying what that changes. */
    public String removeSession(long sessionId) {
        if (!page.confirmation().confirms(REMOVE_SESSION, sessionId)) {
            page.confirmation().ask(REMOVE_SESSION, sessionId);
            return null;
        }
        return timetableStep(
                "The session is taken off the timetable.",
                () -> timetables.remove(page.caller(), page.getId(), sessionId));
    }

    public boolean removingSession(long sessionId) {
        return page.asking(REMOVE_SESSION, sessionId);
    }

    public List<SessionKind> getSessionKinds() {
        return List.of(SessionKind.values());
    }

    private String timetableStep(String done, Runnable change) {
        return FormStep.run(
                page.getErrors(),
                rule -> SESSION_FIELD_OF_RULE.getOrDefault(rule, "sessionKind"),
                done,
                "/app/challenges/visit.xhtml?faces-redirect=true&id=" + page.getId(),
                change);
    }

    private static String param(String name) {
        return FieldInput.parameter(name);
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
