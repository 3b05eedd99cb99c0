#!/usr/bin/env bash
# Sign-in time through the UI (issue 13): each sign-in is a new browser that opens the app, is sent to Keycloak's
# login form and POSTs it; timed from that POST until the first app page's body has arrived, through Keycloak's
# answer, the app's callback (token exchange, validation, session) and the landing redirect. Reports median, p90
# and max, whole and per hop (SignInBenchmark and SignInColdStarts in modules/bench). Two modes:
#
#   deploy/bench/signin.sh          # against a running stack (deploy/run.sh, or HUB_URL): 20 sign-ins, the demo
#                                   # users taking turns
#   BENCH_COLD_STARTS=true deploy/bench/signin.sh
#                                   # starts its own Keycloak and provisioner, then the app afresh each round with
#                                   # its sign-in warm-up off, then on, and times the first sign-ins after each start
#
# Settings: BENCH_SIGNINS (20; per start in cold-start mode: 7), BENCH_USERS (the seven demo users), BENCH_ROUNDS
# (2), and for cold starts its ports and database: BENCH_KEYCLOAK_PORT (18280), BENCH_PROVISIONER_PORT (18281),
# BENCH_APP_PORT (18282), BENCH_DB (hub_bench_signin). HUB_SKIP_BUILD=true starts from the last build.
set -euo pipefail
# Full JIT for figures meant for production (the dev stack otherwise compiles with C1 only: docs/operations.md).
export HUB_JIT=full
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
USERS=${BENCH_USERS:-"coventry-editor pcm adviser-wm admin coventry-viewer adviser-ne gateshead-editor"}
if [[ "${HUB_SKIP_BUILD:-}" != "true" ]]; then
  mvn -B -q package -DskipTests -DskipITs
fi
cp="modules/bench/target/classes:$(cat modules/bench/target/classpath.txt)"
if [[ "${BENCH_COLD_STARTS:-}" == "true" ]]; then
  # shellcheck disable=SC2086
  exec java -cp "$cp" uk.gov.lga.hub.bench.SignInColdStarts "$root" "${BENCH_DB:-hub_bench_signin}" \
    "${BENCH_KEYCLOAK_PORT:-18280}" "${BENCH_PROVISIONER_PORT:-18281}" "${BENCH_APP_PORT:-18282}" \
    "${BENCH_ROUNDS:-2}" "${BENCH_SIGNINS:-7}" $USERS
fi
BASE=${HUB_URL:-http://localhost:8080}
curl -sf "$BASE/health/ready" >/dev/null || { echo "no stack answers at $BASE (start deploy/run.sh)" >&2; exit 1; }
# shellcheck disable=SC2086
exec java -cp "$cp" uk.gov.lga.hub.bench.SignInBenchmark "$BASE" "${BENCH_SIGNINS:-20}" $USERS
