-- A council renamed, re-typed or moved region by the register (issue 16) is found under what it is now: both search
-- indexes copy the council's name, type and region into their rows (to facet and match without a join), so the
-- copies follow the council. The council's rows behind the wall belong to one council each while a register load
-- changes many councils in one transaction, so this trigger's function runs as the owner (the policies do not bind
-- it) and touches only the copied columns of the changed council's rows. The words of what was published (its
-- frozen content, the rows' title and body) stay as published.
create function search_rows_follow_council() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    update published_search_entry
       set council_name = new.name, council_type = new.council_type, region_code = new.region_code
     where council = new.code;
    update council_search_entry
       set council_name = new.name, council_type = new.council_type, region_code = new.region_code
     where council_code = new.code;
    return null;
end $$;
revoke all on function search_rows_follow_council() from public;

create trigger search_rows_follow_council after update of name, council_type, region_code on council
    for each row
    when (old.name is distinct from new.name or old.council_type is distinct from new.council_type
          or old.region_code is distinct from new.region_code)
    execute function search_rows_follow_council();
