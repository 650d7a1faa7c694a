"""The organisation chart of the LKj's BAB I: the officials of ``profil.md`` as HTML boxes (escaped).

One box per position, with lines: the commission (the Ketua over the Anggota) and the
secretariat (the Sekretaris over the sub-bagian). A position held by several people in
the year (two Ketua one after the other) is one box naming both, never two side by side;
a sub-bagian whose head is listed among the officials is that head's box, not a second
box of the unit.
"""

from __future__ import annotations

import html
import re

from ..model.rekaman import Pejabat
from ..model.satker import Satker


def _e(teks: str) -> str:
    return html.escape(teks, quote=False)


def _kunci(teks: str) -> set[str]:
    """The distinctive words of a unit or a jabatan: 'Kepala Sub Bagian Hukum dan SDM' -> {hukum, sdm}."""
    t = re.sub(r"sub\s*bagian|subbag(?:ian)?", " ", teks.lower())
    t = t.replace("sumber daya manusia", "sdm")
    return {w for w in re.findall(r"[a-z]+", t) if w not in {"kepala", "dan", "serta", "plt", "plh"}}


def _kotak(jabatan: str, orang: list[Pejabat], kelas: str = "") -> str:
    nama = "<br>".join(_e(x.nama) + (f" ({_e(x.keterangan)})" if x.keterangan in ("Plt.", "Plh.") else "")
                       for x in orang)
    div = next((x.divisi for x in orang if x.divisi), None)
    kelas = f"lkj-kotak {kelas}".strip()
    return (f'<div class="{kelas}"><b>{_e(jabatan)}</b>' + (f"<br>{nama}" if nama else "")
            + (f"<br><small>{_e(div)}</small>" if div else "") + "</div>")


def _per_jabatan(daftar: list[Pejabat]) -> list[tuple[str, list[Pejabat]]]:
    """Officials grouped by position, in the order of the data."""
    hasil: dict[str, list[Pejabat]] = {}
    for x in daftar:
        hasil.setdefault(x.jabatan, []).append(x)
    return list(hasil.items())


def _baris(kotak: list[str], cabang: bool) -> str:
    kelas = "lkj-bagan-baris cabang" if cabang and len(kotak) > 1 else "lkj-bagan-baris"
    return f'<div class="{kelas}">' + "".join(kotak) + "</div>"


def bagan_organisasi(satker: Satker) -> str | None:
    """The organisation chart from profil.pejabat and unit_kerja (HTML boxes and lines, escaped)."""
    if satker.profil is None or not satker.profil.data.pejabat:
        return None
    p = satker.profil.data
    ketua = [x for x in p.pejabat if x.jabatan.lower().startswith("ketua")]
    anggota = [x for x in p.pejabat if x.jabatan.lower().startswith("anggota")]
    sekretaris = [x for x in p.pejabat if x.jabatan.lower().startswith("sekretaris")]
    lain = [x for x in p.pejabat if x not in ketua + anggota + sekretaris]
    garis = '<div class="lkj-garis"></div>'
    baris: list[str] = []
    if ketua or anggota:
        if ketua:
            baris.append(_baris([_kotak(ketua[0].jabatan, ketua, "utama")], False))
        if anggota:
            baris += [garis] * bool(ketua) + [_baris([_kotak(j, o) for j, o in _per_jabatan(anggota)], True)]
    bawah = [_kotak(j, o) for j, o in _per_jabatan(lain)]
    dipimpin = [_kunci(x.jabatan) for x in lain]
    bawah += [_kotak(u, []) for u in p.unit_kerja
              if not any(k and k <= _kunci(u) or _kunci(u) <= k for k in dipimpin if k)]
    if sekretaris or bawah:
        if baris:
            baris.append('<div class="lkj-pemisah"></div>')
        if sekretaris:
            baris.append(_baris([_kotak(sekretaris[0].jabatan, sekretaris, "utama")], False))
        if bawah:
            baris += [garis] * bool(sekretaris) + [_baris(bawah, True)]
    return '<div class="lkj-bagan">' + "\n".join(baris) + "</div>"
