"""Public pages speak to the public: no page of the built example site shows a data-file name, a YAML
field name, a repository path, an editor instruction or a build message (issue 13, point 1).

The example site (``satker/``, the four real satker) is built with the project's configuration and
every HTML page is read as a visitor reads it: the visible text, plus the ``title`` and ``alt``
texts a browser shows. The staff guides (``panduan-kontribusi``, ``situs-satker``) are for the
editors by design and are left out; the open data (``data/``) names its fields on purpose. Editors
get the same facts from ``lakip check`` and ``lakip laporan``.
"""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from bantu_situs import AKAR, bangun_sekali

from lakip.model import rekaman

STAF = ("panduan-kontribusi/", "situs-satker/")

#: A field of the data files whose name no visitor's word has: every one with an underscore.
MEDAN = sorted({f.name for k in vars(rekaman).values()
                if isinstance(k, type) and dataclasses.is_dataclass(k) for f in dataclasses.fields(k)
                if "_" in f.name and not f.name.startswith("_")})
POLA = [
    (re.compile(r"\b[\w.-]+\.(md|ya?ml)\b"), "nama berkas data"),
    (re.compile(r"\bsatker/[a-z0-9-]+/"), "jalur repositori"),
    (re.compile(r"folder satker/|\bsatker/\s"), "jalur repositori"),
    (re.compile(r"\b(" + "|".join(MEDAN) + r")\b"), "nama medan YAML"),
    # a YAML value is a lowercase word ("jenis: lkj"); "kategori: Sangat Berhasil > 100%" is plain Indonesian
    (re.compile(r"\b(jenis|resmi|kategori|berkas|dokumen|status): [a-z0-9_-]+\b"), "isian YAML"),
    (re.compile(r"\blakip (check|laporan|rapikan|baru|diff|schema)\b|\bmkdocs (build|serve)\b|LAKIP_[A-Z]+", re.I),
     "perintah"),
    (re.compile(r"daftarkan di|Periksa naskah|perbaiki angkanya|jalankan:", re.I), "petunjuk editor"),
    (re.compile(r"\bbuild\b|mesin PDF|Chromium", re.I), "pesan build"),
]


class _Teks(HTMLParser):
    """The text a visitor sees: visible text and the title/alt tooltips, without scripts and styles."""

    def __init__(self) -> None:
        super().__init__()
        self.bagian: list[str] = []
        self._lewati = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "template"):
            self._lewati += 1
        for k, v in attrs:
            if k in ("title", "alt", "aria-label") and v:
                self.bagian.append(v)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template") and self._lewati:
            self._lewati -= 1

    def handle_data(self, data: str) -> None:
        if not self._lewati:
            self.bagian.append(data)


def _teks(path: Path) -> str:
    p = _Teks()
    p.feed(path.read_text(encoding="utf-8"))
    return " ".join(" ".join(p.bagian).split())


@pytest.fixture(scope="module")
def halaman() -> dict[str, str]:
    site = bangun_sekali(AKAR / "satker")
    hasil = {}
    for f in sorted(site.rglob("*.html")):
        rel = f.relative_to(site).as_posix()
        if not rel.startswith(STAF) and not rel.startswith("data/"):
            hasil[rel] = _teks(f)
    assert len(hasil) > 60
    return hasil


def _jenis(rel: str) -> str:
    if rel.endswith("/lkj/index.html"):
        return "lkj"
    if rel.endswith("/konsistensi/index.html"):
        return "konsistensi"
    return "lainnya"


def _temuan(halaman: dict[str, str], jenis: str) -> list[str]:
    out = []
    for rel, teks in halaman.items():
        if _jenis(rel) != jenis:
            continue
        for pola, apa in POLA:
            for m in pola.finditer(teks):
                out.append(f"{rel}: {apa}: …{teks[max(0, m.start() - 60):m.end() + 40]}…")
    return out


def test_pola_menangkap_contoh_yang_ditemukan_ulasan() -> None:
    """The patterns catch what the citizen walk found (so an empty result means something)."""
    contoh = ["Dokumen resmi bertanda tangan: belum diunggah (daftarkan di profil.md bagian dokumen dengan "
              "jenis: lkj, tahun: 2024, resmi: true dan berkas)",
              "mengisi ringkasan, penguasa, penanggung_jawab, tanggal, tempat atau retensi",
              "satker/kota-banjarbaru/2024/realisasi.md:578", "Periksa naskah: 2 catatan",
              "[Ubah data ini](https://x) (satker/kab-x/2024/pk.md)", "berkas data di folder satker/ ; semua",
              "Versi PDF tidak tersedia pada build ini (mesin PDF Chromium tidak terpasang di mesin build)"]
    for c in contoh + ["status: draf (bawaan) di LKj", "kategori: berkala"]:
        assert any(p.search(c) for p, _ in POLA), c
    # visitors' words that look alike are not findings
    for c in ["kategori: Sangat Berhasil > 100%", "Jenis: Laporan Kinerja", "lihat berkas PDF"]:
        assert not any(p.search(c) for p, _ in POLA), c


@pytest.mark.parametrize("jenis", [
    "lainnya",
    "lkj",
    "konsistensi",  # transcribers' notes name data files; the page says what they hold (render/nama_data.py)
])
def test_tanpa_istilah_editor_di_halaman_publik(halaman: dict[str, str], jenis: str) -> None:
    temuan = _temuan(halaman, jenis)
    assert not temuan, f"{len(temuan)} temuan:\n" + "\n".join(temuan[:40])


def test_halaman_baru_ada(halaman: dict[str, str]) -> None:
    """The public replacements exist: the PPID page with its contact, the status page, the DIP notes."""
    ppid = halaman["satker/kota-jakarta-selatan/ppid/index.html"]
    assert "kota_jakartaselatan@kpu.go.id" in ppid and "10 hari kerja" in ppid and "atasan PPID" in ppid
    assert "Jam layanan belum tersedia di situs ini" in ppid  # the seed gives no service hours
    banjarbaru = halaman["satker/kota-banjarbaru/ppid/index.html"]
    assert "Alamat kantor belum tersedia di situs ini" in banjarbaru  # the seed prints no address
    assert "Layanan informasi publik (PPID) KPU Kota Jakarta Selatan" in halaman["satker/kota-jakarta-selatan/2024/index.html"]
    status = halaman["status/2024/index.html"]
    assert "KPU Kota Banjarbaru" in status and "ditandatangani 30 Desember 2024" in status
    dip = halaman["satker/kota-banjarbaru/dip/index.html"]
    for kat in ("A. Informasi yang wajib disediakan", "B. Informasi yang wajib diumumkan secara serta merta",
                "C. Informasi yang wajib tersedia setiap saat", "D. Informasi yang dikecualikan"):
        assert kat in dip
    assert "tersedia atas permintaan" in dip and "Tanggal terbit" in dip
