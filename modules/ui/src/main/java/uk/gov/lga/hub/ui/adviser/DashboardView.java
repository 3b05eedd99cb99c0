package uk.gov.lga.hub.ui.adviser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.progress.CouncilSort;
import uk.gov.lga.hub.application.progress.Dashboard;
import uk.gov.lga.hub.application.progress.ProgressFilter;
import uk.gov.lga.hub.application.progress.ProgressService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.ui.form.FieldInput;

/**
 * What a dashboard address asks for (region, filters, order), read one way by the page and by its downloads so
 * that a download always holds what the screen shows, and written back into the addresses that keep all of it.
 *
 * @param region      empty (null) for England
 * @param filterError what was wrong with a filter, which is then left out
 */
record DashboardView(Region region, ProgressFilter filter, CouncilSort sort, String filterError) {

    static final String ENGLAND = "england";

    /**
     * The region asked for, else the adviser's own; "england", an unknown region or LGA staff without one mean
     * England. Then the filters and the order.
     */
    static DashboardView of(UnaryOperator<String> parameter, Caller caller) {
        String asked = FieldInput.blankToNull(parameter.apply("region"));
        Region region = asked == null ? caller.region().orElse(null) : regionOrEngland(asked);
        String error = null;
        CouncilType type = null;
        String typeText = FieldInput.blankToNull(parameter.apply("type"));
        if (typeText != null) {
            try {
                type = CouncilType.valueOf(typeText);
            } catch (IllegalArgumentException unknown) {
                error = "There is no such type of council";
            }
        }
        String yearText = FieldInput.blankToNull(parameter.apply("year"));
        Long year = FieldInput.number(yearText);
        if (yearText != null && (year == null || year < 2000 || year > 2100)) {
            error = "Enter a year such as 2024";
            year = null;
        }
        return new DashboardView(
                region,
                new ProgressFilter(
                        type, year == null ? null : year.intValue(), FieldInput.blankToNull(parameter.apply("theme"))),
                CouncilSort.of(parameter.apply("sort"), parameter.apply("order")),
                error);
    }

    private static Region regionOrEngland(String code) {
        if (ENGLAND.equals(code)) {
            return null;
        }
        try {
            return Region.fromCode(code);
        } catch (DomainRuleViolation unknown) {
            return null;
        }
    }

    boolean isNational() {
        return region == null;
    }

    /** The dashboard this view shows; England's with every council's line only when asked (downloads). */
    Dashboard load(ProgressService progress, Caller caller, boolean everyCouncil) {
        return region == null
                ? progress.national(caller, filter, everyCouncil)
                : progress.region(caller, region, filter, sort);
    }

    /** This view's address parameters, the region always named so that no link falls back to another. */
    String query() {
        return query(sort);
    }

    /** The same view in another order. */
    String query(CouncilSort order) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("region", region == null ? ENGLAND : region.code());
        parameters.put(
                "type",
                filter.councilType() == null ? null : filter.councilType().name());
        parameters.put(
                "year", filter.visitYear() == null ? null : filter.visitYear().toString());
        parameters.put("theme", filter.theme());
        parameters.put("sort", order.column().parameter());
        parameters.put("order", order.order());
        return parameters.entrySet().stream()
                .filter(p -> p.getValue() != null)
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
