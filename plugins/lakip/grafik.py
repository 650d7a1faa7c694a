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

from .capaian import Kategori, Skala, batasi
from .format import persen, rupiah
from .hitung import CapaianIndikator, HasilTahun
from .hitung_anggaran import BarisAnggaran

__all__ = [
    "WARNA_KATEGORI",
    "grafik_anggaran_belanja",
    "grafik_anggaran_program",
    "grafik_capaian",
    "grafik_tren",
    "warna_kategori",
]

#: Warna pita kategori dari yang tertinggi ke terendah; semuanya >= 4,5:1 terhadap putih.
WARNA_KATEGORI: tuple[str, ...] = ("#1b6e3a", "#1f5f99", "#765a00", "#a84600", "#b3261e")
WARNA_TANPA_KATEGORI = "#4d4d4d"
WARNA_TEKS = "#1f1f1f"
WARNA_GARIS = "#3d3d3d"
WARNA_PAGU = "#e3e9f0"
WARNA_PAGU_TEPI = "#5b6b7f"
WARNA_REALISASI = "#1f4e8c"

LEBAR = 640
HURUF = "font-family=\"inherit\""


def _e(teks: object) -> str:
    """Teks dari data untuk isi elemen atau atribut SVG/HTML."""
    return html.escape(str(teks), quote=True)


def _k(x: float) -> str:
    """Koordinat dengan satu desimal (tanpa '-0.0'), agar keluaran stabil."""
    s = f"{x:.1f}"
    return "0.0" if s == "-0.0" else s


def _potong(teks: str, maks: int) -> str:
    """Potong teks panjang untuk label grafik (teks lengkap ada di tabel)."""
    teks = " ".join(str(teks).split())
    return teks if len(teks) <= maks else teks[: maks - 1].rstrip() + "…"


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


def _svg_buka(gid: str, tinggi: int, judul: str, uraian: str, lebar: int = LEBAR) -> str:
    return (f'<svg class="lakip-svg" role="img" aria-labelledby="{gid}-t {gid}-d" '
            f'viewBox="0 0 {lebar} {tinggi}" width="{lebar}" height="{tinggi}" '
            f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">\n'
            f'<title id="{gid}-t">{_e(judul)}</title>\n'
            f'<desc id="{gid}-d">{_e(uraian)}</desc>')


def _figure(gid: str, judul: str, isi: Sequence[str], catatan: str = "", kelas: str = "") -> str:
    """A raw-HTML block Markdown leaves alone: no blank line inside, blank line around."""
    kls = "lakip-grafik" + (f" {kelas}" if kelas else "")
    baris = [f'<figure class="{kls}" id="{gid}">',
             f'<figcaption id="{gid}-judul">{_e(judul)}</figcaption>',
             '<div class="lakip-grafik__gulir">', *isi, '</div>']
    if catatan:
        baris.append(f'<p class="lakip-grafik__catatan">{_e(catatan)}</p>')
    baris.append("</figure>")
    return "\n" + "\n".join(x.replace("\n\n", "\n") for x in baris) + "\n"


def _skala_maks(nilai: Sequence[Decimal], minimum: int = 120, batas_atas: int = 300) -> int:
    """Ujung sumbu: kelipatan 20 di atas nilai terbesar, paling kecil ``minimum``."""
    terbesar = max([Decimal(minimum), *nilai])
    ujung = int((terbesar / 20).to_integral_value(rounding="ROUND_CEILING")) * 20
    return max(minimum, min(ujung, batas_atas))


# ---------------------------------------------------------------- capaian per indikator

