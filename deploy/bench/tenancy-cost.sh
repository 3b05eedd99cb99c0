#!/usr/bin/env bash
# What the tenant wall costs a read, measured side by side in one run with pgbench.
#
#   A (no wall):   as the schema owner, whom row-level security does not bind, a transaction that reads one
#                  council's response by hand-written filter.
#   B (the wall):  as the application role, the same transaction as the service runs it: set_config('app.tenant')
#                  first, then the query EclipseLink generates for a multitenant entity (its council_code predicate
#                  plus the row-level-security policy).
#
# The schema is the real one (the Flyway migration files, applied with psql); the data is 317 councils with ten
# responses each. Runs A and B alternately, ROUNDS times each, and prints transactions per second and the ratio.
# Needs a local PostgreSQL with trust auth for postgres (as on the development machines) and pgbench.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
migrations="$here/../../modules/persistence/src/main/resources/db/migration"
DB=${BENCH_DB:-hub_bench}; SECONDS_EACH=${BENCH_SECONDS:-10}; ROUNDS=${BENCH_ROUNDS:-3}; CLIENTS=${BENCH_CLIENTS:-4}
PGBENCH=${PGBENCH:-$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1)}
[[ -x "$PGBENCH" ]] || { echo "pgbench not found: install postgresql-contrib or set PGBENCH" >&2; exit 1; }
psql_admin() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres "$@"; }

psql_admin -d postgres <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = 'hub_owner') then create role hub_owner login password 'hub'; end if;
  if not exists (select from pg_roles where rolname = 'hub_app') then create role hub_app login password 'hub'; end if;
end \$\$;
drop database if exists $DB with (force);
create database $DB owner hub_owner;
SQL
for f in $(ls "$migrations"/V*.sql | sort -V); do
  sed 's/\${app_role}/hub_app/g' "$f" | psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U hub_owner -d "$DB" >/dev/null
done
psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U hub_owner -d "$DB" <<'SQL'
insert into council (id, code, name, council_type, region_code)
  select g, 'E' || lpad(g::text, 8, '0'), 'Council ' || g, 'UNITARY', 'london' from generate_series(1, 317) g;
insert into peer_challenge (id, council_id, kind, theme_framework, on_site_start, on_site_end, status)
  select 1000 + g, g, 'CORPORATE_PEER_CHALLENGE', 'CPC_2020', date '2024-01-15', date '2024-01-18', 'PUBLISHED'
  from generate_series(1, 317) g;
insert into key_recommendation (id, challenge_id, printed_number, title, body, list_order)
  select 10000 + g * 10 + r, 1000 + g, '2.' || r, 'Title ' || r, 'Text', r
  from generate_series(1, 317) g, generate_series(1, 10) r;
insert into council_response (id, council_code, recommendation_id, acceptance, narrative, updated_by, updated_at)
  select 100000 + g * 10 + r, 'E' || lpad(g::text, 8, '0'), 10000 + g * 10 + r, 'ACCEPTED',
         repeat('The council will act. ', 20), 'bench', now()
  from generate_series(1, 317) g, generate_series(1, 10) r;
analyze council, peer_challenge, key_recommendation, council_response;
SQL

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cat > "$work/without-wall.sql" <<'SQL'
\set g random(1, 317)
\set r random(1, 10)
begin;
select id, acceptance, narrative, version from council_response
 where council_code = 'E' || lpad(:g::text, 8, '0') and recommendation_id = 10000 + :g * 10 + :r;
commit;
SQL
cat > "$work/with-wall.sql" <<'SQL'
\set g random(1, 317)
\set r random(1, 10)
begin;
select set_config('app.tenant', 'E' || lpad(:g::text, 8, '0'), true);
select id, acceptance, narrative, version from council_response
 where council_code = 'E' || lpad(:g::text, 8, '0') and recommendation_id = 10000 + :g * 10 + :r;
commit;
SQL

tps() { "$PGBENCH" -n -h 127.0.0.1 -U "$1" -c "$CLIENTS" -j 2 -T "$SECONDS_EACH" -f "$2" "$DB" 2>/dev/null \
        | awk '/^tps/ {print $3; exit}'; }
a_total=0; b_total=0
for round in $(seq 1 "$ROUNDS"); do
  a=$(tps hub_owner "$work/without-wall.sql"); b=$(tps hub_app "$work/with-wall.sql")
  printf 'round %d: without wall %8.0f tps   with wall %8.0f tps\n' "$round" "$a" "$b"
  a_total=$(echo "$a_total + $a" | bc -l); b_total=$(echo "$b_total + $b" | bc -l)
done
visible=$(psql -X -At -h 127.0.0.1 -U hub_app -d "$DB" -c "select count(*) from council_response")
echo "rows hub_app sees with no tenant set: $visible (must be 0)"
printf 'mean: without wall %.0f tps, with wall %.0f tps, ratio with/without %.3f (%d clients, %d x %d s each)\n' \
  "$(echo "$a_total / $ROUNDS" | bc -l)" "$(echo "$b_total / $ROUNDS" | bc -l)" \
  "$(echo "$b_total / $a_total" | bc -l)" "$CLIENTS" "$ROUNDS" "$SECONDS_EACH"
psql_admin -d postgres -c "drop database if exists $DB with (force)"
