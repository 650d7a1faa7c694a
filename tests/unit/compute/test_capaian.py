"""Uji nilai eksak dan sifat (hypothesis) untuk lakip.compute.capaian."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lakip.compute.capaian import (
    SKALA_BAKU,
    Kategori,
    Skala,
    batasi,
    buat_skala,
    bulatkan,
    gabung_triwulan,
    hitung_capaian,
    rata_rata,
    serapan,
    sisa,
    tercapai_skala,
)

D = Decimal

# --- hitung_capaian -----------------------------------------------------------


def test_turun_tanah_bumbu_realisasi_nol() -> None:
    assert hitung_capaian("turun", D("0.16"), D("0")) == D(200)


def test_turun_tanah_bumbu_realisasi_di_bawah_target() -> None:
    assert hitung_capaian("turun", D("0.16"), D("0.15")) == D("106.25")


def test_turun_melebihi_dua_kali_target_dibatasi_nol() -> None:
    assert hitung_capaian("turun", D("0.16"), D("0.40")) == D(0)
    assert hitung_capaian("turun", D("0.16"), D("0.32")) == D(0)


def test_naik_melampaui_target() -> None:
    assert hitung_capaian("naik", D(50), D("77.5")) == D(155)


def test_naik_di_bawah_target_tidak_dibulatkan() -> None:
    hasil = hitung_capaian("naik", D("77.5"), D(50))
    assert hasil == D("64.51612903225806451612903226")
    assert bulatkan(hasil) == D("64.52")


def test_naik_bilangan_bulat_dan_persen() -> None:
    assert hitung_capaian("naik", D(90), D(85)) == D("94.44444444444444444444444444")
    assert hitung_capaian("naik", D(100), D("99.99")) == D("99.99")
    assert hitung_capaian("naik", D(10), D(0)) == D(0)


def test_naik_realisasi_negatif_dibatasi_nol() -> None:
    assert hitung_capaian("naik", D(10), D(-5)) == D(0)


def test_stabil() -> None:
    assert hitung_capaian("stabil", D(100), D(100)) == D(100)
    assert hitung_capaian("stabil", D(100), D(90)) == D(90)
    assert hitung_capaian("stabil", D(100), D(110)) == D(90)
    assert hitung_capaian("stabil", D(8), D(6)) == D(75)
    assert hitung_capaian("stabil", D(8), D(10)) == D(75)
    assert hitung_capaian("stabil", D(100), D(250)) == D(0)
    assert hitung_capaian("stabil", D(3), D(2)) == D("66.66666666666666666666666667")


def test_hasil_tidak_bergantung_konteks_desimal_global() -> None:
    with localcontext() as konteks:
        konteks.prec = 5
        hasil = hitung_capaian("naik", D("77.5"), D(50))
    assert hasil == D("64.51612903225806451612903226")


@pytest.mark.parametrize("target", [D(-1), D("-0.01")])
def test_target_tidak_positif_ditolak(target: Decimal) -> None:
    with pytest.raises(ValueError, match="target harus lebih besar dari 0"):
        hitung_capaian("naik", target, D(1))


@pytest.mark.parametrize("polaritas", ["Naik", "menurun", "", "stabil "])
def test_polaritas_tidak_dikenal_ditolak(polaritas: str) -> None:
    with pytest.raises(ValueError, match="polaritas .* tidak dikenal"):
        hitung_capaian(polaritas, D(1), D(1))


def test_float_ditolak() -> None:
    with pytest.raises(TypeError, match="float"):
        hitung_capaian("naik", 0.16, D(1))  # type: ignore[arg-type]


def test_nan_ditolak() -> None:
    with pytest.raises(ValueError, match="berhingga"):
        hitung_capaian("naik", D(1), D("NaN"))


# --- batasi ------------------------------------------------------------------


def test_batasi() -> None:
    assert batasi(D(200), D(120)) == D(120)
    assert batasi(D("119.99"), D(120)) == D("119.99")
    assert batasi(D(120), D(120)) == D(120)
    assert batasi(D(200), None) == D(200)


# --- kategori ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("nilai", "nama"),
    [
        ("1000", "Sangat Berhasil"),
        ("100.01", "Sangat Berhasil"),
        ("100.0000001", "Sangat Berhasil"),
        ("100", "Berhasil"),
        ("100.00", "Berhasil"),
        ("90.5", "Berhasil"),
        ("90.01", "Berhasil"),
        ("90", "Cukup Berhasil"),
        ("70.5", "Cukup Berhasil"),
        ("70", "Kurang Berhasil"),
        ("50.5", "Kurang Berhasil"),
        ("50", "Tidak Berhasil"),
        ("0", "Tidak Berhasil"),
        ("-1", "Tidak Berhasil"),
    ],
)
def test_skala_baku_batas(nilai: str, nama: str) -> None:
    assert SKALA_BAKU.golongkan(D(nilai)).nama == nama


def test_skala_baku_isi() -> None:
    assert [(k.nama, k.bawah, k.atas, k.keterangan) for k in SKALA_BAKU.kategori] == [
        ("Sangat Berhasil", D(100), None, "telah melampaui target indikator kinerja"),
        ("Berhasil", D(90), D(100), "telah mencapai target indikator kinerja"),
        ("Cukup Berhasil", D(70), D(90), "telah mendekati target indikator kinerja"),
        ("Kurang Berhasil", D(50), D(70), "tidak sesuai dengan target indikator kinerja"),
        ("Tidak Berhasil", None, D(50), "sangat tidak sesuai dengan target indikator kinerja"),
    ]


def test_golongkan_nan_ditolak() -> None:
    with pytest.raises(ValueError, match="NaN"):
        SKALA_BAKU.golongkan(D("NaN"))


def _k(nama: str, bawah: int | None, atas: int | None) -> Kategori:
    return Kategori(nama, None if bawah is None else D(bawah), None if atas is None else D(atas))


def test_buat_skala_mengurutkan_dari_tertinggi() -> None:
    skala = buat_skala([_k("Rendah", None, 50), _k("Tinggi", 100, None), _k("Sedang", 50, 100)])
    assert [k.nama for k in skala.kategori] == ["Tinggi", "Sedang", "Rendah"]
    assert skala.golongkan(D(50)).nama == "Rendah"
    assert skala.golongkan(D("50.000001")).nama == "Sedang"


def test_buat_skala_satu_kategori() -> None:
    skala = buat_skala([_k("Semua", None, None)])
    assert skala.golongkan(D(-(10**30))).nama == "Semua"


def test_buat_skala_berlubang() -> None:
    with pytest.raises(ValueError) as galat:
        buat_skala(
            [
                _k("Sangat Berhasil", 100, None),
                _k("Berhasil", 91, 100),
                _k("Cukup Berhasil", 71, 90),
                _k("Tidak Berhasil", None, 71),
            ]
        )
    assert str(galat.value) == (
        "skala kategori berlubang antara 90 dan 91: batas bawah 'Berhasil' "
        "harus sama dengan batas atas 'Cukup Berhasil'"
    )


def test_buat_skala_berlubang_desimal() -> None:
    with pytest.raises(ValueError, match=r"berlubang antara 90 dan 90\.5:"):
        buat_skala(
            [
                Kategori("A", D("90.5"), None),
                Kategori("B", None, D("90.00")),
            ]
        )


def test_buat_skala_tumpang_tindih() -> None:
    with pytest.raises(ValueError) as galat:
        buat_skala([_k("Tinggi", 80, None), _k("Rendah", None, 90)])
    assert str(galat.value) == (
        "skala kategori tumpang tindih antara 80 dan 90: batas bawah 'Tinggi' "
        "harus sama dengan batas atas 'Rendah'"
    )


def test_buat_skala_atas_sama_tumpang_tindih() -> None:
    with pytest.raises(ValueError, match="tumpang tindih antara 80 dan 90"):
        buat_skala([_k("T", 90, None), _k("A", 80, 90), _k("B", 70, 90), _k("R", None, 70)])


def test_buat_skala_tanpa_batas_atas_tertinggi() -> None:
    with pytest.raises(ValueError, match="tidak menutup nilai di atas 100"):
        buat_skala([_k("Tinggi", 50, 100), _k("Rendah", None, 50)])


def test_buat_skala_tanpa_batas_bawah_terendah() -> None:
    with pytest.raises(ValueError, match="tidak menutup nilai sampai 0"):
        buat_skala([_k("Tinggi", 50, None), _k("Rendah", 0, 50)])


def test_buat_skala_dua_tanpa_batas_atas() -> None:
    with pytest.raises(ValueError, match="lebih dari satu kategori tanpa batas atas"):
        buat_skala([_k("A", 50, None), _k("B", 60, None), _k("R", None, 50)])


def test_buat_skala_kategori_kosong() -> None:
    with pytest.raises(ValueError, match="kategori 'A' kosong"):
        buat_skala([_k("T", 50, None), _k("A", 50, 50), _k("R", None, 50)])


def test_buat_skala_nama_ganda() -> None:
    with pytest.raises(ValueError, match="nama ganda: 'A'"):
        buat_skala([_k("A", 50, None), _k("A", None, 50)])


def test_buat_skala_tanpa_kategori() -> None:
    with pytest.raises(ValueError, match="kosong"):
        buat_skala([])


def test_buat_skala_batas_float_ditolak() -> None:
    with pytest.raises(ValueError, match="Decimal berhingga"):
        buat_skala([Kategori("A", 50.0, None), _k("R", None, 50)])  # type: ignore[arg-type]


def test_skala_langsung_harus_urut() -> None:
    with pytest.raises(ValueError, match="urut dari yang tertinggi"):
        Skala((_k("R", None, 50), _k("T", 50, None)))


# --- rata_rata dan triwulan ----------------------------------------------------


def test_rata_rata() -> None:
    assert rata_rata([D(200), D("106.25")]) == D("153.125")
    assert rata_rata([D(1), D(2), D(2)]) == D("1.666666666666666666666666667")
    assert rata_rata(iter([D(5)])) == D(5)
    assert rata_rata([]) is None


def test_gabung_triwulan() -> None:
    nilai = [D(10), D("20.5"), D(30), D(40)]
    assert gabung_triwulan("kumulatif", nilai) == D("100.5")
    assert gabung_triwulan("terakhir", nilai) == D(40)
    assert gabung_triwulan("rata-rata", nilai) == D("25.125")


def test_gabung_triwulan_kosong() -> None:
    with pytest.raises(ValueError, match="tidak ada realisasi triwulan"):
        gabung_triwulan("kumulatif", [])


def test_gabung_triwulan_aturan_tidak_dikenal() -> None:
    with pytest.raises(ValueError, match="aturan triwulan 'jumlah' tidak dikenal"):
        gabung_triwulan("jumlah", [D(1)])


# --- tercapai_skala ------------------------------------------------------------

PREDIKAT = ["AA", "A", "BB", "B", "CC", "C", "D"]
OPINI = ["WTP", "WDP", "TW", "TMP"]


def test_tercapai_skala() -> None:
    assert tercapai_skala(PREDIKAT, "BB", "BB")
    assert tercapai_skala(PREDIKAT, "BB", "A")
    assert tercapai_skala(PREDIKAT, "BB", "AA")
    assert not tercapai_skala(PREDIKAT, "BB", "B")
    assert not tercapai_skala(PREDIKAT, "A", "D")
    assert tercapai_skala(OPINI, "WTP", "WTP")
    assert not tercapai_skala(OPINI, "WTP", "WDP")


def test_tercapai_skala_predikat_asing() -> None:
    with pytest.raises(ValueError, match="realisasi 'X' tidak ada dalam urutan"):
        tercapai_skala(PREDIKAT, "A", "X")
    with pytest.raises(ValueError, match="target 'aa' tidak ada dalam urutan"):
        tercapai_skala(PREDIKAT, "aa", "A")


def test_tercapai_skala_urutan_ganda() -> None:
    with pytest.raises(ValueError, match="ganda"):
        tercapai_skala(["A", "B", "A"], "A", "B")


# --- anggaran ------------------------------------------------------------------


def test_serapan() -> None:
    hasil = serapan(40343017000, 40017630058)
    assert hasil == D("99.19344916122658848246277664")
    assert bulatkan(hasil) == D("99.19")
    assert serapan(918009000, 871255162) is not None
    assert serapan(200, 50) == D(25)
    assert serapan(100, 150) == D(150)


def test_serapan_pagu_nol() -> None:
    assert serapan(0, 0) is None
    assert serapan(0, 10) is None


def test_serapan_pagu_negatif_ditolak() -> None:
    with pytest.raises(ValueError, match="negatif"):
        serapan(-1, 0)


def test_serapan_float_ditolak() -> None:
    with pytest.raises(TypeError, match="int"):
        serapan(100.0, 50)  # type: ignore[arg-type]


def test_sisa() -> None:
    assert sisa(918009000, 871255162) == 46753838
    assert sisa(100, 150) == -50


# --- bulatkan ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nilai", "digit", "hasil"),
    [
        ("99.995", 2, "100.00"),
        ("106.245", 2, "106.25"),
        ("2.675", 2, "2.68"),
        ("2.665", 2, "2.67"),
        ("2.6749999", 2, "2.67"),
        ("-2.675", 2, "-2.68"),
        ("200", 2, "200.00"),
        ("0.5", 0, "1"),
        ("1.5", 0, "2"),
        ("2.5", 0, "3"),
        ("64.51612903225806451612903226", 1, "64.5"),
        ("1E+40", 2, "10000000000000000000000000000000000000000.00"),
    ],
)
def test_bulatkan(nilai: str, digit: int, hasil: str) -> None:
    dibulatkan = bulatkan(D(nilai), digit)
    assert dibulatkan == D(hasil)
    assert str(dibulatkan) == hasil


def test_bulatkan_digit_negatif_ditolak() -> None:
    with pytest.raises(ValueError, match="digit"):
        bulatkan(D(1), -1)


# --- sifat (hypothesis) ------------------------------------------------------------

# Nilai eksak dengan paling banyak 6 desimal, cukup untuk target/realisasi nyata.
positif = st.decimals(
    min_value=D("0.000001"),
    max_value=D("1000000000"),
    places=6,
    allow_nan=False,
    allow_infinity=False,
)
nonnegatif = st.decimals(
    min_value=D(0),
    max_value=D("1000000000"),
    places=6,
    allow_nan=False,
    allow_infinity=False,
)
sembarang = st.decimals(allow_nan=False, allow_infinity=True)


@given(positif)
def test_sifat_naik_100_bila_realisasi_sama_target(target: Decimal) -> None:
    assert hitung_capaian("naik", target, target) == 100


@given(positif)
def test_sifat_semua_polaritas_100_bila_realisasi_sama_target(target: Decimal) -> None:
    naik = hitung_capaian("naik", target, target)
    assert hitung_capaian("turun", target, target) == naik
    assert hitung_capaian("stabil", target, target) == naik


@given(positif, nonnegatif, nonnegatif)
def test_sifat_turun_tidak_naik_bila_realisasi_naik(
    target: Decimal, a: Decimal, b: Decimal
) -> None:
    kecil, besar = min(a, b), max(a, b)
    assert hitung_capaian("turun", target, kecil) >= hitung_capaian("turun", target, besar)


@given(positif, nonnegatif)
def test_sifat_capaian_tidak_negatif(target: Decimal, realisasi: Decimal) -> None:
    for polaritas in ("naik", "turun", "stabil"):
        assert hitung_capaian(polaritas, target, realisasi) >= 0


@given(sembarang)
def test_sifat_tepat_satu_kategori(nilai: Decimal) -> None:
    cocok = [k for k in SKALA_BAKU.kategori if k.memuat(nilai)]
    assert len(cocok) == 1
    assert SKALA_BAKU.golongkan(nilai) is cocok[0]


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_sifat_bulatkan_idempoten_dan_dekat(nilai: Decimal) -> None:
    try:
        sekali = bulatkan(nilai)
    except InvalidOperation:  # pragma: no cover - tidak boleh terjadi
        pytest.fail(f"bulatkan gagal untuk {nilai}")
    assert bulatkan(sekali) == sekali
    with localcontext() as konteks:
        konteks.prec = 200
        assert abs(sekali - nilai) <= D("0.005")


pagu_st = st.integers(min_value=1, max_value=10**15)


@given(pagu_st, st.integers(min_value=0, max_value=10**15))
def test_sifat_serapan_kembali_ke_realisasi(pagu: int, realisasi: int) -> None:
    persen = serapan(pagu, realisasi)
    assert persen is not None
    with localcontext() as konteks:
        konteks.prec = 100
        kembali = persen * pagu / 100
    # realisasi/pagu tidak selalu desimal berhingga (1/3), tetapi 28 digit
    # signifikan cukup untuk kembali tepat ke Rupiah bulat.
    assert kembali.quantize(D(1)) == realisasi
    assert abs(kembali - realisasi) < D("0.000001")


@given(
    st.integers(min_value=0, max_value=10),
    st.integers(min_value=0, max_value=10),
    st.integers(min_value=0, max_value=10**12),
)
def test_sifat_serapan_eksak_bila_pagu_2a5b(a: int, b: int, realisasi: int) -> None:
    pagu = 2**a * 5**b
    persen = serapan(pagu, realisasi)
    assert persen is not None
    with localcontext() as konteks:
        konteks.prec = 100
        assert persen * pagu / 100 == realisasi


def test_turun_target_nol_realisasi_nol_seratus_persen() -> None:
    assert hitung_capaian("turun", D(0), D(0)) == 100


@pytest.mark.parametrize("realisasi", [D(1), D("0.01"), D(250)])
def test_turun_target_nol_realisasi_positif_nol_persen(realisasi: Decimal) -> None:
    assert hitung_capaian("turun", D(0), realisasi) == 0


@pytest.mark.parametrize("polaritas", ["naik", "stabil"])
def test_target_nol_selain_turun_ditolak_dengan_alasan(polaritas: str) -> None:
    with pytest.raises(ValueError, match=f"target 0 pada indikator {polaritas} tidak mengukur apa pun"):
        hitung_capaian(polaritas, D(0), D(1))
