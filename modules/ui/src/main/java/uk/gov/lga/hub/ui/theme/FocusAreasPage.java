package uk.gov.lga.hub.ui.theme;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.theme.FocusAreaOverview;
import uk.gov.lga.hub.application.theme.FocusAreaService;
import uk.gov.lga.hub.application.theme.FocusAreaView;
import uk.gov.lga.hub.application.theme.MergeView;
import uk.gov.lga.hub.domain.shared.HumanDate;
import uk.gov.lga.hub.ui.form.Confirmation;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormStep;

/**
 * A manager tidies the focus areas councils asked for: each with its uses, the pairs that are probably one area
 * typed twice, and merging one into another after a step that says what will happen. The service checks the role.
 */
@Named
@RequestScoped
public class FocusAreasPage {

    static final String MERGE = "MERGE";
    private static final String HERE = "/app/challenges/focus-areas.xhtml?faces-redirect=true";

    @Inject
    FocusAreaService focusAreas;

    @Inject
    Caller caller;

    private final FormErrors errors = new FormErrors();
    private final Confirmation confirmation = new Confirmation();
    private FocusAreaOverview overview;

    public FocusAreaOverview getOverview() {
        if (overview == null) {
            overview = focusAreas.overview(caller);
        }
        return overview;
    }

    /** Asks first; merges only when the post confirms the question it asked. */
    public String merge() {
        Optional<FocusAreaView> merged = chosen("merge");
        Optional<FocusAreaView> kept = chosen("into");
        if (merged.isEmpty()) {
            errors.add("merge", "Select the focus area to merge away");
        }
        if (kept.isEmpty()) {
            errors.add("into", "Select the focus area to keep");
        } else if (merged.isPresent() && merged.get().code().equals(kept.get().code())) {
            errors.add("into", "Select a different focus area to keep: a focus area cannot be merged into itself");
        }
        if (errors.isAny()) {
            return null;
        }
        if (!confirmation.confirms(MERGE, null)) {
            confirmation.ask(MERGE, null);
            return null;
        }
        return FormStep.run(
                errors,
                rule -> "merge",
                "“" + merged.get().name() + "” is merged into “" + kept.get().name() + "”.",
                HERE,
                () -> focusAreas.merge(caller, merged.get().code(), kept.get().code()));
    }

    /** The question's way back: nothing changes. */
    public String keep() {
        return HERE;
    }

    public boolean isAsking() {
        return errors.isEmpty() && confirmation.asking(MERGE, null);
    }

    /** The focus area to merge away, as chosen in the form (for the question and a refused form). */
    public FocusAreaView getMerging() {
        return chosen("merge").orElse(null);
    }

    public FocusAreaView getKeeping() {
        return chosen("into").orElse(null);
    }

    /** The codes chosen in a form that was refused, so it keeps them; else empty. */
    public String getChosenMerge() {
        return chosen("merge").map(FocusAreaView::code).orElse("");
    }

    public String getChosenInto() {
        return chosen("into").map(FocusAreaView::code).orElse("");
    }

    /** What the merge will do, said before it is done. */
    public String getConsequence() {
        FocusAreaView merged = getMerging();
        FocusAreaView kept = getKeeping();
        return "“" + merged.name() + "” will no longer be offered. " + count(merged.challenges(), "challenge")
                + " and " + count(merged.recommendations(), "recommendation") + " that name it will name “"
                + kept.name() + "” instead, and feedback written under both is kept, under “" + kept.name()
                + "”. This cannot be undone.";
    }

    public String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public String when(Instant at) {
        return HumanDate.of(at.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate());
    }

    public List<MergeView> getLatestMerges() {
        return getOverview().latestMerges();
    }

    public FormErrors getErrors() {
        return errors;
    }

    /** A focus area still offered, by the code the form sent; anything else is no choice. */
    private Optional<FocusAreaView> chosen(String parameter) {
        String code = FieldInput.textParameter(parameter);
        return getOverview().focusAreas().stream()
                .filter(f -> f.code().equals(code))
                .findFirst();
    }
}
