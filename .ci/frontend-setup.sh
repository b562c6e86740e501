#!/usr/bin/env bash
# Install the front-end libraries Marsad serves itself under /static/vendor (Chart.js, cytoscape),
# from npm with the versions locked in package-lock.json. Never a CDN: the pages load them from Marsad.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[frontend]\033[0m %s\n' "$*" >&2; }
if ! command -v npm >/dev/null 2>&1; then
  say "npm not found: apt-get install -y nodejs npm (the pages still work, without charts and graph drawing)"
  exit 1
fi
files=(node_modules/chart.js/dist/chart.umd.js node_modules/cytoscape/dist/cytoscape.min.js
       node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css)
if [[ -f ${files[0]} && -f ${files[1]} && -f ${files[2]} && -f ${files[3]} ]] \
   && [[ node_modules/.package-lock.json -nt package-lock.json ]]; then
  say "front-end libraries already installed"
else
  say "installing Chart.js, cytoscape and Swagger UI from npm (package-lock.json)"
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
fi
# The package serves them from api/static/vendor (git-ignored), so a wheel built afterwards carries them.
mkdir -p api/static/vendor
for file in "${files[@]}"; do
  [[ -f "$file" ]] || { say "missing after install: $file"; exit 1; }
  cp "$file" api/static/vendor/
done
say "done: served by Marsad under /static/vendor/"
