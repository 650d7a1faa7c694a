"""Where a generated page leads: its breadcrumb, the links of a satker-year, the year switcher,
the open-data links under each table, and what search leaves out.

Links are Markdown relative to the page's own source URI, so MkDocs checks them and
writes each page's URL style; the breadcrumb is data for ``overrides/partials/path.html``.
"""

from __future__ import annotations

import posixpath

from ..compute.situs import Situs
from ..lkj.susun import punya_lkj
from ..model.katalog import renstra_untuk
from ..render.aman import sel
from .alamat import (
    URI_DAFTAR_SATKER,
    uri_data,
    uri_dip,
    uri_renstra,
    uri_satker,
    uri_tahun,
)

#: Front matter of generated pages left out of the search index (the plugin does not mark them for
#: Pagefind): the consistency notes are for auditors. The LKj is indexed: Pagefind's index is
#: fetched per word and page, so its size no longer costs a visitor who searches.
TANPA_PENCARIAN = "---\nsearch:\n  exclude: true\n---\n\n"

URI_BERANDA = "index.md"
#: The titles of the sections whose index page a breadcrumb names (the plugin drops a missing index).
JUDUL_BAGIAN = {"perbandingan": "Perbandingan IKU", "status": "Status pelaporan", "data": "Data terbuka"}
URI_DATA = "data/index.md"  # the open data page: catalogue and data dictionary

#: The pages of a satker-year, in the order of its link line.
HALAMAN_TAHUN = (("index", "Capaian kinerja"), ("perjanjian-kinerja", "Perjanjian kinerja"),
                 ("anggaran", "Anggaran"), ("konsistensi", "Catatan konsistensi"), ("lkj", "Laporan Kinerja (LKj)"),
                 ("evaluasi-lkj", "Evaluasi pelaporan"))


def relatif(dari: str, ke: str) -> str:
    """The link from the page ``dari`` to ``ke`` (both docs-relative URIs)."""
    return posixpath.relpath(ke, posixpath.dirname(dari) or ".")


def _ada(situs: Situs, sid: str, tahun: int, kunci: str) -> bool:
    """Whether the satker-year has that page (consistency notes and the LKj are not always made)."""
    if kunci == "konsistensi":
        return situs.ada_konsistensi(sid, tahun)
    if kunci == "evaluasi-lkj":  # the evaluator's page is for a final LKj (site.evaluasi_lkj.punya_evaluasi)
        th = situs.data.satker[sid].tahun.get(tahun)
        return punya_lkj(situs, sid, tahun) and th is not None and th.lkj is not None and th.lkj.data.status == "final"
    return kunci != "lkj" or punya_lkj(situs, sid, tahun)


def tautan_tahun(situs: Situs, sid: str, tahun: int, aktif: str) -> str:
    """The satker's pages, this year's pages and the year switcher, at the top of every satker-year page."""
    s = situs.data.satker[sid]
    dari = uri_tahun(sid, tahun, aktif)
    satker = [f"[Profil satker]({relatif(dari, uri_satker(sid))})"]
    r = renstra_untuk(s, tahun)
    if r is not None:
        uri = uri_renstra(sid, r.data.mulai, r.data.selesai)
        satker.append(f"[Renstra {r.data.mulai}–{r.data.selesai}]({relatif(dari, uri)})")
    satker.append(f"[Informasi publik (DIP)]({relatif(dari, uri_dip(sid))})")
    halaman = [f"**{label}**" if kunci == aktif else f"[{label}]({relatif(dari, uri_tahun(sid, tahun, kunci))})"
               for kunci, label in HALAMAN_TAHUN if _ada(situs, sid, tahun, kunci)]
    out = [f"{sel(s.nama)}: " + " · ".join(satker) + "  \n" + f"Tahun {tahun}: " + " · ".join(halaman)]
    lain = sorted(s.tahun)
    if len(lain) > 1:
        pilih = []
        for t in lain:
            kunci = aktif if _ada(situs, sid, t, aktif) else "index"
            pilih.append(f"**{t}**" if t == tahun else f"[{t}]({relatif(dari, uri_tahun(sid, t, kunci))})")
        out.append("Tahun lain: " + " · ".join(pilih))
    return "  \n".join(out) + "\n{: .lakip-tautan-tahun }\n"


def unduh(dari: str, berkas: list[str], json: str | None = None, kamus: str = "") -> str:
    """'Data tabel ini: CSV · JSON · arti kolom' under a table; ``berkas`` are data/-relative CSV paths."""
    csv = [f"[{posixpath.basename(b)}]({relatif(dari, uri_data(b))})" for b in berkas]
    bagian = ["CSV " + ", ".join(csv)]
    if json:
        bagian.append(f"[JSON]({relatif(dari, uri_data(json))})")
    bagian.append(f"[arti kolom]({relatif(dari, URI_DATA)}{'#' + kamus if kamus else ''})")
    return "Data tabel ini: " + " · ".join(bagian) + "\n{: .lakip-unduh }\n"


def jejak(situs: Situs, uri: str) -> list[tuple[str, str]]:
    """(title, docs URI) of the pages above ``uri``, home first; empty for a page not made from data."""
    atas = [("Beranda", URI_BERANDA)]
    bagian = uri.split("/")
    if len(bagian) == 1:
        return []  # a top-level page: its tab says where it is
    if bagian[0] != "satker" or uri == URI_DAFTAR_SATKER:
        indeks = f"{bagian[0]}/index.md"
        if uri != indeks:
            atas.append((JUDUL_BAGIAN.get(bagian[0], bagian[0].capitalize()), indeks))
        return atas
    if len(bagian) < 3 or bagian[1] not in situs.data.satker:
        return []
    sid = bagian[1]
    atas.append(("Satker", URI_DAFTAR_SATKER))
    if uri == uri_satker(sid):
        return atas
    atas.append((situs.data.satker[sid].nama, uri_satker(sid)))
    if len(bagian) == 4 and bagian[2].isdigit() and bagian[3] != "index.md":
        atas.append((f"Tahun {bagian[2]}", uri_tahun(sid, int(bagian[2]))))
    return atas
