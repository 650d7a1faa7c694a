"""Benchmark of the LKj PDFs: printing, the PDF cache, one shard, and a national projection.

    python bench/pdf.py                 # one province (prov-01 and its 21 kabupaten/kota) x 2 years
    python bench/pdf.py --tahun 5       # the same satker, 5 years
    python bench/pdf.py --nasional      # the national set (553 satker x 5 years), measured, not projected

Writes the synthetic data (bench/buat_data.py, the first 60 satker) to a temporary folder and
builds the site of ``LAKIP_SATKER=prov-01`` with the plugin, each step in its own subprocess
(wall time and CPU time of the process and its children, Chromium included):

1. the build without PDFs (``LAKIP_CHROMIUM=``), the baseline;
2. the cold build with PDFs (empty cache): every LKj printed;
3. the same build again: every PDF from the cache, no browser;
4. the build after one kabupaten's realisasi of the last year changed: that LKj printed again;
5. ``lakip lkj --semua --shard 1/N`` into an empty cache: what one CI matrix job prints;
6. one LKj of KPU RI and one of the province, printed alone (with and without ``--pdf``).

``--nasional`` builds the whole national portal instead (about 90 minutes on 2 cores): without PDFs,
cold with PDFs (every LKj printed), and again after one kabupaten's realisasi changed (the cache
reprints that LKj only), and projects N CI shards from the measured per-LKj printing time.

Per-LKj figures are CPU seconds (build with PDFs minus build without, divided by the number of LKj),
robust when other processes share the machine. The national projection multiplies them by the
national counts (1 RI, 38 provinces, 514 kabupaten/kota, 5 years). Prints a Markdown table and
writes it to bench/hasil-<date>-pdf.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import buat_data
from jalankan import LAKIP_PLUGIN, MKDOCS_YML, Ukur, jalankan
from jalankan import proyek as proyek_situs

LOG = re.compile(r"lakip: (\d+) PDF LKj \((\d+) halaman\)(?: diambil dari cache)? dalam ([\d.]+) detik"
                 r"(?:: (\d+) dicetak)?")
NASIONAL = {"ri": 1, "provinsi": 38, "kabkota": 514}


def proyek(root: Path, data: Path) -> Path:
    """The benchmark's project (bench/jalankan.py: the site's theme overrides and assets), PDFs on."""
    proyek_situs(root, True)
    (root / "mkdocs.yml").write_text(MKDOCS_YML.format(lakip=LAKIP_PLUGIN), encoding="utf-8")
    (root / "satker").symlink_to(data)
    return root


def build(root: Path, env: dict[str, str]) -> tuple[Ukur, tuple[int, int, float, int] | None]:
    u = jalankan([sys.executable, "-m", "mkdocs", "build", "-f", "mkdocs.yml", "-d", "site"], root, env)
    if u.rc != 0:
        raise SystemExit(f"mkdocs build gagal (rc={u.rc}):\n{u.stderr}")
    m = LOG.search(u.stderr)
    return u, (int(m[1]), int(m[2]), float(m[3]), int(m[4] or 0)) if m else None


def lkj(root: Path, env: dict[str, str], *args: str) -> Ukur:
    u = jalankan([sys.executable, "-m", "lakip.cli", "lkj", *args], root, env)
    if u.rc != 0:
        raise SystemExit(f"lakip lkj {' '.join(args)} gagal:\n{u.stderr}")
    return u


def baris(nama: str, u: Ukur, catatan: str = "") -> str:
    return f"| {nama} | {u.detik:.1f} s | {u.cpu or 0:.1f} s | {catatan} |"


def simpan(baris_hasil: list[str], akhiran: str) -> int:
    """Print the results and write them to bench/hasil-<date><akhiran>.md."""
    teks = "\n".join(baris_hasil) + "\n"
    print(teks)
    (BENCH / f"hasil-{datetime.date.today().isoformat()}{akhiran}.md").write_text(teks, encoding="utf-8")
    return 0


def ubah_realisasi(r: Path) -> None:
    """One figure of a realisasi file changed, as a satker's pull request would."""
    teks = r.read_text(encoding="utf-8")
    r.write_text(re.sub(r"(\n    nilai: )(\d+)", lambda m: m[1] + str(int(m[2]) - 1 if int(m[2]) else 1), teks, count=1),
                 encoding="utf-8")


