"""Scaffold placeholders left in the data: ``lakip baru`` writes example values that must never pass
as data. ``lakip check`` warns about each one; the final-LKj gate (``temuan_contoh``) refuses them.

A placeholder is a text that still starts with "CONTOH" (the example sasaran and indicator), the
profile's "Ganti paragraf ini" sentence, and a name, place or date whose key was scaffolded but left
empty (``tanggal:`` with nothing after it).
"""

from __future__ import annotations

from dataclasses import fields

from ..errors import LakipError, Masalah
from ..load.validasi import ditolak
from ..model.rekaman import Rekam
from ..model.satker import Berkas, Data, Satker

#: keys scaffolded empty by ``lakip baru`` that a report cannot leave empty
KOSONG_DILARANG = ("nama", "jabatan", "tempat", "tanggal")
#: text ``lakip baru`` writes that stays a placeholder until replaced
KALIMAT_CONTOH = ("Ganti paragraf ini dengan uraian singkat satker.",)


def _rekaman(r: Rekam, m: Masalah) -> None:
    for f in fields(r):
        v = getattr(r, f.name)
        if isinstance(v, str) and v.strip().startswith("CONTOH"):  # as lakip baru writes it
            m.tambah(r.path, r.line(f.name), f"'{f.name}' masih berisi contoh dari lakip baru: '{v.strip()[:60]}' "
                                             "(ganti dengan isi dokumen, atau hapus butirnya)")
        elif v is None and f.name in KOSONG_DILARANG and f.name in r.posisi and not ditolak(r, f.name):
            m.tambah(r.path, r.line(f.name), f"'{f.name}' masih kosong dari kerangka lakip baru "
                                             "(isi sebagaimana dokumen, atau hapus barisnya bila memang tidak ada)")
        for x in (v if isinstance(v, tuple) else (v,)):
            if isinstance(x, Rekam):
                _rekaman(x, m)


def _berkas(s: Satker, tahun: int | None = None) -> list[Berkas[Rekam]]:
    """The satker's files: profile, Renstra and every year's (or only ``tahun``'s) files."""
    hasil: list[Berkas[Rekam]] = [b for b in (s.profil, *s.renstra) if b is not None]  # type: ignore[misc]
    for t, th in s.tahun.items():
        if tahun is not None and t != tahun:
            continue
        hasil += [b for b in (th.pk, th.realisasi, th.anggaran, th.lkj) if b is not None]  # type: ignore[misc]
    return hasil


def temuan_contoh_satker(s: Satker, tahun: int | None = None) -> list[LakipError]:
    """Every placeholder left in one satker's data (or in what one year's LKj reads: the profile, the
    Renstra and that year's files), at its path:line."""
    m = Masalah()
    for b in _berkas(s, tahun):
        _rekaman(b.data, m)
        for kalimat in KALIMAT_CONTOH:
            if kalimat in b.body:
                baris = b.body_baris + b.body[:b.body.index(kalimat)].count("\n")
                m.tambah(b.path, baris, f"uraian masih berisi kalimat contoh dari lakip baru: '{kalimat}' (ganti "
                                        "dengan uraian sebenarnya)")
    return m.urut()


def temuan_contoh(data: Data) -> list[LakipError]:
    """Every placeholder left in the data: warnings for ``lakip check``, errors for a final LKj."""
    return [e for s in data.satker.values() for e in temuan_contoh_satker(s)]


__all__ = ["KALIMAT_CONTOH", "KOSONG_DILARANG", "temuan_contoh", "temuan_contoh_satker"]
