-- The register of English principal councils, loaded from the official (ONS) file. The register is public data,
-- not any council's own: its loads and their change log are shared tables, outside the tenant wall.

-- A council the newest register no longer lists is flagged, never removed.
alter table council add column missing_from_register_since date;
-- Whether the council's group exists in the identity provider. Councils onboarded one by one (and the demo's)
-- have it; a council added by a register load gets it on first use, not all 317 at once.
alter table council add column identity_group_ready boolean not null default true;

-- One uploaded register file: what was previewed is what a confirmation applies (the file is kept and read again
-- with the same columns), and only while the councils are as they were at the preview.
create table register_load (
    id bigint primary key,
    file_name text,
    source_text text not null,
    code_column text not null,
    name_column text not null,
    type_column text, -- none: each type comes from the ONS code (E06 unitary … E10 county)
    region_column text not null,
    guessed_fields text not null default '', -- the fields whose column was guessed, e.g. 'code,name'
    councils_fingerprint varchar(64) not null,
    row_count int not null,
    change_count int not null,
    status varchar(20) not null check (status in ('PREVIEWED', 'CONFIRMED')),
    previewed_by text not null,
    previewed_at timestamptz not null,
    confirmed_by text,
    confirmed_at timestamptz,
    version bigint not null default 0,
    check ((status = 'CONFIRMED') = (confirmed_at is not null))
);

-- One entry per change a confirmed load made: the register's audit trail. Append-only. The council is named by
-- its code in "register_code" (not a council-owned row: the register is public).
create table council_register_change (
    id bigint primary key,
    load_id bigint not null references register_load (id),
    register_code varchar(9) not null check (register_code ~ '^E[0-9]{8}$'),
    kind varchar(30) not null
        check (kind in ('ADDED', 'RENAMED', 'RETYPED', 'MOVED_REGION', 'MISSING_FROM_REGISTER', 'BACK_IN_REGISTER')),
    before_value text,
    after_value text,
    actor text not null,
    occurred_at timestamptz not null
);
create index council_register_change_load_idx on council_register_change (load_id);
create index council_register_change_code_idx on council_register_change (register_code, occurred_at);

grant select, insert, update on register_load to ${app_role};
-- What a load changed stays as it was recorded: the application may add an entry, never change one.
grant select, insert on council_register_change to ${app_role};
