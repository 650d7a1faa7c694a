"""Generate a synthetic national satker data set for benchmarking.

    python bench/buat_data.py [--satker N] [--tahun 5] [--seed 1] OUT

writes ``OUT/<id>/...`` in the model's format (see plugins/lakip/model.py):
``ri`` (KPU RI), ``prov-NN`` (38 KPU Provinsi) and ``kab-NNN`` / ``kota-NNN``
(514 KPU Kabupaten/Kota, each with ``induk`` set to its province). Every satker
gets a Renstra 2020-2024 and, per year, pk.md, realisasi.md and anggaran.md.

The data is deterministic: each satker's numbers come from a generator seeded
with (seed, satker id), so ``--satker 100`` is exactly the first 100 satker of
the full set (RI first, then the provinces, then the kabupaten/kota). That is
what makes the N/4, N/2, N runs of bench/jalankan.py comparable. The files are
written in the canonical form of ``lakip rapikan``, so ``lakip check`` passes.
"""

from __future__ import annotations

import argparse
import random
from decimal import Decimal
from pathlib import Path

PROVINSI = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi", "Sumatera Selatan", "Bengkulu",
    "Lampung", "Kepulauan Bangka Belitung", "Kepulauan Riau", "DKI Jakarta", "Jawa Barat",
    "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Banten", "Bali", "Nusa Tenggara Barat",
    "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan",
    "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Sulawesi Tengah", "Sulawesi Selatan",
    "Sulawesi Tenggara", "Gorontalo", "Sulawesi Barat", "Maluku", "Maluku Utara", "Papua Barat",
    "Papua Barat Daya", "Papua", "Papua Selatan", "Papua Tengah", "Papua Pegunungan",
]
JUMLAH_KABKOTA = 514
RENSTRA = (2020, 2024)

# (nama, satuan, polaritas): a mix of naik/turun, % and Dokumen
INDIKATOR = [
    ("Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", "%", "naik"),
    ("Persentase pemilih yang berhak memilih tetapi tidak masuk DPT", "%", "turun"),
    ("Jumlah dokumen DPT yang ditetapkan", "Dokumen", "naik"),
    ("Persentase partisipasi pemilih", "%", "naik"),
    ("Persentase sengketa proses yang dikabulkan", "%", "turun"),
    ("Jumlah dokumen regulasi teknis yang diterbitkan", "Dokumen", "naik"),
    ("Persentase penyelesaian logistik tepat waktu", "%", "naik"),
    ("Persentase keterisian badan ad hoc", "%", "naik"),
    ("Jumlah laporan keuangan yang disusun tepat waktu", "Dokumen", "naik"),
    ("Persentase temuan audit yang berulang", "%", "turun"),
    ("Persentase layanan informasi publik yang diselesaikan", "%", "naik"),
    ("Jumlah dokumen perencanaan yang ditetapkan", "Dokumen", "naik"),
]
SASARAN = [
    "Terwujudnya kebijakan bidang politik yang kuat",
    "Terwujudnya pemutakhiran data pemilih yang akurat",
    "Meningkatnya partisipasi masyarakat dalam Pemilu",
    "Terwujudnya tata kelola logistik yang efektif",
    "Terwujudnya birokrasi yang bersih dan akuntabel",
    "Meningkatnya kualitas layanan informasi publik",
]
PROGRAM = [
    ("076.01.WA", "Program Dukungan Manajemen", "6709", [
        ("Dukungan Manajemen Internal", ["Layanan Perkantoran", "Layanan Umum", "Layanan Sarana Internal"]),
        ("Pengelolaan Keuangan", ["Laporan Keuangan", "Layanan Pengadaan", "Layanan BMN"]),
        ("Pengelolaan Sumber Daya Manusia", ["Layanan Kepegawaian", "Layanan Pendidikan dan Pelatihan"]),
        ("Pengelolaan Hukum", ["Layanan Hukum", "Layanan Advokasi"]),
        ("Pengelolaan Data dan Informasi", ["Sarana Teknologi", "Layanan Data dan Informasi"]),
    ]),
    ("076.01.DH", "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", "3371", [
        ("Perencanaan dan Data Pemilu", ["Dokumen Perencanaan", "Data Pemilih"]),
        ("Teknis Penyelenggaraan Pemilu", ["Badan Ad Hoc", "Logistik Pemilu", "Pemungutan Suara"]),
        ("Sosialisasi dan Partisipasi Masyarakat", ["Sosialisasi Pemilu", "Pendidikan Pemilih"]),
        ("Pengawasan Internal", ["Laporan Pengawasan"]),
        ("Pencalonan Peserta Pemilu", ["Verifikasi Peserta", "Dokumen Pencalonan"]),
    ]),
]
KRO = ["QGE", "RAN", "EBA", "EBB", "EBD", "QMA", "SAB", "UAB"]


