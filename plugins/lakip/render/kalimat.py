"""Sentences and formulas whose numbers are computed: the words that go with the values.

The compute layer keeps values and codes (a polarity, a reason, a rule); this module
writes them for readers, in one style for the web page, the LKj and the PDF:
the formula of a capaian with its inputs, why an indicator has no capaian, the
words of a consistency note, and the summary sentences of a year.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from ..compute.kinerja import (
    BERPREDIKAT,
    TAK_TERHITUNG,
    TANPA_REALISASI,
    TANPA_TARGET,
    CapaianIndikator,
    HasilTahun,
)
from ..compute.konsistensi import (
    ATURAN_CAPAIAN_TANPA,
    ATURAN_DATA,
    ATURAN_JUMLAH,
    ATURAN_RATA,
    ATURAN_REALISASI,
    ATURAN_RINCIAN,
    ATURAN_RUMUS,
    ATURAN_SERAPAN,
    ATURAN_SISA,
    ATURAN_SKALA,
    ATURAN_TAK_TERBACA,
    ATURAN_TARGET,
    Selisih,
)
from ..compute.pengaturan import Pengaturan
from ..model.rekaman import Angka
from .aman import sel
from .format import KOSONG, angka, bilangan_terbilang, persen, rupiah

#: why an indicator has no capaian (``CapaianIndikator.alasan``), as the pages say it
ALASAN = {
    TANPA_TARGET: "tidak ada target tahun ini",
    TANPA_REALISASI: "belum ada realisasi",
    BERPREDIKAT: "indikator berpredikat: tercapai/tidak, tidak ikut rata-rata",
    TAK_TERHITUNG: "target atau realisasi tidak dapat dihitung",
}


def alasan(c: CapaianIndikator) -> str:
    """Why ``c`` has no capaian in the mean, or ''."""
    return alasan_kode(c.alasan)


def _f(v: Angka) -> str:
    return angka(v) if isinstance(v, Decimal) else v


def rumus_teks(polaritas: str, target: Decimal, realisasi: Decimal) -> str:
    """'100 ÷ 85 × 100': the formula of a polarity with its inputs."""
    t, r = _f(target), _f(realisasi)
    if polaritas == "turun" and target == 0:
        return f"target 0, realisasi {r}: " + ("tepat memenuhi target = 100" if realisasi == 0 else "melampaui nol = 0")
    if polaritas == "turun":
        return f"(2 × {t} − {r}) ÷ {t} × 100"
    if polaritas == "stabil":
        return f"(1 − |{r} − {t}| ÷ {t}) × 100"
    return f"{r} ÷ {t} × 100"


def rumus(c: CapaianIndikator) -> str:
    """How ``c``'s capaian was found, with its inputs; '' when it was not computed."""
    target = c.target.nilai if c.target else None
    if c.capaian is not None:
        assert isinstance(target, Decimal) and isinstance(c.nilai_realisasi, Decimal)
        return rumus_teks(c.indikator.polaritas, target, c.nilai_realisasi)
    if c.alasan == BERPREDIKAT and c.indikator.skala:
        return f"{c.nilai_realisasi} dibanding {target} pada skala {' > '.join(c.indikator.skala)}"
    return ""


# ---------------------------------------------------------------- consistency notes

def _nilai(s: Selisih, v: Angka | int | None, digit: int | None = None) -> str:
    if v is None:
        return KOSONG
    if s.jenis == "persen" and isinstance(v, Decimal):
        return persen(v, digit) if digit is not None else persen(v)
    if s.jenis == "rupiah" and isinstance(v, int):
        return rupiah(v)
    if isinstance(v, Decimal):
        return angka(v)
    return str(v)


def teks_selisih(s: Selisih) -> tuple[str, str, str, str]:
    """(which figure, printed, computed, rule) of a consistency note, in words."""
    masukan = dict(s.rumus)
    if s.dihitung is None:
        dihitung = (alasan_kode(s.alasan) or "tidak dihitung") if s.aturan == ATURAN_CAPAIAN_TANPA else (
            "belum ada realisasi" if s.aturan == ATURAN_REALISASI else KOSONG)
    else:
        dihitung = _nilai(s, s.dihitung)
    aturan = {
        ATURAN_TARGET: f"target yang disepakati ({masukan.get('sumber') or '-'})",
        ATURAN_REALISASI: "realisasi dalam data",
        ATURAN_CAPAIAN_TANPA: "capaian hanya dihitung dari target dan realisasi",
        ATURAN_SKALA: "skala kategori (lihat Metodologi)",
        ATURAN_RINCIAN: "jumlah rinciannya",
        ATURAN_DATA: f"{s.kolom} dalam data",
        ATURAN_SISA: "pagu − realisasi",
        ATURAN_TAK_TERBACA: "angka tercetak tidak dapat dibaca",
        ATURAN_RATA: "rata-rata hitung capaian indikator yang punya realisasi",
        ATURAN_JUMLAH: "banyaknya indikator dalam data",
    }.get(s.aturan)
    if s.aturan == ATURAN_RUMUS:
        pol, t, r = masukan["polaritas"], masukan["target"], masukan["realisasi"]
        assert isinstance(pol, str) and isinstance(t, Decimal) and isinstance(r, Decimal)
        aturan = f"polaritas {pol}: {rumus_teks(pol, t, r)}"
    elif s.aturan == ATURAN_SERAPAN:
        r, p = masukan["realisasi"], masukan["pagu"]
        assert isinstance(r, int) and isinstance(p, int)
        aturan = f"realisasi ÷ pagu × 100 = {rupiah(r)} ÷ {rupiah(p)} × 100"
    tercetak = s.tercetak if s.aturan == ATURAN_TAK_TERBACA else _nilai(s, s.tercetak, s.digit)
    return f"{s.kolom} {s.nama}", str(tercetak), dihitung, aturan or s.aturan


