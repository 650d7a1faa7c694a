"""The summary card of a satker's latest year: four facts a visitor looks for first.

Markdown (a list behind a marker the stylesheet turns into a card grid), so that
MkDocs rewrites the links and search indexes the text; without CSS it is a plain list.
"""

from __future__ import annotations

from ..compute.capaian import Kategori
from ..compute.pengaturan import Pengaturan
from ..compute.status import StatusTahun
from .format import persen, tanggal

PENANDA = '<div class="lakip-ringkas-penanda" hidden></div>\n'


def iku_teks(st: StatusTahun, p: Pengaturan, kategori: Kategori | None = None) -> str:
    """'2 dari 6 IKU memenuhi target; 4 tidak' and, only with a cap in force, the mean at that cap."""
    if not st.iku:
        return "tidak ada Indikator Kinerja Utama dengan target tahun ini"
    if st.iku_belum == st.iku:
        return f"{st.iku} IKU, belum ada yang dapat dinilai (realisasi belum tercatat)"
    out = f"**{st.iku_tercapai} dari {st.iku}** IKU memenuhi target"
    if st.iku_tidak:
        out += f"; {st.iku_tidak} tidak"
    if st.iku_belum:
        out += f"; {st.iku_belum} belum dapat dinilai"
    if p.batas_capaian is not None and st.rata_rata is not None:
        out += (f". Rata-rata capaian {persen(st.rata_rata)}"
                + (f" ({kategori.nama})" if kategori else "")
                + f", setiap capaian dibatasi paling tinggi {persen(p.batas_capaian, 0)}")
    return out


def kartu_ringkas(st: StatusTahun, p: Pengaturan, kategori: Kategori | None, ke_tahun: str, ada_lkj: bool) -> str:
    """The card; ``ke_tahun`` is the relative path of the year's folder (``2024/``); ``ada_lkj``: the year
    has an LKj page (only a year with a Perjanjian Kinerja has one, so no link to a page that does not exist)."""
    pk = "belum ada dalam data"
    if st.pk_ada:
        pk = f"ditandatangani {tanggal(st.pk_tanggal)}" if st.pk_tanggal else "ada"
        pk += "; pindaian bertanda tangan " + ("diterbitkan" if st.pk_resmi else "belum diterbitkan")
    lkj = ("naskah bertanda tangan diterbitkan" if st.lkj_resmi
           else "naskah bertanda tangan belum diterbitkan; tersedia versi yang disusun dari data")
    butir = [
        f"- **Kinerja {st.tahun}:** {iku_teks(st, p, kategori)} ([rincian]({ke_tahun}index.md))",
        "- **Serapan anggaran:** " + (f"**{persen(st.serapan)}** ([rincian]({ke_tahun}anggaran.md))"
                                      if st.serapan is not None else "belum ada data anggaran"),
        f"- **Perjanjian Kinerja:** {pk} ([lihat]({ke_tahun}perjanjian-kinerja.md))",
        f"- **Laporan Kinerja (LKj):** {lkj} ([lihat]({ke_tahun}lkj.md))" if ada_lkj else
        "- **Laporan Kinerja (LKj):** belum ada (LKj melaporkan capaian terhadap Perjanjian Kinerja tahun itu)",
    ]
    return PENANDA + "\n" + "\n".join(butir) + "\n"
