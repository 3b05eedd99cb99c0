-- Issue 18: the peer team's workspace.
--
-- The document pack a council uploads for its challenge's team is evidence like any other (behind the council's
-- wall, insert-only), attached to the challenge itself.
alter table evidence drop constraint evidence_attached_to_check;
alter table evidence alter column attached_to type varchar(16);
alter table evidence add constraint evidence_attached_to_check
    check (attached_to in ('RESPONSE', 'ACTION', 'UPDATE', 'DOCUMENT_PACK'));

-- The team's private notes per theme. They belong to the challenge's peer team, not to the council: there is no
-- council_code, and the policy admits only a transaction bound to that challenge's team through the
-- transaction-local setting app.peer_challenge (set by the application after it checked the caller is on the
-- team). A transaction bound to a council (app.tenant), whatever its role, sees none of them.
create table peer_note (
    id bigint primary key,
    challenge_id bigint not null references peer_challenge (id),
    theme_code varchar(80) not null references theme (code),
    text text not null check (length(text) <= 10000),
    author text not null,
    written_at timestamptz not null
);
create index peer_note_challenge_idx on peer_note (challenge_id);

alter table peer_note enable row level security;
create policy peer_note_of_bound_team on peer_note
    using (challenge_id::text = current_setting('app.peer_challenge', true))
    with check (challenge_id::text = current_setting('app.peer_challenge', true));

-- Written once, never changed or removed.
grant select, insert on peer_note to ${app_role};
