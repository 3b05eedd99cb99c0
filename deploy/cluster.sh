#!/usr/bin/env bash
# What deploy/run.sh runs, with the app as a cluster: PostgreSQL, Keycloak on :8180, the provisioner on :8181 and
# GreenMail stay single; HUB_CLUSTER (default 2) Payara Micro instances on :8081, :8082, ... share their web sessions
# through Payara's Hazelcast data grid, behind HAProxy on :8080 (so every address is the same as run.sh's).
# Foreground; Ctrl-C stops everything it started. deploy/bench/failover.sh kills an instance under load.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if ! command -v haproxy >/dev/null && [[ ! -x /usr/sbin/haproxy ]]; then
  echo "[hub] installing haproxy (the balancer in front of the instances)"
  sudo_="" && [[ $(id -u) -ne 0 ]] && sudo_="sudo"
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq haproxy >/dev/null
fi

if [[ "${HUB_SKIP_BUILD:-}" != "true" ]]; then
  echo "[hub] building (mvn -B -q install -DskipTests) ..."
  mvn -B -q install -DskipTests
fi

export HUB_CLUSTER="${HUB_CLUSTER:-2}"
exec java -cp "modules/devstack/target/classes:$(cat modules/devstack/target/classpath.txt)" \
  uk.gov.lga.hub.devstack.DevStack "$root"
