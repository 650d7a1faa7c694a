"""Budget arithmetic: every total from its parts, serapan and sisa per line.

A line's pagu is the one written in the data or, when the data leaves it out,
the sum of its parts (RO -> kegiatan -> program -> satker). ``check`` reports
a written total that differs from its parts, so here they never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..model.rekaman import RO, Belanja, BerkasAnggaran, Kegiatan, Program, Rekam
from .capaian import serapan, sisa


@dataclass(frozen=True)
class BarisAnggaran:
    jenis: str  # program, kegiatan, ro, belanja, total
    kode: str
    nama: str
    pagu: int | None
    realisasi: int | None
    tingkat: int = 0
    rekam: Rekam | None = None
    dihitung: bool = False  # True when the pagu is the sum of the parts

    @property
    def serapan(self) -> Decimal | None:
        if self.pagu is None or self.realisasi is None:
            return None
        return serapan(self.pagu, self.realisasi)

    @property
    def sisa(self) -> int | None:
        if self.pagu is None or self.realisasi is None:
            return None
        return sisa(self.pagu, self.realisasi)


@dataclass
class HasilAnggaran:
    program: list[BarisAnggaran] = field(default_factory=list)  # program, kegiatan and RO rows in order
    belanja: list[BarisAnggaran] = field(default_factory=list)
    total: BarisAnggaran = field(default_factory=lambda: BarisAnggaran("total", "", "Jumlah", None, None))
    _per_rekam: dict[int, BarisAnggaran] = field(default_factory=dict)

    @property
    def pagu(self) -> int | None:
        return self.total.pagu

    @property
    def realisasi(self) -> int | None:
        return self.total.realisasi

    def semua_baris(self) -> list[BarisAnggaran]:
        return [*self.program, *self.belanja]

    def baris_untuk(self, rekam: Rekam) -> BarisAnggaran | None:
        return self._per_rekam.get(id(rekam))


def _jumlah(nilai: list[int | None]) -> int | None:
    if not nilai or any(v is None for v in nilai):
        return None
    return sum(v for v in nilai if v is not None)


def _baris(h: HasilAnggaran, x: Program | Kegiatan | RO | Belanja, jenis: str, tingkat: int,
           anak: list[BarisAnggaran]) -> BarisAnggaran:
    # without RO, a kegiatan's (or an RO's) itemisation per jenis belanja is its breakdown: the pagu is
    # then typed once, in the itemisation (issue 14 point 7)
    rinci = [] if anak else list(getattr(x, "belanja", ()))
    pagu = x.pagu if x.pagu is not None else _jumlah([a.pagu for a in [*anak, *rinci]])
    real = x.realisasi if x.realisasi is not None else _jumlah([a.realisasi for a in [*anak, *rinci]])
    b = BarisAnggaran(jenis, x.kode or "", x.nama, pagu, real, tingkat, x,
                      dihitung=x.pagu is None and bool(anak or rinci))
    h._per_rekam[id(x)] = b
    return b


def rincian_belanja(a: BerkasAnggaran) -> dict[str, tuple[int, int | None]]:
    """Per jenis belanja, the sums of what the kegiatan (or, below them, the RO) itemise: (pagu, realisasi).

    A kegiatan's own ``belanja`` counts; without it, its RO's. A realisasi is summed only when
    every item of that jenis has one."""
    pagu: dict[str, int] = {}
    real: dict[str, int | None] = {}
    for p in a.program:
        for k in p.kegiatan:
            for x in (k.belanja or tuple(x for r in k.ro for x in r.belanja)):
                pagu[x.kode] = pagu.get(x.kode, 0) + x.pagu
                lama = real.get(x.kode, 0)
                real[x.kode] = None if lama is None or x.realisasi is None else lama + x.realisasi
    return {k: (v, real[k]) for k, v in pagu.items()}


def _baris_belanja(h: HasilAnggaran, b: Belanja, rinci: tuple[int, int | None] | None) -> BarisAnggaran:
    pagu = b.pagu if b.pagu is not None else rinci[0] if rinci else None
    real = b.realisasi if b.realisasi is not None else rinci[1] if rinci else None
    baris = BarisAnggaran("belanja", b.kode, b.nama, pagu, real, 0, b, dihitung=b.pagu is None and rinci is not None)
    h._per_rekam[id(b)] = baris
    return baris


def hitung_anggaran(a: BerkasAnggaran) -> HasilAnggaran:
    """Compute every line and total of one year's budget."""
    h = HasilAnggaran()
    program_rows: list[BarisAnggaran] = []
    for p in a.program:
        keg_rows: list[BarisAnggaran] = []
        blok: list[BarisAnggaran] = []
        for k in p.kegiatan:
            ro_rows = [_baris(h, r, "ro", 2, []) for r in k.ro]
            kb = _baris(h, k, "kegiatan", 1, ro_rows)
            keg_rows.append(kb)
            blok += [kb, *ro_rows]
        pb = _baris(h, p, "program", 0, keg_rows)
        program_rows.append(pb)
        h.program += [pb, *blok]
    rinci = rincian_belanja(a)
    h.belanja = [_baris_belanja(h, b, rinci.get(b.kode)) for b in a.belanja]
    dasar = program_rows or h.belanja
    pagu = a.pagu if a.pagu is not None else _jumlah([b.pagu for b in dasar])
    real = a.realisasi if a.realisasi is not None else _jumlah([b.realisasi for b in dasar])
    h.total = BarisAnggaran("total", "", "Jumlah", pagu, real, 0, a, dihitung=a.pagu is None)
    return h
