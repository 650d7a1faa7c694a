"""The CI template shipped to satker repositories: its lakip commands, run as GitHub would run them.

A temporary "origin" repository holds the fixture on ``main``; a clone commits one
change (a realisasi, a pagu with the totals that follow it, an indicator name) as
a pull request would; then the workflow's ``run:`` steps that call lakip are run
in the clone with ``${{ github.base_ref }}`` = ``main`` (passed through the step's ``env:``).
The rest checks the hardening: actions pinned by commit, no expression in a script,
least privilege, and a check cache that a pull request can neither forge nor save.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from bantu_situs import AKAR, UJI, berkas_data_situs, env_git, git_uji
from conftest import tulis_proyek

WORKFLOW = AKAR / "templates" / "github" / "workflows" / "lakip.yml"
FIXTURE = UJI / "fixtures" / "satker"

pytestmark = pytest.mark.skipif(shutil.which("git") is None or shutil.which("lakip") is None
                                or shutil.which("bash") is None, reason="git, bash atau lakip tidak ada")

ENV_GIT = env_git("Staf Satker")


git = functools.partial(git_uji, env=ENV_GIT)


def ubah(path: Path, lama: str, baru: str) -> None:
    teks = path.read_text()
    assert lama in teks, lama
    path.write_text(teks.replace(lama, baru, 1))


def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def pemicu(wf: dict[Any, Any]) -> dict[str, Any]:
    on = wf.get("on", wf.get(True))  # YAML 1.1 reads the key 'on' as true
    assert isinstance(on, dict)
    return on


def langkah_lakip() -> list[dict[str, Any]]:
    """The steps that run lakip or build the site, in order."""
    steps = workflow()["jobs"]["periksa"]["steps"]
    return [s for s in steps if "run" in s and re.search(r"^\s*(lakip|mkdocs) ", s["run"], re.MULTILINE)]


def test_workflow_tersusun_benar() -> None:
    wf = workflow()
    assert "pull_request" in pemicu(wf)
    steps = wf["jobs"]["periksa"]["steps"]
    checkout = next(s for s in steps if str(s.get("uses", "")).startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0
    assert any(str(s.get("uses", "")).startswith("actions/setup-python@") for s in steps)
    runs = [s.get("run", "") for s in steps]
    assert any("pip install" in r for r in runs)
    assert [r.strip().splitlines()[0] for r in runs if r.strip().startswith(("lakip", "mkdocs"))] == [
        "lakip check satker 2>&1 | tee cek.txt",
        "lakip rapikan --periksa satker 2>&1 | tee rapi.txt",
        "mkdocs build --strict 2>&1 | tee bangun.txt",
        "lakip verifikasi site 2>&1 | tee verifikasi.txt",
        'lakip diff "origin/$BASE_REF" HEAD --format markdown > diff.md',
        'lakip komentar --cek "$HASIL_CEK" --rapi "$HASIL_RAPI" --bangun "$HASIL_BANGUN" \\',
    ]
    # a failing check fails its step through tee: bash -eo pipefail
    assert wf["jobs"]["periksa"]["defaults"] == {"run": {"shell": "bash"}}
    diff = next(s for s in steps if "lakip diff" in s.get("run", ""))
    assert diff["env"] == {"BASE_REF": "${{ github.base_ref }}"}
    susun = next(s for s in steps if "lakip komentar" in s.get("run", ""))
    assert susun["env"] == {"HASIL_CEK": "${{ steps.cek.outcome }}", "HASIL_RAPI": "${{ steps.rapi.outcome }}",
                            "HASIL_BANGUN": "${{ steps.bangun.outcome }}",
                            "HASIL_VERIFIKASI": "${{ steps.verifikasi.outcome }}"}
    assert [s.get("id") for s in steps if s.get("id") in HASIL] == ["cek", "rapi", "bangun", "verifikasi"]
    komentar = wf["jobs"]["komentar"]["steps"][-1]
    assert komentar["uses"].startswith("marocchino/sticky-pull-request-comment@")
    assert komentar["with"]["path"] == "komentar.md"


def semua_langkah() -> list[tuple[str, dict[str, Any]]]:
    return [(nama, s) for nama, job in workflow()["jobs"].items() for s in job["steps"]]


def test_action_dikunci_ke_commit() -> None:
    pakai = [s["uses"] for _, s in semua_langkah() if "uses" in s]
    assert len(pakai) >= 8
    for u in pakai:
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", u), u
    # The version sits in a trailing comment, for the reader and for updating.
    for baris in WORKFLOW.read_text(encoding="utf-8").splitlines():
        if baris.strip().startswith(("uses:", "- uses:")):
            assert re.search(r"@[0-9a-f]{40} # v\d+\.\d+\.\d+$", baris), baris


def test_tidak_ada_ekspresi_di_skrip() -> None:
    for job, s in semua_langkah():
        if "run" in s:
            assert "${{" not in s["run"], (job, s["name"])


def test_hak_token_seminimal_mungkin() -> None:
    wf = workflow()
    assert wf["permissions"] in ({}, {"contents": "read"})
    for nama, job in wf["jobs"].items():
        hak = job.get("permissions")
        assert isinstance(hak, dict), nama  # every job says what it needs
        berkomentar = any(str(s.get("uses", "")).startswith("marocchino/sticky-pull-request-comment@")
                          for s in job["steps"])
        if berkomentar:
            assert hak == {"pull-requests": "write"}, nama
            # The job that may write runs nothing of the pull request.
            assert not any("run" in s for s in job["steps"]), nama
            assert not any(str(s.get("uses", "")).startswith("actions/checkout@") for s in job["steps"]), nama
        else:
            assert "write" not in hak.values(), nama
    for _, s in semua_langkah():
        if str(s.get("uses", "")).startswith("actions/checkout@"):
            assert s["with"]["persist-credentials"] is False


def _job_pull_request(job: dict[str, Any]) -> bool:
    return "github.event_name == 'push'" not in str(job.get("if", ""))


def test_cache_tidak_dapat_dipalsukan_pull_request() -> None:
    wf = workflow()
    assert pemicu(wf)["push"]["branches"] == ["main"]
    disimpan = False
    for nama, job in wf["jobs"].items():
        steps = job["steps"]
        cache = [i for i, s in enumerate(steps) if str(s.get("uses", "")).startswith("actions/cache")]
        for i in cache:
            uses = steps[i]["uses"]
            if _job_pull_request(job):
                assert uses.startswith("actions/cache/restore@"), (nama, uses)
            else:
                assert uses.startswith(("actions/cache/restore@", "actions/cache/save@")), (nama, uses)
                disimpan |= uses.startswith("actions/cache/save@")
            assert steps[i]["with"]["path"] == ".lakip-cache"
        pulih = [i for i in cache if steps[i]["uses"].startswith("actions/cache/restore@")]
        for i in pulih:
            # A .lakip-cache committed in the tree is gone before the cache is restored over it.
            buang = [j for j, s in enumerate(steps[:i]) if re.search(r"^rm -rf \.lakip-cache$",
                                                                     s.get("run", "").strip(), re.MULTILINE)]
            ambil = [j for j, s in enumerate(steps) if str(s.get("uses", "")).startswith("actions/checkout@")]
            assert buang and ambil and ambil[0] < buang[-1] < i, nama
        if _job_pull_request(job) and pulih:
            kunci = steps[pulih[0]]["with"]
            assert kunci["key"].startswith("lakip-cek-${{ github.base_ref }}-")
            assert kunci["restore-keys"] == "lakip-cek-${{ github.base_ref }}-"
            cek = next(j for j, s in enumerate(steps) if s.get("run", "").startswith("lakip check"))
            assert pulih[0] < cek
    assert disimpan
    simpan = wf["jobs"]["simpan-cache"]
    assert simpan["if"] == "github.event_name == 'push'"
    assert simpan["steps"][-1]["with"]["key"] == "lakip-cek-${{ github.ref_name }}-${{ github.sha }}"


@pytest.fixture()
def klon(tmp_path: Path) -> Path:
    asal = tmp_path / "asal"
    tulis_proyek(asal, FIXTURE)  # satker/, docs/ and a mkdocs.yml with the lakip plugin
    git(asal, "init", "-q", "-b", "main")
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


# What GitHub would put in the expressions of a step's env: for a pull request into main; the
# outcome of each check step is filled in as the steps run (a step not run here is 'skipped').
KONTEKS = {"${{ github.base_ref }}": "main"}
HASIL = {"cek": "skipped", "rapi": "skipped", "bangun": "skipped", "verifikasi": "skipped"}


def jalankan(langkah: dict[str, Any], cwd: Path, ringkasan: Path) -> subprocess.CompletedProcess[str]:
    skrip = langkah["run"]
    assert "${{" not in skrip
    konteks = {**KONTEKS, **{f"${{{{ steps.{k}.outcome }}}}": v for k, v in HASIL.items()}}
    env_langkah = {k: konteks[v] if "${{" in v else v for k, v in langkah.get("env", {}).items()}
    hasil = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", skrip], cwd=cwd, capture_output=True, text=True,
                           check=False, env={**os.environ, **ENV_GIT, **env_langkah, "GITHUB_STEP_SUMMARY": str(ringkasan),
                                             "GITHUB_OUTPUT": str(ringkasan.with_name("keluaran")), "PYTHONUTF8": "1"})
    if langkah.get("id") in HASIL:
        HASIL[langkah["id"]] = "success" if hasil.returncode == 0 else "failure"
    return hasil


@pytest.fixture(autouse=True)
def _hasil_baru() -> None:
    HASIL.update(cek="skipped", rapi="skipped", bangun="skipped", verifikasi="skipped")


def test_perintah_lakip_di_workflow(klon: Path, tmp_path: Path) -> None:
    ringkasan = tmp_path / "ringkasan.md"
    hasil = {s["name"]: jalankan(s, klon, ringkasan) for s in langkah_lakip()}
    assert len(hasil) == 6
    for nama, h in hasil.items():
        assert h.returncode == 0, (nama, h.stdout, h.stderr)
    keluar = [h.stdout for h in hasil.values()]
    assert keluar[0] == "1 satker, 1 tahun, 3 indikator: tidak ada masalah\n"
    assert keluar[1] == "5 berkas data sudah rapi.\n"
    n_data = len(berkas_data_situs(klon / "site"))
    assert re.fullmatch(rf"site: \d+ halaman, {n_data} berkas data, 1 PDF LKj, 0 dokumen, 1 indeks pencarian sesuai data; \d+ berkas HTML "
                        r"tanpa petunjuk lakip yang tertinggal\n", keluar[3])
    base = git(klon, "rev-parse", "--short=7", "origin/main")
    head = git(klon, "rev-parse", "--short=7", "HEAD")
    diff = (klon / "diff.md").read_text(encoding="utf-8")
    assert diff == (
        f"## Perubahan angka: `origin/main ({base})` → `HEAD ({head})`\n"
        "\n"
        "### Kab. Contoh 2024\n"
        "\n"
        "- IK1.1 (Persentase naskah akademik PKPU berbasis riset): realisasi 50% → 60%, "
        "capaian 64,52% → 77,42% (Kurang Berhasil → Cukup Berhasil)\n"
        "- IK2.2: nama indikator diubah dari “Jumlah dokumen DPT yang ditetapkan” menjadi "
        "“Jumlah dokumen daftar pemilih tetap yang ditetapkan”\n"
        "- rata-rata capaian IKU 121,51% → 125,81% (Sangat Berhasil → Sangat Berhasil)\n"
        "- anggaran program 076.01.CQ (Program Penyelenggaraan Pemilu): "
        "pagu Rp 2.000.000 → Rp 2.500.000, serapan 95,00% → 76,00%\n"
        "- anggaran belanja 52 (Belanja Barang): pagu Rp 2.000.000 → Rp 2.500.000, serapan 94,95% → 75,96%\n"
        "- jumlah anggaran: pagu Rp 3.500.000 → Rp 4.000.000, serapan 94,26% → 82,48%\n"
    )
    assert ringkasan.read_text(encoding="utf-8") == diff
    assert (tmp_path / "keluaran").read_text() == "ada=ya\n"  # the comment job runs
    komentar = (klon / "komentar.md").read_text(encoding="utf-8")
    assert komentar == (
        "## Hasil pemeriksaan otomatis\n\nSemua pemeriksaan lolos: perubahan ini siap ditinjau.\n\n"
        "- ✅ Data (lakip check): Angka, satuan, target dan total masuk akal.\n"
        "- ✅ Tata letak berkas (lakip rapikan): Berkas data tersusun rapi.\n"
        "- ✅ Situs (mkdocs build): Situs dapat dibangun.\n"
        "- ✅ Situs sesuai data (lakip verifikasi): Setiap halaman, data terbuka dan PDF LKj sesuai data.\n\n" + diff)


def test_workflow_gagal_bila_data_salah_tetapi_diff_tetap_jalan(klon: Path, tmp_path: Path) -> None:
    r = klon / "satker" / "kab-contoh" / "2024" / "realisasi.md"
    ubah(r, "    nilai: 60\n", "    nilai: 60,5   \n")
    git(klon, "commit", "-q", "-am", "Salah ketik")
    ringkasan = tmp_path / "ringkasan.md"
    check, rapikan, build, verifikasi, diff, komentar = (jalankan(s, klon, ringkasan) for s in langkah_lakip())
    assert check.returncode == 1
    masalah = ("satker/kab-contoh/2024/realisasi.md:4: 'nilai' berisi '60,5', bukan angka "
               "(pakai titik sebagai pemisah desimal: 60.5)\n")
    assert check.stdout == masalah + "1 masalah ditemukan.\n"  # through tee, with its stderr summary
    assert (klon / "cek.txt").read_text(encoding="utf-8") == check.stdout
    assert build.returncode == 1 and verifikasi.returncode == 1
    assert verifikasi.stdout == "lakip verifikasi: site: folder situs tidak ditemukan (bangun dulu, mis. mkdocs build)\n"
    assert rapikan.returncode == 1
    assert rapikan.stdout.startswith("satker/kab-contoh/2024/realisasi.md:1: berkas belum rapi "
                                     "(jalankan: lakip rapikan satker/kab-contoh/2024/realisasi.md)\n")
    assert komentar.returncode == 0
    teks_komentar = (klon / "komentar.md").read_text(encoding="utf-8")
    assert "**4 pemeriksaan belum lolos.**" in teks_komentar
    assert "- ❌ Data (lakip check): belum lolos." in teks_komentar
    assert "```text\n" + masalah + "1 masalah ditemukan.\n```" in teks_komentar
    assert "Buka berkas yang disebut di editor (/admin/)" in teks_komentar
    assert diff.returncode == 1  # a change that breaks the data is not one to merge; its explanation is still written
    teks = (klon / "diff.md").read_text(encoding="utf-8")
    assert "memuat 1 masalah" in teks
    assert ("- IK1.1 (Persentase naskah akademik PKPU berbasis riset): realisasi 50% → kosong, "
            "capaian 64,52% → – (Kurang Berhasil → –)\n") in teks


def test_cache_yang_ikut_dicommit_tidak_dipakai(klon: Path, tmp_path: Path) -> None:
    """A pull request commits a wrong value and a .lakip-cache that calls its satker clean."""
    from lakip.commands.cache_cek import Bersih, CacheCek, sidik_satker

    ubah(klon / "satker" / "kab-contoh" / "2024" / "realisasi.md", "    nilai: 60\n", "    nilai: 60,5\n")
    folder = klon / "satker" / "kab-contoh"
    palsu = CacheCek(klon / ".lakip-cache" / "cek.json")
    palsu.simpan({"kab-contoh": Bersih(sidik_satker(folder).hash, None, [2024], 3)})
    git(klon, "add", "-f", ".lakip-cache")
    git(klon, "commit", "-q", "-am", "Salah ketik, dengan cache palsu")
    ringkasan = tmp_path / "ringkasan.md"
    check = langkah_lakip()[0]
    assert jalankan(check, klon, ringkasan).returncode == 0  # the forged verdict alone would pass

    git(klon, "checkout", "-q", "--", ".lakip-cache")
    steps = workflow()["jobs"]["periksa"]["steps"]
    # The workflow's steps up to the check, as GitHub runs them (lakip is installed already).
    hasil = [jalankan(s, klon, ringkasan) for s in steps[:steps.index(check) + 1]
             if "run" in s and "pip install" not in s["run"]]
    assert [h.returncode for h in hasil] == [0, 1]
    assert "'nilai' berisi '60,5'" in hasil[-1].stdout
