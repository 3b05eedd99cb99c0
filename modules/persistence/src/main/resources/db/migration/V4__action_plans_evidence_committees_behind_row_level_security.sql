-- The council's action plan and everything around it. All council-owned: every table carries council_code and
-- the same row-level-security policy as council_response (V2), keyed on the transaction's app.tenant.
-- What must never change once written is enforced by grants, not only by the application:
-- progress updates, due-date changes, evidence (each version a row) and stored files are insert-only;
-- a submission's frozen copy cannot be updated, only the LGA's decision on it.

create table plan_action (
    id bigint primary key,
    council_code varchar(9) not null references council (code),
    response_id bigint not null references council_response (id),
    list_order int not null,
    description text not null,
    owner_name text,
    owner_role text,
    original_due date,
    due date,
    status varchar(20) not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETE', 'DROPPED')),
    rag varchar(5) check (rag in ('RED', 'AMBER', 'GREEN')),
    updated_by text not null,
    updated_at timestamptz not null,
    version bigint not null default 0
);
create index plan_action_response_idx on plan_action (response_id);

create table action_due_date_change (
    id bigint primary key,
    council_code varchar(9) not null references council (code),
    action_id bigint not null references plan_action (id),
    from_due date,
    to_due date,
    reason text not null,
    changed_by text not null,
    changed_at timestamptz not null
);
create index action_due_date_change_action_idx on action_due_date_change (action_id);

create table progress_update (
    id bigint primary key,
    council_code varchar(9) not null references council (code),
    action_id bigint not null references plan_action (id),
    written_on date not null,
    narrative text not null,
    new_status varchar(20) check (new_status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETE', 'DROPPED')),
    new_rag varchar(5) check (new_rag in ('RED', 'AMBER', 'GREEN')),
    author text not null,
    recorded_at timestamptz not null
);
create index progress_update_action_idx on progress_update (action_id);

create table evidence (
    id bigint primary key,
    council_code varchar(9) not null references council (code),
    challenge_id bigint not null references peer_challenge (id),
    attached_to varchar(10) not null check (attached_to in ('RESPONSE', 'ACTION', 'UPDATE')),
    attached_id bigint not null,
    lineage varchar(36) not null,
    version_no int not null,
    kind varchar(4) not null check (kind in ('LINK', 'FILE')),
    title text not null,
    url text,
    file_name text,
    content_type text,
    size_bytes bigint,
    sha256 char(64),
    added_by text not null,
    added_at timestamptz not null,
    unique (lineage, version_no),
    check ((kind = 'LINK' and url is not null) or (kind = 'FILE' and sha256 is not null and size_bytes is not null))
);
create index evidence_challenge_idx on evidence (challenge_id);

create table evidence_file (
    evidence_id bigint primary key references evidence (id),
    council_code varchar(9) not null references council (code),
    content bytea not null
);

create table committee_meeting (
    id bigint primary key,
    council_code varchar(9) not null references council (code),
    challenge_id bigint not null references peer_challenge (id),
    committee text not null,
    met_on date not null,
    considered varchar(20) not null check (considered in ('FEEDBACK_REPORT', 'ACTION_PLAN', 'PROGRESS_REVIEW')),
    resolution text,
    minutes_url text,
    updated_by text not null,
    updated_at timestamptz not null,
    version bigint not null default 0
);
create index committee_meeting_challenge_idx on committee_meeting (challenge_id);

create table action_plan (
    id bigint primary key,
    council_code varchar(9) not null references council (code),
    challenge_id bigint not null references peer_challenge (id),
    status varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'CHANGES_REQUESTED')),
    version bigint not null default 0,
    unique (council_code, challenge_id)
);

create table action_plan_submission (
    id bigint primary key,
    council_code varchar(9) not null references council (code),
    plan_id bigint not null references action_plan (id),
    number int not null,
    submitted_by text not null,
    submitted_at timestamptz not null,
    snapshot text not null,
    decision varchar(20) check (decision in ('ACCEPTED', 'CHANGES_REQUESTED')),
    decided_by text,
    decided_at timestamptz,
    comment text,
    unique (plan_id, number)
);

create table position_statement (
    id bigint primary key,
    council_code varchar(9) not null references council (code),
    challenge_id bigint not null references peer_challenge (id),
    body text not null,
    status varchar(10) not null check (status in ('DRAFT', 'SUBMITTED')),
    submitted_by text,
    submitted_at timestamptz,
    updated_by text not null,
    updated_at timestamptz not null,
    version bigint not null default 0,
    unique (council_code, challenge_id)
);

do $$
declare t text;
begin
    foreach t in array array['plan_action', 'action_due_date_change', 'progress_update', 'evidence', 'evidence_file',
                             'committee_meeting', 'action_plan', 'action_plan_submission', 'position_statement']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy %I on %I using (council_code = current_setting(''app.tenant'', true))'
                       ' with check (council_code = current_setting(''app.tenant'', true))', t || '_of_current_council', t);
    end loop;
end
$$;

grant select, insert, update on plan_action, action_plan, position_statement to ${app_role};
grant select, insert, update, delete on committee_meeting to ${app_role};
grant select, insert on action_due_date_change, progress_update, evidence, evidence_file to ${app_role};
grant select, insert on action_plan_submission to ${app_role};
grant update (decision, decided_by, decided_at, comment) on action_plan_submission to ${app_role};
