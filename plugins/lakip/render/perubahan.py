"""What changed between two versions of a satker's data, in words: the lines of ``lakip diff``.

Given a satker-year as computed from two revisions, :func:`perubahan_tahun` lists each
changed realisasi, target, capaian and category, each budget line, serapan and total, and
the IKU mean, e.g. ``IK2.1 (Persentase ...): realisasi 0,15 % → 0 %, capaian 106,25 % → 200,00 %
(Sangat Berhasil → Sangat Berhasil)``. ``lakip diff`` (commands/diff.py) prints them for a pull
request; the site's "Riwayat perubahan" shows them per satker-year from git history. Plain text
that mixes these words with strings from the data: the caller escapes it for its medium.
"""

from __future__ import annotations

from decimal import Decimal

from ..compute.anggaran import BarisAnggaran, HasilAnggaran
from ..compute.kinerja import CapaianIndikator, HasilTahun, hitung_tahun
from ..compute.pengaturan import Pengaturan
from ..model.satker import Satker
from .format import angka, persen, rupiah
from .perubahan_cetak import perubahan_selisih, perubahan_tercetak

__all__ = ["KOSONG", "PANAH", "TANPA", "perubahan_tahun"]

PANAH = "→"
KOSONG = "kosong"
TANPA = "–"


def _nilai(v: Decimal | str | None, satuan: str = "") -> str:
    if v is None:
        return KOSONG
    if isinstance(v, Decimal):
        teks = angka(v)
        if satuan.strip() == "%":  # one number style (render.format): the percent sign joined to its number
            return f"{teks}%"
        return f"{teks} {satuan}".strip() if satuan and satuan.lower() != "predikat" else teks
    return v


def _kategori(c: CapaianIndikator | None) -> str:
    if c is None:
        return TANPA
    if c.tercapai is not None:
        return "tercapai" if c.tercapai else "tidak tercapai"
    return c.kategori.nama if c.kategori else TANPA


def _uang(v: int | None) -> str:
    return rupiah(v) if v is not None else KOSONG


def _ringkas_indikator(c: CapaianIndikator) -> str:
    bagian = [f"target {_nilai(c.target.nilai if c.target else None, c.indikator.satuan)}",
              f"realisasi {_nilai(c.nilai_realisasi, c.indikator.satuan)}"]
    if c.capaian is not None:
        bagian.append(f"capaian {persen(c.capaian)} ({_kategori(c)})")
    elif c.tercapai is not None:
        bagian.append(_kategori(c))
    return ", ".join(bagian)


def _indikator(a: CapaianIndikator | None, b: CapaianIndikator | None) -> list[str]:
    if a is None and b is None:
        return []
    if a is None:
        assert b is not None
        return [f"{b.indikator.id} ({b.indikator.nama}): indikator baru, {_ringkas_indikator(b)}"]
    if b is None:
        return [f"{a.indikator.id} ({a.indikator.nama}): indikator dihapus (sebelumnya {_ringkas_indikator(a)})"]
    ia, ib = a.indikator, b.indikator
    hasil = []
    if ia.nama != ib.nama:
        hasil.append(f"{ib.id}: nama indikator diubah dari “{ia.nama}” menjadi “{ib.nama}”")
    bagian = []
    if ia.satuan != ib.satuan:
        bagian.append(f"satuan {ia.satuan} {PANAH} {ib.satuan}")
    if ia.polaritas != ib.polaritas:
        bagian.append(f"polaritas {ia.polaritas} {PANAH} {ib.polaritas}")
    if ia.iku != ib.iku:
        bagian.append("kini termasuk IKU" if ib.iku else "tidak lagi termasuk IKU")
    ta = a.target.nilai if a.target else None
    tb = b.target.nilai if b.target else None
    if ta != tb:
        bagian.append(f"target {_nilai(ta, ia.satuan)} {PANAH} {_nilai(tb, ib.satuan)}")
    if a.nilai_realisasi != b.nilai_realisasi:
        bagian.append(f"realisasi {_nilai(a.nilai_realisasi, ia.satuan)} {PANAH} {_nilai(b.nilai_realisasi, ib.satuan)}")
    ka, kb = _kategori(a), _kategori(b)
    if a.capaian is not None or b.capaian is not None:
        pa, pb = persen(a.capaian), persen(b.capaian)
        if pa != pb or ka != kb:
            bagian.append(f"capaian {pa} {PANAH} {pb} ({ka} {PANAH} {kb})")
    elif ka != kb:
        bagian.append(f"{ka} {PANAH} {kb}")
    if bagian:
        hasil.append(f"{ib.id} ({ib.nama}): " + ", ".join(bagian))
    return hasil


