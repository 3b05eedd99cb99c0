-- What the Hub tells people about their deadlines. Each notification is decided once: its idempotency key
-- (recipient, subject, date, threshold) is unique, and the row is written in the same transaction as the decision,
-- so running the job twice, on two instances at once or again after a crash adds nothing. The same row is the
-- outbox: a sender claims due rows (FOR UPDATE SKIP LOCKED, so two instances never claim the same one), mails
-- them and marks them sent, or counts the failure and tries again later. A recipient reads only their own rows;
-- who may be a recipient about a council's data is decided inside that council's tenant scope.
create table notification (
    id bigint primary key,
    idempotency_key text not null unique,
    recipient text not null,
    email text,
    council_code varchar(9) not null references council (code),
    challenge_id bigint not null references peer_challenge (id),
    kind varchar(40) not null,
    urgent boolean not null,
    subject text not null,
    body_text text not null,
    body_html text not null,
    link text not null,
    delivery varchar(20) not null check (delivery in ('NOW', 'DAILY_DIGEST', 'WEEKLY_DIGEST', 'CENTRE_ONLY')),
    created_at timestamp with time zone not null,
    next_attempt_at timestamp with time zone,
    attempts int not null default 0,
    last_error text,
    sent_at timestamp with time zone,
    digest_id bigint,
    done_at timestamp with time zone
);
-- The sender's queue: mail still to deliver, earliest attempt first.
create index notification_to_send_idx on notification (next_attempt_at) where sent_at is null and next_attempt_at is not null;
create index notification_recipient_idx on notification (recipient, created_at desc);

-- How each person wants the non-urgent ones: at once, in a daily or weekly digest, or only in the Hub.
create table notification_preference (
    username text primary key,
    frequency varchar(20) not null check (frequency in ('IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF')),
    changed_at timestamp with time zone not null
);

grant select, insert, update on notification, notification_preference to ${app_role};
