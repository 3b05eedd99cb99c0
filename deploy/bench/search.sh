#!/usr/bin/env bash
# Search at national scale (issue 16): generates the national data set (deploy/bench/dashboard.sh describes it; its
# feedback reports are published with frozen content and all its text is built from local-government words, so both
# search indexes are full) into a fresh database, then times two-word searches one at a time after a warm-up, as the
# public, an LGA administrator, a principal adviser and a council user: the statement the service runs per request,
# through the application's own database role (row-level security on). Needs the local PostgreSQL (127.0.0.1:5432).
#
#   deploy/bench/search.sh                  # scale 1, 400 searches per caller
#   BENCH_SCALE=2 BENCH_REQUESTS=1000 deploy/bench/search.sh
#   HUB_SKIP_BUILD=true BENCH_REUSE=true deploy/bench/search.sh   # time again without regenerating
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
SCALE=${BENCH_SCALE:-1}; REQUESTS=${BENCH_REQUESTS:-400}
if [[ "${HUB_SKIP_BUILD:-}" != "true" ]]; then
  mvn -B -q package -pl modules/bench -am -DskipTests -DskipITs
fi
cp="modules/bench/target/classes:$(cat modules/bench/target/classpath.txt)"
db="hub_bench_search_$SCALE"
if [[ "${BENCH_REUSE:-}" != "true" ]]; then
  java -cp "$cp" uk.gov.lga.hub.bench.NationalData "$db" "$SCALE"
fi
java -cp "$cp" uk.gov.lga.hub.bench.SearchBenchmark "$db" "$REQUESTS"
