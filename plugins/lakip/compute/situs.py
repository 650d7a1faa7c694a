"""One build's computed state: the loaded data and each satker-year's results, computed once.

``bangun`` makes it; every page, table, export and LKj of a build reads its results
from here, so they all show the same numbers.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..model.satker import Data, Satker
from .catatan import CatatanLaporan, catatan_tahun
from .kinerja import HasilTahun, hitung_tahun
from .konsistensi import Selisih, ada_tercetak, catatan_konsistensi
from .pengaturan import Pengaturan
from .riwayat import Ubah

T = TypeVar("T")


@dataclass
class Situs:
    data: Data
    pengaturan: Pengaturan = field(default_factory=Pengaturan)
    fokus: tuple[str, ...] = ()  # the satker a one-satker site was built for (LAKIP_SATKER / 'satker')
    #: (first, last) commit date of each data file (resolved path), from git; empty outside git
    tanggal_berkas: dict[Path, tuple[datetime.date, datetime.date]] = field(default_factory=dict)
    #: each satker-year's changes of figures, oldest first, from git (site.riwayat_data); empty outside git
    riwayat: dict[tuple[str, int], list[Ubah]] = field(default_factory=dict)
    _hasil: dict[tuple[str, int], HasilTahun] = field(default_factory=dict)
    _simpanan: dict[tuple[object, ...], Any] = field(default_factory=dict)

    def satker(self) -> list[Satker]:
        return list(self.data.satker.values())

    def hasil(self, sid: str, tahun: int) -> HasilTahun:
        kunci = (sid, tahun)
        if kunci not in self._hasil:
            self._hasil[kunci] = hitung_tahun(self.data.satker[sid], tahun, self.pengaturan)
        return self._hasil[kunci]

    def konsistensi(self, sid: str, tahun: int) -> list[Selisih]:
        return self.simpan(("konsistensi", sid, tahun), lambda: catatan_konsistensi(self.hasil(sid, tahun)))

    def catatan(self, sid: str, tahun: int) -> list[CatatanLaporan]:
        """The recorded notes on the year's printed report (corrections, contradictions kept)."""
        return self.simpan(("catatan", sid, tahun), lambda: catatan_tahun(self.data.satker[sid], tahun))

    def ada_konsistensi(self, sid: str, tahun: int) -> bool:
        """Whether the satker-year gets a 'Catatan konsistensi' page (printed figures or recorded notes)."""
        return self.simpan(("ada_konsistensi", sid, tahun),
                           lambda: ada_tercetak(self.data.satker[sid].tahun.get(tahun))
                           or bool(self.catatan(sid, tahun)))

    def simpan(self, kunci: tuple[object, ...], buat: Callable[[], T]) -> T:
        """``buat()`` computed once per build: several pages show the same derived figures."""
        if kunci not in self._simpanan:
            self._simpanan[kunci] = buat()
        return self._simpanan[kunci]  # type: ignore[no-any-return]

    def tahun_terakhir(self, sid: str) -> int | None:
        """The latest year with any realisasi or budget, else the latest year."""
        s = self.data.satker[sid]
        isi = [t for t, th in s.tahun.items() if th.realisasi or th.anggaran or th.pk]
        return max(isi) if isi else None
