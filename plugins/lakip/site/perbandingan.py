"""The peer comparison: the same IKU, in the same unit, across satker, for one year.

``perbandingan/<tahun>.md`` lists, for each indicator several satker measure, every
satker's realisasi, target and capaian side by side, sorted by realisasi (best first
by the polarity). Capaian is not the order: each satker sets its own target, and a low
target would win. Indicators are "the same" when their names match once case, spacing
and the satker's own region name are ignored, or when their codes match and their names
are close (codes alone are reused for different indicators by different satkers); the
same indicator in another unit or polarity is another comparison. Ranks only where
realisasi says who did better (polarity naik or turun) and two satker or more have one.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from ..compute.kinerja import CapaianIndikator
from ..compute.situs import Situs
from ..model.satker import Satker
from ..render import tabel as render
from ..render.aman import sel
from ..render.format import KOSONG, persen
from ..render.kalimat import alasan
from ..render.tabel import tabel
from .alamat import uri_perbandingan
from .navigasi import unduh

MIRIP_MIN = 0.8  # name similarity needed when only the codes match


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
    peringkat: int | None  # None: not ranked (no numeric realisasi, a stable or graded indicator, a group of one)


@dataclass(frozen=True)
class KelompokIKU:
    nama: str
    kode: tuple[str, ...]
    anggota: tuple[AnggotaIKU, ...]
    satuan: str = ""
    polaritas: str = "naik"

    @property
    def jumlah_satker(self) -> int:
        return len({a.satker.id for a in self.anggota})


def _realisasi(c: CapaianIndikator) -> Decimal | None:
    return c.nilai_realisasi if isinstance(c.nilai_realisasi, Decimal) else None


def _peringkat(items: list[tuple[Satker, CapaianIndikator]]) -> list[AnggotaIKU]:
    """Sorted by realisasi, best first by the polarity (higher for naik, lower for turun), ranked only
    where realisasi says who did better (naik or turun) and at least two satker have one; each
    satker's own target and capaian are shown beside it, never used for the order."""
    ada = [x for x in items if _realisasi(x[1]) is not None]
    pol = items[0][1].indikator.polaritas if items else "naik"
    arah = 1 if pol == "turun" else -1
    ada.sort(key=lambda x: (arah * (_realisasi(x[1]) or Decimal(0)), x[0].nama, x[0].id))
    skala = items[0][1].indikator.skala if items else ()
    tanpa = sorted([x for x in items if _realisasi(x[1]) is None],
                   key=lambda x: (_urut_predikat(skala, x[1].nilai_realisasi), x[0].nama, x[0].id))
    beri = pol in ("naik", "turun") and len({s.id for s, _ in ada}) > 1
    hasil: list[AnggotaIKU] = []
    sebelum: Decimal | None = None
    rank = 0
    for i, (s, c) in enumerate(ada, 1):
        if _realisasi(c) != sebelum:
            rank, sebelum = i, _realisasi(c)
        hasil.append(AnggotaIKU(s, c, rank if beri else None))
    hasil += [AnggotaIKU(s, c, None) for s, c in tanpa]
    return hasil


def _urut_predikat(skala: tuple[str, ...], nilai: object) -> int:
    """A graded realisasi's place on its scale (best first), unknown and missing last."""
    return skala.index(nilai) if isinstance(nilai, str) and nilai in skala else len(skala)


def _satuan(c: CapaianIndikator) -> str:
    return " ".join(c.indikator.satuan.casefold().split())


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
    for semua_anggota in grup.values():
        # the name of the most common form, without the region each satker writes into it
        umum = Counter(kunci[i] for i in semua_anggota).most_common(1)[0][0]
        calon = sorted((_tanpa_wilayah(items[i][1].indikator.nama, items[i][0])
                        for i in semua_anggota if kunci[i] == umum), key=lambda n: (len(n), n))
        nama = calon[0]
        # the same indicator in another unit or polarity is another comparison: 50 % is not 50 orang
        per_ukuran: dict[tuple[str, str, tuple[str, ...]], list[int]] = {}
        for i in semua_anggota:
            c = items[i][1]
            per_ukuran.setdefault((_satuan(c), c.indikator.polaritas, c.indikator.skala), []).append(i)
        for (_, pol, _), anggota in per_ukuran.items():
            kode = tuple(sorted({items[i][1].indikator.id for i in anggota}))
            satuan = items[anggota[0]][1].indikator.satuan
            hasil.append(KelompokIKU(nama, kode, tuple(_peringkat([items[i] for i in anggota])), satuan, pol))
    hasil.sort(key=lambda k: (-k.jumlah_satker, kunci_nama(k.nama), _satuan_kunci(k.satuan), k.kode))
    return hasil


def _satuan_kunci(satuan: str) -> str:
    return " ".join(satuan.casefold().split())


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


_POLARITAS = {"naik": "makin tinggi makin baik", "turun": "makin rendah makin baik",
              "stabil": "makin dekat target makin baik: tanpa peringkat"}


