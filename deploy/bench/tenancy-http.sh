#!/usr/bin/env bash
# The tenant machinery seen over HTTP, against a running stack (deploy/run.sh), side by side in one run with wrk.
#
#   shared:  GET /api/v1/councils/E08000026/challenges  - find the council, list its challenges (one transaction)
#   tenant:  GET /api/v1/challenges/{id}/responses      - find the challenge's council, then a transaction of its
#                                                         own bound to the council (EclipseLink tenant property and
#                                                         set_config), list its responses
# Both read one lookup and one short list as coventry-viewer; the second also pays for the tenant wall.
# Not a perfect A/B (the queries differ slightly); deploy/bench/tenancy-cost.sh isolates the database's share.
set -euo pipefail
BASE=${HUB_URL:-http://localhost:8080}; KC=${HUB_KEYCLOAK:-http://localhost:8180}
SECONDS_EACH=${BENCH_SECONDS:-10}; ROUNDS=${BENCH_ROUNDS:-3}; CONNECTIONS=${BENCH_CONNECTIONS:-8}
command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 1; }
token() { curl -sf -d grant_type=password -d client_id=hub-cli -d username="$1" -d password=demo \
  "$KC/realms/lga/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }
T=$(token coventry-viewer); P=$(token pcm)
challenge=$(curl -sf -H "Authorization: Bearer $P" "$BASE/api/v1/councils/E08000026/challenges" \
  | sed 's/.*"id":\([0-9]*\),"kind".*"id":.*/\1/; s/^[^0-9].*"id":\([0-9]*\).*/\1/')
shared="$BASE/api/v1/councils/E08000026/challenges"; tenant="$BASE/api/v1/challenges/$challenge/responses"
for url in "$shared" "$tenant"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $T" "$url")
  [[ "$code" == 200 ]] || { echo "$url answered $code" >&2; exit 1; }
done
rps() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" -H "Authorization: Bearer $T" "$1" | awk '/Requests\/sec/ {print $2}'; }
wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $T" "$shared" >/dev/null   # warm-up
wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $T" "$tenant" >/dev/null
s_total=0; t_total=0
for round in $(seq 1 "$ROUNDS"); do
  s=$(rps "$shared"); t=$(rps "$tenant")
  printf 'round %d: shared %8.0f req/s   tenant-bound %8.0f req/s\n' "$round" "$s" "$t"
  s_total=$(echo "$s_total + $s" | bc -l); t_total=$(echo "$t_total + $t" | bc -l)
done
printf 'mean: shared %.0f req/s, tenant-bound %.0f req/s, ratio %.3f (%d connections, %d x %d s each)\n' \
  "$(echo "$s_total / $ROUNDS" | bc -l)" "$(echo "$t_total / $ROUNDS" | bc -l)" "$(echo "$t_total / $s_total" | bc -l)" \
  "$CONNECTIONS" "$ROUNDS" "$SECONDS_EACH"
