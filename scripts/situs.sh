#!/usr/bin/env bash
# Install, then build the site on the data in satker/ and serve it at http://127.0.0.1:8000
# ("bash scripts/situs.sh build" only builds into site/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/pasang.sh
export NO_MKDOCS_2_WARNING=1
if [ "${1:-serve}" = "build" ]; then
  mkdocs build --strict
else
  mkdocs serve --strict -a 127.0.0.1:8000
fi
