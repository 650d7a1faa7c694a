"""The LKj PDF: printed by headless Chromium for the example satker, checked with poppler.

Skipped only when Chromium is missing (no browser is downloaded); poppler-utils
(pdfinfo, pdftotext, pdftoppm) is installed by scripts/pasang.sh with it.
"""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader
from conftest import FIXTURE, bangun, tulis_proyek

from lakip.bangun import bangun as bangun_data
from lakip.lkj import chromium, pdf, tabel_cetak
from lakip.lkj.naskah import Gambar, Judul, NaskahLkj, Tabel, Teks
from lakip.lkj.susun import susun_lkj
from lakip.render.markdown import polos

SID = "kab-contoh"
MESIN = chromium.cari_mesin()
pytestmark = pytest.mark.skipif(MESIN is None, reason="Chromium tidak terpasang (PDF LKj dicetak dengan Chromium)")


def _jalankan(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, check=True, text=True, timeout=120).stdout


@pytest.fixture(scope="module")
def pencetak():
    assert MESIN is not None
    with chromium.Pencetak(MESIN) as p:
        yield p


@pytest.fixture(scope="module")
def naskah() -> NaskahLkj:
    s, m = bangun_data(FIXTURE, "satker", terbit=False)
    assert not m
    return susun_lkj(s, SID, 2024)


@pytest.fixture(scope="module")
def cetakan(pencetak: chromium.Pencetak, naskah: NaskahLkj, tmp_path_factory: pytest.TempPathFactory
            ) -> pdf.CetakLkj:
    tmp = tmp_path_factory.mktemp("pdf")
    return pdf.cetak_lkj(naskah, tmp / "lkj.pdf", pencetak, tmp / "kerja")


def _halaman(path: Path) -> list[str]:
    return _jalankan("pdftotext", "-layout", str(path), "-").split("\f")


MM = 72 / 25.4  # points per millimetre


@dataclass(frozen=True)
class Kata:
    teks: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Halaman:
    lebar: float
    tinggi: float
    kata: list[Kata]

    @property
    def mendatar(self) -> bool:
        return self.lebar > self.tinggi

    def isi(self) -> list[Kata]:
        """The words of the text area (not the running header nor the page number)."""
        atas, bawah = (20 if self.mendatar else 24) * MM, (18 if self.mendatar else 22) * MM
        return [k for k in self.kata if k.y0 >= atas - 1 and k.y1 <= self.tinggi - bawah + 1]

    def baris(self) -> list[str]:
        """The text lines of the text area, top to bottom (words on one baseline joined)."""
        per: dict[int, list[Kata]] = {}
        for k in self.isi():
            per.setdefault(round(k.y1), []).append(k)
        return [" ".join(k.teks for k in sorted(ks, key=lambda k: k.x0)) for _, ks in sorted(per.items())]


