"""The public portal: the home page's satker hierarchy, the peer comparison of IKU, and the extra pages.

- ``<!-- lakip portal -->`` (in ``docs/index.md``) renders :func:`portal`: every
  satker in its hierarchy (KPU RI, then per provinsi the KPU Provinsi and its
  KPU Kabupaten/Kota, from ``profil.tingkat``/``provinsi``/``induk``) with the
  headline figures of its latest year (mean IKU capaian and its category, budget
  serapan). The tables are plain Markdown so that the page works without
  JavaScript; ``docs/assets/lakip.js`` adds a province/level filter on top.
  On a one-satker site (``LAKIP_SATKER=kab-tanah-bumbu``) the home page is that
  satker's portal: its identity, latest capaian chart and IKU, its years and DIP.
  The directive's links are relative to the site root: use it in ``docs/index.md``.
- ``perbandingan/<tahun>.md`` ranks the same IKU across satkers for a year.
  Indicators are "the same" when their names match once case, spacing and the
  satker's own region name are ignored, or when their codes match and their
  names are close (codes alone are reused for different indicators by
  different satkers).
- :func:`halaman_tambahan` adds these pages and each satker's DIP page
  (``dip.py``) to the generated pages; :func:`atur_nav` adapts the navigation of
  a one-satker site. Pure module: no mkdocs import.
"""

from __future__ import annotations

import difflib
import functools
import html
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from ..compute.kinerja import CapaianIndikator
from ..compute.situs import Situs
from ..model.rekaman import TINGKAT_NAMA, URUT_TINGKAT
from ..model.satker import Satker
from ..render import grafik
from ..render import tabel as render
from ..render.aman import sel
from ..render.format import persen, rupiah
from ..render.kalimat import alasan, ringkasan_tahun
from ..render.tabel import tabel
from . import dip
from .alamat import URI_DAFTAR_SATKER, uri_perbandingan, uri_satker
from .katalog_data import halaman_data
from .navigasi import URI_DATA

__all__ = [
    "AnggotaIKU",
    "KelompokIKU",
    "atur_nav",
    "fokus",
    "halaman_perbandingan",
    "halaman_perbandingan_indeks",
    "halaman_tambahan",
    "kelompok_iku",
    "kunci_nama",
    "portal",
    "urut_hierarki",
]

KOSONG = "–"
NASIONAL = "Nasional"
MIRIP_MIN = 0.8  # name similarity needed when only the codes match
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


def _headline(situs: Situs, s: Satker, ke_root: str) -> list[str]:
    t = situs.tahun_terakhir(s.id)
    if t is None:
        return [KOSONG, KOSONG, KOSONG, KOSONG]
    h = situs.hasil(s.id, t)
    iku = h.iku.rata_rata if h.iku else None
    return [f"[{t}]({ke_root}satker/{s.id}/{t}/index.md)",
            persen(iku) if iku is not None else KOSONG,
            h.iku.kategori.nama if h.iku and h.iku.kategori and iku is not None else KOSONG,
            persen(h.anggaran.total.serapan) if h.anggaran and h.anggaran.total.serapan is not None else KOSONG]


def _tabel_hierarki(situs: Situs, ke_root: str = "") -> str:
    out = []
    for prov, daftar in urut_hierarki(situs):
        out.append(f"### {sel(prov)}\n")
        ada_induk = any(_tingkat(s) in ("ri", "provinsi") for s in daftar)
        rows = []
        for s in daftar:
            anak = ada_induk and _tingkat(s) in ("kabupaten", "kota")
            nama = ("&emsp;" if anak else "") + f"[{sel(s.nama)}]({ke_root}satker/{s.id}/index.md)"
            rows.append([nama, sel(TINGKAT_NAMA.get(_tingkat(s), _tingkat(s))), *_headline(situs, s, ke_root),
                         f"[DIP]({ke_root}{dip.uri_dip(s.id)})"])
        out.append(PENANDA_TUMPUK.format("portal"))
        out.append(tabel(["Satker", "Tingkat", "Tahun terakhir", "Rata-rata capaian IKU", "Kategori",
                          "Serapan anggaran", "Informasi publik"], rows, "lllrlrl"))
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
                "kategori menurut skala di halaman [Metodologi](metodologi.md).\n"]
        tahun = tahun_perbandingan(situs)
        if tahun:
            out.append("Perbandingan IKU yang sama antar-satker: "
                       + " · ".join(f"[{t}](perbandingan/{t}.md)" for t in tahun) + ".\n")
        out += ['<div class="lakip-portal" data-lakip-portal>\n' + _saring(situs) + "</div>\n",
                _tabel_hierarki(situs),
                '<div class="lakip-portal-akhir" data-lakip-portal-akhir></div>\n']
    return "\n".join(out)


