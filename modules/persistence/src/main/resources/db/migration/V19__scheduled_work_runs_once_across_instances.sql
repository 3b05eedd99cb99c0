-- Scheduled work runs once across the cluster (issue 17): every instance schedules the daily job, and the first to
-- claim the day here runs it. A table rather than a PostgreSQL advisory lock: the job spans many transactions (one
-- per council), and an advisory lock only says "someone is running it now", not "today's run is done", so an
-- instance whose clock fires a minute later would run the day again. The row remembers both, and its lease lets
-- another instance retake a day whose runner died before finishing. Nothing here belongs to a council (job names,
-- days and instance names only), so no row-level security; the application may claim and finish, never delete.
create table scheduled_run (
    job varchar(40) not null,
    day date not null,
    claimed_by text not null,
    claimed_at timestamp with time zone not null,
    finished_at timestamp with time zone,
    primary key (job, day)
);

grant select, insert, update on scheduled_run to ${app_role};

-- One statement, so two instances claiming at once cannot both win: the primary key lets one insert, and the other's
-- update applies only to a run left unfinished past its lease (the second waits for the first's transaction, then
-- sees its row). True when the caller now holds the day.
create function claim_scheduled_run(job_name varchar, run_day date, instance text, lease_seconds int)
    returns boolean language sql as $$
    with claimed as (
        insert into scheduled_run as r (job, day, claimed_by, claimed_at)
        values (job_name, run_day, instance, clock_timestamp())
        on conflict (job, day) do update set claimed_by = excluded.claimed_by, claimed_at = excluded.claimed_at
            where r.finished_at is null and r.claimed_at < clock_timestamp() - make_interval(secs => lease_seconds)
        returning 1)
    select exists (select 1 from claimed)
$$;
revoke all on function claim_scheduled_run(varchar, date, text, int) from public;
grant execute on function claim_scheduled_run(varchar, date, text, int) to ${app_role};
