-- Progress figures for principal advisers' dashboards: counts per recommendation and updates per month, across
-- the tenant wall by design (SECURITY DEFINER, owned by the schema owner), never a council's words.
-- Which councils' figures a caller may see in detail is checked by the application before it asks.

-- The day of an action's latest progress update, kept on the action (by the domain, in the same transaction as
-- the update) so dashboards need not scan every update.
alter table plan_action add column last_update_on date;
update plan_action a set last_update_on = (select max(u.written_on) from progress_update u where u.action_id = a.id);

create function recommendation_figures(as_of date, only_council varchar)
    returns table (recommendation_id bigint, council_code varchar, actions int, not_started int, in_progress int,
                   complete int, dropped int, red int, amber int, green int, overdue int, last_update date)
    language sql stable security definer set search_path = public
as $$
    select r.recommendation_id, r.council_code,
           count(a.id)::int,
           count(a.id) filter (where a.status = 'NOT_STARTED')::int,
           count(a.id) filter (where a.status = 'IN_PROGRESS')::int,
           count(a.id) filter (where a.status = 'COMPLETE')::int,
           count(a.id) filter (where a.status = 'DROPPED')::int,
           count(a.id) filter (where a.rag = 'RED')::int,
           count(a.id) filter (where a.rag = 'AMBER')::int,
           count(a.id) filter (where a.rag = 'GREEN')::int,
           count(a.id) filter (where a.due < as_of and a.status in ('NOT_STARTED', 'IN_PROGRESS'))::int,
           max(a.last_update_on)
    from council_response r
    left join plan_action a on a.response_id = r.id
    where only_council is null or r.council_code = only_council
    group by r.recommendation_id, r.council_code
$$;
revoke all on function recommendation_figures(date, varchar) from public;
grant execute on function recommendation_figures(date, varchar) to ${app_role};

create function monthly_updates(since date, only_council varchar)
    returns table (council_code varchar, month date, updates int)
    language sql stable security definer set search_path = public
as $$
    select u.council_code, date_trunc('month', u.written_on)::date, count(*)::int
    from progress_update u
    where u.written_on >= since and (only_council is null or u.council_code = only_council)
    group by 1, 2
$$;
revoke all on function monthly_updates(date, varchar) from public;
grant execute on function monthly_updates(date, varchar) to ${app_role};

create index plan_action_due_idx on plan_action (due) where status in ('NOT_STARTED', 'IN_PROGRESS');
create index progress_update_written_on_idx on progress_update (written_on);
