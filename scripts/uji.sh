#!/usr/bin/env bash
# The test command of the README: install what is missing, check the data, run every test tier.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/pasang.sh
export NO_MKDOCS_2_WARNING=1
lakip check satker
python3 -m pytest -q -p no:cacheprovider
