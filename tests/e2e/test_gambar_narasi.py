"""Images in narratives: only from the satker's own folder, published where the pages find them, in the PDF."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

from bantu_situs import AKAR, bangun

from lakip.bangun import bangun as bangun_data
from lakip.lkj.pdf import html_dasar
from lakip.lkj.susun import susun_lkj

SID = "kab-tanah-bumbu"


def _png(path: Path, lebar: int = 40, tinggi: int = 20) -> None:
    mentah = b"".join(b"\x00" + b"\xc8\x1e\x1e" * lebar for _ in range(tinggi))

    def potong(jenis: bytes, isi: bytes) -> bytes:
        return struct.pack(">I", len(isi)) + jenis + isi + struct.pack(">I", zlib.crc32(jenis + isi) & 0xFFFFFFFF)

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + potong(b"IHDR", struct.pack(">IIBBBBB", lebar, tinggi, 8, 2, 0, 0, 0))
                     + potong(b"IDAT", zlib.compress(mentah)) + potong(b"IEND", b""))


def _data(tmp_path: Path, profil: str, lkj: str) -> Path:
    folder = tmp_path / "satker"
    shutil.copytree(AKAR / "satker", folder, ignore=shutil.ignore_patterns(*[
        d for d in ("kab-barito-selatan", "kota-banjarbaru", "kota-jakarta-selatan")]))
    _png(folder / SID / "dokumen" / "bagan.png")
    _png(folder / SID / "2024" / "dokumen" / "foto.png")
    for rel, tambah in (("profil.md", profil), ("2024/lkj.md", lkj)):
        p = folder / SID / rel
        p.write_text(p.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + tambah + "\n", encoding="utf-8")
    return folder


def _check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lakip.cli", "check", "--tanpa-cache", str(folder)],
                          capture_output=True, text=True, timeout=120, check=False)


def test_gambar_dari_folder_satker_terbit_di_web_dan_pdf(tmp_path: Path) -> None:
    folder = _data(tmp_path, "![Bagan organisasi](dokumen/bagan.png)", "![Foto kegiatan](dokumen/foto.png)")
    assert _check(folder).returncode == 0
    situs, masalah = bangun_data(folder, "satker", terbit=False)
    assert not masalah
    cetak = html_dasar(susun_lkj(situs, SID, 2024))
    assert len(re.findall(r'<img alt="[^"]+" src="data:image/png;base64,', cetak)) == 2  # both, inside the PDF
    site = tmp_path / "site"
    bangun(folder, tmp_path / "proyek", site, {"LAKIP_CHROMIUM": ""})
    for halaman, harap in ((f"satker/{SID}/index.html", ["dokumen/bagan.png"]),
                           (f"satker/{SID}/2024/lkj/index.html", ["../../dokumen/bagan.png", "../dokumen/foto.png"])):
        teks = (site / halaman).read_text(encoding="utf-8")
        src = re.findall(r'<img alt="[^"]*" src="([^"]+)"', teks)
        assert src == harap
        for s in src:  # every image resolves to a published file
            assert (site / halaman).parent.joinpath(s).resolve().is_file()


def test_gambar_yang_tidak_boleh_ditolak_dengan_baris(tmp_path: Path) -> None:
    folder = _data(tmp_path, "![a](dokumen/tidak-ada.png)\n\n![b](../../rahasia.png)",
                   "![c](https://contoh.example/x.png)\n\n![d](dokumen/bagan.svg)")
    (folder / SID / "2024" / "dokumen" / "bagan.svg").write_text("<svg onload=alert(1)></svg>")
    hasil = _check(folder)
    assert hasil.returncode == 1
    keluar = hasil.stdout
    assert re.search(rf"{SID}/profil.md:\d+: gambar 'dokumen/tidak-ada.png' tidak ada di ", keluar)
    assert re.search(rf"{SID}/profil.md:\d+: gambar '../../rahasia.png' berada di luar folder satker", keluar)
    assert re.search(rf"{SID}/2024/lkj.md:\d+: gambar dari 'https://contoh.example/x.png' tidak diterbitkan", keluar)
    assert re.search(rf"{SID}/2024/lkj.md:\d+: gambar '2024/dokumen/bagan.svg' tidak bisa diterbitkan: jenis berkas "
                     r"\.svg dapat menjalankan skrip", keluar)
    baris = int(re.search(rf"{SID}/profil.md:(\d+): gambar 'dokumen/tidak-ada.png'", keluar).group(1))  # type: ignore[union-attr]
    assert "tidak-ada.png" in (folder / SID / "profil.md").read_text(encoding="utf-8").split("\n")[baris - 1]
