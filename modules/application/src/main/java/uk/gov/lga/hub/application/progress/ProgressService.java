package uk.gov.lga.hub.application.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.CouncilAccess;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.challenge.FiveYearCycle;
import uk.gov.lga.hub.domain.challenge.PublicationRules;
import uk.gov.lga.hub.domain.progress.ChallengeFacts;
import uk.gov.lga.hub.domain.progress.ChallengeMeasures;
import uk.gov.lga.hub.domain.progress.RecommendationFigures;
import uk.gov.lga.hub.domain.progress.RollUp;
import uk.gov.lga.hub.domain.progress.SelfRatingGaps;
import uk.gov.lga.hub.domain.progress.ThemeLine;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.RatingGap;
import uk.gov.lga.hub.domain.theme.ThemeRepository;

/**
 * Progress across councils for principal advisers and the LGA. Every number comes from the same domain code
 * ({@link ChallengeMeasures}, {@link RollUp}) over the same figures, whether for one council's own page or a
 * national dashboard, so they always agree. Dashboards show counts for every council; a council's own measures
 * in detail only to those who may read that council's records.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

    static final int TREND_MONTHS = 24;

    @Inject
    ProgressFigures figures;

    @Inject
    ThemeRepository themes;

    @Inject
    CouncilDirectory councils;

    @Inject
    PublicationRules rules;

    @Inject
    Clock clock;

    public CouncilProgress council(Caller caller, String code) {
        var council = councils.byCode(code);
        CouncilAccess.requireDetail(caller, council);
        LocalDate today = LocalDate.now(clock);
        ProgressFigures.Scope scope = ProgressFigures.Scope.council(code);
        List<ChallengeFacts> challenges = figures.challenges(scope);
        List<RecommendationFigures> recommendations = figures.recommendations(today, scope);
        List<ChallengeMeasures> measures = measure(challenges, recommendations, ProgressFilter.NONE, today).stream()
                .sorted(Comparator.comparing(
                                (ChallengeMeasures m) -> m.challenge().onSiteStart())
                        .reversed())
                .toList();
        return new CouncilProgress(
                code,
                council.name(),
                council.region().code(),
                today,
                measures,
                ThemeLine.of(recommendations, themes.names()),
                FiveYearCycle.position(
                        challenges.stream().map(ChallengeFacts::visit).toList(), today));
    }

    /**
     * England: each region rolled up, themes and trend; every council's line only when asked for (exports), as a
     * national table of 317 councils is a download, not a page.
     */
    public Dashboard national(Caller caller, ProgressFilter filter, boolean withCouncils) {
        requireDashboardReader(caller);
        return dashboard(
                "England", Optional.empty(), filter, m -> m.challenge().region().displayName(), withCouncils);
    }

    /** A region with its councils by name. */
    public Dashboard region(Caller caller, Region region, ProgressFilter filter) {
        return region(caller, region, filter, CouncilSort.BY_NAME);
    }

    /** A region with its councils in the order asked for ("who is behind" unless told otherwise). */
    public Dashboard region(Caller caller, Region region, ProgressFilter filter, CouncilSort sort) {
        requireDashboardReader(caller);
        Dashboard dashboard = dashboard(
                region.displayName(),
                Optional.of(region),
                filter,
                m -> m.challenge().councilName(),
                true);
        return dashboard.withCouncils(
                dashboard.councils().stream().sorted(sort.comparator()).toList());
    }

    private Dashboard dashboard(
            String title,
            Optional<Region> region,
            ProgressFilter filter,
            Function<ChallengeMeasures, String> partOf,
            boolean withCouncils) {
        LocalDate today = LocalDate.now(clock);
        ProgressFigures.Scope scope = ProgressFigures.Scope.of(region);
        List<ChallengeFacts> challenges = figures.challenges(scope);
        List<RecommendationFigures> recommendations = figures.recommendations(today, scope);
        List<ChallengeMeasures> measures = measure(challenges, recommendations, filter, today);
        Map<String, List<ChallengeMeasures>> byPart =
                measures.stream().collect(Collectors.groupingBy(partOf, TreeMap::new, Collectors.toList()));
        List<RollUp> parts = byPart.entrySet().stream()
                .map(e -> RollUp.of(e.getKey(), e.getValue()))
                .toList();
        var admitted = measures.stream().map(m -> m.challenge().challengeId()).collect(Collectors.toSet());
        Map<String, SelfRatingGaps> selfRatings = selfRatings(scope, admitted);
        List<ThemeLine> themes = ThemeLine.of(
                recommendations.stream()
                        .filter(r -> admitted.contains(r.challengeId()) && filter.admits(r))
                        .toList(),
                this.themes.names());
        return new Dashboard(
                title,
                today,
                filter,
                RollUp.of(title, measures),
                parts,
                withCouncils ? councilLines(region, challenges, measures, filter, today, selfRatings) : List.of(),
                themes,
                trend(region, today),
                selfRatings.values().stream().reduce(SelfRatingGaps.NONE, SelfRatingGaps::plus),
                selfRatings.values().stream()
                        .filter(SelfRatingGaps::ratesItselfGreener)
                        .count());
    }

    /** Per council, how its own ratings compare with its peers' at the progress reviews of the admitted challenges. */
    private Map<String, SelfRatingGaps> selfRatings(ProgressFigures.Scope scope, Set<Long> admitted) {
        return figures.selfRatings(scope).stream()
                .filter(p -> admitted.contains(p.challengeId()))
                .collect(Collectors.groupingBy(
                        ProgressFigures.RatingPair::councilCode,
                        TreeMap::new,
                        Collectors.mapping(
                                p -> RatingGap.between(p.council(), p.peers()),
                                Collectors.collectingAndThen(Collectors.toList(), SelfRatingGaps::of))));
    }

    private List<Dashboard.CouncilLine> councilLines(
            Optional<Region> region,
            List<ChallengeFacts> challenges,
            List<ChallengeMeasures> measures,
            ProgressFilter filter,
            LocalDate today,
            Map<String, SelfRatingGaps> selfRatings) {
        Map<String, List<ChallengeFacts>> visits =
                challenges.stream().collect(Collectors.groupingBy(ChallengeFacts::councilCode));
        Map<String, List<ChallengeMeasures>> measured = measures.stream()
                .collect(Collectors.groupingBy(m -> m.challenge().councilCode()));
        List<Dashboard.CouncilLine> lines = new ArrayList<>();
        for (ProgressFigures.CouncilFacts council : figures.councils()) {
            if (region.map(r -> council.region() != r).orElse(false)
                    || filter.councilType() != null && council.type() != filter.councilType()) {
                continue;
            }
            lines.add(new Dashboard.CouncilLine(
                    council.code(),
                    council.name(),
                    council.type().name(),
                    council.region().code(),
                    Dashboard.Latest.of(measured.getOrDefault(council.code(), List.of()), today),
                    FiveYearCycle.position(
                            visits.getOrDefault(council.code(), List.of()).stream()
                                    .map(ChallengeFacts::visit)
                                    .toList(),
                            today),
                    selfRatings.getOrDefault(council.code(), SelfRatingGaps.NONE)));
        }
        return lines;
    }

    /** Each challenge measured over its recommendations (only those on the filter's theme). */
    private List<ChallengeMeasures> measure(
            List<ChallengeFacts> challenges,
            List<RecommendationFigures> recommendations,
            ProgressFilter filter,
            LocalDate today) {
        Map<Long, List<RecommendationFigures>> byChallenge = recommendations.stream()
                .filter(filter::admits)
                .collect(Collectors.groupingBy(RecommendationFigures::challengeId));
        return challenges.stream()
                .filter(filter::admits)
                .filter(c -> filter.theme() == null || byChallenge.containsKey(c.challengeId()))
                .map(c -> ChallengeMeasures.of(c, byChallenge.getOrDefault(c.challengeId(), List.of()), rules, today))
                .toList();
    }

    private List<Dashboard.MonthPoint> trend(Optional<Region> region, LocalDate today) {
        LocalDate since = today.withDayOfMonth(1).minusMonths(TREND_MONTHS - 1);
        Map<LocalDate, Integer> perMonth = new TreeMap<>();
        for (int i = 0; i < TREND_MONTHS; i++) {
            perMonth.put(since.plusMonths(i), 0);
        }
        figures.monthlyUpdates(since, ProgressFigures.Scope.of(region))
                .forEach(m -> perMonth.merge(m.month(), m.updates(), Integer::sum));
        return perMonth.entrySet().stream()
                .map(e -> new Dashboard.MonthPoint(e.getKey(), e.getValue()))
                .toList();
    }

    private static void requireDashboardReader(Caller caller) {
        if (!caller.isLgaStaff() && !caller.hasRole(Role.PRINCIPAL_ADVISER)) {
            throw new AccessDenied("Progress dashboards are for principal advisers and the LGA's staff.");
        }
    }
}
