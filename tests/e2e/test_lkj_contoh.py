"""The example satker's LKj read as the signatory reads them: no transcription note in the report.

The print drops a narrative paragraph that speaks of the printed original (``penyusun.tanpa_catatan``)
only as a safety net; the notes themselves belong in the data's ``catatan`` fields. These tests hold the
example data to that, and check the composed reports for the notes the LKj review found printed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT

from lakip.bangun import bangun
from lakip.compute.situs import Situs
from lakip.lkj.naskah import TandaTanganPK
from lakip.lkj.penyusun import _CATATAN
from lakip.lkj.susun import punya_lkj, susun_lkj
from lakip.render.kalimat import kesimpulan_tahun, ringkasan_tahun
from lakip.render.markdown import hapus_komentar
from lakip.site.lkj import markdown_lkj

#: Notes of the transcriber that the LKj review found printed as report text (lkj-review.md, finding 3).
CATATAN_TERCETAK = ("(tanpa kode)", "2.7.86.000", "Tabel 3.6 Tabel", "teksnya sebagai berikut", "Tabel 16 mencetak",
                    "Daftarnya tidak sama", "Dalam BAB III.B laporan", "(BAB III.B 2.2)", "(Tabel 1.9)",
                    "tabel pengukuran BAB III", "tercetak pada Tabel 1.15", "Rincian output berikut")


@pytest.fixture(scope="module")
def situs() -> Situs:
    s, masalah = bangun(ROOT / "satker", "satker")
    assert not masalah, masalah
    return s


def test_narasi_lkj_contoh_tanpa_catatan_transkripsi(situs: Situs) -> None:
    """Every narrative an LKj prints (its year's files, the profile, the Renstra) keeps its notes as data."""
    temuan = []
    for s in situs.satker():
        for n in s.narasi():
            if n.tahun is not None and not punya_lkj(situs, s.id, n.tahun):
                continue
            teks = hapus_komentar(n.teks)
            for blok in re.split(r"\n[ \t]*\n", teks):
                if _CATATAN.search(blok):
                    awal = n.baris + teks[:teks.index(blok)].count("\n")
                    temuan.append(f"{n.path}:{awal}: {' '.join(blok.split())[:80]}")
    assert temuan == []


def test_lkj_contoh_tanpa_catatan_yang_ditemukan_ulasan(situs: Situs) -> None:
    lkj = {(s.id, t): markdown_lkj(susun_lkj(situs, s.id, t)) for s in situs.satker() for t in s.tahun
           if punya_lkj(situs, s.id, t)}
    assert sorted(lkj) == [("kab-barito-selatan", 2024), ("kab-tanah-bumbu", 2024), ("kota-banjarbaru", 2024),
                           ("kota-jakarta-selatan", 2024)]
    assert [(k, c) for k, md in sorted(lkj.items()) for c in CATATAN_TERCETAK if c in md] == []
    # the Kalimantan Tengah Renstra the Barito Selatan original printed by mistake is not this satker's report
    assert "Provinsi Kalimantan Tengah telah menyusun" not in lkj[("kab-barito-selatan", 2024)]


def test_banjarbaru_2023_hanya_capaian_tercetak(situs: Situs) -> None:
    """2023 is known only by the capaian the 2024 report printed: its page does not claim it measured them,
    and the 2024 LKj compares with them."""
    assert ringkasan_tahun(situs.hasil("kota-banjarbaru", 2023)).startswith(
        "Belum ada indikator kinerja KPU Kota Banjarbaru dengan target tahun 2023. Untuk 41 (empat puluh satu) "
        "indikator hanya angka capaiannya yang dilaporkan, tanpa target dan realisasi, sehingga capaiannya tidak "
        "dihitung di sini.")
    md = markdown_lkj(susun_lkj(situs, "kota-banjarbaru", 2024))
    assert ("- IK4.1: 2023: capaian 90,30% (hanya angka capaian yang dilaporkan; target dan realisasinya tidak "
            "tersedia); 2024: capaian 64,52% (turun 25,78 poin persen dari 2023).") in md


def test_tanda_tangan_lampiran_hanya_yang_bernama(situs: Situs) -> None:
    """A signature block in the Lampiran always names its signatory; a PK without one is a marked gap, an
    unsigned RKT has no block (Jakarta Selatan's originals attach neither signed PK nor signed RKT)."""
    blok = {s.id: [b.pertama[1] for b in susun_lkj(situs, s.id, 2024).blok if isinstance(b, TandaTanganPK)]
            for s in situs.satker()}
    assert blok["kota-jakarta-selatan"] == [] and blok["kab-tanah-bumbu"] == ["PURYADI"]
    assert all(nama for v in blok.values() for nama in v)
    gap = [k.bagian for k in susun_lkj(situs, "kota-jakarta-selatan", 2024).kosong() if k.bagian.startswith("Lampiran")]
    assert gap == ["Lampiran, penandatangan Perjanjian Kinerja Ketua KPU Kota Jakarta Selatan Tahun 2024",
                   "Lampiran, penandatangan Perjanjian Kinerja Sekretaris KPU Kota Jakarta Selatan Tahun 2024"]


def test_kesimpulan_daftar_panjang_diringkas(situs: Situs) -> None:
    teks = kesimpulan_tahun(situs.hasil("kota-jakarta-selatan", 2024))
    assert ("45 (empat puluh lima) indikator belum mencapai target; yang terendah: IKA2.1 (capaian 0,00%); IKA2.2 "
            "(capaian 0,00%); IKA2.3 (capaian 0,00%); IKA3.3 (capaian 0,00%); IKA4.4f1 (capaian 0,00%) (rinciannya "
            "pada BAB III.A).") in teks
