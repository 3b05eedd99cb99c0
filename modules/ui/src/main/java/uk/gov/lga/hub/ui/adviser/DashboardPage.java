package uk.gov.lga.hub.ui.adviser;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.lga.hub.application.progress.Dashboard;
import uk.gov.lga.hub.application.progress.ProgressFilter;
import uk.gov.lga.hub.application.progress.ProgressService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.CouncilAccess;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.progress.RollUp;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.ui.form.FieldInput;

/**
 * The principal adviser's dashboard: a region (their own by default) or England, with filters, charts and the
 * tables behind them. From a region to a council to a challenge in two clicks.
 */
@Named
@RequestScoped
public class DashboardPage {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    @Inject
    ProgressService progress;

    @Inject
    Caller caller;

    private Dashboard dashboard;
    private String filterError;

    public Dashboard getDashboard() {
        if (dashboard == null) {
            ProgressFilter filter = filter();
            Region region = region();
            dashboard =
                    region == null ? progress.national(caller, filter, false) : progress.region(caller, region, filter);
        }
        return dashboard;
    }

    /** The region asked for, else the adviser's own; "england" (or LGA staff without one) means national. */
    private Region region() {
        String asked = param("region");
        if ("england".equals(asked)) {
            return null;
        }
        if (asked != null) {
            try {
                return Region.fromCode(asked);
            } catch (DomainRuleViolation unknown) {
                return null;
            }
        }
        return caller.region().orElse(null);
    }

    private ProgressFilter filter() {
        CouncilType type = null;
        String typeText = param("type");
        if (typeText != null) {
            try {
                type = CouncilType.valueOf(typeText);
            } catch (IllegalArgumentException unknown) {
                filterError = "There is no such type of council";
            }
        }
        Long year = FieldInput.number(param("year"));
        if (param("year") != null && (year == null || year < 2000 || year > 2100)) {
            filterError = "Enter a year such as 2024";
            year = null;
        }
        return new ProgressFilter(type, year == null ? null : year.intValue(), param("theme"));
    }

    public boolean isNational() {
        return region() == null;
    }

    public String getShareChart() {
        List<Charts.Bar> bars = getDashboard().parts().stream()
                .map(p -> new Charts.Bar(
                        p.label(), p.shareComplete() == null ? 0 : p.shareComplete(), percent(p.shareComplete())))
                .toList();
        return Charts.bars(
                "share-chart",
                "Share of actions complete, by " + (isNational() ? "region" : "council"),
                "Complete actions as a share of those not dropped. The table below gives every figure.",
                bars,
                1.0);
    }

    public String getTrendChart() {
        List<Dashboard.MonthPoint> trend = getDashboard().trend();
        List<Charts.Point> points = trend.stream()
                .map(p -> new Charts.Point(MONTH.format(p.month()), p.updates()))
                .toList();
        Dashboard.MonthPoint busiest = trend.stream()
                .max(java.util.Comparator.comparingInt(Dashboard.MonthPoint::updates))
                .orElse(null);
        String description = busiest == null || busiest.updates() == 0
                ? "No progress updates in the last 24 months."
                : "Progress updates per month over the last 24 months; the busiest month was "
                        + MONTH.format(busiest.month()) + " with " + busiest.updates()
                        + " updates. The table below gives each month.";
        return Charts.trend("trend-chart", "Progress updates per month", description, points);
    }

    /** A council's own page, when the caller may open it (their region's adviser, LGA staff). */
    public boolean canOpen(Dashboard.CouncilLine line) {
        return CouncilAccess.canReadDetail(caller, line.code(), Region.fromCode(line.region()));
    }

    public int reviews(RollUp rollUp, String standing) {
        return rollUp.progressReviews()
                .getOrDefault(uk.gov.lga.hub.domain.progress.ReviewStanding.valueOf(standing), 0);
    }

    public String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    public String regionCode(RollUp part) {
        return Arrays.stream(Region.values())
                .filter(r -> r.displayName().equals(part.label()))
                .map(Region::code)
                .findFirst()
                .orElse("england");
    }

    public List<Region> getRegions() {
        return Arrays.asList(Region.values());
    }

    public CouncilType[] getTypes() {
        return CouncilType.values();
    }

    public String month(java.time.LocalDate month) {
        return MONTH.format(month);
    }

    public String getFilterError() {
        return filterError;
    }

    public String param(String name) {
        Map<String, String> params =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return FieldInput.blankToNull(params.get(name));
    }
}
