"""The LKj's tables: the comparison with earlier years (BAB III.A and the year page) has a column only for
what a year holds; the LKj page links the open data of its tables."""

from __future__ import annotations

import re

from bantu_situs import AKAR

from lakip.bangun import bangun
from lakip.render.tabel import tabel_perbandingan
from lakip.site.export import semua_berkas
from lakip.site.lkj import halaman_lkj


def _kepala(satker: str, sid: str, tahun: int) -> list[str]:
    situs, masalah = bangun(satker, "satker")
    assert not masalah, masalah.teks()
    html = tabel_perbandingan(situs.hasil(sid, tahun))
    return re.findall(r"<th[^>]*>(.*?)</th>", html.split("</thead>", 1)[0])


def test_tahun_yang_hanya_punya_capaian_tercetak() -> None:
    """Banjarbaru 2023 is known only by the capaian its 2024 report printed: no column of dashes."""
    assert _kepala(AKAR / "satker", "kota-banjarbaru", 2024) == [
        "Kode", "Indikator", "Capaian 2023 (dilaporkan)", "Realisasi 2024", "Target akhir Renstra",
        "Capaian thd. target akhir"]


def test_tahun_dengan_realisasi_tetap_kolom_realisasi() -> None:
    kepala = _kepala(AKAR / "tests" / "fixtures" / "lkj-final", "kab-tanah-bumbu", 2024)
    assert kepala[2:4] == ["Realisasi 2022", "Realisasi 2023"] and "Capaian 2023 (dilaporkan)" not in kepala


def test_halaman_lkj_menautkan_datanya() -> None:
    """The LKj page's tables are the year's figures: it links the open data that holds them."""
    situs, masalah = bangun(AKAR / "satker", "satker")
    assert not masalah
    md = halaman_lkj(situs, "kota-banjarbaru", 2024)
    tautan = re.findall(r"\]\(\.\./\.\./\.\./data/(kota-banjarbaru/2024/[^)]+)\)", md)
    assert tautan == ["kota-banjarbaru/2024/capaian.csv", "kota-banjarbaru/2024/capaian.json",
                      "kota-banjarbaru/2024/index.json", "kota-banjarbaru/2024/datapackage.json"]
    assert set(tautan) <= set(semua_berkas(situs))  # every link resolves to a published file
