"""Read a node tree into the dataclasses of ``model.py``, collecting every problem.

The field declarations drive everything: which keys exist, which are required,
how each value is read. A record with a broken required field is dropped (and
reported); the rest of the file is still read so that one run shows every
problem.
"""

from __future__ import annotations

import difflib
import re
from typing import Any, TypeVar

from ..errors import Masalah
from ..model.rekaman import isian_data
from ..model.skema import (
    DaftarDari,
    Jenis,
    PetaTahun,
    Rekaman,
    Tahun,
    Tolak,
    angka_asing,
    bukan_kosong,
    mirip,
)
from ..model.yamlnode import Daftar, Node, Peta, Skalar, jenis_node

T = TypeVar("T")


def ditolak(rekam: Any, nama: str) -> bool:
    """Was field ``nama`` of ``rekam`` written but rejected, wholly or (for a list or
    year map) some of its items, and already reported?

    Later checks use this to stay quiet about a value or an id that is missing
    only because its unreadable text was reported already. A value made
    unreliable by a YAML-level error (its key written twice, an alias) and a
    required list that is missing or empty count as rejected too.
    """
    return f"!{nama}" in getattr(rekam, "posisi", {})


def cacat_yaml(rekam: Any) -> bool:
    """Does ``rekam``, or a record nested in it, hold a value that a YAML-level error
    (a key written twice, an alias) made unreliable? That error is reported already;
    cross-file checks must not report what follows from the value YAML happened to keep.
    """
    return "!!" in getattr(rekam, "posisi", {})


def _tercemar(nilai: Any) -> bool:
    if isinstance(nilai, tuple):
        return any(cacat_yaml(x) for x in nilai)
    return cacat_yaml(nilai)


def _kosong(node: Node) -> bool:
    """An empty value: nothing after the colon, ``~``/``null``, or only quotes (``""``)."""
    if not bukan_kosong(node):
        return True
    return isinstance(node, Skalar) and node.gaya in ("'", '"') and not node.teks.strip()


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
    salah_ketik: dict[str, int] = {}  # field -> line of an unknown key that looks like its misspelling
    for kunci, isi in node.items:
        f = fields.get(kunci.teks)
        if f is None:
            hint = mirip(kunci.teks, list(fields))
            cocok = difflib.get_close_matches(kunci.teks, list(fields), n=1, cutoff=0.6)
            if cocok:
                salah_ketik.setdefault(cocok[0], kunci.baris)
            tempat = f"di '{nama}'" if nama else "di sini"
            saran = hint or "kunci yang dikenal: " + ", ".join(fields)
            masalah.tambah(path, kunci.baris, f"kunci '{kunci.teks}' tidak dikenal {tempat} ({saran})")
            continue
        baris[f.name] = kunci.baris
        if kunci.teks in node.cacat:  # written twice, or an alias: reported by yamlnode
            baris[f"!{f.name}"] = node.cacat[kunci.teks]
            baris.setdefault("!!", node.cacat[kunci.teks])
        if _kosong(isi):
            continue  # an empty value is the same as a missing one
        try:
            nilai[f.name] = _baca_isian(f.metadata["jenis"], isi, path, masalah, f.name)
            if _ada_yang_ditolak(f.metadata["jenis"], isi, nilai[f.name]):
                baris[f"!{f.name}"] = isi.baris
            if isinstance(isi, Peta) and isi.cacat and isinstance(f.metadata["jenis"], PetaTahun):
                baris[f"!{f.name}"] = isi.baris  # a year written twice: YAML kept one of them
                baris.setdefault("!!", isi.baris)
            if _tercemar(nilai[f.name]):
                baris.setdefault("!!", isi.baris)
        except Tolak as t:
            if not isinstance(t, _Diam):  # a nested record reported its own problems
                masalah.tambah(path, t.baris, t.pesan)
            baris[f"!{f.name}"] = t.baris
            if f.metadata["wajib"] and not isinstance(f.metadata["jenis"], DaftarDari):
                gagal = True
    for nama_isian, baris_salah in salah_ketik.items():
        if nama_isian not in baris:  # misspelt, not written: that message says what to write; checks
            baris[f"!{nama_isian}"] = baris_salah  # of this field stay quiet, no 'tidak memuat' besides
    for f in fields.values():
        if not f.metadata["wajib"] or f.name in nilai or gagal:
            continue
        if f"!{f.name}" in baris:  # rejected or unreliable, and reported already
            if not isinstance(f.metadata["jenis"], DaftarDari):
                gagal = True
            continue
        jenis = f.metadata["jenis"]
        tempat = f"'{nama}'" if nama else "front matter"
        if isinstance(jenis, DaftarDari):
            # A required list (paling sedikit satu butir) missing or empty: the record is
            # kept, so that what refers to it is not reported again, and the list is
            # marked so that checks of the items it would hold stay quiet.
            if f.name in baris:
                masalah.tambah(path, baris[f.name], _kurang_butir(f.name, jenis))
            else:
                masalah.tambah(path, node.baris, f"{tempat} tidak memuat '{f.name}' ({f.metadata['doc']}: wajib "
                                                 f"diisi; {_saran_daftar(f.name, jenis, True)})")
            baris[f"!{f.name}"] = baris.get(f.name, node.baris)
            continue
        if f.name in baris:
            masalah.tambah(path, baris[f.name], f"'{f.name}' kosong ({f.metadata['doc']}: wajib diisi)")
        else:
            masalah.tambah(path, node.baris,
                           f"{tempat} tidak memuat '{f.name}' ({f.metadata['doc']}: wajib diisi)")
        gagal = True
    if gagal:
        return None
    return cls(path=path, posisi=baris, **nilai)  # type: ignore[call-arg]  # cls is a Rekam dataclass


