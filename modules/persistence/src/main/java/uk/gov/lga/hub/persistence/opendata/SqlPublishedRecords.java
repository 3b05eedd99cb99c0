package uk.gov.lga.hub.persistence.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.application.opendata.PublishedRecords;
import uk.gov.lga.hub.persistence.tenancy.EclipseLinkTenantBinding;

/**
 * Reads what was published, across councils, from the V17 migration: {@code published_recommendation} (kept from
 * feedback reports' frozen content), the progress review reports' frozen ratings and the SECURITY DEFINER
 * function {@code published_responses()}, which alone crosses the tenant wall and returns no words.
 */
@ApplicationScoped
public class SqlPublishedRecords implements PublishedRecords {

    private static final String RECOMMENDATIONS = "select p.id, c.code, c.name, c.council_type, g.code, g.name,"
            + " (p.frozen_content::jsonb ->> 'onSiteStart')::date, (p.frozen_content::jsonb ->> 'onSiteEnd')::date,"
            + " p.published_on, p.public_url, r.list_order, r.printed_number, r.title, r.body,"
            + " (select string_agg(t.code, ';' order by t.display_order, t.code) from key_recommendation k"
            + "   join key_recommendation_theme kt on kt.recommendation_id = k.id join theme t on t.code = kt.theme_code"
            + "   where k.challenge_id = r.challenge_id and k.printed_number = r.printed_number),"
            + " (select string_agg(t.name, ';' order by t.display_order, t.code) from key_recommendation k"
            + "   join key_recommendation_theme kt on kt.recommendation_id = k.id join theme t on t.code = kt.theme_code"
            + "   where k.challenge_id = r.challenge_id and k.printed_number = r.printed_number)"
            + " from published_recommendation r join publication p on p.id = r.publication_id"
            + " join peer_challenge ch on ch.id = r.challenge_id join council c on c.id = ch.council_id"
            + " join region g on g.code = c.region_code"
            + " order by p.published_on desc, p.id desc, r.list_order";

    private static final String ANSWERS = "select publication_id, printed_number, acceptance, actions, not_started,"
            + " in_progress, complete, dropped, action_plan_published_on, source from published_responses()";

    /** Each published progress review report's ratings of the challenge's published recommendations. */
    private static final String RATINGS = "select report.id, x.value ->> 'number', x.value ->> 'rag',"
            + " coalesce((review.frozen_content::jsonb ->> 'heldOn')::date, review.published_on), review.id,"
            + " review.published_on"
            + " from publication review"
            + " join publication report on report.challenge_id = review.challenge_id and report.kind = 'FEEDBACK_REPORT'"
            + " cross join lateral jsonb_array_elements(coalesce(review.frozen_content::jsonb -> 'ratings', '[]'))"
            + "   x(value)"
            + " where review.kind = 'PROGRESS_REVIEW_REPORT' and x.value ->> 'rag' in ('RED', 'AMBER', 'GREEN')"
            + " and exists (select 1 from published_recommendation p where p.publication_id = report.id"
            + "   and p.printed_number = x.value ->> 'number')";

