"""Batas angka: whatever passes ``lakip check`` can be computed and published; what is out of bounds is refused.

A small valid satker (a copy of ``tests/fixtures/portal/kab-contoh-satu``, its
2024 data rewritten from the templates below) gets generated numbers in every
kind of slot: targets and realisasi in %, in a count unit and in Rupiah,
quarterly values, printed (tercetak) figures, pagu and realisasi anggaran, NKA.

- within bounds: every slot holds a value from the whole accepted range
  (0.0001 up to the bound of its unit, 0 to 4 decimals, Rupiah up to 10^16).
  The check must find nothing, and then the whole build in memory (pages,
  directives, DIP, open data, the LKj print HTML) must raise nothing.
- out of bounds: one slot holds a value just or far outside the range (above
  the kind's or the unit's bound, 5 or more decimals, digits other than 0-9,
  nan/inf, an exponent). The check must refuse it at ``path:line`` in that
  slot's file, and raise nothing; were it accepted, the build still must not
  raise (before the bounds, 10^28 and more crashed it with InvalidOperation).

Examples are derandomized (the same every run) and few enough for ~10 s.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from bantu_situs import UJI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lakip.bangun import bangun
from lakip.check.nilai import BATAS_JUMLAH, BATAS_PERSEN
from lakip.compute.situs import Situs
from lakip.errors import LakipError
from lakip.lkj import pdf
from lakip.lkj.susun import susun_lkj
from lakip.model.skema import BATAS_BULAT, BATAS_DESIMAL
from lakip.site import cetak, dip, direktif, export
from lakip.site.halaman import semua_halaman

SUMBER = UJI / "fixtures" / "portal" / "kab-contoh-satu"
SID = "kab-contoh-satu"
TAMPIL = "satker"

RENSTRA = """---
visi: Menjadi penyelenggara Pemilu yang mandiri
misi:
  - Membangun lembaga yang profesional
sasaran:
  - id: SS1
    uraian: Terwujudnya pemutakhiran data pemilih yang akurat
    indikator:
      - id: IK1
        nama: Persentase pemilih terdaftar dalam DPT
        satuan: "%"
        iku: true
        target: {{2024: {T_PERSEN}}}
      - id: IK2
        nama: Persentase pemilih yang berhak tetapi tidak masuk DPT
        satuan: "%"
        polaritas: turun
        iku: true
        target: {{2024: {T_TURUN}}}
      - id: IK3
        nama: Jumlah pemilih yang dilayani pindah memilih
        satuan: pemilih
        polaritas: stabil
        agregasi_triwulan: rata-rata
        target: {{2024: {T_JUMLAH}}}
  - id: SS2
    uraian: Terwujudnya tata kelola yang akuntabel
    indikator:
      - id: IK4
        nama: Nilai hibah yang dipertanggungjawabkan
        satuan: Rupiah
        agregasi_triwulan: kumulatif
        target: {{2024: {T_RUPIAH}}}
      - id: IK5
        nama: Nilai SAKIP
        satuan: predikat
        skala: [AA, A, BB, B, CC]
        target: {{2024: BB}}
---
"""

PK = """---
perjanjian:
  - id: ketua
    baris:
      - indikator: IK1
        target: {T_PERSEN}
      - indikator: IK2
        target: {T_TURUN}
      - indikator: IK3
        target: {T_JUMLAH}
      - indikator: IK4
        target: {T_RUPIAH}
      - indikator: IK5
        target: BB
    anggaran:
      - program: 076.01.WA
        nama: Program Dukungan Manajemen
        pagu: {PK_PAGU}
    rencana_aksi:
      - indikator: IK3
        kegiatan: [Layanan pindah memilih]
        bulan: [1, 4, 7, 10]
        target_triwulan: [{TT1}, {TT2}, {TT3}, {TT4}]
