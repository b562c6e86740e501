#!/usr/bin/env bash
# Set up Marsad on a fresh machine: a virtualenv in .venv with the package (and, with --dev, the test
# tools, Chromium for browser tests and the front-end libraries), and the Neo4j launcher built by Maven.
#   bash scripts/setup.sh          # what `marsad` needs to ingest, query and serve
#   bash scripts/setup.sh --dev    # plus what the test suite needs
set -euo pipefail
cd "$(dirname "$0")/.."
dev=0
[[ "${1:-}" == "--dev" ]] && dev=1

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

need_apt=()
command -v java >/dev/null || need_apt+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || need_apt+=(maven)
command -v npm >/dev/null || need_apt+=(nodejs npm)
if (( ${#need_apt[@]} )); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    say "installing ${need_apt[*]} with apt-get"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
  else
    say "missing: ${need_apt[*]} (Java 17 + Maven run the Neo4j launcher, npm brings the front-end libraries); install them and rerun"
    exit 1
  fi
fi

PY=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  say "creating .venv with $($PY --version)"
  $PY -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if (( dev )); then
  say "installing marsad with its test tools into .venv"
  .venv/bin/python -m pip install -q -e '.[dev]'
else
  say "installing marsad into .venv"
  .venv/bin/python -m pip install -q -e .
fi

if [[ -f .ci/frontend-setup.sh ]]; then
  bash .ci/frontend-setup.sh
fi
if [[ -f .ci/neo4j-setup.sh ]]; then
  bash .ci/neo4j-setup.sh
fi
if (( dev )) && [[ -f .ci/browser-setup.sh ]]; then
  bash .ci/browser-setup.sh
fi
say "done: run .venv/bin/marsad --help"
