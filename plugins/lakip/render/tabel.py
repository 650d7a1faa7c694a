"""Computed figures as Markdown: tables and the generated pages.

Markdown (not HTML) so that MkDocs' table of contents, search and the theme
see the tables. Every value from the data goes through ``sel`` so that ``|``
cannot break a table and ``<script>`` shows as text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..compute.anggaran import BarisAnggaran
from ..compute.kinerja import CapaianIndikator, HasilTahun, Kelompok, KelompokSasaran
from ..compute.konsistensi import judul_lingkup, kunci_anggaran, kunci_indikator
from ..compute.pengaturan import Pengaturan
from ..model.rekaman import Angka, Indikator, Renstra
from ..model.satker import Satker
from .aman import sel
from .format import angka, persen, rupiah, tanggal
from .kalimat import alasan, rumus
from .tercetak import CatatanTercetak


@dataclass(frozen=True)
class TabelData:
    """A table as structure: header cells, rows and one alignment letter per column (l, r, c).

    Cells are inline Markdown made safe by ``sel``. The web page and the LKj take the
    same object; ``markdown`` writes it.
    """

    kepala: tuple[str, ...]
    baris: tuple[tuple[str, ...], ...]
    rata: str

    def html_sel(self) -> list[list[str]] | None:
        """Each row's cells (header first) as HTML when every cell is plain text, bold or italic, else None."""
        sel = [[_sel_html(x) for x in b] for b in ((self.kepala,) + self.baris)]
        return None if any(x is None for b in sel for x in b) else sel  # type: ignore[return-value]

    def markdown(self) -> str:
        """Written as an HTML block, the same markup Python-Markdown makes of a pipe table,
        when every cell is plain text, bold or italic: Markdown's inline pass over
        table cells was a fifth of the build time of a national site. A table with
        a link (MkDocs must rewrite ``.md`` targets) or other Markdown in a cell
        stays a pipe table."""
        html_tabel = _tabel_html(self.kepala, self.baris, self.rata)
        if html_tabel is not None:
            return html_tabel
        garis = {"l": ":--", "r": "--:", "c": ":-:"}
        out = ["| " + " | ".join(self.kepala) + " |", "| " + " | ".join(garis[c] for c in self.rata) + " |"]
        for b in self.baris:
            out.append("| " + " | ".join(b) + " |")
        return "\n".join(out) + "\n"


class Isi(str):
    """Generated Markdown that still knows its tables: the text, and ``bagian`` (text and ``TabelData``).

    A page uses it as the string it is; the LKj composer takes the tables from ``bagian``
    as objects instead of scanning the text for them. Joining two ``Isi`` (``+``,
    ``gabung``) keeps the parts.
    """

    bagian: tuple[str | TabelData, ...]

    def __new__(cls, bagian: Sequence[str | TabelData]) -> "Isi":
        teks = "".join(b if isinstance(b, str) else b.markdown() for b in bagian)
        obj = super().__new__(cls, teks)
        datar: list[str | TabelData] = []  # an Isi among the parts gives its own parts
        for b in bagian:
            datar.extend(b.bagian if isinstance(b, Isi) else (b,))
        obj.bagian = tuple(datar)
        return obj

    def __add__(self, lain: str) -> "Isi":  # type: ignore[override]
        return Isi([self, lain])

    def __radd__(self, lain: str) -> "Isi":
        return Isi([lain, self])


def gabung(pemisah: str, bagian: Sequence[str]) -> Isi:
    """``pemisah.join(bagian)`` that keeps the tables of every ``Isi`` among them."""
    out: list[str | TabelData] = []
    for i, b in enumerate(bagian):
        if i:
            out.append(pemisah)
        out.append(b)
    return Isi(out)


def tabel(kepala: Sequence[str], baris: Sequence[Sequence[object]], rata: str = "") -> Isi:
    """A table; ``rata`` gives one char per column: l, r or c."""
    rata = rata or "l" * len(kepala)
    return Isi([TabelData(tuple(kepala), tuple(tuple(str(x) for x in b) for b in baris), rata)])


