"""The LKj PDF cache and shards: a rebuild prints only what changed, and a build after the shards prints nothing.

Real builds of the one-satker fixture (one LKj) and the portal fixture (several), real
Chromium. A stand-in engine that answers ``--version`` like Chromium but cannot print
shows that the final build of a sharded run does no browser work at all.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from bantu_situs import FIXTURE_PORTAL
from conftest import bangun, tulis_proyek

from lakip.bangun import bangun as bangun_data
from lakip.cli import main
from lakip.lkj import cache_pdf
from lakip.lkj.cache_pdf import CachePdf, cetak_tersimpan
from lakip.lkj.chromium import Pencetak
from lakip.lkj.pdf import cetak_lkj, html_dasar
from lakip.lkj.pdf_meta import metadata
from lakip.lkj.susun import susun_lkj
from lakip.site.cetak import bagian, daftar_lkj

MESIN = "/usr/bin/chromium"
PDF = "satker/kab-contoh/2024/lkj-kab-contoh-2024.pdf"

pytestmark = pytest.mark.skipif(not Path(MESIN).exists() or shutil.which("pdftotext") is None,
                                reason="Chromium atau pdftotext tidak ada")


def mesin_palsu(tmp: Path, versi: str | None = None) -> str:
    """An engine that says a version (Chromium's own unless ``versi``) and fails at anything else."""
    path = tmp / "chromium-palsu"
    jawab = f"echo '{versi}'" if versi else f"exec {MESIN} --version"
    path.write_text(f'#!/bin/sh\nif [ "$1" = --version ]; then {jawab}; exit $?; fi\nexit 3\n', encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def _log_pdf(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage().removeprefix("lakip: ") for r in caplog.records if "PDF LKj" in r.getMessage()]


def test_build_ulang_mengambil_pdf_dari_cache(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.INFO)
    monkeypatch.delenv("LAKIP_CACHE_PDF", raising=False)
    cfg = tulis_proyek(tmp_path)
    site = bangun(cfg)
    pertama = (site / PDF).read_bytes()
    cache = tmp_path / ".lakip-cache" / "pdf"
    assert [p.read_bytes() for p in cache.glob("*.pdf")] == [pertama]
    assert re.match(r"1 PDF LKj \((\d+) halaman\) dalam [\d.]+ detik: 1 dicetak \(Chromium mulai ", _log_pdf(caplog)[-1])

    # the same data again, with an engine that cannot print: every PDF comes from the cache
    caplog.clear()
    monkeypatch.setenv("LAKIP_CHROMIUM", mesin_palsu(tmp_path))
    site = bangun(cfg)
    assert (site / PDF).read_bytes() == pertama
    assert re.match(r"1 PDF LKj \(\d+ halaman\) diambil dari cache dalam ", _log_pdf(caplog)[-1])
    assert _log_pdf(caplog)[-1].endswith(" detik (Chromium tidak dijalankan)")

    # a changed realisasi changes the print HTML: a miss, which this engine cannot print
    r = tmp_path / "satker" / "kab-contoh" / "2024" / "realisasi.md"
    teks = r.read_text(encoding="utf-8")
    assert "  - indikator: IK1.1\n    nilai: 50\n" in teks
    r.write_text(teks.replace("  - indikator: IK1.1\n    nilai: 50\n", "  - indikator: IK1.1\n    nilai: 60\n"),
                 encoding="utf-8")
    caplog.clear()
    site = bangun(cfg)
    assert not (site / PDF).exists()
    assert any("PDF LKj gagal dicetak" in m for m in (r.getMessage() for r in caplog.records))


def test_cache_sama_dengan_cetakan_baru_dan_kunci_mencakup_mesin(tmp_path: Path) -> None:
    situs, masalah = bangun_data(FIXTURE_PORTAL, "portal", terbit=False)
    assert not masalah
    n = susun_lkj(situs, "kab-contoh-satu", 2024)
    cache = CachePdf(tmp_path / "cache", MESIN)
    with Pencetak(MESIN, malas=True) as pencetak:
        baru = cetak_lkj(n, tmp_path / "baru.pdf", pencetak, tmp_path / "kerja")
        dicetak = cetak_tersimpan(n, tmp_path / "dicetak.pdf", pencetak, tmp_path / "kerja", cache)
        dari_cache = cetak_tersimpan(n, tmp_path / "lagi.pdf", pencetak, tmp_path / "kerja", cache)
    assert not dicetak.dari_cache and dari_cache.dari_cache
    assert baru.path.read_bytes() == dicetak.path.read_bytes() == dari_cache.path.read_bytes()
    assert (dari_cache.halaman, dari_cache.daftar_isi_bernomor) == (baru.halaman, baru.daftar_isi_bernomor)
    kunci = cache.kunci(html_dasar(n), metadata(n))
    assert kunci is not None and [p.name for p in cache.folder.iterdir()] == [f"{kunci}.pdf"]
    # another Chromium, another key; an engine that says no version: no key (never a stale hit)
    cache_pdf.sidik_pencetak.cache_clear()
    lain = CachePdf(cache.folder, mesin_palsu(tmp_path, "Chromium 999.0.0.0"))
    assert lain.kunci(html_dasar(n), metadata(n)) not in (None, kunci)
    assert CachePdf(cache.folder, str(tmp_path / "tidak-ada")).kunci(html_dasar(n), metadata(n)) is None
    assert cache.kunci(html_dasar(n) + " ", metadata(n)) != kunci
    assert cache.kunci(html_dasar(n), {**metadata(n), "/ModDate": "D:20250101000000Z"}) != kunci  # the data's date


def test_bagian_membagi_semua_lkj_tepat_sekali() -> None:
    daftar = [(f"s{i:03d}", t) for i in range(7) for t in (2023, 2024)]
    bagi = [bagian(daftar, k, 3) for k in (1, 2, 3)]
    assert sorted(x for b in bagi for x in b) == sorted(daftar)
    assert [len(b) for b in bagi] == [5, 5, 4]
    assert bagi[0][:2] == [("s000", 2023), ("s001", 2024)]
    assert bagian(list(reversed(daftar)), 2, 3) == bagi[1]  # the order of the data does not matter
    with pytest.raises(ValueError, match="bagian 4/3 tidak sah"):
        bagian(daftar, 4, 3)


def test_shard_mengisi_cache_dan_build_akhir_tidak_mencetak(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Two shards print the portal's LKj into one cache (one of them finds none); the final build copies them."""
    cfg = tulis_proyek(tmp_path, data=FIXTURE_PORTAL)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LAKIP_CACHE_PDF", raising=False)
    situs, _ = bangun_data(FIXTURE_PORTAL, "portal", terbit=False)
    semua = list(daftar_lkj(situs))
    assert semua == [("kab-contoh-satu", 2024)]  # the only year with a PK
    for k, keluar in ((1, r"1 PDF LKj \(\d+ halaman\) dalam [\d.]+ detik: 1 dicetak \(Chromium mulai "),
                      (2, r"0 PDF LKj: bagian ini tidak punya LKj\n")):
        assert main(["lkj", "--semua", "--shard", f"{k}/2", "--cache", "cache-shard"]) == 0
        assert re.match(keluar, capsys.readouterr().out)
    assert len(list((tmp_path / "cache-shard").glob("*.pdf"))) == len(semua)
    assert main(["lkj", "--semua", "--shard", "3/2"]) == 1
    assert capsys.readouterr().err == "lakip lkj: --shard '3/2' tidak sah (tulis K/N dengan 1 ≤ K ≤ N, mis. --shard 2/8)\n"

    caplog.set_level(logging.INFO)
    monkeypatch.setenv("LAKIP_CACHE_PDF", "cache-shard")
    monkeypatch.setenv("LAKIP_CHROMIUM", mesin_palsu(tmp_path))
    site = bangun(cfg)
    assert f"{len(semua)} PDF LKj (" in _log_pdf(caplog)[-1] and "(Chromium tidak dijalankan)" in _log_pdf(caplog)[-1]
    for sid, t in semua:
        assert (site / "satker" / sid / str(t) / f"lkj-{sid}-{t}.pdf").read_bytes()[:5] == b"%PDF-"
    assert main(["verifikasi", str(site)]) == 0
    assert capsys.readouterr().out.startswith(f"{site}: ")


def test_tanggal_data_dari_satu_pass_git(tmp_path: Path) -> None:
    """The PDF's date (part of its cache key) from the build's one git pass equals a git log per satker."""
    from test_ci_template import ENV_GIT

    from lakip.bangun import bangun_situs
    from lakip.site.lkj import tanggal_data

    data = tmp_path / "satker"
    shutil.copytree(FIXTURE_PORTAL, data)

    def commit(tanggal: str, pesan: str) -> None:
        env = {**os.environ, **ENV_GIT, "GIT_AUTHOR_DATE": tanggal, "GIT_COMMITTER_DATE": tanggal}
        for args in (["add", "."], ["commit", "-q", "-m", pesan]):
            subprocess.run(["git", *args], cwd=tmp_path, env=env, check=True, capture_output=True)

    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=tmp_path, check=True)
    commit("2025-01-10T10:00:00", "Data awal")
    r = data / "kab-contoh-satu" / "2024" / "realisasi.md"
    r.write_text(r.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    commit("2025-03-05T10:00:00", "Perbarui realisasi")
    situs, masalah = bangun_situs(data, "satker")
    per_satker, _ = bangun_data(data, "satker")
    assert not masalah and situs.tanggal_berkas and not per_satker.tanggal_berkas
    tanggal = {(s.id, t): tanggal_data(situs, s.id, t) for s in situs.satker() for t in s.tahun}
    assert tanggal == {k: tanggal_data(per_satker, *k) for k in tanggal}
    assert str(tanggal[("kab-contoh-satu", 2024)]) == "2025-03-05" and str(tanggal[("kpu-ri", 2024)]) == "2025-01-10"
