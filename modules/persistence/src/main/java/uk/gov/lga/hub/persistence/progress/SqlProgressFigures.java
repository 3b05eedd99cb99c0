package uk.gov.lga.hub.persistence.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.application.progress.ProgressFigures;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.progress.ChallengeFacts;
import uk.gov.lga.hub.domain.progress.RecommendationFigures;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.Rag;
import uk.gov.lga.hub.persistence.tenancy.EclipseLinkTenantBinding;

/**
 * The dashboards' figures in a handful of set-based queries (no entity loading): shared challenge facts, and
 * the V5 migration's SECURITY DEFINER functions for counts behind the tenant wall.
 */
@ApplicationScoped
public class SqlProgressFigures implements ProgressFigures {

    /** Statuses from which a challenge's report exists (and so its recommendations and action plan). */
    private static final String REPORTED = "'REPORT_ISSUED', 'PUBLISHED', 'PROGRESS_REVIEW_SCHEDULED',"
            + " 'PROGRESS_REVIEW_HELD', 'PROGRESS_REVIEW_PUBLISHED', 'CLOSED'";

    /** Parameters 1 and 2: the council's code and the region's code, either empty for all. */
    private static final String IN_SCOPE = "(cast(?1 as varchar) is null or k.code = cast(?1 as varchar))"
            + " and (cast(?2 as varchar) is null or k.region_code = cast(?2 as varchar))";

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public List<ChallengeFacts> challenges(Scope scope) {
        Map<Long, Map<PublicationKind, LocalDate>> published = new HashMap<>();
        for (Object[] row : rows(native_(
                "select p.challenge_id, p.kind, p.published_on from publication p"
                        + " join peer_challenge c on c.id = p.challenge_id join council k on k.id = c.council_id"
                        + " where " + IN_SCOPE,
                council(scope),
                region(scope)))) {
            published
                    .computeIfAbsent(number(row[0]), id -> new EnumMap<>(PublicationKind.class))
                    .put(PublicationKind.valueOf((String) row[1]), date(row[2]));
        }
        List<ChallengeFacts> facts = new ArrayList<>();
        for (Object[] row : rows(native_(
                "select c.id, k.code, k.name, k.council_type, k.region_code, c.on_site_start,"
                        + " c.on_site_end, c.status, c.progress_review_planned, c.progress_review_held"
                        + " from peer_challenge c join council k on k.id = c.council_id"
                        + " where c.status in (" + REPORTED + ") and " + IN_SCOPE
                        + " order by k.code, c.on_site_start",
                council(scope),
                region(scope)))) {
            long id = number(row[0]);
            facts.add(new ChallengeFacts(
                    id,
                    (String) row[1],
                    (String) row[2],
                    CouncilType.valueOf((String) row[3]),
                    Region.fromCode((String) row[4]),
                    date(row[5]),
                    date(row[6]),
                    ChallengeStatus.valueOf((String) row[7]),
                    date(row[8]),
                    date(row[9]),
                    published.getOrDefault(id, Map.of())));
        }
        return facts;
    }

    @Override
    public List<RecommendationFigures> recommendations(LocalDate asOf, Scope scope) {
        Map<Long, Object[]> counts = new HashMap<>();
        for (Object[] row : rows(native_(
                "select * from recommendation_figures(?1, cast(?2 as varchar), cast(?3 as varchar))",
                Date.valueOf(asOf),
                council(scope),
                region(scope)))) {
            counts.put(number(row[0]), row);
        }
        List<RecommendationFigures> figures = new ArrayList<>();
        for (Object[] row : rows(native_(
                "select r.id, r.challenge_id, coalesce(string_agg(t.theme_code, ','"
                        + " order by t.theme_code), '') from key_recommendation r"
                        + " join peer_challenge c on c.id = r.challenge_id join council k on k.id = c.council_id"
                        + " left join key_recommendation_theme t on t.recommendation_id = r.id"
                        + " where c.status in (" + REPORTED + ") and " + IN_SCOPE
                        + " group by r.id, r.challenge_id",
                council(scope),
                region(scope)))) {
            long id = number(row[0]);
            long challenge = number(row[1]);
            List<String> themes = ((String) row[2]).isEmpty() ? List.of() : List.of(((String) row[2]).split(","));
            Object[] c = counts.get(id);
            figures.add(
                    c == null
                            ? RecommendationFigures.unanswered(id, challenge, themes)
                            : new RecommendationFigures(
                                    id,
                                    challenge,
                                    themes,
                                    true,
                                    count(c[2]),
                                    count(c[3]),
                                    count(c[4]),
                                    count(c[5]),
                                    count(c[6]),
                                    count(c[7]),
                                    count(c[8]),
                                    count(c[9]),
                                    count(c[10]),
                                    date(c[11])));
        }
        return figures;
    }

    @Override
    public List<MonthlyUpdates> monthlyUpdates(LocalDate since, Scope scope) {
        return rows(native_(
                        "select council_code, month, updates from monthly_updates(?1, cast(?2 as varchar),"
                                + " cast(?3 as varchar))",
                        Date.valueOf(since),
                        council(scope),
                        region(scope)))
                .stream()
                .map(r -> new MonthlyUpdates((String) r[0], date(r[1]), count(r[2])))
                .toList();
    }

    @Override
    public List<RatingPair> selfRatings(Scope scope) {
        return rows(native_(
                        "select council_code, challenge_id, council_rag, peers_rag"
                                + " from self_rating_pairs(cast(?1 as varchar), cast(?2 as varchar))",
                        council(scope),
                        region(scope)))
                .stream()
                .map(r -> new RatingPair(
                        (String) r[0], number(r[1]), Rag.valueOf((String) r[2]), Rag.valueOf((String) r[3])))
                .toList();
    }

    @Override
    public List<CouncilFacts> councils() {
        return rows(native_("select code, name, council_type, region_code from council order by name")).stream()
                .map(r -> new CouncilFacts(
                        (String) r[0], (String) r[1], CouncilType.valueOf((String) r[2]), Region.fromCode((String)
                                r[3])))
                .toList();
    }

    private static String council(Scope scope) {
        return scope.councilCode().orElse(null);
    }

    private static String region(Scope scope) {
        return scope.region().map(Region::code).orElse(null);
    }

    private Query native_(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql).setHint(EclipseLinkTenantBinding.ALLOW_NATIVE_SQL, true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return ((List<Object>) query.getResultList())
                .stream().map(Object[].class::cast).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