_RATA_HTML = {"l": ' style="text-align: left;"', "r": ' style="text-align: right;"', "c": ' style="text-align: center;"'}
_BUNGKUS = (("**", "strong"), ("*", "em"))
_KHUSUS = re.compile(r"[*`\[\]\\_]")
_BUKAN_POLOS = re.compile(r"[*`\[\]\\]|(?:^|\W)_|_(?:$|\W)")


def _sel_html(isi: object) -> str | None:
    """A cell made by ``sel`` and friends as HTML, or None when it holds Markdown beyond bold/italic."""
    s = isi.strip() if isinstance(isi, str) else str(isi).strip()
    if not _KHUSUS.search(s):  # nearly every cell: nothing Markdown would touch
        return s
    for tanda, tag in _BUNGKUS:
        if len(s) > 2 * len(tanda) and s.startswith(tanda) and s.endswith(tanda):
            dalam = _sel_html(s[len(tanda):-len(tanda)])
            return None if dalam is None else f"<{tag}>{dalam}</{tag}>"
    s = s.replace("\\|", "|")
    return None if _BUKAN_POLOS.search(s) else s


def _tabel_html(kepala: Sequence[str], baris: Sequence[Sequence[object]], rata: str) -> str | None:
    def baris_html(sel_: Sequence[object], tag: str) -> str | None:
        isi = [_sel_html(x) for x in sel_]
        if any(x is None for x in isi):
            return None
        isi += [""] * (len(rata) - len(isi))  # a short row gets empty cells, as in a pipe table
        return "<tr>" + "".join(f"<{tag}{_RATA_HTML[c]}>{x}</{tag}>" for x, c in zip(isi, rata)) + "</tr>"

    kepala_html = baris_html(kepala, "th")
    badan = [baris_html(b, "td") for b in baris]
    if kepala_html is None or any(b is None for b in badan):
        return None
    return "\n".join(["<table>", "<thead>", kepala_html, "</thead>", "<tbody>", *badan,  # type: ignore[list-item]
                      "</tbody>", "</table>"]) + "\n"


def nilai(v: Angka | None, satuan: str = "") -> str:
    if v is None:
        return "–"
    if isinstance(v, Decimal):
        s = angka(v)
        if satuan.strip() == "%":
            return f"{s}%"
        return f"{s} {sel(satuan)}".strip()
    return sel(v)


def _kategori_teks(c: CapaianIndikator) -> str:
    if c.tercapai is not None:
        return "Tercapai" if c.tercapai else "Tidak tercapai"
    if c.kategori is None:
        return "–"
    return c.kategori.nama


def _capaian_teks(c: CapaianIndikator) -> str:
    if c.tercapai is not None:
        return "Tercapai" if c.tercapai else "Tidak tercapai"
    if c.capaian is None:
        return f"*{alasan(c)}*" if alasan(c) else "–"
    return persen(c.capaian)


def _lingkup(h: HasilTahun, k: Kelompok) -> str:
    """The ``Selisih.nama`` of a group's printed mean (kept under a ``lingkup`` in ``realisasi.tercetak``)."""
    if k is h.iku:
        return judul_lingkup(h, "iku")
    if isinstance(k, KelompokSasaran) and k.sasaran is not None:
        return judul_lingkup(h, f"sasaran:{k.sasaran.id}")
    return next((judul_lingkup(h, f"perjanjian:{p.perjanjian.id}") for p in h.perjanjian if p.ringkas is k), "")


def _tanpa(isi: str, nama: str, kolom: str) -> str:
    return isi


