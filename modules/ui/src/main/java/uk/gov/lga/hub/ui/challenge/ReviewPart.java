package uk.gov.lga.hub.ui.challenge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.domain.shared.Rag;
import uk.gov.lga.hub.ui.form.FormInput;

/** The progress review: scheduling it (an unusually early date asks first) and recording what the peers found. */
@Named
@RequestScoped
public class ReviewPart {

    static final String UNUSUAL_REVIEW = "UNUSUAL_REVIEW";

    @Inject
    ChallengePage page;

    public String scheduleReview() {
        LocalDate date = new FormInput(page.getErrors()).date("reviewDate");
        if (date == null) {
            return null;
        }
        return page.datedStep(
                UNUSUAL_REVIEW,
                "reviewDate",
                "The progress review is scheduled.",
                sure -> page.management()
                        .scheduleProgressReview(page.caller(), page.getId(), page.getVersion(), date, sure));
    }

    public String recordReview() {
        ChallengeForm form = page.form();
        FormInput input = new FormInput(page.getErrors());
        LocalDate heldOn = input.date("heldOn");
        String attendees = input.text("attendees", form.getAttendees(), "Say which peers attended, one name a line");
        if (!input.complete()) {
            return null;
        }
        List<String> peers = Arrays.stream(attendees.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        List<ChallengeManagement.Rating> rated = form.getRatings().entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> new ChallengeManagement.Rating(
                        e.getKey(),
                        Rag.valueOf(e.getValue()),
                        form.getRatingComments().get(e.getKey())))
                .toList();
        return page.step(
                "heldOn",
                "The progress review is recorded.",
                () -> page.management()
                        .recordProgressReview(
                                page.caller(),
                                page.getId(),
                                page.getVersion(),
                                new ChallengeManagement.ProgressReviewRecord(
                                        heldOn, peers, form.getReviewSummary(), rated)));
    }
}