    /**
     * An OR query of every lexeme of the recommendation's title and text (English stemming, stop words dropped),
     * matched against the published recommendations of other councils and ranked by cover density (normalised to
     * 0..1), the newest report first among equals.
     */
    private static final String SIMILAR = "with source as ("
            + "   select ch.council_id, (select string_agg(quote_literal(l), ' | ')"
            + "     from unnest(tsvector_to_array(to_tsvector('english', k.title || ' ' || k.body))) l"
            + "     where l !~ '[\\\\]') as words"
            + "   from key_recommendation k join peer_challenge ch on ch.id = k.challenge_id where k.id = ?1),"
            + " ranked as ("
            + "   select r.publication_id, r.printed_number, r.title, r.body, r.list_order, c.code, c.name,"
            + "     p.published_on, ts_rank_cd(r.document, s.words::tsquery, 32) as rank"
            + "   from source s join published_recommendation r on s.words is not null and r.document @@ s.words::tsquery"
            + "   join publication p on p.id = r.publication_id join peer_challenge ch on ch.id = r.challenge_id"
            + "   join council c on c.id = ch.council_id"
            + "   where ch.council_id <> s.council_id"
            + "   order by rank desc, p.published_on desc, r.publication_id desc, r.list_order limit ?2)"
            + " select r.publication_id, r.code, r.name, r.published_on, r.printed_number, r.title, r.body, r.rank"
            + " from ranked r order by r.rank desc, r.published_on desc, r.publication_id desc, r.list_order";

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public List<Recommendation> recommendations() {
        return rows(RECOMMENDATIONS).stream()
                .map(r -> new Recommendation(
                        number(r[0]),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        date(r[6]),
                        date(r[7]),
                        date(r[8]),
                        (String) r[9],
                        (int) number(r[10]),
                        (String) r[11],
                        (String) r[12],
                        (String) r[13],
                        (String) r[14],
                        (String) r[15]))
                .toList();
    }

    @Override
    public List<Answer> answers() {
        return rows(ANSWERS + " order by action_plan_published_on desc, publication_id desc, printed_number").stream()
                .map(SqlPublishedRecords::answer)
                .toList();
    }

    @Override
    public List<Rating> ratings() {
        return rows(RATINGS + " order by review.published_on desc, report.id desc, x.value ->> 'number'").stream()
                .map(SqlPublishedRecords::rating)
                .toList();
    }

    @Override
    public List<Similar> similarTo(long recommendationId, int limit) {
        List<?> result = em.createNativeQuery(SIMILAR)
                .setParameter(1, recommendationId)
                .setParameter(2, limit)
                .setHint(EclipseLinkTenantBinding.ALLOW_NATIVE_SQL, true)
                .getResultList();
        List<Object[]> found = result.stream().map(Object[].class::cast).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        String ids = found.stream()
                .map(r -> String.valueOf(number(r[0])))
                .distinct()
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        List<Answer> answers = rows(ANSWERS + " where publication_id in (" + ids + ")").stream()
                .map(SqlPublishedRecords::answer)
                .toList();
        List<Rating> ratings = rows(RATINGS + " and report.id in (" + ids + ")").stream()
                .map(SqlPublishedRecords::rating)
                .toList();
        return found.stream()
                .map(r -> {
                    long publication = number(r[0]);
                    String printed = (String) r[4];
                    return new Similar(
                            publication,
                            (String) r[1],
                            (String) r[2],
                            date(r[3]),
                            printed,
                            (String) r[5],
                            (String) r[6],
                            ((Number) r[7]).doubleValue(),
                            answers.stream()
                                    .filter(a -> a.publicationId() == publication
                                            && a.number().equals(printed))
                                    .findFirst()
                                    .orElse(null),
                            ratings.stream()
                                    .filter(g -> g.publicationId() == publication
                                            && g.number().equals(printed))
                                    .findFirst()
                                    .orElse(null));
                })
                .toList();
    }

    private static Answer answer(Object[] r) {
        return new Answer(
                number(r[0]),
                (String) r[1],
                (String) r[2],
                (int) number(r[3]),
                (int) number(r[4]),
                (int) number(r[5]),
                (int) number(r[6]),
                (int) number(r[7]),
                date(r[8]),
                (String) r[9]);
    }

    private static Rating rating(Object[] r) {
        return new Rating(number(r[0]), (String) r[1], (String) r[2], date(r[3]), number(r[4]), date(r[5]));
    }

    private List<Object[]> rows(String sql) {
        List<?> result = em.createNativeQuery(sql)
                .setHint(EclipseLinkTenantBinding.ALLOW_NATIVE_SQL, true)
                .getResultList();
        return result.stream().map(Object[].class::cast).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : ((Date) value).toLocalDate();
    }
}