---
"""

REALISASI = """---
realisasi:
  - indikator: IK1
    nilai: {R_PERSEN}
    tercetak:
      - sumber: BAB III Tabel 3.1
        target: {CT_TARGET}
        realisasi: {CT_REALISASI}
        capaian: {CT_CAPAIAN}
  - indikator: IK2
    nilai: {R_TURUN}
  - indikator: IK3
    triwulan: [{Q1}, {Q2}, {Q3}, {Q4}]
  - indikator: IK4
    triwulan: [{QR1}, {QR2}, {QR3}, {QR4}]
  - indikator: IK5
    nilai: A
tercetak:
  - sumber: BAB III Tabel 3.2
    lingkup: iku
    capaian: {CT_RATA}
---
"""

ANGGARAN = """---
pagu_awal: {PAGU_AWAL}
program:
  - kode: 076.01.WA
    nama: Program Dukungan Manajemen
    kegiatan:
      - kode: 6709
        nama: Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya
        ro:
          - kode: 6709.QGE.001
            nama: Layanan Perkantoran
            pagu: {P1}
            realisasi: {R1}
          - kode: 6709.RAN.001
            nama: Sarana Teknologi Informasi
            pagu: {P2}
            realisasi: {R2}
    tercetak:
      - sumber: BAB III Tabel 3.5
        pagu: {CA_PAGU}
        realisasi: {CA_REALISASI}
        serapan: {CA_SERAPAN}
        sisa: {CA_SISA}
nka:
  nilai: {NKA}
  predikat: Baik
---
"""

BERKAS = {"renstra-2020-2024.md": RENSTRA, "2024/pk.md": PK, "2024/realisasi.md": REALISASI,
          "2024/anggaran.md": ANGGARAN}

PERSEN, JUMLAH, DESIMAL, RUPIAH = BATAS_PERSEN, BATAS_JUMLAH, BATAS_DESIMAL, BATAS_BULAT


@dataclass(frozen=True)
class Slot:
    """A place for a number in the templates: its accepted range, and whether it holds Rupiah."""

    bawah: Decimal
    atas: Decimal
    rupiah: bool = False
    satuan: bool = True  # held to its indicator's unit bound by the check (not the printed figures)


SLOT = {
    "T_PERSEN": Slot(Decimal("0.0001"), PERSEN),
    "T_TURUN": Slot(Decimal("0.0001"), PERSEN),
    "R_PERSEN": Slot(Decimal(0), Decimal(100)),
    "R_TURUN": Slot(Decimal(0), Decimal(100)),
    "T_JUMLAH": Slot(Decimal("0.0001"), JUMLAH),
    **{f"Q{i}": Slot(Decimal(0), JUMLAH) for i in range(1, 5)},
    **{f"TT{i}": Slot(Decimal(0), JUMLAH) for i in range(1, 5)},
    "T_RUPIAH": Slot(Decimal("0.0001"), DESIMAL, satuan=False),
    **{f"QR{i}": Slot(Decimal(0), DESIMAL, satuan=False) for i in range(1, 5)},
    **{k: Slot(Decimal(0), DESIMAL, satuan=False)
       for k in ("CT_TARGET", "CT_REALISASI", "CT_CAPAIAN", "CT_RATA", "CA_SERAPAN", "NKA")},
    **{k: Slot(Decimal(0), Decimal(RUPIAH), rupiah=True, satuan=False)
       for k in ("PK_PAGU", "PAGU_AWAL", "P1", "P2", "CA_PAGU", "CA_REALISASI")},
    "CA_SISA": Slot(Decimal(-RUPIAH), Decimal(RUPIAH), rupiah=True, satuan=False),
}
# realisasi anggaran: at most its pagu, drawn as a share of it
REALISASI_DARI = {"R1": "P1", "R2": "P2"}


def _berkas_slot(nama: str) -> str:
    return next(rel for rel, teks in BERKAS.items() if "{" + nama + "}" in teks)


# ------------------------------------------------------------------ numbers as typed

def _teks(nilai: Decimal, digit: int) -> str:
    return format(nilai.quantize(Decimal(1).scaleb(-digit)), "f")


@st.composite
def _di_dalam(draw: st.DrawFn, slot: Slot) -> str:
    """A value of ``slot``'s whole accepted range, as staff would type it."""
    if slot.rupiah:
        n = draw(st.one_of(st.sampled_from([int(slot.bawah), int(slot.atas), 0, 1]),
                           st.integers(int(slot.bawah), int(slot.atas))))
        return f"{n:_}" if draw(st.booleans()) and n >= 0 else str(n)
    digit = draw(st.integers(0, 4))
    skala = Decimal(10) ** digit
    bawah, atas = int(slot.bawah * skala), int(slot.atas * skala)
    if bawah == 0 and slot.bawah > 0:
        bawah = 1
    # magnitudes across the range: hypothesis' integers favour small ones and the edges
    n = draw(st.one_of(st.sampled_from([bawah, atas]), st.integers(bawah, atas),
                       st.integers(0, len(str(atas)) - 1).map(lambda k: min(max(10**k, bawah), atas))))
    teks = _teks(Decimal(n) / skala, digit)
    # 1.500 and 12.345 are refused as maybe thousands (tests/malformed/016): staff write 12.3450
    return teks + "0" if re.fullmatch(r"\d{1,3}\.\d{3}", teks) else teks


