-- Issue 18: the visit timetable. Each session of the peer team's days on site (interview, focus group, site
-- visit) with its times, place, who was met and how many people. Team data about the challenge, the LGA's like
-- peer_team_member: no council_code and no row-level security; the application admits readers of the challenge
-- and lets only its managers write. Not part of the challenge's detail, hence not in V20's revision triggers.
create table visit_session (
    id bigint primary key,
    challenge_id bigint not null references peer_challenge (id),
    kind varchar(16) not null check (kind in ('INTERVIEW', 'FOCUS_GROUP', 'SITE_VISIT', 'OTHER')),
    starts_at timestamp not null,
    ends_at timestamp not null check (ends_at > starts_at),
    place text not null check (length(place) <= 500),
    who text not null check (length(who) <= 500),
    people_met integer not null check (people_met >= 0)
);
create index visit_session_challenge_idx on visit_session (challenge_id, starts_at);

-- Added and taken off, never changed.
grant select, insert, delete on visit_session to ${app_role};