def grafik_capaian(h: HasilTahun, awalan: str = "grafik-capaian", hanya_iku: bool = False,
                   catatan: str = "Angka lengkap ada di tabel capaian per sasaran di atas.") -> str:
    """Capaian setiap indikator berangka (atau IKU saja): batang mendatar, garis 100 %, warna kategori."""
    semua = [c for c in h.indikator.values() if c.indikator.iku or not hanya_iku]
    baris = [c for c in semua if c.capaian is not None]
    if not baris:
        return ""
    gid = _Penomor(f"{awalan}-{h.tahun}").baru()
    skala = h.pengaturan.skala
    maks = _skala_maks([c.capaian for c in baris if c.capaian is not None])
    kiri, lebar_batang = 8, LEBAR - 8 - 200
    kolom_nilai = kiri + lebar_batang + 10
    atas, tinggi_baris = 26, 46
    tinggi = atas + tinggi_baris * len(baris) + 26

    def x(v: Decimal) -> float:
        return kiri + float(min(v, Decimal(maks))) / maks * lebar_batang

    x100 = x(Decimal(100))
    judul = (f"Capaian Indikator Kinerja Utama tahun {h.tahun}: {h.satker.nama}" if hanya_iku
             else f"Capaian per indikator tahun {h.tahun}: {h.satker.nama}")
    kalimat = []
    for c in baris:
        assert c.capaian is not None
        kat = c.kategori.nama if c.kategori else "tanpa kategori"
        kalimat.append(f"{c.indikator.id} {c.indikator.nama}: {persen(c.capaian)} ({kat})")
    uraian = (f"Grafik batang mendatar {len(baris)} indikator terhadap garis 100 %. " + "; ".join(kalimat) + ".")
    isi = [_svg_buka(gid, tinggi, judul, uraian)]
    isi.append(f'<g font-size="12" fill="{WARNA_TEKS}" {HURUF}>')
    isi.append(f'<text x="{_k(x100)}" y="14" text-anchor="middle">100 %</text>')
    isi.append(f'<text x="{kolom_nilai}" y="14">Capaian · kategori</text>')
    isi.append("</g>")
    for i, c in enumerate(baris):
        assert c.capaian is not None
        y = atas + i * tinggi_baris
        warna = warna_kategori(skala, c.kategori)
        lebar = max(x(c.capaian) - kiri, 1.5 if c.capaian > 0 else 0)
        label = f"{c.indikator.id} {c.indikator.nama}"
        kat = c.kategori.nama if c.kategori else "–"
        nilai = persen(c.capaian)
        if h.pengaturan.batas_capaian is not None and c.capaian_dibatasi is not None \
                and c.capaian_dibatasi != c.capaian:
            nilai += f" (maks. {persen(batasi(c.capaian, h.pengaturan.batas_capaian))})"
        isi.append(f'<g {HURUF}>')
        isi.append(f'<text x="{kiri}" y="{y + 13}" font-size="13" fill="{WARNA_TEKS}">{_e(_potong(label, 86))}</text>')
        isi.append(f'<rect x="{kiri}" y="{y + 19}" width="{_k(lebar)}" height="16" fill="{warna}"/>')
        isi.append(f'<line x1="{_k(x100)}" y1="{y + 16}" x2="{_k(x100)}" y2="{y + 38}" stroke="{WARNA_GARIS}" '
                   'stroke-width="1.5" stroke-dasharray="4 2"/>')
        if c.capaian > maks:
            isi.append(f'<text x="{_k(kiri + lebar_batang - 4)}" y="{y + 32}" font-size="12" fill="#ffffff" '
                       f'text-anchor="end">▶</text>')
        isi.append(f'<text x="{kolom_nilai}" y="{y + 31}" font-size="12" fill="{WARNA_TEKS}">'
                   f'<tspan font-weight="bold">{_e(nilai)}</tspan> {_e(kat)}</text>')
        isi.append("</g>")
    bawah = atas + tinggi_baris * len(baris)
    isi.append(f'<line x1="{kiri}" y1="20" x2="{kiri}" y2="{bawah}" stroke="{WARNA_GARIS}" stroke-width="1"/>')
    isi.append(f'<g font-size="11" fill="{WARNA_TEKS}" {HURUF}>')
    isi.append(f'<text x="{kiri}" y="{bawah + 16}">0 %</text>')
    isi.append(f'<text x="{_k(kiri + lebar_batang)}" y="{bawah + 16}" text-anchor="end">{maks} %</text>')
    isi.append("</g>")
    isi.append("</svg>")
    tanpa = [c for c in semua if c.capaian is None]
    if tanpa:
        catatan += (" Tidak digambar (tanpa capaian berangka): "
                    + ", ".join(f"{c.indikator.id}" for c in tanpa) + ".")
    return _figure(gid, judul, isi, catatan)