def tabel_capaian(h: HasilTahun, kelompok: Sequence[Kelompok], judul_kelompok: bool = True,
                  tercetak: CatatanTercetak | None = None) -> str:
    """Capaian per indicator grouped by sasaran, with means and the formula used; with ``tercetak``, a
    figure the signed report printed otherwise is marked and explained under the table."""
    tanda = tercetak.tanda if tercetak else _tanpa
    batas = h.pengaturan.batas_capaian
    kepala = ["Kode", "Indikator", "Target", "Realisasi", "Capaian"]
    rata = "llrrr"
    if batas is not None:
        kepala.append(f"Capaian (maks. {angka(batas)}%)")
        rata += "r"
    kepala += ["Kategori", "Perhitungan"]
    rata += "ll"
    rows: list[list[str]] = []
    catatan: list[str] = []
    for k in kelompok:
        if judul_kelompok:
            row = [f"**{sel(k.judul.split(' ', 1)[0])}**", f"**{sel(k.judul.split(' ', 1)[-1])}**", "", "", ""]
            if batas is not None:
                row.append("")
            row += ["", ""]
            rows.append(row)
        for c in k.indikator:
            ind = c.indikator
            kunci = kunci_indikator(ind)
            r = [sel(ind.id), sel(ind.nama) + (" (IKU)" if ind.iku else ""),
                 tanda(nilai(c.target.nilai if c.target else None, ind.satuan), kunci, "target"),
                 tanda(nilai(c.nilai_realisasi, ind.satuan), kunci, "realisasi"),
                 tanda(_capaian_teks(c), kunci, "capaian")]
            if batas is not None:
                r.append(persen(c.capaian_dibatasi) if c.capaian_dibatasi is not None else "–")
            r += [tanda(_kategori_teks(c), kunci, "kategori"), sel(rumus(c)) if rumus(c) else "–"]
            rows.append(r)
        label = f"Rata-rata {sel(k.judul.split(' ', 1)[0])}" if judul_kelompok else "Rata-rata"
        lingkup = _lingkup(h, k)
        sel_rata = tanda(f"*{persen(k.rata_rata)}*" if k.rata_rata is not None else "–", lingkup, "rata-rata capaian")
        if batas is None:
            rr = ["", f"*{label}*", "", "", sel_rata]
        else:  # the capped mean under the capped heading, the raw mean beside it: never a capped figure as raw
            rr = ["", f"*{label}*", "", "", f"*{persen(k.rata_rata_mentah)}*" if k.rata_rata_mentah is not None else "–",
                  sel_rata]
        rr += [tanda(f"*{k.kategori.nama}*" if k.kategori else "–", lingkup, "kategori"),
               f"rata-rata {len(k.indikator) - len(k.dikecualikan)} indikator"]
        rows.append(rr)
        for c in k.dikecualikan:
            catatan.append(f"{c.indikator.id}: {alasan(c)}")
    out = tabel(kepala, rows, rata)
    if catatan:
        out += "\n" + "Tidak ikut rata-rata: " + "; ".join(sel(x) for x in sorted(set(catatan))) + ".\n"
    if batas is not None:
        out += (f"\nKategori dan rata-rata memakai capaian yang dibatasi paling tinggi {angka(batas)}% (kolom "
                f"“Capaian (maks. {angka(batas)}%)”); kolom “Capaian” memuat nilai aslinya.\n")
    return out + (tercetak.catatan() if tercetak else "")


