"""profil.md against the rest: the province, the parent satker, the documents it names.

A satker below KPU RI must name its province; its ``induk`` is another
satker of the folder (linked) or the name of one whose data lives elsewhere (plain
text), never itself nor a near-miss of a satker that is here (a typo); every
document it lists must exist in the satker's folder; an exempt one (dikecualikan) names its legal
basis and the uji konsekuensi that decided it (UU 14/2008 Pasal 17 and 19).
"""

from __future__ import annotations

from ..errors import Masalah
from ..model.satker import Data, Satker
from ..model.skema import mirip


def periksa_profil(s: Satker, data: Data, m: Masalah) -> None:
    if s.profil is None:
        return
    p = s.profil.data
    if p.tingkat != "ri" and not p.provinsi:
        m.tambah(p.path, p.line(""), f"satker tingkat {p.tingkat} harus menyebut 'provinsi' (mis. provinsi: Kalimantan Selatan)")
    if p.induk is not None:
        if p.induk == s.id:
            m.tambah(p.path, p.line("induk"), "'induk' menunjuk satker ini sendiri (tulis id satker induknya)")
        elif p.induk not in data.satker and p.induk not in data.lain:
            # a parent whose data lives elsewhere is named as plain text; only a near-miss of a
            # satker that IS here is a typo
            hint = mirip(p.induk, [*data.satker, *data.lain])
            if hint:
                m.tambah(p.path, p.line("induk"),
                         f"satker induk '{p.induk}' tidak ada di folder satker/ ({hint} Bila induknya memang tidak "
                         "ada di sini, tulis namanya, mis. 'KPU Provinsi Kalimantan Selatan')")
    for d in p.dokumen:
        if d.kategori == "dikecualikan":
            for kunci, contoh in (("dasar_pengecualian", "UU 14/2008 Pasal 17 huruf h"),
                                  ("uji_konsekuensi", "Keputusan PPID ... Nomor ... tentang Penetapan Informasi yang Dikecualikan")):
                if not getattr(d, kunci):
                    m.tambah(d.path, d.line(""), f"informasi yang dikecualikan harus menyebut '{kunci}' "
                                                 f"(mis. {kunci}: {contoh}); tanpanya tidak boleh dikecualikan")
        if d.berkas is not None and not (s.folder / d.berkas).is_file():
            m.tambah(d.path, d.line("berkas"),
                     f"berkas dokumen '{d.berkas}' tidak ada (simpan di {s.tampil}/{d.berkas} atau perbaiki namanya)")