def _kotak(path: Path) -> list[Halaman]:
    """Every page with its words and their boxes (points, origin top left), from ``pdftotext -bbox``."""
    x = _jalankan("pdftotext", "-bbox", str(path), "-")
    hasil = []
    for lebar, tinggi, isi in re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', x, re.DOTALL):
        kata = [Kata(html.unescape(t), float(a), float(b), float(c), float(d)) for a, b, c, d, t in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', isi)]
        hasil.append(Halaman(float(lebar), float(tinggi), kata))
    return hasil


def _rata(s: str) -> str:
    return " ".join(s.split()).casefold()


def _jarak_baris(h: Halaman) -> list[float]:
    """Distances between consecutive lines of body text (11 pt serif: a word box 12.18 pt high unscaled,
    a little less when shrunk; tables, captions and headings have other sizes)."""
    ys = sorted({round(k.y1, 2) for k in h.isi() if 11.0 < k.y1 - k.y0 < 12.6})
    return [b - a for a, b in pairwise(ys)]


def _ukuran_penuh(jarak: list[float]) -> bool:
    """Lines of body text 11 pt on a 1.45 line height: 15.95 pt, laid out on whole CSS pixels (21 or 22 px,
    15.75 or 16.5 pt). A document Chromium shrank to fit something too wide has every line closer."""
    return all(15.6 <= d <= 16.6 for d in jarak)


def _tinta(path: Path, tmp: Path) -> list[float]:
    """Share of dark pixels in the text area of each page (grey PGM from pdftoppm at 20 dpi)."""
    _jalankan("pdftoppm", "-r", "20", "-gray", str(path), str(tmp / "g"))
    hasil = []
    for f in sorted(tmp.glob("g-*.pgm")):
        data = f.read_bytes()
        kepala = data.split(maxsplit=4)
        assert kepala[0] == b"P5"
        w, h = int(kepala[1]), int(kepala[2])
        px = data[len(data) - w * h:]
        atas, bawah = int(h * 0.09), int(h * 0.91)  # leave out the running header and the page number
        badan = px[atas * w:bawah * w]
        hasil.append(sum(1 for b in badan if b < 160) / len(badan))
    return hasil


def test_pdf_dicetak_a4_dengan_jumlah_halaman_wajar(cetakan: pdf.CetakLkj):
    info = _jalankan("pdfinfo", str(cetakan.path))
    halaman = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
    assert 10 <= halaman <= 20, info
    assert halaman == cetakan.halaman
    assert "A4" in re.search(r"^Page size:.*$", info, re.MULTILINE).group(0)
    assert "Tagged:          yes" in info
    assert cetakan.daftar_isi_bernomor


def test_sampul_satu_halaman_judul_di_atas_satker_dan_tahun_di_bawah(cetakan: pdf.CetakLkj):
    hal = _kotak(cetakan.path)
    sampul = hal[0]
    assert not sampul.mendatar
    H = sampul.tinggi

    def kata(teks: str) -> Kata:
        return next(k for k in sampul.kata if k.teks == teks)

    # title block in the upper third
    assert kata("LAPORAN").y1 < H / 3 and kata("KINERJA").y1 < H / 3
    # satker name and year together at the foot, above the bottom margin (not floating at ~80%)
    nama, tahun = kata("CONTOH"), kata("2024")
    assert nama.y0 > 0.7 * H, (nama, H)
    assert tahun.y0 > nama.y1 and 0.82 * H < tahun.y1 < H - 15 * MM, (tahun, H)
    # no running header, no page number: nothing in the top 24 mm nor the bottom 18 mm
    assert not [k for k in sampul.kata if k.y1 < 24 * MM or k.y0 > H - 18 * MM]
    # exactly one page: the next page is the Kata Pengantar, with none of the cover on it
    teks2 = " ".join(k.teks for k in hal[1].kata)
    assert "PENGANTAR" in teks2 and "dihasilkan dari data" not in teks2 and "LKj" not in teks2


def test_png_tidak_ada_halaman_kosong(cetakan: pdf.CetakLkj, tmp_path: Path):
    tinta = _tinta(cetakan.path, tmp_path)
    assert len(tinta) == cetakan.halaman
    assert tinta[0] > 0.01  # the cover: red bands and the big title
    # a draft's page holding only its marked gaps (the fixture has no lkj.md: "Belum ditulis") is not blank
    celah = {no for no, h in enumerate(_halaman(cetakan.path), 1) if "Belum ditulis" in h}
    kosong = [no for no, t in enumerate(tinta, 1) if t < 0.002 and no not in celah]
    assert not kosong, (kosong, tinta)


def test_isi_pdf(cetakan: pdf.CetakLkj):
    hal = _halaman(cetakan.path)
    sampul = hal[0]
    assert "LAPORAN KINERJA" in sampul and "KPU KABUPATEN CONTOH" in sampul and "Tahun 2024" in sampul
    assert "Rencana Strategis 2020–2024" in sampul
    semua = "\n".join(hal)
    assert "Tabel 3.1 Capaian Indikator Kinerja Utama tahun 2024" in semua
    assert "64,52%" in semua and "121,51%" in semua and "Rp 3.299.000" in semua
    assert "LKJPENANDA" not in semua  # the first pass's markers are gone


def _label(path: Path) -> list[str]:
    return list(PdfReader(path).page_labels)


def test_kepala_halaman_dan_nomor_halaman(cetakan: pdf.CetakLkj):
    hal = [h for h in _halaman(cetakan.path) if h.strip()]
    label = _label(cetakan.path)
    # the front matter in roman numerals, the body in Arabic numerals from BAB I, as the originals
    awal = next(i for i, h in enumerate(hal) if "BAB I PENDAHULUAN" in h and "DAFTAR ISI" not in h)
    assert label[:awal + 2] == ["Sampul", *("i", "ii", "iii", "iv", "v", "vi")[:awal - 1], "1", "2"]
    assert "Laporan Kinerja 2024" not in hal[0].splitlines()[0]  # the cover has no running header
    for no, teks in enumerate(hal[1:], 2):
        baris = [b for b in teks.splitlines() if b.strip()]
        assert "KPU Kabupaten Contoh" in baris[0] and "Laporan Kinerja 2024" in baris[0], (no, baris[0])
        assert "DRAF" in baris[0]  # a draft says so on every page
        assert baris[-1].strip() == label[no - 1]
    # and they sit in the margins: the header above the text area, the number below it, centred
    for no, h in enumerate(_kotak(cetakan.path)[1:], 2):
        kepala = [k for k in h.kata if k.teks == "Contoh" and k.y1 < 24 * MM]
        nomor = [k for k in h.kata if k.teks == label[no - 1] and k.y0 > h.tinggi - 22 * MM]
        assert kepala and nomor, no
        assert abs((nomor[0].x0 + nomor[0].x1) / 2 - (25 * MM + (h.lebar - 20 * MM)) / 2) < 3 * MM


def _entri(teks: str, label: list[str]) -> list[tuple[str, int]]:
    """(title, physical page) of every line of a printed list of contents (it prints the page labels)."""
    return [(m.group(1), label.index(m.group(2)) + 1)
            for m in re.finditer(r"^\s*(\S.*?)\s{2,}([ivx]+|\d+)\s*$", teks, re.MULTILINE)]


def test_daftar_isi_menunjuk_halaman_yang_benar(cetakan: pdf.CetakLkj, naskah: NaskahLkj):
    hal = _halaman(cetakan.path)
    label = _label(cetakan.path)
    daftar = next(h for h in hal if "DAFTAR ISI" in h)
    tabel = next(h for h in hal if "DAFTAR TABEL" in h)
    for judul, cari in (("BAB III Akuntabilitas Kinerja", "BAB III AKUNTABILITAS KINERJA"),
                        ("Lampiran", "LAMPIRAN")):
        m = re.search(rf"^{re.escape(judul)}\s*\.*\s*(\d+)\s*$", daftar, re.MULTILINE)
        assert m, daftar
        assert cari in hal[label.index(m.group(1))]
    m = re.search(r"^Tabel 3\.1 .*?(\d+)\s*$", tabel, re.MULTILINE)
    assert m and "Tabel 3.1 Capaian Indikator Kinerja Utama" in hal[label.index(m.group(1))]

    # every entry: the heading is on the page the list gives, and not on the page before
    entri = _entri(daftar.split("DAFTAR ISI", 1)[1], label)
    judul = [polos(j.teks) for j in naskah.judul_bab() if j.tingkat <= 2]
    assert [e for e, _ in entri] == judul
    halaman = [no for _, no in entri]
    assert halaman == sorted(halaman) and halaman[0] >= 2 and halaman[-1] <= cetakan.halaman
    for (teks, no), j in zip(entri, [j for j in naskah.judul_bab() if j.tingkat <= 2]):
        baris = [_rata(b) for b in hal[no - 1].splitlines()]
        assert _rata(teks) in baris, (teks, no)
        if j.tingkat == 1 and j.halaman_baru:  # a chapter opens its page: right under the running header
            assert [b for b in baris if b][1] == _rata(teks), (teks, no)
    # every table and figure: its caption is on the page the list gives
    for jenis, kata in (("DAFTAR TABEL", "Tabel"), ("DAFTAR GAMBAR", "Gambar")):
        teks = next(h for h in hal if jenis in h).split(jenis, 1)[1].split("DAFTAR GAMBAR", 1)[0]
        entri = [(t, no) for t, no in _entri(teks, label) if t.startswith(kata)]
        assert len(entri) == len(naskah.tabel() if kata == "Tabel" else naskah.gambar()) > 0
        for t, no in entri:
            nomor = t.split()[1]
            assert re.search(rf"^\s*{kata} {re.escape(nomor)} ", hal[no - 1], re.MULTILINE), (t, no)


def test_tabel_capaian_di_halaman_bab_iii(cetakan: pdf.CetakLkj):
    hal = _halaman(cetakan.path)
    bab3 = next(i for i, h in enumerate(hal) if "BAB III AKUNTABILITAS KINERJA" in h and "DAFTAR ISI" not in h)
    no = next(i for i, h in enumerate(hal) if re.search(r"^\s*Tabel 3\.1 Capaian Indikator", h, re.MULTILINE)
              and "DAFTAR TABEL" not in h)
    assert no >= bab3
    halaman = hal[no]
    assert re.search(r"Kode\s+Indikator\s+Target\s+Realisasi\s+Capaian\s+Kategori\s+Perhitungan", halaman)
    assert re.search(r"^\s*IK1\.1\s+Persentase naskah akademik.*64,52%", halaman, re.MULTILINE), halaman
    assert "Rata-rata" in halaman


def test_teks_tidak_melewati_margin_dan_tidak_diperkecil(cetakan: pdf.CetakLkj):
    for no, h in enumerate(_kotak(cetakan.path)[1:], 2):
        kiri, kanan = (15 * MM, h.lebar - 15 * MM) if h.mendatar else (25 * MM, h.lebar - 20 * MM)
        luar = [k for k in h.isi() if k.x0 < kiri - 1.5 or k.x1 > kanan + 1.5]
        assert not luar, (no, luar[:3])
    # body text at its size: 11 pt on a 1.45 line height (Chromium shrinks a whole document whose
    # content is wider than the page, which shows as a smaller line pitch everywhere)
    jarak = [d for h in _kotak(cetakan.path)[1:] if not h.mendatar and "DAFTAR" not in {k.teks for k in h.kata}
             for d in _jarak_baris(h) if 14 < d < 18]  # (the lists of contents have their own spacing)
    assert len(jarak) >= 10 and _ukuran_penuh(jarak), jarak


def test_png_setiap_halaman(cetakan: pdf.CetakLkj, tmp_path: Path):
    _jalankan("pdftoppm", "-r", "50", "-png", str(cetakan.path), str(tmp_path / "hal"))
    png = sorted(tmp_path.glob("hal-*.png"))
    assert len(png) == cetakan.halaman
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in png)