def _saran_daftar(nama: str, jenis: DaftarDari, dengan_kunci: bool) -> str:
    """What to write for a required list: (its key, then) items, each with its required fields."""
    isi = ""
    if isinstance(jenis.isi, Rekaman):
        wajib = [f.name for f in isian_data(jenis.isi.cls) if f.metadata["wajib"]]
        if wajib:
            isi = " dan berisi sedikitnya " + ", ".join(wajib)
    awal = f"tulis '{nama}:' lalu butirnya" if dengan_kunci else "tulis butirnya"
    return f"{awal} di baris berikut, masing-masing diawali '- '{isi}"


def _kurang_butir(nama: str, jenis: DaftarDari) -> str:
    return f"'{nama}' harus berisi paling sedikit {jenis.minimal} butir ({_saran_daftar(nama, jenis, False)})"


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
            raise Tolak(_kurang_butir(nama, jenis), node.baris)
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
                # The same key twice was reported by yamlnode; like YAML, keep the last one.
                if tahun in peta and teks_kunci[tahun] != kunci.teks:
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
        saran = angka_asing(kunci.teks.strip())
        if saran is not None:
            tulis = f"tulis {saran}" if saran else "ketik ulang dengan angka 0-9, mis. 2024"
            raise Tolak(f"tahun '{kunci.teks.strip()}' di '{nama}' ditulis dengan angka selain 0-9 ({tulis})",
                        kunci.baris) from None
        if kunci.polos and re.fullmatch(r"\d+(_\d+)+", kunci.teks.strip(), re.ASCII):
            raise Tolak(f"tahun '{kunci.teks.strip()}' di '{nama}' ditulis dengan garis bawah "
                        f"(tulis {kunci.teks.strip().replace('_', '')})", kunci.baris) from None
        raise Tolak(
            f"'{kunci.teks}' di '{nama}' bukan tahun (tulis 'tahun: nilai', mis. 2024: 95; "
            "angka desimal ditulis dengan titik, 85.5, bukan koma)",
            kunci.baris,
        ) from None


class _Diam(Tolak):
    """A nested record already reported its own problems."""

    def __init__(self, baris: int) -> None:
        super().__init__("", baris)