def alasan_kode(kode: str | None) -> str:
    """The words of a reason code (``CapaianIndikator.alasan``, ``Selisih.alasan``), or ''."""
    return ALASAN.get(kode or "", "")


# ---------------------------------------------------------------- sentences of a year

def jumlah_kata(n: int, benda: str) -> str:
    """'6 (enam) indikator': the number and its words, both computed."""
    return f"{n} ({bilangan_terbilang(n)}) {benda}"


def jumlah_sasaran(semua: list[CapaianIndikator]) -> str:
    """'6 (enam) sasaran strategis, 15 (lima belas) sasaran program dan 17 (tujuh belas) sasaran kegiatan':
    each level counted apart, never summed into one number of 'sasaran'."""
    per: dict[str, set[str]] = {}
    for c in semua:
        per.setdefault(c.sasaran.tingkat, set()).add(c.sasaran.id)
    bagian = [jumlah_kata(len(per[t]), f"sasaran {t}") for t in ("strategis", "program", "kegiatan") if t in per]
    if len(bagian) <= 1:
        return bagian[0] if bagian else jumlah_kata(0, "sasaran")
    return ", ".join(bagian[:-1]) + " dan " + bagian[-1]


def ringkasan_tahun(h: HasilTahun) -> str:
    """The summary sentences of a year: every number in them is computed."""
    s = h.satker
    nama = sel(s.nama)
    # an indicator known only by a capaian printed in a later report (no target, no realisasi) is not measured
    cetak = [c for c in h.indikator.values() if c.target is None and c.nilai_realisasi is None
             and c.realisasi is not None and any(t.capaian is not None for t in c.realisasi.tercetak)]
    semua = [c for c in h.indikator.values() if c not in cetak]
    ada = [c for c in semua if c.nilai_realisasi is not None]
    tercatat = ", dari data yang tercatat," if h.sebagian else ","
    kalimat = [f"Pada tahun {h.tahun}{tercatat} {nama} mengukur {jumlah_kata(len(semua), 'indikator kinerja')} "
               f"pada {jumlah_sasaran(semua)}."]
    if h.sebagian:
        kalimat.append("Data tahun ini hanya sebagian dari laporan"
                       + (f" ({sel(h.catatan_sebagian)})" if h.catatan_sebagian else "")
                       + "; jumlah dan rata-rata di bawah hanya dari data yang tercatat.")
    if not semua:
        kalimat = [f"Belum ada indikator kinerja {nama} dengan target tahun {h.tahun}."]
        if cetak:
            kalimat.append(f"Untuk {jumlah_kata(len(cetak), 'indikator')} hanya angka capaiannya yang dilaporkan, "
                           "tanpa target dan realisasi, sehingga capaiannya tidak dihitung di sini.")
    elif len(ada) < len(semua):
        kalimat.append(f"Realisasi sudah tercatat untuk {jumlah_kata(len(ada), 'indikator')}; "
                       f"{jumlah_kata(len(semua) - len(ada), 'indikator')} belum ada realisasinya.")
    kat = Counter(c.kategori.nama for c in semua if c.kategori is not None)
    if kat:
        urut = [k.nama for k in h.pengaturan.skala.kategori if kat.get(k.nama)]
        kalimat.append(("Dari data yang tercatat, menurut" if h.sebagian else "Menurut") + " kategori capaian: " + ", ".join(f"{jumlah_kata(kat[n], 'indikator')} {n}" for n in urut) + ".")
    if h.iku is not None and h.iku.rata_rata is not None:
        kalimat.append(f"Rata-rata capaian {jumlah_kata(len(h.iku.indikator) - len(h.iku.dikecualikan), 'Indikator Kinerja Utama')}"
                       + (" yang tercatat " if h.sebagian else " ") +
                       f"adalah {persen(h.iku.rata_rata)} ({h.iku.kategori.nama if h.iku.kategori else KOSONG}).")
    a = h.anggaran
    if a is not None and a.pagu is not None:
        if a.realisasi is not None:
            kalimat.append(f"Dari pagu {rupiah(a.pagu)}, anggaran terealisasi {rupiah(a.realisasi)} "
                           f"(serapan {persen(a.total.serapan)}), sisa {rupiah(a.total.sisa or 0)}.")
        else:
            kalimat.append(f"Pagu anggaran tahun {h.tahun} sebesar {rupiah(a.pagu)}; realisasinya belum tercatat.")
    return " ".join(kalimat) + "\n"