def tabel_pk(h: HasilTahun, pid: str | None = None, tercetak: CatatanTercetak | None = None,
             tanda_tangan: bool = True) -> str:
    """The PK/RKT tables; ``tanda_tangan``: with the one-line signatories (the LKj prints its own
    signature columns instead: ``lkj.naskah.TandaTanganPK``)."""
    tandai = tercetak.tanda if tercetak else _tanpa
    out = []
    for hp in h.perjanjian:
        p = hp.perjanjian
        if pid is not None and p.id != pid:
            continue
        judul = p.judul or ("Perjanjian Kinerja" if p.jenis == "pk" else "Rencana Kinerja Tahunan") + f" ({p.id})"
        out.append(f"**{sel(judul)}**" + (f" — revisi ke-{p.revisi}" if p.revisi is not None else "") + "\n")
        rows = []
        for i, b in enumerate(p.baris, 1):
            c = h.indikator.get(b.indikator)
            if c is None:
                continue
            rows.append([str(i), sel(c.sasaran.uraian), sel(c.indikator.nama),
                         tandai(nilai(b.target, c.indikator.satuan), kunci_indikator(c.indikator), "target")])
        out.append(tabel(["No", "Sasaran", "Indikator Kinerja", "Target"], rows, "rllr"))
        if tercetak:
            out.append(tercetak.catatan())
        if p.anggaran:
            arows = [[sel(a.program), sel(a.nama), rupiah(a.pagu)] for a in p.anggaran]
            arows.append(["", "**Jumlah**", f"**{rupiah(sum(a.pagu for a in p.anggaran))}**"])
            out.append("\n" + tabel(["Kode", "Program/Kegiatan", "Anggaran"], arows, "llr"))
        tanda = []
        if tanda_tangan and (p.tempat or p.tanggal):
            tanda.append(", ".join(x for x in (sel(p.tempat or ""), tanggal(p.tanggal) if p.tanggal else "") if x))
        for label, pihak in (("Pihak pertama", p.pihak_pertama), ("Pihak kedua", p.pihak_kedua)):
            if pihak is not None and tanda_tangan:
                tanda.append(f"{label}: {sel(pihak.jabatan)}" + (f", {sel(pihak.nama)}" if pihak.nama else ""))
        if tanda:
            out.append("\n" + "  \n".join(tanda) + "\n")
        out.append("")
    return gabung("\n", out)


def tabel_anggaran(h: HasilTahun, tercetak: CatatanTercetak | None = None) -> str:
    if h.anggaran is None:
        return "*Belum ada data anggaran tahun ini.*\n"
    a = h.anggaran
    rows = [_baris_anggaran(b, tercetak=tercetak) for b in a.program]
    if not a.program:
        rows = [_baris_anggaran(b, tercetak=tercetak) for b in a.belanja]
    rows.append(_baris_anggaran(a.total, tebal=True, tercetak=tercetak))
    return tabel(["Kode", "Uraian", "Pagu", "Realisasi", "Serapan", "Sisa"], rows, "llrrrr") + (
        tercetak.catatan() if tercetak else "")


def _baris_anggaran(b: BarisAnggaran, tebal: bool = False, tercetak: CatatanTercetak | None = None) -> list[str]:
    indent = "&nbsp;&nbsp;&nbsp;&nbsp;" * b.tingkat
    catatan = " *(dokumen tidak merinci seluruh pagu)*" if not getattr(b.rekam, "rincian_lengkap", True) else ""
    angka_ = [rupiah(b.pagu) if b.pagu is not None else "–", rupiah(b.realisasi) if b.realisasi is not None else "–",
              persen(b.serapan), rupiah(b.sisa) if b.sisa is not None else "–"]
    if tebal:
        angka_ = [f"**{x}**" if x and x != "–" else x for x in angka_]
    if tercetak:
        kunci = kunci_anggaran(b)
        angka_ = [tercetak.tanda(x, kunci, k) for x, k in zip(angka_, ("pagu", "realisasi", "serapan", "sisa"))]
    nama = indent + sel(b.nama) + catatan
    return [f"**{sel(b.kode)}**" if tebal and b.kode else sel(b.kode), f"**{nama}**" if tebal and nama else nama,
            *angka_]


def tabel_belanja(h: HasilTahun, tercetak: CatatanTercetak | None = None) -> str:
    if h.anggaran is None or not h.anggaran.belanja:
        return "*Belum ada rincian per jenis belanja.*\n"
    rows = [_baris_anggaran(b, tercetak=tercetak) for b in h.anggaran.belanja]
    pagu = sum(b.pagu or 0 for b in h.anggaran.belanja)
    real = [b.realisasi for b in h.anggaran.belanja]
    total = BarisAnggaran("total", "", "Jumlah", pagu, sum(r for r in real if r is not None) if all(r is not None for r in real) else None)
    rows.append(_baris_anggaran(total, tebal=True))
    return tabel(["Kode", "Jenis Belanja", "Pagu", "Realisasi", "Serapan", "Sisa"], rows, "llrrrr") + (
        tercetak.catatan() if tercetak else "")


