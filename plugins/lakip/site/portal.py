"""The public portal: the home page's satker hierarchy and the extra pages.

- ``<!-- lakip portal -->`` (in ``docs/index.md``) renders :func:`portal`: every
  satker in its hierarchy (KPU RI, then per provinsi the KPU Provinsi and its
  KPU Kabupaten/Kota, from ``profil.tingkat``/``provinsi``/``induk``) with the
  headline figures of its latest year: how many IKU met their target, the mean
  IKU capaian only when a cap is in force (an uncapped mean lets one 200 % hide
  the misses), budget serapan, and why a figure is missing. The tables are plain
  Markdown so that the page works without JavaScript; ``docs/assets/lakip.js``
  adds a province/level filter on top. On a one-satker site
  (``LAKIP_SATKER=kab-tanah-bumbu``) the home page is that satker's portal: its
  identity, latest capaian chart and IKU, its years and DIP. The directive's
  links are relative to the site root: use it in ``docs/index.md``.
- :func:`halaman_tambahan` adds each satker's DIP page (``dip.py``), the peer
  comparison (``perbandingan.py``) and the open data page (``katalog_data.py``)
  to the generated pages; :func:`atur_nav` adapts the navigation of a
  one-satker site. Pure module: no mkdocs import.
"""

from __future__ import annotations

import functools
import html
from collections import Counter
from collections.abc import Callable, Collection

from ..compute.kinerja import HasilTahun
from ..compute.situs import Situs
from ..compute.status import status_tahun
from ..model.rekaman import TINGKAT_NAMA, URUT_TINGKAT
from ..model.satker import Satker
from ..render import grafik
from ..render import tabel as render
from ..render.aman import sel
from ..render.format import KOSONG, persen, rupiah
from ..render.kalimat import ringkasan_tahun
from ..render.tabel import tabel
from . import dip
from .alamat import URI_DAFTAR_SATKER, uri_perbandingan, uri_satker
from .katalog_data import halaman_data
from .navigasi import URI_BERANDA, URI_DATA, unduh
from .perbandingan import halaman_perbandingan, halaman_perbandingan_indeks, tahun_perbandingan
from .status import tahun_status

__all__ = [
    "atur_nav",
    "catatan_ringkas",
    "fokus",
    "halaman_tambahan",
    "kepala_ringkas",
    "nilai_ringkas",
    "portal",
    "urut_hierarki",
]

NASIONAL = "Nasional"
#: Marks the next table to be shown as stacked cards on a phone (docs/assets/lakip.css).
PENANDA_TUMPUK = '<div class="lakip-tumpuk lakip-tumpuk--{}" hidden></div>\n'


def fokus(situs: Situs) -> tuple[str, ...]:
    """The satker this site was built for (``LAKIP_SATKER`` / setting ``satker``), present in the data."""
    pilih = tuple(getattr(situs, "fokus", ()) or ())
    return tuple(s for s in pilih if s in situs.data.satker)


def _tingkat(s: Satker) -> str:
    return s.profil.data.tingkat if s.profil else "kota"


def _provinsi(s: Satker) -> str:
    if s.profil is None or _tingkat(s) == "ri":
        return NASIONAL
    return s.profil.data.provinsi or NASIONAL


def urut_hierarki(situs: Situs) -> list[tuple[str, list[Satker]]]:
    """(provinsi, satker) groups: Nasional first, then provinces A-Z; inside, provinsi before kab/kota."""
    per: dict[str, list[Satker]] = {}
    for s in situs.satker():
        per.setdefault(_provinsi(s), []).append(s)
    hasil = []
    for prov in sorted(per, key=lambda p: (p != NASIONAL, p)):
        daftar = per[prov]
        # a kab/kota whose parent is in the same group comes right after it
        induk_di_sini = {s.id for s in daftar if _tingkat(s) in ("ri", "provinsi")}
        daftar.sort(key=lambda s: (URUT_TINGKAT.get(_tingkat(s), 3),
                                   0 if (s.profil and s.profil.data.induk in induk_di_sini) else 1, s.nama, s.id))
        hasil.append((prov, daftar))
    return hasil


