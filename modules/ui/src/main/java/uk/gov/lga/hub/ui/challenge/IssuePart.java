package uk.gov.lga.hub.ui.challenge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;
import uk.gov.lga.hub.ui.form.FormInput;
import uk.gov.lga.hub.ui.layout.Labels;

/** Issuing the report to the council: asks first, saying what will happen, since it cannot be undone. */
@Named
@RequestScoped
public class IssuePart {

    private static final String ISSUE = "ISSUE";

    @Inject
    ChallengePage page;

    public String issueReport() {
        LocalDate issuedOn = new FormInput(page.getErrors()).date("issuedOn");
        if (issuedOn == null) {
            return null;
        }
        if (!page.confirmation().confirms(ISSUE, null)) {
            page.confirmation().ask(ISSUE, null);
            return null;
        }
        return page.step(
                "issuedOn",
                "The report is issued to the council.",
                () -> page.management().issueReport(page.caller(), page.getId(), page.getVersion(), issuedOn));
    }

    public boolean isAsking() {
        return page.asking(ISSUE, null);
    }

    /** What issuing does, said before it is done. */
    public String getConsequence() {
        ChallengeDetail c = page.getChallenge();
        return "Issuing sends the report to " + c.council().name() + ". Its "
                + c.recommendations().size()
                + " key recommendations can no longer change, and the progress review will be proposed for "
                + Labels.of(c.progressReview().proposedDate()) + ".";
    }
}
