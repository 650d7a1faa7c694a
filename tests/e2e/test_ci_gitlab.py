"""The GitLab CI template: its script run as GitLab's runner runs it, on a merge request's clone.

The ``periksa`` job's script lines are joined into one bash script with ``set -eo pipefail``
(what the runner does) and run in a clone that changes one realisasi, with GitLab's
predefined variables for a merge request into ``main``. The install lines (apt-get, pip)
are left out: this machine has lakip, MkDocs and Chromium already. The comment is posted
to a stand-in of GitLab's notes API on 127.0.0.1 (the real GitLab cannot be reached here):
one note, updated in place on the next run.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest
import yaml
from bantu_situs import AKAR, UJI, env_git, git_uji
from conftest import tulis_proyek

TEMPLAT = AKAR / "templates" / "gitlab" / "lakip.gitlab-ci.yml"
ENV_GIT = env_git("Staf")

pytestmark = pytest.mark.skipif(shutil.which("git") is None or shutil.which("lakip") is None,
                                reason="git atau lakip tidak ada")


git = functools.partial(git_uji, env=ENV_GIT)


def templat() -> dict[str, Any]:
    data = yaml.safe_load(TEMPLAT.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_templat_tersusun() -> None:
    t = templat()
    assert t["workflow"]["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'}]
    assert t["variables"]["GIT_DEPTH"] == "0"
    skrip = t["periksa"]["script"]
    assert [s.split(" >")[0] for s in skrip if s.startswith(("lakip ", "mkdocs "))] == [
        "lakip check satker", "lakip rapikan --periksa satker", "mkdocs build --strict", "lakip verifikasi site",
        'lakip diff "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" HEAD --format markdown',
        'lakip komentar --cek "$HASIL_CEK" --rapi "$HASIL_RAPI" --bangun "$HASIL_BANGUN" --verifikasi "$HASIL_VERIFIKASI"']
    assert skrip.index("rm -rf .lakip-cache") < next(i for i, s in enumerate(skrip) if s.startswith("lakip check"))
    assert t["periksa"]["artifacts"]["when"] == "always"


class _ApiCatatan(http.server.BaseHTTPRequestHandler):
    catatan: list[dict[str, Any]] = []
    permintaan: list[tuple[str, str, str]] = []

    def _jawab(self, data: Any) -> None:
        isi = json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(isi)))
        self.end_headers()
        self.wfile.write(isi)

    def _badan(self) -> dict[str, Any]:
        data = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        assert isinstance(data, dict)
        return data

    def do_GET(self) -> None:  # noqa: N802
        self.permintaan.append(("GET", self.path, self.headers["PRIVATE-TOKEN"]))
        self._jawab(self.catatan)

    def do_POST(self) -> None:  # noqa: N802
        self.permintaan.append(("POST", self.path, self.headers["PRIVATE-TOKEN"]))
        self.catatan.append({"id": len(self.catatan) + 7, "body": self._badan()["body"]})
        self._jawab(self.catatan[-1])

    def do_PUT(self) -> None:  # noqa: N802
        self.permintaan.append(("PUT", self.path, self.headers["PRIVATE-TOKEN"]))
        nid = int(self.path.rsplit("/", 1)[1])
        n = next(c for c in self.catatan if c["id"] == nid)
        n["body"] = self._badan()["body"]
        self._jawab(n)

    def log_message(self, *args: Any) -> None:
        pass


def test_skrip_merge_request(tmp_path: Path) -> None:
    asal = tmp_path / "asal"
    tulis_proyek(asal, UJI / "fixtures" / "satker")
    git(asal, "init", "-q", "-b", "main")
    git(asal, "add", ".")
    git(asal, "commit", "-q", "-m", "Data awal")
    git(tmp_path, "clone", "-q", str(asal), "klon")
    klon = tmp_path / "klon"
    git(klon, "checkout", "-q", "-b", "cms/realisasi/kab-contoh-2024")
    berkas = klon / "satker" / "kab-contoh" / "2024" / "realisasi.md"
    berkas.write_text(berkas.read_text().replace("  - indikator: IK1.1\n    nilai: 50\n",
                                                 "  - indikator: IK1.1\n    nilai: 60\n", 1))
    git(klon, "commit", "-q", "-am", "Ubah Realisasi kinerja kab-contoh-2024")

    _ApiCatatan.catatan, _ApiCatatan.permintaan = [], []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _ApiCatatan)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    pasang = ("apt-get ", "python -m pip install")
    skrip = "set -eo pipefail\n" + "\n".join(s for s in templat()["periksa"]["script"] if not s.startswith(pasang))
    env = {**os.environ, **ENV_GIT, "PYTHONUTF8": "1", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main",
           "CI_API_V4_URL": f"http://127.0.0.1:{server.server_address[1]}/api/v4", "CI_PROJECT_ID": "12",
           "CI_MERGE_REQUEST_IID": "3", "LAKIP_TOKEN_KOMENTAR": "rahasia"}
    try:
        for _ in range(2):  # the second run (a new save) updates the same note
            hasil = subprocess.run(["bash", "-c", skrip], cwd=klon, env=env, capture_output=True, text=True,
                                   timeout=600, check=False)
            assert hasil.returncode == 0, hasil.stdout + hasil.stderr
    finally:
        server.shutdown()
    komentar = (klon / "komentar.md").read_text(encoding="utf-8")
    assert komentar.startswith("## Hasil pemeriksaan otomatis\n\nSemua pemeriksaan lolos")
    assert "- IK1.1 (Persentase naskah akademik PKPU berbasis riset): realisasi 50% → 60%" in komentar
    assert "`origin/main (" in komentar
    assert [c["body"] for c in _ApiCatatan.catatan] == ["<!-- lakip-komentar -->\n" + komentar]
    jalur = "/api/v4/projects/12/merge_requests/3/notes"
    assert [(m, p) for m, p, _ in _ApiCatatan.permintaan] == [
        ("GET", jalur + "?per_page=100"), ("POST", jalur), ("GET", jalur + "?per_page=100"), ("PUT", jalur + "/7")]
    assert {t for _, _, t in _ApiCatatan.permintaan} == {"rahasia"}


def test_pemeriksaan_gagal_menggagalkan_job(tmp_path: Path) -> None:
    asal = tmp_path / "asal"
    tulis_proyek(asal, UJI / "fixtures" / "satker")
    berkas = asal / "satker" / "kab-contoh" / "2024" / "realisasi.md"
    berkas.write_text(berkas.read_text().replace("    nilai: 50\n", "    nilai: 60,5\n", 1))
    git(asal, "init", "-q", "-b", "main")
    git(asal, "add", ".")
    git(asal, "commit", "-q", "-m", "Data")
    git(asal, "checkout", "-q", "-b", "usulan")
    pasang = ("apt-get ", "python -m pip install", "mkdocs ", "lakip verifikasi")
    skrip = "set -eo pipefail\n" + "\n".join(s for s in templat()["periksa"]["script"] if not s.startswith(pasang))
    env = {**os.environ, **ENV_GIT, "PYTHONUTF8": "1", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"}
    git(asal, "remote", "add", "origin", str(asal))
    hasil = subprocess.run(["bash", "-c", skrip], cwd=asal, env=env, capture_output=True, text=True, timeout=600,
                           check=False)
    assert hasil.returncode != 0
    komentar = (asal / "komentar.md").read_text(encoding="utf-8")
    assert "- ❌ Data (lakip check): belum lolos." in komentar
    assert "satker/kab-contoh/2024/realisasi.md:" in komentar and "60,5" in komentar
