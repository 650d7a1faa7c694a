"""The organisation chart of the LKj's BAB I: the officials of ``profil.md`` as HTML boxes (escaped)."""

from __future__ import annotations

import html

from ..model.rekaman import Pejabat
from ..model.satker import Satker


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
