"""Benchmark: lakip check, the plugin's build overhead, output size, memory, linearity.

    python bench/jalankan.py              # the national set: 553 satker x 5 years
    python bench/jalankan.py --cepat      # a quick run on 60 satker
    python bench/jalankan.py --satker 200 # any N

Generates the synthetic data (bench/buat_data.py) in a temporary folder, then
measures, each in its own subprocess:

1. ``lakip check`` on the whole set (wall time, peak RSS);
2. ``mkdocs build`` of a minimal project with the lakip plugin at N/4, N/2, N
   satker (wall time, peak RSS, pages, bytes) to see whether it stays linear;
3. a bare ``mkdocs build`` (same theme, nav and Markdown, no lakip plugin) of the
   pages ``semua_halaman`` generates for N satker, and the ratio plugin/bare;
4. the build of one kabupaten's site (``LAKIP_SATKER=<id>``) on the N-satker data;
5. Pagefind's indexing of the N-satker site (run again on its own, for its share of the build),
   and what a visitor downloads (bench/cari.py: the home page's first view, one search query).

Prints a Markdown table and writes it to bench/hasil-<date>.md (hasil-<date>-<N>satker.md
for another N). The targets
are printed next to the figures; nothing is asserted.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

import buat_data
import cari

TIME_BIN = "/usr/bin/time"

MKDOCS_YML = """\
site_name: Benchmark lakip
site_url: https://kinerja.example.go.id/
docs_dir: docs
strict: false
theme:
  name: material
  custom_dir: overrides
  language: id
  font: false
  features:
    - navigation.tabs
    - navigation.top
extra_css:
  - assets/lakip.css
extra_javascript:
  - assets/lakip.js
  - assets/cari.js
plugins:
{lakip}nav:
  - Beranda: index.md
  - Satker: satker/index.md