def _baris_anggota(a: AnggotaIKU, tahun: int) -> list[str]:
    c, s = a.capaian, a.satker
    ind = c.indikator
    cap = persen(c.capaian) if c.capaian is not None else (
        ("Tercapai" if c.tercapai else "Tidak tercapai") if c.tercapai is not None else (alasan(c) or KOSONG))
    return [str(a.peringkat) if a.peringkat is not None else KOSONG,
            f"[{sel(s.nama)}](../satker/{s.id}/{tahun}/index.md)",
            render.nilai(c.nilai_realisasi, ind.satuan), render.nilai(c.target.nilai if c.target else None, ind.satuan),
            sel(cap), c.kategori.nama if c.kategori else KOSONG]


def halaman_perbandingan(situs: Situs, tahun: int) -> str:
    kelompok = kelompok_iku(situs, tahun)
    semua = tahun_perbandingan(situs)
    out = [f"# Perbandingan IKU antar-satker {tahun}\n",
           ("Indikator Kinerja Utama (IKU) yang sama di beberapa satker, dengan satuan yang sama, diurutkan menurut "
            "**realisasinya**: yang terbaik menurut polaritas indikator di atas. Setiap satker menetapkan targetnya "
            "sendiri, jadi capaian (realisasi dibanding target masing-masing) tidak dipakai untuk mengurutkan: satker "
            "dengan target rendah akan mudah menang. Realisasi, target dan capaian ditulis berdampingan. "
            "Satker dengan realisasi sama mendapat peringkat yang sama; indikator tanpa realisasi berangka, "
            "indikator stabil atau berpredikat, dan indikator yang hanya ada di satu satker tidak diberi peringkat. "
            "Indikator dianggap sama bila namanya sama setelah huruf besar/kecil, tanda baca dan nama wilayah "
            "satker itu sendiri diabaikan, atau bila kodenya sama dan namanya mirip. Cara menghitung capaian ada "
            "di halaman [Metodologi](../metodologi.md).\n")]
    if len(semua) > 1:
        out.append("Tahun: " + " · ".join(f"**{t}**" if t == tahun else f"[{t}]({t}.md)" for t in semua) + "\n")
    bersama = [k for k in kelompok if k.jumlah_satker > 1]
    sendiri = [k for k in kelompok if k.jumlah_satker <= 1]
    if not bersama:
        out.append("*Belum ada IKU yang sama di dua satker atau lebih pada tahun ini.*\n")
    dua_satuan = Counter(k.nama for k in bersama)
    for k in bersama:
        out.append(f"## {sel(k.nama)}" + (f" ({sel(k.satuan)})" if dua_satuan[k.nama] > 1 else "") + "\n")
        kode = sorted({(a.capaian.indikator.id, a.satker.nama) for a in k.anggota}, key=lambda x: (x[1], x[0]))
        out.append(f"Satuan: {sel(k.satuan) or KOSONG}; polaritas {k.polaritas} ({_POLARITAS.get(k.polaritas, '')})"
                   if not k.anggota[0].capaian.indikator.skala else "Indikator berpredikat: tanpa peringkat")
        out[-1] += ". Kode di tiap satker: " + "; ".join(f"{sel(i)} ({sel(n)})" for i, n in kode) + ".\n"
        out.append(tabel(["Peringkat", "Satker", "Realisasi", "Target", "Capaian", "Kategori"],
                         [_baris_anggota(a, tahun) for a in k.anggota], "rlrrrl"))
    if sendiri:
        out.append("## IKU yang hanya ada di satu satker\n")
        out.append("Tanpa peringkat: tidak ada satker lain dengan indikator dan satuan yang sama.\n")
        rows = []
        for k in sendiri:
            for a in k.anggota:
                c = a.capaian
                rows.append([sel(c.indikator.id), sel(c.indikator.nama),
                             f"[{sel(a.satker.nama)}](../satker/{a.satker.id}/{tahun}/index.md)",
                             render.nilai(c.nilai_realisasi, c.indikator.satuan),
                             render.nilai(c.target.nilai if c.target else None, c.indikator.satuan),
                             persen(c.capaian) if c.capaian is not None else KOSONG])
        out.append(tabel(["Kode", "Indikator", "Satker", "Realisasi", "Target", "Capaian"], rows, "lllrrr"))
    out.append(unduh(uri_perbandingan(tahun), ["capaian.csv"], None, "capaian"))
    return "\n".join(out)


def halaman_perbandingan_indeks(situs: Situs) -> str:
    out = ["# Perbandingan IKU antar-satker\n",
           ("Untuk setiap tahun, Indikator Kinerja Utama yang sama (dengan satuan yang sama) di beberapa satker "
           "diurutkan menurut realisasinya, dengan target dan capaian masing-masing di sampingnya.\n")]
    rows = []
    for t in tahun_perbandingan(situs):
        kelompok = kelompok_iku(situs, t)
        satker = {a.satker.id for k in kelompok for a in k.anggota}
        bersama = [k for k in kelompok if k.jumlah_satker > 1]
        rows.append([f"[{t}]({t}.md)", str(len(satker)), str(len(bersama))])
    if rows:
        out.append(tabel(["Tahun", "Satker dengan IKU", "IKU yang dibandingkan"], rows, "lrr"))
    else:
        out.append("*Belum ada data IKU.*\n")
    return "\n".join(out)
