"""Exact values of the capaian engine on the example satker."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from conftest import FIXTURE

from lakip.compute.kinerja import TANPA_REALISASI, hitung_tahun
from lakip.compute.konsistensi import catatan_konsistensi, dibulatkan_ke_bawah, sama_pada_presisi, temuan_persen
from lakip.compute.pengaturan import Pengaturan, pengaturan_dari
from lakip.load.muat import muat
from lakip.render.kalimat import alasan, rumus, teks_selisih


def _hasil(batas: Decimal | None = None):
    data, masalah = muat(FIXTURE)
    assert not masalah
    return hitung_tahun(data.satker["kab-contoh"], 2024, Pengaturan(batas))


def test_capaian_per_polaritas():
    h = _hasil()
    ik11, ik21, ik22 = (h.indikator[k] for k in ("IK1.1", "IK2.1", "IK2.2"))
    assert ik11.capaian == Decimal("64.51612903225806451612903226")
    assert ik11.kategori.nama == "Kurang Berhasil"
    assert rumus(ik11) == "50 ÷ 77,5 × 100"  # values in compute, the words in render
    assert ik21.capaian == Decimal(200)
    assert rumus(ik21) == "(2 × 0,16 − 0) ÷ 0,16 × 100"
    assert ik22.nilai_realisasi == Decimal(2)  # triwulan 0+1+0+1, kumulatif
    assert ik22.capaian == Decimal(100)
    assert ik22.kategori.nama == "Berhasil"
    assert ik11.target.sumber == "pk:ketua"


def test_rata_rata_sasaran_dan_iku():
    h = _hasil()
    assert [s.sasaran.id for s in h.sasaran] == ["SS1", "SS2"]
    assert h.sasaran[1].rata_rata == Decimal(150)
    assert h.iku.rata_rata == (Decimal("64.51612903225806451612903226") + 300) / 3
    assert h.iku.kategori.nama == "Sangat Berhasil"


def test_batas_capaian_dipakai_untuk_rata_rata():
    h = _hasil(Decimal(120))
    ik21 = h.indikator["IK2.1"]
    assert ik21.capaian == Decimal(200)
    assert ik21.capaian_dibatasi == Decimal(120)
    assert h.sasaran[1].rata_rata == Decimal(110)


def test_anggaran_dari_rincian():
    h = _hasil()
    a = h.anggaran
    assert a.pagu == 3_500_000 and a.realisasi == 3_299_000
    assert a.total.sisa == 201_000
    wa = a.program[0]
    assert (wa.kode, wa.pagu, wa.realisasi, wa.dihitung) == ("076.01.WA", 1_500_000, 1_399_000, True)
    assert [b.kode for b in a.program] == ["076.01.WA", "6709", "6709.QGE.001", "6709.RAN.001", "076.01.CQ"]
    assert a.program[2].serapan == Decimal("99.9")


def test_konsistensi_mencatat_cetakan_yang_berbeda():
    h = _hasil()
    s = catatan_konsistensi(h)
    assert [(x.kolom, x.nama.split()[0], x.tercetak, x.dihitung) for x in s] == [
        ("capaian", "IK1.1", Decimal("85"), Decimal("50") / Decimal("77.5") * 100)]
    assert [teks_selisih(x)[1:3] for x in s] == [("85%", "64,52%")]
    assert s[0].baris == 7


def test_sama_pada_presisi():
    assert not sama_pada_presisi(Decimal("95.17"), Decimal("95.176"))  # truncated: its own finding
    assert dibulatkan_ke_bawah(Decimal("95.17"), Decimal("95.176"))
    assert sama_pada_presisi(Decimal("95.18"), Decimal("95.176"))  # rounded
    assert not dibulatkan_ke_bawah(Decimal("95.18"), Decimal("95.176"))
    assert temuan_persen(Decimal("99"), Decimal("99.85")) == "dibulatkan-ke-bawah"  # Jakarta Selatan IKA1.1
    assert temuan_persen(Decimal("94"), Decimal("95.6")) == "berbeda"
    assert temuan_persen(Decimal("200"), Decimal("200")) is None


def test_pengaturan_dari_mkdocs():
    p = pengaturan_dari(120, [{"nama": "Baik", "lebih_dari": 80}, {"nama": "Kurang"}])
    assert p.batas_capaian == Decimal(120)
    assert p.skala.golongkan(Decimal(80)).nama == "Kurang"
    assert p.skala.golongkan(Decimal("80.01")).nama == "Baik"


def test_tanpa_realisasi_tidak_ikut_rata_rata(tmp_path: Path):
    import shutil

    shutil.copytree(FIXTURE, tmp_path / "s")
    f = tmp_path / "s" / "kab-contoh" / "2024" / "realisasi.md"
    f.write_text(f.read_text().replace("  - indikator: IK1.1\n    nilai: 50\n", "  - indikator: IK1.1\n"))
    data, m = muat(tmp_path / "s")
    assert not m
    h = hitung_tahun(data.satker["kab-contoh"], 2024)
    assert h.indikator["IK1.1"].alasan == TANPA_REALISASI
    assert alasan(h.indikator["IK1.1"]) == "belum ada realisasi"
    assert h.iku.rata_rata == Decimal(150)
    assert [c.indikator.id for c in h.iku.dikecualikan] == ["IK1.1"]


def test_target_nol_indikator_turun_lolos_pemeriksaan_dan_dihitung(tmp_path: Path):
    """'0 pengaduan': target 0 on a lower-is-better indicator is legal; realisasi 0 = 100 %, > 0 = 0 %."""
    import shutil

    from lakip.check import periksa

    shutil.copytree(FIXTURE, tmp_path / "s")
    for nama in ("renstra-2020-2024.md", "2024/pk.md"):
        f = tmp_path / "s" / "kab-contoh" / nama
        f.write_text(f.read_text().replace("{2024: 0.16}", "{2024: 0}").replace("target: 0.16", "target: 0"))
    data, m = muat(tmp_path / "s")
    assert not m and not periksa(data), periksa(data).items
    h = hitung_tahun(data.satker["kab-contoh"], 2024)
    assert h.indikator["IK2.1"].capaian == Decimal(100)
    assert rumus(h.indikator["IK2.1"]) == "target 0, realisasi 0: tepat memenuhi target = 100"
    f = tmp_path / "s" / "kab-contoh" / "2024" / "realisasi.md"
    teks = f.read_text()
    f.write_text(teks.replace("  - indikator: IK2.1\n    nilai: 0\n", "  - indikator: IK2.1\n    nilai: 3\n"))
    data, m = muat(tmp_path / "s")
    assert "nilai: 3" in f.read_text() and not m
    assert hitung_tahun(data.satker["kab-contoh"], 2024).indikator["IK2.1"].capaian == Decimal(0)


def test_belanja_dirinci_per_ro_dan_kegiatan_satu_tempat(tmp_path: Path):
    """Per-jenis-belanja figures typed once, where the report itemises them: a changed RO pagu flows to the
    jenis-belanja totals with no second edit."""
    import shutil

    from lakip.check import periksa

    shutil.copytree(FIXTURE, tmp_path / "s")
    f = tmp_path / "s" / "kab-contoh" / "2024" / "anggaran.md"
    teks = f.read_text()
    teks = teks.replace("            pagu: 1000000\n            realisasi: 999000\n",
                        "            pagu: 1000000\n            realisasi: 999000\n            belanja:\n"
                        "              - {kode: 51, pagu: 700000, realisasi: 700000}\n"
                        "              - {kode: 52, pagu: 300000, realisasi: 299000}\n")
    teks = teks.replace("            pagu: 500000\n            realisasi: 400000\n",
                        "            pagu: 500000\n            realisasi: 400000\n            belanja:\n"
                        "              - {kode: 52, pagu: 500000, realisasi: 400000}\n")
    teks = teks.replace("    pagu: 2000000\n    realisasi: 1900000\n",
                        "    kegiatan:\n      - kode: 6870\n        nama: Tahapan\n        pagu: 2000000\n"
                        "        realisasi: 1900000\n        belanja:\n"
                        "          - {kode: 51, pagu: 800000, realisasi: 700000}\n"
                        "          - {kode: 52, pagu: 1200000, realisasi: 1200000}\n")
    teks = teks.replace("  - {kode: 51, nama: Belanja Pegawai, pagu: 1500000, realisasi: 1400000}\n"
                        "  - {kode: 52, nama: Belanja Barang, pagu: 2000000, realisasi: 1899000}\n",
                        "  - {kode: 51, nama: Belanja Pegawai}\n  - {kode: 52, nama: Belanja Barang}\n")
    f.write_text(teks)
    data, m = muat(tmp_path / "s")
    assert not m and not periksa(data), periksa(data).items
    a = hitung_tahun(data.satker["kab-contoh"], 2024).anggaran
    assert [(b.kode, b.pagu, b.realisasi, b.dihitung) for b in a.belanja] == [
        ("51", 1_500_000, 1_400_000, True), ("52", 2_000_000, 1_899_000, True)]
    # one change, one place: Rp 100.000 moved from barang to pegawai in the RO's itemisation only
    f.write_text(teks.replace("{kode: 51, pagu: 700000, realisasi: 700000}", "{kode: 51, pagu: 800000, realisasi: 700000}")
                 .replace("{kode: 52, pagu: 300000, realisasi: 299000}", "{kode: 52, pagu: 200000, realisasi: 299000}"))
    data, m = muat(tmp_path / "s")
    assert not m and not periksa(data), periksa(data).items
    a = hitung_tahun(data.satker["kab-contoh"], 2024).anggaran
    assert a.pagu == 3_500_000 and [b.pagu for b in a.belanja] == [1_600_000, 1_900_000]
    # a kegiatan without RO whose report itemises it per jenis belanja: its pagu is typed there only
    f.write_text(teks.replace("        pagu: 2000000\n        realisasi: 1900000\n        belanja:\n",
                              "        belanja:\n"))
    data, m = muat(tmp_path / "s")
    assert not m and not periksa(data), periksa(data).items
    a = hitung_tahun(data.satker["kab-contoh"], 2024).anggaran
    keg = next(b for b in a.program if b.kode == "6870")
    assert (keg.pagu, keg.realisasi, keg.dihitung) == (2_000_000, 1_900_000, True) and a.pagu == 3_500_000
