#!/usr/bin/env bash
# Install everything the project needs on a fresh Debian machine (run as root or with sudo):
# Chromium for browser tests and PDF printing, poppler for PDF checks, LibreOffice Calc for the
# spreadsheet test, Node/npm for the form editor, the Python package.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi
if command -v apt-get >/dev/null; then
  # fonts-liberation: the LKj PDF is set in Liberation Sans and its table column widths use its metrics
  if ! command -v chromium >/dev/null || ! command -v pdftoppm >/dev/null \
      || ! [ -e /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ]; then
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils fonts-dejavu-core \
      fonts-liberation >/dev/null
  fi
fi
# LibreOffice Calc (headless): tests/e2e/test_lembar_kerja.py opens the open-data CSVs in Calc set to
# Indonesian, as a visitor's spreadsheet would. Not needed to build the site: a failed install is reported
# and that test skips.
if command -v apt-get >/dev/null && ! command -v soffice >/dev/null; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui \
    >/dev/null || echo "pasang.sh: LibreOffice Calc tidak terpasang; uji lembar kerja dilewati" >&2
fi
# --- editor formulir (/admin/, Decap CMS): Node.js dan npm dari Debian, lalu paket JavaScript persis
# seperti package-lock.json (npm ci, dari registri npm). Dilewati bila node_modules sudah sesuai kunci.
if command -v apt-get >/dev/null && { ! command -v node >/dev/null || ! command -v npm >/dev/null; }; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
if command -v npm >/dev/null; then
  kunci="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ "$(cat node_modules/.lakip-kunci 2>/dev/null)" != "$kunci" ]; then
    npm ci --no-audit --no-fund --loglevel=error
    echo "$kunci" > node_modules/.lakip-kunci
  fi
else
  echo "pasang.sh: npm tidak ada; editor formulir /admin/ tidak dibuat (pasang Node.js dan npm, lalu ulangi)" >&2
fi
# --- akhir editor formulir
python3 -m pip install -q -e '.[situs,test]' 2>&1 | grep -v "is ignored: it is neither a file nor a directory" || true
python3 -c "import lakip"
python3 -m pagefind --version >/dev/null  # the search index is built with the binary this package ships 