def uraian_aturan(p: Pengaturan) -> str:
    """The rule a page used, in one sentence: its basis, the cap and the category scale."""
    dasar = f"menurut {sel(p.dasar)}" if p.dasar else "menurut pengaturan situs ini"
    batas = (f"capaian dibatasi paling tinggi {angka(p.batas_capaian)}% sebelum dirata-rata"
             if p.batas_capaian is not None else "capaian tidak dibatasi")
    pita = []
    for k in p.skala.kategori:
        if k.bawah is None:
            pita.append(f"{sel(k.nama)} ≤ {angka(k.atas)}%" if k.atas is not None else sel(k.nama))
        else:
            pita.append(f"{sel(k.nama)} > {angka(k.bawah)}%")
    return f"Aturan capaian {dasar}: {batas}; kategori capaian " + ", ".join(pita) + "."


#: up to this many indicators below target are listed by name in the conclusion
BANYAK_DIRINCI = 8


def kesimpulan_tahun(h: HasilTahun) -> str:
    """BAB IV's computed conclusion: per sasaran level, how many sasaran met every indicator's target, which
    indicators did not, which were not reported; the IKU mean and the budget's serapan. Every number computed."""
    semua = list(h.indikator.values())
    if not semua:
        return ""
    kalimat = []
    for t in ("strategis", "program", "kegiatan"):
        per: dict[str, list[CapaianIndikator]] = {}
        for c in semua:
            if c.sasaran.tingkat == t:
                per.setdefault(c.sasaran.id, []).append(c)
        if not per:
            continue
        diukur = {k: v for k, v in per.items() if all(c.memenuhi_target is not None for c in v)}
        if not diukur:
            kalimat.append(f"Capaian {jumlah_kata(len(per), f'sasaran {t}')} belum dapat disimpulkan karena "
                           "tidak semua realisasi indikatornya dilaporkan.")
            continue
        penuh = sum(1 for v in diukur.values() if all(c.memenuhi_target for c in v))
        kalimat.append(f"Dari {jumlah_kata(len(diukur), f'sasaran {t}')} yang seluruh indikatornya terukur, "
                       f"{jumlah_kata(penuh, 'sasaran')} mencapai target semua indikatornya"
                       + (f" dan {jumlah_kata(len(diukur) - penuh, 'sasaran')} belum." if penuh < len(diukur) else "."))
    kurang = [c for c in semua if c.memenuhi_target is False]

    def butir(c: CapaianIndikator) -> str:
        return f"{sel(c.indikator.id)} ({'capaian ' + persen(c.capaian) if c.capaian is not None else 'tidak tercapai'})"
    if 0 < len(kurang) <= BANYAK_DIRINCI:
        kalimat.append("Indikator yang belum mencapai target: " + "; ".join(butir(c) for c in kurang) + ".")
    elif kurang:  # a long list reads as noise: the count, the lowest, and where the rest is
        rendah = sorted(kurang, key=lambda c: (c.capaian is not None, c.capaian or 0))[:5]
        kalimat.append(f"{jumlah_kata(len(kurang), 'indikator').capitalize()} belum mencapai target; yang terendah: "
                       + "; ".join(butir(c) for c in rendah) + " (rinciannya pada BAB III.A).")
    tanpa = [c for c in semua if c.nilai_realisasi is None]
    if tanpa:
        kalimat.append(f"Realisasi {jumlah_kata(len(tanpa), 'indikator')} tidak dilaporkan.")
    if h.iku is not None and h.iku.rata_rata is not None:
        kalimat.append(f"Rata-rata capaian Indikator Kinerja Utama {persen(h.iku.rata_rata)}"
                       f" ({h.iku.kategori.nama if h.iku.kategori else KOSONG}).")
    a = h.anggaran
    if a is not None and a.pagu is not None and a.realisasi is not None:
        kalimat.append(f"Serapan anggaran {persen(a.total.serapan)} ({rupiah(a.realisasi)} dari {rupiah(a.pagu)}).")
    return " ".join(kalimat) + "\n"
