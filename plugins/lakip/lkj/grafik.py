"""The LKj's printed charts: plain SVG sized for an A4 page (values escaped).

The web pages draw the same figures with ``render.grafik``.
"""

from __future__ import annotations

import html
from decimal import Decimal

from ..compute.kinerja import HasilTahun
from ..model.rekaman import Pejabat
from ..model.satker import Satker
from ..render.format import persen, rupiah

# ---------------------------------------------------------------- figures (SVG from data, escaped)

def _svg_teks(x: int, y: int, teks: str, **attr: str) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{html.escape(v)}"' for k, v in attr.items())
    return f'<text x="{x}" y="{y}"{extra}>{html.escape(teks, quote=False)}</text>'


BATANG_PER_BAGIAN = 30  # bars in one SVG of the capaian chart: one part fits an A4 page (about 21 cm high)


def grafik_capaian(h: HasilTahun) -> str | None:
    """Horizontal bars: each indicator's capaian (capped value when a cap is set), with the 100 % line.

    More than ``BATANG_PER_BAGIAN`` bars come as several SVG parts of the same scale, one under the
    other (each with its 100 % line and axis): the printed figure then breaks between two parts
    instead of slicing one drawing through a bar at the foot of a page.
    """
    data = [(c.indikator.id, c.capaian_dibatasi) for c in h.indikator.values() if c.capaian_dibatasi is not None]
    if not data:
        return None
    puncak = max(Decimal(120), *(v for _, v in data))
    skala = int(-(-puncak // 20) * 20)  # axis maximum: next multiple of 20 %
    lebar, kiri, tinggi_bar, jarak = 640, 90, 18, 8
    panjang = lebar - kiri - 60
    x100 = kiri + panjang * 100 // skala
    bagian = -(-len(data) // BATANG_PER_BAGIAN)
    per = -(-len(data) // bagian)  # parts of equal size
    out = []
    for mulai in range(0, len(data), per):
        potong = data[mulai:mulai + per]
        tinggi = 30 + len(potong) * (tinggi_bar + jarak) + 20
        label = "Grafik batang capaian setiap indikator" + (
            f" (bagian {mulai // per + 1} dari {bagian})" if bagian > 1 else "") + "; nilainya ada pada tabel capaian"
        out += [f'<svg class="lkj-grafik" viewBox="0 0 {lebar} {tinggi}" width="100%" role="img" '
                f'aria-label="{label}" '
                f'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">',
                f'<line x1="{x100}" y1="14" x2="{x100}" y2="{tinggi - 16}" stroke="#555" stroke-dasharray="4 3"/>'
                + _svg_teks(x100, 11, "100 %", text_anchor="middle", fill="#333")]
        for i, (kode, v) in enumerate(potong):
            y = 24 + i * (tinggi_bar + jarak)
            w = max(0, int(panjang * min(v, Decimal(skala)) / skala))
            out.append(f'<g data-kode="{html.escape(kode)}">' + _svg_teks(kiri - 6, y + 13, kode, text_anchor="end")
                       + f'<rect x="{kiri}" y="{y}" width="{w}" height="{tinggi_bar}" fill="#b71c1c"/>'
                       + _svg_teks(kiri + w + 4, y + 13, persen(v)) + "</g>")
        out.append(_svg_teks(kiri, tinggi - 2, f"0 %–{skala} %", fill="#555") + "</svg>")
    return "\n".join(out)


def grafik_anggaran(h: HasilTahun) -> str | None:
    """Pagu beside realisasi per program (integer Rupiah scaled with integer arithmetic)."""
    a = h.anggaran
    if a is None:
        return None
    baris = [b for b in a.program if b.jenis == "program" and b.pagu] or [b for b in a.belanja if b.pagu]
    if not baris:
        return None
    puncak = max(b.pagu or 0 for b in baris)
    lebar, kiri = 640, 10
    panjang = lebar - kiri - 215  # room right of the longest bar for "Rp 60.541.301.933 (100,00 %)"
    tinggi = 24 + len(baris) * 62
    out = [f'<svg class="lkj-grafik" viewBox="0 0 {lebar} {tinggi}" width="100%" role="img" '
           'aria-label="Grafik batang pagu dan realisasi anggaran; nilainya ada pada tabel realisasi anggaran" '
           f'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">',
           f'<rect x="{kiri}" y="4" width="12" height="10" fill="#9e9e9e"/>' + _svg_teks(kiri + 16, 13, "Pagu")
           + f'<rect x="{kiri + 70}" y="4" width="12" height="10" fill="#b71c1c"/>' + _svg_teks(kiri + 86, 13, "Realisasi")]
    for i, b in enumerate(baris):
        y = 24 + i * 62
        wp = panjang * (b.pagu or 0) // puncak
        wr = panjang * (b.realisasi or 0) // puncak if b.realisasi is not None else 0
        out.append(f'<g data-kode="{html.escape(b.kode)}">' + _svg_teks(kiri, y + 12, f"{b.kode} {b.nama}")
                   + f'<rect x="{kiri}" y="{y + 17}" width="{wp}" height="14" fill="#9e9e9e"/>'
                   + _svg_teks(kiri + wp + 4, y + 29, rupiah(b.pagu or 0))
                   + f'<rect x="{kiri}" y="{y + 34}" width="{wr}" height="14" fill="#b71c1c"/>'
                   + _svg_teks(kiri + wr + 4, y + 46, rupiah(b.realisasi) + f" ({persen(b.serapan)})"
                               if b.realisasi is not None else "realisasi belum tercatat") + "</g>")
    out.append("</svg>")
    return "\n".join(out)


def bagan_organisasi(satker: Satker) -> str | None:
    """A simple organisation chart from profil.pejabat and unit_kerja (HTML boxes, escaped)."""
    if satker.profil is None or not satker.profil.data.pejabat:
        return None
    p = satker.profil.data

    def e(teks: str) -> str:
        return html.escape(teks, quote=False)

    ketua = [x for x in p.pejabat if x.jabatan.lower().startswith("ketua")]
    anggota = [x for x in p.pejabat if x.jabatan.lower().startswith("anggota")]
    sekretaris = [x for x in p.pejabat if x.jabatan.lower().startswith("sekretaris")]
    lain = [x for x in p.pejabat if x not in ketua + anggota + sekretaris]

    def kotak(x: Pejabat, kelas: str = "") -> str:
        nama, jab, div = x.nama, x.jabatan, x.divisi
        return (f'<div class="lkj-kotak {kelas}"><b>{e(jab)}</b><br>{e(nama)}'
                + (f'<br><small>{e(div)}</small>' if div else "") + "</div>")

    baris = []
    if ketua:
        baris.append('<div class="lkj-bagan-baris">' + "".join(kotak(x, "utama") for x in ketua) + "</div>")
    if anggota:
        baris.append('<div class="lkj-bagan-baris">' + "".join(kotak(x) for x in anggota) + "</div>")
    if sekretaris:
        baris.append('<div class="lkj-bagan-baris">' + "".join(kotak(x, "utama") for x in sekretaris) + "</div>")
    bawah = [kotak(x) for x in lain] + [f'<div class="lkj-kotak"><b>{e(u)}</b></div>' for u in p.unit_kerja]
    if bawah:
        baris.append('<div class="lkj-bagan-baris">' + "".join(bawah) + "</div>")
    return '<div class="lkj-bagan">' + "\n".join(baris) + "</div>"
