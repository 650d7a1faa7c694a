"""The final gate (lkj/final.py) and the narrative lint (lkj/klaim.py): one test per rule, exact messages.

The fixture ``tests/fixtures/lkj-final`` is a complete LKj (Tanah Bumbu 2024 with a fictitious
test signatory and reviewer) that passes as ``status: final``; each test breaks one thing in a copy.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from lakip.bangun import bangun
from lakip.lkj.final import peringatan_lkj
from lakip.lkj.susun import punya_lkj, susun_lkj

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "lkj-final"
LKJ = "data/kab-tanah-bumbu/2024/lkj.md"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    tujuan = tmp_path / "data"
    shutil.copytree(FIXTURE, tujuan)
    return tujuan


def _ubah(data: Path, rel: str, lama: str, baru: str) -> None:
    p = data / rel
    teks = p.read_text(encoding="utf-8")
    assert lama in teks, lama
    p.write_text(teks.replace(lama, baru, 1), encoding="utf-8")


def _pesan(data: Path) -> list[str]:
    _, m = bangun(data, "data")
    return [str(e) for e in m.urut()]


def test_fixture_lengkap_lolos_sebagai_final(data: Path) -> None:
    situs, m = bangun(data, "data")
    assert not m, m.teks()
    n = susun_lkj(situs, "kab-tanah-bumbu", 2024)
    assert not n.draf and n.kosong() == [] and n.peringatan == []


def test_tanpa_penandatangan(data: Path) -> None:
    _ubah(data, "kab-tanah-bumbu/2024/lkj.md", "penandatangan:\n  jabatan: Sekretaris KPU Kabupaten Tanah Bumbu\n"
          "  nama: Contoh Penandatangan Uji\n  nip: \"198001012005011001\"\n", "")
    assert _pesan(data) == [f"{LKJ}:4: LKj berstatus final belum lengkap: penandatangan belum ditulis (tulis "
                            "'penandatangan:' dengan 'jabatan:', 'nama:' dan 'nip:')"]


def test_tanpa_nip_untuk_sekretaris(data: Path) -> None:
    _ubah(data, "kab-tanah-bumbu/2024/lkj.md", '  nip: "198001012005011001"\n', "")
    assert _pesan(data) == [f"{LKJ}:9: LKj berstatus final belum lengkap: NIP penandatangan (Sekretaris KPU "
                            "Kabupaten Tanah Bumbu) belum ditulis (tulis 'nip:' 18 digit di bawah 'penandatangan:')"]


def test_ketua_tanpa_nip_diterima(data: Path) -> None:
    _ubah(data, "kab-tanah-bumbu/2024/lkj.md", "  jabatan: Sekretaris KPU Kabupaten Tanah Bumbu\n",
          "  jabatan: Ketua KPU Kabupaten Tanah Bumbu\n")
    _ubah(data, "kab-tanah-bumbu/2024/lkj.md", '  nip: "198001012005011001"\n', "")
    assert _pesan(data) == []


def test_tanpa_nama_penandatangan(data: Path) -> None:
    _ubah(data, "kab-tanah-bumbu/2024/lkj.md", "  nama: Contoh Penandatangan Uji\n", "")
    assert _pesan(data) == [f"{LKJ}:9: LKj berstatus final belum lengkap: nama penandatangan belum ditulis "
                            "(tulis 'nama:' di bawah 'penandatangan:')"]


def test_tanpa_tempat_dan_tanggal(data: Path) -> None:
    _ubah(data, "kab-tanah-bumbu/2024/lkj.md", "tempat: Batulicin\ntanggal: 2025-01-17\n", "")
    assert _pesan(data) == [
        f"{LKJ}:4: LKj berstatus final belum lengkap: tanggal penandatanganan belum ditulis (tulis 'tanggal:' "
        "sebagai YYYY-MM-DD)",
        f"{LKJ}:4: LKj berstatus final belum lengkap: tempat penandatanganan belum ditulis (tulis 'tempat:', "
        "mis. 'tempat: Batulicin')"]


def test_bab_tanpa_isi(data: Path) -> None:
    p = data / "kab-tanah-bumbu/2024/lkj.md"
    teks = p.read_text(encoding="utf-8")
    awal = teks.index("## Kata Pengantar")
    akhir = teks.index("## ", awal + 5)
    p.write_text(teks[:awal] + teks[akhir:], encoding="utf-8")
    assert _pesan(data) == [f"{LKJ}:19: LKj berstatus final belum lengkap: Kata Pengantar belum ditulis (tulis "
                            "bab '## Kata Pengantar' dengan isinya)"]


def test_indikator_pk_tanpa_realisasi(data: Path) -> None:
    p = data / "kab-tanah-bumbu/2024/realisasi.md"
    teks = p.read_text(encoding="utf-8")
    baru = re.sub(r"(- indikator: IK1\.1\n(?:    .*\n)*?)    nilai: [^\n]*\n", r"\1", teks, count=1)
    assert baru != teks
    p.write_text(baru, encoding="utf-8")
    baris = baru[:baru.index("- indikator: IK1.1")].count("\n") + 1
    assert _pesan(data) == [
        f"{LKJ}:29: LKj berstatus final: klaim “secara umum dapat memenuhi target” bertentangan dengan data: "
        "1 indikator tanpa realisasi (ubah kalimatnya sesuai hasil pengukuran)",
        f"data/kab-tanah-bumbu/2024/realisasi.md:{baris}: LKj berstatus final belum lengkap: indikator IK1.1 dari "
        "Perjanjian Kinerja 'ketua' belum punya realisasi tahun 2024 (tulis di realisasi.md butir "
        "'- indikator: IK1.1' dengan 'nilai:')"]


def test_klaim_persen_bertentangan(data: Path) -> None:
    _ubah(data, "kab-tanah-bumbu/2024/lkj.md", "## Kata Pengantar\n\n",
          "## Kata Pengantar\n\nRata-rata capaian IKU tahun ini 90,5%.\n\n")
    assert _pesan(data) == [f"{LKJ}:23: LKj berstatus final: klaim “Rata-rata capaian IKU tahun ini 90,5%” tidak "
                            "cocok dengan capaian yang dihitung dari data (rata-rata capaian IKU yang dihitung "
                            "129,41%); tulis angka hasil hitungan atau hapus angkanya"]


def test_klaim_semua_tercapai_dengan_indikator_di_bawah_target(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    p = data / "kab-tanah-bumbu/2024/realisasi.md"
    teks = p.read_text(encoding="utf-8")
    baru = re.sub(r"(- indikator: IK1\.1\n(?:    .*\n)*?    nilai: )[^\n]*\n", r"\g<1>1\n", teks, count=1)
    assert baru != teks
    p.write_text(baru, encoding="utf-8")
    _ubah(data, "kab-tanah-bumbu/2024/lkj.md", "## Kata Pengantar\n\n",
          "## Kata Pengantar\n\nSeluruh target telah tercapai dengan sangat baik.\n\n")
    pesan = [x for x in _pesan(data) if "klaim" in x]
    assert pesan == [f"{LKJ}:23: LKj berstatus final: klaim “Seluruh target telah tercapai” bertentangan dengan "
                     "data: 1 dari 4 indikator di bawah target (ubah kalimatnya sesuai hasil pengukuran)",
                     f"{LKJ}:31: LKj berstatus final: klaim “secara umum dapat memenuhi target” bertentangan dengan "
                     "data: 1 dari 4 indikator di bawah target (ubah kalimatnya sesuai hasil pengukuran)"]


def test_nama_satker_lain(data: Path) -> None:
    _ubah(data, "kab-tanah-bumbu/2024/lkj.md", "## Kata Pengantar\n\n",
          "## Kata Pengantar\n\nLaporan Kabupaten Barito Selatan ini disusun bersama.\n\n")
    assert _pesan(data) == [f"{LKJ}:23: LKj berstatus final: menyebut “Kabupaten Barito Selatan”, bukan KPU "
                            "Kabupaten Tanah Bumbu (sisa salinan laporan lain? ganti dengan nama satker ini)"]


def test_teks_templat(data: Path) -> None:
    _ubah(data, "kab-tanah-bumbu/2024/lkj.md", "## Kata Pengantar\n\n",
          "## Kata Pengantar\n\nDisusun oleh [isi nama unit].\n\n")
    assert _pesan(data) == [f"{LKJ}:23: LKj berstatus final: teks templat belum diisi: “[isi nama unit]” (tulis "
                            "isinya atau hapus)"]


def test_tahun_asing(data: Path) -> None:
    _ubah(data, "kab-tanah-bumbu/2024/lkj.md", "## Kata Pengantar\n\n",
          "## Kata Pengantar\n\nCapaian Tahun 2017 menjadi acuan.\n\n")
    assert _pesan(data) == [f"{LKJ}:23: LKj berstatus final: menyebut tahun 2017 dalam “Capaian Tahun 2017 "
                            "menjadi acuan.”; laporan tahun 2024 biasanya hanya menyebut 2020, 2021, 2022, 2023, "
                            "2024, 2025 (periksa apakah tahun ini benar)"]


def test_draf_memberi_peringatan_bukan_galat(data: Path) -> None:
    _ubah(data, "kab-tanah-bumbu/2024/lkj.md", "status: final\n", "status: draf\n")
    _ubah(data, "kab-tanah-bumbu/2024/lkj.md", "## Kata Pengantar\n\n",
          "## Kata Pengantar\n\nDisusun oleh [isi nama unit].\n\n")
    situs, m = bangun(data, "data")
    assert not m
    assert [str(p) for p in peringatan_lkj(situs)] == [
        f"{LKJ}:23: teks templat belum diisi: “[isi nama unit]” (tulis isinya atau hapus)"]


def test_tahun_tanpa_pk_tidak_punya_lkj(data: Path) -> None:
    (data / "kab-tanah-bumbu/2024/pk.md").unlink()
    situs, m = bangun(data, "data")
    assert not punya_lkj(situs, "kab-tanah-bumbu", 2024)
    assert [str(e) for e in m.urut()] == [f"{LKJ}:4: LKj tahun 2024 tidak dapat berstatus final tanpa Perjanjian "
                                          "Kinerja (tulis pk.md tahun ini, atau hapus 'status: final')"]


def test_kalimat_contoh_lakip_baru(data: Path) -> None:
    p = data / "kab-tanah-bumbu/profil.md"
    teks = p.read_text(encoding="utf-8")
    awal = teks.index("\n---\n", 4) + 5
    p.write_text(teks[:awal] + "\nGanti paragraf ini dengan uraian singkat satker.\n" + teks[awal:], encoding="utf-8")
    baris = teks[:awal].count("\n") + 2
    assert _pesan(data) == [f"data/kab-tanah-bumbu/profil.md:{baris}: LKj berstatus final: uraian masih berisi "
                            "kalimat contoh dari lakip baru: 'Ganti paragraf ini dengan uraian singkat satker.' "
                            "(ganti dengan uraian sebenarnya)"]


def test_contoh_di_tahun_lain_tidak_menghalangi(data: Path) -> None:
    p = data / "kab-tanah-bumbu/2023/realisasi.md"
    teks = p.read_text(encoding="utf-8")
    awal = teks.index("\n---\n", 4) + 5
    p.write_text(teks[:awal] + "\nGanti paragraf ini dengan uraian singkat satker.\n" + teks[awal:], encoding="utf-8")
    assert _pesan(data) == []


def test_titik_dua_tanpa_tabel_ditolak(data: Path) -> None:
    _ubah(data, "kab-tanah-bumbu/2024/lkj.md", "## Kata Pengantar\n\n",
          "## Kata Pengantar\n\nCapaian disajikan pada tabel berikut:\n\nDemikian laporan ini.\n\n")
    assert _pesan(data) == [f"{LKJ}:23: LKj berstatus final: kalimat “Capaian disajikan pada tabel berikut:” "
                            "diakhiri titik dua, tetapi yang menyusul bukan daftar atau tabel (tulis daftar atau "
                            "tabelnya, atau akhiri kalimat dengan titik)"]


def test_logo_yang_tidak_dapat_dicetak(data: Path) -> None:
    p = data / "kab-tanah-bumbu/profil.md"
    teks = p.read_text(encoding="utf-8")
    akhir = teks.index("\n---\n", 4) + 1
    p.write_text(teks[:akhir] + "logo: logo-kpu.svg\n" + teks[akhir:], encoding="utf-8")
    baris = teks[:akhir].count("\n") + 1
    assert _pesan(data) == [f"data/kab-tanah-bumbu/profil.md:{baris}: logo 'logo-kpu.svg' tidak dapat dicetak di "
                            "sampul LKj (tulis nama berkas PNG atau JPEG yang ada di folder satker, mis. "
                            "'logo: logo-kpu.png')"]


def test_pk_lampiran_tanpa_penandatangan(data: Path) -> None:
    _ubah(data, "kab-tanah-bumbu/2024/pk.md", "      nama: PURYADI\n", "")
    assert _pesan(data) == [
        "data/kab-tanah-bumbu/2024/pk.md:12: LKj berstatus final belum lengkap: Lampiran, penandatangan Perjanjian "
        "Kinerja Tahun 2024 belum ditulis (tulis 'pihak_pertama:' (dan 'pihak_kedua:') dengan 'jabatan:', 'nama:' "
        "dan 'nip:', serta 'tempat:' dan 'tanggal:', sebagaimana naskah PK yang ditandatangani)"]
