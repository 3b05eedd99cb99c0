-- An action's owner has a kind: one of the council's users (owner_user is their Keycloak user name, owner_name
-- their name when chosen), a named role (owner_role), or text as typed (owner_name, with an optional owner_role).
-- Owners written before kinds existed stay as they were typed: a name (with any role) is typed text, a role
-- alone is a role. The application's table-wide grants cover the new columns.
alter table plan_action
    add column owner_kind varchar(5),
    add column owner_user text;

update plan_action
   set owner_kind = case when owner_name is not null then 'TEXT' when owner_role is not null then 'ROLE' end;

alter table plan_action add constraint plan_action_owner_kind check (
    (owner_kind is null and owner_user is null and owner_name is null and owner_role is null)
    or (owner_kind = 'USER' and owner_user is not null and owner_name is not null and owner_role is null)
    or (owner_kind = 'ROLE' and owner_user is null and owner_name is null and owner_role is not null)
    or (owner_kind = 'TEXT' and owner_user is null and owner_name is not null));