_NOL_ASING = [0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1040, 0x1D7CE]  # fullwidth, Arabic-Indic, ...
_TAK_HINGGA = [".nan", ".NaN", "nan", "NaN", ".inf", ".Inf", "-.inf", "+.inf", "inf", "Infinity", "-Infinity", "INF"]


CARA = ("raksasa", "satuan", "desimal", "asing", "superskrip", "tak_hingga", "eksponen")


@st.composite
def _di_luar(draw: st.DrawFn, slot: Slot, pilih: str) -> str:
    """A value ``lakip check`` must refuse in ``slot``, made the way ``pilih`` (one of ``CARA``) says:
    above the kind's or the unit's bound, too many decimals, other digits, nan/inf, an exponent."""
    if pilih == "raksasa":
        batas = int(RUPIAH if slot.rupiah else DESIMAL)
        # just above, and every magnitude up to 10^60, the far ones often: beyond 10^28 a value
        # left unchecked overflows the 28-digit decimal context of the computation
        lebih = draw(st.one_of(st.sampled_from([1, 10**28, 10**40, 10**60]), st.integers(1, 60).flatmap(
            lambda k: st.integers(10 ** (k - 1), 10**k))))
        return str(batas + lebih)
    if pilih == "satuan":  # above the indicator's unit bound, within the value kind's
        ruang = len(str(int(DESIMAL - slot.atas))) - 1
        tambah = draw(st.one_of(st.sampled_from([Decimal("0.0001"), Decimal(1)]), st.integers(1, ruang).flatmap(
            lambda k: st.integers(10 ** (k - 1), 10**k)).map(Decimal)))
        return _teks(slot.atas + tambah, 4 if tambah < 1 else 0)
    dasar = draw(_di_dalam(slot))
    if pilih == "desimal":
        nilai = Decimal(dasar.replace("_", ""))
        if slot.rupiah:  # no sen in Rupiah
            return _teks(nilai, draw(st.integers(1, 6))) if nilai >= 0 else f"{nilai}.5"
        return _teks(nilai, draw(st.integers(5, 12)))
    if pilih == "asing":
        nol = draw(st.sampled_from(_NOL_ASING))
        return "".join(chr(nol + int(c)) if c.isdigit() else c for c in dasar)
    if pilih == "superskrip":
        return dasar.replace("_", "") + draw(st.sampled_from(["²", "³", "¹"]))
    if pilih == "tak_hingga":
        return draw(st.sampled_from(_TAK_HINGGA))
    assert pilih == "eksponen"
    mantisa = draw(st.sampled_from(["1", "2.5", "63", "0.5", "9.99"]))
    return f"{mantisa}{draw(st.sampled_from(['e', 'E']))}{draw(st.integers(-30, 30))}"


@st.composite
def _isian_sah(draw: st.DrawFn) -> dict[str, str]:
    """A valid value for every slot."""
    nilai = {nama: draw(_di_dalam(slot)) for nama, slot in SLOT.items()}
    for nama, induk in REALISASI_DARI.items():
        pagu = int(nilai[induk].replace("_", ""))
        nilai[nama] = str(draw(st.one_of(st.sampled_from([0, pagu]), st.integers(0, pagu))))
    return nilai


