"""The indicator-to-kegiatan link as tables: which kegiatan carries which indicator, with its budget."""

from __future__ import annotations

from ..compute.capaian import serapan
from ..compute.kinerja import HasilTahun
from .aman import sel
from .format import KOSONG, persen, rupiah
from .tabel import tabel


def _nama(kode: str, nama: str | None) -> str:
    return f"{sel(kode)} {sel(nama)}" if nama else sel(kode)


def tabel_kegiatan(h: HasilTahun) -> str:
    """Program dan kegiatan yang menunjang: each kegiatan, the sasaran and indicators it carries, its budget."""
    if not h.kegiatan:
        return ""
    rows = []
    for k in h.kegiatan:
        sp = serapan(k.pagu, k.realisasi) if k.pagu is not None and k.realisasi is not None else None
        rows.append([_nama(k.kode, k.nama), sel(k.program or KOSONG), ", ".join(sel(x) for x in k.sasaran),
                     ", ".join(sel(x) for x in k.indikator), rupiah(k.pagu) if k.pagu is not None else KOSONG,
                     rupiah(k.realisasi) if k.realisasi is not None else KOSONG, persen(sp) if sp is not None else KOSONG])
    return str(tabel(["Kegiatan", "Program", "Sasaran", "Indikator", "Pagu", "Realisasi", "Serapan"], rows,
                     "llllrrr"))


def bagian_kegiatan(h: HasilTahun, judul: str = "Program dan kegiatan yang menunjang") -> list[str]:
    isi = tabel_kegiatan(h)
    if not isi:
        return []
    return [f"## {judul}\n", "Kegiatan yang memikul indikator kinerja tahun ini, dengan anggarannya "
            "(dari data anggaran tahun ini).\n", isi]
