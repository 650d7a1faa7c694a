"""``lakip lkj``: one LKj as print HTML and PDF, or every LKj of the site (a shard of them) into the cache.

``lakip lkj SATKER TAHUN --keluaran DIR [--pdf]`` writes ``lkj-SATKER-TAHUN.html`` (the standalone
print HTML: its own CSS, images inlined, readable in any browser) and with ``--pdf`` the A4 PDF
the site publishes. ``lakip lkj --semua --shard K/N`` prints every N-th LKj of the site
(``cetak.bagian``) into the PDF cache, and into ``--keluaran`` when given: N machines print
the nation in parallel, and the site build then copies every PDF from the cache.
"""

from __future__ import annotations

import difflib
import re
import tempfile
from pathlib import Path

from ..compute.situs import Situs
from ..errors import GagalPerintah
from ..lkj.cache_pdf import CachePdf
from ..lkj.chromium import cari_mesin
from ..lkj.pdf import html_lkj
from ..lkj.susun import punya_lkj
from ..site.alamat import nama_pdf
from ..site.cetak import HasilCetak, bagian, cetak_daftar, daftar_lkj
from ..site.lkj import naskah_cetak
from .proyek import Proyek


def baca_bagian(teks: str) -> tuple[int, int]:
    """``K/N`` -> (K, N)."""
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", teks)
    if not m or not 1 <= int(m[1]) <= int(m[2]):
        raise GagalPerintah(f"--shard '{teks}' tidak sah (tulis K/N dengan 1 ≤ K ≤ N, mis. --shard 2/8)")
    return int(m[1]), int(m[2])


def _mesin() -> str:
    mesin = cari_mesin()
    if mesin is None:
        raise GagalPerintah("Chromium tidak ditemukan untuk mencetak PDF (pasang paket Debian 'chromium' lewat "
                            "scripts/pasang.sh, atau tunjuk programnya dengan LAKIP_CHROMIUM=/jalur/chromium)")
    return mesin


def _periksa_pilihan(situs: Situs, sid: str, tahun: str) -> int:
    if sid not in situs.data.satker:
        mirip = difflib.get_close_matches(sid, list(situs.data.satker), 1)
        saran = f"; maksudnya {mirip[0]}?" if mirip else ""
        raise GagalPerintah(f"satker '{sid}' tidak ada di data situs ini{saran}")
    s = situs.data.satker[sid]
    if not tahun.isdigit() or int(tahun) not in s.tahun:
        ada = ", ".join(str(t) for t in sorted(s.tahun)) or "belum ada"
        raise GagalPerintah(f"{sid} tidak punya data tahun '{tahun}' (tahun yang ada: {ada})")
    if not punya_lkj(situs, sid, int(tahun)):
        ada = ", ".join(str(t) for t in sorted(s.tahun) if punya_lkj(situs, sid, t)) or "tidak ada"
        raise GagalPerintah(f"{sid} {tahun} tidak punya LKj: LKj disusun terhadap Perjanjian Kinerja, dan "
                            f"{tahun}/pk.md tidak ada atau tidak memuat perjanjian jenis pk (tahun dengan LKj: {ada})")
    return int(tahun)


def lkj_satu(proyek: Proyek, sid: str, tahun: str, keluaran: Path, pdf: bool,
             cache: str | None = None) -> list[Path]:
    """Write one LKj's print HTML (and PDF) to ``keluaran``; returns the files written."""
    situs = proyek.situs()
    t = _periksa_pilihan(situs, sid, tahun)
    mesin = _mesin() if pdf else ""
    keluaran.mkdir(parents=True, exist_ok=True)
    html = (keluaran / nama_pdf(sid, t)).with_suffix(".html")
    with open(html, "w", encoding="utf-8", newline="") as f:
        f.write(html_lkj(naskah_cetak(situs, sid, t)))  # as printed: with the data's last-change date
    if not pdf:
        return [html]
    hasil = cetak_daftar(situs, [(sid, t)], lambda s, th: keluaran / nama_pdf(s, th), mesin, _cache(proyek, cache, mesin))
    return [html, *(b.path for b in hasil.berkas)]


def _cache(proyek: Proyek, pilihan: str | None, mesin: str) -> CachePdf | None:
    folder = proyek.cache_pdf(pilihan)
    return CachePdf(folder, mesin) if folder is not None else None


def lkj_semua(proyek: Proyek, shard: str | None, keluaran: Path | None, cache: str | None = None,
              pangkas: bool = False) -> HasilCetak:
    """Print shard ``K/N`` (default: all) of the site's LKj into the cache and ``keluaran``; with ``pangkas``
    the cache keeps only these PDFs afterwards (what a CI shard uploads for the final build)."""
    ke, dari = baca_bagian(shard) if shard else (1, 1)
    situs = proyek.situs()
    mesin = _mesin()
    simpanan = _cache(proyek, cache, mesin)
    if simpanan is None and keluaran is None:
        raise GagalPerintah("tidak ada tempat menulis PDF: beri --keluaran DIR, atau jangan matikan cache PDF")
    if pangkas and simpanan is None:
        raise GagalPerintah("--pangkas-cache perlu cache PDF (jangan beri --cache kosong)")
    daftar = bagian(daftar_lkj(situs), ke, dari)
    with tempfile.TemporaryDirectory(prefix="lakip-shard-") as tmp:  # without --keluaran the cache is the result
        tujuan = keluaran if keluaran is not None else Path(tmp)
        hasil = cetak_daftar(situs, daftar, lambda s, t: tujuan / nama_pdf(s, t), mesin, simpanan)
    if pangkas and simpanan is not None:
        simpanan.pangkas()
    return hasil
