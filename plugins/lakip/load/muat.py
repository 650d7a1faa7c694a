"""Read a ``satker/`` folder into the model, collecting every problem.

Layout (one folder per satker; the folder name is the satker id)::

    satker/<id>/profil.md
    satker/<id>/renstra-2020-2024.md
    satker/<id>/<tahun>/pk.md | realisasi.md | anggaran.md | lkj.md
    satker/<id>/<tahun>/dokumen/...     (published PDFs, not parsed)

Parsing one file is cached by (size, mtime) so that ``mkdocs serve`` re-reads
only what changed. Cross-file checks live in ``check/``.

No symbolic link inside the data folder is followed: a satker folder, data file,
folder or document that is a link is reported (line 1) and neither read nor
published, since a link can point at any file of the machine that builds the site.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Collection
from pathlib import Path

from ..errors import LakipError, Masalah
from ..model.rekaman import (
    JENIS_BERKAS,
    Profil,
    Renstra,
    isian_data,
)
from ..model.satker import Berkas, Data, R, Satker, Tahunan
from ..model.yamlnode import baca_yaml
from .cache import Cache
from .frontmatter import baca_berkas
from .validasi import baca_rekaman

NAMA_TAHUNAN = ("pk", "realisasi", "anggaran", "lkj")
_ID_SATKER = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_RENSTRA = re.compile(r"renstra-([0-9]{4})-([0-9]{4})\.md")


def _tampil(root_tampil: str, *parts: str) -> str:
    return "/".join([root_tampil.rstrip("/"), *parts]) if root_tampil else "/".join(parts)


def baca_data_berkas(cls: type[R], path: Path, tampil: str, cache: Cache | None = None
                     ) -> tuple[Berkas[R] | None, list[LakipError]]:
    """Read one data file into a ``Berkas`` of ``cls``."""
    try:
        st = path.stat()
        kunci = (st.st_size, st.st_mtime_ns)
    except OSError:
        kunci = (-1, -1)
    if cache is not None:
        hit = cache.ambil(path, kunci)
        if hit is not None:
            return hit[0], hit[1]
    masalah = Masalah()
    hasil: Berkas[R] | None = None
    pecahan, err = baca_berkas(path, tampil)
    if err:
        masalah.items.append(err)
    elif pecahan is not None:
        node, errs = baca_yaml(pecahan.yaml, tampil, pecahan.yaml_baris)
        masalah.items.extend(errs)
        if node is None and not errs:
            isian = isian_data(cls)
            wajib = [f.name for f in isian if f.metadata["wajib"]]
            contoh = f"sedikitnya {', '.join(wajib)}" if wajib else f"mis. {isian[0].name}: ..." if isian else "datanya"
            masalah.tambah(tampil, 1, f"front matter kosong (tulis datanya di antara kedua baris '---', {contoh})")
        elif node is not None:
            data = baca_rekaman(cls, node, tampil, masalah)
            if data is not None:
                hasil = Berkas(tampil, data, pecahan.body, pecahan.body_baris)
    if cache is not None:
        cache.simpan(path, kunci, hasil, masalah.items)
        cache.dibaca += 1
    return hasil, list(masalah.items)


def muat(folder: Path, tampil: str | None = None, cache: Cache | None = None,
         hanya: Collection[str] | None = None, lewati: Collection[str] = ()) -> tuple[Data, Masalah]:
    """Read every satker under ``folder``. Problems are returned, never raised.

    With ``hanya``, only those satker and the ones under them (``induk``, at any depth)
    are read; of the others only ``profil.md``, to follow ``induk``. A one-satker
    site then reads its own files, not the whole country's. Satker in ``lewati``
    are not read at all (``lakip check`` knows them clean); both kinds count as
    existing for ``induk``.
    """
    folder = Path(folder)
    root_tampil = tampil if tampil is not None else str(folder)
    data = Data(folder)
    masalah = Masalah()
    if not folder.is_dir():
        masalah.tambah(root_tampil, 1, "folder data satker tidak ditemukan (buat folder satker/ atau sebutkan foldernya)")
        return data, masalah
    if (folder / "profil.md").is_file():  # one satker's folder given directly
        _muat_satker(folder.resolve() if folder.name in ("", ".") else folder, root_tampil, data, masalah, cache)
        return data, masalah
    # The data folder itself may be a link (a test project, a checkout elsewhere); nothing in it may be:
    # a link is followed to wherever it points on the build machine, and its target is then published.
    subs = [sub for sub in sorted(folder.iterdir()) if not sub.name.startswith(".")]
    tautan = {sub.name for sub in subs if sub.is_symlink()}
    if hanya:
        pilih = _pilih_satker([sub for sub in subs if sub.is_dir() and sub.name not in tautan], set(hanya), cache)
        data.lain = {sub.name for sub in subs if sub.is_dir() and sub.name not in pilih}
        subs = [sub for sub in subs if sub.name in pilih]
    if lewati:
        data.lain |= {sub.name for sub in subs if sub.is_dir() and sub.name in lewati}
        for sub in subs:
            # the check's cache fingerprints data files, not links: a skipped satker is still searched for them
            if sub.name in lewati and sub.name not in tautan:
                _periksa_tautan(sub, _tampil(root_tampil, sub.name), masalah)
        subs = [sub for sub in subs if sub.name not in lewati or sub.name in tautan]
    for sub in subs:
        if sub.name in tautan:
            masalah.tambah(_tampil(root_tampil, sub.name), 1, _pesan_tautan(sub, folder_satker=True))
            if sub.is_dir():  # it exists: an 'induk' naming it gets this message, not a second one
                data.lain.add(sub.name)
            continue
        if not sub.is_dir():
            if sub.is_file() and sub.suffix == ".md":
                masalah.tambah(_tampil(root_tampil, sub.name), 1,
                               "berkas data harus berada di folder satker (pindahkan ke satker/<id-satker>/)")
            continue
        _muat_satker(sub, _tampil(root_tampil, sub.name), data, masalah, cache)
    return data, masalah


def _pilih_satker(folders: list[Path], hanya: set[str], cache: Cache | None) -> set[str]:
    """``hanya`` and every satker whose chain of ``induk`` reaches one of them."""
    induk: dict[str, str] = {}
    for f in folders:
        if f.name not in hanya and (f / "profil.md").is_file() and not (f / "profil.md").is_symlink():
            b, _ = baca_data_berkas(Profil, f / "profil.md", str(f / "profil.md"), cache)
            if b is not None and b.data.induk:
                induk[f.name] = b.data.induk
    pilih = set(hanya)
    for sid in induk:
        rantai, cur = set(), sid
        while cur in induk and cur not in rantai and cur not in pilih:
            rantai.add(cur)
            cur = induk[cur]
        if cur in pilih:
            pilih |= rantai
    return pilih


def _pesan_tautan(path: Path, folder_satker: bool = False) -> str:
    if folder_satker:
        return (f"folder satker '{path.name}' adalah tautan simbolik (symlink) dan tidak dibaca "
                "(ganti dengan folder biasa berisi berkas-berkasnya)")
    apa = "folder" if path.is_dir() else "berkas"
    return (f"{apa} '{path.name}' adalah tautan simbolik (symlink) dan tidak dibaca maupun diterbitkan "
            f"(ganti dengan {apa} aslinya, bukan tautannya)")


def _periksa_tautan(folder: Path, tampil: str, masalah: Masalah) -> None:
    """Report every symbolic link anywhere under a satker folder, without following any.

    Hidden names too: a published document may sit in any folder of the satker.
    """
    try:
        isi = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for e in isi:
        t = _tampil(tampil, e.name)
        if e.is_symlink():
            masalah.tambah(t, 1, _pesan_tautan(Path(e.path)))
        elif e.is_dir(follow_symlinks=False):
            _periksa_tautan(Path(e.path), t, masalah)


def _muat_satker(folder: Path, tampil: str, data: Data, masalah: Masalah, cache: Cache | None) -> None:
    sid = folder.name
    if folder.is_symlink():
        masalah.tambah(tampil, 1, _pesan_tautan(folder, folder_satker=True))
        return
    if not _ID_SATKER.fullmatch(sid):
        masalah.tambah(tampil, 1, f"nama folder satker '{sid}' tidak sah (huruf kecil, angka dan '-', "
                                  f"mis. {re.sub(r'[^a-z0-9]+', '-', sid.lower()).strip('-') or 'kab-contoh'})")
        return
    satker = Satker(sid, folder, tampil)
    _periksa_tautan(folder, tampil, masalah)
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        nama = item.name
        t = _tampil(tampil, nama)
        if nama.startswith(".") or item.is_symlink():  # a link: reported above, never read
            continue
        if item.is_dir():
            if re.fullmatch(r"[0-9]{4}", nama):
                _muat_tahun(item, t, satker, masalah, cache)
            elif nama not in ("dokumen", "gambar"):
                masalah.tambah(t, 1, f"folder '{nama}' tidak dikenal (folder tahun ditulis 4 angka, mis. 2024)")
            continue
        if nama == "profil.md":
            b, errs = baca_data_berkas(Profil, item, t, cache)
            masalah.items.extend(errs)
            satker.profil = b
        elif m := _RENSTRA.fullmatch(nama):
            mulai, selesai = int(m[1]), int(m[2])
            if not (mulai < selesai <= mulai + 9):
                masalah.tambah(t, 1, f"periode Renstra {mulai}-{selesai} tidak masuk akal "
                                     "(nama berkas renstra-AWAL-AKHIR.md, mis. renstra-2020-2024.md)")
                continue
            rb, errs = baca_data_berkas(Renstra, item, t, cache)
            masalah.items.extend(errs)
            if rb is not None:
                object.__setattr__(rb.data, "mulai", mulai)
                object.__setattr__(rb.data, "selesai", selesai)
                satker.renstra.append(rb)
        elif nama.endswith(".md"):
            masalah.tambah(t, 1, f"berkas '{nama}' tidak dikenal di folder satker "
                                 "(yang dikenal: profil.md, renstra-AWAL-AKHIR.md, folder tahun)")
    if satker.profil is None and not (folder / "profil.md").exists():
        masalah.tambah(_tampil(tampil, "profil.md"), 1,
                       "satker tidak punya profil.md (buat berkasnya berisi sedikitnya nama, tingkat dan provinsi)")
    data.satker[sid] = satker


def _muat_tahun(folder: Path, tampil: str, satker: Satker, masalah: Masalah, cache: Cache | None) -> None:
    tahun = int(folder.name)
    th = Tahunan(tahun, tampil)
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        nama = item.name
        t = _tampil(tampil, nama)
        if item.is_symlink():  # reported with the satker folder, never read
            continue
        if nama.startswith(".") or item.is_dir():
            if item.is_dir() and nama not in ("dokumen", "gambar") and not nama.startswith("."):
                masalah.tambah(t, 1, f"folder '{nama}' tidak dikenal (dokumen PDF disimpan di folder dokumen/)")
            continue
        stem = nama.removesuffix(".md")
        if nama.endswith(".md") and stem in NAMA_TAHUNAN:
            b, errs = baca_data_berkas(JENIS_BERKAS[stem], item, t, cache)
            masalah.items.extend(errs)
            setattr(th, stem, b)
        elif nama.endswith(".md"):
            cocok = difflib.get_close_matches(stem, NAMA_TAHUNAN, n=1, cutoff=0.6)
            hint = f"maksud Anda '{cocok[0]}.md'?" if cocok else ""
            masalah.tambah(t, 1, f"berkas '{nama}' tidak dikenal di folder tahun "
                                 f"({hint or 'yang dikenal: ' + ', '.join(f'{n}.md' for n in NAMA_TAHUNAN)})")
    satker.tahun[tahun] = th


def path_relatif(path: Path) -> str:
    """A path as the user would type it from the current folder."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
