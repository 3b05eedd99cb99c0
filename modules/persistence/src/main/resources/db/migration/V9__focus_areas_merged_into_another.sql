-- Near-duplicate focus areas ("The One Coventry approach" / "One Coventry approach") can be merged by a manager.
-- The merged theme stays, pointing at the one kept, so its code keeps leading there (old links, imports); it is
-- no longer a choice. Only focus areas are merged, never into themselves. Challenges' scopes, recommendations'
-- themes and per-theme feedback are moved to the kept theme by the application, in the same transaction.
alter table theme add column merged_into varchar(80) references theme (code);
alter table theme add check (merged_into is null or (kind = 'FOCUS_AREA' and merged_into <> code));
-- Two merges at once (A into B, B into A) must not both land: each merge moves both themes' versions on.
alter table theme add column version bigint not null default 0;

-- Who merged which focus area into which, when, and what it touched: the vocabulary is LGA-owned shared data,
-- so this is its own trail rather than any one council's. Insert-only, like the councils' audit trail.
create table theme_merge (
    id bigint primary key,
    merged_code varchar(80) not null references theme (code),
    merged_name text not null,
    kept_code varchar(80) not null references theme (code),
    kept_name text not null,
    merged_by text not null,
    merged_at timestamp with time zone not null,
    challenges int not null,
    recommendations int not null
);
create index theme_merge_kept_idx on theme_merge (kept_code);
grant select, insert on theme_merge to ${app_role};
