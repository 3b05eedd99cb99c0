package uk.gov.lga.hub.ui.challenge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.council.CouncilSummary;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.challenge.UnconfirmedDates;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.ui.form.Confirmation;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormInput;

/** Proposing a challenge: the council, the on-site days, and any focus area the council asked for. */
@Named
@RequestScoped
public class NewChallengePage {

    @Inject
    ChallengeManagement management;

    @Inject
    CouncilDirectory councils;

    @Inject
    Caller caller;

    private static final String UNUSUAL_VISIT = "UNUSUAL_VISIT";

    private final FormErrors errors = new FormErrors();
    private final Confirmation confirmation = new Confirmation();
    private String council;
    private String focusArea;

    public String propose() {
        FormInput input = new FormInput(errors);
        input.text("council", council, "Select the council");
        LocalDate start = input.date("onSiteStart");
        LocalDate end = input.date("onSiteEnd");
        if (!input.complete()) {
            return null;
        }
        boolean sure = confirmation.confirms(UNUSUAL_VISIT, null);
        try {
            ChallengeDetail created = management.propose(
                    caller,
                    council,
                    new ChallengeManagement.Schedule(
                            start,
                            end,
                            null,
                            focusArea == null || focusArea.isBlank() ? List.of() : List.of(focusArea),
                            sure));
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .put("done", "The challenge is proposed." + String.join(" ", created.schedulingWarnings()));
            return "/app/challenges/challenge.xhtml?faces-redirect=true&id=" + created.id();
        } catch (UnconfirmedDates unusual) {
            confirmation.ask(UNUSUAL_VISIT, null, unusual.reasons());
        } catch (DomainRuleViolation refused) {
            errors.add(refused.rule().startsWith("visit") ? "onSiteEnd" : "council", refused.getMessage());
        } catch (NotFound unknown) {
            errors.add("council", unknown.getMessage());
        }
        return null;
    }

    /** Whether the page asks "are these dates right?" (just asked, or being answered). */
    public boolean isAskingAboutDates() {
        return confirmation.asking(UNUSUAL_VISIT, null);
    }

    public List<String> getReasons() {
        return confirmation.reasons();
    }

    public List<CouncilSummary> getCouncils() {
        return councils.all();
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getCouncil() {
        return council;
    }

    public void setCouncil(String v) {
        council = v;
    }

    public String getFocusArea() {
        return focusArea;
    }

    public void setFocusArea(String v) {
        focusArea = v;
    }
}
