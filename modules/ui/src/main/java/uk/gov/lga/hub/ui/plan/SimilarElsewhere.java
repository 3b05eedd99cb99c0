package uk.gov.lga.hub.ui.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.lga.hub.application.opendata.SimilarRecommendations;
import uk.gov.lga.hub.application.security.Caller;

/**
 * "Similar recommendations elsewhere" on a recommendation's page: published recommendations made to other councils
 * that are most like it, with what those councils did as published. A search that fails leaves the page working
 * and says so, rather than failing the page.
 */
@Named
@RequestScoped
public class SimilarElsewhere {

    private static final Logger LOG = Logger.getLogger(SimilarElsewhere.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    SimilarRecommendations similar;

    @Inject
    Caller caller;

    private List<SimilarRecommendations.SimilarRecommendation> found;
    private boolean unavailable;

    public List<SimilarRecommendations.SimilarRecommendation> of(long recommendationId) {
        if (found == null) {
            try {
                found = similar.similarTo(caller, recommendationId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Similar recommendations could not be found for " + recommendationId, e);
                found = List.of();
                unavailable = true;
            }
        }
        return found;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** "3 of 5 actions complete", or "No actions" when the council planned none. */
    public String actions(SimilarRecommendations.PublishedPlanOutcome outcome) {
        if (outcome.actions() == 0) {
            return "No actions";
        }
        return outcome.complete() + " of " + outcome.actions() + (outcome.actions() == 1 ? " action" : " actions")
                + " complete";
    }
}