def _iku(a: HasilTahun | None, b: HasilTahun | None) -> list[str]:
    ra = a.iku.rata_rata if a is not None and a.iku is not None else None
    rb = b.iku.rata_rata if b is not None and b.iku is not None else None
    if ra is None and rb is None:
        return []
    ka = a.iku.kategori.nama if a is not None and a.iku is not None and a.iku.kategori else TANPA
    kb = b.iku.kategori.nama if b is not None and b.iku is not None and b.iku.kategori else TANPA
    if persen(ra) == persen(rb) and ka == kb:
        return []
    return [f"rata-rata capaian IKU {persen(ra)} {PANAH} {persen(rb)} ({ka} {PANAH} {kb})"]


_JENIS = {"program": "program", "kegiatan": "kegiatan", "ro": "RO", "belanja": "belanja"}


def _baris_anggaran(h: HasilAnggaran | None) -> dict[tuple[str, str], BarisAnggaran]:
    hasil: dict[tuple[str, str], BarisAnggaran] = {}
    if h is None:
        return hasil
    for b in [*h.program, *h.belanja]:
        kunci = (b.jenis, b.kode or b.nama)
        n = 2
        while kunci in hasil:
            kunci = (b.jenis, f"{b.kode or b.nama}#{n}")
            n += 1
        hasil[kunci] = b
    return hasil


def _label_anggaran(b: BarisAnggaran) -> str:
    if b.jenis == "total":
        return "jumlah anggaran"
    kode = f"{b.kode} " if b.kode else ""
    return f"anggaran {_JENIS.get(b.jenis, b.jenis)} {kode}({b.nama})"


def _ringkas_anggaran(b: BarisAnggaran) -> str:
    bagian = [f"pagu {_uang(b.pagu)}"]
    if b.realisasi is not None:
        bagian.append(f"realisasi {_uang(b.realisasi)}")
    if b.serapan is not None:
        bagian.append(f"serapan {persen(b.serapan)}")
    return ", ".join(bagian)


def _satu_anggaran(a: BarisAnggaran | None, b: BarisAnggaran | None) -> list[str]:
    if a is None and b is None:
        return []
    if a is None:
        assert b is not None
        return [f"{_label_anggaran(b)} ditambahkan: {_ringkas_anggaran(b)}"]
    if b is None:
        return [f"{_label_anggaran(a)} dihapus (sebelumnya {_ringkas_anggaran(a)})"]
    bagian = []
    if a.nama != b.nama and b.jenis != "total":
        bagian.append(f"nama “{a.nama}” {PANAH} “{b.nama}”")
    if a.pagu != b.pagu:
        bagian.append(f"pagu {_uang(a.pagu)} {PANAH} {_uang(b.pagu)}")
    if a.realisasi != b.realisasi:
        bagian.append(f"realisasi {_uang(a.realisasi)} {PANAH} {_uang(b.realisasi)}")
    if persen(a.serapan) != persen(b.serapan):
        bagian.append(f"serapan {persen(a.serapan)} {PANAH} {persen(b.serapan)}")
    if not bagian:
        return []
    return [f"{_label_anggaran(b)}: " + ", ".join(bagian)]


def _anggaran(a: HasilAnggaran | None, b: HasilAnggaran | None) -> list[str]:
    ba, bb = _baris_anggaran(a), _baris_anggaran(b)
    hasil: list[str] = []
    for kunci in [*bb, *(k for k in ba if k not in bb)]:
        hasil += _satu_anggaran(ba.get(kunci), bb.get(kunci))
    ta = a.total if a is not None and a.total.pagu is not None else None
    tb = b.total if b is not None and b.total.pagu is not None else None
    return hasil + _satu_anggaran(ta, tb)


def perubahan_tahun(sa: Satker | None, sb: Satker | None, tahun: int, pa: Pengaturan, pb: Pengaturan) -> list[str]:
    """Every change of the satker-year ``tahun`` from ``sa`` (computed with ``pa``) to ``sb`` (with ``pb``)."""
    ha = hitung_tahun(sa, tahun, pa) if sa is not None and tahun in sa.tahun else None
    hb = hitung_tahun(sb, tahun, pb) if sb is not None and tahun in sb.tahun else None
    if hb is None:
        return ["tahun ini dihapus"]
    hasil = ["tahun baru"] if ha is None else []
    ia = ha.indikator if ha is not None else {}
    for kode in [*hb.indikator, *(k for k in ia if k not in hb.indikator)]:
        hasil += _indikator(ia.get(kode), hb.indikator.get(kode))
    hasil += _iku(ha, hb)
    hasil += _anggaran(ha.anggaran if ha is not None else None, hb.anggaran)
    hasil += perubahan_tercetak(sa.tahun.get(tahun) if sa is not None else None, sb.tahun.get(tahun))
    hasil += perubahan_selisih(ha, hb)
    return hasil