def _dasar() -> dict[str, str]:
    """Plain valid values: 1 where 0 is refused (a target), else 0."""
    nilai = {nama: ("1" if s.bawah > 0 else "0") for nama, s in SLOT.items()}
    nilai.update({"R1": "0", "R2": "0"})
    return nilai


# ------------------------------------------------------------------ the satker and the build

@pytest.fixture(scope="module")
def akar(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``satker/`` holding a copy of the fixture satker, reduced to its 2024 year."""
    root = tmp_path_factory.mktemp("batas") / TAMPIL
    salinan = root / SID
    shutil.copytree(SUMBER, salinan)
    for lama in ("2022", "2023"):
        shutil.rmtree(salinan / lama, ignore_errors=True)
    profil = salinan / "profil.md"
    profil.write_text(re.sub(r"(?m)^induk: .*\n", "", profil.read_text(encoding="utf-8")), encoding="utf-8")
    return root


def _tulis(root: Path, nilai: dict[str, str]) -> None:
    for rel, templat in BERKAS.items():
        (root / SID / rel).write_text(templat.format(**nilai), encoding="utf-8")


def _periksa(root: Path) -> tuple[Situs, list[LakipError]]:
    """What ``lakip check`` runs on the data (the layout check aside)."""
    situs, masalah = bangun(root, TAMPIL, terbit=False)
    if not masalah:
        masalah.items.extend(direktif.periksa_body(situs))
        masalah.items.extend(dip.periksa(situs))
    return situs, masalah.urut()


def _bangun(situs: Situs) -> None:
    """What the site build computes and writes, in memory: every page with its directives
    applied, the DIP files, the open data, each LKj's print HTML."""
    semua = semua_halaman(situs)
    for uri, (md, sid, tahun) in semua.items():
        _, galat = direktif.terapkan(md, situs, uri, 1, direktif.Konteks(sid, tahun))
        assert not galat, [str(e) for e in galat]
    dip.berkas_statis(situs, semua, "https://contoh.kpu.go.id/", True)
    assert export.semua_berkas(situs)
    for sid, tahun in cetak.daftar_lkj(situs):
        assert pdf.html_dasar(susun_lkj(situs, sid, tahun))


def _baris_ada(root: Path, e: LakipError) -> bool:
    path = root.parent / e.path
    return path.is_file() and 1 <= e.line <= path.read_text(encoding="utf-8").count("\n") + 1


def _masalah_sah(akar: Path, masalah: list[LakipError]) -> None:
    for e in masalah:
        assert re.fullmatch(rf"{TAMPIL}/{SID}/[^:\s]+:\d+: \S.*", str(e)), str(e)
        assert _baris_ada(akar, e), str(e)


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(nilai=_isian_sah())
def test_nilai_dalam_batas_lolos_check_dan_terbangun(akar: Path, nilai: dict[str, str]) -> None:
    _tulis(akar, nilai)
    situs, masalah = _periksa(akar)
    _masalah_sah(akar, masalah)
    assert not masalah, [str(e) for e in masalah]
    _bangun(situs)


# One slot of each kind (Q2 stands for Q1-Q4, ...), each way of being out of bounds: Hypothesis
# explores a small draw well, one value among forty drawn at once far less.
WAKIL = ("T_PERSEN", "T_TURUN", "R_PERSEN", "R_TURUN", "T_JUMLAH", "Q2", "TT3", "T_RUPIAH", "QR4", "CT_TARGET",
         "CT_REALISASI", "CT_CAPAIAN", "CT_RATA", "CA_SERAPAN", "NKA", "PK_PAGU", "PAGU_AWAL", "P1", "CA_PAGU",
         "CA_REALISASI", "CA_SISA")


@pytest.mark.parametrize(("slot", "cara"), [(s, c) for s in WAKIL for c in CARA if c != "satuan" or SLOT[s].satuan])
@settings(max_examples=4, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_nilai_di_luar_batas_ditolak_di_berkasnya(akar: Path, slot: str, cara: str, data: st.DataObject) -> None:
    teks = data.draw(_di_luar(SLOT[slot], cara), label=slot)
    _tulis(akar, {**_dasar(), slot: teks})
    situs, masalah = _periksa(akar)
    _masalah_sah(akar, masalah)
    if not masalah:
        _bangun(situs)  # it should have been refused; at least it must not crash the build
    tempat = f"{TAMPIL}/{SID}/{_berkas_slot(slot)}"
    assert any(e.path == tempat for e in masalah), [str(e) for e in masalah]


_R = str(10**15)
_RP = str(10**16)


@pytest.mark.parametrize("isi", [
    {"T_PERSEN": "10000"}, {"T_PERSEN": "0.0001", "R_PERSEN": "100"}, {"T_TURUN": "0.0001", "R_TURUN": "100"},
    {"T_JUMLAH": "1000000000000", "Q1": "999999999999.9999", "TT4": "1000000000000"},
    # the largest capaian: realisasi 4 x 10^15 (kumulatif) against a target of 0.0001
    {"T_RUPIAH": "0.0001", "QR1": _R, "QR2": _R, "QR3": _R, "QR4": _R},
    {"CT_TARGET": _R, "CT_REALISASI": _R, "CT_CAPAIAN": _R, "CT_RATA": "0.0001", "CA_SERAPAN": _R, "NKA": _R},
    {"P1": "10_000_000_000_000_000", "R1": _RP, "P2": _RP, "R2": "1", "PK_PAGU": _RP, "PAGU_AWAL": _RP,
     "CA_PAGU": _RP, "CA_REALISASI": _RP, "CA_SISA": "-" + _RP},
], ids=["persen", "persen-kecil", "turun-kecil", "jumlah", "rupiah-capaian-terbesar", "tercetak", "anggaran"])
def test_batas_sendiri_diterima_dan_terbangun(akar: Path, isi: dict[str, str]) -> None:
    _tulis(akar, {**_dasar(), **isi})
    situs, masalah = _periksa(akar)
    assert not masalah, [str(e) for e in masalah]
    _bangun(situs)


@pytest.mark.parametrize(("slot", "teks", "kata"), [
    ("T_PERSEN", "10000.0001", "tidak masuk akal (lebih dari 10.000 %"),
    ("T_JUMLAH", "1000000000000.0001", "tidak masuk akal (lebih dari 1.000.000.000.000 pemilih"),
    ("T_RUPIAH", "1000000000000000.0001", "tidak masuk akal (lebih dari 1.000.000.000.000.000;"),
    ("P1", "10000000000000001", "melebihi seluruh APBN"),
    ("P1", "9" * 5000, "melebihi seluruh APBN"),
    ("R_PERSEN", "99.12345", "paling banyak 4 angka di belakang titik (tulis 99.1235)"),
    ("R_PERSEN", "１００", "dengan angka selain 0-9 (tulis 100)"),
    ("R_PERSEN", "٩٩.٥", "dengan angka selain 0-9 (tulis 99.5)"),
    ("R_PERSEN", "९९", "dengan angka selain 0-9 (tulis 99)"),
    ("P1", "10²", "dengan angka selain 0-9 (ketik ulang"),
    ("R_PERSEN", ".nan", "bukan angka yang bisa dihitung"),
    ("T_PERSEN", "Infinity", "bukan angka yang bisa dihitung"),
    ("P1", "-.inf", "bukan angka yang bisa dihitung"),
    ("P1", "6.3e10", "notasi eksponen tidak dipakai (tulis angkanya lengkap: 63000000000)"),
    ("NKA", "1e-9", "notasi eksponen tidak dipakai"),
])
def test_pesan_penolakan(akar: Path, slot: str, teks: str, kata: str) -> None:
    _tulis(akar, {**_dasar(), slot: teks})
    _, masalah = _periksa(akar)
    tempat = f"{TAMPIL}/{SID}/{_berkas_slot(slot)}"
    assert any(e.path == tempat and kata in e.pesan for e in masalah), [str(e) for e in masalah]
