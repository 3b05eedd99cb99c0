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
import uk.gov.lga.hub.application.progress.CouncilSort;
import uk.gov.lga.hub.application.progress.Dashboard;
import uk.gov.lga.hub.application.progress.ProgressService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.CouncilAccess;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.progress.RollUp;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.ui.form.FieldInput;

/**
 * The principal adviser's dashboard: a region (their own by default) or England, with filters, charts and the
 * tables behind them. From a region to a council to a challenge in two clicks.
 */
@Named
@RequestScoped
public class DashboardPage {

    /** A heading of the region's council table, sortable by its column. */
    public record Heading(CouncilSort.Column column, String heading, boolean numeric) {
        public String parameter() {
            return column.parameter();
        }
    }

    private static final List<Heading> COUNCIL_HEADINGS = List.of(
            new Heading(CouncilSort.Column.COUNCIL, "Council", false),
            new Heading(CouncilSort.Column.LATEST_VISIT, "Latest visit", false),
            new Heading(CouncilSort.Column.OVERDUE_ACTIONS, "Overdue actions", true),
            new Heading(CouncilSort.Column.COMPLETE, "Complete", true),
            new Heading(CouncilSort.Column.DAYS_SINCE_UPDATE, "Days since an update", true),
            new Heading(CouncilSort.Column.PROGRESS_REVIEW, "Progress review", false),
            new Heading(CouncilSort.Column.NEXT_DUE, "Next CPC due", false));

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    @Inject
    ProgressService progress;

    @Inject
    Caller caller;

    private DashboardView view;
    private Dashboard dashboard;

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = view().load(progress, caller, false);
        }
        return dashboard;
    }

    private DashboardView view() {
        if (view == null) {
            view = DashboardView.of(this::param, caller);
        }
        return view;
    }

    public boolean isNational() {
        return view().isNational();
    }

    /** The region shown; empty (null) for England. */
    public Region getRegion() {
        return view().region();
    }

    /** The region's code, or "england": what every form and link on the page carries. */
    public String getRegionParameter() {
        return isNational() ? DashboardView.ENGLAND : view().region().code();
    }

    /** This page's address parameters, for the downloads: the same region, filters and order. */
    public String getQuery() {
        return view().query();
    }

    public CouncilSort getSort() {
        return view().sort();
    }

    /** The address that sorts by the column: ascending first, then the other way on a second click. */
    public String sortQuery(String column) {
        CouncilSort current = view().sort();
        CouncilSort.Column asked = CouncilSort.of(column, null).column();
        return view().query(new CouncilSort(asked, current.column() == asked && !current.descending()));
    }

    /** The address of the default order, "who is behind". */
    public String getRankQuery() {
        return view().query(CouncilSort.MOST_BEHIND_FIRST);
    }

    public List<Heading> getCouncilColumns() {
        return COUNCIL_HEADINGS;
    }

    /** What sighted users see of aria-sort: an arrow on the sorted heading. */
    public String sortArrow(String column) {
        return switch (ariaSort(column)) {
            case "ascending" -> " ▲";
            case "descending" -> " ▼";
            default -> "";
        };
    }

    /** The header's aria-sort: how the table is sorted by this column, if it is. */
    public String ariaSort(String column) {
        CouncilSort current = view().sort();
        return current.column().parameter().equals(column) ? current.order() : "none";
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
                .orElse(DashboardView.ENGLAND);
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
        return view().filterError();
    }

    public String param(String name) {
        Map<String, String> params =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return FieldInput.blankToNull(params.get(name));
    }
}
