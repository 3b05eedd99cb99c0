-- The two-sided progress review: the council's own rating (red, amber, green) and a short narrative per
-- recommendation, set beside the peers' rating (recommendation_progress). Council-owned, so behind the same wall as
-- council_response (council_code, row-level security keyed on app.tenant); the application may add and revise a
-- self-assessment, never remove one (what was said before a report was published stays on record in the trail too).
create table council_self_assessment (
    id bigint primary key,
    council_code varchar(9) not null references council (code),
    recommendation_id bigint not null references key_recommendation (id),
    rag varchar(10) not null check (rag in ('RED', 'AMBER', 'GREEN')),
    narrative text not null check (length(narrative) between 1 and 1000),
    updated_by text not null,
    updated_at timestamptz not null,
    version bigint not null default 0,
    unique (council_code, recommendation_id)
);

alter table council_self_assessment enable row level security;
create policy council_self_assessment_of_current_council on council_self_assessment
    using (council_code = current_setting('app.tenant', true))
    with check (council_code = current_setting('app.tenant', true));

grant select, insert, update on council_self_assessment to ${app_role};

-- Advisers' dashboards: each recommendation both sides rated, as the two ratings only (no narrative, no feedback),
-- across the wall by design like recommendation_figures (V5). Which councils' figures a caller may see is checked
-- by the application before it asks; the comparison itself is the domain's (RatingGap), not SQL's.
create function self_rating_pairs(only_council varchar, only_region varchar)
    returns table (council_code varchar, challenge_id bigint, council_rag varchar, peers_rag varchar)
    language plpgsql stable security definer set search_path = public
as $$
begin
    return query
        select s.council_code::varchar, p.challenge_id, s.rag::varchar, p.rag::varchar
        from council_self_assessment s
        join recommendation_progress p on p.recommendation_id = s.recommendation_id
        join council k on k.code = s.council_code
        where (only_council is null or s.council_code = only_council)
          and (only_region is null or k.region_code = only_region);
end
$$;
revoke all on function self_rating_pairs(varchar, varchar) from public;
grant execute on function self_rating_pairs(varchar, varchar) to ${app_role};
