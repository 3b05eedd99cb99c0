-- The challenge lifecycle: schedule, feedback report, publications (frozen), progress review. Shared LGA data,
-- readable as the roles allow; none of it is a council's own (that stays behind the tenant wall).

alter table peer_challenge
    add column position_statement_due date,
    add column executive_summary text,
    add column report_issued_on date,
    add column progress_review_summary text;
update peer_challenge set position_statement_due = on_site_start - 14;
alter table peer_challenge add check (position_statement_due is null or position_statement_due < on_site_start);

-- A peer's sign-in name lets them read the one challenge whose team they are on.
alter table peer_team_member add column username text;
create index peer_team_member_username_idx on peer_team_member (username) where username is not null;

create table challenge_theme_feedback (
    challenge_id bigint not null references peer_challenge (id) on delete cascade,
    theme_code varchar(80) not null references theme (code),
    body text not null,
    primary key (challenge_id, theme_code)
);

create table publication (
    id bigint primary key,
    challenge_id bigint not null references peer_challenge (id),
    kind varchar(30) not null check (kind in ('FEEDBACK_REPORT', 'ACTION_PLAN', 'PROGRESS_REVIEW_REPORT')),
    published_on date not null,
    public_url text not null,
    frozen_content text,
    recorded_by text not null,
    recorded_at timestamptz not null,
    unique (challenge_id, kind)
);
create index publication_published_on_idx on publication (published_on desc);

create table progress_review_attendee (
    challenge_id bigint not null references peer_challenge (id) on delete cascade,
    list_order int not null,
    name text not null,
    primary key (challenge_id, list_order)
);

create table recommendation_progress (
    id bigint primary key,
    challenge_id bigint not null references peer_challenge (id) on delete cascade,
    recommendation_id bigint not null references key_recommendation (id) on delete cascade,
    rag varchar(10) not null check (rag in ('RED', 'AMBER', 'GREEN')),
    feedback text,
    unique (challenge_id, recommendation_id)
);

grant select, insert, update, delete on challenge_theme_feedback, progress_review_attendee,
    recommendation_progress to ${app_role};
-- What was published stays as it was published: the application may record a publication, never change it.
grant select, insert on publication to ${app_role};