def test_sama_masukan_sama_pdf(pencetak: chromium.Pencetak, naskah: NaskahLkj, cetakan: pdf.CetakLkj,
                               tmp_path: Path):
    lagi = pdf.cetak_lkj(naskah, tmp_path / "lagi.pdf", pencetak, tmp_path / "kerja")
    assert lagi.path.read_bytes() == cetakan.path.read_bytes()


def _tabel_html(kepala: list[str], baris: list[list[str]], rata: str) -> str:
    """A table as render.tabel writes it in HTML form (the markup Python-Markdown makes of a pipe table)."""
    gaya = {"l": "left", "r": "right", "c": "center"}

    def tr(sel: list[str], tag: str) -> str:
        return "<tr>" + "".join(f'<{tag} style="text-align: {gaya[r]};">{x}</{tag}>' for x, r in zip(sel, rata)) + "</tr>"

    return "\n".join(["<table>", "<thead>", tr(kepala, "th"), "</thead>", "<tbody>",
                      *[tr(b, "td") for b in baris], "</tbody>", "</table>"]) + "\n"


def _tabel_pipa(kepala: list[str], baris: list[list[str]], rata: str) -> str:
    garis = {"l": ":--", "r": "--:", "c": ":-:"}
    return "\n".join(["| " + " | ".join(kepala) + " |", "| " + " | ".join(garis[r] for r in rata) + " |",
                      *["| " + " | ".join(b) + " |" for b in baris]]) + "\n"


