"""Read a node tree into the dataclasses of ``model.py``, collecting every problem.

The field declarations drive everything: which keys exist, which are required,
how each value is read. A record with a broken required field is dropped (and
reported); the rest of the file is still read so that one run shows every
problem.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from .errors import Masalah
from .skema import DaftarDari, Jenis, PetaTahun, Rekaman, Tahun, Tolak, bukan_kosong, mirip
from .yamlnode import Daftar, Node, Peta, Skalar, jenis_node

T = TypeVar("T")


def ditolak(rekam: Any, nama: str) -> bool:
    """Was field ``nama`` of ``rekam`` written but rejected, wholly or (for a list or
    year map) some of its items, and already reported?

    Later checks use this to stay quiet about a value or an id that is missing
    only because its unreadable text was reported already.
    """
    return f"!{nama}" in getattr(rekam, "posisi", {})


def _kosong(node: Node) -> bool:
    """An empty value: nothing after the colon, ``~``/``null``, or only quotes (``""``)."""
    if not bukan_kosong(node):
        return True
    return isinstance(node, Skalar) and node.gaya in ("'", '"') and not node.teks.strip()


def isian_data(cls: type) -> list[dataclasses.Field[Any]]:
    """The data fields of a record class (those declared with ``isian``)."""
    return [f for f in dataclasses.fields(cls) if "jenis" in f.metadata]


def baca_rekaman(cls: type[T], node: Node, path: str, masalah: Masalah, nama: str = "") -> T | None:
    """Build ``cls`` from a mapping node, or report why not and return None."""
    if not isinstance(node, Peta):
        label = f"'{nama}'" if nama else "front matter"
        contoh = "nama: nilai"
        masalah.tambah(path, node.baris, f"{label} harus berupa pemetaan ({contoh}), bukan {jenis_node(node)}")
        return None
    fields = {f.name: f for f in isian_data(cls)}
    nilai: dict[str, Any] = {}
    baris: dict[str, int] = {"": node.baris}
    gagal = False
    for kunci, isi in node.items:
        f = fields.get(kunci.teks)
        if f is None:
            hint = mirip(kunci.teks, list(fields))
            tempat = f"di '{nama}'" if nama else "di sini"
            saran = hint or "kunci yang dikenal: " + ", ".join(fields)
            masalah.tambah(path, kunci.baris, f"kunci '{kunci.teks}' tidak dikenal {tempat} ({saran})")
            continue
        baris[f.name] = kunci.baris
        if _kosong(isi):
            continue  # an empty value is the same as a missing one
        try:
            nilai[f.name] = _baca_isian(f.metadata["jenis"], isi, path, masalah, f.name)
            if _ada_yang_ditolak(f.metadata["jenis"], isi, nilai[f.name]):
                baris[f"!{f.name}"] = isi.baris
        except Tolak as t:
            if not isinstance(t, _Diam):  # a nested record reported its own problems
                masalah.tambah(path, t.baris, t.pesan)
            baris[f"!{f.name}"] = t.baris
            if f.metadata["wajib"]:
                gagal = True
    for f in fields.values():
        if f.metadata["wajib"] and f.name not in nilai and not gagal:
            if f.name in baris:
                masalah.tambah(path, baris[f.name], f"'{f.name}' kosong ({f.metadata['doc']}: wajib diisi)")
            else:
                tempat = f"'{nama}'" if nama else "front matter"
                masalah.tambah(path, node.baris,
                               f"{tempat} tidak memuat '{f.name}' ({f.metadata['doc']}: wajib diisi)")
            gagal = True
    if gagal:
        return None
    return cls(path=path, posisi=baris, **nilai)


def _ada_yang_ditolak(jenis: Jenis, node: Node, hasil: Any) -> bool:
    """Did reading a list or year map drop some of its items (each already reported)?"""
    if isinstance(jenis, DaftarDari) and isinstance(node, Daftar):
        return len(hasil) < len(node.items)
    if isinstance(jenis, PetaTahun) and isinstance(node, Peta):
        return len(hasil) < sum(1 for _, v in node.items if bukan_kosong(v))
    return False


def _baca_isian(jenis: Jenis, node: Node, path: str, masalah: Masalah, nama: str) -> Any:
    if isinstance(jenis, Rekaman):
        hasil = baca_rekaman(jenis.cls, node, path, masalah, nama)
        if hasil is None:
            raise _Diam(node.baris)
        return hasil
    if isinstance(jenis, DaftarDari):
        if not isinstance(node, Daftar):
            raise Tolak(f"'{nama}' harus berupa daftar (setiap butir diawali '- '), bukan {jenis_node(node)}",
                        node.baris)
        hasil_list = []
        for butir in node.items:
            try:
                v = _baca_isian(jenis.isi, butir, path, masalah, nama)
            except _Diam:
                continue
            except Tolak as t:
                masalah.tambah(path, t.baris, t.pesan)
                continue
            hasil_list.append(v)
        if len(node.items) < jenis.minimal:
            raise Tolak(f"'{nama}' harus berisi paling sedikit {jenis.minimal} butir "
                        "(tulis butirnya di baris berikut, masing-masing diawali '- ')", node.baris)
        return tuple(hasil_list)
    if isinstance(jenis, PetaTahun):
        if not isinstance(node, Peta):
            raise Tolak(f"'{nama}' harus berupa pemetaan tahun ke nilai (mis. 2024: 95), bukan {jenis_node(node)}",
                        node.baris)
        peta: dict[int, Any] = {}
        teks_kunci: dict[int, str] = {}
        for kunci, isi in node.items:
            try:
                tahun = _baca_tahun_kunci(kunci, nama)
                if not bukan_kosong(isi):
                    continue
                if tahun in peta:
                    if teks_kunci[tahun] == kunci.teks:
                        continue  # the same key twice: yamlnode reported it already
                    raise Tolak(f"tahun {tahun} ditulis dua kali di '{nama}' (hapus salah satu)", kunci.baris)
                teks_kunci[tahun] = kunci.teks
                peta[tahun] = jenis.isi.baca(isi, f"{nama} tahun {tahun}")
            except Tolak as t:
                masalah.tambah(path, t.baris, t.pesan)
        return peta
    return jenis.baca(node, nama)


def _baca_tahun_kunci(kunci: Skalar, nama: str) -> int:
    try:
        return Tahun().baca(kunci, f"tahun di '{nama}'")
    except Tolak:
        raise Tolak(
            f"'{kunci.teks}' di '{nama}' bukan tahun (tulis 'tahun: nilai', mis. 2024: 95; "
            "angka desimal ditulis dengan titik, 85.5, bukan koma)",
            kunci.baris,
        ) from None


class _Diam(Tolak):
    """A nested record already reported its own problems."""

    def __init__(self, baris: int) -> None:
        super().__init__("", baris)

