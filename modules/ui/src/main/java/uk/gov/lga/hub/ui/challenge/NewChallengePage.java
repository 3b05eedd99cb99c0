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
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.ui.form.FieldError;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;

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

    private final FormErrors errors = new FormErrors();
    private String council;
    private String onSiteStart;
    private String onSiteEnd;
    private String focusArea;

    public String propose() {
        LocalDate start = date("onSiteStart", onSiteStart, "Enter the first day on site as a real date");
        LocalDate end = date("onSiteEnd", onSiteEnd, "Enter the last day on site as a real date");
        if (council == null || council.isBlank()) {
            errors.add("council", "Select the council");
        }
        if (errors.isAny()) {
            return null;
        }
        try {
            ChallengeDetail created = management.propose(
                    caller,
                    council,
                    new ChallengeManagement.Schedule(
                            start,
                            end,
                            null,
                            focusArea == null || focusArea.isBlank() ? List.of() : List.of(focusArea)));
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .put("done", "The challenge is proposed." + String.join(" ", created.schedulingWarnings()));
            return "/app/challenges/challenge.xhtml?faces-redirect=true&id=" + created.id();
        } catch (DomainRuleViolation refused) {
            errors.add(refused.rule().startsWith("visit") ? "onSiteEnd" : "council", refused.getMessage());
        } catch (NotFound unknown) {
            errors.add("council", unknown.getMessage());
        }
        return null;
    }

    private LocalDate date(String field, String text, String message) {
        try {
            return FieldInput.date(field, text);
        } catch (FieldError unreadable) {
            errors.add(field, message);
            return null;
        }
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

    public String getOnSiteStart() {
        return onSiteStart;
    }

    public void setOnSiteStart(String v) {
        onSiteStart = v;
    }

    public String getOnSiteEnd() {
        return onSiteEnd;
    }

    public void setOnSiteEnd(String v) {
        onSiteEnd = v;
    }

    public String getFocusArea() {
        return focusArea;
    }

    public void setFocusArea(String v) {
        focusArea = v;
    }
}