@pytest.mark.parametrize("bentuk", [_tabel_pipa, _tabel_html], ids=["pipa", "html"])
def test_tabel_panjang_kepala_berulang_baris_utuh(pencetak: chromium.Pencetak, tmp_path: Path, bentuk):
    baris = [[f"K{i}", f"Uraian baris {i} yang cukup panjang untuk dua baris teks di sel ini agar tinggi",
              f"{i},00%"] for i in range(90)]
    n = NaskahLkj(SID, "KPU Kabupaten Contoh", 2024, "Laporan", (2020, 2024), None, None)
    n.blok += [Judul(1, "BAB III Akuntabilitas Kinerja", "bab-3", halaman_baru=True),
               Tabel("3.1", "Tabel panjang", "tabel-3-1", bentuk(["Kode", "Uraian", "Capaian"], baris, "llr"), 90)]
    hasil = pdf.cetak_lkj(n, tmp_path / "panjang.pdf", pencetak, tmp_path / "kerja")
    hal = _halaman(hasil.path)[1:]
    berisi = [h for h in hal if "Uraian baris" in h]
    assert len(berisi) >= 3
    for h in berisi:
        assert re.search(r"Kode\s+Uraian\s+Capaian", h), h  # thead repeated on every page
    # a row is never split: each row's capaian sits on the same page as its code
    for h in berisi:
        kode = set(re.findall(r"\bK(\d+)\b", h))
        nilai = set(re.findall(r"\b(\d+),00%", h))
        assert kode == nilai


