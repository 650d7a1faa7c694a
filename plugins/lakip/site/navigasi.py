"""What every page of a satker-year shares: the links between its pages, and what search leaves out."""

from __future__ import annotations

import posixpath

from ..compute.situs import Situs
from ..lkj.susun import punya_lkj
from .alamat import uri_data, uri_tahun

#: Front matter of generated pages left out of the search index (the plugin does not mark them for
#: Pagefind): the consistency notes are for auditors. The LKj is indexed: Pagefind's index is
#: fetched per word and page, so its size no longer costs a visitor who searches.
TANPA_PENCARIAN = "---\nsearch:\n  exclude: true\n---\n\n"
#: The last link of the line that joins a satker-year's pages (search leaves that line out: site/cari.py).
LABEL_DATA = "Data terbuka (JSON/CSV)"


def tautan_tahun(situs: Situs, sid: str, tahun: int, aktif: str) -> str:
    items = [("index", "Capaian kinerja"), ("perjanjian-kinerja", "Perjanjian kinerja"),
             ("anggaran", "Anggaran"), ("konsistensi", "Catatan konsistensi"), ("lkj", "Laporan Kinerja (LKj)"),
             ("evaluasi-lkj", "Evaluasi pelaporan")]
    out = []
    for kunci, label in items:
        if kunci == "konsistensi" and not situs.ada_konsistensi(sid, tahun):
            continue
        if kunci in ("lkj", "evaluasi-lkj") and not punya_lkj(situs, sid, tahun):
            continue
        th = situs.data.satker[sid].tahun.get(tahun)
        if kunci == "evaluasi-lkj" and (th is None or th.lkj is None or th.lkj.data.status != "final"):
            continue  # the evaluator's page is for a final LKj (site.evaluasi_lkj.punya_evaluasi)
        out.append(f"**{label}**" if kunci == aktif else f"[{label}]({kunci}.md)")
    # the open data files are site files (plugin.on_files), so MkDocs checks this link and makes it
    # relative to each page's URL (a raw <a> broke on every page but index: ../ one level short)
    data = posixpath.relpath(uri_data(f"{sid}/{tahun}/index.json"), posixpath.dirname(uri_tahun(sid, tahun)))
    out.append(f"[{LABEL_DATA}]({data})")
    return " · ".join(out) + "\n"
