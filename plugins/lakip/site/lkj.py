"""The LKj as a web page: the document written as Markdown, with its downloads.

The printed PDF and the signed scan are published beside it (``alamat``).
"""

from __future__ import annotations

import datetime
import posixpath
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from ..compute.situs import Situs
from ..lkj.naskah import (
    DaftarIsi,
    Gambar,
    Judul,
    Kosong,
    NaskahLkj,
    PernyataanReviu,
    StatusPdf,
    Tabel,
    TandaTangan,
    TandaTanganPK,
    Teks,
)
from ..lkj.penyusun import dokumen_resmi
from ..lkj.susun import susun_lkj
from ..render.aman import sel
from ..render.format import tanggal
from ..render.markdown import polos
from .alamat import nama_pdf, uri_data, uri_resmi, uri_tahun
from .dip import berkas_terbit
from .navigasi import URI_DATA, relatif, tautan_tahun
from .riwayat_git import tanggal_ubah_semua
from .terbit_lkj import TerbitLkj, lkj_terbit

# ---------------------------------------------------------------- the web page

def _md_judul(j: Judul, dasar: int = 2) -> str:
    return f"{'#' * min(6, dasar + j.tingkat - 1)} {j.teks} {{#{j.jangkar}}}\n"


def _md_keterangan(jenis: str, nomor: str, judul: str, jangkar: str) -> str:
    return f"**{jenis} {nomor}** {judul}\n{{: #{jangkar} .lkj-keterangan }}\n"


def _md_daftar(n: NaskahLkj, jenis: str) -> str:
    if jenis == "isi":
        out = []
        for j in n.judul_bab():
            if j.tingkat <= 2:
                out.append("    " * (j.tingkat - 1) + f"- [{polos(j.teks)}](#{j.jangkar})")
        return "\n".join(out) + "\n"
    daftar: Sequence[Tabel | Gambar] = n.tabel() if jenis == "tabel" else n.gambar()
    label = "Tabel" if jenis == "tabel" else "Gambar"
    if not daftar:
        return f"*Tidak ada {label.lower()} dalam laporan ini.*\n"
    return "\n".join(f"- [{label} {x.nomor} {polos(x.judul)}](#{x.jangkar})" for x in daftar) + "\n"


def _md_tanda_tangan(t: TandaTangan) -> str:
    baris = []
    tempat = ", ".join(x for x in (sel(t.tempat) if t.tempat else "", t.tanggal or "") if x)
    if tempat:
        baris.append(tempat)
    if t.jabatan:
        baris.append(f"**{sel(t.jabatan)}**")
    baris.append("&nbsp;")  # the room for the wet signature
    if t.nama:
        baris.append(f"**{sel(t.nama)}**")
    if t.nip:
        baris.append(f"NIP {sel(t.nip)}")
    return "  \n".join(baris) + "\n{: .lkj-tanda-tangan }\n"


def _kolom_pihak(p: tuple[str | None, str | None, str | None] | None) -> str:
    if p is None:
        return ""
    jabatan, nama, nip = p
    return "<br>".join(x for x in (f"**{sel(jabatan)}**" if jabatan else "", "&nbsp;",
                                   f"**{sel(nama)}**" if nama else "", f"NIP {sel(nip)}" if nip else "") if x)


def _md_tanda_tangan_pk(t: TandaTanganPK) -> str:
    tempat = ", ".join(x for x in (sel(t.tempat) if t.tempat else "", t.tanggal or "") if x)
    return ((f"{tempat}\n{{: .lkj-tempat-pk }}\n\n" if tempat else "")
            + "| Pihak Kedua | Pihak Pertama |\n|:---:|:---:|\n"
            + f"| {_kolom_pihak(t.kedua)} | {_kolom_pihak(t.pertama)} |\n")


def _md_reviu(r: PernyataanReviu) -> str:
    baris = [x for x in (", ".join(y for y in (sel(r.tempat) if r.tempat else "", r.tanggal) if y),
                         sel(r.unit), f"**{sel(r.jabatan)}**" if r.jabatan else "", "&nbsp;",
                         f"**{sel(r.nama)}**", f"NIP {sel(r.nip)}" if r.nip else "") if x]
    return "  \n".join(baris) + "\n{: .lkj-tanda-tangan }\n"