# ---------------------------------------------------------------- peer comparison

def _frasa_wilayah(s: Satker) -> list[re.Pattern[str]]:
    """The satker's own region name as it appears inside indicator names, longest first."""
    return _pola_wilayah(s.nama)


@functools.lru_cache(maxsize=4096)  # one set of patterns per satker, used for each of its indicators
def _pola_wilayah(nama_satker: str) -> list[re.Pattern[str]]:
    nama = " ".join(nama_satker.casefold().split())
    frasa = {nama}
    for awal in ("kpu ", "komisi pemilihan umum "):
        if nama.startswith(awal):
            nama = nama[len(awal):]
            frasa.add(nama)
    for awal in ("kabupaten ", "kab. ", "kota ", "provinsi "):
        if nama.startswith(awal):
            inti = nama[len(awal):]
            frasa.add(nama)
            if len(inti) >= 4:
                frasa.add(inti)
    frasa = {f for f in frasa if len(f) >= 4}
    frasa |= {f"{kata} {f}" for f in frasa for kata in ("di", "pada", "se")}  # "di Kota Banjarbaru"
    return [re.compile(r"(?<!\w)" + re.escape(f) + r"(?!\w)", re.IGNORECASE)
            for f in sorted(frasa, key=lambda f: (-len(f), f))]


def _tanpa_wilayah(nama: str, s: Satker | None) -> str:
    t = " ".join(nama.split())
    if s is not None:
        for pola in _frasa_wilayah(s):
            t = pola.sub(" ", t)
    return " ".join(t.split())


def kunci_nama(nama: str, s: Satker | None = None) -> str:
    """An indicator name without case, punctuation, spacing or the satker's own region name."""
    t = _tanpa_wilayah(nama, s).casefold()
    t = re.sub(r"[^\w%/]+", " ", t)
    return " ".join(t.split())


@dataclass(frozen=True)
class AnggotaIKU:
    satker: Satker
    capaian: CapaianIndikator
    peringkat: int | None  # None: no numeric capaian (not ranked)


@dataclass(frozen=True)
class KelompokIKU:
    nama: str
    kode: tuple[str, ...]
    anggota: tuple[AnggotaIKU, ...]


def _peringkat(items: list[tuple[Satker, CapaianIndikator]]) -> list[AnggotaIKU]:
    ada = sorted([x for x in items if x[1].capaian is not None],
                 key=lambda x: (-(x[1].capaian or Decimal(0)), x[0].nama, x[0].id))
    tanpa = sorted([x for x in items if x[1].capaian is None], key=lambda x: (x[0].nama, x[0].id))
    hasil: list[AnggotaIKU] = []
    sebelum: Decimal | None = None
    rank = 0
    for i, (s, c) in enumerate(ada, 1):
        if c.capaian != sebelum:
            rank, sebelum = i, c.capaian
        hasil.append(AnggotaIKU(s, c, rank))
    hasil += [AnggotaIKU(s, c, None) for s, c in tanpa]
    return hasil


def kelompok_iku(situs: Situs, tahun: int) -> list[KelompokIKU]:
    """The IKU of every satker in ``tahun``, grouped as 'the same indicator' and ranked by capaian."""
    return situs.simpan(("kelompok_iku", tahun), lambda: _kelompok_iku(situs, tahun))


