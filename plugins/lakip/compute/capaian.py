"""Aritmetika kinerja: capaian indikator, kategori, agregat, dan serapan anggaran.

Modul murni (tanpa mkdocs, tanpa model data) yang menjadi satu-satunya tempat
rumus dihitung. Persentase selalu ``decimal.Decimal`` yang tidak dibulatkan
(dihitung dalam konteks desimal lokal 28 digit agar hasilnya deterministik),
uang selalu ``int`` Rupiah; pembulatan (ROUND_HALF_UP) hanya untuk tampilan,
lewat :func:`bulatkan`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, localcontext
from itertools import pairwise
from typing import Literal

__all__ = [
    "PRESISI",
    "SKALA_BAKU",
    "AturanTriwulan",
    "Kategori",
    "Polaritas",
    "Skala",
    "batasi",
    "buat_skala",
    "bulatkan",
    "gabung_triwulan",
    "hitung_capaian",
    "rata_rata",
    "serapan",
    "sisa",
    "tercapai_skala",
]

Polaritas = Literal["naik", "turun", "stabil"]
AturanTriwulan = Literal["kumulatif", "terakhir", "rata-rata"]

POLARITAS: tuple[str, ...] = ("naik", "turun", "stabil")
ATURAN_TRIWULAN: tuple[str, ...] = ("kumulatif", "terakhir", "rata-rata")

#: Jumlah digit signifikan untuk semua pembagian di modul ini.
PRESISI = 28

_NOL = Decimal(0)
_SERATUS = Decimal(100)


def _konteks() -> Context:
    """Konteks desimal baru yang tidak bergantung pada konteks global pemanggil."""
    return Context(prec=PRESISI, rounding=ROUND_HALF_EVEN)


def _desimal(nilai: Decimal, nama: str) -> Decimal:
    """Pastikan ``nilai`` Decimal (atau int) yang berhingga; float ditolak."""
    if isinstance(nilai, bool) or not isinstance(nilai, (Decimal, int)):
        raise TypeError(
            f"{nama} harus Decimal, bukan {type(nilai).__name__} (bilangan float tidak eksak)"
        )
    nilai = Decimal(nilai)
    if not nilai.is_finite():
        raise ValueError(f"{nama} harus bilangan berhingga, bukan {nilai}")
    return nilai


def _rupiah(nilai: int, nama: str) -> int:
    if isinstance(nilai, bool) or not isinstance(nilai, int):
        raise TypeError(f"{nama} harus bilangan bulat Rupiah (int), bukan {type(nilai).__name__}")
    return nilai


def _teks(nilai: Decimal) -> str:
    """Decimal tanpa notasi eksponen dan tanpa nol di belakang, untuk pesan galat."""
    return format(nilai.normalize(), "f")


def hitung_capaian(polaritas: str, target: Decimal, realisasi: Decimal) -> Decimal:
    """Capaian (persen) yang eksak dan belum dibulatkan.

    * ``naik``: realisasi / target x 100;
    * ``turun``: (2 x target - realisasi) / target x 100;
    * ``stabil``: (1 - |realisasi - target| / target) x 100.

    Ketiganya tidak pernah di bawah 0 (dibatasi di 0).

    Target 0 (mis. "0 pengaduan", "0 temuan"): rumus di atas membagi dengan 0, maka
    ``turun`` memakai aturan tersendiri: realisasi 0 = 100 % (target tepat dipenuhi),
    realisasi > 0 = 0 % (tidak ada takaran "sebagian" untuk melampaui nol). ``naik`` dan
    ``stabil`` dengan target 0 tidak mengukur apa pun (tidak ada yang dicapai) dan ditolak.
    Pedoman KPU/PermenPANRB yang dapat ditemukan tidak mengatur target 0; aturan ini
    dijelaskan di docs/metodologi.md.
    """
    target = _desimal(target, "target")
    realisasi = _desimal(realisasi, "realisasi")
    if polaritas not in POLARITAS:
        raise ValueError(
            f"polaritas '{polaritas}' tidak dikenal; gunakan salah satu dari: "
            + ", ".join(POLARITAS)
        )
    if target == 0 and polaritas == "turun":
        if realisasi < 0:
            raise ValueError(f"realisasi tidak boleh negatif, bukan {_teks(realisasi)}")
        return _SERATUS if realisasi == 0 else _NOL
    if target == 0:
        raise ValueError(
            f"target 0 pada indikator {polaritas} tidak mengukur apa pun (tidak ada yang dicapai): "
            "target 0 hanya untuk indikator turun (makin rendah makin baik); tulis target yang sebenarnya"
        )
    if target < 0:
        raise ValueError(
            f"target harus lebih besar dari 0 untuk menghitung capaian, bukan {_teks(target)}"
        )
    with localcontext(_konteks()):
        if polaritas == "naik":
            hasil = realisasi * _SERATUS / target
        elif polaritas == "turun":
            hasil = (2 * target - realisasi) * _SERATUS / target
        else:
            hasil = (target - abs(realisasi - target)) * _SERATUS / target
    return max(hasil, _NOL)


def batasi(nilai: Decimal, batas: Decimal | None) -> Decimal:
    """``min(nilai, batas)``; tanpa batas (``None``) nilai dikembalikan apa adanya."""
    if batas is None:
        return nilai
    return min(nilai, batas)


@dataclass(frozen=True)
class Kategori:
    """Satu pita kategori: ``bawah < x <= atas``.

    ``bawah`` eksklusif (``None`` = minus tak hingga), ``atas`` inklusif
    (``None`` = plus tak hingga).
    """

    nama: str
    bawah: Decimal | None
    atas: Decimal | None
    keterangan: str = ""

    def memuat(self, nilai: Decimal) -> bool:
        """Benar bila ``bawah < nilai <= atas``."""
        di_atas_bawah = self.bawah is None or nilai > self.bawah
        di_bawah_atas = self.atas is None or nilai <= self.atas
        return di_atas_bawah and di_bawah_atas


def _kunci_urut(kategori: Kategori) -> tuple[int, Decimal]:
    """Kunci pengurutan dari pita tertinggi: tanpa batas atas dulu, lalu ``atas`` menurun."""
    if kategori.atas is None:
        return (0, _NOL)
    return (1, -kategori.atas)


def _periksa_batas(kategori: Sequence[Kategori]) -> None:
    """Galat bila anggota bukan Kategori atau batasnya bukan Decimal berhingga/None."""
    for k in kategori:
        if not isinstance(k, Kategori):
            raise TypeError(f"anggota skala harus Kategori, bukan {type(k).__name__}")
        for batas, sisi in ((k.bawah, "bawah"), (k.atas, "atas")):
            if batas is not None and not (isinstance(batas, Decimal) and batas.is_finite()):
                raise ValueError(
                    f"batas {sisi} kategori '{k.nama}' harus Decimal berhingga atau kosong, "
                    f"bukan {batas!r}"
                )


def _periksa_skala(kategori: Sequence[Kategori]) -> None:
    """Galat bila pita (urut dari tertinggi) tidak menutup (-inf, +inf) tepat sekali."""
    if not kategori:
        raise ValueError("skala kategori kosong: harus ada minimal satu kategori")
    nama = [k.nama for k in kategori]
    ganda = sorted({n for n in nama if nama.count(n) > 1})
    if ganda:
        raise ValueError("skala kategori memuat nama ganda: " + ", ".join(f"'{n}'" for n in ganda))
    _periksa_batas(kategori)
    for k in kategori:
        if k.bawah is not None and k.atas is not None and not k.bawah < k.atas:
            raise ValueError(
                f"kategori '{k.nama}' kosong: batas bawah {_teks(k.bawah)} "
                f"harus lebih kecil dari batas atas {_teks(k.atas)}"
            )
    for sisi in ("atas", "bawah"):
        tanpa = [k.nama for k in kategori if getattr(k, sisi) is None]
        if len(tanpa) > 1:
            raise ValueError(f"skala kategori tumpang tindih: lebih dari satu kategori tanpa batas {sisi} ("
                             + ", ".join(f"'{n}'" for n in tanpa) + ")")
    if list(kategori) != sorted(kategori, key=_kunci_urut):
        raise ValueError(
            "kategori dalam skala harus urut dari yang tertinggi; gunakan buat_skala()"
        )
    tertinggi, terendah = kategori[0], kategori[-1]
    if tertinggi.atas is not None:
        raise ValueError(
            f"skala kategori tidak menutup nilai di atas {_teks(tertinggi.atas)}: "
            f"batas atas '{tertinggi.nama}' harus kosong (tak hingga)"
        )
    if terendah.bawah is not None:
        raise ValueError(
            f"skala kategori tidak menutup nilai sampai {_teks(terendah.bawah)}: "
            f"batas bawah '{terendah.nama}' harus kosong (tak hingga)"
        )
    for atas, bawah in pairwise(kategori):
        # atas.bawah dan bawah.atas tidak None di sini: hanya pita pertama yang
        # tanpa batas atas dan hanya pita terakhir yang tanpa batas bawah.
        assert atas.bawah is not None and bawah.atas is not None
        if atas.bawah == bawah.atas:
            continue
        if atas.bawah > bawah.atas:
            jenis, dari, ke = "berlubang", bawah.atas, atas.bawah
        else:
            jenis, dari, ke = "tumpang tindih", atas.bawah, bawah.atas
        raise ValueError(
            f"skala kategori {jenis} antara {_teks(dari)} dan {_teks(ke)}: "
            f"batas bawah '{atas.nama}' harus sama dengan batas atas '{bawah.nama}'"
        )


@dataclass(frozen=True)
class Skala:
    """Skala ordinal: pita kategori urut dari yang tertinggi, tanpa lubang dan tumpang tindih.

    Diperiksa saat dibuat; gunakan :func:`buat_skala` untuk pita yang belum urut.
    """

    kategori: tuple[Kategori, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "kategori", tuple(self.kategori))
        _periksa_skala(self.kategori)

    def golongkan(self, nilai: Decimal) -> Kategori:
        """Kategori yang memuat ``nilai`` (tepat satu, dijamin oleh pemeriksaan skala)."""
        if isinstance(nilai, bool) or not isinstance(nilai, (Decimal, int)):
            raise TypeError(f"nilai harus Decimal, bukan {type(nilai).__name__}")
        nilai = Decimal(nilai)
        if nilai.is_nan():
            raise ValueError("nilai NaN tidak dapat digolongkan")
        for kategori in self.kategori:
            if kategori.memuat(nilai):
                return kategori
        raise AssertionError(f"skala tidak memuat {nilai}")  # pragma: no cover


def buat_skala(kategori: Sequence[Kategori]) -> Skala:
    """Urutkan pita dari yang tertinggi lalu buat :class:`Skala` yang sudah diperiksa.

    ``ValueError`` (pesan menyebut lubang/tumpang tindihnya) bila pita tidak
    menutup (-inf, +inf) tepat sekali.
    """
    daftar = list(kategori)
    _periksa_batas(daftar)
    return Skala(tuple(sorted(daftar, key=_kunci_urut)))


SKALA_BAKU: Skala = buat_skala(
    [
        Kategori("Sangat Berhasil", Decimal(100), None, "telah melampaui target indikator kinerja"),
        Kategori("Berhasil", Decimal(90), Decimal(100), "telah mencapai target indikator kinerja"),
        Kategori(
            "Cukup Berhasil", Decimal(70), Decimal(90), "telah mendekati target indikator kinerja"
        ),
        Kategori(
            "Kurang Berhasil",
            Decimal(50),
            Decimal(70),
            "tidak sesuai dengan target indikator kinerja",
        ),
        Kategori(
            "Tidak Berhasil",
            None,
            Decimal(50),
            "sangat tidak sesuai dengan target indikator kinerja",
        ),
    ]
)
"""Skala Banjarbaru tanpa lubang: > 100, (90, 100], (70, 90], (50, 70], <= 50."""


def rata_rata(nilai: Iterable[Decimal]) -> Decimal | None:
    """Rata-rata hitung (28 digit signifikan); ``None`` bila tidak ada nilai."""
    daftar = [_desimal(n, "nilai") for n in nilai]
    if not daftar:
        return None
    with localcontext(_konteks()):
        return sum(daftar, _NOL) / len(daftar)


def gabung_triwulan(aturan: str, nilai: Sequence[Decimal]) -> Decimal:
    """Gabungkan realisasi per triwulan menjadi realisasi tahunan.

    ``kumulatif`` = jumlah, ``terakhir`` = nilai terakhir, ``rata-rata`` = rata-rata.
    """
    if aturan not in ATURAN_TRIWULAN:
        raise ValueError(
            f"aturan triwulan '{aturan}' tidak dikenal; gunakan salah satu dari: "
            + ", ".join(ATURAN_TRIWULAN)
        )
    daftar = [_desimal(n, "realisasi triwulan") for n in nilai]
    if not daftar:
        raise ValueError("tidak ada realisasi triwulan untuk digabungkan")
    if aturan == "kumulatif":
        with localcontext(_konteks()):
            return sum(daftar, _NOL)
    if aturan == "terakhir":
        return daftar[-1]
    hasil = rata_rata(daftar)
    assert hasil is not None
    return hasil


def tercapai_skala(urutan: Sequence[str], target: str, realisasi: str) -> bool:
    """Untuk indikator berpredikat (``urutan`` dari yang terbaik, mis. AA, A, BB, ...):
    benar bila ``realisasi`` sama baik atau lebih baik daripada ``target``."""
    daftar = list(urutan)
    ganda = sorted({p for p in daftar if daftar.count(p) > 1})
    if ganda:
        raise ValueError("urutan predikat memuat nilai ganda: " + ", ".join(ganda))
    for nama, predikat in (("target", target), ("realisasi", realisasi)):
        if predikat not in daftar:
            raise ValueError(
                f"{nama} '{predikat}' tidak ada dalam urutan predikat: " + ", ".join(daftar)
            )
    return daftar.index(realisasi) <= daftar.index(target)


def serapan(pagu: int, realisasi: int) -> Decimal | None:
    """Serapan anggaran (persen) = realisasi / pagu x 100 (28 digit); ``None`` bila pagu 0."""
    pagu = _rupiah(pagu, "pagu")
    realisasi = _rupiah(realisasi, "realisasi")
    if pagu < 0:
        raise ValueError(f"pagu tidak boleh negatif: {pagu}")
    if pagu == 0:
        return None
    with localcontext(_konteks()):
        return Decimal(realisasi) * _SERATUS / Decimal(pagu)


def sisa(pagu: int, realisasi: int) -> int:
    """Sisa anggaran = pagu - realisasi (Rupiah)."""
    return _rupiah(pagu, "pagu") - _rupiah(realisasi, "realisasi")


def bulatkan(nilai: Decimal, digit: int = 2) -> Decimal:
    """Bulatkan untuk tampilan: ``digit`` desimal, setengah ke atas (menjauhi nol).

    99.995 -> 100.00, 106.245 -> 106.25, 2.675 -> 2.68, -2.675 -> -2.68.
    """
    nilai = _desimal(nilai, "nilai")
    if isinstance(digit, bool) or not isinstance(digit, int) or digit < 0:
        raise ValueError(f"jumlah digit harus bilangan bulat >= 0, bukan {digit!r}")
    # Presisi cukup untuk semua digit bulat + digit desimal, agar quantize tidak gagal.
    presisi = max(PRESISI, nilai.adjusted() + digit + 2)
    with localcontext(Context(prec=presisi, rounding=ROUND_HALF_UP)):
        return nilai.quantize(Decimal(1).scaleb(-digit), rounding=ROUND_HALF_UP)
