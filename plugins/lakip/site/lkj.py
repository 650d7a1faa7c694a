"""The LKj as a web page: the document written as Markdown, with its downloads.

The printed PDF and the signed scan are published beside it (``alamat``).
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from ..compute.situs import Situs
from ..lkj.naskah import (
    DaftarIsi,
    Gambar,
    Judul,
    NaskahLkj,
    Peringatan,
    StatusPdf,
    Tabel,
    TandaTangan,
    Teks,
)
from ..lkj.penyusun import dokumen_resmi
from ..lkj.susun import susun_lkj
from ..render.aman import sel
from ..render.format import tanggal
from ..render.markdown import polos
from .alamat import nama_pdf, uri_resmi, uri_tahun
from .dip import berkas_terbit
from .navigasi import tautan_tahun

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
    baris.append(f"**{sel(t.nama)}**" if t.nama else "*(nama penandatangan belum diisi di lkj.md)*")
    if t.nip:
        baris.append(f"NIP {sel(t.nip)}")
    return "  \n".join(baris) + "\n{: .lkj-tanda-tangan }\n"


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
        elif isinstance(b, DaftarIsi):
            out.append(_md_daftar(n, b.jenis))
    return "\n".join(out)


def _sampul_md(n: NaskahLkj) -> str:
    baris = ["**LAPORAN KINERJA**", f"**{sel(n.nama.upper())}**", f"**TAHUN {n.tahun}**"]
    if n.periode_renstra:
        baris.append(f"Rencana Strategis {n.periode_renstra[0]}–{n.periode_renstra[1]}")
    if n.judul and polos(n.judul).lower() != f"laporan kinerja {n.nama} tahun {n.tahun}".lower():
        baris.insert(1, f"*{sel(n.judul)}*")
    return "  \n".join(baris) + "\n{: .lkj-sampul }\n"


def _unduhan(n: NaskahLkj, pdf: StatusPdf | None, ada_konsistensi: bool = False) -> str:
    baris = []
    nama_berkas = nama_pdf(n.satker_id, n.tahun)
    if pdf is not None and pdf.aktif:
        baris.append(f"- **Versi yang dihasilkan dari data** (PDF A4): [{nama_berkas}]({nama_berkas}). "
                     "Dibentuk otomatis dari data dan narasi di halaman ini; tidak bertanda tangan.")
    else:
        alasan = f" ({sel(pdf.alasan)})" if pdf is not None and pdf.alasan else ""
        baris.append(f"- **Versi yang dihasilkan dari data**: isi halaman ini. Versi PDF tidak tersedia pada "
                     f"build ini{alasan}.")
    if n.resmi is not None and n.resmi.berkas:
        nama_resmi = PurePosixPath(n.resmi.berkas.replace("\\", "/")).name
        tautan = posixpath.relpath(uri_resmi(n.satker_id, n.resmi), posixpath.dirname(uri_tahun(n.satker_id, n.tahun)))
        ket = ", ".join(x for x in (sel(n.resmi.tempat) if n.resmi.tempat else "",
                                    tanggal(n.resmi.tanggal) if n.resmi.tanggal else "") if x)
        baris.append(f"- **Dokumen resmi bertanda tangan**: [{sel(nama_resmi)}]({tautan.replace(' ', '%20')})"
                     + (f" ({ket})" if ket else "") + ". Pindaian dokumen yang ditandatangani dan diterbitkan "
                     "satker" + ("; bila angkanya berbeda dengan versi yang dihasilkan, lihat "
                                 "[Catatan konsistensi](konsistensi.md)." if ada_konsistensi else "."))
    else:
        baris.append("- **Dokumen resmi bertanda tangan**: belum diunggah (daftarkan di `profil.md` bagian "
                     f"`dokumen` dengan `jenis: lkj`, `tahun: {n.tahun}`, `resmi: true` dan `berkas`).")
    return "\n".join(baris) + "\n"


def _peringatan_md(daftar: Sequence[Peringatan]) -> str:
    if not daftar:
        return ""
    isi = "\n".join(f"    - `{sel(p.path)}:{p.baris}`: {sel(p.pesan)}" for p in daftar)
    return (f'!!! warning "Periksa naskah: {len(daftar)} catatan"\n'
            "    Narasi berikut menyebut tahun, jumlah atau nomor tabel yang tidak cocok dengan data. "
            "Catatan ini tidak menghentikan build dan tidak ikut dicetak.\n\n" + isi + "\n")


def halaman_lkj(situs: Situs, sid: str, tahun: int, pdf: StatusPdf | None = None) -> str:
    """The LKj web page: download links, narrative warnings, then the whole report."""
    n = susun_lkj(situs, sid, tahun)
    out = [f"# Laporan Kinerja {tahun}: {sel(n.nama)}\n", tautan_tahun(situs, sid, tahun, "lkj"),
           _unduhan(n, pdf, situs.ada_konsistensi(sid, tahun)), _peringatan_md(n.peringatan), "---\n", _sampul_md(n), markdown_lkj(n)]
    return "\n".join(x for x in out if x)


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