def _kelompok_iku(situs: Situs, tahun: int) -> list[KelompokIKU]:
    items: list[tuple[Satker, CapaianIndikator]] = []
    for s in sorted(situs.satker(), key=lambda x: x.id):
        if tahun not in s.tahun:
            continue
        h = situs.hasil(s.id, tahun)
        items += [(s, c) for c in h.indikator.values() if c.indikator.iku]
    induk = list(range(len(items)))

    def akar(i: int) -> int:
        while induk[i] != i:
            induk[i] = induk[induk[i]]
            i = induk[i]
        return i

    def satukan(a: int, b: int) -> None:
        ra, rb = akar(a), akar(b)
        if ra != rb:
            induk[max(ra, rb)] = min(ra, rb)

    kunci = [kunci_nama(c.indikator.nama, s) for s, c in items]
    per_nama: dict[str, int] = {}
    # code -> name key -> up to two items (of different satker) with that code and key: every item with
    # one key is already joined by name, so comparing against one item of another satker is enough, and
    # the comparisons grow with the distinct names, not with the satker (553 of them nationally)
    per_kode: dict[str, dict[str, list[int]]] = {}
    mirip: dict[tuple[str, str], bool] = {}
    for i, (s, c) in enumerate(items):
        if kunci[i] in per_nama:
            satukan(i, per_nama[kunci[i]])
        else:
            per_nama[kunci[i]] = i
        nama_kode = per_kode.setdefault(c.indikator.id, {})
        for k2, wakil in nama_kode.items():
            j = next((j for j in wakil if items[j][0].id != s.id), None)
            if j is None or akar(i) == akar(j):
                continue
            pasangan = (kunci[i], k2)
            if pasangan not in mirip:
                mirip[pasangan] = difflib.SequenceMatcher(None, kunci[i], k2).ratio() >= MIRIP_MIN
            if mirip[pasangan]:
                satukan(i, j)
        wakil = nama_kode.setdefault(kunci[i], [])
        if len(wakil) < 2 and all(items[j][0].id != s.id for j in wakil):
            wakil.append(i)
    grup: dict[int, list[int]] = {}
    for i in range(len(items)):
        grup.setdefault(akar(i), []).append(i)
    hasil = []
    for anggota in grup.values():
        # the name of the most common form, without the region each satker writes into it
        umum = Counter(kunci[i] for i in anggota).most_common(1)[0][0]
        calon = sorted((_tanpa_wilayah(items[i][1].indikator.nama, items[i][0]) for i in anggota if kunci[i] == umum),
                       key=lambda n: (len(n), n))
        nama = calon[0]
        kode = tuple(sorted({items[i][1].indikator.id for i in anggota}))
        hasil.append(KelompokIKU(nama, kode, tuple(_peringkat([items[i] for i in anggota]))))
    hasil.sort(key=lambda k: (-len({a.satker.id for a in k.anggota}), kunci_nama(k.nama), k.kode))
    return hasil


def tahun_perbandingan(situs: Situs) -> list[int]:
    """Years in which at least one satker has an IKU with a target or realisasi."""
    return situs.simpan(("tahun_perbandingan",), lambda: _tahun_perbandingan(situs))


def _tahun_perbandingan(situs: Situs) -> list[int]:
    tahun = set()
    for s in situs.satker():
        for t in s.tahun:
            if any(c.indikator.iku for c in situs.hasil(s.id, t).indikator.values()):
                tahun.add(t)
    return sorted(tahun)