def tabel_revisi(satker: Satker, tahun: int) -> str:
    th = satker.tahun.get(tahun)
    if th is None or th.anggaran is None or not th.anggaran.data.revisi:
        return "*Tidak ada data revisi DIPA.*\n"
    a = th.anggaran.data
    rows = []
    sebelum = a.pagu_awal
    if sebelum is not None:
        rows.append(["–", "Pagu awal", rupiah(sebelum), "", ""])
    for r in sorted(a.revisi, key=lambda r: (r.tanggal, r.ke or 0)):
        beda = "" if sebelum is None else rupiah(r.pagu - sebelum)
        rows.append([str(r.ke) if r.ke is not None else "", tanggal(r.tanggal), rupiah(r.pagu), beda, sel(r.uraian or "")])
        sebelum = r.pagu
    return tabel(["Revisi ke-", "Tanggal", "Pagu", "Perubahan", "Keterangan"], rows, "llrrl")


def tabel_perbandingan(h: HasilTahun) -> str:
    """This year's realisasi beside earlier years' and the Renstra end target.

    An earlier year gets a column only where it holds a realisasi; a year the data knows only by the
    capaian a later report printed (Banjarbaru 2023) shows those, under their own heading, instead of
    a column of dashes."""
    tahun_lalu = sorted({t for c in h.indikator.values() for t, v, _ in c.riwayat if v is not None})
    tahun_cetak = sorted({t for c in h.indikator.values() for t, _, _ in c.tercetak_lalu} - set(tahun_lalu))
    kepala = ["Kode", "Indikator", *[f"Realisasi {t}" for t in tahun_lalu],
              *[f"Capaian {t} (dilaporkan)" for t in tahun_cetak], f"Realisasi {h.tahun}",
              "Target akhir Renstra", "Capaian thd. target akhir"]
    rows = []
    for c in h.indikator.values():
        ind = c.indikator
        lalu = {t: v for t, v, _ in c.riwayat}
        cetak = {t: v for t, v, _ in c.tercetak_lalu}
        akhir = (nilai(c.target_akhir, ind.satuan) + f" ({c.tahun_akhir})") if c.target_akhir is not None else "–"
        rows.append([sel(ind.id), sel(ind.nama), *[nilai(lalu.get(t), ind.satuan) for t in tahun_lalu],
                     *[persen(cetak.get(t)) for t in tahun_cetak],
                     nilai(c.nilai_realisasi, ind.satuan), akhir, persen(c.progres_akhir)])
    return tabel(kepala, rows, "ll" + "r" * (len(kepala) - 2))


def tabel_renstra(renstra: Renstra) -> str:
    tahun = list(range(renstra.mulai, renstra.selesai + 1))
    nama_keg = {k.kode: k.nama for k in renstra.kegiatan}
    ada_keg = any(ind.kegiatan or sas.kegiatan for sas in renstra.sasaran for ind in sas.indikator)
    rows = []
    for sas in renstra.sasaran:
        for ind in sas.indikator:
            keg = ind.kegiatan or sas.kegiatan
            kolom = [sel(f"{keg} {nama_keg[keg]}" if keg in nama_keg else keg or "–")] if ada_keg else []
            rows.append([sel(sas.id), sel(ind.id), sel(ind.nama) + (" (IKU)" if ind.iku else ""), *kolom,
                         *[nilai(ind.target.get(t), ind.satuan) for t in tahun]])
    kepala = ["Sasaran", "Kode", "Indikator", *(["Kegiatan"] if ada_keg else []), *[str(t) for t in tahun]]
    return tabel(kepala, rows, "lll" + ("l" if ada_keg else "") + "r" * len(tahun))


def tabel_indikator(renstra: Renstra) -> str:
    rows = []
    for sas in renstra.sasaran:
        for ind in sas.indikator:
            rows.append([sel(ind.id), sel(ind.nama), sel(ind.satuan), _polaritas(ind),
                         sel(ind.perhitungan or "–"), sel(ind.sumber_data or "–")])
    return tabel(["Kode", "Indikator", "Satuan", "Polaritas", "Perhitungan", "Sumber data"], rows)


