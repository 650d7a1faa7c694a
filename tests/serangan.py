"""Payloads an attacker would put in satker data, and a mutator that puts them everywhere.

``suntik_teks`` writes a payload into every free-text field of every data file
of a copy of ``satker/`` (names, sasaran, indicator names, budget lines,
officials, documents, ...): data that ``lakip check`` accepts, which every page
must show as text. ``suntik_narasi`` writes them into every Markdown body and
every ``analisis``: ``lakip check`` refuses what would not be published as
written, and the page sanitiser must still hold if the check were bypassed.
Each payload sets ``window.__xss`` (or calls ``alert``) if it ever runs.
"""

from __future__ import annotations

import re
from pathlib import Path

PAYLOAD = (
    "x</title><script>window.__xss=1</script>",
    "<img src=x onerror=window.__xss=2>",
    "<svg onload=window.__xss=3>",
    "<iframe src=javascript:window.__xss=4></iframe>",
    "<details open ontoggle=window.__xss=5>",
    "[klik](javascript:window.__xss=6)",
    "teks {: onclick=window.__xss=7 tabindex=1 }",
    "</textarea><script>window.__xss=8</script>",
    "&lt;script&gt;window.__xss=9&lt;/script&gt;",
    "&#x3C;img src=x onerror=window.__xss=10&#x3E;",
    "\" onmouseover=\"window.__xss=11",
    "' onfocus='window.__xss=12' autofocus x='",
    "<a href=\"jav&#x09;ascript:window.__xss=13\">a</a>",
    "![x](https://evil.example/x.png)",
    "</style><script>window.__xss=14</script>",
    "javascript:window.__xss=15",
    "<object data=javascript:window.__xss=16></object>",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=17>",
    "[a](JaVaScRiPt:window.__xss=18) [b](data:text/html,<script>window.__xss=19</script>)",
    "<style>body{display:none}</style>",
    "*tebal* `<script>window.__xss=20</script>` {#id .kelas onclick=window.__xss=21}",
    "]]><!--<script>window.__xss=22</script>-->",
    "</script><script>window.__xss=23</script>",
    "[x]: javascript:window.__xss=24\n",
    "<a href=x onclick=window.__xss=25>a</a>",
    "\u2028<script>window.__xss=26</script>",
)

# free-text fields whose value is compared, looked up or parsed (units, grade words, file paths,
# enumerations): a payload there is refused by lakip check for another reason, or changes a figure
_BUKAN_TEKS_BEBAS = {"satuan", "berkas", "predikat", "kategori", "lingkup", "volume", "email", "telepon", "faks"}
_TEKS = ("alamat", "alasan", "catatan", "dasar", "divisi", "jabatan", "judul", "kelompok", "keterangan", "nama",
         "nama_sekretariat", "pemberi", "penanggung_jawab", "penguasa", "perhitungan", "provinsi", "retensi",
         "ringkasan", "sumber", "sumber_data", "teks", "tempat", "uraian", "visi", "website")
_BARIS = re.compile(rf"^(?P<awal>\s*(?:-\s+)?)(?P<kunci>{'|'.join(_TEKS)}):[ \t]+(?P<nilai>[^|>\s].*)$")


def _kutip(teks: str) -> str:
    """A YAML single-quoted scalar on one line."""
    return "'" + teks.replace("'", "''").replace("\n", " ") + "'"


def _front_matter(teks: str) -> tuple[int, int] | None:
    baris = teks.split("\n")
    if not baris or baris[0].strip() != "---":
        return None
    akhir = next((i for i in range(1, len(baris)) if baris[i].strip() == "---"), None)
    return (1, akhir) if akhir is not None else None


def suntik_teks(folder: Path) -> int:
    """A payload into every free-text field of every data file under ``folder``; how many."""
    n = 0
    for berkas in sorted(folder.rglob("*.md")):
        teks = berkas.read_text(encoding="utf-8")
        fm = _front_matter(teks)
        if fm is None:
            continue
        baris = teks.split("\n")
        for i in range(*fm):
            m = _BARIS.match(baris[i])
            if m is None or m.group("kunci") in _BUKAN_TEKS_BEBAS:
                continue
            asli = m.group("nilai").strip()
            if asli[:1] in "'\"":
                asli = asli[1:-1]
            asli = re.sub(r"\s+#.*$", "", asli)
            p = PAYLOAD[n % len(PAYLOAD)].replace("\n", " ")
            if m.group("kunci") == "website":
                p = "javascript:window.__xss=27"
                baris[i] = f"{m.group('awal')}website: {_kutip(p)}"
            else:
                # keep the original text: names stay distinct, and ids that follow them still match
                baris[i] = f"{m.group('awal')}{m.group('kunci')}: {_kutip(asli + ' ' + p)}"
            n += 1
        berkas.write_text("\n".join(baris), encoding="utf-8")
    return n


def suntik_nama_satker(folder: Path, nama: str = "x</title><script>window.__xss=30</script>") -> None:
    """Every satker's name becomes a title breakout (kept distinct with the folder name)."""
    for profil in sorted(folder.glob("*/profil.md")):
        teks = profil.read_text(encoding="utf-8")
        baru = f"nama: {_kutip(profil.parent.name + ' ' + nama)}"
        teks = re.sub(r"^nama:.*$", lambda m: baru, teks, count=1, flags=re.MULTILINE)  # noqa: B023
        profil.write_text(teks, encoding="utf-8")


def suntik_narasi(folder: Path) -> int:
    """Every payload appended to every Markdown body and into every ``analisis``; how many places."""
    n = 0
    isi = "\n\n".join(PAYLOAD)
    for berkas in sorted(folder.rglob("*.md")):
        teks = berkas.read_text(encoding="utf-8")
        if _front_matter(teks) is None:
            continue
        teks = teks.rstrip("\n") + "\n\n## Bagian serangan\n\n" + isi + "\n"
        teks = re.sub(r"^(?P<i>\s*)analisis: \|\n", lambda m: m.group(0) + "".join(
            f"{m.group('i')}  {p}\n" for p in PAYLOAD if "\n" not in p and "\u2028" not in p), teks, flags=re.M)
        berkas.write_text(teks, encoding="utf-8")
        n += 1
    return n
