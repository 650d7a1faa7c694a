"""The computation settings in force: the cap on capaian and the category scale, and their one parser.

``mkdocs.yml`` gives them (``batas_capaian``, ``skala``); the plugin's config, ``lakip
diff`` (which reads mkdocs.yml of another git revision) and the tests all go through
``pengaturan_dari``, so a setting is validated the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import yaml

from ..model.rekaman import AturanCapaian
from ..model.satker import Satker
from .capaian import SKALA_BAKU, Kategori, Skala, buat_skala


@dataclass(frozen=True)
class Pengaturan:
    """Computation settings: the cap and the category scale, and where they come from (``dasar``)."""

    batas_capaian: Decimal | None = None
    skala: Skala = SKALA_BAKU
    dasar: str | None = None  # None: the site's settings (mkdocs.yml); else the satker's rule, in words



def pengaturan_dari(batas: object = None, skala: list[dict[str, object]] | None = None) -> Pengaturan:
    """Settings from plain values (mkdocs.yml); ValueError with an Indonesian message when wrong.

    ``skala`` lists the bands highest first as ``{nama, lebih_dari, keterangan}``; a band
    runs from its ``lebih_dari`` (exclusive) up to the previous band's ``lebih_dari``
    (inclusive); the last band has no ``lebih_dari``.
    """
    def des(v: object, apa: str) -> Decimal:
        if isinstance(v, bool) or not isinstance(v, (int, float, str, Decimal)):
            raise ValueError(f"{apa} harus angka, bukan {v!r}")
        try:
            d = Decimal(str(v))
        except InvalidOperation:
            raise ValueError(f"{apa} harus angka, bukan {v!r} (tulis mis. 120)") from None
        if not d.is_finite():
            raise ValueError(f"{apa} harus angka berhingga")
        return d

    b = des(batas, "batas_capaian") if batas is not None else None
    if b is not None and b < 100:
        raise ValueError(f"batas_capaian {b} lebih kecil dari 100% (capaian yang memenuhi target tidak boleh dipotong)")
    if not skala:
        return Pengaturan(b)
    kategori = []
    atas: Decimal | None = None
    for i, item in enumerate(skala):
        if not isinstance(item, dict) or "nama" not in item:
            raise ValueError(f"skala butir {i + 1} harus berisi nama (dan lebih_dari kecuali butir terakhir)")
        unknown = set(item) - {"nama", "lebih_dari", "keterangan"}
        if unknown:
            raise ValueError(f"skala butir {i + 1}: kunci {', '.join(sorted(unknown))} tidak dikenal (pakai nama, lebih_dari, keterangan)")
        bawah = des(item["lebih_dari"], f"skala '{item['nama']}' lebih_dari") if item.get("lebih_dari") is not None else None
        kategori.append(Kategori(str(item["nama"]), bawah, atas, str(item.get("keterangan", ""))))
        atas = bawah
    return Pengaturan(b, buat_skala(kategori))


class _PemuatLonggar(yaml.SafeLoader):
    """Reads mkdocs.yml, ignoring tags such as !!python/name (only the lakip settings are wanted)."""


_PemuatLonggar.add_multi_constructor("", lambda loader, suffix, node: None)
_PemuatLonggar.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def pengaturan_mkdocs(teks: str | None) -> Pengaturan:
    """The capaian settings of the lakip plugin in a mkdocs.yml text (defaults when absent or wrong)."""
    if not teks:
        return Pengaturan()
    try:
        cfg = yaml.load(teks, Loader=_PemuatLonggar)  # a SafeLoader subclass
    except yaml.YAMLError:
        return Pengaturan()
    plugins = cfg.get("plugins") if isinstance(cfg, dict) else None
    items = plugins.items() if isinstance(plugins, dict) else (
        (k, v) for p in plugins if isinstance(p, dict) for k, v in p.items()) if isinstance(plugins, list) else ()
    for nama, isi in items:
        if nama == "lakip" and isinstance(isi, dict):
            try:
                return pengaturan_dari(isi.get("batas_capaian"), isi.get("skala"))
            except ValueError:
                return Pengaturan()
    return Pengaturan()


def skala_aturan(a: AturanCapaian) -> list[dict[str, object]]:
    return [{"nama": b.nama, "lebih_dari": b.lebih_dari, "keterangan": b.keterangan or ""} for b in a.skala]


def _terapkan(p: Pengaturan, a: AturanCapaian, satker: Satker) -> Pengaturan:
    """``p`` with what ``a`` sets (ValueError, in Indonesian, when ``a`` is wrong: check reports it)."""
    batas = None if a.tanpa_batas else a.batas_capaian if a.batas_capaian is not None else p.batas_capaian
    baru = pengaturan_dari(batas, skala_aturan(a) or None)
    dasar = a.dasar or f"aturan {satker.nama}" + (f" tahun {', '.join(map(str, a.tahun))}" if a.tahun else "")
    return Pengaturan(baru.batas_capaian, baru.skala if a.skala else p.skala, dasar)


def pengaturan_untuk(satker: Satker, tahun: int, bawaan: Pengaturan) -> Pengaturan:
    """The rules a satker-year follows: the site's, then the satker's general rule, then the year's own.

    A rule that ``lakip check`` refuses is skipped here (the check names its line)."""
    aturan = satker.profil.data.aturan if satker.profil is not None else ()
    p = bawaan
    for a in [*(a for a in aturan if not a.tahun), *(a for a in aturan if tahun in a.tahun)]:
        try:
            p = _terapkan(p, a, satker)
        except ValueError:
            continue
    return p