def kepala_ringkas(situs: Situs) -> tuple[list[str], str]:
    """Headers (and alignment) of a satker's headline figures: the mean only with a cap in force."""
    kepala, rata = ["Tahun terakhir", "IKU memenuhi target"], "ll"
    if situs.pengaturan.batas_capaian is not None:
        kepala += [f"Rata-rata capaian IKU (maks. {persen(situs.pengaturan.batas_capaian, 0)})", "Kategori"]
        rata += "rl"
    return kepala + ["Serapan anggaran"], rata + "r"


def catatan_ringkas(situs: Situs) -> str:
    """Why the mean is (or is not) shown beside each satker."""
    batas = situs.pengaturan.batas_capaian
    if batas is not None:
        return (f"Rata-rata capaian IKU memakai capaian setiap indikator yang dibatasi paling tinggi "
                f"{persen(batas, 0)}, sehingga satu indikator yang jauh melampaui target tidak menutupi yang lain.")
    return ("Rata-rata capaian tidak dibandingkan di sini: situs ini tidak membatasi capaian, sehingga satu "
            "indikator yang jauh melampaui targetnya (mis. 200%) menaikkan rata-rata satker walau IKU lain "
            "tidak tercapai, dan setiap satker punya IKU yang berbeda. Rata-rata setiap satker ada di halamannya.")


def _iku_sel(h: HasilTahun) -> str:
    st = status_tahun(h)
    if not st.iku:
        return f"tidak ada IKU dengan target {h.tahun}"
    if st.iku_belum == st.iku:
        return f"belum ada realisasi IKU {h.tahun}"
    return f"{st.iku_tercapai} dari {st.iku}" + (f" ({st.iku_belum} belum ada realisasi)" if st.iku_belum else "")


def nilai_ringkas(situs: Situs, s: Satker, ke_root: str) -> list[str]:
    """A satker's headline figures of its latest year (see :func:`kepala_ringkas`)."""
    n = len(kepala_ringkas(situs)[0])
    t = situs.tahun_terakhir(s.id)
    if t is None:
        return ["belum ada data", *[KOSONG] * (n - 1)]
    h = situs.hasil(s.id, t)
    out = [f"[{t}]({ke_root}satker/{s.id}/{t}/index.md)", _iku_sel(h)]
    if situs.pengaturan.batas_capaian is not None:
        iku = h.iku.rata_rata if h.iku else None
        out += [persen(iku) if iku is not None else KOSONG,
                h.iku.kategori.nama if h.iku and h.iku.kategori and iku is not None else KOSONG]
    return out + [persen(h.anggaran.total.serapan) if h.anggaran and h.anggaran.total.serapan is not None
                  else "belum ada data anggaran"]


def _tabel_hierarki(situs: Situs, ke_root: str = "") -> str:
    out = []
    for prov, daftar in urut_hierarki(situs):
        out.append(f"### {sel(prov)}\n")
        ada_induk = any(_tingkat(s) in ("ri", "provinsi") for s in daftar)
        rows = []
        for s in daftar:
            anak = ada_induk and _tingkat(s) in ("kabupaten", "kota")
            nama = ("&emsp;" if anak else "") + f"[{sel(s.nama)}]({ke_root}satker/{s.id}/index.md)"
            rows.append([nama, sel(TINGKAT_NAMA.get(_tingkat(s), _tingkat(s))), *nilai_ringkas(situs, s, ke_root),
                         f"[DIP]({ke_root}{dip.uri_dip(s.id)})"])
        kepala, rata = kepala_ringkas(situs)
        out.append(PENANDA_TUMPUK.format("portal"))
        out.append(tabel(["Satker", "Tingkat", *kepala, "Informasi publik"], rows, "ll" + rata + "l"))
    return "\n".join(out)


