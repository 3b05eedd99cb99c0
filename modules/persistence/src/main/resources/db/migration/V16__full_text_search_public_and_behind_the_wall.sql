-- Search (issue 16): PostgreSQL full-text search with the 'english' configuration, titles weighted over text (A
-- over B), pg_trgm for near-misses and council names.
--
-- Two indexes, one per side of the tenant wall:
--   published_search_entry: what was published, for anyone. One row per published report and one per
--     recommendation of a published feedback report, filled from the publication's frozen content by a trigger on
--     publication insert (publications are insert-only), backfilled below. Public data: its council column is
--     named "council", not council_code, because no row of it is a council's own (RowLevelSecurityTest holds every
--     council_code table to a policy).
--   council_search_entry: a council's own words (response narratives, actions, progress updates), kept in step
--     with their source rows by triggers that run as the caller (the application role), so the wall applies to the
--     triggers' writes too. Its row-level-security policy reads app.tenant (the one council a transaction is bound
--     to) or, for reading only, app.readable_councils: a transaction-local list of the councils the caller may read
--     ('*' for LGA staff), set by the application from the caller's verified roles before a search
--     (council_readable, below, is that rule).
--
-- The year of every row is the year of the challenge's on-site visit (not the publication date).

-- A trusted extension since PostgreSQL 13: the database owner (who runs the migrations) may create it.
create extension if not exists pg_trgm;

create table published_search_entry (
    id bigserial primary key,
    publication_id bigint not null references publication (id),
    challenge_id bigint not null references peer_challenge (id),
    kind varchar(30) not null check (kind in ('FEEDBACK_REPORT', 'PROGRESS_REVIEW_REPORT', 'RECOMMENDATION')),
    recommendation_number varchar(20),
    council varchar(9) not null references council (code),
    council_name text not null,
    council_type varchar(30) not null,
    region_code varchar(40) not null,
    year int not null,
    theme_codes varchar(80)[] not null default '{}',
    title text not null,
    body text not null,
    search tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) stored
);
create index published_search_entry_search_idx on published_search_entry using gin (search);
create index published_search_entry_council_name_trgm_idx on published_search_entry
    using gin (council_name gin_trgm_ops);
create index published_search_entry_title_trgm_idx on published_search_entry using gin (title gin_trgm_ops);
create index published_search_entry_publication_idx on published_search_entry (publication_id);

create table council_search_entry (
    kind varchar(20) not null check (kind in ('RESPONSE', 'ACTION', 'PROGRESS_UPDATE')),
    source_id bigint not null,
    council_code varchar(9) not null references council (code),
    challenge_id bigint not null references peer_challenge (id),
    recommendation_id bigint not null references key_recommendation (id),
    council_name text not null,
    council_type varchar(30) not null,
    region_code varchar(40) not null,
    year int not null,
    theme_codes varchar(80)[] not null default '{}',
    title text not null,
    body text not null,
    search tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) stored,
    primary key (kind, source_id)
);
create index council_search_entry_search_idx on council_search_entry using gin (search);
create index council_search_entry_title_trgm_idx on council_search_entry using gin (title gin_trgm_ops);
create index council_search_entry_council_idx on council_search_entry (council_code);

-- Whose rows the current transaction may read: the council it is bound to (app.tenant), and for reading the councils
-- in app.readable_councils ('*': every council). The one rule, used by the policy and by the search functions below;
-- both settings are transaction-local, and with neither set nothing is readable.
create function readable_councils() returns table (every boolean, codes varchar[]) language sql stable as $$
    select coalesce(current_setting('app.readable_councils', true) = '*', false),
           array_remove(string_to_array(coalesce(current_setting('app.readable_councils', true), ''), ',')
                        || coalesce(current_setting('app.tenant', true), ''), '')::varchar[]
$$;
create function council_readable(code varchar) returns boolean language sql stable as $$
    select r.every or code = any (r.codes) from readable_councils() r
$$;

alter table council_search_entry enable row level security;
create policy council_search_entry_readable on council_search_entry for select
    using (council_readable(council_code));
create policy council_search_entry_insert on council_search_entry for insert
    with check (council_code = current_setting('app.tenant', true));
create policy council_search_entry_update on council_search_entry for update
    using (council_code = current_setting('app.tenant', true))
    with check (council_code = current_setting('app.tenant', true));
create policy council_search_entry_delete on council_search_entry for delete
    using (council_code = current_setting('app.tenant', true));

