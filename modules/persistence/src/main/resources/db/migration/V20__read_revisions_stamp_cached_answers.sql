-- Revisions that stamp the answers the API keeps ready (issue 17): a challenge's detail and its action plan are
-- written once per revision and day and served again until a write changes what they are made of. Every write to a
-- table they are made of counts up its council's revision, in the writing transaction (a reader sees the new
-- revision exactly when it sees the new rows; the row lock orders concurrent writers, so a later commit always
-- shows a higher number).
--   challenge_revision: the shared challenge records (the challenge, its scope, team, recommendations, feedback,
--     publications, progress review) and the register (council, themes), one row per council, readable by all
--     (it says only how often; keyed by the council's id, not its code: it is not a council's own record).
--   council_revision: the council's own records behind the wall (responses, actions, updates, evidence, plans),
--     one row per council, behind the same policy as those records: a transaction bound to another council sees
--     no row, so an answer kept for one council can never be stamped for another's caller.
-- The trigger functions run as the owner (a register load or a manager's step touches councils other than the
-- transaction's) and change nothing but the counters.
create table challenge_revision (
    council_id bigint primary key references council (id),
    revision bigint not null default 0
);

create table council_revision (
    council_code varchar(9) primary key references council (code),
    revision bigint not null default 0
);
alter table council_revision enable row level security;
create policy council_revision_of_current_council on council_revision
    using (council_code = current_setting('app.tenant', true));

insert into challenge_revision (council_id) select id from council;
insert into council_revision (council_code) select code from council;
grant select on challenge_revision, council_revision to ${app_role};

create function revisions_for_new_council() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    insert into challenge_revision (council_id) values (new.id);
    insert into council_revision (council_code) values (new.code);
    return null;
end $$;
revoke all on function revisions_for_new_council() from public;
create trigger revisions_for_new_council after insert on council
    for each row execute function revisions_for_new_council();

-- The argument names the column that leads to the council: council_id, challenge_id, recommendation_id, or id (the
-- council itself); none (themes, merges of themes) counts up every council.
create function count_up_challenge_revision() returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    changed jsonb;
    council bigint;
begin
    if tg_op = 'DELETE' then changed := to_jsonb(old); else changed := to_jsonb(new); end if;
    council := case tg_argv[0]
        when 'council_id' then (changed ->> 'council_id')::bigint
        when 'id' then (changed ->> 'id')::bigint
        when 'challenge_id' then
            (select c.council_id from peer_challenge c where c.id = (changed ->> 'challenge_id')::bigint)
        when 'recommendation_id' then
            (select c.council_id from key_recommendation r join peer_challenge c on c.id = r.challenge_id
              where r.id = (changed ->> 'recommendation_id')::bigint)
    end;
    if council is null then
        update challenge_revision set revision = revision + 1; -- not found (a cascade), or every council's
    else
        update challenge_revision set revision = revision + 1 where council_id = council;
    end if;
    return null;
end $$;
revoke all on function count_up_challenge_revision() from public;

create function count_up_council_revision() returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    code varchar;
begin
    if tg_op = 'DELETE' then code := old.council_code; else code := new.council_code; end if;
    update council_revision set revision = revision + 1 where council_code = code;
    return null;
end $$;
revoke all on function count_up_council_revision() from public;

do $$
declare
    shared text[][] := array[
        ['peer_challenge', 'council_id'], ['peer_challenge_scope', 'challenge_id'],
        ['peer_team_member', 'challenge_id'], ['key_recommendation', 'challenge_id'],
        ['key_recommendation_theme', 'recommendation_id'], ['challenge_theme_feedback', 'challenge_id'],
        ['publication', 'challenge_id'], ['progress_review_attendee', 'challenge_id'],
        ['recommendation_progress', 'challenge_id'], ['theme', 'none'], ['theme_merge', 'none']];
    t text;
begin
    for i in 1 .. array_length(shared, 1) loop
        execute format('create trigger counts_up_challenge_revision after insert or update or delete on %I'
                       ' for each row execute function count_up_challenge_revision(%L)', shared[i][1], shared[i][2]);
    end loop;
    foreach t in array array['council_response', 'plan_action', 'action_due_date_change', 'progress_update',
                             'evidence', 'evidence_file', 'committee_meeting', 'action_plan',
                             'action_plan_submission', 'position_statement']
    loop
        execute format('create trigger counts_up_council_revision after insert or update or delete on %I'
                       ' for each row execute function count_up_council_revision()', t);
    end loop;
end
$$;

create trigger counts_up_challenge_revision after update on council
    for each row execute function count_up_challenge_revision('id');
