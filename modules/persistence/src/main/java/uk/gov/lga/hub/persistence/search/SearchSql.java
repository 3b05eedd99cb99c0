package uk.gov.lga.hub.persistence.search;

import java.util.ArrayList;
import java.util.List;
import uk.gov.lga.hub.application.search.SearchReaders;
import uk.gov.lga.hub.application.search.SearchRequest;

/**
 * The one statement a search runs. Words: every source the readers may see, matched by full-text search ('english',
 * titles weighted over text, ranked by {@code ts_rank}), and council names by trigrams; near matches (when the words
 * found nothing): titles and council names by trigrams. Then the filters, the total and each facet's counts over the
 * whole filtered set, and one page, whose text is read last (a council's through its row-level-security policy) with
 * {@code ts_headline} snippets between private-use markers (turned into {@code <mark>} after escaping, in
 * {@link Snippets}). Matching carries no text, so counting twenty thousand matches stays cheap.
 */
public final class SearchSql {

    static final char START = '\uE000';
    static final char STOP = '\uE001';

    private static final String MARKERS = "'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)";
    private static final String KEY_RECOMMENDATION_VECTOR =
            "(setweight(to_tsvector('english', k.title), 'A') || setweight(to_tsvector('english', k.body), 'B'))";
    private static final String NO_MARKERS = "chr(57344) || chr(57345)";

    private SearchSql() {}

    /** The statement and its parameters, in order. */
    public record Statement(String sql, List<Object> parameters) {}

