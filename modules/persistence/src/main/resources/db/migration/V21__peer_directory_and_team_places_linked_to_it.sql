-- The peer directory (issue 18): the people who serve as peers, reused across challenges. LGA-wide shared data,
-- like the challenges and their teams: it has no council_code and stays outside the tenant wall (row-level
-- security). The council a peer works for is "home_council", a code only the conflict-of-interest check reads.
create table peer (
    id bigint primary key,
    name text not null,
    kind varchar(40) not null
        check (kind in ('LEAD_MEMBER_PEER', 'MEMBER_PEER', 'LEAD_OFFICER_PEER', 'OFFICER_PEER',
                        'PEER_CHALLENGE_MANAGER')),
    political_group text,
    organisation text not null,
    home_council varchar(9) check (home_council ~ '^E[0-9]{8}$'),
    position text,
    email text,
    username text,
    updated_by text not null,
    updated_at timestamptz not null,
    version bigint not null default 0,
    check (political_group is null or kind in ('LEAD_MEMBER_PEER', 'MEMBER_PEER'))
);
create index peer_name_idx on peer (lower(name));
create unique index peer_username_idx on peer (username) where username is not null;

-- Themes of expertise: core themes.
create table peer_theme (
    peer_id bigint not null references peer (id) on delete cascade,
    theme_code varchar(80) not null references theme (code),
    primary key (peer_id, theme_code)
);

-- A team place keeps the person as they were on that challenge (name, position, organisation for the report) and
-- now says who they are in the directory; places from before the directory have none.
alter table peer_team_member add column peer_id bigint references peer (id) on delete set null;
create index peer_team_member_peer_idx on peer_team_member (peer_id) where peer_id is not null;

-- Entries are edited, never removed (their history is the teams they were on).
grant select, insert, update on peer to ${app_role};
grant select, insert, delete on peer_theme to ${app_role};