def test_rencana_aksi_di_halaman_mendatar(pencetak: chromium.Pencetak, tmp_path: Path):
    kepala = "| Kode | Indikator | Kegiatan | " + " | ".join(f"B{i}" for i in range(1, 13)) + " | Target | PJ |"
    garis = "| " + " | ".join([":--"] * 3 + [":-:"] * 12 + [":--"] * 2) + " |"
    isi = "| IK1 | Indikator | Kegiatan | " + " | ".join(["✓"] * 12) + " | – | Subbag |"
    n = NaskahLkj(SID, "KPU Kabupaten Contoh", 2024, "Laporan", None, None, None)
    n.blok += [Judul(1, "Lampiran", "lampiran", halaman_baru=True),
               Judul(2, "A. Perjanjian Kinerja", "lampiran-a"),
               Teks("Perjanjian kinerja tahun ini.\n"),
               Judul(2, "C. Rencana Aksi", "lampiran-c"),
               Tabel("L.1", "Rencana aksi", "tabel-l-1", f"{kepala}\n{garis}\n{isi}\n", 1, lebar=True)]
    hasil = pdf.cetak_lkj(n, tmp_path / "lebar.pdf", pencetak, tmp_path / "kerja")
    info = _jalankan("pdfinfo", "-f", "1", "-l", str(hasil.halaman), str(hasil.path))
    ukuran = re.findall(r"size:\s+([\d.]+) x ([\d.]+)", info)
    assert any(float(w) > float(h) for w, h in ukuran), ukuran  # a landscape page
    assert float(ukuran[0][0]) < float(ukuran[0][1])  # the cover stays portrait
    # the heading of the wide table is printed on its landscape page, never alone at the foot of a
    # portrait page; the chapter heading and its first section stay portrait
    hal = _kotak(hasil.path)
    teks = [" ".join(k.teks for k in h.kata) for h in hal]
    di = {judul: next(i for i, t in enumerate(teks) if judul in t) for judul in ("LAMPIRAN", "C. Rencana Aksi",
                                                                                "Tabel L.1")}
    assert hal[di["C. Rencana Aksi"]].mendatar and di["C. Rencana Aksi"] == di["Tabel L.1"]
    assert not hal[di["LAMPIRAN"]].mendatar
    # the running header and the page number are on the landscape page too
    lanskap = hal[di["Tabel L.1"]]
    assert [k for k in lanskap.kata if k.teks == "Contoh" and k.y1 < 20 * MM]
    nomor = _label(hasil.path)[di["Tabel L.1"]]  # the cover is not counted: the page after it is 1
    assert nomor == str(di["Tabel L.1"])
    assert [k for k in lanskap.kata if k.teks == nomor and k.y0 > lanskap.tinggi - 18 * MM]


def test_gambar_bersambung_setiap_bagian_berketerangan(pencetak: chromium.Pencetak, tmp_path: Path):
    """A chart drawn in parts (more bars than one page holds) never leaves a part on a page without its
    caption: each part is captioned 'Gambar 3.1 ... (bagian i dari n)'."""
    bagian = "".join(f'<svg class="lakip-svg" viewBox="0 0 100 170" role="img"><text x="5" y="20">BAGIAN{i}</text>'
                     '<rect x="5" y="30" width="60" height="130" fill="#1f4e79"/></svg>' for i in (1, 2, 3))
    n = NaskahLkj(SID, "KPU Kabupaten Contoh", 2024, "Laporan", None, None, None)
    n.blok += [Judul(1, "BAB III Akuntabilitas Kinerja", "bab-3", halaman_baru=True),
               Teks("Capaian disajikan pada Gambar 3.1.\n"),
               Gambar("3.1", "Capaian indikator kinerja tahun 2024", "gambar-3-1", bagian)]
    hasil = pdf.cetak_lkj(n, tmp_path / "gambar.pdf", pencetak, tmp_path / "kerja")
    hal = _halaman(hasil.path)
    berisi = [h for h in hal if "BAGIAN" in h]
    assert len(berisi) >= 2  # the parts do not fit one page
    for h in berisi:
        for i in (1, 2, 3):
            if f"BAGIAN{i}" in h:
                assert f"Gambar 3.1 Capaian indikator kinerja tahun 2024 (bagian {i} dari 3)" in h, h


