#!/usr/bin/env bash
# Runs Peer Challenge Hub with demo data: PostgreSQL (HUB_DB_URL, else 127.0.0.1:5432, else an embedded one),
# Keycloak on :8180 (unless HUB_KEYCLOAK_REALM_URL points at one) and the app on :8080.
# Foreground; Ctrl-C stops everything it started.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [[ "${HUB_SKIP_BUILD:-}" != "true" ]]; then
  echo "[hub] building (mvn -B -q install -DskipTests) ..."
  mvn -B -q install -DskipTests
fi

exec java -cp "modules/devstack/target/classes:$(cat modules/devstack/target/classpath.txt)" \
  uk.gov.lga.hub.devstack.DevStack "$root"
