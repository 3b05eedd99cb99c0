package uk.gov.lga.hub.ui.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.application.actionplan.ActionPlanService;
import uk.gov.lga.hub.application.actionplan.ActionPlanView;
import uk.gov.lga.hub.application.committee.CommitteeService;
import uk.gov.lga.hub.application.committee.MeetingCommand;
import uk.gov.lga.hub.application.committee.MeetingView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.committee.Considered;
import uk.gov.lga.hub.ui.form.Confirmation;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormInput;
import uk.gov.lga.hub.ui.form.FormStep;
import uk.gov.lga.hub.ui.form.PageLoad;

/** The committee meetings that considered the challenge: Scrutiny, Cabinet, Full Council and the like. */
@Named
@RequestScoped
public class MeetingsPage {

    @Inject
    CommitteeService committees;

    @Inject
    ActionPlanService plans;

    @Inject
    Caller caller;

    static final String REMOVE = "REMOVE_MEETING";

    private final Confirmation confirmation = new Confirmation();
    private final FormErrors errors = new FormErrors();
    private Long id;
    private List<MeetingView> meetings;
    private ActionPlanView plan;
    private String committee;
    private String considered;
    private String resolution;
    private String minutesUrl;

    public void load() throws IOException {
        PageLoad.orNotFound(() -> {
            getMeetings();
        });
    }

    public String add() {
        FormInput input = new FormInput(errors);
        input.text("committee", committee, "Enter the committee's name");
        LocalDate metOn = input.date("metOn");
        Considered what = input.choice("considered", considered, Considered.class, "Say what the meeting considered");
        if (!input.complete()) {
            return null;
        }
        return FormStep.run(
                errors,
                rule -> switch (rule) {
                    case "meeting-date-required", "meeting-before-visit" -> "metOn";
                    case "meeting-minutes-url-invalid" -> "minutesUrl";
                    default -> "committee";
                },
                "The meeting is recorded.",
                here(),
                () -> committees.add(
                        caller, getId(), new MeetingCommand(committee, metOn, what, resolution, minutesUrl, null)));
    }

    /** The first press asks (the row says what will happen); only the confirmation's post removes it. */
    public String remove(long meetingId, String name) {
        if (!confirmation.confirms(REMOVE, meetingId)) {
            confirmation.ask(REMOVE, meetingId);
            return null;
        }
        return FormStep.run(
                errors,
                "meetings",
                "The " + name + " meeting is removed.",
                here(),
                () -> committees.remove(caller, getId(), meetingId));
    }

    /** Whether the row of this meeting asks to confirm its removal. */
    public boolean askingToRemove(long meetingId) {
        return confirmation.asking(REMOVE, meetingId);
    }

    private String here() {
        return "/app/plan/meetings.xhtml?faces-redirect=true&id=" + getId();
    }

    public List<MeetingView> getMeetings() {
        if (meetings == null) {
            meetings = committees.meetings(caller, getId() == null ? -1 : getId());
        }
        return meetings;
    }

    public ActionPlanView getPlan() {
        if (plan == null) {
            plan = plans.plan(caller, getId());
        }
        return plan;
    }

    public boolean isEditor() {
        return caller.hasRole(Role.COUNCIL_EDITOR);
    }

    public Considered[] getConsiderations() {
        return Considered.values();
    }

    public Long getId() {
        if (id == null) {
            id = FieldInput.numberParameter("id");
        }
        return id;
    }

    public void setId(Long v) {
        id = v;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String v) {
        committee = v;
    }

    public String getConsidered() {
        return considered;
    }

    public void setConsidered(String v) {
        considered = v;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String v) {
        resolution = v;
    }

    public String getMinutesUrl() {
        return minutesUrl;
    }

    public void setMinutesUrl(String v) {
        minutesUrl = v;
    }
}
