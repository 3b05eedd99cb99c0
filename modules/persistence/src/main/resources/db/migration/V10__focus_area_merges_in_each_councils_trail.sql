-- A focus-area merge changes the scope of every council whose challenges named the merged area, so each of those
-- councils' own audit trails must say so, in the same transaction as the merge. One transaction can only be bound
-- to one council (the tenant wall), so the merge record names the councils it touched and this trigger, running as
-- the schema owner, writes one entry in each of their trails. It can only state a merge that is being recorded, in
-- words taken from the record, and only for a council that has a challenge naming one of the two areas: it is not
-- a way to write into any council's trail.
alter table theme_merge add column councils text not null default '';

create function theme_merge_in_council_trails() returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    touched varchar;
begin
    foreach touched in array string_to_array(nullif(new.councils, ''), ',')
    loop
        if not exists (
            select 1
            from peer_challenge c join council k on k.id = c.council_id
            where k.code = touched
              and (exists (select 1 from peer_challenge_scope s
                           where s.challenge_id = c.id and s.theme_code in (new.merged_code, new.kept_code))
                   or exists (select 1 from key_recommendation r join key_recommendation_theme t
                                  on t.recommendation_id = r.id
                              where r.challenge_id = c.id and t.theme_code in (new.merged_code, new.kept_code))
                   or exists (select 1 from challenge_theme_feedback f
                              where f.challenge_id = c.id and f.theme_code in (new.merged_code, new.kept_code)))
        ) then
            raise exception 'council % has no challenge naming focus area % or %', touched, new.merged_code,
                new.kept_code;
        end if;
        -- hub_id_seq hands out blocks of fifty; its value itself is never one the application uses.
        insert into audit_event (id, council_code, occurred_at, actor, action, subject, before_state, after_state)
        values (nextval('hub_id_seq'), touched, new.merged_at, new.merged_by, 'focus-area.merged',
                format('focus area "%s" merged into "%s"', new.merged_name, new.kept_name),
                json_build_object('focusArea', new.merged_code, 'name', new.merged_name)::text,
                json_build_object('focusArea', new.kept_code, 'name', new.kept_name)::text);
    end loop;
    return new;
end
$$;
revoke all on function theme_merge_in_council_trails() from public;

create trigger theme_merge_in_council_trails after insert on theme_merge
    for each row execute function theme_merge_in_council_trails();
