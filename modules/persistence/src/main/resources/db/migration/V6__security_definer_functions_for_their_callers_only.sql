-- A SECURITY DEFINER function runs as the schema owner, past the tenant wall. PostgreSQL lets PUBLIC execute every
-- new function unless told otherwise, so count_response_actions (V5) was callable by the application for any
-- council's response. From here on: no function is PUBLIC's by default, and every definer function is executable
-- only by the roles granted it by name (the application keeps its grants on the counts-only functions; trigger
-- functions need no grant to fire).
alter default privileges revoke execute on functions from public;

do $$
declare
    definer record;
begin
    for definer in
        select p.oid::regprocedure as signature
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where p.prosecdef and n.nspname = current_schema()
    loop
        execute format('revoke all on function %s from public', definer.signature);
    end loop;
end
$$;
