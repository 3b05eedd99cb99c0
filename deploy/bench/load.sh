#!/usr/bin/env bash
# The read path under load (issue 17): the Hub's reads side by side with two yardsticks deployed beside them in the
# same server, in one run, with wrk (2 threads, 32 connections, a warm-up, then rounds alternating between the
# endpoints). Starts nothing itself: run HUB_JIT=full deploy/run.sh first (it turns on hub.dev.bench-endpoints, which
# deploys the yardsticks, and loads the demo data these reads address; HUB_JIT=full keeps the C2 compiler).
#
#   no-op      GET /dev/bench/noop                         constant JSON from a plain servlet: the server's own cost
#   one-row    GET /dev/bench/row?code=E08000026           the same plus one council row read by key on the app's pool
#   challenge  GET /api/v1/challenges/{id}                 Coventry's challenge, as coventry-viewer
#   plan       GET /api/v1/action-plans/{id}               its action plan, as coventry-viewer
#   list       GET /api/v1/councils/E08000026/challenges   the council's challenge list, as coventry-viewer
#   dashboard  GET /api/v1/progress/regions/west-midlands  the West Midlands dashboard, as adviser-wm
#   public     GET /api/v1/public/reports                  the published reports, signed out
#
# Prints each endpoint's req/s (mean of the rounds), p50 (mean) and p99 (worst round), then the ratios the issue sets
# targets for: challenge / one-row >= 0.5 with p99 < 100 ms, plan / one-row >= 0.3.
#
#   deploy/bench/load.sh
#   BENCH_SECONDS=12 BENCH_ROUNDS=3 BENCH_CONNECTIONS=32 BENCH_WARMUP=5 deploy/bench/load.sh
set -euo pipefail
BASE=${HUB_URL:-http://localhost:8080}; KC=${HUB_KEYCLOAK:-http://localhost:8180}
SECONDS_EACH=${BENCH_SECONDS:-12}; ROUNDS=${BENCH_ROUNDS:-2}; CONNECTIONS=${BENCH_CONNECTIONS:-32}
WARMUP=${BENCH_WARMUP:-5}; COUNCIL=E08000026

if ! curl -sf "$BASE/health/ready" >/dev/null 2>&1; then
  echo "No Hub answers at $BASE: start one with HUB_JIT=full deploy/run.sh (or set HUB_URL), then run this again." >&2
  exit 1
fi
if ! command -v wrk >/dev/null; then
  echo "[bench] installing wrk"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

token() { curl -sf -d grant_type=password -d client_id=hub-cli -d username="$1" -d password=demo \
  "$KC/realms/lga/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }
viewer=$(token coventry-viewer); adviser=$(token adviser-wm); manager=$(token pcm)
challenge=$(curl -sf -H "Authorization: Bearer $manager" "$BASE/api/v1/councils/$COUNCIL/challenges" \
  | grep -o '"id":[0-9]*,"kind"' | head -1 | sed 's/[^0-9]//g')
[[ -n "$challenge" ]] || { echo "Coventry has no challenge: is the demo data loaded?" >&2; exit 1; }

names=(no-op one-row challenge plan list dashboard public)
declare -A url auth
url[no-op]="$BASE/dev/bench/noop";                              auth[no-op]=""
url[one-row]="$BASE/dev/bench/row?code=$COUNCIL";               auth[one-row]=""
url[challenge]="$BASE/api/v1/challenges/$challenge";            auth[challenge]="$viewer"
url[plan]="$BASE/api/v1/action-plans/$challenge";               auth[plan]="$viewer"
url[list]="$BASE/api/v1/councils/$COUNCIL/challenges";          auth[list]="$viewer"
url[dashboard]="$BASE/api/v1/progress/regions/west-midlands";   auth[dashboard]="$adviser"
url[public]="$BASE/api/v1/public/reports";                      auth[public]=""

for name in "${names[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' ${auth[$name]:+-H "Authorization: Bearer ${auth[$name]}"} "${url[$name]}")
  if [[ "$code" != 200 ]]; then
    echo "$name (${url[$name]}) answered $code" >&2
    [[ "$name" == no-op || "$name" == one-row ]] && echo "the yardsticks need hub.dev.bench-endpoints=true (deploy/run.sh sets it)" >&2
    exit 1
  fi
done

# wrk's latency ("812.00us", "1.20ms", "1.01s") in milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000;
  else if (v ~ /m$/) n *= 60000; printf "%.2f", n }'; }
run() { # name seconds -> "req/s p50 p99"
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$2s" --latency ${auth[$1]:+-H "Authorization: Bearer ${auth[$1]}"} "${url[$1]}")
  if grep -q "Non-2xx" <<<"$out"; then echo "$1: some answers were not 2xx" >&2; grep "Non-2xx" <<<"$out" >&2; fi
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")" \
    "$(ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")"
}

echo "[bench] $BASE, challenge $challenge; wrk -t2 -c$CONNECTIONS, warm-up ${WARMUP}s each, $ROUNDS rounds of ${SECONDS_EACH}s"
for name in "${names[@]}"; do run "$name" "$WARMUP" >/dev/null; done
declare -A rps p50 p99
for name in "${names[@]}"; do rps[$name]=0; p50[$name]=0; p99[$name]=0; done
for round in $(seq 1 "$ROUNDS"); do
  line="round $round:"
  for name in "${names[@]}"; do
    read -r r a b < <(run "$name" "$SECONDS_EACH")
    rps[$name]=$(awk -v s="${rps[$name]}" -v r="$r" 'BEGIN { print s + r }')
    p50[$name]=$(awk -v s="${p50[$name]}" -v r="$a" 'BEGIN { print s + r }')
    p99[$name]=$(awk -v s="${p99[$name]}" -v r="$b" 'BEGIN { print (r > s ? r : s) }')
    line+=$(printf ' %s %.0f' "$name" "$r")
  done
  echo "$line"
done

printf '\n%-10s %10s %10s %10s  %s\n' endpoint 'req/s' 'p50 ms' 'p99 ms' url
for name in "${names[@]}"; do
  rps[$name]=$(awk -v s="${rps[$name]}" -v n="$ROUNDS" 'BEGIN { printf "%.1f", s / n }')
  printf '%-10s %10.0f %10.1f %10.1f  %s\n' "$name" "${rps[$name]}" \
    "$(awk -v s="${p50[$name]}" -v n="$ROUNDS" 'BEGIN { print s / n }')" "${p99[$name]}" "${url[$name]%%\?*}"
done
ratio() { awk -v a="${rps[$1]}" -v b="${rps[$2]}" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "ratios to one-row: challenge $(ratio challenge one-row) (target >= 0.5, p99 ${p99[challenge]} ms, target < 100)," \
  "plan $(ratio plan one-row) (target >= 0.3), list $(ratio list one-row), dashboard $(ratio dashboard one-row)," \
  "public $(ratio public one-row)"
echo "one-row / no-op $(ratio one-row no-op); challenge / no-op $(ratio challenge no-op)"