def nasional(bagian: int, n_satker: int = 553) -> int:
    """The national portal with its LKj PDFs, measured: cold, and after one satker's change."""
    tmp = Path(tempfile.mkdtemp(prefix="lakip-bench-pdf-nasional-"))
    try:
        data = tmp / "satker"
        buat_data.buat(data, n_satker, 5)
        root = proyek(tmp / "proyek", data)
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("LAKIP_")}, "NO_MKDOCS_2_WARNING": "1",
               "LAKIP_CACHE_PDF": str(tmp / "cache")}
        print("build tanpa PDF ...", flush=True)
        tanpa, _ = build(root, {**env, "LAKIP_CHROMIUM": ""})
        print(f"  {tanpa.detik:.0f} s; build dingin dengan PDF ...", flush=True)
        dingin, log_dingin = build(root, env)
        print(f"  {dingin.detik:.0f} s; build setelah satu satker berubah ...", flush=True)
        ids = [x[0] for x in buat_data.daftar_satker(n_satker)]
        satu = next((x for x in ids if x.startswith(("kab-", "kota-"))), ids[-1])
        ubah_realisasi(data / satu / "2024" / "realisasi.md")
        ubah, log_ubah = build(root, env)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    assert log_dingin and log_ubah, "baris log PDF LKj tidak ditemukan"
    n, halaman, detik_cetak = log_dingin[0], log_dingin[1], log_dingin[2]
    cpu_lkj = ((dingin.cpu or 0) - (tanpa.cpu or 0)) / n
    # N shards: each prints 1/N of the LKj (lakip lkj --semua --shard K/N), the last job builds the site
    # from the filled cache (about the rebuild after one change, minus its one reprinted LKj)
    bagian_wall = detik_cetak / bagian
    rakit = ubah.detik
    out = [f"# Benchmark PDF LKj nasional, {datetime.date.today().isoformat()}", "",
           (f"Data: `bench/buat_data.py`, {n_satker} satker x 5 tahun, seluruh portal nasional: {n} LKj, {halaman} halaman PDF. "
            f"Mesin: {os.cpu_count()} CPU, beban rata-rata saat selesai {os.getloadavg()[0]:.1f}."), "",
           "| Langkah | Waktu dinding | CPU (proses + anak, Chromium termasuk) | RSS puncak | Catatan |",
           "|---|---:|---:|---:|---|",
           f"| Build tanpa PDF | {tanpa.detik:.0f} s | {tanpa.cpu or 0:.0f} s | {tanpa.rss_mb or 0:.0f} MB | |",
           f"| Build dingin dengan PDF (cache kosong) | {dingin.detik:.0f} s ({dingin.detik / 60:.1f} menit) | "
           f"{dingin.cpu or 0:.0f} s | {dingin.rss_mb or 0:.0f} MB | {log_dingin[3]} dicetak, {detik_cetak:.0f} s di pencetakan |",
           f"| Build ulang setelah realisasi {satu} 2024 berubah | {ubah.detik:.0f} s | {ubah.cpu or 0:.0f} s | "
           f"{ubah.rss_mb or 0:.0f} MB | {log_ubah[3]} dicetak ulang, {log_ubah[2]:.0f} s di PDF |", "",
           f"Per LKj: {cpu_lkj:.2f} s CPU, {detik_cetak / n:.2f} s dinding (pencetakan dibagi jumlah LKj).", "",
           (f"Proyeksi {bagian} bagian matriks CI (tiap bagian mencetak 1/{bagian} LKj, lalu satu job merakit situs dari "
            f"cache): sekitar {bagian_wall / 60:.1f} menit pencetakan per bagian (ditambah memuat data), lalu "
            f"{rakit / 60:.1f} menit merakit; dibanding {dingin.detik / 60:.1f} menit dalam satu job.")]
    return simpan(out, "-pdf-nasional")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tahun", type=int, default=2, help="tahun data (bawaan 2: 2020-2021)")
    ap.add_argument("--bagian", type=int, default=8, help="jumlah bagian matriks CI (bawaan 8)")
    ap.add_argument("--nasional", action="store_true", help="seluruh set nasional, diukur (sekitar 90 menit)")
    a = ap.parse_args()
    if a.nasional:
        return nasional(a.bagian)
    tmp = Path(tempfile.mkdtemp(prefix="lakip-bench-pdf-"))
    try:
        data = tmp / "satker"
        buat_data.buat(data, 60, a.tahun)
        root = proyek(tmp / "proyek", data)
        dasar = {k: v for k, v in os.environ.items() if not k.startswith("LAKIP_")}
        env = {**dasar, "LAKIP_SATKER": "prov-01", "NO_MKDOCS_2_WARNING": "1"}
        tanpa, _ = build(root, {**env, "LAKIP_CHROMIUM": ""})
        dingin, log_dingin = build(root, env)
        hangat, log_hangat = build(root, env)
        ubah_realisasi(data / "kab-001" / str(2019 + a.tahun) / "realisasi.md")
        ubah, log_ubah = build(root, env)
        assert log_dingin and log_hangat and log_ubah, "baris log PDF LKj tidak ditemukan"
        n, halaman = log_dingin[0], log_dingin[1]
        shard = lkj(root, env, "--semua", "--shard", f"1/{a.bagian}", "--cache", str(tmp / "cache-bagian"))
        per = {}
        for sid in ("ri", "prov-01"):
            e = {**env, "LAKIP_SATKER": sid}
            html = lkj(root, e, sid, str(2019 + a.tahun), "--keluaran", str(tmp / "satu"))
            pdf = lkj(root, e, sid, str(2019 + a.tahun), "--keluaran", str(tmp / "satu"), "--pdf", "--cache", "")
            per[sid] = (pdf.cpu or 0) - (html.cpu or 0)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    cpu_lkj = ((dingin.cpu or 0) - (tanpa.cpu or 0)) / n
    wall_lkj = log_dingin[2] / n
    hit_lkj = ((hangat.cpu or 0) - (tanpa.cpu or 0)) / n
    jumlah = {k: v * 5 for k, v in NASIONAL.items()}
    total_lkj = sum(jumlah.values())
    cpu_nasional = jumlah["ri"] * per["ri"] + jumlah["provinsi"] * per["prov-01"] + jumlah["kabkota"] * cpu_lkj
    out = [f"# Benchmark PDF LKj, {datetime.date.today().isoformat()}", "",
           (f"Data: `bench/buat_data.py --satker 60 --tahun {a.tahun}`, situs `LAKIP_SATKER=prov-01` "
            f"(1 provinsi + 21 kabupaten/kota), {n} LKj, {halaman} halaman PDF. Mesin: {os.cpu_count()} CPU, "
            f"beban rata-rata saat selesai {os.getloadavg()[0]:.1f} (bandingkan CPU, bukan waktu dinding)."), "",
           "| Langkah | Waktu dinding | CPU (proses + anak, Chromium termasuk) | Catatan |", "|---|---:|---:|---|",
           baris("Build tanpa PDF", tanpa),
           baris("Build dingin dengan PDF (cache kosong)", dingin, f"{log_dingin[3]} dicetak, "
                 f"{log_dingin[2]:.1f} s di pencetakan"),
           baris("Build ulang, tidak ada yang berubah", hangat, f"{log_hangat[3]} dicetak, semua dari cache, "
                 f"{log_hangat[2]:.1f} s"),
           baris("Build ulang setelah realisasi kab-001 berubah", ubah, f"{log_ubah[3]} dicetak ulang, "
                 f"{log_ubah[2]:.1f} s di PDF"),
           baris(f"`lakip lkj --semua --shard 1/{a.bagian}` (cache kosong)", shard, shard.stderr.strip()[-200:]),
           "", "| Per LKj | CPU |", "|---|---:|",
           f"| Kabupaten/kota dan provinsi (rata-rata build dingin) | {cpu_lkj:.2f} s (dinding {wall_lkj:.2f} s) |",
           f"| KPU RI (dicetak sendiri) | {per['ri']:.2f} s |",
           f"| Provinsi (dicetak sendiri) | {per['prov-01']:.2f} s |",
           f"| Dari cache (susun LKj, HTML cetak, kunci, salin) | {hit_lkj:.2f} s |", "",
           (f"Proyeksi nasional ({total_lkj} LKj): semua PDF dicetak {cpu_nasional / 60:.0f} menit CPU; "
            f"dari cache {total_lkj * hit_lkj / 60:.1f} menit CPU; satu bagian dari {a.bagian}: "
            f"{cpu_nasional / a.bagian / 60:.1f} menit CPU pencetakan.")]
    return simpan(out, "-pdf")


if __name__ == "__main__":
    sys.exit(main())