def daftar_satker(n: int | None = None) -> list[tuple[str, str, str, str | None, str | None]]:
    """(id, tingkat, nama, provinsi, induk) for the national set, RI first; the first ``n``."""
    out: list[tuple[str, str, str, str | None, str | None]] = [("ri", "ri", "KPU Republik Indonesia", None, None)]
    for i, prov in enumerate(PROVINSI, 1):
        out.append((f"prov-{i:02d}", "provinsi", f"KPU Provinsi {prov}", prov, "ri"))
    # spread the kabupaten/kota over the provinces with deterministic, uneven weights
    rng = random.Random("sebaran")
    bobot = [rng.randint(3, 30) for _ in PROVINSI]
    total = sum(bobot)
    jatah = [max(1, round(JUMLAH_KABKOTA * b / total)) for b in bobot]
    while sum(jatah) > JUMLAH_KABKOTA:
        jatah[jatah.index(max(jatah))] -= 1
    while sum(jatah) < JUMLAH_KABKOTA:
        jatah[jatah.index(min(jatah))] += 1
    no = 0
    for p, k in enumerate(jatah, 1):
        for j in range(k):
            no += 1
            kota = j % 5 == 4
            jenis = "kota" if kota else "kab"
            nama = f"KPU {'Kota' if kota else 'Kabupaten'} Sintetis {no:03d}"
            out.append((f"{jenis}-{no:03d}", "kota" if kota else "kabupaten", nama, PROVINSI[p - 1], f"prov-{p:02d}"))
    return out if n is None else out[:n]


def _angka(x: Decimal | float) -> str:
    d = Decimal(str(x)).quantize(Decimal("0.01")).normalize()
    s = format(d, "f")
    return s


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _profil(sid: str, tingkat: str, nama: str, prov: str | None, induk: str | None,
            tahun: list[int], rng: random.Random) -> str:
    baris = ["---", f"nama: {_q(nama)}", f"tingkat: {tingkat}"]
    if prov:
        baris.append(f"provinsi: {_q(prov)}")
    if induk:
        baris.append(f"induk: {induk}")
    baris += [f"nama_sekretariat: {_q('Sekretariat ' + nama)}",
              f"alamat: {_q(f'Jl. Pemilu No. {rng.randint(1, 200)}')}",
              f"telepon: {_q(f'(0{rng.randint(21, 999)}) {rng.randint(100000, 999999)}')}",
              f"email: {sid}@kpu.example.go.id", "pejabat:"]
    jabatan = ["Ketua"] + ["Anggota"] * (6 if tingkat == "ri" else 4) + ["Sekretaris"]
    for i, j in enumerate(jabatan):
        baris += [f"  - nama: {_q(f'Pejabat {i + 1} {sid}')}", f"    jabatan: {j}"]
    baris.append("sdm:")
    for kel, jml in (("PNS", rng.randint(10, 60)), ("PPNPN", rng.randint(3, 20))):
        baris += [f"  - kelompok: {kel}", f"    jumlah: {jml}", "    satuan: orang"]
    baris.append("dokumen:")
    for t in tahun:
        baris += [f"  - judul: {_q(f'Laporan Kinerja {t}')}", f"    tahun: {t}", "    kategori: berkala",
                  "    jenis: lkj", f"    tanggal: {t + 1}-01-{rng.randint(10, 28)}"]
    baris += ["---", f"{nama} adalah satker sintetis untuk pengujian kinerja pembangunan situs.", ""]
    return "\n".join(baris)


def _renstra_data(tingkat: str, rng: random.Random) -> list[tuple[str, str, list[dict]]]:
    n_sas = {"ri": 6, "provinsi": 5}.get(tingkat, 4)
    pilihan = list(range(len(INDIKATOR)))
    rng.shuffle(pilihan)
    sasaran = []
    k = 0
    for s in range(n_sas):
        inds = []
        for i in range(rng.randint(2, 3)):
            nama, satuan, pol = INDIKATOR[pilihan[k % len(pilihan)]]
            k += 1
            target: dict[int, Decimal] = {}
            if satuan == "Dokumen":
                base = rng.randint(1, 12)
                for t in range(RENSTRA[0], RENSTRA[1] + 1):
                    target[t] = Decimal(base + rng.randint(0, 2))
            elif pol == "turun":
                base = rng.uniform(0.5, 10)
                for j, t in enumerate(range(RENSTRA[0], RENSTRA[1] + 1)):
                    target[t] = Decimal(_angka(max(0.1, base * (1 - 0.1 * j))))
            else:
                base = rng.uniform(60, 90)
                for j, t in enumerate(range(RENSTRA[0], RENSTRA[1] + 1)):
                    target[t] = Decimal(_angka(min(100, base + 2.5 * j)))
            inds.append({"id": f"IK{s + 1}.{i + 1}", "nama": nama, "satuan": satuan, "polaritas": pol,
                         "iku": i == 0, "target": target})
        sasaran.append((f"SS{s + 1}", SASARAN[s % len(SASARAN)], inds))
    return sasaran


