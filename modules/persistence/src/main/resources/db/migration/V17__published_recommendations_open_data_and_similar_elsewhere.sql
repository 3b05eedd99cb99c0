-- Open data and "similar elsewhere" (issue 16, points 3 and 4). Everything here is what was published, never
-- what a council or the LGA is still writing.
--
-- 1. published_recommendation: each key recommendation exactly as its feedback report was published, read out of
--    the publication's frozen content (the one place that says what was published) when the publication is
--    recorded. It carries a weighted text-search document (title A, text B) with a GIN index for "similar
--    elsewhere". Shared LGA data (no council_code): the application may read it, only the trigger writes it.
create table published_recommendation (
    publication_id bigint not null references publication (id),
    challenge_id bigint not null references peer_challenge (id),
    list_order int not null,
    printed_number text not null,
    title text not null,
    body text not null,
    document tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) stored,
    primary key (publication_id, printed_number)
);
create index published_recommendation_document_idx on published_recommendation using gin (document);
create index published_recommendation_challenge_idx on published_recommendation (challenge_id);

create function publication_recorded() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    if new.kind = 'FEEDBACK_REPORT' and new.frozen_content is not null then
        insert into published_recommendation (publication_id, challenge_id, list_order, printed_number, title, body)
        select new.id, new.challenge_id, r.ordinality, r.value ->> 'number', coalesce(r.value ->> 'title', ''),
               coalesce(r.value ->> 'text', '')
        from jsonb_array_elements(coalesce(new.frozen_content::jsonb -> 'recommendations', '[]'::jsonb))
             with ordinality r
        where r.value ->> 'number' is not null
        on conflict do nothing;
    end if;
    return null;
end
$$;
create trigger publication_recommendations_kept after insert on publication
    for each row execute function publication_recorded();

insert into published_recommendation (publication_id, challenge_id, list_order, printed_number, title, body)
select p.id, p.challenge_id, r.ordinality, r.value ->> 'number', coalesce(r.value ->> 'title', ''),
       coalesce(r.value ->> 'text', '')
from publication p
     cross join lateral jsonb_array_elements(coalesce(p.frozen_content::jsonb -> 'recommendations', '[]'::jsonb))
         with ordinality r
where p.kind = 'FEEDBACK_REPORT' and p.frozen_content is not null and r.value ->> 'number' is not null
on conflict do nothing;

grant select on published_recommendation to ${app_role};

-- 2. published_responses(): each council's answer to its published recommendations as its action plan was
--    published, for anyone. An action plan is the council's and lives behind the tenant wall, so this SECURITY
--    DEFINER function (owned by the schema owner) crosses it and returns only what was published, and no words:
--    per recommendation the acceptance and the number of actions by status, and the day the plan was published.
--    Nothing at all until the council's ACTION_PLAN publication exists. "As published" is:
--      a) the latest version of the plan the council submitted on or before the day it was published (the
--         frozen copy, action_plan_submission.snapshot); or, for a plan never submitted through the Hub (plans
--         that predate it, such as the demo's),
--      b) the council's recorded responses, only those that (with all of their actions) have not changed since
--         that day, so what is returned is exactly what stood when the plan was published.
--    Only recommendations of the published feedback report appear (joined on its printed number).
create function published_responses()
    returns table (publication_id bigint, printed_number text, acceptance varchar, actions int, not_started int,
                   in_progress int, complete int, dropped int, action_plan_published_on date, source varchar)
    language sql stable security definer set search_path = public
as $$
    with plan_publication as (
        select report.id as report_id, report.challenge_id, plan.published_on,
               ((plan.published_on + 1)::timestamp at time zone 'Europe/London') as day_after
        from publication report
             join publication plan on plan.challenge_id = report.challenge_id and plan.kind = 'ACTION_PLAN'
        where report.kind = 'FEEDBACK_REPORT'
    ),
    frozen as (
        select distinct on (pp.report_id) pp.report_id, pp.published_on, s.snapshot::jsonb as snapshot
        from plan_publication pp
             join action_plan ap on ap.challenge_id = pp.challenge_id
             join action_plan_submission s on s.plan_id = ap.id and s.submitted_at < pp.day_after
        order by pp.report_id, s.number desc
    ),
    from_submissions as (
        select f.report_id, e ->> 'number' as printed_number, (e -> 'response' ->> 'acceptance')::varchar,
               coalesce(jsonb_array_length(e -> 'actions'), 0),
               (select count(*)::int from jsonb_array_elements(coalesce(e -> 'actions', '[]')) a
                where a ->> 'status' = 'NOT_STARTED'),
               (select count(*)::int from jsonb_array_elements(coalesce(e -> 'actions', '[]')) a
                where a ->> 'status' = 'IN_PROGRESS'),
               (select count(*)::int from jsonb_array_elements(coalesce(e -> 'actions', '[]')) a
                where a ->> 'status' = 'COMPLETE'),
               (select count(*)::int from jsonb_array_elements(coalesce(e -> 'actions', '[]')) a
                where a ->> 'status' = 'DROPPED'),
               f.published_on, 'SUBMITTED_VERSION'::varchar
        from frozen f cross join lateral jsonb_array_elements(coalesce(f.snapshot -> 'recommendations', '[]')) e
        where jsonb_typeof(e -> 'response') = 'object' and e -> 'response' ->> 'acceptance' is not null
    ),
    from_records as (
        select pp.report_id, k.printed_number::text, r.acceptance,
               (select count(*)::int from plan_action a where a.response_id = r.id),
               (select count(*)::int from plan_action a where a.response_id = r.id and a.status = 'NOT_STARTED'),
               (select count(*)::int from plan_action a where a.response_id = r.id and a.status = 'IN_PROGRESS'),
               (select count(*)::int from plan_action a where a.response_id = r.id and a.status = 'COMPLETE'),
               (select count(*)::int from plan_action a where a.response_id = r.id and a.status = 'DROPPED'),
               pp.published_on, 'RECORDED_RESPONSE'::varchar
        from plan_publication pp
             join key_recommendation k on k.challenge_id = pp.challenge_id
             join council_response r on r.recommendation_id = k.id
        where not exists (select 1 from frozen f where f.report_id = pp.report_id)
          and r.updated_at < pp.day_after
          and not exists (select 1 from plan_action a where a.response_id = r.id and a.updated_at >= pp.day_after)
    ),
    answers as (select * from from_submissions union all select * from from_records)
    select a.* from answers a
    where exists (select 1 from published_recommendation p
                  where p.publication_id = a.report_id and p.printed_number = a.printed_number)
$$;
revoke all on function published_responses() from public;
grant execute on function published_responses() to ${app_role};