def _md_kosong(n: NaskahLkj, k: Kosong) -> str:
    """A gap of a draft, marked for the reader; a final prints none (the final gate refuses it first)."""
    if not n.draf:
        return ""
    return f"**[Belum ditulis: {sel(k.bagian)}]**\n{{: .lkj-kosong }}\n"


def markdown_lkj(n: NaskahLkj, dasar: int = 2) -> str:
    """The document as Markdown; chapters at heading level ``dasar``."""
    out: list[str] = []
    for b in n.blok:
        if isinstance(b, Judul):
            out.append(_md_judul(b, dasar))
        elif isinstance(b, Teks):
            out.append(b.markdown)
        elif isinstance(b, Tabel):
            out.append(_md_keterangan("Tabel", b.nomor, b.judul, b.jangkar) + "\n" + b.markdown)
        elif isinstance(b, Gambar):
            # focusable: on a phone the chart scrolls inside this box, and keyboard users must reach it
            out.append(f'<div class="lkj-gambar" id="{b.jangkar}" tabindex="0">\n{b.html}\n</div>\n\n'
                       f"**Gambar {b.nomor}** {b.judul}\n{{: .lkj-keterangan }}\n")
        elif isinstance(b, TandaTangan):
            out.append(_md_tanda_tangan(b))
        elif isinstance(b, TandaTanganPK):
            out.append(_md_tanda_tangan_pk(b))
        elif isinstance(b, PernyataanReviu):
            out.append(_md_reviu(b))
        elif isinstance(b, Kosong):
            out.append(_md_kosong(n, b))
        elif isinstance(b, DaftarIsi):
            out.append(_md_daftar(n, b.jenis))
    return "\n".join(x for x in out if x)


def _sampul_md(n: NaskahLkj) -> str:
    baris = ["**LAPORAN KINERJA**", f"**{sel(n.nama.upper())}**", f"**TAHUN {n.tahun}**"]
    if n.periode_renstra:
        baris.append(f"Rencana Strategis {n.periode_renstra[0]}–{n.periode_renstra[1]}")
    if n.judul and polos(n.judul).lower() != f"laporan kinerja {n.nama} tahun {n.tahun}".lower():
        baris.insert(1, f"*{sel(n.judul)}*")
    return "  \n".join(baris) + "\n{: .lkj-sampul }\n"


def _tautan(dari: str, uri: str) -> str:
    return posixpath.relpath(uri, posixpath.dirname(dari)).replace(" ", "%20")


def _unduhan(n: NaskahLkj, t: TerbitLkj, pdf: StatusPdf | None, ada_konsistensi: bool = False) -> str:
    """What the visitor can download, and what each file is. Speaks to visitors only: no file or
    field names, no instructions (editors learn what is missing from ``lakip check``)."""
    halaman = uri_tahun(n.satker_id, n.tahun, "lkj")
    baris = []
    if t.draf:
        baris.append(f"**Draf.** Laporan Kinerja {n.tahun} ini masih disusun dan belum ditandatangani; isinya "
                     "dapat berubah dan belum merupakan Laporan Kinerja yang diterbitkan.\n")
    if t.resmi is not None:
        nama_resmi = sel(PurePosixPath(t.resmi).name)
        ket = f", ditandatangani {tanggal(t.tanggal_resmi)}" if t.tanggal_resmi else ""
        baris.append(f"- **Laporan Kinerja yang diterbitkan** (pindaian bertanda tangan{ket}): "
                     f"[{nama_resmi}]({_tautan(halaman, t.resmi)})."
                     + (" Bila angkanya berbeda dengan salinan yang dihasilkan dari data, lihat "
                        "[Catatan konsistensi](konsistensi.md)." if ada_konsistensi else ""))
    elif not t.draf:
        baris.append(f"- Versi bertanda tangan Laporan Kinerja {n.tahun} belum diterbitkan.")
    nama_berkas = nama_pdf(n.satker_id, n.tahun)
    if pdf is not None and pdf.aktif:
        apa = ("Salinan yang dapat diakses" if t.resmi is not None
               else "Draf (PDF A4)" if t.draf else "Laporan Kinerja (PDF A4, dihasilkan dari data)")
        baris.append(f"- **{apa}**: [{nama_berkas}]({nama_berkas}). Teksnya dapat dibaca, dicari dan dibacakan "
                     "pembaca layar; setiap tabel dan angka dihitung dari data satker.")
    else:  # why is the builder's business (the build log says it); the visitor learns where the report is
        baris.append(f"- {PDF_TIDAK_ADA}")
    # the report's tables are the year's figures: the same open data the capaian, PK and anggaran pages link
    akar = f"{n.satker_id}/{n.tahun}/"
    data = " · ".join(f"[{b}]({relatif(halaman, uri_data(akar + b))})"
                      for b in ("capaian.csv", "capaian.json", "index.json", "datapackage.json"))
    baris.append(f"- **Data tabel laporan ini** (CSV untuk spreadsheet, JSON; datapackage.json mendaftar semua berkas "
                 f"tahun ini, termasuk anggaran): {data}; [arti kolom]({relatif(halaman, URI_DATA)}).")
    return "\n".join(baris) + "\n"