def _saring(situs: Situs) -> str:
    """The filter form: hidden until lakip.js runs, so without JS the page shows every table."""
    prov = [p for p, _ in urut_hierarki(situs)]
    tingkat = [t for t in ("ri", "provinsi", "kabupaten", "kota") if any(_tingkat(s) == t for s in situs.satker())]
    opsi_p = "".join(f'<option value="{html.escape(p, quote=True)}">{html.escape(p)}</option>'
                     for p in prov)
    opsi_t = "".join(f'<option value="{TINGKAT_NAMA[t]}">{TINGKAT_NAMA[t]}</option>' for t in tingkat)
    return ('<form class="lakip-saring" data-lakip-saring hidden>\n'
            '<label for="lakip-saring-provinsi">Provinsi</label>\n'
            f'<select id="lakip-saring-provinsi" data-saring="provinsi"><option value="">Semua provinsi</option>'
            f'{opsi_p}</select>\n'
            '<label for="lakip-saring-tingkat">Tingkat</label>\n'
            f'<select id="lakip-saring-tingkat" data-saring="tingkat"><option value="">Semua tingkat</option>'
            f'{opsi_t}</select>\n'
            '<output class="lakip-saring__hasil" aria-live="polite" for="lakip-saring-provinsi lakip-saring-tingkat">'
            '</output>\n'
            '</form>\n')


def _ringkas_jumlah(situs: Situs) -> str:
    n = Counter(_tingkat(s) for s in situs.satker())
    bagian = []
    if n["ri"]:
        bagian.append(f"{n['ri']} KPU RI")
    if n["provinsi"]:
        bagian.append(f"{n['provinsi']} KPU Provinsi")
    kk = n["kabupaten"] + n["kota"]
    if kk:
        bagian.append(f"{kk} KPU Kabupaten/Kota")
    return f"**{len(situs.satker())} satker**" + (": " + ", ".join(bagian) if bagian else "") + "."


def _blok_satker(situs: Situs, s: Satker, ke_root: str = "") -> str:
    """The home block of one satker (one-satker site): identity, latest year, years, documents."""
    akar = f"{ke_root}satker/{s.id}/"
    out = [f"## {sel(s.nama)}\n"]
    if s.profil is not None:
        p = s.profil.data
        info = [("Tingkat", TINGKAT_NAMA.get(p.tingkat, p.tingkat)), ("Provinsi", p.provinsi),
                ("Alamat", " ".join(x for x in (p.alamat, p.kode_pos) if x) or None),
                ("Telepon", p.telepon), ("Surel", p.email), ("Situs web", p.website)]
        rows = [[k, sel(v)] for k, v in info if v]
        if rows:
            out.append(tabel(["Identitas", "Keterangan"], rows))
    tautan = [f"[Profil lengkap]({akar}index.md)", f"[Daftar Informasi Publik (PPID)]({akar}dip.md)"]
    for r in sorted(s.renstra, key=lambda b: b.data.mulai):
        tautan.append(f"[Renstra {r.data.mulai}–{r.data.selesai}]({akar}renstra-{r.data.mulai}-{r.data.selesai}.md)")
    out.append(" · ".join(tautan) + "\n")
    t = situs.tahun_terakhir(s.id)
    if t is not None:
        h = situs.hasil(s.id, t)
        out += [f"### Kinerja tahun {t}\n", ringkasan_tahun(h),
                " · ".join([f"[Capaian kinerja {t}]({akar}{t}/index.md)",
                            f"[Perjanjian kinerja {t}]({akar}{t}/perjanjian-kinerja.md)",
                            f"[Realisasi anggaran {t}]({akar}{t}/anggaran.md)"]) + "\n"]
        g = grafik.grafik_capaian(h, awalan=f"beranda-{s.id}", hanya_iku=True,
                                  catatan="Angka lengkap ada di tabel berikut.")
        if g:
            out.append(g)
        if h.iku is not None:
            out.append(render.tabel_capaian(h, [h.iku], judul_kelompok=False))
    tahun = sorted(s.tahun, reverse=True)
    if tahun:
        out.append("### Laporan per tahun\n")
        rows = []
        for th in tahun:
            h = situs.hasil(s.id, th)
            iku = h.iku.rata_rata if h.iku else None
            rows.append([f"[{th}]({akar}{th}/index.md)", persen(iku) if iku is not None else KOSONG,
                         h.iku.kategori.nama if h.iku and h.iku.kategori and iku is not None else KOSONG,
                         rupiah(h.anggaran.pagu) if h.anggaran and h.anggaran.pagu is not None else KOSONG,
                         persen(h.anggaran.total.serapan) if h.anggaran else KOSONG])
        out.append(tabel(["Tahun", "Rata-rata capaian IKU", "Kategori", "Pagu", "Serapan"], rows, "lrlrr"))
    return "\n".join(out)