def halaman_perbandingan(situs: Situs, tahun: int) -> str:
    kelompok = kelompok_iku(situs, tahun)
    semua = tahun_perbandingan(situs)
    out = [f"# Perbandingan IKU antar-satker {tahun}\n",
           ("Indikator Kinerja Utama (IKU) yang sama di beberapa satker diurutkan menurut capaiannya. "
           "Indikator dianggap sama bila namanya sama setelah huruf besar/kecil, tanda baca dan nama wilayah "
           "satker itu sendiri diabaikan, atau bila kodenya sama dan namanya mirip. Capaian dihitung dengan "
           "rumus yang sama untuk semua satker (lihat [Metodologi](../metodologi.md)); satker dengan capaian "
           "sama mendapat peringkat yang sama. Indikator tanpa capaian berangka (belum ada realisasi, atau "
           "berpredikat) ditulis tanpa peringkat.\n")]
    if len(semua) > 1:
        out.append("Tahun: " + " · ".join(f"**{t}**" if t == tahun else f"[{t}]({t}.md)" for t in semua) + "\n")
    if situs.pengaturan.batas_capaian is not None:
        out.append(f"Kategori memakai capaian yang dibatasi paling tinggi {persen(situs.pengaturan.batas_capaian, 0)}; "
                   "peringkat memakai capaian asli.\n")
    bersama = [k for k in kelompok if len({a.satker.id for a in k.anggota}) > 1]
    sendiri = [k for k in kelompok if len({a.satker.id for a in k.anggota}) <= 1]
    if not bersama:
        out.append("*Belum ada IKU yang sama di dua satker atau lebih pada tahun ini.*\n")
    for k in bersama:
        out.append(f"## {sel(k.nama)}\n")
        kode = sorted({(a.capaian.indikator.id, a.satker.nama) for a in k.anggota}, key=lambda x: (x[1], x[0]))
        out.append("Kode di tiap satker: " + "; ".join(f"{sel(i)} ({sel(n)})" for i, n in kode) + ".\n")
        rows = []
        for a in k.anggota:
            c, s = a.capaian, a.satker
            ind = c.indikator
            cap = persen(c.capaian) if c.capaian is not None else (
                ("Tercapai" if c.tercapai else "Tidak tercapai") if c.tercapai is not None else (alasan(c) or KOSONG))
            rows.append([str(a.peringkat) if a.peringkat is not None else KOSONG,
                         f"[{sel(s.nama)}](../satker/{s.id}/{tahun}/index.md)",
                         render.nilai(c.target.nilai if c.target else None, ind.satuan),
                         render.nilai(c.nilai_realisasi, ind.satuan), sel(cap),
                         c.kategori.nama if c.kategori else KOSONG])
        out.append(tabel(["Peringkat", "Satker", "Target", "Realisasi", "Capaian", "Kategori"], rows, "rlrrrl"))
    if sendiri:
        out.append("## IKU yang hanya ada di satu satker\n")
        rows = []
        for k in sendiri:
            for a in k.anggota:
                c = a.capaian
                rows.append([sel(c.indikator.id), sel(c.indikator.nama),
                             f"[{sel(a.satker.nama)}](../satker/{a.satker.id}/{tahun}/index.md)",
                             persen(c.capaian) if c.capaian is not None else KOSONG])
        out.append(tabel(["Kode", "Indikator", "Satker", "Capaian"], rows, "lllr"))
    return "\n".join(out)


def halaman_perbandingan_indeks(situs: Situs) -> str:
    out = ["# Perbandingan IKU antar-satker\n",
           "Untuk setiap tahun, Indikator Kinerja Utama yang sama di beberapa satker diurutkan menurut capaiannya.\n"]
    rows = []
    for t in tahun_perbandingan(situs):
        kelompok = kelompok_iku(situs, t)
        satker = {a.satker.id for k in kelompok for a in k.anggota}
        bersama = [k for k in kelompok if len({a.satker.id for a in k.anggota}) > 1]
        rows.append([f"[{t}]({t}.md)", str(len(satker)), str(len(bersama))])
    if rows:
        out.append(tabel(["Tahun", "Satker dengan IKU", "IKU yang dibandingkan"], rows, "lrr"))
    else:
        out.append("*Belum ada data IKU.*\n")
    return "\n".join(out)


# ---------------------------------------------------------------- wiring

Halaman = dict[str, tuple[str, str | None, int | None]]


def halaman_tambahan(situs: Situs, halaman: Halaman) -> Halaman:
    """The DIP page of every satker and the peer comparison pages (given the pages made so far)."""
    hasil: Halaman = {}
    for s in situs.satker():
        hasil[dip.uri_dip(s.id)] = (dip.halaman_dip(situs, s.id, halaman), s.id, None)
    hasil[uri_perbandingan()] = (halaman_perbandingan_indeks(situs), None, None)
    hasil[URI_DATA] = (halaman_data(situs), None, None)
    for t in tahun_perbandingan(situs):
        hasil[uri_perbandingan(t)] = (halaman_perbandingan(situs, t), None, None)
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