not_in_nav: |
  /satker/**
markdown_extensions:
  - tables
  - admonition
  - attr_list
  - toc:
      permalink: true
validation:
  nav:
    omitted_files: ignore
  links:
    unrecognized_links: info
    absolute_links: info
    not_found: info
    anchors: info
"""
LAKIP_PLUGIN = "  - lakip:\n      folder_data: satker\n"


def _plugin_yml() -> str:
    """The lakip plugin block; ``pdf: false`` when the plugin has that option (PDFs need Chromium)."""
    from lakip.config import LakipConfig

    opsi = dict(LakipConfig._schema)
    return LAKIP_PLUGIN + ("      pdf: false\n" if "pdf" in opsi else "")
# the same split as the build: one index per satker above the plugin's cari_pecah pages
_INDEKS = ("import sys; from pathlib import Path; from lakip.site.cari import indeks; from lakip.config import LakipConfig; "
           "pecah = dict(LakipConfig._schema)['cari_pecah'].default; "
           "r = indeks(Path('site'), per_satker=sum(1 for _ in Path('site').rglob('*.html')) > pecah); "
           "print(r if isinstance(r, str) else r.ringkas()); sys.exit(isinstance(r, str))")
INDEX_MD = "# Benchmark\n\nSitus sintetis untuk mengukur waktu pembangunan. Lihat [daftar satker](satker/index.md).\n"


@dataclass
class Ukur:
    detik: float
    rss_mb: float | None
    cpu: float | None  # user + sys seconds of the child: robust when other processes share the CPUs
    rc: int
    stderr: str


def jalankan(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> Ukur:
    """Run ``cmd``; wall time from here, peak RSS from /usr/bin/time (else getrusage)."""
    pakai_time = os.access(TIME_BIN, os.X_OK)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        full = [TIME_BIN, "-f", "%M %U %S", "-o", tf.name, *cmd] if pakai_time else cmd
        ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        sebelum = ru0.ru_maxrss
        t0 = time.perf_counter()
        p = subprocess.run(full, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True, check=False)
        detik = time.perf_counter() - t0
        rss: float | None = None
        ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu: float | None = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
        if pakai_time:
            try:
                m, u, s = Path(tf.name).read_text().strip().splitlines()[-1].split()
                rss, cpu = int(m) / 1024, float(u) + float(s)
            except (ValueError, IndexError):
                rss = None
        else:
            # RUSAGE_CHILDREN is the max over all children so far: only meaningful if it grew
            rss = ru1.ru_maxrss / 1024 if ru1.ru_maxrss > sebelum else None
    return Ukur(detik, rss, cpu, p.returncode, p.stderr[-3000:])


def ukuran_situs(site: Path) -> tuple[int, int, int]:
    """(HTML pages, bytes of HTML, bytes of everything) under ``site``."""
    n = html = total = 0
    for root, _, files in os.walk(site):
        for f in files:
            sz = os.path.getsize(os.path.join(root, f))
            total += sz
            if f.endswith(".html"):
                n += 1
                html += sz
    return n, html, total


def proyek(root: Path, dengan_plugin: bool) -> Path:
    """A minimal project with the site's theme overrides and assets (the header's search box)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(MKDOCS_YML.format(lakip=_plugin_yml() if dengan_plugin else ""), encoding="utf-8")
    (root / "docs" / "assets").mkdir(parents=True, exist_ok=True)
    (root / "docs" / "index.md").write_text(INDEX_MD, encoding="utf-8")
    shutil.copytree(REPO / "overrides", root / "overrides", dirs_exist_ok=True)
    for nama in ("lakip.css", "lakip.js", "cari.js"):
        shutil.copyfile(REPO / "docs" / "assets" / nama, root / "docs" / "assets" / nama)
    return root


def mkdocs_build(root: Path, env: dict[str, str] | None = None) -> Ukur:
    u = jalankan([sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml", "-d", "site"], root, env)
    if u.rc != 0:
        raise SystemExit(f"mkdocs build gagal di {root} (rc={u.rc}):\n{u.stderr}")
    return u


def tulis_halaman_polos(satker: Path, docs: Path) -> int:
    """Write every page the plugin generates as a plain Markdown file under ``docs``."""
    from lakip.bangun import bangun
    from lakip.site.halaman import semua_halaman

    situs, masalah = bangun(satker, str(satker))
    if masalah:
        raise SystemExit(f"data sintetis tidak lolos pemeriksaan:\n{masalah.teks()}")
    halaman = semua_halaman(situs)
    for uri, (md, _, _) in halaman.items():
        p = docs / uri
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(md, encoding="utf-8")
    return len(halaman)


def fmt_s(x: float) -> str:
    return f"{x:.2f} s" if x < 120 else f"{x:.1f} s ({x / 60:.1f} min)"


def fmt_cpu(u: Ukur) -> str:
    return f"{fmt_s(u.detik)} (CPU {u.cpu:.1f} s)" if u.cpu is not None else fmt_s(u.detik)


def fmt_mb(x: float | None) -> str:
    return "–" if x is None else f"{x:.0f} MB"


def main() -> int:
    ap = argparse.ArgumentParser(description="Benchmark situs lakip")
    ap.add_argument("--satker", type=int, default=553, help="jumlah satker (bawaan 553: nasional)")
    ap.add_argument("--cepat", action="store_true", help="cepat: 60 satker")
    ap.add_argument("--tahun", type=int, default=5)
    ap.add_argument("--simpan", type=Path, default=None, help="simpan folder kerja di sini (bawaan: dihapus)")
    ap.add_argument("--tanpa-linear", action="store_true", help="lewati pembangunan N/4 dan N/2")
    a = ap.parse_args()
    n = 60 if a.cepat else a.satker
    ids = [x[0] for x in buat_data.daftar_satker(n)]
    satu = next((x for x in ids if x.startswith(("kab-", "kota-"))), ids[-1])

    kerja = a.simpan or Path(tempfile.mkdtemp(prefix="lakip-bench-"))
    kerja.mkdir(parents=True, exist_ok=True)
    t_awal = time.perf_counter()
    try:
        # --- builds with the plugin at N/4, N/2, N (for linearity); the N one is the main figure
        ukuran = sorted({max(1, n // 4), max(1, n // 2), n}) if not a.tanpa_linear else [n]
        hasil_plugin: dict[int, tuple[Ukur, tuple[int, int, int]]] = {}
        for k in ukuran:
            root = proyek(kerja / f"plugin-{k}", True)
            t0 = time.perf_counter()
            buat_data.buat(root / "satker", k, a.tahun)
            print(f"[{k} satker] data ditulis dalam {time.perf_counter() - t0:.1f} s; membangun dengan plugin ...", flush=True)
            u = mkdocs_build(root)
            hasil_plugin[k] = (u, ukuran_situs(root / "site"))
            print(f"  {k} satker: {u.detik:.1f} s, {fmt_mb(u.rss_mb)}", flush=True)
        root_n = kerja / f"plugin-{n}"
        data_n = root_n / "satker"
        n_berkas = sum(1 for _ in data_n.rglob("*.md"))
        byte_data = sum(p.stat().st_size for p in data_n.rglob("*.md"))

        # --- lakip check: cold (every file read), warm (nothing changed), one satker changed
        print("lakip check ...", flush=True)
        perintah = [sys.executable, "-m", "lakip.cli", "check", "satker"]
        cek = jalankan([*perintah, "--tanpa-cache"], root_n)
        isi = jalankan(perintah, root_n)  # fills .lakip-cache
        cek_hangat = jalankan(perintah, root_n)
        ubah = data_n / satu / "2024" / "realisasi.md"
        ubah.write_text(ubah.read_text(encoding="utf-8") + "\nCatatan benchmark.\n", encoding="utf-8")
        cek_satu = jalankan(perintah, root_n)
        for u in (cek, isi, cek_hangat, cek_satu):
            if u.rc != 0:
                raise SystemExit(f"lakip check gagal (rc={u.rc}):\n{u.stderr}")

        # --- search: Pagefind's share of the build (the same indexing again), and what a visitor downloads
        print("indeks pencarian dan unduhan di peramban ...", flush=True)
        pagefind = jalankan([sys.executable, "-c", _INDEKS], root_n)
        unduh = cari.ukur(root_n / "site") if Path(cari.CHROMIUM).exists() else None

        # --- bare build of the same Markdown pages
        print("menulis halaman polos dan membangun tanpa plugin ...", flush=True)
        root_b = proyek(kerja / f"polos-{n}", False)
        t0 = time.perf_counter()
        n_hal = tulis_halaman_polos(data_n, root_b / "docs")
        t_tulis = time.perf_counter() - t0
        polos = mkdocs_build(root_b)
        uk_polos = ukuran_situs(root_b / "site")

        # --- one satker's site
        print(f"situs satu satker ({satu}) ...", flush=True)
        shutil.rmtree(root_n / "site")
        satu_u = mkdocs_build(root_n, {"LAKIP_SATKER": satu})
        uk_satu = ukuran_situs(root_n / "site")
    finally:
        if a.simpan is None:
            shutil.rmtree(kerja, ignore_errors=True)

    u_n, (hal_n, html_n, total_n) = hasil_plugin[n]
    rasio = u_n.detik / polos.detik
    tanggal = datetime.date.today().isoformat()
    out = [f"# Hasil benchmark lakip {tanggal}", "",
           (f"Mesin: {platform.machine()}, {os.cpu_count()} CPU, Python {platform.python_version()}, "
           f"{platform.system()} {platform.release()}. Data: {n} satker x {a.tahun} tahun "
           f"({n_berkas} berkas data, {byte_data / 1e6:.1f} MB), {hal_n} halaman HTML. "
           f"Durasi benchmark: {(time.perf_counter() - t_awal) / 60:.1f} menit. "
           f"Beban mesin (load average 1/5/15 min) di akhir: {' / '.join(f'{x:.1f}' for x in os.getloadavg())}: "
           "bila melebihi jumlah CPU, waktu wall ikut diperlambat proses lain; bandingkan juga waktu CPU."), "",
           "| Ukuran | Nilai | Sasaran |", "|---|---:|---|"]
    out.append(f"| `lakip check --tanpa-cache` {n} satker: semua berkas dibaca (wall) | {fmt_cpu(cek)} | ≤ 3 s |")
    out.append(f"| `lakip check`, tidak ada yang berubah sejak pemeriksaan bersih terakhir | {fmt_cpu(cek_hangat)} | ≤ 3 s |")
    out.append(f"| `lakip check`, satu berkas satu satker berubah (seperti pull request) | {fmt_cpu(cek_satu)} | ≤ 3 s |")
    out.append(f"| `lakip check` RSS puncak | {fmt_mb(cek.rss_mb)} | |")
    out.append(f"| Build dengan plugin, {n} satker (wall) | {fmt_cpu(u_n)} | ≤ 6 menit (553 satker, 2 core) |")
    out.append(f"| Pagefind: indeks pencarian {hal_n} halaman (bagian dari build dengan plugin) | "
               f"{fmt_cpu(pagefind)}, {fmt_mb(pagefind.rss_mb)} | |")
    out.append(f"| Build polos (tanpa plugin, Markdown sama, {n_hal} halaman + index) | {fmt_cpu(polos)} | |")
    out.append(f"| Rasio plugin / polos (wall) | {rasio:.2f}× | ≤ 1,15× |")
    if u_n.cpu and polos.cpu:
        out.append(f"| Rasio plugin / polos (CPU user+sys) | {u_n.cpu / polos.cpu:.2f}× | ≤ 1,15× |")
    out.append(f"| RSS puncak build dengan plugin | {fmt_mb(u_n.rss_mb)} | |")
    out.append(f"| RSS puncak build polos | {fmt_mb(polos.rss_mb)} | |")
    out.append(f"| Halaman HTML (plugin / polos) | {hal_n} / {uk_polos[0]} | |")
    out.append(f"| HTML per halaman (plugin / polos) | {html_n / hal_n / 1024:.1f} KiB / {uk_polos[1] / uk_polos[0] / 1024:.1f} KiB | |")
    out.append(f"| Seluruh situs (plugin, termasuk aset, indeks pencarian, data/) | {total_n / 1e6:.1f} MB ({total_n / hal_n / 1024:.1f} KiB/halaman) | |")
    out.append(f"| Seluruh situs polos | {uk_polos[2] / 1e6:.1f} MB ({uk_polos[2] / uk_polos[0] / 1024:.1f} KiB/halaman) | |")
    out.append(f"| Menulis {n_hal} halaman Markdown (muat + hitung + `semua_halaman`, dalam proses) | {fmt_s(t_tulis)} | |")
    out.append(f"| Situs satu satker (`LAKIP_SATKER={satu}`, data {n} satker) | {fmt_cpu(satu_u)} ({uk_satu[0]} halaman, {fmt_mb(satu_u.rss_mb)}) | ≤ 3 s |")
    if unduh is not None:
        out += ["", "Unduhan pengunjung (bench/cari.py: Chromium, cache kosong, ukuran seperti dikirim host statis):", "",
                cari.tabel(*unduh)]
    out += ["", "Linearitas (build dengan plugin):", "",
            "| Satker | Halaman | Waktu | CPU | Halaman/s | ms CPU/halaman | HTML/halaman | Situs/halaman | RSS puncak |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for k, (u, (h, html, total)) in sorted(hasil_plugin.items()):
        cpu_h = f"{1000 * u.cpu / h:.1f}" if u.cpu is not None else "–"
        out.append(f"| {k} | {h} | {fmt_s(u.detik)} | {u.cpu or 0:.1f} s | {h / u.detik:.1f} | {cpu_h} | "
                   f"{html / h / 1024:.1f} KiB | {total / h / 1024:.1f} KiB | {fmt_mb(u.rss_mb)} |")
    teks = "\n".join(out) + "\n"
    print()
    print(teks)
    berkas = BENCH / (f"hasil-{tanggal}.md" if n == 553 else f"hasil-{tanggal}-{n}satker.md")
    berkas.write_text(teks, encoding="utf-8")
    print(f"ditulis: {berkas}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
