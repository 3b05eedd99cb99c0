package uk.gov.lga.hub.persistence.search;

import java.util.ArrayList;
import java.util.List;
import uk.gov.lga.hub.application.search.SearchReaders;
import uk.gov.lga.hub.application.search.SearchRequest;

/**
 * The one statement a search runs: every source the readers may see, matched by full-text search ('english',
 * titles weighted over text) or by trigrams (near-misses, council names), filtered, counted per facet over the whole
 * filtered set, and one page of it with {@code ts_headline} snippets between private-use markers (turned into
 * {@code <mark>} after escaping, in {@link Snippets}).
 */
final class SearchSql {

    static final char START = '\uE000';
    static final char STOP = '\uE001';

    private static final String MARKERS = "'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)";
    private static final String KEY_RECOMMENDATION_VECTOR =
            "(setweight(to_tsvector('english', k.title), 'A') || setweight(to_tsvector('english', k.body), 'B'))";

    private SearchSql() {}

    /** The statement and its parameters, in order. */
    record Statement(String sql, List<Object> parameters) {}

    static Statement of(SearchRequest request, SearchReaders readers) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(request.text());
        parameters.add(request.text());
        StringBuilder sql = new StringBuilder();
        sql.append("with q as (select websearch_to_tsquery('english', ?1) as tsq, cast(?2 as text) as raw),\n");
        sql.append("hits as (\n").append(published());
        if (!readers.isPublic()) {
            parameters.add(readers.peer().orElse(""));
            sql.append(" union all\n").append(councilWords());
            sql.append(" union all\n").append(unpublishedRecommendations());
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
                .append(")\n");
        sql.append("select (select count(*) from filtered),\n")
                .append(facet("(select unnest(theme_codes) as v from filtered) f", "t.name", "theme t on t.code = f.v"))
                .append(",\n")
                .append(facet("(select region_code as v from filtered) f", "r.name", "region r on r.code = f.v"))
                .append(",\n")
                .append(facet("(select council_type as v from filtered) f", "null", null))
                .append(",\n")
                .append(facet("(select year::text as v from filtered) f", "null", null))
                .append(",\n")
                .append(facet("(select kind as v from filtered) f", "null", null))
                .append(",\n")
                .append(page());
        return new Statement(sql.toString(), parameters);
    }

    private static int add(List<Object> parameters, Object value) {
        parameters.add(value);
        return parameters.size();
    }

    private static String published() {
        return "select 'p' || e.id as key, e.kind, true as published, e.publication_id, e.challenge_id,"
                + " null::bigint as recommendation_id, e.recommendation_number, e.council as council_code,"
                + " e.council_name, e.council_type, e.region_code, e.year, e.theme_codes, e.title, e.body,"
                + " ts_rank_cd(e.search, q.tsq) + 0.1 * greatest(word_similarity(q.raw, e.council_name),"
                + " word_similarity(q.raw, e.title)) as rank"
                + " from published_search_entry e, q"
                + " where e.search @@ q.tsq or q.raw <% e.council_name or q.raw <% e.title\n";
    }

    /** The councils' own words: row-level security shows only the rows of app.tenant or app.readable_councils. */
    private static String councilWords() {
        return "select 'c' || s.kind || s.source_id, s.kind, false, null::bigint, s.challenge_id,"
                + " s.recommendation_id, null::varchar, s.council_code, s.council_name, s.council_type,"
                + " s.region_code, s.year, s.theme_codes, s.title, s.body,"
                + " ts_rank_cd(s.search, q.tsq) + 0.1 * word_similarity(q.raw, s.title)"
                + " from council_search_entry s, q"
                + " where s.search @@ q.tsq or q.raw <% s.title\n";
    }

    /** Shared records: recommendations of challenges the readers may read whose report is not yet published. */
    private static String unpublishedRecommendations() {
        return "select 'r' || k.id, 'RECOMMENDATION', false, null::bigint, k.challenge_id, k.id, k.printed_number,"
                + " co.code, co.name, co.council_type, co.region_code, extract(year from ch.on_site_start)::int,"
                + " array(select t.theme_code from key_recommendation_theme t where t.recommendation_id = k.id"
                + " order by 1)::varchar(80)[], k.title, k.body,"
                + " ts_rank_cd(" + KEY_RECOMMENDATION_VECTOR + ", q.tsq) + 0.1 * word_similarity(q.raw, k.title)"
                + " from key_recommendation k join peer_challenge ch on ch.id = k.challenge_id"
                + " join council co on co.id = ch.council_id, q,"
                + " (select current_setting('app.readable_councils', true) = '*' as every,"
                + " string_to_array(coalesce(current_setting('app.readable_councils', true), ''), ',') as codes,"
                + " cast(?3 as text) as peer) readers"
                + " where (" + KEY_RECOMMENDATION_VECTOR + " @@ q.tsq or q.raw <% k.title)"
                + " and not exists (select 1 from publication p where p.challenge_id = k.challenge_id"
                + " and p.kind = 'FEEDBACK_REPORT')"
                + " and (readers.every or co.code = any(readers.codes) or exists (select 1 from peer_team_member m"
                + " where m.challenge_id = k.challenge_id and m.username = readers.peer))\n";
    }

    private static String facet(String values, String label, String join) {
        return "(select coalesce(json_agg(json_build_object('value', x.v, 'label', x.label, 'count', x.n)"
                + " order by x.n desc, x.v), '[]')::text from (select f.v, " + label + " as label, count(*) as n"
                + " from " + values + (join == null ? "" : " left join " + join) + " group by 1, 2) x)";
    }

    private static String page() {
        return "(select coalesce(json_agg(json_build_object('kind', p.kind, 'published', p.published,"
                + " 'publicationId', p.publication_id, 'challengeId', p.challenge_id,"
                + " 'recommendationId', p.recommendation_id, 'recommendationNumber', p.recommendation_number,"
                + " 'councilCode', p.council_code, 'councilName', p.council_name, 'councilType', p.council_type,"
                + " 'region', p.region_code, 'year', p.year, 'themes', p.theme_codes,"
                + " 'title', ts_headline('english', translate(p.title, chr(57344) || chr(57345), ''), q.tsq,"
                + " 'HighlightAll=true, ' || " + MARKERS + "),"
                + " 'snippet', ts_headline('english', translate(p.body, chr(57344) || chr(57345), ''), q.tsq,"
                + " 'MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \", ' || " + MARKERS + "))"
                + " order by p.rank desc, p.year desc, p.key), '[]')::text from page p, q)";
    }
}
