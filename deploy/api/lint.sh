#!/usr/bin/env bash
# Lints the committed API contract (docs/api/openapi.yaml, the file /openapi must serve; OpenApiContractIT checks
# that) with Redocly's "recommended" rules, and prints the counts. Exits non-zero on any error.
# Usage: deploy/api/lint.sh [file]   (needs Node.js; npx fetches the pinned CLI once)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
contract="${1:-$root/docs/api/openapi.yaml}"
redocly="@redocly/cli@2.77.0"

set +e
out="$(npx --yes "$redocly" lint --extends recommended --format stylish "$contract" 2>&1)"
status=$?
set -e
echo "$out"
errors=$(grep -c ' error ' <<<"$out" || true)
warnings=$(grep -c ' warning ' <<<"$out" || true)
echo "[api] $contract: $errors error(s), $warnings warning(s) ($redocly, extends recommended)"
exit $status
