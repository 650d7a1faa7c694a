#!/usr/bin/env bash
# Editor formulir di komputer sendiri: decap-server menulis ke folder kerja repositori ini
# (satker/), mkdocs serve menyajikan situs dan editornya di http://127.0.0.1:8000/admin/.
# Setiap simpanan langsung mengubah berkas di disk (lihat dengan git diff), situs dibangun ulang.
# Hentikan keduanya dengan Ctrl+C.
#   PORT_EDITOR=8081 (decap-server), PORT_SITUS=8000 (mkdocs serve)
#   ALUR_USULAN=1: each save becomes a branch cms/<jenis>/<satker-tahun> of this repository and
#   'Terbitkan' merges it, as on the git host (needs 'cms: {alur_usulan: true}' in mkdocs.yml)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${LEWATI_PASANG:-}" = "1" ] || bash scripts/pasang.sh
export NO_MKDOCS_2_WARNING=1
PORT_EDITOR="${PORT_EDITOR:-8081}"
PORT_SITUS="${PORT_SITUS:-8000}"
if [ "$PORT_EDITOR" != 8081 ]; then
  # the page looks for decap-server at localhost:8081 unless mkdocs.yml says otherwise (cms: proxy_lokal)
  echo "editor.sh: PORT_EDITOR selain 8081 perlu 'cms: {proxy_lokal: http://localhost:$PORT_EDITOR/api/v1}' di mkdocs.yml" >&2
fi
MODE="$([ "${ALUR_USULAN:-}" = "1" ] && echo git || echo fs)" GIT_REPO_DIRECTORY="$PWD" PORT="$PORT_EDITOR" BIND_HOST=127.0.0.1 LOG_LEVEL=warn \
  node node_modules/decap-server/dist/index.js &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT INT TERM
echo "Editor: http://127.0.0.1:$PORT_SITUS/admin/ (pilih satker, klik Masuk). Situs: http://127.0.0.1:$PORT_SITUS/"
mkdocs serve -a "127.0.0.1:$PORT_SITUS"
