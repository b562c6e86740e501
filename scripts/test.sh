#!/usr/bin/env bash
# Run Marsad's checks and tests: ruff, mypy, then pytest with a real Neo4j started by `marsad neo4j start`
# (or the one MARSAD_NEO4J_URI points at) and headless Chromium. Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
say() { printf '\033[1m[test]\033[0m %s\n' "$*" >&2; }

say "ruff"
.venv/bin/ruff check .
say "mypy"
.venv/bin/mypy

export MARSAD_HOME=${MARSAD_TEST_HOME:-$(mktemp -d -t marsad-test-XXXXXX)}
export MARSAD_REQUIRE_NEO4J=1 MARSAD_REQUIRE_BROWSER=1
started=0
if [[ -z "${MARSAD_NEO4J_URI:-}" ]]; then
  say "starting Neo4j under $MARSAD_HOME"
  .venv/bin/marsad neo4j start
  started=1
fi
stop_neo4j() { if (( started )); then .venv/bin/marsad neo4j stop || true; fi; }
trap stop_neo4j EXIT

say "pytest"
set +e
$PY -m pytest "$@"
status=$?
set -e
if (( status == 5 )); then
  say "pytest collected no tests: that is a failure"
  status=1
fi
exit $status
