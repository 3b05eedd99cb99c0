-- The action plan's stamp in one statement (issue 17): a kept answer's only database work is reading its stamp,
-- and the plan's stamp is behind the wall, so it used a transaction of its own (begin, bind, read, commit: four
-- round trips). This function binds and reads in one: it runs as its caller (council_revision's policy applies to
-- the app role as it does to every read), bound to the council it is given, and gives back the binding it found,
-- so used inside a longer transaction it leaves that transaction as it was. A transaction already bound to
-- another council is refused outright: nothing may rebind it.
create function plan_stamp(p_challenge bigint, p_council varchar) returns text
    language plpgsql security invoker
as $$
declare
    bound text := current_setting('app.tenant', true);
    stamp text;
begin
    if coalesce(bound, '') not in ('', p_council) then
        raise exception 'this transaction is bound to another council' using errcode = '42501';
    end if;
    perform set_config('app.tenant', p_council, true);
    select s.revision || '.' || r.revision into stamp
      from peer_challenge c
      join council k on k.id = c.council_id
      join challenge_revision s on s.council_id = k.id
      join council_revision r on r.council_code = k.code
     where c.id = p_challenge;
    perform set_config('app.tenant', coalesce(bound, ''), true);
    return stamp;
end $$;
grant execute on function plan_stamp(bigint, varchar) to ${app_role};