PDF_TIDAK_ADA = "Versi PDF laporan ini belum tersedia di situs; isi laporan selengkapnya ada di halaman ini."


def halaman_lkj(situs: Situs, sid: str, tahun: int, pdf: StatusPdf | None = None) -> str:
    """The LKj web page: what is published (and whether it is a draft), then the whole report."""
    n = susun_lkj(situs, sid, tahun)
    t = lkj_terbit(situs, sid, tahun, pdf is not None and pdf.aktif)
    assert t is not None  # the page exists only for a year with an LKj (halaman.semua_halaman)
    judul = f"# {'Draf ' if t.draf else ''}Laporan Kinerja {tahun}: {sel(n.nama)}\n"
    out = [judul, tautan_tahun(situs, sid, tahun, "lkj"),
           _unduhan(n, t, pdf, situs.ada_konsistensi(sid, tahun)), "---\n", _sampul_md(n), markdown_lkj(n)]
    return "\n".join(x for x in out if x)


def tanggal_data(situs: Situs, sid: str, tahun: int) -> datetime.date | None:
    """When the data of the year's LKj last changed (git): its year folder, profil.md and the Renstra.
    Outside git, the report's own date (lkj.md ``tanggal``), else None."""
    s = situs.data.satker[sid]
    semua = _tanggal_satker(situs, s.folder)
    tahunan = (s.folder / str(tahun)).resolve()
    relevan = [d for p, d in semua.items() if p.is_relative_to(tahunan) or p.parent == s.folder.resolve()]
    if relevan:
        return max(relevan)
    th = s.tahun.get(tahun)
    return th.lkj.data.tanggal if th is not None and th.lkj is not None else None


def _tanggal_satker(situs: Situs, folder: Path) -> dict[Path, datetime.date]:
    """Last change of each file of a satker's folder: from the build's one git pass over the data
    (``bangun_situs`` fills ``situs.tanggal_berkas``), grouped once; else one ``git log`` for the folder.
    Nationally that is one pass instead of one per LKj."""
    if not situs.tanggal_berkas:
        return tanggal_ubah_semua(folder)

    def kelompok() -> dict[Path, dict[Path, datetime.date]]:
        satker = {x.folder.resolve() for x in situs.satker()}
        hasil: dict[Path, dict[Path, datetime.date]] = {}
        for p, (_, akhir) in situs.tanggal_berkas.items():
            induk = next((q for q in p.parents if q in satker), None)
            if induk is not None:
                hasil.setdefault(induk, {})[p] = akhir
        return hasil

    return situs.simpan(("tanggal per satker",), kelompok).get(folder.resolve(), {})


def naskah_cetak(situs: Situs, sid: str, tahun: int) -> NaskahLkj:
    """The LKj as printed: the document with the date its data last changed (the PDF's creation date)."""
    n = susun_lkj(situs, sid, tahun)
    n.tanggal_data = tanggal_data(situs, sid, tahun)
    return n


def berkas_resmi(situs: Situs) -> list[tuple[str, Path]]:
    """(site uri, source file) of every officially signed LKj scan, published beside the year's pages."""
    hasil = []
    for s in situs.satker():
        for t in sorted(s.tahun):
            d = dokumen_resmi(s, t)
            src = berkas_terbit(s, d.berkas) if d is not None and d.berkas else None
            if d is not None and src is not None and src.is_file():
                hasil.append((uri_resmi(s.id, d), src))
    return hasil
