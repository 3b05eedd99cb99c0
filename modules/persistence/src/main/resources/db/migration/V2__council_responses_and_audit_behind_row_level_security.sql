-- Council-owned data. Every such table carries council_code and a row-level-security policy keyed on the
-- transaction-local setting app.tenant, which the application sets at the start of every transaction
-- (set_config('app.tenant', <code>, true)). With no tenant set, current_setting(..., true) is null and no row
-- matches: a connection that forgot to bind sees nothing and can write nothing.
--
-- The application logs in as ${app_role}, which owns none of these tables, so the policies always apply to it.
-- They are deliberately not FORCEd on the owner: the owner runs the migrations and owns the few SECURITY
-- DEFINER functions below that return national counts, never rows.

create table council_response (
    id bigint primary key,
    council_code varchar(9) not null references council (code),
    recommendation_id bigint not null references key_recommendation (id),
    acceptance varchar(30) not null check (acceptance in ('ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOT_ACCEPTED')),
    narrative text not null,
    updated_by text not null,
    updated_at timestamptz not null,
    version bigint not null default 0,
    unique (council_code, recommendation_id)
);

create table audit_event (
    id bigint primary key,
    council_code varchar(9) not null references council (code),
    occurred_at timestamptz not null,
    actor text not null,
    action text not null,
    subject text not null,
    before_state text,
    after_state text
);
create index audit_event_council_time_idx on audit_event (council_code, occurred_at desc);

alter table council_response enable row level security;
create policy council_response_of_current_council on council_response
    using (council_code = current_setting('app.tenant', true))
    with check (council_code = current_setting('app.tenant', true));

alter table audit_event enable row level security;
create policy audit_event_of_current_council on audit_event
    using (council_code = current_setting('app.tenant', true))
    with check (council_code = current_setting('app.tenant', true));

grant select, insert, update on council_response to ${app_role};
-- The trail is append-only: the application may add to it and read it, never change or remove it.
grant select, insert on audit_event to ${app_role};

-- National aggregates for principal advisers: counts per council, no rows, across the wall by design.
create function national_response_counts()
    returns table (council_code varchar, responses bigint, accepted bigint, partially_accepted bigint,
                   not_accepted bigint)
    language sql stable security definer set search_path = public
as $$
    select r.council_code, count(*),
           count(*) filter (where r.acceptance = 'ACCEPTED'),
           count(*) filter (where r.acceptance = 'PARTIALLY_ACCEPTED'),
           count(*) filter (where r.acceptance = 'NOT_ACCEPTED')
    from council_response r
    group by r.council_code
$$;
revoke all on function national_response_counts() from public;
grant execute on function national_response_counts() to ${app_role};
