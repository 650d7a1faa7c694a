"""Uji nilai eksak pemuat data (lakip.load.muat) pada satker contoh tests/fixtures/satker/kab-contoh."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from bantu_situs import UJI

from lakip.check import periksa
from lakip.cli import main
from lakip.load.cache import Cache
from lakip.load.muat import baca_data_berkas, muat
from lakip.model.rekaman import (
    RO,
    AnggaranPK,
    BarisPK,
    Belanja,
    Dokumen,
    Indikator,
    Jumlah,
    Kegiatan,
    Pejabat,
    Pihak,
    Profil,
    Program,
    Realisasi,
    Revisi,
    TercetakKinerja,
    Tujuan,
)

FIXTURE = UJI / "fixtures" / "satker"
CONTOH = FIXTURE / "kab-contoh"
D = Decimal
RINGKASAN = "1 satker, 1 tahun, 3 indikator: tidak ada masalah"


@pytest.fixture(scope="module")
def data():
    data, masalah = muat(FIXTURE, "satker")
    assert masalah.items == []
    assert periksa(data).items == []
    return data


@pytest.fixture(scope="module")
def satker(data):
    return data.satker["kab-contoh"]


# ------------------------------------------------------------------ struktur folder

def test_satu_satker_satu_tahun(data, satker) -> None:
    assert list(data.satker) == ["kab-contoh"]
    assert data.root == FIXTURE
    assert satker.id == "kab-contoh"
    assert satker.folder == CONTOH
    assert satker.tampil == "satker/kab-contoh"
    assert satker.nama == "KPU Kabupaten Contoh"
    assert list(satker.tahun) == [2024]
    th = satker.tahun[2024]
    assert th.tahun == 2024
    assert th.folder == "satker/kab-contoh/2024"
    assert th.lkj is None
    assert th.pk is not None and th.realisasi is not None and th.anggaran is not None
    assert th.pk.path == "satker/kab-contoh/2024/pk.md"
    assert th.realisasi.path == "satker/kab-contoh/2024/realisasi.md"
    assert th.anggaran.path == "satker/kab-contoh/2024/anggaran.md"


# ------------------------------------------------------------------ profil.md

def test_profil(satker) -> None:
    b = satker.profil
    assert b is not None
    assert b.path == "satker/kab-contoh/profil.md"
    assert b.body == "KPU Kabupaten Contoh adalah satker contoh untuk pengujian.\n"
    assert b.body_baris == 22
    p = b.data
    assert p == Profil(
        nama="KPU Kabupaten Contoh",
        tingkat="kabupaten",
        provinsi="Kalimantan Selatan",
        alamat="Jl. Contoh No. 1",
        pejabat=(Pejabat(nama="Ahmad", jabatan="Ketua"), Pejabat(nama="Siti", jabatan="Sekretaris")),
        sdm=(Jumlah(kelompok="PNS", jumlah=11),),
        dokumen=(Dokumen(judul="Laporan Kinerja 2024", tahun=2024, kategori="berkala", jenis="lkj",
                         tanggal=datetime.date(2025, 1, 17)),),
    )
    assert p.induk is None and p.unit_kerja == () and p.badan_adhoc == ()
    assert p.dokumen[0].bentuk == "softcopy" and p.dokumen[0].resmi is False
    # line 2 is a yaml-language-server comment: the record starts on line 3
    assert p.posisi == {"": 3, "nama": 3, "tingkat": 4, "provinsi": 5, "alamat": 6,
                        "pejabat": 7, "sdm": 12, "dokumen": 15}
    assert p.path == "satker/kab-contoh/profil.md"
    assert [x.posisi for x in p.pejabat] == [{"": 8, "nama": 8, "jabatan": 9}, {"": 10, "nama": 10, "jabatan": 11}]
    assert p.sdm[0].posisi == {"": 13, "kelompok": 13, "jumlah": 14}
    assert p.dokumen[0].posisi == {"": 16, "judul": 16, "tahun": 17, "kategori": 18, "jenis": 19, "tanggal": 20}
    assert p.dokumen[0].line("tanggal") == 20
    assert p.dokumen[0].line("berkas") == 16  # a field not written: the record's line


# ------------------------------------------------------------------ renstra

def test_renstra_periode_dari_nama_berkas(satker) -> None:
    assert len(satker.renstra) == 1
    b = satker.renstra[0]
    assert b.path == "satker/kab-contoh/renstra-2020-2024.md"
    assert (b.data.mulai, b.data.selesai) == (2020, 2024)
    assert b.body == ""
    assert b.body_baris == 35
    r = b.data
    assert r.visi == "Menjadi penyelenggara Pemilu yang mandiri"
    assert r.misi == ("Membangun lembaga yang profesional",)
    assert r.dasar is None
    assert r.tujuan == (Tujuan(id="T1", uraian="Meningkatkan kualitas penyelenggaraan Pemilu"),)
    assert r.posisi == {"": 2, "visi": 2, "misi": 3, "tujuan": 5, "sasaran": 8}
    assert [(s.id, s.tingkat, s.tujuan, s.line()) for s in r.sasaran] == [
        ("SS1", "strategis", "T1", 9), ("SS2", "strategis", "T1", 18)]
    assert r.sasaran[0].uraian == "Terwujudnya kebijakan bidang politik yang kuat"


def test_renstra_indikator(satker) -> None:
    r = satker.renstra[0].data
    ik11, = r.sasaran[0].indikator
    ik21, ik22 = r.sasaran[1].indikator
    assert ik11 == Indikator(id="IK1.1", nama="Persentase naskah akademik PKPU berbasis riset", satuan="%",
                             iku=True, target={2023: D("70"), 2024: D("77.5")})
    assert ik11.polaritas == "naik"  # the default
    assert ik21 == Indikator(id="IK2.1", nama="Persentase pemilih yang berhak memilih tetapi tidak masuk DPT",
                             satuan="%", polaritas="turun", iku=True, target={2024: D("0.16")})
    assert ik22 == Indikator(id="IK2.2", nama="Jumlah dokumen DPT yang ditetapkan", satuan="Dokumen", iku=True,
                             agregasi_triwulan="kumulatif", target={2024: D("2")})
    for ind in (ik11, ik21, ik22):
        assert all(type(k) is int for k in ind.target)
        assert all(type(v) is Decimal for v in ind.target.values())
        assert ind.skala == () and ind.realisasi_maks is None
    # exact decimals, never binary floats
    assert str(ik11.target[2024]) == "77.5" and str(ik21.target[2024]) == "0.16"
    assert ik11.posisi == {"": 13, "id": 13, "nama": 14, "satuan": 15, "iku": 16, "target": 17}
    assert ik21.posisi == {"": 22, "id": 22, "nama": 23, "satuan": 24, "polaritas": 25, "iku": 26, "target": 27}
    assert ik22.line("agregasi_triwulan") == 32 and ik22.line("target") == 33
    assert ik11.path == "satker/kab-contoh/renstra-2020-2024.md"


# ------------------------------------------------------------------ pk.md

def test_pk(satker) -> None:
    pk = satker.tahun[2024].pk
    assert pk is not None and pk.body == "" and pk.body_baris == 20
    p, = pk.data.perjanjian
    assert (p.id, p.jenis, p.judul, p.revisi, p.tempat, p.tanggal) == (
        "ketua", "pk", None, None, "Contoh", datetime.date(2024, 1, 4))
    assert p.pihak_pertama == Pihak(jabatan="Ketua KPU Kabupaten Contoh", nama="Ahmad")
    assert p.pihak_kedua == Pihak(jabatan="Ketua KPU Provinsi Kalimantan Selatan")
    assert p.baris == (
        BarisPK(indikator="IK1.1", target=D("77.5")),
        BarisPK(indikator="IK2.1", target=D("0.16")),
        BarisPK(indikator="IK2.2", target=D("2")),
    )
    assert all(type(b.target) is Decimal and b.revisi is False and b.satuan is None for b in p.baris)
    assert p.anggaran == (AnggaranPK(program="076.01.WA", nama="Program Dukungan Manajemen", pagu=31210673000),)
    assert type(p.anggaran[0].pagu) is int
    assert p.rencana_aksi == ()
    assert p.posisi == {"": 3, "id": 3, "tempat": 4, "tanggal": 5, "pihak_pertama": 6, "pihak_kedua": 7,
                        "baris": 8, "anggaran": 15}
    assert [(b.line("indikator"), b.line("target")) for b in p.baris] == [(9, 10), (11, 12), (13, 14)]
    assert p.pihak_pertama.posisi == {"": 6, "jabatan": 6, "nama": 6}  # flow style: one line
    assert p.anggaran[0].line("pagu") == 18
    assert p.baris[2].path == "satker/kab-contoh/2024/pk.md"


# ------------------------------------------------------------------ realisasi.md

def test_realisasi(satker) -> None:
    rb = satker.tahun[2024].realisasi
    assert rb is not None
    r = rb.data
    assert r.realisasi == (
        Realisasi(indikator="IK1.1", nilai=D("50"),
                  tercetak=(TercetakKinerja(sumber="Ringkasan Eksekutif", capaian=D("85")),)),
        Realisasi(indikator="IK2.1", nilai=D("0"),
                  tercetak=(TercetakKinerja(sumber="BAB III.A", capaian=D("200")),)),
        Realisasi(indikator="IK2.2", triwulan=(D("0"), D("1"), D("0"), D("1"))),
    )
    assert r.realisasi[2].nilai is None
    assert all(type(v) is Decimal for v in r.realisasi[2].triwulan)
    assert r.penghargaan == () and r.tercetak == ()
    assert [x.posisi for x in r.realisasi] == [
        {"": 3, "indikator": 3, "nilai": 4, "tercetak": 5},
        {"": 8, "indikator": 8, "nilai": 9, "tercetak": 10},
        {"": 13, "indikator": 13, "triwulan": 14},
    ]
    assert r.realisasi[0].tercetak[0].posisi == {"": 6, "sumber": 6, "capaian": 7}
    assert r.realisasi[1].tercetak[0].line("capaian") == 12


# ------------------------------------------------------------------ anggaran.md

def test_anggaran(satker) -> None:
    ab = satker.tahun[2024].anggaran
    assert ab is not None
    a = ab.data
    assert (a.pagu, a.realisasi, a.pagu_awal, a.nka) == (None, None, None, None)
    assert a.program == (
        Program(kode="076.01.WA", nama="Program Dukungan Manajemen", kegiatan=(
            Kegiatan(kode="6709", nama="Dukungan Manajemen", ro=(
                RO(kode="6709.QGE.001", nama="Layanan Perkantoran", pagu=1000000, realisasi=999000),
                RO(kode="6709.RAN.001", nama="Sarana Teknologi", pagu=500000, realisasi=400000),
            )),
        )),
        Program(kode="076.01.CQ", nama="Program Penyelenggaraan Pemilu", pagu=2000000, realisasi=1900000),
    )
    # a 4-digit code typed as a plain number stays the text typed
    assert a.program[0].kegiatan[0].kode == "6709"
    assert a.belanja == (
        Belanja(kode="51", nama="Belanja Pegawai", pagu=1500000, realisasi=1400000),
        Belanja(kode="52", nama="Belanja Barang", pagu=2000000, realisasi=1899000),
    )
    assert a.revisi == (Revisi(ke=1, tanggal=datetime.date(2024, 3, 1), pagu=3500000, uraian="Hibah"),)
    assert a.sumber_dana == () and a.tercetak == ()
    uang = [r.pagu for r in a.program[0].kegiatan[0].ro] + [a.program[1].pagu, a.revisi[0].pagu]
    assert all(type(v) is int for v in uang)
    assert a.posisi == {"": 2, "program": 2, "belanja": 21, "revisi": 24}
    assert a.program[0].posisi == {"": 3, "kode": 3, "nama": 4, "kegiatan": 5}
    assert a.program[0].kegiatan[0].line("ro") == 8
    assert [r.line("pagu") for r in a.program[0].kegiatan[0].ro] == [11, 15]
    assert a.program[1].posisi == {"": 17, "kode": 17, "nama": 18, "pagu": 19, "realisasi": 20}
    assert [b.line("pagu") for b in a.belanja] == [22, 23]
    assert a.revisi[0].line("pagu") == 25


# ------------------------------------------------------------------ display paths

def test_jalur_tampil_folder_satu_satker() -> None:
    data, masalah = muat(CONTOH, "data/kab-contoh")
    assert not masalah
    s = data.satker["kab-contoh"]
    assert s.tampil == "data/kab-contoh"
    assert s.profil is not None and s.profil.path == "data/kab-contoh/profil.md"
    assert s.tahun[2024].pk is not None and s.tahun[2024].pk.path == "data/kab-contoh/2024/pk.md"


def test_jalur_tampil_bawaan_adalah_folder() -> None:
    data, _ = muat(FIXTURE)
    assert data.satker["kab-contoh"].renstra[0].path == f"{FIXTURE}/kab-contoh/renstra-2020-2024.md"


def test_folder_tidak_ada(tmp_path: Path) -> None:
    data, masalah = muat(tmp_path / "tidak-ada", "satker")
    assert data.satker == {}
    assert masalah.teks() == "satker:1: folder data satker tidak ditemukan (buat folder satker/ atau sebutkan foldernya)"


def test_baca_data_berkas_mengembalikan_masalah(tmp_path: Path) -> None:
    from lakip.model.rekaman import Profil as P

    f = tmp_path / "profil.md"
    f.write_text("---\nnama: X\ntingkat: desa\n---\n", encoding="utf-8")
    b, errs = baca_data_berkas(P, f, "x/profil.md")
    assert b is None
    assert [str(e) for e in errs] == [
        ("x/profil.md:3: 'tingkat' berisi 'desa', bukan pilihan yang dikenal "
         "(pilih salah satu: ri, provinsi, kabupaten, kota)"),
    ]


# ------------------------------------------------------------------ cache

def _salin(tmp_path: Path) -> Path:
    root = tmp_path / "satker"
    shutil.copytree(FIXTURE, root)
    return root


def test_cache_hanya_membaca_ulang_berkas_yang_berubah(tmp_path: Path) -> None:
    root = _salin(tmp_path)
    cache = Cache()
    data1, m1 = muat(root, "satker", cache)
    assert not m1
    assert cache.dibaca == 5  # profil, renstra, pk, realisasi, anggaran
    data2, m2 = muat(root, "satker", cache)
    assert not m2 and cache.dibaca == 5
    # unchanged files give the very same parsed objects
    assert data2.satker["kab-contoh"].profil is data1.satker["kab-contoh"].profil

    pk = root / "kab-contoh" / "2024" / "pk.md"
    pk.write_text(pk.read_text(encoding="utf-8").replace("target: 77.5", "target: 77.50"), encoding="utf-8")
    data3, m3 = muat(root, "satker", cache)
    assert not m3
    assert cache.dibaca == 6
    th3 = data3.satker["kab-contoh"].tahun[2024]
    assert th3.pk is not data1.satker["kab-contoh"].tahun[2024].pk
    assert th3.realisasi is data1.satker["kab-contoh"].tahun[2024].realisasi
    assert th3.pk is not None and th3.pk.data.perjanjian[0].baris[0].target == D("77.5")


def test_cache_mtime_saja(tmp_path: Path) -> None:
    """Same size, new mtime: the file is read again."""
    root = _salin(tmp_path)
    cache = Cache()
    muat(root, "satker", cache)
    n = cache.dibaca
    f = root / "kab-contoh" / "profil.md"
    st = f.stat()
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    muat(root, "satker", cache)
    assert cache.dibaca == n + 1


def test_cache_menyimpan_masalah(tmp_path: Path) -> None:
    """A broken file read from the cache reports the same problems."""
    root = _salin(tmp_path)
    f = root / "kab-contoh" / "2024" / "realisasi.md"
    f.write_text(f.read_text(encoding="utf-8").replace("nilai: 50", "nilai: 50%"), encoding="utf-8")
    cache = Cache()
    _, m1 = muat(root, "satker", cache)
    n = cache.dibaca
    _, m2 = muat(root, "satker", cache)
    assert cache.dibaca == n
    assert m1.teks() == m2.teks() == (
        "satker/kab-contoh/2024/realisasi.md:4: 'nilai' berisi '50%', bukan angka "
        "(tulis angkanya saja: 50; satuan '%' ditulis di kolom satuan)"
    )


def test_jumlah_berkas_data_fixture() -> None:
    files = sorted(p.relative_to(CONTOH).as_posix() for p in CONTOH.rglob("*.md"))
    assert files == ["2024/anggaran.md", "2024/pk.md", "2024/realisasi.md", "profil.md", "renstra-2020-2024.md"]


# ------------------------------------------------------------------ lakip check

def _check(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    kode = main(["check", *argv])
    out, err = capsys.readouterr()
    return kode, out, err


def test_check_folder_induk(capsys: pytest.CaptureFixture[str]) -> None:
    assert _check([str(FIXTURE)], capsys) == (0, RINGKASAN + "\n", "")


def test_check_satu_folder_satker(capsys: pytest.CaptureFixture[str]) -> None:
    assert _check([str(CONTOH)], capsys) == (0, RINGKASAN + "\n", "")


def test_check_dari_dalam_folder(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(CONTOH)
    assert _check(["."], capsys) == (0, RINGKASAN + "\n", "")
    monkeypatch.chdir(FIXTURE)
    assert _check(["."], capsys) == (0, RINGKASAN + "\n", "")


def test_check_bawaan_folder_satker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    _salin(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert _check([], capsys) == (0, RINGKASAN + "\n", "")


def test_check_melaporkan_masalah_relatif_ke_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    root = _salin(tmp_path)
    pk = root / "kab-contoh" / "2024" / "pk.md"
    pk.write_text(pk.read_text(encoding="utf-8").replace("target: 77.5", "target: 80"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    kode, out, err = _check(["satker"], capsys)
    assert kode == 1
    assert out == ("satker/kab-contoh/2024/pk.md:10: target IK1.1 di perjanjian ketua (80) berbeda dari "
                   "target Renstra 2024 (77,5) (samakan, atau tulis revisi: true dan alasan)\n")
    assert err == "1 masalah ditemukan.\n"


@pytest.mark.parametrize("folder", [FIXTURE, CONTOH], ids=["induk", "satker"])
def test_perintah_lakip(folder: Path) -> None:
    """The installed console script, as satker staff run it."""
    exe = shutil.which("lakip")
    cmd = [exe] if exe else [sys.executable, "-m", "lakip.cli"]
    r = subprocess.run([*cmd, "check", str(folder)], capture_output=True, text=True, timeout=60, check=False)
    assert (r.returncode, r.stdout, r.stderr) == (0, RINGKASAN + "\n", "")
