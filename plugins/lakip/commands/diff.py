"""``lakip diff``: what a change to the data does to the published numbers, in words.

A pull request shows which lines of YAML changed; a reviewer (the satker's
sekretaris, the ketua) needs to know what that means on the site: which
realisasi, target, capaian and category, which budget line, serapan and total,
which IKU mean. This module loads the ``satker/`` folder at two git revisions
(``git archive``), computes every satker-year with :func:`hitung.hitung_tahun`
and describes the differences, e.g.::

    Kab. Tanah Bumbu 2024, IK2.1 (Persentase pemilih ...): realisasi 0,15% → 0%,
    capaian 106,25% → 200,00% (Sangat Berhasil → Sangat Berhasil)

Output is plain text (one line per change) or Markdown for a pull-request
comment (a heading per satker-year, one bullet per change). Data that does not
pass ``lakip check`` is still compared as far as it loads, with one line saying
so per revision.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..bangun import baca
from ..compute.anggaran import BarisAnggaran, HasilAnggaran
from ..compute.kinerja import CapaianIndikator, HasilTahun, hitung_tahun
from ..compute.pengaturan import Pengaturan, pengaturan_mkdocs
from ..errors import GagalDiff, Masalah
from ..model.satker import Data, Satker
from ..render.format import angka, persen, rupiah
from .diff_cetak import perubahan_selisih, perubahan_tercetak

__all__ = ["GagalDiff", "Perubahan", "Revisi", "bandingkan", "diff_git", "diff_revisi", "muat_revisi", "nama_pendek",
           "tulis"]

PANAH = "→"
KOSONG = "kosong"
TANPA = "–"
SAMA = "Tidak ada perubahan angka."
POHON_KERJA = ""  # revision name meaning "the files as they are now"


# ---------------------------------------------------------------- loading a revision

@dataclass
class Revisi:
    """The data of one revision, loaded and checked."""

    nama: str  # as given by the user ('' = working tree)
    sha: str
    data: Data
    masalah: Masalah
    pengaturan: Pengaturan
    ada_folder: bool = True

    @property
    def label(self) -> str:
        if not self.nama:
            return "folder kerja"
        return self.nama if not self.sha or self.sha.startswith(self.nama) else f"{self.nama} ({self.sha[:7]})"


def _git(args: list[str], cwd: Path, biner: bool = False) -> subprocess.CompletedProcess[Any]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False, text=not biner)
    except OSError as exc:
        raise GagalDiff(f"git tidak dapat dijalankan ({exc.strerror}); pasang git lebih dulu") from None


def akar_git(cwd: Path) -> Path:
    hasil = _git(["rev-parse", "--show-toplevel"], cwd)
    if hasil.returncode != 0:
        raise GagalDiff(f"{cwd} bukan bagian dari repositori git (lakip diff membandingkan dua revisi git)")
    return Path(hasil.stdout.strip()).resolve()


def _sha(rev: str, akar: Path) -> str:
    hasil = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], akar)
    if hasil.returncode != 0 or not hasil.stdout.strip():
        raise GagalDiff(f"revisi '{rev}' tidak dikenal git (periksa nama cabang atau commit; untuk cabang di "
                        "GitHub Actions perlu checkout dengan fetch-depth: 0)")
    return str(hasil.stdout.strip())


def _ekstrak(rev: str, rel: str, akar: Path, tujuan: Path) -> bool:
    """Extract ``rel`` at ``rev`` under ``tujuan``; False when the revision has no such folder."""
    hasil = _git(["archive", "--format=tar", rev, "--", rel], akar, biner=True)
    if hasil.returncode != 0:
        return False
    with tarfile.open(fileobj=io.BytesIO(hasil.stdout)) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(tujuan, filter="data")
        else:  # pragma: no cover - Python < 3.11.4
            tar.extractall(tujuan)
    return True


def muat_revisi(rev: str, folder: Path, akar: Path | None = None) -> Revisi:
    """Load and check ``folder`` as it is at git revision ``rev`` ('' = the working tree)."""
    folder = Path(folder)
    akar = akar or akar_git(folder if folder.is_dir() else Path.cwd())
    try:
        rel = folder.resolve().relative_to(akar).as_posix()
    except ValueError:
        raise GagalDiff(f"folder {folder} berada di luar repositori git {akar}") from None
    tampil = str(folder)
    if not rev:
        mk = akar / "mkdocs.yml"
        data, masalah = baca(folder, tampil)
        teks = mk.read_text(encoding="utf-8") if mk.is_file() else None
        return Revisi("", "", data, masalah, pengaturan_mkdocs(teks), folder.is_dir())
    sha = _sha(rev, akar)
    konfigurasi = _git(["show", f"{sha}:mkdocs.yml"], akar)
    pengaturan = pengaturan_mkdocs(konfigurasi.stdout if konfigurasi.returncode == 0 else None)
    with tempfile.TemporaryDirectory(prefix="lakip-diff-") as tmp:
        ada = _ekstrak(sha, rel, akar, Path(tmp))
        if not ada:
            return Revisi(rev, sha, Data(Path(tmp) / rel), Masalah(), pengaturan, False)
        data, masalah = baca(Path(tmp) / rel, tampil)
    return Revisi(rev, sha, data, masalah, pengaturan, True)


# ---------------------------------------------------------------- describing values

def nama_pendek(nama: str) -> str:
    """'KPU Kabupaten Tanah Bumbu' -> 'Kab. Tanah Bumbu'; 'KPU Kota Banjarbaru' -> 'Kota Banjarbaru'."""
    s = re.sub(r"^(KPU|Komisi Pemilihan Umum)\s+", "", nama.strip())
    if s in ("RI", "Republik Indonesia") or not s:
        return "KPU RI"
    s = re.sub(r"^Kabupaten\s+", "Kab. ", s)
    s = re.sub(r"^Provinsi\s+", "Prov. ", s)
    return s


def _nilai(v: Decimal | str | None, satuan: str = "") -> str:
    if v is None:
        return KOSONG
    if isinstance(v, Decimal):
        teks = angka(v)
        if satuan.strip() == "%":  # one number style (render.format): the percent sign joined to its number
            return f"{teks}%"
        return f"{teks} {satuan}".strip() if satuan and satuan.lower() != "predikat" else teks
    return v


def _kategori(c: CapaianIndikator | None) -> str:
    if c is None:
        return TANPA
    if c.tercapai is not None:
        return "tercapai" if c.tercapai else "tidak tercapai"
    return c.kategori.nama if c.kategori else TANPA


def _sama_nilai(a: Decimal | str | None, b: Decimal | str | None) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a == b
    return a == b


def _uang(v: int | None) -> str:
    return rupiah(v) if v is not None else KOSONG


def _ringkas_indikator(c: CapaianIndikator) -> str:
    bagian = [f"target {_nilai(c.target.nilai if c.target else None, c.indikator.satuan)}",
              f"realisasi {_nilai(c.nilai_realisasi, c.indikator.satuan)}"]
    if c.capaian is not None:
        bagian.append(f"capaian {persen(c.capaian)} ({_kategori(c)})")
    elif c.tercapai is not None:
        bagian.append(_kategori(c))
    return ", ".join(bagian)


# ---------------------------------------------------------------- comparing

@dataclass
class Perubahan:
    """Changes of one satker (tahun None: the satker itself) or one satker-year."""

    sid: str
    nama: str
    tahun: int | None
    baris: list[str] = field(default_factory=list)

    @property
    def judul(self) -> str:
        return f"{self.nama} {self.tahun}" if self.tahun is not None else self.nama


def _indikator(a: CapaianIndikator | None, b: CapaianIndikator | None) -> list[str]:
    if a is None and b is None:
        return []
    if a is None:
        assert b is not None
        return [f"{b.indikator.id} ({b.indikator.nama}): indikator baru, {_ringkas_indikator(b)}"]
    if b is None:
        return [f"{a.indikator.id} ({a.indikator.nama}): indikator dihapus (sebelumnya {_ringkas_indikator(a)})"]
    ia, ib = a.indikator, b.indikator
    hasil = []
    if ia.nama != ib.nama:
        hasil.append(f"{ib.id}: nama indikator diubah dari “{ia.nama}” menjadi “{ib.nama}”")
    bagian = []
    if ia.satuan != ib.satuan:
        bagian.append(f"satuan {ia.satuan} {PANAH} {ib.satuan}")
    if ia.polaritas != ib.polaritas:
        bagian.append(f"polaritas {ia.polaritas} {PANAH} {ib.polaritas}")
    if ia.iku != ib.iku:
        bagian.append("kini termasuk IKU" if ib.iku else "tidak lagi termasuk IKU")
    ta = a.target.nilai if a.target else None
    tb = b.target.nilai if b.target else None
    if not _sama_nilai(ta, tb):
        bagian.append(f"target {_nilai(ta, ia.satuan)} {PANAH} {_nilai(tb, ib.satuan)}")
    if not _sama_nilai(a.nilai_realisasi, b.nilai_realisasi):
        bagian.append(f"realisasi {_nilai(a.nilai_realisasi, ia.satuan)} {PANAH} {_nilai(b.nilai_realisasi, ib.satuan)}")
    ka, kb = _kategori(a), _kategori(b)
    if a.capaian is not None or b.capaian is not None:
        pa, pb = persen(a.capaian), persen(b.capaian)
        if pa != pb or ka != kb:
            bagian.append(f"capaian {pa} {PANAH} {pb} ({ka} {PANAH} {kb})")
    elif ka != kb:
        bagian.append(f"{ka} {PANAH} {kb}")
    if bagian:
        hasil.append(f"{ib.id} ({ib.nama}): " + ", ".join(bagian))
    return hasil


def _iku(a: HasilTahun | None, b: HasilTahun | None) -> list[str]:
    ra = a.iku.rata_rata if a is not None and a.iku is not None else None
    rb = b.iku.rata_rata if b is not None and b.iku is not None else None
    if ra is None and rb is None:
        return []
    ka = a.iku.kategori.nama if a is not None and a.iku is not None and a.iku.kategori else TANPA
    kb = b.iku.kategori.nama if b is not None and b.iku is not None and b.iku.kategori else TANPA
    if persen(ra) == persen(rb) and ka == kb:
        return []
    return [f"rata-rata capaian IKU {persen(ra)} {PANAH} {persen(rb)} ({ka} {PANAH} {kb})"]


_JENIS = {"program": "program", "kegiatan": "kegiatan", "ro": "RO", "belanja": "belanja"}


def _baris_anggaran(h: HasilAnggaran | None) -> dict[tuple[str, str], BarisAnggaran]:
    hasil: dict[tuple[str, str], BarisAnggaran] = {}
    if h is None:
        return hasil
    for b in [*h.program, *h.belanja]:
        kunci = (b.jenis, b.kode or b.nama)
        n = 2
        while kunci in hasil:
            kunci = (b.jenis, f"{b.kode or b.nama}#{n}")
            n += 1
        hasil[kunci] = b
    return hasil


def _label_anggaran(b: BarisAnggaran) -> str:
    if b.jenis == "total":
        return "jumlah anggaran"
    kode = f"{b.kode} " if b.kode else ""
    return f"anggaran {_JENIS.get(b.jenis, b.jenis)} {kode}({b.nama})"


def _ringkas_anggaran(b: BarisAnggaran) -> str:
    bagian = [f"pagu {_uang(b.pagu)}"]
    if b.realisasi is not None:
        bagian.append(f"realisasi {_uang(b.realisasi)}")
    if b.serapan is not None:
        bagian.append(f"serapan {persen(b.serapan)}")
    return ", ".join(bagian)


def _satu_anggaran(a: BarisAnggaran | None, b: BarisAnggaran | None) -> list[str]:
    if a is None and b is None:
        return []
    if a is None:
        assert b is not None
        return [f"{_label_anggaran(b)} ditambahkan: {_ringkas_anggaran(b)}"]
    if b is None:
        return [f"{_label_anggaran(a)} dihapus (sebelumnya {_ringkas_anggaran(a)})"]
    bagian = []
    if a.nama != b.nama and b.jenis != "total":
        bagian.append(f"nama “{a.nama}” {PANAH} “{b.nama}”")
    if a.pagu != b.pagu:
        bagian.append(f"pagu {_uang(a.pagu)} {PANAH} {_uang(b.pagu)}")
    if a.realisasi != b.realisasi:
        bagian.append(f"realisasi {_uang(a.realisasi)} {PANAH} {_uang(b.realisasi)}")
    if persen(a.serapan) != persen(b.serapan):
        bagian.append(f"serapan {persen(a.serapan)} {PANAH} {persen(b.serapan)}")
    if not bagian:
        return []
    return [f"{_label_anggaran(b)}: " + ", ".join(bagian)]


def _anggaran(a: HasilAnggaran | None, b: HasilAnggaran | None) -> list[str]:
    ba, bb = _baris_anggaran(a), _baris_anggaran(b)
    hasil: list[str] = []
    for kunci in [*bb, *(k for k in ba if k not in bb)]:
        hasil += _satu_anggaran(ba.get(kunci), bb.get(kunci))
    ta = a.total if a is not None and a.total.pagu is not None else None
    tb = b.total if b is not None and b.total.pagu is not None else None
    return hasil + _satu_anggaran(ta, tb)


def _tahun(sa: Satker | None, sb: Satker | None, tahun: int, pa: Pengaturan, pb: Pengaturan) -> list[str]:
    ha = hitung_tahun(sa, tahun, pa) if sa is not None and tahun in sa.tahun else None
    hb = hitung_tahun(sb, tahun, pb) if sb is not None and tahun in sb.tahun else None
    if hb is None:
        return ["tahun ini dihapus"]
    hasil = ["tahun baru"] if ha is None else []
    ia = ha.indikator if ha is not None else {}
    for kode in [*hb.indikator, *(k for k in ia if k not in hb.indikator)]:
        hasil += _indikator(ia.get(kode), hb.indikator.get(kode))
    hasil += _iku(ha, hb)
    hasil += _anggaran(ha.anggaran if ha is not None else None, hb.anggaran)
    hasil += perubahan_tercetak(sa.tahun.get(tahun) if sa is not None else None, sb.tahun.get(tahun) if sb else None)
    hasil += perubahan_selisih(ha, hb)
    return hasil


def bandingkan(a: Revisi, b: Revisi) -> list[Perubahan]:
    """Every change from ``a`` to ``b``, satker by satker (id order), year by year."""
    hasil: list[Perubahan] = []
    for sid in sorted(set(a.data.satker) | set(b.data.satker)):
        sa, sb = a.data.satker.get(sid), b.data.satker.get(sid)
        nama = nama_pendek((sb or sa).nama)  # type: ignore[union-attr]
        if sa is None or sb is None:
            folder = f"folder {sid}"
            hasil.append(Perubahan(sid, nama, None, [f"satker baru ({folder})" if sa is None
                                                     else f"satker dihapus ({folder})"]))
            if sb is None:
                continue
        elif sa.nama != sb.nama:
            hasil.append(Perubahan(sid, nama, None, [f"nama satker diubah dari “{sa.nama}” menjadi “{sb.nama}”"]))
        tahun_a = set(sa.tahun) if sa is not None else set()
        for tahun in sorted(tahun_a | set(sb.tahun)):
            baris = _tahun(sa, sb, tahun, a.pengaturan, b.pengaturan)
            if baris:
                hasil.append(Perubahan(sid, nama, tahun, baris))
    return hasil


# ---------------------------------------------------------------- writing

def _catatan(r: Revisi) -> Iterator[str]:
    if not r.ada_folder:
        yield f"Catatan: folder data tidak ada di {r.label}."
    elif r.masalah:
        n = len(r.masalah.urut())
        yield (f"Catatan: data di {r.label} memuat {n} masalah (jalankan lakip check untuk rinciannya); "
               "yang dapat dibaca tetap dibandingkan.")


def tulis(a: Revisi, b: Revisi, perubahan: list[Perubahan], format: str = "teks") -> str:
    """The report: 'teks' (one line per change) or 'markdown' (for a pull-request comment).

    The lines of :class:`Perubahan` are plain text that mixes words of this module with
    strings from the data (names, ids, predikat values), which anyone who can open a pull
    request writes. So each line goes out whole through :func:`_satu_baris` (teks) or
    :func:`_md` (markdown), and headings, bullets and quotes come only from the code here.
    """
    catatan = [*_catatan(a), *_catatan(b)]
    if format == "markdown":
        keluar = [f"## Perubahan angka: {_kode(a.label)} {PANAH} {_kode(b.label)}", ""]
        for c in catatan:
            keluar += [f"> {_md(c)}", ""]
        if not perubahan:
            keluar.append(SAMA)
        for p in perubahan:
            keluar += [f"### {_md(p.judul)}", "", *(f"- {_md(x)}" for x in p.baris), ""]
        return "\n".join(keluar).rstrip("\n") + "\n"
    keluar = [_satu_baris(c) for c in catatan]
    if not perubahan:
        keluar.append(SAMA)
    for p in perubahan:
        pemisah = ", " if p.tahun is not None else ": "
        keluar += [_satu_baris(f"{p.judul}{pemisah}{x}") for x in p.baris]
    return "\n".join(keluar) + "\n"


# Bidirectional overrides and isolates can make a line read differently from what it says.
_KENDALI = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPASI = re.compile(r"\s+")  # str patterns: CR, LF, U+2028/2029, NBSP, ... are all whitespace


def _satu_baris(teks: str) -> str:
    """One line of plain text: any whitespace (line breaks included) becomes one space.

    A data string must not start a new line of the report, nor move the terminal's cursor.
    """
    return _SPASI.sub(" ", _KENDALI.sub("", teks)).strip()


# GFM punctuation that opens or closes inline markup anywhere in a line: code, emphasis,
# strikethrough, links and images, table cells, math ('$', on GitHub) and '#' (a heading's
# closing sequence). '<', '>' and '&' become entities instead: '<' opens HTML and comments,
# and an escaped '&' lets a literal '&lt;' in the data show as written.
_TANDA_MD = re.compile(r"([\\`*_~\[\]|#$])")
_ENTITAS = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# At the start of a bullet's text these open a nested block: a list ('-', '+', '1.', '1)'),
# a thematic break ('---'), a setext underline ('===').
_AWAL_BLOK = re.compile(r"^(?:[-+=]|\d+[.)])")
# GitHub turns '@name' into a mention (a notification) and '#12', 'GH-12' into a link and a
# back-reference on that issue even when the character was escaped, because it reads the
# rendered text; a zero-width space after the sign keeps the text as it looks.
_RUJUKAN = re.compile(r"(@|#|\bGH-)(?=\w)", re.IGNORECASE)
_ZWSP = "\u200b"


def _md(teks: str) -> str:
    """A plain text as Markdown text that renders exactly as written, on one line, with no markup."""
    teks = _satu_baris(teks)
    teks = re.sub(r"[&<>]", lambda m: _ENTITAS[m.group()], teks)
    teks = _TANDA_MD.sub(r"\\\1", teks)
    awal = _AWAL_BLOK.match(teks)
    if awal:
        teks = f"{teks[:awal.end() - 1]}\\{teks[awal.end() - 1:]}"
    return _RUJUKAN.sub(lambda m: m.group() + _ZWSP, teks)


def _kode(teks: str) -> str:
    """A code span whose fence is longer than any run of backticks in ``teks`` (a branch name may have some)."""
    teks = _satu_baris(teks)
    pagar = "`" * (max((len(r) for r in re.findall(r"`+", teks)), default=0) + 1)
    spasi = " " if teks.startswith("`") or teks.endswith("`") else ""
    return f"{pagar}{spasi}{teks}{spasi}{pagar}"


def diff_git(rev_a: str, rev_b: str, folder: Path, format: str = "teks") -> str:
    """``lakip diff``: the report from ``rev_a`` to ``rev_b`` ('' = the working tree)."""
    return diff_revisi(rev_a, rev_b, folder, format)[0]


def diff_revisi(rev_a: str, rev_b: str, folder: Path, format: str = "teks") -> tuple[str, Masalah]:
    """The report, and the problems of the revision compared to (``lakip diff`` exits non-zero on them:
    a change that breaks the data is not one to merge)."""
    folder = Path(folder)
    akar = akar_git(folder if folder.is_dir() else Path.cwd())
    a = muat_revisi(rev_a, folder, akar)
    b = muat_revisi(rev_b, folder, akar)
    return tulis(a, b, bandingkan(a, b), format), b.masalah
