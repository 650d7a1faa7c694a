"""lakip lkj on the example data: what is wrong with SATKER TAHUN is said before anything is printed."""

from __future__ import annotations

import pytest
from bantu_situs import AKAR

from lakip.cli import main

CFG = str(AKAR / "mkdocs.yml")


def test_lkj_pilihan_salah(capsys: pytest.CaptureFixture[str]) -> None:
    """lakip lkj names what is wrong with SATKER TAHUN, before any printing."""
    salah = [(["kota-banjarbaruu", "2024"], ("satker 'kota-banjarbaruu' tidak ada di data situs ini; maksudnya "
                                              "kota-banjarbaru?")),
             (["kota-banjarbaru", "2019"], "kota-banjarbaru tidak punya data tahun '2019' (tahun yang ada: 2023, 2024)"),
             (["kota-banjarbaru", "2023"], ("kota-banjarbaru 2023 tidak punya LKj: LKj disusun terhadap Perjanjian "
                                           "Kinerja, dan 2023/pk.md tidak ada atau tidak memuat perjanjian jenis pk (tahun dengan "
                                           "LKj: 2024)"))]
    for arg, pesan in salah:
        assert main(["lkj", *arg, "--keluaran", "/nonexistent", "--konfigurasi", CFG]) == 1
        assert capsys.readouterr().err == f"lakip lkj: {pesan}\n"