def portal(situs: Situs) -> str:
    """The home page's computed part (links relative to the site root)."""
    if not situs.satker():
        return "*Belum ada data satker.*\n"
    out = []
    pilih = fokus(situs)
    for sid in pilih:
        out.append(_blok_satker(situs, situs.data.satker[sid]))
    if len(situs.satker()) > len(pilih):
        judul = "Semua satker" if not pilih else "Satker di bawahnya"
        out += [f"## {judul}\n", _ringkas_jumlah(situs) + " Angka adalah tahun terakhir yang ada datanya; "
                "kategori menurut skala di halaman [Metodologi](metodologi.md). " + catatan_ringkas(situs) + "\n"]
        tahun = tahun_perbandingan(situs)
        if tahun:
            out.append("Perbandingan IKU yang sama antar-satker: "
                       + " · ".join(f"[{t}](perbandingan/{t}.md)" for t in tahun) + ".\n")
        if tahun_status(situs):  # KPU RI and the provinces look here first: who has published what
            out.append("Status pelaporan (siapa yang sudah menerbitkan PK, LKj dan DIP): "
                       + " · ".join(f"[{t}](status/{t}.md)" for t in tahun_status(situs)) + ".\n")
        out += ['<div class="lakip-portal" data-lakip-portal>\n' + _saring(situs) + "</div>\n",
                _tabel_hierarki(situs),
                '<div class="lakip-portal-akhir" data-lakip-portal-akhir></div>\n',
                unduh(URI_BERANDA, ["ringkasan.csv", "capaian.csv"], "ringkasan.json", "ringkasan")]
    return "\n".join(out)


# ---------------------------------------------------------------- wiring

Rencana = dict[str, tuple[Callable[[], str], str | None, int | None]]


def halaman_tambahan(situs: Situs, halaman: Collection[str]) -> Rencana:
    """The DIP page of every satker and the peer comparison pages (given the pages planned so far):
    uri -> (what writes the page, satker id, tahun)."""
    ada = frozenset(halaman)
    hasil: Rencana = {}
    for s in situs.satker():
        hasil[dip.uri_dip(s.id)] = (functools.partial(dip.halaman_dip, situs, s.id, ada), s.id, None)
    hasil[uri_perbandingan()] = (functools.partial(halaman_perbandingan_indeks, situs), None, None)
    hasil[URI_DATA] = (functools.partial(halaman_data, situs), None, None)
    for t in tahun_perbandingan(situs):
        hasil[uri_perbandingan(t)] = (functools.partial(halaman_perbandingan, situs, t), None, None)
    return hasil


def atur_nav(nav: list[object] | None, situs: Situs) -> list[object] | None:
    """The navigation of a one-satker site: its profile and DIP instead of the national list."""
    pilih = fokus(situs)
    if nav is None or len(pilih) != 1:
        return nav
    sid = pilih[0]
    hasil: list[object] = []
    for item in nav:
        if isinstance(item, dict) and len(item) == 1:
            (_judul, isi), = item.items()
            if isi == URI_DAFTAR_SATKER:
                hasil += [{"Profil satker": uri_satker(sid)},
                          {"Informasi publik (DIP)": dip.uri_dip(sid)}]
                continue
            if isi == uri_perbandingan() and len(situs.satker()) < 2:
                continue
        hasil.append(item)
    return hasil
