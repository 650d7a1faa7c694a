"""Budget charts: pagu beside realisasi per program or jenis belanja, with serapan (web and LKj)."""

from __future__ import annotations

from collections.abc import Sequence

from ..compute.anggaran import BarisAnggaran
from ..compute.kinerja import HasilTahun
from .format import persen, rupiah
from .grafik import (
    HALO,
    HURUF,
    LEBAR,
    WARNA_PAGU,
    WARNA_PAGU_TEPI,
    WARNA_REALISASI,
    WARNA_TEKS,
    bungkus,
    esc,
    figure,
    koordinat,
    lebar_teks,
    svg_buka,
    teks_baris,
)

# ---------------------------------------------------------------- anggaran

def _svg_anggaran(baris: Sequence[BarisAnggaran], gid: str, judul: str, apa: str) -> str:
    """Pagu beside realisasi, one bar pair per line of ``baris`` (which all have a pagu), with serapan."""
    maks = max(b.pagu or 0 for b in baris) or 1
    kiri, kanan = 1.0, LEBAR - 2.0
    lebar_batang = kanan - kiri
    tinggi_batang, jarak_label, jarak_baris = 18, 16, 14
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
    badan: list[str] = []
    y = 14.0
    for b in baris:
        assert b.pagu is not None
        label = bungkus(f"{b.kode} {b.nama}", LEBAR - 4, 13)
        y_batang = y + jarak_label * (len(label) - 1) + 6
        lebar_pagu = max(b.pagu / maks * lebar_batang, 1.5)
        lebar_real = (max(min(b.realisasi, b.pagu) / maks * lebar_batang, 1.5)
                      if b.realisasi is not None and b.realisasi > 0 else 0)
        badan.append(f'<g {HURUF} fill="{WARNA_TEKS}">')
        badan.append(teks_baris(kiri, y, label, 13, jarak_label))
        badan.append(f'<rect x="{koordinat(kiri)}" y="{koordinat(y_batang)}" width="{koordinat(lebar_pagu)}" height="{tinggi_batang}" '
                     f'fill="{WARNA_PAGU}" stroke="{WARNA_PAGU_TEPI}" stroke-width="1"/>')
        if lebar_real:
            badan.append(f'<rect x="{koordinat(kiri)}" y="{koordinat(y_batang)}" width="{koordinat(lebar_real)}" '
                         f'height="{tinggi_batang}" fill="{WARNA_REALISASI}"/>')
        ser = f"serapan {persen(b.serapan)}" if b.serapan is not None else "realisasi belum tercatat"
        # after the pagu bar, or inside the realisasi bar, or below
        ukuran = 12
        lebar_ser = lebar_teks(ser, ukuran, True)
        y_ser = y_batang + tinggi_batang / 2 + 4.2
        tambah = 0
        if kiri + lebar_pagu + 6 + lebar_ser <= kanan:
            badan.append(f'<text x="{koordinat(kiri + lebar_pagu + 6)}" y="{koordinat(y_ser)}" font-size="{ukuran}" '
                         f'font-weight="bold" {HALO}>{esc(ser)}</text>')
        elif lebar_real - 12 >= lebar_ser:
            badan.append(f'<text x="{koordinat(kiri + lebar_real - 6)}" y="{koordinat(y_ser)}" font-size="{ukuran}" '
                         f'font-weight="bold" fill="#ffffff" text-anchor="end">{esc(ser)}</text>')
        else:
            tambah = 16
            badan.append(f'<text x="{koordinat(kiri)}" y="{koordinat(y_batang + tinggi_batang + 14)}" font-size="{ukuran}" '
                         f'font-weight="bold">{esc(ser)}</text>')
        ket = (f"Realisasi {rupiah(b.realisasi)} dari pagu {rupiah(b.pagu)}" if b.realisasi is not None
               else f"Pagu {rupiah(b.pagu)}")
        ket_baris = ([ket] if lebar_teks(ket, ukuran) <= LEBAR - 4 or b.realisasi is None
                     else [f"Realisasi {rupiah(b.realisasi)}", f"dari pagu {rupiah(b.pagu)}"])
        badan.append(teks_baris(kiri, y_batang + tinggi_batang + tambah + 15, ket_baris, ukuran, 15))
        badan.append("</g>")
        bawah_baris = y_batang + tinggi_batang + tambah + 15 * len(ket_baris) + 4
        y = bawah_baris + jarak_baris + 13
    tinggi = round(y - 13 - jarak_baris + 4)
    return "\n".join([svg_buka(gid, tinggi, judul, uraian), *badan, "</svg>"])


def _legenda_anggaran() -> str:
    return (f'<p class="lakip-grafik__legenda"><span class="lakip-kotak" style="background:{WARNA_REALISASI}">'
               f'</span> realisasi <span class="lakip-kotak lakip-kotak--pagu" style="background:{WARNA_PAGU};'
               f'border-color:{WARNA_PAGU_TEPI}"></span> pagu</p>')


def _grafik_anggaran(baris: Sequence[BarisAnggaran], gid: str, judul: str, apa: str, catatan: str) -> str:
    baris = [b for b in baris if b.pagu is not None]
    if not baris:
        return ""
    return figure(gid, judul, [_legenda_anggaran(), _svg_anggaran(baris, gid, judul, apa)], catatan,
                   "lakip-grafik--batang")


def svg_anggaran_cetak(h: HasilTahun, awalan: str = "lkj-anggaran") -> str | None:
    """The budget chart of the web pages for the LKj: per program, else per jenis belanja; its legend."""
    a = h.anggaran
    if a is None:
        return None
    program = [b for b in a.program if b.jenis == "program" and b.pagu]
    baris, apa = (program, "program") if program else ([b for b in a.belanja if b.pagu], "jenis belanja")
    if not baris:
        return None
    judul = f"Pagu dan realisasi per {apa} {h.tahun}: {h.satker.nama}"
    return _legenda_anggaran() + "\n" + _svg_anggaran(baris, f"{awalan}-{h.tahun}", judul, apa)


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
