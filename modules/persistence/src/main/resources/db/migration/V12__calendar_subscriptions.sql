-- Secret calendar subscription addresses (calendar apps cannot sign in with OpenID Connect). Each belongs to one
-- user, not to a council: the feed it serves is read as that user, with the claims kept here, through the same
-- access checks as the API, so the council data it shows stays behind the tenant wall. Only a SHA-256 hash of the
-- secret token is kept; the token itself is shown once. Revoking an address deletes its row. The subscriber's
-- council is a claim they held, not an owner: the table has no council_code and is outside row-level security.
create table calendar_subscription (
    id bigint primary key,
    token_hash char(64) not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    username text not null,
    roles text not null,
    subscriber_council varchar(9),
    subscriber_region varchar(40),
    feed varchar(16) not null check (feed in ('COUNCIL', 'MANAGED', 'REGION')),
    feed_target varchar(40),
    created_at timestamp with time zone not null,
    check ((feed = 'MANAGED') = (feed_target is null))
);
create index calendar_subscription_username_idx on calendar_subscription (username);
-- Never changed once made: added, read, revoked.
grant select, insert, delete on calendar_subscription to ${app_role};