def _renstra(nama: str, sasaran: list[tuple[str, str, list[dict]]]) -> str:
    b = ["---", f"dasar: {_q('Keputusan ' + nama + ' tentang Renstra 2020-2024')}",
         "visi: Menjadi penyelenggara Pemilu yang mandiri, profesional dan berintegritas",
         "misi:", "  - Membangun lembaga penyelenggara Pemilu yang profesional",
         "  - Meningkatkan kualitas pelayanan Pemilu",
         "tujuan:", "  - id: T1", "    uraian: Meningkatkan kualitas penyelenggaraan Pemilu",
         "  - id: T2", "    uraian: Meningkatkan tata kelola kelembagaan", "sasaran:"]
    for j, (sid, uraian, inds) in enumerate(sasaran):
        b += [f"  - id: {sid}", f"    uraian: {_q(uraian)}", f"    tujuan: T{1 + j % 2}", "    indikator:"]
        for ind in inds:
            b += [f"      - id: {ind['id']}", f"        nama: {_q(ind['nama'])}", f"        satuan: {_q(ind['satuan'])}"]
            if ind["polaritas"] != "naik":
                b.append(f"        polaritas: {ind['polaritas']}")
            if ind["iku"]:
                b.append("        iku: true")
            tg = ", ".join(f"{t}: {_angka(v)}" for t, v in ind["target"].items())
            b.append(f"        target: {{{tg}}}")
    b += ["---", ""]
    return "\n".join(b)


def _pk(nama: str, induk_nama: str, t: int, sasaran: list, rng: random.Random, anggaran: list) -> str:
    b = ["---", "perjanjian:", "  - id: ketua", f"    judul: {_q(f'Perjanjian Kinerja Tahun {t}')}",
         f"    tanggal: {t}-01-{rng.randint(2, 20):02d}",
         f"    pihak_pertama: {{jabatan: {_q('Ketua ' + nama)}}}",
         f"    pihak_kedua: {{jabatan: {_q('Ketua ' + induk_nama)}}}", "    baris:"]
    for _, _, inds in sasaran:
        for ind in inds:
            b += [f"      - indikator: {ind['id']}", f"        target: {_angka(ind['target'][t])}"]
    b.append("    anggaran:")
    for kode, pnama, pagu in anggaran:
        b += [f"      - program: {_q(kode)}", f"        nama: {_q(pnama)}", f"        pagu: {pagu}"]
    b += ["---", ""]
    return "\n".join(b)


def _realisasi(t: int, sasaran: list, rng: random.Random) -> str:
    b = ["---", "realisasi:"]
    for _, _, inds in sasaran:
        for ind in inds:
            tg = float(ind["target"][t])
            if ind["satuan"] == "Dokumen":
                nilai = Decimal(max(0, int(tg) + rng.choice((-1, 0, 0, 0, 1))))
            elif ind["polaritas"] == "turun":
                nilai = Decimal(_angka(tg * rng.uniform(0.4, 1.5)))
            else:
                nilai = Decimal(_angka(min(100.0, tg * rng.uniform(0.85, 1.12))))
            b += [f"  - indikator: {ind['id']}", f"    nilai: {_angka(nilai)}"]
            if rng.random() < 0.3:
                b.append(f"    analisis: {_q('Capaian dipengaruhi tahapan Pemilu dan ketersediaan anggaran tahun ' + str(t) + '.')}")
    b += ["---", f"Uraian capaian kinerja tahun {t}.", ""]
    return "\n".join(b)


