"""The signature blocks of the printed LKj, and the gaps of a draft.

The Kata Pengantar's block (place and date, jabatan, room for the wet signature, name,
NIP), the two columns of a signed PK in the Lampiran, the APIP's "Pernyataan Telah
Direviu", and a draft's unwritten part (a marked box; a final prints nothing, the final
gate refuses it before).
"""

from __future__ import annotations

import html

from .naskah import Kosong, PernyataanReviu, TandaTangan, TandaTanganPK

__all__ = ["html_tanda"]


def _p(teks: str | None, kelas: str = "") -> str:
    if not teks:
        return ""
    k = f' class="{kelas}"' if kelas else ""
    return f"<p{k}>{html.escape(teks)}</p>"


def _kolom(jabatan: str | None, nama: str | None, nip: str | None, atas: str = "") -> str:
    return ('<div class="ttd-kolom">' + atas + _p(jabatan, "jabatan") + '<div class="ruang"></div>'
            + (_p(nama, "nama") if nama else '<p class="nama kosong">&nbsp;</p>')
            + (_p(f"NIP {nip}") if nip else "") + "</div>")


def _tempat(tempat: str | None, tanggal: str | None) -> str:
    return ", ".join(x for x in (tempat or "", tanggal or "") if x)


def html_tanda(b: TandaTangan | TandaTanganPK | PernyataanReviu | Kosong, draf: bool) -> str:
    """One block as print HTML."""
    if isinstance(b, Kosong):
        if not draf:
            return ""
        return f'<p class="belum">Belum ditulis: {html.escape(b.bagian)}</p>'
    if isinstance(b, TandaTangan):
        catatan = ('<p class="ttd-catatan">Naskah bertanda tangan diterbitkan bersama salinan ini sebagai '
                   "pindaian.</p>" if b.pindaian else "")
        return ('<div class="ttd">' + _kolom(b.jabatan, b.nama, b.nip, _p(_tempat(b.tempat, b.tanggal)))
                + catatan + "</div>")
    if isinstance(b, PernyataanReviu):
        return ('<div class="ttd">' + _kolom(b.jabatan, b.nama, b.nip, _p(_tempat(b.tempat, b.tanggal)) + _p(b.unit))
                + "</div>")
    kedua = _kolom(*b.kedua, atas=_p("Pihak Kedua")) if b.kedua else '<div class="ttd-kolom"></div>'
    return ('<div class="ttd-pk">' + (_p(_tempat(b.tempat, b.tanggal), "ttd-tempat") if b.tempat or b.tanggal else "")
            + '<div class="ttd-baris">' + kedua + _kolom(*b.pertama, atas=_p("Pihak Pertama")) + "</div></div>")
