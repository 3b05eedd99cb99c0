package uk.gov.lga.hub.ui.challenge;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.domain.challenge.ChallengeStep;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormInput;

/** The feedback report: its words per theme and its key recommendations, while it is a draft. */
@Named
@RequestScoped
public class ReportPart {

    @Inject
    ChallengePage page;

    private Long changing;

    /**
     * On opening the page with {@code change} in the address: that recommendation's words in the form (on a post,
     * the words sent stay). First use of this bean in a request is before the form is drawn.
     */
    @PostConstruct
    void showRecommendationBeingChanged() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        getRecommendationBeingChanged().ifPresent(r -> {
            page.form().setRecNumber(r.number());
            page.form().setRecTitle(r.title());
            page.form().setRecText(r.text());
        });
    }

    public String saveReport() {
        ChallengeForm form = page.form();
        return page.step(
                "executiveSummary",
                "The report is saved.",
                () -> page.management()
                        .writeReport(
                                page.caller(),
                                page.getId(),
                                page.getVersion(),
                                new ChallengeManagement.ReportText(
                                        form.getExecutiveSummary(), withoutBlanks(form.getThemeFeedback()))));
    }

    /** Empty boxes mean no feedback on that theme, not empty feedback. */
    private static Map<String, String> withoutBlanks(Map<String, String> texts) {
        Map<String, String> kept = new LinkedHashMap<>();
        texts.forEach((key, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(key, text);
            }
        });
        return kept;
    }

    /** Adds a recommendation, or changes the one opened with "Change" (its id travels in the form). */
    public String addRecommendation() {
        ChallengeForm form = page.form();
        FormInput input = new FormInput(page.getErrors());
        String number = input.text("recNumber", form.getRecNumber(), "Enter the recommendation's number as printed");
        input.text("recTitle", form.getRecTitle(), "Enter the recommendation's title");
        input.text("recText", form.getRecText(), "Enter the recommendation");
        if (!input.complete()) {
            return null;
        }
        ChallengeManagement.RecommendationText text = new ChallengeManagement.RecommendationText(
                number, form.getRecTitle(), form.getRecText(), chosenThemes());
        Long recommendationId = getChanging();
        if (recommendationId != null) {
            return page.step(
                    "recNumber",
                    "Recommendation " + number + " is changed.",
                    () -> page.management()
                            .reviseRecommendation(
                                    page.caller(), page.getId(), page.getVersion(), recommendationId, text));
        }
        return page.step(
                "recNumber",
                "Recommendation " + number + " is added.",
                () -> page.management().addRecommendation(page.caller(), page.getId(), page.getVersion(), text));
    }

    public String removeRecommendation(long recommendationId, String number) {
        return page.step(
                "recommendations",
                "Recommendation " + number + " is removed.",
                () -> page.management()
                        .removeRecommendation(page.caller(), page.getId(), page.getVersion(), recommendationId));
    }

    /** The draft recommendation named by {@code change} in the address, if it is one of this challenge's. */
    public Optional<ChallengeDetail.Recommendation> getRecommendationBeingChanged() {
        Long wanted = getChanging();
        ChallengeDetail challenge = page.getChallenge();
        return wanted == null || !challenge.allows(ChallengeStep.CHANGE_REPORT)
                ? Optional.empty()
                : challenge.recommendations().stream()
                        .filter(r -> r.id() == wanted)
                        .findFirst();
    }

    /** The themes ticked in the recommendation form as sent; none when another form was sent. */
    private static List<String> chosenThemes() {
        return FieldInput.parameterValues("recThemes");
    }

    /** Ticked as sent after a refusal; else, when a recommendation is being changed, its own themes. */
    public boolean themeChosen(String code) {
        if (FieldInput.parameter("recNumber") != null) {
            return chosenThemes().contains(code);
        }
        return getRecommendationBeingChanged()
                .map(r -> r.themes().contains(code))
                .orElse(false);
    }

    /** Themes by their names, never their codes. */
    public String themeNames(List<String> codes) {
        return page.getChallenge().scope().stream()
                .filter(t -> codes.contains(t.code()))
                .map(ChallengeDetail.ThemeView::name)
                .collect(Collectors.joining(", "));
    }

    /** The recommendation being changed: {@code change} on a first visit, {@code changing} in the form. */
    public Long getChanging() {
        if (changing == null) {
            changing = FieldInput.numberParameter("changing");
            if (changing == null) {
                changing = FieldInput.numberParameter("change");
            }
        }
        return changing;
    }
}