def test_judul_tidak_tertinggal_di_kaki_halaman(pencetak: chromium.Pencetak, tmp_path: Path):
    """Headings and run-in bold titles are never the last line of a page: they go with their text."""
    n = NaskahLkj(SID, "KPU Kabupaten Contoh", 2024, "Laporan", None, None, None)
    n.blok.append(Judul(1, "BAB III Akuntabilitas Kinerja", "bab-3", halaman_baru=True))
    kalimat = "Kalimat uraian capaian yang cukup panjang untuk mengisi satu baris penuh pada halaman ini. "
    judul = []
    for i in range(60):
        t = f"Judul bagian nomor {i}"
        judul.append(t)
        if i % 3 == 2:  # a bold-only paragraph used as a title ("**2. Penyelenggaraan ...**")
            n.blok.append(Teks(f"**{t}**\n\n" + kalimat * (2 + i % 4) + "\n"))
        else:
            n.blok.append(Judul(3 + i % 2, t, f"judul-{i}", daftar_isi=False))
            n.blok.append(Teks(kalimat * (2 + i % 4) + "\n"))
    hasil = pdf.cetak_lkj(n, tmp_path / "judul.pdf", pencetak, tmp_path / "kerja")
    hal = _kotak(hasil.path)
    assert len(hal) >= 6
    terakhir = [h.baris()[-1] for h in hal[1:-1]]
    yatim = [b for b in terakhir if b in judul]
    assert not yatim, yatim
    semua = " ".join(" ".join(h.baris()) for h in hal)
    assert all(t in semua for t in judul)


def test_tabel_lebar_isinya_tidak_memperkecil_dokumen(pencetak: chromium.Pencetak, tmp_path: Path):
    """A table whose content cannot fit (a long word joined by slashes beside five amounts) must not make
    Chromium shrink the whole document: body text keeps its size and nothing crosses the right margin."""
    rp = "Rp 63.293.098.000"
    baris = [["6709.QGE.004", "Sosialisasi/Penyuluhan/Bimbingan Teknis Tahapan", rp, rp, "100,00%", rp]] * 4
    kalimat = "Kalimat uraian anggaran yang cukup panjang untuk mengisi satu baris penuh pada halaman ini. " * 8
    n = NaskahLkj(SID, "KPU Kabupaten Contoh", 2024, "Laporan", None, None, None)
    n.blok += [Judul(1, "BAB III Akuntabilitas Kinerja", "bab-3", halaman_baru=True),
               Teks(kalimat + "\n"),
               Tabel("3.1", "Anggaran", "tabel-3-1",
                         _tabel_html(["Kode", "Uraian", "Pagu", "Realisasi", "Serapan", "Sisa"], baris, "llrrrr"), 4)]
    hasil = pdf.cetak_lkj(n, tmp_path / "anggaran.pdf", pencetak, tmp_path / "kerja")
    h = _kotak(hasil.path)[1]
    jarak = [d for d in _jarak_baris(h) if 14 < d < 18]
    assert len(jarak) >= 3 and _ukuran_penuh(jarak), jarak
    assert not [k for k in h.isi() if k.x1 > h.lebar - 20 * MM + 1.5]
    # the amounts stay on one line
    assert sum(1 for b in h.baris() if b.count("Rp 63.293.098.000") == 3) == 4, h.baris()