# ---------------------------------------------------------------- tren IKU

def _titik_tren(h: HasilTahun, c: CapaianIndikator) -> list[tuple[int, object, Decimal | None]]:
    titik: list[tuple[int, object, Decimal | None]] = [(t, r, cp) for t, r, cp in c.riwayat]
    titik.append((h.tahun, c.nilai_realisasi, c.capaian))
    return titik


def grafik_tren(h: HasilTahun, awalan: str = "grafik-tren") -> str:
    """Capaian setiap IKU per tahun (kolom), dengan tabel realisasi/capaian per tahun."""
    from .render import nilai as tampil_nilai
    from .render import sel, tabel

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
    lebar, tinggi = 300, 200
    kiri, atas, bawah_pad = 30, 34, 28
    tinggi_plot = tinggi - atas - bawah_pad
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
        svg = [_svg_buka(gid, tinggi, judul, uraian, lebar)]
        svg.append(f'<text x="4" y="14" font-size="12" font-weight="bold" fill="{WARNA_TEKS}" {HURUF}>'
                   f'{_e(_potong(judul, 44))}</text>')
        y100 = y(Decimal(100))
        dasar = atas + tinggi_plot
        # the 100 % line first, so that the columns and their labels cover it
        svg.append(f'<line x1="{kiri - 4}" y1="{_k(y100)}" x2="{lebar - 4}" y2="{_k(y100)}" stroke="{WARNA_GARIS}" '
                   'stroke-width="1.5" stroke-dasharray="5 3"/>')
        for i, (t, cp) in enumerate(titik):
            assert cp is not None
            kat = skala.golongkan(batasi(cp, h.pengaturan.batas_capaian))
            cx = kiri + slot * i + (slot - kolom) / 2
            yy = y(cp)
            svg.append(f'<rect x="{_k(cx)}" y="{_k(yy)}" width="{_k(kolom)}" height="{_k(max(dasar - yy, 0))}" '
                       f'fill="{warna_kategori(skala, kat)}"/>')
            if dasar - yy >= 22:  # the value inside the top of its column, white on the dark fill
                svg.append(f'<text x="{_k(cx + kolom / 2)}" y="{_k(yy + 15)}" font-size="11" font-weight="bold" '
                           f'text-anchor="middle" fill="#ffffff" {HURUF}>{_e(persen(cp, 1))}</text>')
            else:
                svg.append(f'<text x="{_k(cx + kolom / 2)}" y="{_k(yy - 4)}" font-size="11" '
                           f'text-anchor="middle" fill="{WARNA_TEKS}" {HURUF}>{_e(persen(cp, 1))}</text>')
            svg.append(f'<text x="{_k(cx + kolom / 2)}" y="{dasar + 16}" font-size="12" text-anchor="middle" '
                       f'fill="{WARNA_TEKS}" {HURUF}>{t}</text>')
        svg.append(f'<text x="2" y="{_k(y100 + 4)}" font-size="10" fill="{WARNA_TEKS}" {HURUF}>100</text>')
        svg.append(f'<line x1="{kiri - 4}" y1="{dasar}" x2="{lebar - 4}" y2="{dasar}" stroke="{WARNA_GARIS}"/>')
        svg.append("</svg>")
        isi.append("\n".join(svg))
    isi.append("</div>")
    fig = _figure(fid, judul_fig, isi, "Garis putus-putus: 100 %. Angka lengkap ada di tabel berikut.",
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


# ---------------------------------------------------------------- anggaran

def _grafik_anggaran(baris: Sequence[BarisAnggaran], gid: str, judul: str, apa: str, catatan: str) -> str:
    baris = [b for b in baris if b.pagu is not None]
    if not baris:
        return ""
    maks = max(b.pagu or 0 for b in baris) or 1
    kiri, lebar_batang = 8, LEBAR - 16
    atas, tinggi_baris = 8, 64
    tinggi = atas + tinggi_baris * len(baris) + 4
    kalimat = []
    for b in baris:
        assert b.pagu is not None
        if b.realisasi is not None:
            kalimat.append(f"{b.kode} {b.nama}: pagu {rupiah(b.pagu)}, realisasi {rupiah(b.realisasi)}, "
                           f"serapan {persen(b.serapan)}")
        else:
            kalimat.append(f"{b.kode} {b.nama}: pagu {rupiah(b.pagu)}, realisasi belum tercatat")
    uraian = (f"Grafik batang pagu dan realisasi {len(baris)} {apa}; panjang batang sebanding dengan pagu. "
              + "; ".join(kalimat) + ".")
    isi = [_svg_buka(gid, tinggi, judul, uraian)]
    for i, b in enumerate(baris):
        assert b.pagu is not None
        y = atas + i * tinggi_baris
        lebar_pagu = max(b.pagu / maks * lebar_batang, 1.5)
        isi.append(f'<g {HURUF} fill="{WARNA_TEKS}">')
        isi.append(f'<text x="{kiri}" y="{y + 13}" font-size="13">{_e(_potong(f"{b.kode} {b.nama}", 70))}</text>')
        ser = f"serapan {persen(b.serapan)}" if b.serapan is not None else "realisasi belum tercatat"
        isi.append(f'<text x="{LEBAR - 8}" y="{y + 13}" font-size="13" font-weight="bold" '
                   f'text-anchor="end">{_e(ser)}</text>')
        isi.append(f'<rect x="{kiri}" y="{y + 19}" width="{_k(lebar_pagu)}" height="18" fill="{WARNA_PAGU}" '
                   f'stroke="{WARNA_PAGU_TEPI}" stroke-width="1"/>')
        if b.realisasi is not None and b.realisasi > 0:
            lebar_real = min(b.realisasi, b.pagu) / maks * lebar_batang
            isi.append(f'<rect x="{kiri}" y="{y + 19}" width="{_k(max(lebar_real, 1.5))}" height="18" '
                       f'fill="{WARNA_REALISASI}"/>')
        ket = (f"Realisasi {rupiah(b.realisasi)} dari pagu {rupiah(b.pagu)}" if b.realisasi is not None
               else f"Pagu {rupiah(b.pagu)}")
        isi.append(f'<text x="{kiri}" y="{y + 52}" font-size="12">{_e(ket)}</text>')
        isi.append("</g>")
    isi.append("</svg>")
    legenda = (f'<p class="lakip-grafik__legenda"><span class="lakip-kotak" style="background:{WARNA_REALISASI}">'
               f'</span> realisasi <span class="lakip-kotak lakip-kotak--pagu" style="background:{WARNA_PAGU};'
               f'border-color:{WARNA_PAGU_TEPI}"></span> pagu</p>')
    return _figure(gid, judul, [legenda, *isi], catatan)


def grafik_anggaran_program(h: HasilTahun, awalan: str = "grafik-program") -> str:
    """Pagu dan realisasi per program (baris tingkat program saja), dengan serapan."""
    if h.anggaran is None:
        return ""
    program = [b for b in h.anggaran.program if b.jenis == "program"]
    return _grafik_anggaran(program, f"{awalan}-{h.tahun}", f"Pagu dan realisasi per program {h.tahun}: "
                            f"{h.satker.nama}", "program", "Angka lengkap ada di tabel per program di atas.")


def grafik_anggaran_belanja(h: HasilTahun, awalan: str = "grafik-belanja") -> str:
    """Pagu dan realisasi per jenis belanja, dengan serapan."""
    if h.anggaran is None or not h.anggaran.belanja:
        return ""
    return _grafik_anggaran(h.anggaran.belanja, f"{awalan}-{h.tahun}",
                            f"Pagu dan realisasi per jenis belanja {h.tahun}: {h.satker.nama}", "jenis belanja",
                            "Angka lengkap ada di tabel per jenis belanja di atas.")
