"""lakip baru: scaffolds that pass lakip check at once, and refusals that protect data."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from bantu_situs import UJI

from lakip.cli import main
from lakip.commands.baru import GagalBaru, buat_satker, buat_tahun, periode_bawaan, teks_yaml
from lakip.commands.rapikan import jenis_berkas, rapikan_teks
from lakip.compute.kinerja import hitung_tahun
from lakip.load.muat import muat

FIXTURE = UJI / "fixtures" / "satker"


@pytest.fixture()
def satker(tmp_path: Path) -> Path:
    folder = tmp_path / "satker"
    shutil.copytree(FIXTURE, folder)
    return folder


def _check(folder: Path, capsys: pytest.CaptureFixture[str]) -> str:
    rc = main(["check", str(folder)])
    keluar = capsys.readouterr()
    assert rc == 0, keluar.out + keluar.err
    return keluar.out


def test_baru_satker_lolos_check(satker: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["baru", "satker", "kab-tanah-bumbu", "--nama", "KPU Kabupaten Tanah Bumbu",
               "--tingkat", "kabupaten", "--provinsi", "Kalimantan Selatan", "--induk", "kab-contoh",
               "--renstra", "2025-2029", "--folder", str(satker)])
    keluar = capsys.readouterr().out
    assert rc == 0
    assert keluar.splitlines()[:2] == [
        f"dibuat: {satker / 'kab-tanah-bumbu' / 'profil.md'}",
        f"dibuat: {satker / 'kab-tanah-bumbu' / 'renstra-2025-2029.md'}",
    ]
    baru = satker / "kab-tanah-bumbu"
    # the scaffold passes, but every placeholder left in is named (a final LKj refuses them)
    assert _check(satker, capsys).splitlines() == [
        f"peringatan: {baru / 'profil.md'}:58: uraian masih berisi kalimat contoh dari lakip baru: 'Ganti paragraf "
        "ini dengan uraian singkat satker.' (ganti dengan uraian sebenarnya)",
        f"peringatan: {baru / 'renstra-2025-2029.md'}:24: 'uraian' masih berisi contoh dari lakip baru: 'CONTOH - "
        "ganti dengan rumusan sasaran strategis dari dokumen' (ganti dengan isi dokumen, atau hapus butirnya)",
        f"peringatan: {baru / 'renstra-2025-2029.md'}:32: 'nama' masih berisi contoh dari lakip baru: 'CONTOH - "
        "ganti dengan nama indikator kinerja' (ganti dengan isi dokumen, atau hapus butirnya)",
        "2 satker, 1 tahun, 4 indikator: tidak ada masalah (3 isian contoh belum diganti)"]
    profil = (satker / "kab-tanah-bumbu" / "profil.md").read_text()
    baris = profil.splitlines()
    assert baris[0] == "---"
    assert baris[1] == "# yaml-language-server: $schema=../../schema/profil.schema.json"
    assert "nama: KPU Kabupaten Tanah Bumbu" in baris
    assert "induk: kab-contoh" in baris
    assert "# Nama resmi, mis. 'KPU Kabupaten Tanah Bumbu' (wajib)." in baris
    renstra = (satker / "kab-tanah-bumbu" / "renstra-2025-2029.md").read_text()
    assert renstra.splitlines()[1] == "# yaml-language-server: $schema=../../schema/renstra.schema.json"
    assert "    uraian: CONTOH - ganti dengan rumusan sasaran strategis dari dokumen Renstra" in renstra
    assert "        target: {2025: 100, 2026: 100, 2027: 100, 2028: 100, 2029: 100}" in renstra
    data, _ = muat(satker)
    s = data.satker["kab-tanah-bumbu"]
    assert s.profil is not None and s.profil.data.provinsi == "Kalimantan Selatan"
    assert [(r.data.mulai, r.data.selesai) for r in s.renstra] == [(2025, 2029)]


def test_baru_tahun_lolos_check_dan_menyalin_target(satker: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["baru", "tahun", "kab-contoh", "2023", "--folder", str(satker)]) == 0
    keluar = capsys.readouterr().out.splitlines()
    tahun = satker / "kab-contoh" / "2023"
    assert keluar[:4] == [f"dibuat: {tahun / n}" for n in ("pk.md", "realisasi.md", "anggaran.md", "lkj.md")]
    keluar = _check(satker, capsys).splitlines()
    assert [re.sub(r"^peringatan: .*/(\w+\.md:\d+): '(\w+)'.*", r"\1 \2", x) for x in keluar] == [
        "lkj.md:9 tempat", "lkj.md:10 tanggal", "pk.md:12 tempat", "pk.md:13 tanggal",
        "1 satker, 2 tahun, 3 indikator: tidak ada masalah (4 isian contoh belum diganti)"]
    pk = (tahun / "pk.md").read_text()
    assert pk.splitlines()[1] == "# yaml-language-server: $schema=../../../schema/pk.schema.json"
    # only IK1.1 has a Renstra target for 2023 (70)
    assert ("    baris:\n"
            "      # IK1.1 Persentase naskah akademik PKPU berbasis riset (%)\n"
            "      - indikator: IK1.1\n"
            "        target: 70\n") in pk
    assert "      nama: Ahmad\n" in pk  # the ketua from profil.md
    realisasi = (tahun / "realisasi.md").read_text()
    assert ("  # IK1.1 Persentase naskah akademik PKPU berbasis riset: target 2023: 70, satuan: %\n"
            "  - indikator: IK1.1\n"
            "    nilai:\n") in realisasi
    lkj = (tahun / "lkj.md").read_text()
    for judul in ("## Kata Pengantar", "## Ikhtisar Eksekutif", "## BAB I Pendahuluan",
                  "## BAB II Perencanaan Kinerja", "## BAB III Akuntabilitas Kinerja", "## BAB IV Penutup",
                  "## Lampiran", "### A. Capaian Kinerja Organisasi", "### B. Rencana Tindak Lanjut"):
        assert f"\n{judul}\n" in lkj
    data, _ = muat(satker)
    h = hitung_tahun(data.satker["kab-contoh"], 2023)
    assert list(h.indikator) == ["IK1.1"]
    c = h.indikator["IK1.1"]
    assert c.target is not None and c.target.nilai == Decimal(70) and c.target.sumber == "pk:ketua"
    assert c.nilai_realisasi is None and c.capaian is None


def test_baru_tahun_semua_indikator_dan_program_tahun_lalu(satker: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a year after the fixture's 2024 inside a longer Renstra: every indicator with a 2025 target
    r = satker / "kab-contoh" / "renstra-2020-2024.md"
    teks = r.read_text().replace("{2023: 70, 2024: 77.5}", "{2023: 70, 2024: 77.5, 2025: 77.50}")
    teks = teks.replace("{2024: 0.16}", "{2024: 0.16, 2025: 0.15}").replace("{2024: 2}", "{2024: 2, 2025: 2}")
    (satker / "kab-contoh" / "renstra-2020-2025.md").write_text(teks)
    r.unlink()
    buat_tahun(satker, "kab-contoh", 2025)
    _check(satker, capsys)
    pk = (satker / "kab-contoh" / "2025" / "pk.md").read_text()
    assert [x.strip() for x in pk.splitlines() if "target:" in x and "#" not in x] == [
        "target: 77.50", "target: 0.15", "target: 2"]  # digits kept as typed in the Renstra
    realisasi = (satker / "kab-contoh" / "2025" / "realisasi.md").read_text()
    assert "  # IK2.1 Persentase pemilih yang berhak memilih tetapi tidak masuk DPT: target 2025: 0.15, satuan: %\n" in realisasi
    assert "    # Atau per triwulan I-IV (digabung kumulatif): triwulan: [0, 0, 0, 0]\n" in realisasi
    anggaran = (satker / "kab-contoh" / "2025" / "anggaran.md").read_text()
    assert "  # - kode: 076.01.WA\n  #   nama: Program Dukungan Manajemen\n" in anggaran
    assert "  # - kode: 076.01.CQ\n  #   nama: Program Penyelenggaraan Pemilu\n" in anggaran


def test_kerangka_sudah_rapi(satker: Path) -> None:
    buat_satker(satker, "kota-x", "KPU Kota X", "kota", "Jawa Barat", renstra=(2025, 2029))
    buat_tahun(satker, "kota-x", 2025)
    buat_tahun(satker, "kab-contoh", 2023)
    for f in sorted(satker.rglob("*.md")):
        teks = f.read_text()
        assert rapikan_teks(teks, jenis_berkas(f)) == teks, f


@pytest.mark.parametrize(("args", "pesan"), [
    (["baru", "satker", "Kab X", "--nama", "KPU Kab X", "--tingkat", "kabupaten", "--provinsi", "P"],
     "lakip baru: id satker 'Kab X' tidak sah (pakai huruf kecil, angka dan '-', mis. kab-x)\n"),
    (["baru", "satker", "kab-contoh", "--nama", "KPU Kabupaten Contoh", "--tingkat", "kabupaten",
      "--provinsi", "P"], ("lakip baru: folder {folder}/kab-contoh sudah ada: lakip baru tidak menimpa data "
                          "(ubah berkas yang ada, atau pilih id lain)\n")),
    (["baru", "satker", "kab-y", "--nama", "KPU Kabupaten Y", "--tingkat", "kabupaten"],
     "lakip baru: satker tingkat kabupaten harus menyebut provinsi (tulis --provinsi \"Nama Provinsi\")\n"),
    (["baru", "satker", "kab-y", "--nama", "KPU Kabupaten Y", "--tingkat", "desa", "--provinsi", "P"],
     "lakip baru: tingkat 'desa' tidak dikenal (pilih salah satu: ri, provinsi, kabupaten, kota)\n"),
    (["baru", "satker", "kab-y", "--nama", "KPU Kabupaten Y", "--tingkat", "kabupaten", "--provinsi", "P",
      "--induk", "kab-contohh"], ("lakip baru: satker induk 'kab-contohh' tidak ada di {folder} (maksud Anda "
                                 "'kab-contoh'? Bila induknya memang tidak ada di sini, tulis namanya, mis. "
                                 "--induk \"KPU Provinsi Kalimantan Selatan\")\n")),
    (["baru", "satker", "kab-y", "--nama", "KPU Kabupaten Y", "--tingkat", "kabupaten", "--provinsi", "P",
      "--renstra", "2025"], "lakip baru: --renstra '2025' tidak sah (tulis AWAL-AKHIR, mis. 2025-2029)\n"),
    (["baru", "tahun", "kab-contoh", "2030"],
     ("lakip baru: tahun 2030 di luar periode Renstra satker kab-contoh (2020-2024) (buat dulu "
     "renstra-AWAL-AKHIR.md yang mencakup tahun itu, atau periksa Renstra dengan lakip check)\n")),
    (["baru", "tahun", "kab-contoh", "2024"],
     ("lakip baru: sudah ada: {folder}/kab-contoh/2024/pk.md, {folder}/kab-contoh/2024/realisasi.md, "
     "{folder}/kab-contoh/2024/anggaran.md (lakip baru tidak menimpa data; ubah berkas yang ada)\n")),
    (["baru", "tahun", "kab-contoh", "2022"],
     ("lakip baru: Renstra 2020-2024 belum memuat target tahun 2022 untuk indikator mana pun "
     "(tulis targetnya di renstra-2020-2024.md dulu)\n")),
    (["baru", "tahun", "kab-lain", "2024"],
     "lakip baru: satker 'kab-lain' tidak ada di {folder} (buat dulu dengan: lakip baru satker kab-lain ...)\n"),
    (["baru", "tahun", "kab-contoh", "24"], "lakip baru: tahun '24' tidak sah (tulis 4 angka, mis. 2025)\n"),
])
def test_menolak(satker: Path, capsys: pytest.CaptureFixture[str], args: list[str], pesan: str) -> None:
    sebelum = sorted(p.relative_to(satker) for p in satker.rglob("*"))
    assert main([*args, "--folder", str(satker)]) == 1
    assert capsys.readouterr().err == pesan.format(folder=satker)
    assert sorted(p.relative_to(satker) for p in satker.rglob("*")) == sebelum


@pytest.mark.parametrize(("induk", "baris"), [
    ("KPU Provinsi Kalimantan Selatan", "induk: KPU Provinsi Kalimantan Selatan"),
    ("prov-kalimantan-selatan", "induk: prov-kalimantan-selatan"),
])
def test_induk_di_luar_repositori(satker: Path, induk: str, baris: str) -> None:
    """A parent whose data lives elsewhere (issue 14 point 4) is scaffolded as text and passes lakip check."""
    assert main(["baru", "satker", "kab-y", "--nama", "KPU Kabupaten Y", "--tingkat", "kabupaten",
                 "--provinsi", "Kalimantan Selatan", "--induk", induk, "--folder", str(satker)]) == 0
    assert baris in (satker / "kab-y" / "profil.md").read_text(encoding="utf-8").splitlines()
    assert main(["check", str(satker), "--tanpa-cache"]) == 0


def test_tidak_menimpa_berkas_yang_muncul_bersamaan(satker: Path) -> None:
    (satker / "kab-contoh" / "2023").mkdir()
    (satker / "kab-contoh" / "2023" / "lkj.md").write_text("punya orang lain\n")
    with pytest.raises(GagalBaru):
        buat_tahun(satker, "kab-contoh", 2023)
    assert (satker / "kab-contoh" / "2023" / "lkj.md").read_text() == "punya orang lain\n"


def test_folder_tahun_kosong_boleh_diisi(satker: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (satker / "kab-contoh" / "2023").mkdir()
    buat_tahun(satker, "kab-contoh", 2023)
    _check(satker, capsys)


@pytest.mark.parametrize(("teks", "yaml"), [
    ("KPU Kabupaten Tanah Bumbu", "KPU Kabupaten Tanah Bumbu"),
    ("Kalimantan Selatan", "Kalimantan Selatan"),
    ("Sekretariat: Bagian Umum", '"Sekretariat: Bagian Umum"'),
    ("yes", '"yes"'),
    ("6372", '"6372"'),
    ("# bukan komentar", '"# bukan komentar"'),
    ("Jl. A. Yani No. 1", "Jl. A. Yani No. 1"),
])
def test_teks_yaml(teks: str, yaml: str) -> None:
    assert teks_yaml(teks) == yaml


def test_periode_bawaan() -> None:
    import datetime

    assert periode_bawaan(datetime.date(2026, 5, 1)) == (2025, 2029)
    assert periode_bawaan(datetime.date(2024, 12, 31)) == (2020, 2024)
    assert periode_bawaan(datetime.date(2030, 1, 1)) == (2030, 2034)
