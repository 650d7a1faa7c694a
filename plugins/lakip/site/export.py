"""Open data: every computed table as JSON and CSV at stable paths.

``data/index.json`` lists every satker and year; ``data/<satker>/<tahun>/``
holds ``capaian.json|csv``, ``anggaran.json|csv`` and ``index.json``. Numbers
are JSON numbers (integers for Rupiah) or decimal strings for exact
percentages, never display text. Keys are sorted so that the same input gives
byte-identical files. Text cells of the CSV files that a spreadsheet would read
as a formula get a leading ``'`` (:mod:`csv_aman`); the JSON keeps the text as is.
"""

from __future__ import annotations

import json
from collections.abc import Container
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..compute.anggaran import BarisAnggaran
from ..compute.capaian import bulatkan
from ..compute.kinerja import BERPREDIKAT, CapaianIndikator, HasilTahun
from ..compute.konsistensi import Selisih
from ..compute.situs import Situs
from ..render.csv_aman import teks_csv
from .alamat import uri_csv, uri_data
from .dip import csv_dip

VERSI = 2  # 2: 'rumus' names the formula, 'catatan' is a code, 'konsistensi' holds values


def _desimal(v: Decimal | None, digit: int = 10) -> str | None:
    """An exact-enough decimal string: 10 places, trailing zeros removed."""
    if v is None:
        return None
    s = format(bulatkan(v, digit).normalize(), "f")
    return s


def _nilai(v: Decimal | str | None) -> str | None:
    if v is None:
        return None
    return format(v.normalize(), "f") if isinstance(v, Decimal) else v


def _rumus(c: CapaianIndikator) -> str | None:
    """Which formula gave the capaian: the polarity (its inputs are the row's target and realisasi)."""
    if c.capaian is not None:
        return c.indikator.polaritas
    return "skala" if c.alasan == BERPREDIKAT else None


def _isi(v: Any) -> Any:
    return _desimal(v) if isinstance(v, Decimal) else v


def rekam_selisih(s: Selisih) -> dict[str, Any]:
    """A consistency note as data: both figures as numbers, the rule as a code with its inputs."""
    return {"sumber": s.sumber, "kolom": s.kolom, "nama": s.nama, "tercetak": _isi(s.tercetak),
            "dihitung": _isi(s.dihitung), "aturan": s.aturan, "alasan": s.alasan, "temuan": s.temuan,
            "masukan": {k: _isi(v) for k, v in s.rumus} or None}


def rekam_indikator(c: CapaianIndikator) -> dict[str, Any]:
    ind = c.indikator
    return {
        "id": ind.id,
        "nama": ind.nama,
        "sasaran": c.sasaran.id,
        "satuan": ind.satuan,
        "polaritas": ind.polaritas,
        "iku": ind.iku,
        "target": _nilai(c.target.nilai) if c.target else None,
        "sumber_target": c.target.sumber if c.target else None,
        "realisasi": _nilai(c.nilai_realisasi),
        "capaian": _desimal(c.capaian),
        "capaian_dibatasi": _desimal(c.capaian_dibatasi),
        "kategori": c.kategori.nama if c.kategori else None,
        "tercapai": c.tercapai,
        "rumus": _rumus(c),
        "catatan": c.alasan,
    }


def rekam_anggaran(b: BarisAnggaran) -> dict[str, Any]:
    return {
        "jenis": b.jenis,
        "kode": b.kode,
        "nama": b.nama,
        "pagu": b.pagu,
        "realisasi": b.realisasi,
        "serapan": _desimal(b.serapan),
        "sisa": b.sisa,
    }


def _json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _csv(rows: list[dict[str, Any]], kolom: list[str]) -> str:
    return teks_csv(kolom, ([("" if r.get(k) is None else r[k]) for k in kolom] for r in rows))


KOLOM_CAPAIAN = ["id", "nama", "sasaran", "satuan", "polaritas", "iku", "target", "sumber_target", "realisasi",
                 "capaian", "capaian_dibatasi", "kategori", "tercapai", "rumus", "catatan"]
