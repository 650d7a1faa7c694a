"""Every LKj of a site printed beside its page (``alamat.uri_pdf``), with one browser.

A browser failure never stops the build: the half-written PDFs are removed and the
reason is returned for the log.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..compute.situs import Situs
from ..lkj.chromium import GagalCetak, Pencetak
from ..lkj.pdf import CetakLkj, cetak_lkj
from ..lkj.susun import punya_lkj
from .alamat import nama_pdf
from .lkj import naskah_cetak


@dataclass
class HasilCetak:
    berkas: list[CetakLkj] = field(default_factory=list)
    mulai_peramban: float = 0.0
    total: float = 0.0


def daftar_lkj(situs: Situs) -> Iterable[tuple[str, int]]:
    for s in situs.satker():
        for t in sorted(s.tahun):
            if punya_lkj(situs, s.id, t):  # no PK, no LKj (lkj.susun.punya_lkj)
                yield s.id, t


def tulis_semua(situs: Situs, site_dir: Path, mesin: str) -> HasilCetak:
    """Print every LKj of the site to ``site/satker/<id>/<tahun>/lkj-<id>-<tahun>.pdf`` with one browser."""
    hasil = HasilCetak()
    mulai = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="lakip-cetak-") as tmp, Pencetak(mesin) as pencetak:
        hasil.mulai_peramban = time.monotonic() - mulai
        for sid, t in daftar_lkj(situs):
            n = naskah_cetak(situs, sid, t)  # with the data's last-change date (site.lkj)
            keluar = Path(site_dir) / "satker" / sid / str(t) / nama_pdf(sid, t)
            hasil.berkas.append(cetak_lkj(n, keluar, pencetak, Path(tmp)))
    hasil.total = time.monotonic() - mulai
    return hasil


def cetak_situs(situs: Situs, site_dir: Path, mesin: str) -> tuple[HasilCetak | None, str | None]:
    """Print every LKj; on a browser failure, remove the half-written PDFs and say why (never raise)."""
    try:
        return tulis_semua(situs, site_dir, mesin), None
    except (GagalCetak, OSError, subprocess.SubprocessError) as exc:
        for sid, t in daftar_lkj(situs):
            keluar = Path(site_dir) / "satker" / sid / str(t) / nama_pdf(sid, t)
            if keluar.is_file() and keluar.stat().st_size == 0:
                keluar.unlink()
        return None, str(exc)


def ringkas(hasil: HasilCetak) -> str:
    """One log line: how many PDFs, pages and seconds."""
    n = len(hasil.berkas)
    halaman = sum(b.halaman for b in hasil.berkas)
    rata = sum(b.detik for b in hasil.berkas) / n if n else 0.0
    return (f"{n} PDF LKj ({halaman} halaman) dicetak dalam {hasil.total:.1f} detik "
            f"(Chromium mulai {hasil.mulai_peramban:.1f} detik, rata-rata {rata:.1f} detik per LKj)")
