"""The LKj's organisation chart (render/bagan.py): one box per position, heads over their units, lines."""

from __future__ import annotations

import re
from pathlib import Path

from lakip.bangun import baca
from lakip.render.bagan import bagan_organisasi

SATKER = Path(__file__).resolve().parents[3] / "satker"


def test_banjarbaru_satu_ketua_dan_subbagian_tidak_ganda() -> None:
    data, m = baca(SATKER, "satker", hanya=["kota-banjarbaru"])
    assert not m
    html = bagan_organisasi(data.satker["kota-banjarbaru"])
    assert html is not None
    kotak = re.findall(r'<div class="lkj-kotak[^"]*"><b>([^<]+)</b>', html)
    # the two Ketua of the year (one after the other) are one position, one box naming both
    assert kotak.count("Ketua") == 1 and "DAHTIAR<br>ROZY MAULANA" in html
    # each sub-bagian once: as its head's box; the unit without a head listed keeps its own box
    assert kotak == ["Ketua", "Sekretaris", "Kepala Sub Bagian Perencanaan, Data dan Informasi",
                     "Kepala Sub Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat",
                     "Kepala Sub Bagian Hukum dan SDM", "Kepala Sub Bagian Umum, Keuangan dan Logistik",
                     "Kelompok Jabatan Fungsional"]
    # a line from the Sekretaris down to the bar over the sub-bagian
    assert '<div class="lkj-garis"></div>\n<div class="lkj-bagan-baris cabang">' in html