def _polaritas(ind: Indikator) -> str:
    if ind.skala:
        return "predikat (" + " > ".join(sel(x) for x in ind.skala) + ")"
    return {"naik": "naik (makin tinggi makin baik)", "turun": "turun (makin rendah makin baik)",
            "stabil": "stabil (makin dekat target makin baik)"}[ind.polaritas]


def tabel_pejabat(satker: Satker) -> str:
    if satker.profil is None or not satker.profil.data.pejabat:
        return "*Belum ada data pejabat.*\n"
    pejabat = satker.profil.data.pejabat
    nip = any(p.nip for p in pejabat)  # the NIP column only where a civil servant is listed
    rows = [[sel(p.nama), *([sel(p.nip or "–")] if nip else []), sel(p.jabatan), sel(p.divisi or "–"),
             sel(p.keterangan or "")] for p in pejabat]
    return tabel(["Nama", *(["NIP"] if nip else []), "Jabatan", "Divisi", "Keterangan"], rows)


def tabel_jumlah(rows_data: Sequence[object], judul: str = "Kelompok") -> str:
    rows = []
    for j in rows_data:
        rows.append([sel(getattr(j, "kelompok")), sel(getattr(j, "uraian") or "–"),
                     f"{angka(getattr(j, 'jumlah'))} {sel(getattr(j, 'satuan') or '')}".strip(),
                     sel(getattr(j, "keterangan") or "")])
    if not rows:
        return "*Belum ada data.*\n"
    return tabel([judul, "Rincian", "Jumlah", "Keterangan"], rows, "llrl")


def tabel_penghargaan(satker: Satker, tahun: int) -> str:
    th = satker.tahun.get(tahun)
    if th is None or th.realisasi is None or not th.realisasi.data.penghargaan:
        return "*Tidak ada penghargaan yang dicatat.*\n"
    rows = [[str(i), sel(p.nama), sel(p.pemberi or "–"), tanggal(p.tanggal) if p.tanggal else "–"]
            for i, p in enumerate(th.realisasi.data.penghargaan, 1)]
    return tabel(["No", "Penghargaan", "Pemberi", "Tanggal"], rows, "rlll")


BULAN_SINGKAT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def tabel_rencana_aksi(h: HasilTahun) -> str:
    out = []
    for hp in h.perjanjian:
        p = hp.perjanjian
        if not p.rencana_aksi:
            continue
        rows = []
        for ra in p.rencana_aksi:
            c = h.indikator.get(ra.indikator)
            nama = c.indikator.nama if c else ra.indikator
            bulan = ["✓" if i + 1 in ra.bulan else "" for i in range(12)]
            tw = ", ".join(nilai(v) for v in ra.target_triwulan) or "–"
            rows.append([sel(ra.indikator), sel(nama), "<br>".join(sel(k) for k in ra.kegiatan) or "–", *bulan, tw,
                         sel(ra.penanggung_jawab or "–")])
        out.append(f"**Rencana Aksi ({sel(p.judul or p.id)})**\n")
        out.append(tabel(["Kode", "Indikator", "Kegiatan", *BULAN_SINGKAT, "Target triwulan", "Penanggung jawab"],
                         rows, "lll" + "c" * 12 + "ll"))
    return gabung("\n", out) if out else "*Tidak ada rencana aksi.*\n"


def tabel_skala(p: Pengaturan) -> str:
    rows = []
    for k in p.skala.kategori:
        if k.bawah is None and k.atas is not None:
            rentang = f"≤ {angka(k.atas)}%"
        elif k.atas is None and k.bawah is not None:
            rentang = f"> {angka(k.bawah)}%"
        else:
            rentang = f"> {angka(k.bawah or 0)}% s.d. {angka(k.atas or 0)}%"
        rows.append([rentang, sel(k.nama), sel(k.keterangan)])
    return tabel(["Capaian", "Kategori", "Keterangan"], rows)
