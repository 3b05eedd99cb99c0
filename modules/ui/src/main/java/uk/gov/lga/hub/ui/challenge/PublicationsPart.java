package uk.gov.lga.hub.ui.challenge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.ui.form.FormInput;
import uk.gov.lga.hub.ui.layout.Labels;

/** Publications: what the council has published, against its clocks, and recording the next one. */
@Named
@RequestScoped
public class PublicationsPart {

    @Inject
    ChallengePage page;

    public String publish() {
        ChallengeForm form = page.form();
        FormInput input = new FormInput(page.getErrors());
        PublicationKind kind = input.choice(
                "publicationKind", form.getPublicationKind(), PublicationKind.class, "Select what was published");
        LocalDate publishedOn = input.date("publishedOn");
        String url = input.text("publicationUrl", form.getPublicationUrl(), "Enter the public web address");
        if (!input.complete()) {
            return null;
        }
        return page.step(
                "publicationUrl",
                "The publication is recorded.",
                () -> page.management()
                        .publish(
                                page.caller(),
                                page.getId(),
                                page.getVersion(),
                                new ChallengeManagement.PublicationRecord(kind, publishedOn, url)));
    }

    /** What is still to be published, by name. */
    public Map<String, String> getKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (PublicationKind kind : PublicationKind.values()) {
            if (page.getChallenge().publications().stream().noneMatch(p -> p.kind() == kind)) {
                kinds.put(kind.name(), Labels.of(kind));
            }
        }
        return kinds;
    }
}
