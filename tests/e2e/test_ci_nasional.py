"""The national portal's CI template: its shards, artifacts and final build, run as GitHub would run them.

Each matrix job runs in a fresh clone of a temporary repository (the portal fixture with a
minimal mkdocs.yml) with the workflow's ``env:`` and its own ``matrix.bagian``; "upload" and
"download" of artifacts are copies between folders; the PDF cache of the final job is what
``actions/cache`` keeps for the next run. The final job builds with an engine that can say its
version but cannot print: every PDF must come from the shards. A run after another satker's
change prints nothing; a run after the LKj's own satker changed prints it again. The rest checks the hardening, as for ``lakip.yml``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from bantu_situs import AKAR, FIXTURE_PORTAL
from conftest import tulis_proyek
from test_cache_pdf import mesin_palsu
from test_ci_template import ENV_GIT, git, ubah

WORKFLOW = AKAR / "templates" / "github" / "workflows" / "lakip-nasional.yml"
MESIN = "/usr/bin/chromium"

pytestmark = pytest.mark.skipif(shutil.which("git") is None or shutil.which("lakip") is None
                                or not Path(MESIN).exists() or shutil.which("pdftotext") is None,
                                reason="git, lakip, Chromium atau pdftotext tidak ada")


def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def langkah(job: str, nama: str) -> dict[str, Any]:
    return next(s for s in workflow()["jobs"][job]["steps"] if s["name"] == nama)


def semua_langkah() -> list[tuple[str, dict[str, Any]]]:
    return [(nama, s) for nama, job in workflow()["jobs"].items() for s in job["steps"]]


def uses(job: str) -> list[str]:
    return [str(s.get("uses", "")).split("@")[0] for s in workflow()["jobs"][job]["steps"]]


def test_matriks_bagian_dan_artifact_tersusun_benar() -> None:
    wf = workflow()
    bagian = wf["jobs"]["cetak"]["strategy"]["matrix"]["bagian"]
    assert bagian == list(range(1, len(bagian) + 1))
    cetak = langkah("cetak", "Cetak bagian ini")
    assert cetak["run"] == f'lakip lkj --semua --shard "$BAGIAN/{len(bagian)}" --pangkas-cache'
    assert cetak["env"] == {"BAGIAN": "${{ matrix.bagian }}"}
    kirim = langkah("cetak", "Kirim PDF bagian ini ke job rakit")["with"]
    assert kirim["name"] == "lakip-pdf-${{ matrix.bagian }}"
    assert kirim["path"] == wf["env"]["LAKIP_CACHE_PDF"] == ".lakip-cache/pdf"
    assert kirim["include-hidden-files"] is True
    assert wf["jobs"]["rakit"]["needs"] == "cetak"
    kumpul = langkah("rakit", "Kumpulkan PDF semua bagian")["with"]
    assert kumpul == {"pattern": "lakip-pdf-*", "path": ".lakip-cache/pdf", "merge-multiple": True}
    runs = [s.get("run", "").strip() for s in wf["jobs"]["rakit"]["steps"]]
    assert [r for r in runs if r.startswith(("lakip", "mkdocs"))] == ["mkdocs build --strict", "lakip verifikasi site"]
    assert uses("rakit").index("actions/download-artifact") < runs.index("mkdocs build --strict")
    assert uses("rakit").index("actions/cache/save") > runs.index("lakip verifikasi site")  # only a verified cache
    # every job prints with the same engine, so the shards' keys are the final build's keys
    assert wf["env"]["LAKIP_CHROMIUM"] and all("LAKIP_CHROMIUM" not in j.get("env", {}) for j in wf["jobs"].values())
    pasang = langkah("cetak", "Pasang huruf dan poppler-utils")["run"]
    assert pasang == langkah("rakit", "Pasang huruf dan poppler-utils")["run"]  # fonts are part of the key


def test_pengerasan() -> None:
    wf = workflow()
    assert wf["permissions"] == {"contents": "read"}
    pemicu = wf.get("on", wf.get(True))
    assert "pull_request" not in pemicu and pemicu["push"]["branches"] == ["main"]
    for nama, job in wf["jobs"].items():
        assert job["permissions"] == {"contents": "read"}, nama
    for baris in WORKFLOW.read_text(encoding="utf-8").splitlines():
        if baris.strip().startswith(("uses:", "- uses:")):
            assert re.search(r"@[0-9a-f]{40} # v\d+\.\d+\.\d+$", baris), baris
    for job, s in semua_langkah():
        if "run" in s:
            assert "${{" not in s["run"], (job, s["name"])
        if str(s.get("uses", "")).startswith("actions/checkout@"):
            assert s["with"]["persist-credentials"] is False
            # the PDF's date is the data's last change in git: a shallow clone would date every LKj
            # differently from the final job's, and every cache key would miss there
            assert s["with"]["fetch-depth"] == 0, job
    for job in ("cetak", "rakit"):
        u = uses(job)
        runs = [s.get("run", "") for s in wf["jobs"][job]["steps"]]
        buang = runs.index("rm -rf .lakip-cache")
        pulih = u.index("actions/cache/restore") if job == "cetak" else u.index("actions/download-artifact")
        assert u.index("actions/checkout") < buang < pulih  # a committed .lakip-cache never counts
    simpan = [s for j, s in semua_langkah() if str(s.get("uses", "")).startswith("actions/cache/save@")]
    assert [s["with"]["key"] for s in simpan] == ["lakip-pdf-${{ github.ref_name }}-${{ github.sha }}"]
    pulih = langkah("cetak", "Pulihkan cache PDF build sebelumnya")["with"]
    assert pulih["key"] == simpan[0]["with"]["key"] and pulih["restore-keys"] == "lakip-pdf-${{ github.ref_name }}-"


def jalankan(s: dict[str, Any], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    assert "${{" not in s["run"]
    return subprocess.run(["bash", "-e", "-o", "pipefail", "-c", s["run"]], cwd=cwd, capture_output=True,
                          text=True, check=False, timeout=900, env={**env, **s.get("env", {})})


def _putaran(asal: Path, kerja: Path, cache: Path, mesin_rakit: str) -> tuple[list[str], str, str]:
    """One workflow run: every shard in its own clone, then the final job. Returns the shards' outputs,
    the build's log and the verifier's output; ``cache`` is restored before and saved after."""
    wf = workflow()
    dasar = {k: v for k, v in os.environ.items() if not k.startswith("LAKIP_")}
    env = {**dasar, **ENV_GIT, **wf["env"], "LAKIP_CHROMIUM": MESIN, "NO_MKDOCS_2_WARNING": "1"}
    artifact = kerja / "artifact"
    kerja.mkdir()
    keluaran = []
    for k in wf["jobs"]["cetak"]["strategy"]["matrix"]["bagian"]:
        klon = kerja / f"cetak-{k}"
        git(kerja, "clone", "-q", str(asal), klon.name)
        assert jalankan(langkah("cetak", "Buang cache bawaan repositori"), klon, env).returncode == 0
        if cache.is_dir():  # actions/cache/restore
            shutil.copytree(cache, klon / ".lakip-cache" / "pdf")
        s = langkah("cetak", "Cetak bagian ini")
        h = jalankan({**s, "env": {"BAGIAN": str(k)}}, klon, env)
        assert h.returncode == 0, h.stderr
        keluaran.append(h.stdout)
        unggah = klon / ".lakip-cache" / "pdf"
        if unggah.is_dir() and any(unggah.iterdir()):  # actions/upload-artifact
            shutil.copytree(unggah, artifact / f"lakip-pdf-{k}")
    klon = kerja / "rakit"
    git(kerja, "clone", "-q", str(asal), klon.name)
    assert jalankan(langkah("rakit", "Buang cache bawaan repositori"), klon, env).returncode == 0
    for a in sorted(artifact.glob("lakip-pdf-*")):  # download-artifact, merge-multiple
        shutil.copytree(a, klon / ".lakip-cache" / "pdf", dirs_exist_ok=True)
    env_rakit = {**env, "LAKIP_CHROMIUM": mesin_rakit}
    build = jalankan(langkah("rakit", "Bangun situs (mkdocs build --strict)"), klon, env_rakit)
    assert build.returncode == 0, build.stderr
    cek = jalankan(langkah("rakit", "Verifikasi situs terhadap data (lakip verifikasi)"), klon, env_rakit)
    assert cek.returncode == 0, cek.stdout + cek.stderr
    shutil.rmtree(cache, ignore_errors=True)  # actions/cache/save: the final job's cache, nothing else
    shutil.copytree(klon / ".lakip-cache" / "pdf", cache)
    shutil.rmtree(artifact)
    return keluaran, build.stderr, cek.stdout


def test_matriks_mencetak_sekali_dan_rakit_tanpa_chromium(tmp_path: Path) -> None:
    asal = tmp_path / "asal"
    tulis_proyek(asal, data=FIXTURE_PORTAL)
    git(asal, "init", "-q", "-b", "main")
    git(asal, "add", ".")
    git(asal, "commit", "-q", "-m", "Data awal")
    cache = tmp_path / "cache-actions"
    tidak_mencetak = mesin_palsu(tmp_path)  # says Chromium's version, prints nothing

    keluaran, log, cek = _putaran(asal, tmp_path / "run1", cache, tidak_mencetak)
    # the fixture has one LKj (only kab-contoh-satu 2024 has a PK): one shard prints it, seven have none
    assert [re.sub(r"[\d.]+ detik", "X detik", o) for o in keluaran if "tidak punya LKj" not in o] == [
        re.sub(r"[\d.]+ detik", "X detik", keluaran[0])]
    assert re.match(r"1 PDF LKj \(\d+ halaman\) dalam [\d.]+ detik: 1 dicetak \(", keluaran[0])
    assert keluaran[1:] == ["0 PDF LKj: bagian ini tidak punya LKj\n"] * 7
    assert "1 PDF LKj (" in log and "diambil dari cache" in log and "(Chromium tidak dijalankan)" in log
    assert cek.startswith("site: ") and " 1 PDF LKj, " in cek
    pertama = list(cache.glob("*.pdf"))
    assert len(pertama) == 1

    # another satker's data changes: nothing is printed again
    ubah(asal / "satker" / "kota-contoh-dua" / "2024" / "realisasi.md", "    nilai: 100\n", "    nilai: 90\n")
    git(asal, "commit", "-q", "-am", "Perbarui realisasi Kota Contoh Dua")
    keluaran, log, cek = _putaran(asal, tmp_path / "run2", cache, tidak_mencetak)
    assert re.match(r"1 PDF LKj \(\d+ halaman\) diambil dari cache dalam ", keluaran[0])
    assert "(Chromium tidak dijalankan)" in log and " 1 PDF LKj, " in cek
    assert list(cache.glob("*.pdf")) == pertama

    # the satker's own realisasi changes: its LKj is printed again, the old PDF leaves the cache
    ubah(asal / "satker" / "kab-contoh-satu" / "2024" / "realisasi.md", "  - indikator: IK2.1\n    nilai: 50\n",
         "  - indikator: IK2.1\n    nilai: 60\n")
    git(asal, "commit", "-q", "-am", "Perbarui realisasi Kab. Contoh Satu")
    keluaran, log, cek = _putaran(asal, tmp_path / "run3", cache, tidak_mencetak)
    assert re.match(r"1 PDF LKj \(\d+ halaman\) dalam [\d.]+ detik: 1 dicetak \(", keluaran[0])
    assert "(Chromium tidak dijalankan)" in log and " 1 PDF LKj, " in cek
    kedua = list(cache.glob("*.pdf"))
    assert len(kedua) == 1 and kedua != pertama
