#!/usr/bin/env bash
# Losing an instance under load (issue 17), against a running deploy/cluster.sh. Signs in to the UI through HAProxy
# with curl (the OIDC code flow, a cookie jar), notes the instance that holds the session, then runs two wrk loads
# through HAProxy for FAILOVER_SECONDS (30): an authenticated API read (Coventry's challenge as coventry-viewer) and
# a public read (the published reports). FAILOVER_KILL_AT (10) seconds in it kill -9s the instance that holds the UI
# session and asks for a protected page again with the same cookie jar. Prints per load: requests, answers that were
# not 2xx, socket errors, which instance answered, in which second the failures came, against the estimate of what
# was in flight on the killed instance (connections x its share); then whether the UI session survived. Exits 1
# when more failed than the estimate, anything failed after HAProxy had taken the instance out (2 s), or the
# session was lost. wrk's timeout is 10 s, so a slow answer on a busy machine is not counted as a failure. Restart
# the killed instance by restarting cluster.sh.
#
#   deploy/bench/failover.sh
#   FAILOVER_SECONDS=30 FAILOVER_KILL_AT=10 FAILOVER_CONNECTIONS=8 HUB_URL=... HUB_KEYCLOAK=... deploy/bench/failover.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
BASE=${HUB_URL:-http://localhost:8080}; KC=${HUB_KEYCLOAK:-http://localhost:8180}; RUN=${HUB_RUN_DIR:-$root/deploy/.run}
DURATION=${FAILOVER_SECONDS:-30}; KILL_AT=${FAILOVER_KILL_AT:-10}; CONNECTIONS=${FAILOVER_CONNECTIONS:-8}
COUNCIL=E08000026; USER_=coventry-editor
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT; jar="$tmp/cookies"

instance_of() { grep -i '^x-hub-instance:' "$1" | tr -d '\r' | awk '{print $2}'; }
if ! curl -sf -D "$tmp/h" -o /dev/null "$BASE/health/ready" || [[ -z "$(instance_of "$tmp/h")" ]]; then
  echo "No cluster answers at $BASE (no X-Hub-Instance header): start deploy/cluster.sh first." >&2
  exit 1
fi
command -v wrk >/dev/null || { echo "[failover] installing wrk"; apt-get update -qq;
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

# 1. Sign in to the UI as a browser would: the app sends us to Keycloak's form, we post it, Keycloak sends us back.
form=$(curl -s -L -c "$jar" -b "$jar" "$BASE/app/")
action=$(grep -o 'id="kc-form-login"[^>]*action="[^"]*"' <<<"$form" | sed 's/.*action="\([^"]*\)"/\1/; s/&amp;/\&/g')
[[ -n "$action" ]] || { echo "no Keycloak sign-in form after GET $BASE/app/" >&2; exit 1; }
landed=$(curl -s -L -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{url_effective}' \
  --data-urlencode "username=$USER_" --data-urlencode password=demo "$action")
[[ "$landed" == "200 $BASE/app/"* ]] || { echo "sign-in did not land on the app: $landed" >&2; exit 1; }
protected() { # -> "status instance signed-in|signed-out": /app/ sends a signed-in user on to their home page
  local landed
  landed=$(curl -s -L -c "$jar" -b "$jar" -D "$tmp/ph" -o "$tmp/page" -w '%{http_code} %{url_effective}' "$BASE/app/")
  echo "${landed%% *} $(instance_of "$tmp/ph" | tail -1)" \
    "$([[ "${landed#* }" == "$BASE/app/"* ]] && grep -q 'auth/sign-out' "$tmp/page" && echo signed-in || echo signed-out)"
}
read -r code holder state < <(protected)
[[ "$code $state" == "200 signed-in" ]] || { echo "not signed in after sign-in: $code $state" >&2; exit 1; }
victim_pid=$(cat "$RUN/instance-${holder#hub-}/payara.pid")
echo "[failover] $USER_ signed in to the UI through $BASE; the session is held by $holder (pid $victim_pid)"

# 2. The loads, and the kill part-way through.
token=$(curl -sf -d grant_type=password -d client_id=hub-cli -d username=coventry-viewer -d password=demo \
  "$KC/realms/lga/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
challenge=$(curl -sf -H "Authorization: Bearer $token" "$BASE/api/v1/councils/$COUNCIL/challenges" \
  | grep -o '"id":[0-9]*,"kind"' | head -1 | sed 's/[^0-9]//g')
[[ -n "$challenge" ]] || { echo "Coventry has no challenge: is the demo data loaded?" >&2; exit 1; }
instances=$(ls -d "$RUN"/instance-* | wc -l)
echo "[failover] wrk -t2 -c$CONNECTIONS for ${DURATION}s on each of: GET /api/v1/challenges/$challenge (bearer)," \
  "GET /api/v1/public/reports; kill -9 of $holder at ${KILL_AT}s; $instances instances"
started=$(date +%s)
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$root/deploy/bench/failover.lua" -H "Authorization: Bearer $token" \
  "$BASE/api/v1/challenges/$challenge" -- "$started" >"$tmp/api" 2>&1 &
api=$!
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$root/deploy/bench/failover.lua" \
  "$BASE/api/v1/public/reports" -- "$started" >"$tmp/public" 2>&1 &
public=$!
sleep "$KILL_AT"
kill -9 "$victim_pid"
killed=$(date +%s.%N)
echo "[failover] killed $holder (kill -9 $victim_pid) at $(awk -v k="$killed" -v s="$started" 'BEGIN{printf "%.1f", k-s}') s"
read -r code after state < <(protected)
echo "[failover] UI right after the kill: GET /app/ with the same cookies -> $code from $after, $state" \
  "($(awk -v k="$killed" 'BEGIN{"date +%s.%N" | getline n; printf "%.2f", n-k}') s after the kill)"
ui_ok=$([[ "$code $state" == "200 signed-in" && "$after" != "$holder" ]] && echo yes || echo no)
wait "$api" "$public"

# 3. The figures.
down=$(grep -a "$holder is DOWN" "$RUN/haproxy.log" | tail -1 | awk '{print $1}')
[[ -n "$down" ]] && echo "[failover] HAProxy took $holder out $(awk -v k="$killed" -v d="$(date -d "$down" +%s.%N)" \
  'BEGIN{printf "%.2f", d-k}') s after the kill"
verdict=0; all=0; allfailed=0
for load in api public; do
  out=$(cat "$tmp/$load")
  cp "$tmp/$load" "$RUN/failover-$load.txt"
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  sock=$(grep -o 'Socket errors:.*' <<<"$out" || true)
  sockn=$(grep -o '[0-9]\+' <<<"${sock:-0}" | awk '{n += $1} END {print n + 0}')
  inflight=$(( (CONNECTIONS + instances - 1) / instances ))
  late=$(grep -o 'failed-in-second.*' <<<"$out" | tr ' ' '\n' \
    | awk -F= -v k="$KILL_AT" 'NF == 2 && $1 > k + 2 {n += $2} END {print n + 0}')
  printf '[failover] %-6s %7s requests, %s not 2xx, %s socket errors (%s), answered by: %s; failures by second: %s;' \
    "$load" "$total" "$non2xx" "$sockn" "${sock:-none}" "$(grep -o 'answered-by.*' <<<"$out" | cut -d' ' -f2-)" \
    "$(grep -o 'failed-in-second.*' <<<"$out" | cut -s -d' ' -f2- | tr ' ' '\n' | sort -n | paste -sd' ' || true)"
  printf ' in flight on %s at the kill at most ~%s (%s connections x 1/%s); failed after %s s: %s\n' \
    "$holder" "$inflight" "$CONNECTIONS" "$instances" "$((KILL_AT + 2))" "$late"
  (( non2xx + sockn <= inflight && late == 0 )) || verdict=1
  all=$((all + total)); allfailed=$((allfailed + non2xx + sockn))
done
echo "[failover] in all: $all requests, $allfailed failed; UI session survived the kill: $ui_ok"
[[ "$ui_ok" == yes ]] || verdict=1
exit "$verdict"
