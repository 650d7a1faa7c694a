"""Grafik SVG yang dibuat saat pembangunan situs: tanpa JavaScript, tanpa pustaka grafik.

Setiap grafik adalah ``<figure>`` berisi ``<figcaption>`` (judul yang terlihat) dan
``<svg role="img">`` yang diberi nama dan uraian teks lewat ``aria-labelledby``
(``<title>`` dan ``<desc>`` di dalam SVG), sehingga pembaca layar mendapat isi
grafik dalam kalimat. Angka yang digambar selalu ada juga dalam tabel di
sebelahnya (tabel Markdown halaman itu, atau tabel yang dibuat di sini).

Grafik yang tersedia:

- :func:`grafik_capaian`: capaian setiap indikator sebagai batang mendatar
  terhadap garis 100 %, diwarnai menurut kategori (dan kategori ditulis
  sebagai teks, jadi warna bukan satu-satunya penanda);
- :func:`grafik_tren`: capaian setiap IKU per tahun (dari ``riwayat``) beserta
  tabel realisasi dan capaiannya;
- :func:`grafik_anggaran_program` dan :func:`grafik_anggaran_belanja`: pagu dan
  realisasi per program / per jenis belanja, dengan serapannya.

Semua teks dari data di-escape (``html.escape``); id elemen dibuat dari
penghitung, bukan dari data. Warna dipilih dengan kontras paling sedikit 4,5:1
terhadap latar putih, dan tetap terbaca saat dicetak hitam-putih karena nilai
dan kategori ditulis sebagai teks.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..compute.capaian import Kategori, Skala, batasi
from ..compute.kinerja import CapaianIndikator, HasilTahun
from .aman import sel
from .format import persen
from .tabel import nilai as tampil_nilai
from .tabel import tabel

__all__ = ["WARNA_KATEGORI", "grafik_capaian", "grafik_tren", "svg_capaian_cetak", "warna_kategori"]

#: Warna pita kategori dari yang tertinggi ke terendah; semuanya >= 4,5:1 terhadap putih.
WARNA_KATEGORI: tuple[str, ...] = ("#1b6e3a", "#1f5f99", "#765a00", "#a84600", "#b3261e")
WARNA_TANPA_KATEGORI = "#4d4d4d"
WARNA_TEKS = "#1f1f1f"
WARNA_GARIS = "#3d3d3d"
WARNA_PAGU = "#e3e9f0"
WARNA_PAGU_TEPI = "#5b6b7f"
WARNA_REALISASI = "#1f4e8c"

LEBAR = 380
"""Width of the bar charts' viewBox. The SVG is scaled to the width of its box (CSS ``width: 100%``,
``max-width`` about 1.25x this), so at a 390 px phone 13-unit labels are about 12 px and nothing scrolls
sideways; the layout stacks each row (label on one or two lines, then the bar with its value) instead of
a label column beside a value column, which would only fit a desktop."""
HURUF = "font-family=\"inherit\""
HALO = 'stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"'
"""White outline under dark text, so that a value that crosses the dashed 100 % line stays legible."""


def esc(teks: object) -> str:
    """Teks dari data untuk isi elemen atau atribut SVG/HTML."""
    return html.escape(str(teks), quote=True)


def koordinat(x: float) -> str:
    """Koordinat dengan satu desimal (tanpa '-0.0'), agar keluaran stabil."""
    s = f"{x:.1f}"
    return "0.0" if s == "-0.0" else s


_SEMPIT = set(" il.,:;'|!()[]/-·ftrj")
_LEBAR_HURUF = set("mwMW%@")


def lebar_teks(teks: str, ukuran: float, tebal: bool = False) -> float:
    """Estimated width of ``teks`` in user units for a sans-serif font of ``ukuran`` (on the wide side,
    so that text placed by this estimate never runs into a bar or off the chart)."""
    em = 0.0
    for ch in teks:
        if ch in _SEMPIT:
            em += 0.32
        elif ch in _LEBAR_HURUF:
            em += 0.9
        elif ch.isupper():
            em += 0.7
        else:
            em += 0.57
    return em * ukuran * (1.08 if tebal else 1.0) * 1.1


def bungkus(teks: str, lebar: float, ukuran: float, maks_baris: int = 2) -> list[str]:
    """``teks`` in at most ``maks_baris`` lines that each fit ``lebar`` units; the last ends in '…' if cut."""
    kata = " ".join(str(teks).split()).split(" ")
    baris: list[str] = []
    while kata and len(baris) < maks_baris:
        cur = kata.pop(0)
        if lebar_teks(cur, ukuran) > lebar:  # one word longer than a line: cut it
            n = len(cur) - 1
            while n > 1 and lebar_teks(cur[:n], ukuran) > lebar:
                n -= 1
            kata.insert(0, cur[n:])
            cur = cur[:n]
        while kata and lebar_teks(cur + " " + kata[0], ukuran) <= lebar:
            cur += " " + kata.pop(0)
        baris.append(cur)
    if kata:
        akhir = baris[-1]
        while akhir and lebar_teks(akhir + "…", ukuran) > lebar:
            akhir = akhir[:-1]
        baris[-1] = akhir.rstrip(" ,;:-") + "…"
    return baris


def teks_baris(x: float, y: float, baris: Sequence[str], ukuran: int, jarak: int, lain: str = "") -> str:
    """One ``<text>`` with a ``<tspan>`` per line."""
    isi = "".join(f'<tspan x="{koordinat(x)}" dy="{0 if i == 0 else jarak}">{esc(b)}</tspan>' for i, b in enumerate(baris))
    return f'<text x="{koordinat(x)}" y="{koordinat(y)}" font-size="{ukuran}"{(" " + lain) if lain else ""}>{isi}</text>'


def warna_kategori(skala: Skala, kategori: Kategori | None) -> str:
    """Warna untuk ``kategori`` menurut posisinya pada ``skala`` (tertinggi = hijau)."""
    if kategori is None:
        return WARNA_TANPA_KATEGORI
    daftar = list(skala.kategori)
    if kategori not in daftar:
        return WARNA_TANPA_KATEGORI
    i = daftar.index(kategori)
    n = len(daftar)
    pos = 0 if n <= 1 else round(i * (len(WARNA_KATEGORI) - 1) / (n - 1))
    return WARNA_KATEGORI[pos]


@dataclass
class _Penomor:
    """Id unik per halaman: awalan + nomor urut (tidak pernah dari data)."""

    awalan: str
    n: int = 0

    def baru(self) -> str:
        self.n += 1
        return f"{self.awalan}-{self.n}"


def svg_buka(gid: str, tinggi: int, judul: str, uraian: str, lebar: int = LEBAR) -> str:
    return (f'<svg class="lakip-svg" role="img" aria-labelledby="{gid}-t {gid}-d" '
            f'viewBox="0 0 {lebar} {tinggi}" width="{lebar}" height="{tinggi}" '
            f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">\n'
            f'<title id="{gid}-t">{esc(judul)}</title>\n'
            f'<desc id="{gid}-d">{esc(uraian)}</desc>')


def figure(gid: str, judul: str, isi: Sequence[str], catatan: str = "", kelas: str = "") -> str:
    """A raw-HTML block Markdown leaves alone: no blank line inside, blank line around."""
    kls = "lakip-grafik" + (f" {kelas}" if kelas else "")
    baris = [f'<figure class="{kls}" id="{gid}">',
             f'<figcaption id="{gid}-judul">{esc(judul)}</figcaption>',
             '<div class="lakip-grafik__gulir">', *isi, '</div>']
    if catatan:
        baris.append(f'<p class="lakip-grafik__catatan">{esc(catatan)}</p>')
    baris.append("</figure>")
    return "\n" + "\n".join(x.replace("\n\n", "\n") for x in baris) + "\n"


def _skala_maks(nilai: Sequence[Decimal], minimum: int = 120, batas_atas: int = 300) -> int:
    """Ujung sumbu: kelipatan 20 di atas nilai terbesar, paling kecil ``minimum``."""
    terbesar = max([Decimal(minimum), *nilai])
    ujung = int((terbesar / 20).to_integral_value(rounding="ROUND_CEILING")) * 20
    return max(minimum, min(ujung, batas_atas))


def _nilai_di_batang(x0: float, ujung: float, y_batang: float, tinggi_batang: int,
                     bagian: Sequence[tuple[str, bool]], warna_batang: str, batas_kanan: float = LEBAR - 2,
                     cadangan_kanan: float = 0, garis: float | None = None) -> tuple[str, float]:
    """The value of a bar as text beside it: after its end (dark) when it fits, else inside its end
    (white on the bar's dark colour), else on a line of its own below the bar. Text after the bar
    does not straddle the dashed line at ``garis``: it goes past the line, or inside the bar.

    ``bagian`` is the text as (part, bold) pairs. Returns the ``<text>`` and the extra height used."""
    ukuran = 12
    lebar = sum(lebar_teks(t, ukuran, tebal) for t, tebal in bagian)
    isi = "".join(f'<tspan font-weight="bold">{esc(t)}</tspan>' if tebal else esc(t) for t, tebal in bagian)
    y = y_batang + tinggi_batang / 2 + 4.2
    x_luar = ujung + 6
    if garis is not None and ujung < garis and x_luar + lebar > garis - 3:
        x_luar = max(x_luar, garis + 5)
    if x_luar + lebar <= batas_kanan:
        return (f'<text x="{koordinat(x_luar)}" y="{koordinat(y)}" font-size="{ukuran}" fill="{WARNA_TEKS}" {HALO}>'
                f'{isi}</text>'), 0
    if ujung - 6 - cadangan_kanan - lebar >= x0 + 2:
        return (f'<text x="{koordinat(ujung - 6 - cadangan_kanan)}" y="{koordinat(y)}" font-size="{ukuran}" fill="#ffffff" '
                f'stroke="{warna_batang}" stroke-width="3" stroke-linejoin="round" paint-order="stroke" '
                f'text-anchor="end">{isi}</text>'), 0
    return (f'<text x="{koordinat(x0)}" y="{koordinat(y_batang + tinggi_batang + 14)}" font-size="{ukuran}" '
            f'fill="{WARNA_TEKS}">{isi}</text>'), 17


# ---------------------------------------------------------------- capaian per indikator

def _judul_capaian(h: HasilTahun, hanya_iku: bool) -> str:
    return (f"Capaian Indikator Kinerja Utama tahun {h.tahun}: {h.satker.nama}" if hanya_iku
            else f"Capaian per indikator tahun {h.tahun}: {h.satker.nama}")


def _svg_capaian(h: HasilTahun, baris: Sequence[CapaianIndikator], gid: str, judul: str, maks: int) -> str:
    """One drawing of ``baris`` on an axis to ``maks`` %: each indicator (code and name, on at most two
    lines) above its bar, the capaian and the category beside the bar, the 100 % line."""
    skala = h.pengaturan.skala
    kiri, kanan = 1.0, LEBAR - 2.0
    lebar_batang = kanan - kiri
    tinggi_batang, jarak_label, jarak_baris = 18, 16, 14

    def x(v: Decimal) -> float:
        return kiri + float(min(v, Decimal(maks))) / maks * lebar_batang

    x100 = x(Decimal(100))
    kalimat = []
    for c in baris:
        assert c.capaian is not None
        kat = c.kategori.nama if c.kategori else "tanpa kategori"
        kalimat.append(f"{c.indikator.id} {c.indikator.nama}: {persen(c.capaian)} ({kat})")
    uraian = (f"Grafik batang mendatar {len(baris)} indikator terhadap garis 100%. " + "; ".join(kalimat) + ".")
    badan: list[str] = []
    y = 24.0
    for c in baris:
        assert c.capaian is not None
        warna = warna_kategori(skala, c.kategori)
        ujung = x(c.capaian)
        lebar = max(ujung - kiri, 1.5 if c.capaian > 0 else 0)
        label = bungkus(f"{c.indikator.id} {c.indikator.nama}", LEBAR - 4, 13)
        kat = c.kategori.nama if c.kategori else "–"
        nilai = persen(c.capaian)
        if h.pengaturan.batas_capaian is not None and c.capaian_dibatasi is not None \
                and c.capaian_dibatasi != c.capaian:
            nilai += f" (maks. {persen(batasi(c.capaian, h.pengaturan.batas_capaian))})"
        y_batang = y + jarak_label * (len(label) - 1) + 6
        lebih = c.capaian > maks
        teks, tambah = _nilai_di_batang(kiri, kiri + lebar, y_batang, tinggi_batang,
                                        [(nilai, True), (f" {kat}", False)], warna, kanan,
                                        cadangan_kanan=12 if lebih else 0, garis=x100)
        badan.append(f'<g {HURUF}>')
        badan.append(teks_baris(kiri, y, label, 13, jarak_label, f'fill="{WARNA_TEKS}"'))
        badan.append(f'<line x1="{koordinat(x100)}" y1="{koordinat(y_batang - 3)}" x2="{koordinat(x100)}" '
                     f'y2="{koordinat(y_batang + tinggi_batang + 3)}" stroke="{WARNA_GARIS}" '
                     'stroke-width="1.5" stroke-dasharray="4 2"/>')
        badan.append(f'<line x1="{koordinat(kiri)}" y1="{koordinat(y_batang - 3)}" x2="{koordinat(kiri)}" '
                     f'y2="{koordinat(y_batang + tinggi_batang + 3)}" stroke="{WARNA_GARIS}" stroke-width="1"/>')
        badan.append(f'<rect x="{koordinat(kiri)}" y="{koordinat(y_batang)}" width="{koordinat(lebar)}" height="{tinggi_batang}" '
                     f'fill="{warna}"/>')
        if lebih:
            badan.append(f'<text x="{koordinat(kanan - 3)}" y="{koordinat(y_batang + 13.5)}" font-size="11" fill="#ffffff" '
                         f'text-anchor="end">▶</text>')
        badan.append(teks)
        badan.append("</g>")
        y = y_batang + tinggi_batang + tambah + jarak_baris + 13
    bawah = y - 13 - jarak_baris + 4
    tinggi = round(bawah + 18)
    isi = [svg_buka(gid, tinggi, judul, uraian)]
    isi.append(f'<g font-size="11" fill="{WARNA_TEKS}" {HURUF}>')
    isi.append(f'<text x="{koordinat(x100)}" y="11" text-anchor="middle">100%</text>')
    isi.append("</g>")
    isi.extend(badan)
    isi.append(f'<g font-size="11" fill="{WARNA_TEKS}" {HURUF}>')
    isi.append(f'<text x="{koordinat(kiri)}" y="{koordinat(bawah + 14)}">0%</text>')
    isi.append(f'<text x="{koordinat(kanan)}" y="{koordinat(bawah + 14)}" text-anchor="end">{maks}%</text>')
    isi.append("</g>")
    isi.append("</svg>")
    return "\n".join(isi)


def grafik_capaian(h: HasilTahun, awalan: str = "grafik-capaian", hanya_iku: bool = False,
                   catatan: str = "Angka lengkap ada di tabel capaian per sasaran di atas.") -> str:
    """Capaian setiap indikator berangka (atau IKU saja): batang mendatar, garis 100 %, warna kategori.

    The chart is drawn in a narrow viewBox (:data:`LEBAR`) and scales to the width of the page, so it
    reads the same on a phone and on paper; the LKj prints the same drawing (``svg_capaian_cetak``)."""
    semua = [c for c in h.indikator.values() if c.indikator.iku or not hanya_iku]
    baris = [c for c in semua if c.capaian is not None]
    if not baris:
        return ""
    gid = _Penomor(f"{awalan}-{h.tahun}").baru()
    judul = _judul_capaian(h, hanya_iku)
    maks = _skala_maks([c.capaian for c in baris if c.capaian is not None])
    tanpa = [c for c in semua if c.capaian is None]
    if tanpa:
        catatan += (" Tidak digambar (tanpa capaian berangka): "
                    + ", ".join(f"{c.indikator.id}" for c in tanpa) + ".")
    return figure(gid, judul, [_svg_capaian(h, baris, gid, judul, maks)], catatan, "lakip-grafik--batang")


BATANG_PER_BAGIAN = 10  # bars in one printed part: at the LKj's chart width one part fits an A4 page


def svg_capaian_cetak(h: HasilTahun, awalan: str = "lkj-capaian") -> str | None:
    """The capaian chart of ``grafik_capaian`` for the LKj (web page and PDF), without the web figure.

    More than ``BATANG_PER_BAGIAN`` bars come as several drawings of the same scale, one under the
    other (each with its 100 % line and axis): the printed figure then breaks between two parts
    instead of slicing one drawing through a bar at the foot of a page."""
    baris = [c for c in h.indikator.values() if c.capaian is not None]
    if not baris:
        return None
    maks = _skala_maks([c.capaian for c in baris if c.capaian is not None])
    judul = _judul_capaian(h, False)
    bagian = -(-len(baris) // BATANG_PER_BAGIAN)
    per = -(-len(baris) // bagian)  # parts of equal size
    out = []
    for i, mulai in enumerate(range(0, len(baris), per), 1):
        ke = f" (bagian {i} dari {bagian})" if bagian > 1 else ""
        out.append(_svg_capaian(h, baris[mulai:mulai + per], f"{awalan}-{h.tahun}-{i}", judul + ke, maks))
    return "\n".join(out)


# ---------------------------------------------------------------- tren IKU

def _titik_tren(h: HasilTahun, c: CapaianIndikator) -> list[tuple[int, object, Decimal | None]]:
    titik: list[tuple[int, object, Decimal | None]] = [(t, r, cp) for t, r, cp in c.riwayat]
    titik.append((h.tahun, c.nilai_realisasi, c.capaian))
    return titik


def grafik_tren(h: HasilTahun, awalan: str = "grafik-tren") -> str:
    """Capaian setiap IKU per tahun (kolom), dengan tabel realisasi/capaian per tahun."""
    iku = [c for c in h.indikator.values() if c.indikator.iku]
    tren = [c for c in iku if sum(1 for _, _, cp in _titik_tren(h, c) if cp is not None) >= 2]
    if not tren:
        return ""
    penomor = _Penomor(f"{awalan}-{h.tahun}")
    fid = penomor.baru()
    tahun_semua = sorted({t for c in tren for t, _, _ in _titik_tren(h, c)})
    judul_fig = f"Tren capaian Indikator Kinerja Utama {tahun_semua[0]}–{tahun_semua[-1]}: {h.satker.nama}"
    skala = h.pengaturan.skala
    isi: list[str] = ['<div class="lakip-grafik__kecil">']
    lebar, tinggi_plot = 300, 138
    kiri, bawah_pad = 30, 28
    # the indicator as the title of its chart, on up to two lines (the same number in every chart)
    judul_svg = {c.indikator.id: bungkus(f"{c.indikator.id} {c.indikator.nama}", lebar - 8, 12) for c in tren}
    n_judul = max(len(b) for b in judul_svg.values())
    atas = 34 + 15 * (n_judul - 1)
    tinggi = atas + tinggi_plot + bawah_pad
    for c in tren:
        gid = penomor.baru()
        titik = [(t, cp) for t, _, cp in _titik_tren(h, c) if cp is not None]
        maks = _skala_maks([cp for _, cp in titik if cp is not None])
        n = len(titik)
        slot = (lebar - kiri - 8) / n
        kolom = min(56.0, slot * 0.7)

        def y(v: Decimal, maks: int = maks) -> float:
            return atas + tinggi_plot - float(min(v, Decimal(maks))) / maks * tinggi_plot

        judul = f"{c.indikator.id} {c.indikator.nama}"
        uraian = (f"Capaian {c.indikator.id} per tahun: "
                  + "; ".join(f"{t}: {persen(cp)}" for t, cp in titik) + ".")
        svg = [svg_buka(gid, tinggi, judul, uraian, lebar)]
        svg.append(teks_baris(4, 14, judul_svg[c.indikator.id], 12, 15,
                               f'font-weight="bold" fill="{WARNA_TEKS}" {HURUF}'))
        y100 = y(Decimal(100))
        dasar = atas + tinggi_plot
        # the 100 % line first, so that the columns and their labels cover it
        svg.append(f'<line x1="{kiri - 4}" y1="{koordinat(y100)}" x2="{lebar - 4}" y2="{koordinat(y100)}" stroke="{WARNA_GARIS}" '
                   'stroke-width="1.5" stroke-dasharray="5 3"/>')
        for i, (t, cp) in enumerate(titik):
            assert cp is not None
            kat = skala.golongkan(batasi(cp, h.pengaturan.batas_capaian))
            cx = kiri + slot * i + (slot - kolom) / 2
            yy = y(cp)
            svg.append(f'<rect x="{koordinat(cx)}" y="{koordinat(yy)}" width="{koordinat(kolom)}" height="{koordinat(max(dasar - yy, 0))}" '
                       f'fill="{warna_kategori(skala, kat)}"/>')
            if dasar - yy >= 22:  # the value inside the top of its column, white on the dark fill
                svg.append(f'<text x="{koordinat(cx + kolom / 2)}" y="{koordinat(yy + 15)}" font-size="11" font-weight="bold" '
                           f'text-anchor="middle" fill="#ffffff" {HURUF}>{esc(persen(cp, 1))}</text>')
            else:
                svg.append(f'<text x="{koordinat(cx + kolom / 2)}" y="{koordinat(yy - 4)}" font-size="11" '
                           f'text-anchor="middle" fill="{WARNA_TEKS}" {HURUF}>{esc(persen(cp, 1))}</text>')
            svg.append(f'<text x="{koordinat(cx + kolom / 2)}" y="{dasar + 16}" font-size="12" text-anchor="middle" '
                       f'fill="{WARNA_TEKS}" {HURUF}>{t}</text>')
        svg.append(f'<text x="2" y="{koordinat(y100 + 4)}" font-size="10" fill="{WARNA_TEKS}" {HURUF}>100</text>')
        svg.append(f'<line x1="{kiri - 4}" y1="{dasar}" x2="{lebar - 4}" y2="{dasar}" stroke="{WARNA_GARIS}"/>')
        svg.append("</svg>")
        isi.append("\n".join(svg))
    isi.append("</div>")
    fig = figure(fid, judul_fig, isi, "Garis putus-putus: 100%. Angka lengkap ada di tabel berikut.",
                  "lakip-grafik--tren")
    rows = []
    for c in tren:
        per = {t: (r, cp) for t, r, cp in _titik_tren(h, c)}
        sel_tahun = []
        for t in tahun_semua:
            if t not in per:
                sel_tahun.append("–")
                continue
            real, cap = per[t]
            teks = tampil_nilai(real, c.indikator.satuan) if real is not None else "–"  # type: ignore[arg-type]
            sel_tahun.append(f"{teks} ({persen(cap)})" if cap is not None else teks)
        rows.append([sel(c.indikator.id), sel(c.indikator.nama), *sel_tahun])
    tab = tabel(["Kode", "Indikator", *[f"{t}: realisasi (capaian)" for t in tahun_semua]], rows,
                "ll" + "r" * len(tahun_semua))
    return fig + "\n" + tab
