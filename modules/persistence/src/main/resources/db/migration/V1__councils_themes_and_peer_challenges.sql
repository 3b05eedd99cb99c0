-- Shared, LGA-owned data: regions, councils, themes, peer challenges, their teams and recommendations.
-- Migrations run as the schema owner; the application connects as ${app_role}, which owns nothing.

-- EclipseLink reads nextval as the top of a block of 50, so the first value must be at least 50.
create sequence hub_id_seq start with 50 increment by 50;

create table region (
    code varchar(40) primary key,
    name text not null unique
);

insert into region (code, name) values
    ('north-east', 'North East'),
    ('north-west', 'North West'),
    ('yorkshire-and-the-humber', 'Yorkshire and the Humber'),
    ('east-midlands', 'East Midlands'),
    ('west-midlands', 'West Midlands'),
    ('east-of-england', 'East of England'),
    ('london', 'London'),
    ('south-east', 'South East'),
    ('south-west', 'South West');

create table council (
    id bigint primary key,
    code varchar(9) not null unique check (code ~ '^E[0-9]{8}$'),
    name text not null,
    council_type varchar(30) not null
        check (council_type in ('COUNTY', 'DISTRICT', 'UNITARY', 'METROPOLITAN_DISTRICT', 'LONDON_BOROUGH', 'OTHER')),
    region_code varchar(40) not null references region (code),
    version bigint not null default 0
);
create index council_region_idx on council (region_code);

create table theme (
    code varchar(80) primary key,
    name text not null,
    kind varchar(20) not null check (kind in ('CORE', 'FOCUS_AREA')),
    framework varchar(20) check (framework in ('CPC_2020', 'CPC_PRE_2020')),
    display_order int not null,
    check ((kind = 'CORE') = (framework is not null))
);

-- The core themes are reference data, not demo data: every environment needs both sets.
insert into theme (code, name, kind, framework, display_order) values
    ('local-priorities-and-outcomes', 'Local priorities and outcomes', 'CORE', 'CPC_2020', 1),
    ('organisational-and-place-leadership', 'Organisational and place leadership', 'CORE', 'CPC_2020', 2),
    ('governance-and-culture', 'Governance and culture', 'CORE', 'CPC_2020', 3),
    ('financial-planning-and-management', 'Financial planning and management', 'CORE', 'CPC_2020', 4),
    ('capacity-for-improvement', 'Capacity for improvement', 'CORE', 'CPC_2020', 5),
    ('understanding-of-local-place-and-priority-setting', 'Understanding of the local place and priority setting', 'CORE', 'CPC_PRE_2020', 11),
    ('leadership-of-place', 'Leadership of place', 'CORE', 'CPC_PRE_2020', 12),
    ('organisational-leadership-and-governance', 'Organisational leadership and governance', 'CORE', 'CPC_PRE_2020', 13),
    ('financial-planning-and-viability', 'Financial planning and viability', 'CORE', 'CPC_PRE_2020', 14),
    ('capacity-to-deliver', 'Capacity to deliver', 'CORE', 'CPC_PRE_2020', 15);

create table peer_challenge (
    id bigint primary key,
    council_id bigint not null references council (id),
    kind varchar(40) not null check (kind in ('CORPORATE_PEER_CHALLENGE')),
    theme_framework varchar(20) not null check (theme_framework in ('CPC_2020', 'CPC_PRE_2020')),
    on_site_start date not null,
    on_site_end date not null,
    status varchar(40) not null,
    progress_review_planned date,
    progress_review_held date,
    version bigint not null default 0,
    check (on_site_end >= on_site_start),
    check (progress_review_planned is null or progress_review_planned <= on_site_end + interval '12 months'),
    check (progress_review_held is null or progress_review_held <= on_site_end + interval '12 months')
);
create index peer_challenge_council_idx on peer_challenge (council_id);

create table peer_challenge_scope (
    challenge_id bigint not null references peer_challenge (id) on delete cascade,
    theme_code varchar(80) not null references theme (code),
    primary key (challenge_id, theme_code)
);

create table peer_team_member (
    id bigint primary key,
    challenge_id bigint not null references peer_challenge (id) on delete cascade,
    name text not null,
    team_role varchar(40) not null
        check (team_role in ('LEAD_PEER', 'MEMBER_PEER', 'OFFICER_PEER', 'PEER_CHALLENGE_MANAGER')),
    position text,
    home_organisation text not null,
    political_group text,
    list_order int not null
);
create index peer_team_member_challenge_idx on peer_team_member (challenge_id);

create table key_recommendation (
    id bigint primary key,
    challenge_id bigint not null references peer_challenge (id) on delete cascade,
    printed_number varchar(20) not null,
    title text not null,
    body text not null,
    list_order int not null,
    unique (challenge_id, printed_number)
);

create table key_recommendation_theme (
    recommendation_id bigint not null references key_recommendation (id) on delete cascade,
    theme_code varchar(80) not null references theme (code),
    primary key (recommendation_id, theme_code)
);

grant usage on schema public to ${app_role};
grant select on region to ${app_role};
grant select, insert, update on council, theme to ${app_role};
grant select, insert, update, delete on peer_challenge, peer_challenge_scope, peer_team_member,
    key_recommendation, key_recommendation_theme to ${app_role};
grant usage, select on sequence hub_id_seq to ${app_role};