    /** @param near near matches (trigrams) instead of words: when the words found nothing */
    public static Statement of(SearchRequest request, SearchReaders readers, boolean near) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(request.text());
        parameters.add(request.text());
        StringBuilder sql = new StringBuilder();
        sql.append("with q as (select websearch_to_tsquery('english', ?1) as tsq, cast(?2 as text) as raw),\n");
        sql.append("hits as (\n").append(near ? publishedNear() : published());
        if (!readers.isPublic()) {
            parameters.add(readers.peer().orElse(""));
            sql.append(" union all\n").append(near ? councilWordsNear() : councilWords());
            sql.append(" union all\n").append(unpublishedRecommendations(near));
        }
        sql.append("),\nfiltered as (select * from hits where true");
        request.theme()
                .ifPresent(v -> sql.append(" and ?").append(add(parameters, v)).append(" = any(theme_codes)"));
        request.region().ifPresent(v -> sql.append(" and region_code = ?").append(add(parameters, v)));
        request.councilType().ifPresent(v -> sql.append(" and council_type = ?").append(add(parameters, v)));
        request.year().ifPresent(v -> sql.append(" and year = ?").append(add(parameters, v)));
        request.kind().ifPresent(v -> sql.append(" and kind = ?").append(add(parameters, v)));
        sql.append("),\npage as (select * from filtered order by rank desc, year desc, key limit ?")
                .append(add(parameters, request.size()))
                .append(" offset ?")
                .append(add(parameters, request.offset()))
                .append("),\n")
                .append(pageText())
                .append(",\n");
        // One pass over the filtered set counts the total and four facets; themes (an array) take a second.
        sql.append("counts as (select grouping(region_code) as no_region, grouping(council_type) as no_type,"
                + " grouping(year) as no_year, grouping(kind) as no_kind, region_code, council_type, year, kind,"
                + " count(*) as n from filtered"
                + " group by grouping sets ((region_code), (council_type), (year), (kind), ()))\n");
        sql.append("select (select n from counts where no_region = 1 and no_type = 1 and no_year = 1"
                        + " and no_kind = 1),\n")
                .append(facet(
                        "(select unnest(theme_codes) as v, count(*) as n from filtered group by 1) f",
                        "t.name",
                        "theme t on t.code = f.v"))
                .append(",\n")
                .append(facet(
                        "(select region_code as v, n from counts where no_region = 0) f",
                        "r.name",
                        "region r on r.code = f.v"))
                .append(",\n")
                .append(facet("(select council_type as v, n from counts where no_type = 0) f", "null", null))
                .append(",\n")
                .append(facet("(select year::text as v, n from counts where no_year = 0) f", "null", null))
                .append(",\n")
                .append(facet("(select kind as v, n from counts where no_kind = 0) f", "null", null))
                .append(",\n")
                .append(page());
        return new Statement(sql.toString(), parameters);
    }

    private static int add(List<Object> parameters, Object value) {
        parameters.add(value);
        return parameters.size();
    }

    private static String publishedColumns() {
        return "select 'p' || e.id as key, 'P' as source, e.id as ref, e.kind::text as kind, true as published,"
                + " e.council::text as council_code, e.council_type::text as council_type,"
                + " e.region_code::text as region_code, e.year, e.theme_codes::text[] as theme_codes, ";
    }

    /** Published content: the words, or the council's name (so "Coventry" finds Coventry's reports, "Coventy" too). */
    private static String published() {
        return publishedColumns()
                + "(case when e.search @@ q.tsq then ts_rank(e.search, q.tsq) else 0 end)"
                + " + 0.1 * (case when q.raw <% e.council_name then 1 else 0 end)::real as rank"
                + " from published_search_entry e, q where e.search @@ q.tsq or q.raw <% e.council_name\n";
    }

    private static String publishedNear() {
        return publishedColumns()
                + "greatest(word_similarity(q.raw, e.council_name), word_similarity(q.raw, e.title))::real as rank"
                + " from published_search_entry e, q where q.raw <% e.council_name or q.raw <% e.title\n";
    }

    /** The councils' own words, through the V16 search function (the same rule as the table's policy). */
    private static String councilWords() {
        return councilColumns() + " from q, search_council_words(q.tsq) w\n";
    }

    private static String councilWordsNear() {
        return councilColumns() + " from q, search_council_titles(q.raw) w\n";
    }

    private static String councilColumns() {
        return "select 'c' || w.kind || w.source_id, 'C', w.source_id, w.kind::text, false, w.council_code::text,"
                + " w.council_type::text, w.region_code::text, w.year, w.theme_codes::text[], w.rank";
    }

    /** Shared records: recommendations of challenges the readers may read whose report is not yet published. */
    private static String unpublishedRecommendations(boolean near) {
        String rank = near ? "word_similarity(q.raw, k.title)" : "ts_rank(" + KEY_RECOMMENDATION_VECTOR + ", q.tsq)";
        String match = near ? "q.raw <% k.title" : KEY_RECOMMENDATION_VECTOR + " @@ q.tsq";
        return "select 'r' || k.id, 'R', k.id, 'RECOMMENDATION', false, co.code::text, co.council_type::text,"
                + " co.region_code::text, extract(year from ch.on_site_start)::int,"
                + " array(select t.theme_code::text from key_recommendation_theme t where t.recommendation_id = k.id"
                + " order by 1), " + rank + "::real"
                + " from key_recommendation k join peer_challenge ch on ch.id = k.challenge_id"
                + " join council co on co.id = ch.council_id, q,"
                + " (select current_setting('app.readable_councils', true) = '*' as every,"
                + " string_to_array(coalesce(current_setting('app.readable_councils', true), ''), ',') as codes,"
                + " cast(?3 as text) as peer) readers"
                + " where " + match
                + " and not exists (select 1 from publication p where p.challenge_id = k.challenge_id"
                + " and p.kind = 'FEEDBACK_REPORT')"
                + " and (readers.every or co.code = any(readers.codes) or exists (select 1 from peer_team_member m"
                + " where m.challenge_id = k.challenge_id and m.username = readers.peer))\n";
    }

    /** The page's text: published rows, a council's rows through its policy, recommendations. */
    private static String pageText() {
        return "texts as (select p.*, e.publication_id, e.challenge_id, null::bigint as recommendation_id,"
                + " e.recommendation_number::text as recommendation_number, e.council_name, e.title, e.body"
                + " from page p join published_search_entry e on p.source = 'P' and e.id = p.ref"
                + " union all select p.*, null, s.challenge_id, s.recommendation_id, null, s.council_name, s.title,"
                + " s.body from page p join council_search_entry s on p.source = 'C' and s.kind = p.kind"
                + " and s.source_id = p.ref"
                + " union all select p.*, null, k.challenge_id, k.id, k.printed_number::text, co.name, k.title, k.body"
                + " from page p join key_recommendation k on p.source = 'R' and k.id = p.ref"
                + " join peer_challenge ch on ch.id = k.challenge_id join council co on co.id = ch.council_id)\n";
    }

    /** A facet's values with their counts, most first: {@code values} yields (v, n). */
    private static String facet(String values, String label, String join) {
        return "(select coalesce(json_agg(json_build_object('value', f.v, 'label', " + label + ", 'count', f.n)"
                + " order by f.n desc, f.v), '[]')::text from " + values
                + (join == null ? "" : " left join " + join) + ")";
    }

    private static String page() {
        return "(select coalesce(json_agg(json_build_object('kind', p.kind, 'published', p.published,"
                + " 'publicationId', p.publication_id, 'challengeId', p.challenge_id,"
                + " 'recommendationId', p.recommendation_id, 'recommendationNumber', p.recommendation_number,"
                + " 'councilCode', p.council_code, 'councilName', p.council_name, 'councilType', p.council_type,"
                + " 'region', p.region_code, 'year', p.year, 'themes', p.theme_codes,"
                + " 'title', ts_headline('english', translate(p.title, " + NO_MARKERS + ", ''), q.tsq,"
                + " 'HighlightAll=true, ' || " + MARKERS + "),"
                + " 'snippet', ts_headline('english', translate(p.body, " + NO_MARKERS + ", ''), q.tsq,"
                + " 'MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \", ' || " + MARKERS + "))"
                + " order by p.rank desc, p.year desc, p.key), '[]')::text from texts p, q)";
    }
}
