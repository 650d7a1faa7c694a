"""Daftar Informasi Publik (dip.py): the seven Perki 1/2021 elements, defaults, CSV, published files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from bantu_situs import FIXTURE_PORTAL, bangun_sekali

from lakip.bangun import bangun
from lakip.compute.situs import Situs
from lakip.site import dip, halaman

SID = "kab-contoh-satu"
TUJUH = ("ringkasan", "penguasa", "penanggung_jawab", "waktu", "tempat", "bentuk", "retensi")


@pytest.fixture(scope="module")
def semua(situs: Situs) -> dict[str, tuple[str, str | None, int | None]]:
    return halaman.semua_halaman(situs)


def test_butir_dari_dokumen_dan_halaman(situs: Situs, semua: dict) -> None:
    butir = dip.butir_dip(situs, SID, semua)
    for b in butir:
        for unsur in TUJUH:
            assert getattr(b, unsur).strip(), (b.judul, unsur)
        assert b.kategori in ("berkala", "serta-merta", "setiap-saat", "dikecualikan")
    judul = [b.judul for b in butir]
    # the satker's documents
    assert "Laporan Kinerja KPU Kabupaten Contoh Satu Tahun 2024" in judul
    assert "Pengumuman jadwal pemutakhiran data pemilih" in judul
    # the generated pages: capaian, PK, anggaran per year, Renstra, LKj
    for j in ("Capaian Kinerja 2024", "Capaian Kinerja 2022", "Perjanjian Kinerja 2024 (halaman)",
              "Realisasi Anggaran 2024", "Rencana Strategis 2020–2024 (halaman)", "Laporan Kinerja 2024 (halaman)"):
        assert j in judul, j
    assert "Realisasi Anggaran 2022" not in judul  # no budget data that year
    assert "Perjanjian Kinerja 2023 (halaman)" not in judul  # no PK that year
    # order: kategori first (berkala, serta merta, setiap saat, dikecualikan), newest year first
    kat = [b.kategori for b in butir]
    assert kat == sorted(kat, key=["berkala", "serta-merta", "setiap-saat", "dikecualikan"].index)
    berkala = [b.tahun for b in butir if b.kategori == "berkala"]
    assert berkala == sorted(berkala, reverse=True)


def test_nilai_bawaan(situs: Situs, semua: dict) -> None:
    butir = {b.judul: b for b in dip.butir_dip(situs, SID, semua)}
    lkj = butir["Laporan Kinerja KPU Kabupaten Contoh Satu Tahun 2024"]
    assert lkj.retensi == "10 tahun" and "retensi" in lkj.bawaan
    assert lkj.penguasa == "Sekretariat KPU Kabupaten Contoh Satu" and "penguasa" in lkj.bawaan
    assert lkj.penanggung_jawab == "Ketua KPU Kabupaten Contoh Satu"
    assert lkj.waktu == "17 Januari 2025" and lkj.tempat == "Contoh Satu"
    assert "waktu" not in lkj.bawaan and "tempat" not in lkj.bawaan
    pengumuman = butir["Pengumuman jadwal pemutakhiran data pemilih"]
    assert pengumuman.kategori == "serta-merta"
    assert pengumuman.penguasa == "Sub Bagian Perencanaan, Data dan Informasi" and "penguasa" not in pengumuman.bawaan
    assert pengumuman.retensi == "2 tahun"
    assert pengumuman.penanggung_jawab == "Sekretaris KPU Kabupaten Contoh Satu"
    pk = butir["Perjanjian Kinerja Tahun 2024 (ditandatangani)"]
    assert pk.retensi == "5 tahun" and pk.tempat == "Kantor KPU Kabupaten Contoh Satu" and "tempat" in pk.bawaan
    anggaran = butir["Realisasi Anggaran 2024"]
    assert anggaran.penanggung_jawab == "Sekretaris KPU Kabupaten Contoh Satu" and anggaran.retensi == "10 tahun"
    tanpa_tanggal = dip.butir_dip(situs, "kota-contoh-dua", halaman.semua_halaman(situs))
    assert all(b.penguasa == "Sekretariat KPU Kota Contoh Dua" for b in tanpa_tanggal)  # no nama_sekretariat


def test_berkas_diterbitkan_kecuali_yang_dikecualikan(situs: Situs, semua: dict) -> None:
    butir = {b.judul: b for b in dip.butir_dip(situs, SID, semua)}
    pk = butir["Perjanjian Kinerja Tahun 2024 (ditandatangani)"]
    assert pk.uri == f"satker/{SID}/2024/dokumen/pk-2024.pdf" and pk.ukuran and pk.ukuran > 100
    rahasia = butir["Data pribadi pemilih (NIK dan KK)"]
    assert rahasia.kategori == "dikecualikan" and rahasia.uri is None
    statis = dip.berkas_statis(situs, semua)
    assert statis[f"satker/{SID}/2024/dokumen/pk-2024.pdf"] == FIXTURE_PORTAL / SID / "2024" / "dokumen" / "pk-2024.pdf"
    assert not any("rahasia" in u for u in statis)
    assert {u for u in statis if u.endswith("dip.csv")} == {dip.uri_csv(s.id) for s in situs.satker()}


def test_halaman_dip(situs: Situs, semua: dict) -> None:
    md = semua[dip.uri_dip(SID)][0]
    assert md == dip.halaman_dip(situs, SID, semua)
    assert md.startswith("# Daftar Informasi Publik: KPU Kabupaten Contoh Satu\n")
    for j in ("## A. Informasi yang wajib disediakan dan diumumkan secara berkala",
              "## B. Informasi yang wajib diumumkan secara serta merta",
              "## C. Informasi yang wajib tersedia setiap saat",
              "## D. Informasi yang dikecualikan", "## Keterangan"):
        assert j in md
    assert f"[Unduh DIP dalam format CSV](../../data/{SID}/dip.csv)" in md
    kepala = ("| No | Ringkasan isi informasi | Pejabat/unit yang menguasai | Penanggung jawab pembuatan/penerbitan "
              "| Waktu dan tempat pembuatan | Bentuk dan cara memperoleh | Jangka waktu penyimpanan | Tanggal terbit |")
    assert md.count(kepala) == 4  # every category has items: C from the standard list
    assert "[**Perjanjian Kinerja Tahun 2024 (ditandatangani)**](2024/dokumen/pk-2024.pdf)" in md
    assert "| softcopy: [unduh PDF, " in md
    assert "[**Capaian Kinerja 2024**](2024/index.md)" in md
    assert "softcopy (halaman web; data terbuka JSON dan CSV): [buka halaman](2024/index.md)" in md
    assert ("**Data pribadi pemilih (NIK dan KK)**<br>Dikecualikan menurut Pasal 17 huruf h UU 14/2008 (rahasia "
            "pribadi).<br>Dasar hukum: UU 14/2008 Pasal 17 huruf h; uji konsekuensi: Keputusan PPID KPU Kabupaten "
            "Contoh Satu Nomor 1 Tahun 2024") in md
    assert "| Tidak dipublikasikan |" in md
    # a document registered without its file, and a due document not registered: ask the PPID
    assert "softcopy; tersedia atas permintaan ([cara memohon](ppid.md))" in md
    assert "**DIPA 2024 dan revisinya**" in md
    assert "10 tahun \\*" in md  # a default, marked
    publik = md.split("## Keterangan")[1]
    for internal in ("profil.md", "`", "penanggung_jawab", "dokumen:", "Nilai bawaan"):
        assert internal not in md, internal  # editors' words stay out of the public page
    assert "nilai baku" in publik


def test_kategori_lengkap_dengan_bawaan(situs: Situs, semua: dict) -> None:
    """Setiap saat always lists the DIP itself, the profile and what a KPU satker holds; a satker with no
    registered documents still gets its due signed documents, as 'available on request'."""
    butir = dip.butir_dip(situs, "kota-contoh-dua", semua)
    setiap_saat = [b for b in butir if b.kategori == "setiap-saat"]
    assert setiap_saat[0].judul == "Daftar Informasi Publik KPU Kota Contoh Dua"
    assert setiap_saat[0].uri == dip.uri_dip("kota-contoh-dua")
    assert {j for j, _ in dip.SETIAP_SAAT_BAKU} <= {b.judul for b in setiap_saat}
    baku = [b for b in butir if b.asal == "baku"]
    assert all(b.uri is None and b.terbit is None for b in baku)
    berkala = {b.judul for b in butir if b.kategori == "berkala"}
    s = situs.data.satker["kota-contoh-dua"]
    for t, th in s.tahun.items():
        if th.pk is not None:
            assert f"Perjanjian Kinerja {t} (dokumen bertanda tangan)" in berkala
        if th.anggaran is not None:
            assert f"DIPA {t} dan revisinya" in berkala


def test_csv_sama_dengan_halaman(situs: Situs, semua: dict) -> None:
    teks = dip.csv_dip(situs, SID, semua, "https://kinerja.example.go.id/")
    rows = list(csv.DictReader(io.StringIO(teks)))
    butir = dip.butir_dip(situs, SID, semua)
    assert [r["judul"] for r in rows] == [b.judul for b in butir]
    assert [r["nomor"] for r in rows] == [str(i) for i in range(1, len(butir) + 1)]
    assert list(rows[0]) == dip.KOLOM_CSV
    r = {x["judul"]: x for x in rows}
    assert r["Capaian Kinerja 2024"]["tautan"] == f"https://kinerja.example.go.id/satker/{SID}/2024/"
    assert r["Realisasi Anggaran 2024"]["tautan"] == f"https://kinerja.example.go.id/satker/{SID}/2024/anggaran/"
    assert r["Perjanjian Kinerja Tahun 2024 (ditandatangani)"]["tautan"].endswith("/2024/dokumen/pk-2024.pdf")
    assert r["Data pribadi pemilih (NIK dan KK)"]["tautan"] == ""
    assert r["Data pribadi pemilih (NIK dan KK)"]["dasar_pengecualian"] == "UU 14/2008 Pasal 17 huruf h"
    assert r["Data pribadi pemilih (NIK dan KK)"]["tersedia_atas_permintaan"] == "tidak"
    assert r["Laporan Kinerja KPU Kabupaten Contoh Satu Tahun 2024"]["tersedia_atas_permintaan"] == "ya"
    assert r["Pengumuman jadwal pemutakhiran data pemilih"]["kategori"] == "serta merta"
    assert "retensi" in r["Laporan Kinerja KPU Kabupaten Contoh Satu Tahun 2024"]["nilai_bawaan"].split()
    tanpa_folder = dip.csv_dip(situs, SID, semua, "", url_folder=False)
    assert f"satker/{SID}/2024/anggaran.html" in tanpa_folder and f"satker/{SID}/2024/index.html" in tanpa_folder


def test_halaman_lkj_hanya_bila_ada(situs: Situs, semua: dict) -> None:
    tanpa = {k: v for k, v in semua.items() if not k.endswith("/lkj.md")}
    judul = [b.judul for b in dip.butir_dip(situs, SID, tanpa)]
    assert not any(j.startswith("Laporan Kinerja 2024 (halaman)") for j in judul)
    assert "Laporan Kinerja 2024 (halaman)" in [b.judul for b in dip.butir_dip(situs, SID, semua)]


def _satker_dokumen(akar: Path, berkas: str, isi: bytes | None = b"%PDF-1.7\n") -> Path:
    """``akar/kab-x`` listing one document ``berkas`` (its ``berkas:`` on line 9), the file holding ``isi``."""
    s = akar / "kab-x"
    (s / "2024").mkdir(parents=True, exist_ok=True)
    (s / "profil.md").write_text(f"---\nnama: KPU X\ntingkat: kabupaten\nprovinsi: P\ndokumen:\n  - judul: D\n"
                                 f"    tahun: 2024\n    kategori: berkala\n    berkas: '{berkas}'\n---\n")
    if isi is not None:
        path = s / berkas
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(isi)
    return s


def _diterbitkan(situs: Situs) -> list[str]:
    return [u for u in dip.berkas_statis(situs, {}) if not u.endswith("dip.csv")]


@pytest.mark.parametrize("berkas", ["../kab-lain/rahasia.pdf", "/etc/passwd"])
def test_berkas_di_luar_folder_ditolak(tmp_path: Path, berkas: str) -> None:
    _satker_dokumen(tmp_path, berkas, None)
    situs, _ = bangun(tmp_path, "uji", terbit=False)
    err = dip.periksa(situs)
    assert len(err) == 1 and err[0].line == 9 and "tidak boleh keluar dari folder satker" in err[0].pesan
    assert not _diterbitkan(situs)


@pytest.mark.parametrize(("berkas", "isi", "alasan"), [
    ("2024/x.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
     "jenis berkas .svg dapat menjalankan skrip di peramban"),
    ("2024/x.SVG", b"<svg onload=alert(1)>", "jenis berkas .SVG dapat menjalankan skrip di peramban"),
    ("2024/x.html", b"<script>alert(1)</script>", "jenis berkas .html dapat menjalankan skrip di peramban"),
    ("2024/x.xhtml", b"<html/>", "jenis berkas .xhtml dapat menjalankan skrip di peramban"),
    ("2024/x.js", b"alert(1)", "jenis berkas .js dapat menjalankan skrip di peramban"),
    ("2024/dokumen/lkj.md", b"---\njudul: x\n---\n", "jenis berkas .md dapat menjalankan skrip di peramban"),
    ("2024/dokumen/laporan", b"%PDF-1.7\n", "nama berkasnya tanpa akhiran jenis berkas"),
    ("2024/dokumen/arsip.zip", b"PK\x03\x04", "jenis berkas .zip tidak termasuk yang boleh diterbitkan"),
    ("2024/dokumen/tabel.csv", b"=1+1\n", "jenis berkas .csv tidak termasuk yang boleh diterbitkan"),
    ("2024/dokumen/lkj.pdf", b"<!doctype html><script>alert(1)</script>",
     "isinya bukan PDF walau namanya berakhiran .pdf, melainkan HTML/XML"),
    ("2024/dokumen/lkj.docx", b"%PDF-1.7\n", "isinya bukan DOCX walau namanya berakhiran .docx"),
    ("2024/dokumen/foto.png", b"\xff\xd8\xff\xe0", "isinya bukan PNG walau namanya berakhiran .png"),
    ("2024/dokumen/kosong.pdf", b"", "isinya bukan PDF walau namanya berakhiran .pdf"),
])
def test_jenis_berkas_berbahaya_ditolak(tmp_path: Path, berkas: str, isi: bytes, alasan: str) -> None:
    _satker_dokumen(tmp_path, berkas, isi)
    situs, masalah = bangun(tmp_path, "uji", terbit=False)
    assert not masalah, masalah.teks()
    err = dip.periksa(situs)
    assert [(e.path, e.line) for e in err] == [("uji/kab-x/profil.md", 9)]
    assert err[0].pesan.startswith(f"dokumen '{berkas}' tidak bisa diterbitkan: {alasan}"), err[0].pesan
    assert err[0].pesan.endswith(")") and ("(unggah sebagai" in err[0].pesan or "(simpan ulang" in err[0].pesan)
    assert not _diterbitkan(situs)
    assert all(b.uri is None for b in dip.butir_dip(situs, "kab-x", {}) if b.asal == "data")


def test_pesan_svg_persis(tmp_path: Path) -> None:
    _satker_dokumen(tmp_path, "x.svg", b"<svg/>")
    situs, _ = bangun(tmp_path, "uji", terbit=False)
    assert [str(e) for e in dip.periksa(situs)] == [
        ("uji/kab-x/profil.md:9: dokumen 'x.svg' tidak bisa diterbitkan: jenis berkas .svg dapat menjalankan skrip "
         "di peramban (unggah sebagai PDF, PNG, JPEG atau berkas Office)")]


@pytest.mark.parametrize(("berkas", "isi"), [
    ("2024/dokumen/lkj.pdf", b"%PDF-1.4\n"),
    ("2024/dokumen/LKJ.PDF", b"%PDF-1.4\n"),
    ("2024/dokumen/foto.png", b"\x89PNG\r\n\x1a\n...."),
    ("2024/dokumen/foto.jpg", b"\xff\xd8\xff\xe0...."),
    ("2024/dokumen/foto.jpeg", b"\xff\xd8\xff\xdb...."),
    ("2024/dokumen/pk.docx", b"PK\x03\x04...."),
    ("2024/dokumen/anggaran.ods", b"PK\x03\x04...."),
    ("2024/dokumen/lama.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1...."),
])
def test_jenis_berkas_aman_diterbitkan(tmp_path: Path, berkas: str, isi: bytes) -> None:
    _satker_dokumen(tmp_path, berkas, isi)
    situs, masalah = bangun(tmp_path, "uji", terbit=False)
    assert not masalah, masalah.teks()
    assert dip.periksa(situs) == []
    assert _diterbitkan(situs) == [f"satker/kab-x/{berkas}"]


@pytest.mark.parametrize("berkas", ["2024/lkj-kab-x-2024.pdf", "2024/LKJ-KAB-X-2024.pdf", "2023/lkj-kab-x-2023.pdf"])
def test_dokumen_tidak_boleh_memakai_alamat_pdf_lkj(tmp_path: Path, berkas: str) -> None:
    from lakip.site.alamat import uri_pdf

    _satker_dokumen(tmp_path, berkas)
    situs, masalah = bangun(tmp_path, "uji", terbit=False)
    assert not masalah, masalah.teks()
    tahun = int(berkas[:4])
    assert uri_pdf("kab-x", tahun).casefold() == f"satker/kab-x/{berkas}".casefold()
    err = dip.periksa(situs)
    assert [str(e) for e in err] == [
        (f"uji/kab-x/profil.md:9: dokumen '{berkas}' tidak bisa diterbitkan: alamatnya sama dengan PDF LKj {tahun} "
         f"yang dibuat situs (beri nama lain, mis. {tahun}/dokumen/{berkas[5:-4]}-ttd.pdf)")]
    assert not _diterbitkan(situs)
    # the same name elsewhere is only a name
    _satker_dokumen(tmp_path, f"{tahun}/dokumen/{berkas[5:]}")
    situs, _ = bangun(tmp_path, "uji", terbit=False)
    assert dip.periksa(situs) == []


def test_dokumen_tidak_memakai_alamat_halaman_atau_data(situs: Situs, semua: dict) -> None:
    statis = dip.berkas_statis(situs, semua)
    assert not set(statis) & set(semua)
    dokumen = [u for u in statis if not u.endswith("/dip.csv")]
    assert dokumen and all(u.startswith("satker/") and not u.endswith((".md", ".html")) for u in dokumen)


def test_folder_satker_symlink_ditolak(tmp_path: Path) -> None:
    asli = tmp_path / "di-luar" / "kab-x"
    _satker_dokumen(asli.parent, "2024/dokumen/lkj.pdf")
    (asli / "2024" / "pk.md").write_text("---\nini: [rusak\n---\n")  # never read: no YAML error for it
    data = tmp_path / "satker"
    _satker_dokumen(data, "x.pdf").rename(data / "kab-y")  # a real satker beside it: only the link fails
    (data / "kab-x").symlink_to(asli, target_is_directory=True)
    situs, masalah = bangun(data, "satker", terbit=False)
    assert [str(e) for e in masalah.urut()] == [
        ("satker/kab-x:1: folder satker 'kab-x' adalah tautan simbolik (symlink) dan tidak dibaca "
         "(ganti dengan folder biasa berisi berkas-berkasnya)")]
    assert list(situs.data.satker) == ["kab-y"]
    assert _diterbitkan(situs) == ["satker/kab-y/x.pdf"]
    # given directly as the one satker folder, the link is refused as well
    _, masalah = bangun(data / "kab-x", "satker/kab-x", terbit=False)
    assert [e.pesan.split(" (")[0] for e in masalah.urut()] == [
        "folder satker 'kab-x' adalah tautan simbolik"]


def test_dokumen_symlink_ke_luar_ditolak(tmp_path: Path) -> None:
    rahasia = tmp_path / "rahasia.pdf"
    rahasia.write_bytes(b"%PDF-1.7 rahasia build\n")
    data = tmp_path / "satker"
    s = _satker_dokumen(data, "2024/dokumen/lkj.pdf", None)
    (s / "2024" / "dokumen").mkdir(parents=True)
    (s / "2024" / "dokumen" / "lkj.pdf").symlink_to(rahasia)
    situs, masalah = bangun(data, "satker", terbit=False)
    assert [str(e) for e in masalah.urut()] == [
        ("satker/kab-x/2024/dokumen/lkj.pdf:1: berkas 'lkj.pdf' adalah tautan simbolik (symlink) dan tidak dibaca "
         "maupun diterbitkan (ganti dengan berkas aslinya, bukan tautannya)")]
    # the DIP's own check refuses it too, and nothing is published even when the loader's word is ignored
    assert [str(e) for e in dip.periksa(situs)] == [
        ("satker/kab-x/profil.md:9: dokumen '2024/dokumen/lkj.pdf' tidak bisa diterbitkan: '2024/dokumen/lkj.pdf' "
         "adalah tautan simbolik (symlink) (simpan berkas aslinya di folder satker, bukan tautannya)")]
    assert not _diterbitkan(situs)
    assert all(b.uri is None and b.ukuran is None for b in dip.butir_dip(situs, "kab-x", {}) if b.asal == "data")


def test_symlink_di_dalam_folder_satker_ditolak(tmp_path: Path) -> None:
    luar = tmp_path / "luar"
    (luar / "dokumen").mkdir(parents=True)
    (luar / "dokumen" / "lkj.pdf").write_bytes(b"%PDF-1.7\n")
    (luar / "pk.md").write_text("---\nini: [rusak\n---\n")
    data = tmp_path / "satker"
    s = _satker_dokumen(data, "2024/dokumen/lkj.pdf", None)
    (s / "2024" / "dokumen").symlink_to(luar / "dokumen", target_is_directory=True)
    (s / "2024" / "pk.md").symlink_to(luar / "pk.md")  # a data file: not read through the link
    (s / "2023").symlink_to(s / "2024", target_is_directory=True)  # even a link inside the satker
    (s / "gambar").mkdir()
    (s / "gambar" / "logo.png").symlink_to(s / "profil.md")
    situs, masalah = bangun(data, "satker", terbit=False)
    assert [(e.path, e.line) for e in masalah.urut()] == [
        ("satker/kab-x/2023", 1), ("satker/kab-x/2024/dokumen", 1), ("satker/kab-x/2024/pk.md", 1),
        ("satker/kab-x/gambar/logo.png", 1)]
    assert "folder '2023' adalah tautan simbolik" in masalah.urut()[0].pesan
    assert "berkas 'pk.md' adalah tautan simbolik" in masalah.urut()[2].pesan
    assert situs.data.satker["kab-x"].tahun[2024].pk is None and 2023 not in situs.data.satker["kab-x"].tahun
    err = dip.periksa(situs)
    assert len(err) == 1 and "'2024/dokumen' adalah tautan simbolik" in err[0].pesan
    assert not _diterbitkan(situs)


def test_symlink_dilaporkan_walau_satker_dilewati_cache(tmp_path: Path) -> None:
    data = tmp_path / "satker"
    s = _satker_dokumen(data, "2024/dokumen/lkj.pdf", None)
    (s / "2024" / "dokumen").mkdir()
    (s / "2024" / "dokumen" / "lkj.pdf").symlink_to(tmp_path)
    situs, masalah = bangun(data, "satker", lewati={"kab-x"}, terbit=False)
    assert "kab-x" not in situs.data.satker
    assert [e.path for e in masalah.urut()] == ["satker/kab-x/2024/dokumen/lkj.pdf"]


def test_satker_lain_symlink_tidak_dibaca_untuk_situs_satu_satker(tmp_path: Path) -> None:
    data = tmp_path / "satker"
    _satker_dokumen(data, "x.pdf")
    luar = _satker_dokumen(tmp_path / "luar", "x.pdf")
    (luar / "profil.md").write_text("---\nnama: [rusak\n---\n")
    (data / "kab-y").symlink_to(luar, target_is_directory=True)
    situs, masalah = bangun(data, "satker", hanya=["kab-x"], terbit=False)
    assert not masalah, masalah.teks()  # kab-y's profil.md is not read to follow 'induk'
    assert list(situs.data.satker) == ["kab-x"]


def test_teks_dokumen_di_escape(tmp_path: Path) -> None:
    s = tmp_path / "kab-x"
    s.mkdir()
    (s / "profil.md").write_text("---\nnama: KPU X\ntingkat: kabupaten\nprovinsi: P\ndokumen:\n"
                                 "  - judul: '<img src=x onerror=alert(1)>'\n    tahun: 2024\n    kategori: berkala\n"
                                 "    ringkasan: 'a | b <script>'\n---\n")
    situs, masalah = bangun(tmp_path, "uji", terbit=False)
    assert not masalah, masalah.teks()
    md = dip.halaman_dip(situs, "kab-x", {})
    assert "<img" not in md and "<script>" not in md
    assert "&lt;img src=x onerror=alert(1)&gt;" in md and "a \\| b &lt;script&gt;" in md


def test_situs_terbangun_memuat_dip(tmp_path: Path) -> None:
    site = bangun_sekali(FIXTURE_PORTAL)
    assert (site / "satker" / SID / "dip" / "index.html").is_file()
    pdf = site / "satker" / SID / "2024" / "dokumen" / "pk-2024.pdf"
    assert pdf.read_bytes() == (FIXTURE_PORTAL / SID / "2024" / "dokumen" / "pk-2024.pdf").read_bytes()
    assert not (site / "satker" / SID / "2024" / "dokumen" / "rahasia.pdf").exists()
    rows = list(csv.DictReader(io.StringIO((site / "data" / SID / "dip.csv").read_text(encoding="utf-8"))))
    assert len(rows) == len(dip.butir_dip(*_situs_dan_halaman()))
    html = (site / "satker" / SID / "dip" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../../data/kab-contoh-satu/dip.csv"' in html
    assert 'href="../2024/dokumen/pk-2024.pdf"' in html


def _situs_dan_halaman() -> tuple[Situs, str, dict]:
    s, _ = bangun(FIXTURE_PORTAL, "portal", terbit=False)
    return s, SID, halaman.semua_halaman(s)