def _anggaran(tingkat: str, t: int, rng: random.Random) -> tuple[str, list[tuple[str, str, int]]]:
    skala = {"ri": 2_000_000_000, "provinsi": 200_000_000, "kabupaten": 40_000_000, "kota": 30_000_000}[tingkat]
    if t in (2023, 2024):
        skala *= 4  # election years
    b = ["program:"]
    tot_pagu = tot_real = 0
    per_program = []
    for kode_p, nama_p, kode_k, kegiatan in PROGRAM:
        b += [f"  - kode: {_q(kode_p)}", f"    nama: {_q(nama_p)}", "    kegiatan:"]
        pagu_p = 0
        for ki, (nama_k, ro_nama) in enumerate(kegiatan[: rng.randint(3, 5)]):
            kk = str(int(kode_k) + ki)
            b += [f"      - kode: {_q(kk)}", f"        nama: {_q(nama_k)}", "        ro:"]
            for ri, nama_ro in enumerate(ro_nama[: rng.randint(1, 3)]):
                pagu = rng.randint(5, 300) * skala // 100 // 1000 * 1000
                real = int(pagu * rng.uniform(0.80, 0.99)) // 1000 * 1000
                pagu_p += pagu
                tot_pagu += pagu
                tot_real += real
                b += [f"          - kode: {_q(f'{kk}.{KRO[(ki + ri) % len(KRO)]}.{ri + 1:03d}')}",
                      f"            nama: {_q(nama_ro)}", f"            pagu: {pagu}", f"            realisasi: {real}",
                      f"            volume: {_q('1 Layanan')}"]
        per_program.append((kode_p, nama_p, pagu_p))
    # belanja 51/52/53: the same totals, each realisasi <= its pagu
    pagu_b = [tot_pagu * 40 // 100, tot_pagu * 50 // 100]
    pagu_b.append(tot_pagu - sum(pagu_b))
    real_b = [p * tot_real // tot_pagu for p in pagu_b]
    real_b[-1] += tot_real - sum(real_b)
    awal = tot_pagu - rng.randint(0, 50) * 1_000_000
    b = ["---", f"pagu: {tot_pagu}", f"realisasi: {tot_real}", f"pagu_awal: {awal}", *b, "belanja:"]
    for (kode, nama), p, r in zip((("51", "Belanja Pegawai"), ("52", "Belanja Barang"), ("53", "Belanja Modal")),
                                  pagu_b, real_b, strict=True):
        b.append(f"  - {{kode: {_q(kode)}, nama: {nama}, pagu: {p}, realisasi: {r}}}")
    b += ["revisi:",
          f"  - {{ke: 1, tanggal: {t}-06-{rng.randint(1, 28):02d}, pagu: {tot_pagu}, uraian: Revisi DIPA}}",
          "---", ""]
    return "\n".join(b), per_program


def tulis_satker(out: Path, sid: str, tingkat: str, nama: str, prov: str | None, induk: str | None,
                 nama_induk: str, n_tahun: int, seed: int) -> int:
    rng = random.Random(f"{seed}-{sid}")
    folder = out / sid
    folder.mkdir(parents=True, exist_ok=True)
    tahun = list(range(RENSTRA[0], RENSTRA[0] + n_tahun))
    sasaran = _renstra_data(tingkat, rng)
    berkas = {
        "profil.md": _profil(sid, tingkat, nama, prov, induk, tahun, rng),
        f"renstra-{RENSTRA[0]}-{RENSTRA[1]}.md": _renstra(nama, sasaran),
    }
    for t in tahun:
        ang, per_program = _anggaran(tingkat, t, rng)
        berkas[f"{t}/anggaran.md"] = ang
        berkas[f"{t}/pk.md"] = _pk(nama, nama_induk, t, sasaran, rng, per_program)
        berkas[f"{t}/realisasi.md"] = _realisasi(t, sasaran, rng)
    for rel, isi in berkas.items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(isi, encoding="utf-8")
    return len(berkas)


def buat(out: Path, n: int | None = None, n_tahun: int = 5, seed: int = 1) -> list[str]:
    if not 1 <= n_tahun <= RENSTRA[1] - RENSTRA[0] + 1:
        raise SystemExit(f"--tahun harus 1..{RENSTRA[1] - RENSTRA[0] + 1} (Renstra {RENSTRA[0]}-{RENSTRA[1]})")
    daftar = daftar_satker(n)
    nama = {sid: nm for sid, _, nm, _, _ in daftar}
    for sid, tingkat, nm, prov, induk in daftar:
        tulis_satker(out, sid, tingkat, nm, prov, induk, nama.get(induk or "", "Presiden Republik Indonesia"),
                     n_tahun, seed)
    return [d[0] for d in daftar]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="folder satker/ yang ditulis (harus baru atau kosong)")
    ap.add_argument("--satker", type=int, default=None, help="jumlah satker (bawaan: 553, seluruhnya)")
    ap.add_argument("--tahun", type=int, default=5, help="jumlah tahun mulai 2020 (bawaan 5)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if a.out.exists() and any(a.out.iterdir()):
        raise SystemExit(f"{a.out} sudah berisi berkas; pilih folder baru (tidak ditimpa)")
    ids = buat(a.out, a.satker, a.tahun, a.seed)
    print(f"{len(ids)} satker x {a.tahun} tahun ditulis ke {a.out}")


if __name__ == "__main__":
    main()