def test_rapikan_tabel_kedua_bentuk():
    kepala, rata = ["Kode", "Indikator", "Polaritas", "Perhitungan", "Capaian"], "lllll"
    panjang = "Membandingkan jumlah KPU, KPU Provinsi dan KPU Kabupaten/Kota yang menyelesaikan tahapan " * 2
    baris = [["**SS1**", "**Terwujudnya kebijakan**", "", "", ""],
             ["IK1.1", "Persentase naskah akademik yang berbasis riset (IKU)", "naik (makin tinggi makin baik)",
              panjang, "117,65%"],
             ["", "*Rata-rata SS1*", "", "", "*117,65%*"]]
    md = tabel_cetak.md_cetak()
    for html_tabel in (md.convert(_tabel_pipa(kepala, baris, rata)),
                       _tabel_html(kepala, [[re.sub(r"\*\*(.+)\*\*", r"<strong>\1</strong>",
                                                   re.sub(r"^\*([^*].*)\*$", r"<em>\1</em>", x)) for x in b]
                                            for b in baris], rata)):
        out = tabel_cetak.rapikan_tabel(html_tabel)
        assert out.count('class="kelompok"') == 1 and re.search(r'<tr class="kelompok">\s*<td[^>]*><strong>SS1', out)
        assert re.search(r'<td[^>]*class="angka"[^>]*>117,65%</td>', out)
        assert not re.search(r'class="angka"[^>]*>(IK1\.1|Persentase)', out)
        assert "Kabupaten/<wbr>Kota" in out
        lebar = [float(x) for x in re.findall(r'<col style="width: ([\d.]+)%">', out)]
        assert len(lebar) == 5 and 99 <= sum(lebar) <= 101
        # the short phrase gets room for two lines at most, the long text the most room
        assert lebar[2] * tabel_cetak.UKURAN_TABEL[False][0] / 100 >= tabel_cetak.lebar_teks("naik (makin tinggi makin baik)", 8.5) / 2
        assert lebar[3] == max(lebar)
    # a raw table without <thead>: its header row becomes one (repeated on every page)
    out = tabel_cetak.rapikan_tabel("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>x</td></tr></table>")
    assert out.startswith("<table><thead><tr><th>A</th><th>B</th></tr></thead>")


def test_lebar_kolom_tidak_melewati_halaman():
    # everything fixed (codes and amounts): left to the browser
    assert tabel_cetak.lebar_kolom([60, 80, 80], [60, 80, 80], [60, 80, 80], 467.7) is None
    # not even the least widths fit: left to the browser
    assert tabel_cetak.lebar_kolom([200, 200, 200], [300, 300, 300], [300, 300, 300], 467.7) is None
    lebar = tabel_cetak.lebar_kolom([30, 60, 40, 80], [30, 400, 120, 900], [30, 300, 100, 700], 467.7)
    assert lebar is not None and abs(sum(lebar) - 100) < 0.01
    for w, k in zip(lebar, [30, 60, 40, 80]):
        assert w / 100 * 467.7 >= k + tabel_cetak.TEPI_SEL  # never below a column's least width


def test_css_kepala_di_escape():
    assert pdf._css_teks('KPU "X" </style>') == '"KPU \\22 X\\22  \\3c /style>"'


def test_rupiah_tidak_terpisah_dari_angkanya(naskah: NaskahLkj, cetakan: pdf.CetakLkj):
    assert pdf.rupiah_utuh("<td>Rp 3.299.000</td><p>Rp sebesar</p>") == "<td>Rp&#160;3.299.000</td><p>Rp sebesar</p>"
    html = pdf.html_lkj(naskah)
    assert "Rp&#160;3.299.000" in html and not re.search(r"\bRp \d", html)
    # the printed text: no line ends with "Rp" (its number carried to the next line)
    assert not [x for x in _halaman(cetakan.path) if re.search(r"\bRp[ \u00a0]*$", x, re.M)]


def test_html_cetak_di_escape_dan_tanpa_skrip(naskah: NaskahLkj):
    html = pdf.html_lkj(naskah)
    assert "<script" not in html
    assert "default-src 'none'" in html
    n = NaskahLkj(SID, "<b>KPU</b>", 2024, "Laporan", None, None, None)
    assert "&lt;b&gt;KPU&lt;/b&gt;" in pdf.html_lkj(n)


def test_build_menulis_pdf_di_samping_halaman(tmp_path: Path):
    cfg = tulis_proyek(tmp_path)
    site = bangun(cfg)
    berkas = site / "satker/kab-contoh/2024/lkj-kab-contoh-2024.pdf"
    assert berkas.read_bytes()[:5] == b"%PDF-"
    html = (site / "satker/kab-contoh/2024/lkj/index.html").read_text(encoding="utf-8")
    assert 'href="../lkj-kab-contoh-2024.pdf"' in html
    assert "Draf (PDF A4)" in html and "belum ditandatangani" in html
