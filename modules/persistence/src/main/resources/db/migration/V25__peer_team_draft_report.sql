-- Issue 18: the feedback report as the peer team drafts it together in its workspace. Like the team's notes
-- (V23) the draft is the team's, not the council's: no council_code, and each table's policy admits only a
-- transaction bound to that challenge's team through app.peer_challenge. A council binding (app.tenant), the
-- challenge's own council included, sees none of it; the application binds the team only after it found the
-- caller on the team (or an LGA administrator standing in for the manager).
create table draft_report (
    id bigint primary key,
    challenge_id bigint not null unique references peer_challenge (id),
    state varchar(16) not null check (state in ('WITH_TEAM', 'WITH_MANAGER')),
    handed_over_by text,
    handed_over_at timestamptz
);

create table draft_section (
    id bigint primary key,
    draft_id bigint not null references draft_report (id),
    challenge_id bigint not null references peer_challenge (id),
    section_key varchar(80) not null,
    kind varchar(24) not null check (kind in ('INTRODUCTION', 'THEME', 'KEY_RECOMMENDATIONS')),
    heading text not null,
    list_order integer not null,
    text text not null check (length(text) <= 50000),
    text_version bigint not null check (text_version >= 0),
    changed_by text,
    changed_at timestamptz,
    unique (draft_id, section_key)
);
create index draft_section_challenge_idx on draft_section (challenge_id);

-- The draft's trail: every saved version of a section with its whole text (who changed what), and each hand-over,
-- return and taking into the report. Two saves racing on the same version cannot both land.
create table draft_change (
    id bigint primary key,
    challenge_id bigint not null references peer_challenge (id),
    kind varchar(24) not null
        check (kind in ('SECTION_SAVED', 'HANDED_OVER', 'RETURNED_TO_TEAM', 'TAKEN_INTO_REPORT')),
    section_key varchar(80),
    text_version bigint,
    text text check (length(text) <= 50000),
    actor text not null,
    changed_at timestamptz not null,
    check ((kind = 'SECTION_SAVED') = (section_key is not null and text_version is not null and text is not null))
);
create index draft_change_challenge_idx on draft_change (challenge_id, changed_at);
create unique index draft_change_one_save_per_version on draft_change (challenge_id, section_key, text_version)
    where kind = 'SECTION_SAVED';

alter table draft_report enable row level security;
create policy draft_report_of_bound_team on draft_report
    using (challenge_id::text = current_setting('app.peer_challenge', true))
    with check (challenge_id::text = current_setting('app.peer_challenge', true));
alter table draft_section enable row level security;
create policy draft_section_of_bound_team on draft_section
    using (challenge_id::text = current_setting('app.peer_challenge', true))
    with check (challenge_id::text = current_setting('app.peer_challenge', true));
alter table draft_change enable row level security;
create policy draft_change_of_bound_team on draft_change
    using (challenge_id::text = current_setting('app.peer_challenge', true))
    with check (challenge_id::text = current_setting('app.peer_challenge', true));

-- The draft and its sections change (hand-over, saves); the trail is written once. Nothing is ever removed.
grant select, insert, update on draft_report, draft_section to ${app_role};
grant select, insert on draft_change to ${app_role};
