"""Uji string eksak untuk lakip.render.format (tampilan Indonesia lewat Babel)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from lakip.render.format import angka, bilangan_terbilang, persen, rupiah, tanggal

D = Decimal


# --- rupiah ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nilai", "teks"),
    [
        (63293098000, "Rp 63.293.098.000"),
        (-4296682, "-Rp 4.296.682"),
        (0, "Rp 0"),
        (999, "Rp 999"),
        (1000, "Rp 1.000"),
        (46753838, "Rp 46.753.838"),
    ],
)
def test_rupiah(nilai: int, teks: str) -> None:
    assert rupiah(nilai) == teks


def test_rupiah_float_ditolak() -> None:
    with pytest.raises(TypeError):
        rupiah(1000.0)  # type: ignore[arg-type]


# --- persen ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nilai", "digit", "teks"),
    [
        (D("99.99"), 2, "99,99%"),
        (D(100), 2, "100,00%"),
        (D(200), 2, "200,00%"),
        (D("106.25"), 2, "106,25%"),
        (D("99.995"), 2, "100,00%"),
        (D("106.245"), 2, "106,25%"),
        (D("64.51612903225806451612903226"), 2, "64,52%"),
        (D("99.19344916122658848246277664"), 2, "99,19%"),
        (D("1234.5"), 1, "1.234,5%"),
        (D("85.5"), 0, "86%"),
        (D(0), 2, "0,00%"),
        (D("-0.001"), 2, "0,00%"),
    ],
)
def test_persen(nilai: Decimal, digit: int, teks: str) -> None:
    assert persen(nilai, digit) == teks


def test_persen_bawaan_dua_digit() -> None:
    assert persen(D("99.994")) == "99,99%"


def test_persen_kosong() -> None:
    assert persen(None) == "\u2013"


def test_persen_serangkai_menurut_eyd() -> None:
    assert persen(D(100)) == "100,00%"
    assert persen(D(100)).isascii()


# --- angka -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nilai", "digit", "teks"),
    [
        (243014, None, "243.014"),
        (-243014, None, "-243.014"),
        (0, None, "0"),
        (D("0.16"), None, "0,16"),
        (D("85.50"), None, "85,50"),  # desimal ditulis seperti diketik
        (D("85.5"), None, "85,5"),
        (D("1234567.125"), None, "1.234.567,125"),
        (D("1E+3"), None, "1.000"),
        (D("0.000001"), None, "0,0000"),
        (D("2.675"), 2, "2,68"),
        (D("85.5"), 2, "85,50"),
        (D("1234.5"), 0, "1.235"),
        (243014, 2, "243.014,00"),
        (D("-0.001"), 2, "0,00"),
    ],
)
def test_angka(nilai: Decimal | int, digit: int | None, teks: str) -> None:
    assert angka(nilai, digit) == teks


def test_angka_float_ditolak() -> None:
    with pytest.raises(TypeError, match="float"):
        angka(0.16)  # type: ignore[arg-type]


def test_angka_panjang_tidak_gagal() -> None:
    # a computed value keeps at most the 4 decimals data may carry (lakip check refuses more)
    assert angka(D("64.51612903225806451612903226")) == "64,5161"
    assert angka(D("1E+30")) == "1" + ".000" * 10


# --- tanggal ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "teks"),
    [
        (datetime.date(2025, 1, 16), "16 Januari 2025"),
        (datetime.date(2024, 2, 29), "29 Februari 2024"),
        (datetime.date(2024, 3, 1), "1 Maret 2024"),
        (datetime.date(2024, 8, 17), "17 Agustus 2024"),
        (datetime.date(2024, 12, 31), "31 Desember 2024"),
        (datetime.datetime(2025, 1, 16, 23, 59), "16 Januari 2025"),
    ],
)
def test_tanggal(d: datetime.date, teks: str) -> None:
    assert tanggal(d) == teks


# --- tidak bergantung lingkungan -----------------------------------------------------


def test_tidak_bergantung_lokal_lingkungan(monkeypatch: pytest.MonkeyPatch) -> None:
    for nama in ("LANGUAGE", "LC_ALL", "LC_NUMERIC", "LC_TIME", "LANG"):
        monkeypatch.setenv(nama, "de_CH.UTF-8")
    assert rupiah(63293098000) == "Rp 63.293.098.000"
    assert persen(D("99.99")) == "99,99%"
    assert angka(D("1234.5")) == "1.234,5"
    assert tanggal(datetime.date(2025, 1, 16)) == "16 Januari 2025"


def test_keluaran_ascii() -> None:
    for teks in (rupiah(-63293098000), persen(D("1234.56")), angka(D("1234567.89"))):
        assert teks.isascii(), repr(teks)


# --- bilangan_terbilang --------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "teks"),
    [
        (0, "nol"),
        (1, "satu"),
        (5, "lima"),
        (6, "enam"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (21, "dua puluh satu"),
        (99, "sembilan puluh sembilan"),
        (100, "seratus"),
        (101, "seratus satu"),
        (110, "seratus sepuluh"),
        (111, "seratus sebelas"),
        (200, "dua ratus"),
        (243, "dua ratus empat puluh tiga"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (1100, "seribu seratus"),
        (2000, "dua ribu"),
        (2024, "dua ribu dua puluh empat"),
        (11000, "sebelas ribu"),
        (12000, "dua belas ribu"),
        (100000, "seratus ribu"),
        (101000, "seratus satu ribu"),
        (243014, "dua ratus empat puluh tiga ribu empat belas"),
        (
            999999,
            ("sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"),
        ),
    ],
)
def test_bilangan_terbilang(n: int, teks: str) -> None:
    assert bilangan_terbilang(n) == teks


@pytest.mark.parametrize("n", [-1, 1_000_000])
def test_bilangan_terbilang_di_luar_jangkauan(n: int) -> None:
    with pytest.raises(ValueError, match="0 sampai 999.999"):
        bilangan_terbilang(n)


def test_angka_hasil_hitung_tidak_28_desimal() -> None:
    """A computed value (the mean of three quarters) is shown with at most 4 decimals, as data may carry."""
    assert angka(Decimal(256) / 3) == "85,3333"
    assert angka(Decimal(2) / 3) == "0,6667"  # rounded half up
    assert angka(Decimal("85.50")) == "85,50"  # typed values as typed
    assert angka(Decimal("99.1235")) == "99,1235"
