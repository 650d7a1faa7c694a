"""The comparison with earlier years (BAB III.A and the year page): a column only for what a year holds."""

from __future__ import annotations

import re

from bantu_situs import AKAR

from lakip.bangun import bangun
from lakip.render.tabel import tabel_perbandingan


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