-- Unpublished recommendations are shared data, searched by those who may read their challenge.
create index key_recommendation_search_idx on key_recommendation using gin (
    (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')));
create index key_recommendation_title_trgm_idx on key_recommendation using gin (title gin_trgm_ops);

-- ---------------------------------------------------------------------------------------------------------------
-- The public index, from a publication's frozen content.
create function index_publication(pub publication) returns void language plpgsql as $$
declare
    content jsonb;
    c record;
begin
    if pub.frozen_content is null or pub.kind not in ('FEEDBACK_REPORT', 'PROGRESS_REVIEW_REPORT') then
        return;
    end if;
    content := pub.frozen_content::jsonb;
    select co.code, co.name, co.council_type, co.region_code, extract(year from ch.on_site_start)::int as year
        into c
        from peer_challenge ch join council co on co.id = ch.council_id where ch.id = pub.challenge_id;
    if pub.kind = 'FEEDBACK_REPORT' then
        insert into published_search_entry (publication_id, challenge_id, kind, council, council_name, council_type,
                                            region_code, year, theme_codes, title, body)
        values (pub.id, pub.challenge_id, 'FEEDBACK_REPORT', c.code, c.name, c.council_type, c.region_code, c.year,
                array(select s.theme_code from peer_challenge_scope s where s.challenge_id = pub.challenge_id
                      order by 1),
                coalesce(content ->> 'council', c.name) || ': corporate peer challenge feedback report',
                concat_ws(E'\n\n', content ->> 'executiveSummary',
                          (select string_agg(f.key || E'\n' || f.value, E'\n\n')
                           from jsonb_each_text(coalesce(content -> 'feedbackByTheme', '{}'::jsonb)) f)));
        insert into published_search_entry (publication_id, challenge_id, kind, recommendation_number, council,
                                            council_name, council_type, region_code, year, theme_codes, title, body)
        select pub.id, pub.challenge_id, 'RECOMMENDATION', r ->> 'number', c.code, c.name, c.council_type,
               c.region_code, c.year,
               array(select t.theme_code from key_recommendation k
                     join key_recommendation_theme t on t.recommendation_id = k.id
                     where k.challenge_id = pub.challenge_id and k.printed_number = r ->> 'number' order by 1),
               coalesce(r ->> 'title', ''), coalesce(r ->> 'text', '')
        from jsonb_array_elements(coalesce(content -> 'recommendations', '[]'::jsonb)) r;
    else
        insert into published_search_entry (publication_id, challenge_id, kind, council, council_name, council_type,
                                            region_code, year, theme_codes, title, body)
        values (pub.id, pub.challenge_id, 'PROGRESS_REVIEW_REPORT', c.code, c.name, c.council_type, c.region_code,
                c.year,
                array(select s.theme_code from peer_challenge_scope s where s.challenge_id = pub.challenge_id
                      order by 1),
                coalesce(content ->> 'council', c.name) || ': progress review report',
                concat_ws(E'\n\n', content ->> 'summary',
                          (select string_agg(concat_ws(' ', g ->> 'number', g ->> 'title', g ->> 'feedback'), E'\n')
                           from jsonb_array_elements(coalesce(content -> 'ratings', '[]'::jsonb)) g)));
    end if;
end $$;

create function publication_indexed() returns trigger language plpgsql as $$
begin
    perform index_publication(new);
    return new;
end $$;
create trigger publication_indexed after insert on publication for each row execute function publication_indexed();

-- ---------------------------------------------------------------------------------------------------------------
-- The council's index, kept in step by triggers running as the writer (so its rows pass the same wall).
create function index_council_words(entry_kind text, entry_id bigint, entry_council varchar, recommendation bigint,
                                    entry_title text, entry_body text) returns void language plpgsql as $$
declare
    c record;
begin
    select co.name, co.council_type, co.region_code, ch.id as challenge_id,
           extract(year from ch.on_site_start)::int as year,
           array(select t.theme_code from key_recommendation_theme t where t.recommendation_id = k.id order by 1)
               as themes
        into c
        from key_recommendation k join peer_challenge ch on ch.id = k.challenge_id
        join council co on co.code = entry_council
        where k.id = recommendation;
    insert into council_search_entry (kind, source_id, council_code, challenge_id, recommendation_id, council_name,
                                      council_type, region_code, year, theme_codes, title, body)
    values (entry_kind, entry_id, entry_council, c.challenge_id, recommendation, c.name, c.council_type,
            c.region_code, c.year, c.themes, entry_title, entry_body)
    on conflict (kind, source_id) do update set title = excluded.title, body = excluded.body,
        theme_codes = excluded.theme_codes;
end $$;

create function council_response_indexed() returns trigger language plpgsql as $$
begin
    perform index_council_words('RESPONSE', new.id, new.council_code, new.recommendation_id,
        (select 'Response to ' || k.printed_number || ' ' || k.title from key_recommendation k
         where k.id = new.recommendation_id),
        new.narrative);
    return new;
end $$;
create trigger council_response_indexed after insert or update of narrative on council_response
    for each row execute function council_response_indexed();

create function plan_action_indexed() returns trigger language plpgsql as $$
declare
    recommendation bigint;
begin
    select r.recommendation_id into recommendation from council_response r where r.id = new.response_id;
    perform index_council_words('ACTION', new.id, new.council_code, recommendation,
        'Action: ' || left(new.description, 120), new.description);
    return new;
end $$;
create trigger plan_action_indexed after insert or update of description on plan_action
    for each row execute function plan_action_indexed();

create function progress_update_indexed() returns trigger language plpgsql as $$
declare
    recommendation bigint;
    action_text text;
begin
    select r.recommendation_id, a.description into recommendation, action_text
        from plan_action a join council_response r on r.id = a.response_id where a.id = new.action_id;
    perform index_council_words('PROGRESS_UPDATE', new.id, new.council_code, recommendation,
        'Progress on: ' || left(action_text, 120), new.narrative);
    return new;
end $$;
create trigger progress_update_indexed after insert on progress_update
    for each row execute function progress_update_indexed();

grant select, insert on published_search_entry to ${app_role};
grant usage, select on sequence published_search_entry_id_seq to ${app_role};
grant select, insert, update, delete on council_search_entry to ${app_role};
-- Searching the council index through its policy cannot use its GIN indexes: the text-search and trigram operators
-- are not leakproof, so PostgreSQL applies the policy to every row first (a sequential scan of every council's
-- words). These two functions run the match as the owner, with the index, and apply the same rule
-- (readable_councils, read once per search) to every row they return. They return no text, only what ranks and
-- counts a match; the text of a page of results is read through the policy. Only the application may call them.
-- With a list of councils the match is narrowed by council first (the council_code index with the GIN index), so
-- a council's or a region's search reads only their rows.
create function search_council_words(tsq tsquery)
    returns table (kind varchar, source_id bigint, council_code varchar, challenge_id bigint,
                   recommendation_id bigint, council_type varchar, region_code varchar, year int,
                   theme_codes varchar[], rank real)
    language plpgsql stable security definer set search_path = public
as $$
declare
    readable record;
begin
    select * into readable from readable_councils();
    if readable.every then
        return query select s.kind, s.source_id, s.council_code, s.challenge_id, s.recommendation_id, s.council_type,
                   s.region_code, s.year, s.theme_codes, ts_rank(s.search, tsq)
            from council_search_entry s
            where s.search @@ tsq;
    else
        return query select s.kind, s.source_id, s.council_code, s.challenge_id, s.recommendation_id, s.council_type,
                   s.region_code, s.year, s.theme_codes, ts_rank(s.search, tsq)
            from council_search_entry s
            where s.council_code = any (readable.codes) and s.search @@ tsq;
    end if;
end $$;
create function search_council_titles(raw text)
    returns table (kind varchar, source_id bigint, council_code varchar, challenge_id bigint,
                   recommendation_id bigint, council_type varchar, region_code varchar, year int,
                   theme_codes varchar[], rank real)
    language plpgsql stable security definer set search_path = public
as $$
declare
    readable record;
begin
    select * into readable from readable_councils();
    if readable.every then
        return query select s.kind, s.source_id, s.council_code, s.challenge_id, s.recommendation_id, s.council_type,
                   s.region_code, s.year, s.theme_codes, word_similarity(raw, s.title)
            from council_search_entry s
            where raw <% s.title;
    else
        return query select s.kind, s.source_id, s.council_code, s.challenge_id, s.recommendation_id, s.council_type,
                   s.region_code, s.year, s.theme_codes, word_similarity(raw, s.title)
            from council_search_entry s
            where s.council_code = any (readable.codes) and raw <% s.title;
    end if;
end $$;
grant execute on function readable_councils(), council_readable(varchar) to ${app_role};
revoke all on function search_council_words(tsquery), search_council_titles(text) from public;
grant execute on function search_council_words(tsquery), search_council_titles(text) to ${app_role};

-- The triggers call these as the writer; they run as their caller (no SECURITY DEFINER), so the wall holds.
grant execute on function index_publication(publication), index_council_words(text, bigint, varchar, bigint, text, text)
    to ${app_role};

-- Backfill: as the owner, whom the policies do not bind (they are not FORCEd), so every council's rows go in.
select index_publication(p) from publication p;
select index_council_words('RESPONSE', r.id, r.council_code, r.recommendation_id,
    'Response to ' || k.printed_number || ' ' || k.title, r.narrative)
    from council_response r join key_recommendation k on k.id = r.recommendation_id;
select index_council_words('ACTION', a.id, a.council_code, r.recommendation_id,
    'Action: ' || left(a.description, 120), a.description)
    from plan_action a join council_response r on r.id = a.response_id;
select index_council_words('PROGRESS_UPDATE', u.id, u.council_code, r.recommendation_id,
    'Progress on: ' || left(a.description, 120), u.narrative)
    from progress_update u join plan_action a on a.id = u.action_id join council_response r on r.id = a.response_id;
