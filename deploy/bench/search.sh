#!/usr/bin/env bash
# Search at national scale (issue 16): generates the national data set (deploy/bench/dashboard.sh describes it; its
# feedback reports are published with frozen content and all its text is built from local-government words, so both
# search indexes are full) into a fresh database, then times two-word searches one at a time after a warm-up, as the
# public, an LGA administrator, a principal adviser and a council user: the statement the service runs per request,
# through the application's own database role (row-level security on). Needs the local PostgreSQL (127.0.0.1:5432).
# Then the same searches over HTTP as those callers, against the stack started on that database (ports 9080/9180).
#
#   deploy/bench/search.sh                  # scale 1, 400 searches per caller
#   BENCH_SCALE=2 BENCH_REQUESTS=1000 deploy/bench/search.sh
#   HUB_SKIP_BUILD=true BENCH_REUSE=true deploy/bench/search.sh   # time again without regenerating
set -euo pipefail
# Full JIT for figures meant for production (the dev stack otherwise compiles with C1 only: docs/operations.md).
export HUB_JIT=full
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
SCALE=${BENCH_SCALE:-1}; REQUESTS=${BENCH_REQUESTS:-400}
if [[ "${HUB_SKIP_BUILD:-}" != "true" ]]; then
  mvn -B -q install -DskipTests -DskipITs
fi
cp="modules/bench/target/classes:$(cat modules/bench/target/classpath.txt)"
db="hub_bench_search_$SCALE"
if [[ "${BENCH_REUSE:-}" != "true" ]]; then
  java -cp "$cp" uk.gov.lga.hub.bench.NationalData "$db" "$SCALE"
fi
java -cp "$cp" uk.gov.lga.hub.bench.SearchBenchmark "$db" "$REQUESTS"

# Then the same searches over HTTP: the stack on the benchmark's database, on ports of its own so it can run
# beside a development stack (BENCH_HTTP=false skips this part).
if [[ "${BENCH_HTTP:-true}" == "true" ]]; then
  log="deploy/.run/bench-search.log"; mkdir -p deploy/.run
  HUB_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" HUB_SKIP_BUILD=true HUB_PORT=9080 HUB_KEYCLOAK_PORT=9180 \
    HUB_PROVISIONER_PORT=9181 HUB_SMTP_PORT=9025 HUB_IMAP_PORT=9143 HUB_GREENMAIL_API_PORT=9081 \
    deploy/run.sh > "$log" 2>&1 &
  stack=$!
  trap 'kill $stack 2>/dev/null || true' EXIT
  for _ in $(seq 1 240); do
    curl -sf http://localhost:9080/health/ready >/dev/null 2>&1 && break
    sleep 1
  done
  curl -sf http://localhost:9080/health/ready >/dev/null || { echo "the stack did not start; see $log" >&2; exit 1; }
  java -cp "$cp" uk.gov.lga.hub.bench.SearchHttpBenchmark http://localhost:9080 http://localhost:9180 "$REQUESTS"
  kill "$stack"; wait "$stack" 2>/dev/null || true
  trap - EXIT
fi
