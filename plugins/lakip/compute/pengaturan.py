"""The computation settings in force: the cap on capaian and the category scale, and their one parser.

``mkdocs.yml`` gives them (``batas_capaian``, ``skala``); the plugin's config, ``lakip
diff`` (which reads mkdocs.yml of another git revision) and the tests all go through
``pengaturan_dari``, so a setting is validated the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import yaml

from .capaian import SKALA_BAKU, Kategori, Skala, buat_skala


@dataclass(frozen=True)
class Pengaturan:
    """Computation settings (from mkdocs.yml): the cap and the category scale."""

    batas_capaian: Decimal | None = None
    skala: Skala = SKALA_BAKU



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
