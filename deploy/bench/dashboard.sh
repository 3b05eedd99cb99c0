#!/usr/bin/env bash
# The principal advisers' dashboard API at national scale (issue 6): generates the national data set into a fresh
# database (317 councils x scale, two cycles each, ~10 recommendations per challenge, ~5 actions per
# recommendation, ~4 updates per action), starts the stack on it, and times the national and region dashboards one
# request at a time. Needs the local PostgreSQL (127.0.0.1:5432). Runs both scales side by side by default:
#
#   deploy/bench/dashboard.sh            # scale 1 then scale 2, 200 requests per endpoint each
#   BENCH_SCALES="1" BENCH_REQUESTS=500 deploy/bench/dashboard.sh
set -euo pipefail
# Full JIT for figures meant for production (the dev stack otherwise compiles with C1 only: docs/operations.md).
export HUB_JIT=full
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
SCALES=${BENCH_SCALES:-"1 2"}; REQUESTS=${BENCH_REQUESTS:-200}
if [[ "${HUB_SKIP_BUILD:-}" != "true" ]]; then
  mvn -B -q install -DskipTests -DskipITs
fi
cp="modules/bench/target/classes:$(cat modules/bench/target/classpath.txt)"
for scale in $SCALES; do
  db="hub_bench_$scale"
  java -cp "$cp" uk.gov.lga.hub.bench.NationalData "$db" "$scale"
  log="deploy/.run/bench-$scale.log"; mkdir -p deploy/.run
  HUB_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" HUB_SKIP_BUILD=true deploy/run.sh > "$log" 2>&1 &
  stack=$!
  trap 'kill $stack 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do
    curl -sf http://localhost:8080/health/ready >/dev/null 2>&1 && break
    sleep 1
  done
  curl -sf http://localhost:8080/health/ready >/dev/null || { echo "the stack did not start; see $log" >&2; exit 1; }
  echo "[bench] scale $scale:"
  java -cp "$cp" uk.gov.lga.hub.bench.DashboardBenchmark http://localhost:8080 http://localhost:8180 "$REQUESTS"
  kill "$stack"; wait "$stack" 2>/dev/null || true
  trap - EXIT
  for _ in $(seq 1 30); do curl -sf http://localhost:8080/ >/dev/null 2>&1 || break; sleep 1; done
done
