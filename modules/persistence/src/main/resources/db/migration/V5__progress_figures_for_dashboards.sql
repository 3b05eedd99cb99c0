-- Progress figures for principal advisers' dashboards: counts per recommendation and updates per month, across
-- the tenant wall by design (SECURITY DEFINER, owned by the schema owner), never a council's words.
-- Which councils' figures a caller may see in detail is checked by the application before it asks.

-- The day of an action's latest progress update, kept on the action (by the domain, in the same transaction as
-- the update) so dashboards need not scan every update.
alter table plan_action add column last_update_on date;
update plan_action a set last_update_on = (select max(u.written_on) from progress_update u where u.action_id = a.id);

-- Each response's actions counted by status and RAG, kept by a trigger in the same transaction as any change to
-- an action, so dashboards read one row per response instead of every action. Whether an action is overdue
-- depends on the day, so that alone is counted at read time (from the partial index on open actions' due dates).
create table response_action_counts (
    response_id bigint primary key references council_response (id),
    council_code varchar(9) not null references council (code),
    actions int not null, not_started int not null, in_progress int not null, complete int not null,
    dropped int not null, red int not null, amber int not null, green int not null, last_update date
);

create function count_response_actions(target bigint) returns void
    language sql security definer set search_path = public
as $$
    delete from response_action_counts where response_id = target;
    insert into response_action_counts
        select a.response_id, min(a.council_code), count(*),
               count(*) filter (where a.status = 'NOT_STARTED'), count(*) filter (where a.status = 'IN_PROGRESS'),
               count(*) filter (where a.status = 'COMPLETE'), count(*) filter (where a.status = 'DROPPED'),
               count(*) filter (where a.rag = 'RED'), count(*) filter (where a.rag = 'AMBER'),
               count(*) filter (where a.rag = 'GREEN'), max(a.last_update_on)
        from plan_action a where a.response_id = target group by a.response_id;
$$;

create function plan_action_changed() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    perform count_response_actions(coalesce(new.response_id, old.response_id));
    return null;
end
$$;
create trigger plan_action_counted after insert or update or delete on plan_action
    for each row execute function plan_action_changed();

insert into response_action_counts
    select a.response_id, min(a.council_code), count(*),
           count(*) filter (where a.status = 'NOT_STARTED'), count(*) filter (where a.status = 'IN_PROGRESS'),
           count(*) filter (where a.status = 'COMPLETE'), count(*) filter (where a.status = 'DROPPED'),
           count(*) filter (where a.rag = 'RED'), count(*) filter (where a.rag = 'AMBER'),
           count(*) filter (where a.rag = 'GREEN'), max(a.last_update_on)
    from plan_action a group by a.response_id;

-- PL/pgSQL so each connection keeps its plans, with one plain query per scope (everyone, a council, a region)
-- rather than one query full of "is null or" conditions that no single plan serves well.
create function recommendation_figures(as_of date, only_council varchar, only_region varchar)
    returns table (recommendation_id bigint, council_code varchar, actions int, not_started int, in_progress int,
                   complete int, dropped int, red int, amber int, green int, overdue int, last_update date)
    language plpgsql stable security definer set search_path = public
as $$
begin
    return query
        with scoped as (
            select r.id, r.recommendation_id, r.council_code from council_response r
            where only_council is null and only_region is null
            union all
            select r.id, r.recommendation_id, r.council_code from council_response r
            where only_council is not null and r.council_code = only_council
            union all
            select r.id, r.recommendation_id, r.council_code from council_response r
            join council k on k.code = r.council_code
            where only_council is null and only_region is not null and k.region_code = only_region
        ), overdue as (
            select a.response_id, count(*)::int as overdue from plan_action a
            where a.due < as_of and a.status in ('NOT_STARTED', 'IN_PROGRESS')
            group by a.response_id
        )
        select s.recommendation_id, s.council_code::varchar, coalesce(c.actions, 0), coalesce(c.not_started, 0),
               coalesce(c.in_progress, 0), coalesce(c.complete, 0), coalesce(c.dropped, 0), coalesce(c.red, 0),
               coalesce(c.amber, 0), coalesce(c.green, 0), coalesce(o.overdue, 0), c.last_update
        from scoped s
        left join response_action_counts c on c.response_id = s.id
        left join overdue o on o.response_id = s.id;
end
$$;
revoke all on function recommendation_figures(date, varchar, varchar) from public;
grant execute on function recommendation_figures(date, varchar, varchar) to ${app_role};

-- Progress updates per council and month, kept by a trigger as updates are added (they are never changed or
-- removed), so the dashboards' trend reads a few thousand counts instead of every update.
create table progress_update_month (
    council_code varchar(9) not null references council (code),
    month date not null,
    updates int not null,
    primary key (council_code, month)
);
insert into progress_update_month
    select council_code, date_trunc('month', written_on)::date, count(*) from progress_update group by 1, 2;

create function count_progress_update() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    insert into progress_update_month (council_code, month, updates)
        values (new.council_code, date_trunc('month', new.written_on)::date, 1)
        on conflict (council_code, month) do update set updates = progress_update_month.updates + 1;
    return new;
end
$$;
create trigger progress_update_counted after insert on progress_update
    for each row execute function count_progress_update();

create function monthly_updates(since date, only_council varchar, only_region varchar)
    returns table (council_code varchar, month date, updates int)
    language plpgsql stable security definer set search_path = public
as $$
begin
    return query
        select m.council_code::varchar, m.month, m.updates from progress_update_month m
        left join council k on k.code = m.council_code
        where m.month >= since and (only_council is null or m.council_code = only_council)
          and (only_region is null or k.region_code = only_region);
end
$$;
revoke all on function monthly_updates(date, varchar, varchar) from public;
grant execute on function monthly_updates(date, varchar, varchar) to ${app_role};

-- The counters carry council codes, so they sit behind the same wall as everything council-owned; only the
-- owner's triggers and functions above touch them (the application role has no grant on them at all).
alter table response_action_counts enable row level security;
create policy response_action_counts_of_current_council on response_action_counts
    using (council_code = current_setting('app.tenant', true))
    with check (council_code = current_setting('app.tenant', true));
alter table progress_update_month enable row level security;
create policy progress_update_month_of_current_council on progress_update_month
    using (council_code = current_setting('app.tenant', true))
    with check (council_code = current_setting('app.tenant', true));

create index plan_action_due_idx on plan_action (due) where status in ('NOT_STARTED', 'IN_PROGRESS');
create index progress_update_written_on_idx on progress_update (written_on);
