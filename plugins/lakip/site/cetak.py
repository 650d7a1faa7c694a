"""Every LKj of a site printed beside its page (``alamat.uri_pdf``), with one browser and the PDF cache.

A browser failure never stops the build: the half-written PDFs are removed and the
reason is returned for the log. ``bagian`` splits the LKj of a site into N shards
deterministically, so a CI matrix prints the nation in parallel into the cache
(``lakip lkj --semua --shard K/N``) and the final build copies every PDF from it.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..compute.situs import Situs
from ..lkj.cache_pdf import CachePdf, cetak_tersimpan
from ..lkj.chromium import GagalCetak, Pencetak
from ..lkj.pdf import CetakLkj
from ..lkj.susun import punya_lkj
from .alamat import uri_pdf
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


def bagian(daftar: Iterable[tuple[str, int]], ke: int, dari: int) -> list[tuple[str, int]]:
    """Shard ``ke`` of ``dari`` (1-based): every ``dari``-th LKj in (satker, tahun) order, so each shard
    gets a like mix of RI, province and kabupaten reports and the shards together are the whole list."""
    if not 1 <= ke <= dari:
        raise ValueError(f"bagian {ke}/{dari} tidak sah (tulis K/N dengan 1 ≤ K ≤ N, mis. 1/4)")
    return [x for i, x in enumerate(sorted(daftar)) if i % dari == ke - 1]


def cetak_daftar(situs: Situs, daftar: Sequence[tuple[str, int]], tujuan: Callable[[str, int], Path], mesin: str,
                 cache: CachePdf | None = None) -> HasilCetak:
    """Print (or copy from ``cache``) the LKj of ``daftar`` to ``tujuan(sid, tahun)``; Chromium starts at the
    first LKj the cache does not hold, so a build whose PDFs are all cached starts none."""
    hasil = HasilCetak()
    mulai = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="lakip-cetak-") as tmp, Pencetak(mesin, malas=True) as pencetak:
        for sid, t in daftar:
            hasil.berkas.append(cetak_tersimpan(naskah_cetak(situs, sid, t), tujuan(sid, t), pencetak, Path(tmp), cache))
        hasil.mulai_peramban = pencetak.detik_mulai
    hasil.total = time.monotonic() - mulai
    return hasil


def tulis_semua(situs: Situs, site_dir: Path, mesin: str, cache: CachePdf | None = None) -> HasilCetak:
    """Print every LKj of the site to ``site/satker/<id>/<tahun>/lkj-<id>-<tahun>.pdf``."""
    return cetak_daftar(situs, list(daftar_lkj(situs)), lambda sid, t: Path(site_dir) / uri_pdf(sid, t), mesin, cache)


def cetak_situs(situs: Situs, site_dir: Path, mesin: str,
                cache: CachePdf | None = None) -> tuple[HasilCetak | None, str | None]:
    """Print every LKj; on a browser failure, remove the half-written PDFs and say why (never raise)."""
    try:
        return tulis_semua(situs, site_dir, mesin, cache), None
    except (GagalCetak, OSError, subprocess.SubprocessError) as exc:
        for sid, t in daftar_lkj(situs):
            keluar = Path(site_dir) / uri_pdf(sid, t)
            if keluar.is_file() and keluar.stat().st_size == 0:
                keluar.unlink()
        return None, str(exc)


def ringkas(hasil: HasilCetak) -> str:
    """One log line: how many PDFs, pages and seconds, and how many came from the cache."""
    n = len(hasil.berkas)
    halaman = sum(b.halaman for b in hasil.berkas)
    dicetak = [b for b in hasil.berkas if not b.dari_cache]
    rata = sum(b.detik for b in dicetak) / len(dicetak) if dicetak else 0.0
    tersimpan = n - len(dicetak)
    cache = f", {tersimpan} dari cache" if tersimpan else ""
    if not n:
        return "0 PDF LKj: bagian ini tidak punya LKj"
    if not dicetak:
        return f"{n} PDF LKj ({halaman} halaman) diambil dari cache dalam {hasil.total:.1f} detik (Chromium tidak dijalankan)"
    return (f"{n} PDF LKj ({halaman} halaman) dalam {hasil.total:.1f} detik: {len(dicetak)} dicetak{cache} "
            f"(Chromium mulai {hasil.mulai_peramban:.1f} detik, rata-rata {rata:.1f} detik per LKj dicetak)")
