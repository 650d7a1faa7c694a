"""The CI template shipped to satker repositories: its lakip commands, run as GitHub would run them.

A temporary "origin" repository holds the fixture on ``main``; a clone commits one
change (a realisasi, a pagu with the totals that follow it, an indicator name) as
a pull request would; then the workflow's ``run:`` steps that call lakip are run
in the clone with ``${{ github.base_ref }}`` = ``main``.
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

AKAR = Path(__file__).parent.parent
WORKFLOW = AKAR / "templates" / "github" / "workflows" / "lakip.yml"
FIXTURE = Path(__file__).parent / "fixtures" / "satker"

pytestmark = pytest.mark.skipif(shutil.which("git") is None or shutil.which("lakip") is None
                                or shutil.which("bash") is None, reason="git, bash atau lakip tidak ada")

ENV_GIT = {"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Staf Satker",
           "GIT_AUTHOR_EMAIL": "staf@example.com", "GIT_COMMITTER_NAME": "Staf Satker",
           "GIT_COMMITTER_EMAIL": "staf@example.com"}


def git(repo: Path, *args: str) -> str:
    hasil = subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True,
                           env={**os.environ, **ENV_GIT})
    return hasil.stdout.strip()


def ubah(path: Path, lama: str, baru: str) -> None:
    teks = path.read_text()
    assert lama in teks, lama
    path.write_text(teks.replace(lama, baru, 1))


def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def langkah_lakip() -> list[dict[str, Any]]:
    steps = workflow()["jobs"]["periksa"]["steps"]
    return [s for s in steps if "run" in s and re.search(r"^\s*lakip ", s["run"], re.MULTILINE)]


def test_workflow_tersusun_benar() -> None:
    wf = workflow()
    on = wf.get("on", wf.get(True))  # YAML 1.1 reads the key 'on' as true
    assert "pull_request" in on
    assert wf["permissions"]["pull-requests"] == "write"
    steps = wf["jobs"]["periksa"]["steps"]
    checkout = next(s for s in steps if str(s.get("uses", "")).startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0
    assert any(str(s.get("uses", "")).startswith("actions/setup-python@") for s in steps)
    runs = [s.get("run", "") for s in steps]
    assert any("pip install" in r for r in runs)
    assert [r.strip().splitlines()[0] for r in runs if r.strip().startswith(("lakip", "mkdocs"))] == [
        "lakip check satker",
        "lakip rapikan --periksa satker",
        "mkdocs build --strict",
        "lakip diff origin/${{ github.base_ref }} HEAD --format markdown > diff.md",
    ]
    komentar = steps[-1]
    assert komentar["uses"].startswith("marocchino/sticky-pull-request-comment@")
    assert komentar["with"]["path"] == "diff.md"


@pytest.fixture()
def klon(tmp_path: Path) -> Path:
    asal = tmp_path / "asal"
    asal.mkdir()
    git(asal, "init", "-q", "-b", "main")
    shutil.copytree(FIXTURE, asal / "satker")
    git(asal, "add", ".")
    git(asal, "commit", "-q", "-m", "Data awal")
    git(tmp_path, "clone", "-q", str(asal), "klon")
    k = tmp_path / "klon"
    git(k, "checkout", "-q", "-b", "ubah-realisasi")
    s = k / "satker" / "kab-contoh"
    ubah(s / "2024" / "realisasi.md", "  - indikator: IK1.1\n    nilai: 50\n", "  - indikator: IK1.1\n    nilai: 60\n")
    ubah(s / "2024" / "anggaran.md", "    nama: Program Penyelenggaraan Pemilu\n    pagu: 2000000\n",
         "    nama: Program Penyelenggaraan Pemilu\n    pagu: 2500000\n")
    ubah(s / "2024" / "anggaran.md", "{kode: 52, nama: Belanja Barang, pagu: 2000000,",
         "{kode: 52, nama: Belanja Barang, pagu: 2500000,")
    ubah(s / "2024" / "anggaran.md", "pagu: 3500000, uraian: Hibah", "pagu: 4000000, uraian: Hibah")
    ubah(s / "renstra-2020-2024.md", "nama: Jumlah dokumen DPT yang ditetapkan",
         "nama: Jumlah dokumen daftar pemilih tetap yang ditetapkan")
    git(k, "commit", "-q", "-am", "Perbarui realisasi IK1.1, pagu program CQ dan nama IK2.2")
    return k


def jalankan(run: str, cwd: Path, ringkasan: Path) -> subprocess.CompletedProcess[str]:
    skrip = run.replace("${{ github.base_ref }}", "main")
    assert "${{" not in skrip
    return subprocess.run(["bash", "-e", "-o", "pipefail", "-c", skrip], cwd=cwd, capture_output=True, text=True, check=False,
                          env={**os.environ, **ENV_GIT, "GITHUB_STEP_SUMMARY": str(ringkasan), "PYTHONUTF8": "1"})


def test_perintah_lakip_di_workflow(klon: Path, tmp_path: Path) -> None:
    ringkasan = tmp_path / "ringkasan.md"
    hasil = {s["name"]: jalankan(s["run"], klon, ringkasan) for s in langkah_lakip()}
    assert len(hasil) == 3
    for nama, h in hasil.items():
        assert h.returncode == 0, (nama, h.stdout, h.stderr)
    keluar = [h.stdout for h in hasil.values()]
    assert keluar[0] == "1 satker, 1 tahun, 3 indikator: tidak ada masalah\n"
    assert keluar[1] == "5 berkas data sudah rapi.\n"
    base = git(klon, "rev-parse", "--short=7", "origin/main")
    head = git(klon, "rev-parse", "--short=7", "HEAD")
    diff = (klon / "diff.md").read_text(encoding="utf-8")
    assert diff == (
        f"## Perubahan angka: `origin/main ({base})` → `HEAD ({head})`\n"
        "\n"
        "### Kab. Contoh 2024\n"
        "\n"
        "- IK1.1 (Persentase naskah akademik PKPU berbasis riset): realisasi 50 % → 60 %, "
        "capaian 64,52 % → 77,42 % (Kurang Berhasil → Cukup Berhasil)\n"
        "- IK2.2: nama indikator diubah dari “Jumlah dokumen DPT yang ditetapkan” menjadi "
        "“Jumlah dokumen daftar pemilih tetap yang ditetapkan”\n"
        "- rata-rata capaian IKU 121,51 % → 125,81 % (Sangat Berhasil → Sangat Berhasil)\n"
        "- anggaran program 076.01.CQ (Program Penyelenggaraan Pemilu): "
        "pagu Rp 2.000.000 → Rp 2.500.000, serapan 95,00 % → 76,00 %\n"
        "- anggaran belanja 52 (Belanja Barang): pagu Rp 2.000.000 → Rp 2.500.000, serapan 94,95 % → 75,96 %\n"
        "- jumlah anggaran: pagu Rp 3.500.000 → Rp 4.000.000, serapan 94,26 % → 82,48 %\n"
    )
    assert ringkasan.read_text(encoding="utf-8") == diff


def test_workflow_gagal_bila_data_salah_tetapi_diff_tetap_jalan(klon: Path, tmp_path: Path) -> None:
    r = klon / "satker" / "kab-contoh" / "2024" / "realisasi.md"
    ubah(r, "    nilai: 60\n", "    nilai: 60,5   \n")
    git(klon, "commit", "-q", "-am", "Salah ketik")
    ringkasan = tmp_path / "ringkasan.md"
    check, rapikan, diff = (jalankan(s["run"], klon, ringkasan) for s in langkah_lakip())
    assert check.returncode == 1
    assert check.stdout == ("satker/kab-contoh/2024/realisasi.md:4: 'nilai' berisi '60,5', bukan angka "
                            "(pakai titik sebagai pemisah desimal: 60.5)\n")
    assert rapikan.returncode == 1
    assert rapikan.stdout == ("satker/kab-contoh/2024/realisasi.md:1: berkas belum rapi "
                              "(jalankan: lakip rapikan satker/kab-contoh/2024/realisasi.md)\n")
    assert diff.returncode == 0
    teks = (klon / "diff.md").read_text(encoding="utf-8")
    assert "memuat 1 masalah" in teks
    assert ("- IK1.1 (Persentase naskah akademik PKPU berbasis riset): realisasi 50 % → kosong, "
            "capaian 64,52 % → – (Kurang Berhasil → –)\n") in teks