KOLOM_ANGGARAN = ["jenis", "kode", "nama", "pagu", "realisasi", "serapan", "sisa"]


def berkas_tahun(situs: Situs, h: HasilTahun) -> dict[str, str]:
    """Relative path -> content for one satker-year."""
    sid, t = h.satker.id, h.tahun
    ind = [rekam_indikator(c) for c in h.indikator.values()]
    ang = [rekam_anggaran(b) for b in (h.anggaran.semua_baris() if h.anggaran else [])]
    if h.anggaran is not None:
        ang.append(rekam_anggaran(h.anggaran.total))
    batas = h.pengaturan.batas_capaian
    ringkas = {
        "satker": sid,
        "tahun": t,
        "batas_capaian": _nilai(batas),
        "iku": {
            "rata_rata": _desimal(h.iku.rata_rata) if h.iku else None,
            "kategori": h.iku.kategori.nama if h.iku and h.iku.kategori else None,
            "jumlah_indikator": len(h.iku.indikator) if h.iku else 0,
        },
        "sasaran": [{"id": k.sasaran.id if k.sasaran else None, "rata_rata": _desimal(k.rata_rata),
                     "kategori": k.kategori.nama if k.kategori else None} for k in h.sasaran],
        "perjanjian": [{"id": p.perjanjian.id, "jenis": p.perjanjian.jenis, "rata_rata": _desimal(p.ringkas.rata_rata),
                        "kategori": p.ringkas.kategori.nama if p.ringkas.kategori else None} for p in h.perjanjian],
        "anggaran": rekam_anggaran(h.anggaran.total) if h.anggaran else None,
        "konsistensi": [rekam_selisih(s) for s in situs.konsistensi(sid, t)],
        "berkas": ["capaian.json", "capaian.csv", "anggaran.json", "anggaran.csv"],
    }
    base = f"{sid}/{t}"
    return {
        f"{base}/index.json": _json(ringkas),
        f"{base}/capaian.json": _json({"satker": sid, "tahun": t, "indikator": ind}),
        f"{base}/capaian.csv": _csv(ind, KOLOM_CAPAIAN),
        f"{base}/anggaran.json": _json({"satker": sid, "tahun": t, "baris": ang}),
        f"{base}/anggaran.csv": _csv(ang, KOLOM_ANGGARAN),
    }


def semua_berkas(situs: Situs) -> dict[str, str]:
    hasil: dict[str, str] = {}
    katalog = []
    for s in situs.satker():
        tahun = sorted(s.tahun)
        katalog.append({"id": s.id, "nama": s.nama, "tingkat": s.profil.data.tingkat if s.profil else None,
                        "provinsi": s.profil.data.provinsi if s.profil else None, "tahun": tahun,
                        "induk": s.profil.data.induk if s.profil else None})
        for t in tahun:
            hasil.update(berkas_tahun(situs, situs.hasil(s.id, t)))
    hasil["index.json"] = _json({"versi": VERSI, "satker": katalog})
    return hasil


def berkas_data(situs: Situs, halaman: Container[str], site_url: str = "", url_folder: bool = True,
                ekspor: bool = True) -> dict[str, str]:
    """Every file of the site's ``data/`` folder, site uri -> text: each satker's DIP as CSV (its links
    need the site's address and page list) and, with ``ekspor``, the open data. The site build and
    ``lakip ekspor`` both write exactly this."""
    hasil = {uri_csv(s.id): csv_dip(situs, s.id, halaman, site_url, url_folder) for s in situs.satker()}
    if ekspor:
        hasil.update((uri_data(rel), isi) for rel, isi in semua_berkas(situs).items())
    return dict(sorted(hasil.items()))


def tulis(berkas: dict[str, str], folder: Path) -> list[Path]:
    """Write ``berkas`` (site uri -> text, as ``berkas_data`` gives) under ``folder`` (the site's root)."""
    out = []
    for uri, isi in sorted(berkas.items()):
        p = folder / uri
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:  # the bytes MkDocs writes: no newline translation
            f.write(isi)
        out.append(p)
    return out
