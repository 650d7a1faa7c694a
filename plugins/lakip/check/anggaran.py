"""anggaran.md: stated budget totals against their parts, the DIPA revisions, the funding sources.

A pagu or realisasi written on a program, an activity or the satker must
equal the sum of its parts, and a realisasi must not pass its pagu; a pagu
that cannot be known is reported. The totals per spending type and per
funding source must match the programs', the last DIPA revision must set the
final pagu, and codes are written once per list.
"""

from __future__ import annotations

from ..compute.anggaran import HasilAnggaran, hitung_anggaran
from ..errors import Masalah
from ..load.validasi import ditolak
from ..model.rekaman import BerkasAnggaran, Kegiatan, Program, Rekam
from ..render.format import rupiah
from .umum import duplikat


def _jumlah(induk: Rekam, anak: list, apa: str, kode: str, m: Masalah) -> None:
    """A stated pagu/realisasi on ``induk`` must equal the sum over ``anak``."""
    if not anak:
        return
    if not getattr(induk, "rincian_lengkap", True):
        if getattr(induk, "pagu") is None:
            m.tambah(induk.path, induk.line("rincian_lengkap"),
                     f"{apa} {kode} ditandai rincian_lengkap: false tetapi pagunya tidak ditulis "
                     "(tulis pagu sebagaimana dokumen resmi)")
        return
    for kolom in ("pagu", "realisasi"):
        nilai = getattr(induk, kolom)
        bagian = [getattr(a, kolom) for a in anak]
        if nilai is None or any(b is None for b in bagian):
            continue
        total = sum(bagian)
        if nilai != total:
            m.tambah(induk.path, induk.line(kolom),
                     f"{kolom} {apa} {kode} {rupiah(nilai)} berbeda dari jumlah rinciannya {rupiah(total)} "
                     f"(selisih {rupiah(nilai - total)}; hapus angka ini agar dihitung, atau perbaiki rinciannya)")


def periksa_anggaran(a: BerkasAnggaran, m: Masalah) -> None:
    duplikat(a.program, "kode", "kode program", m)
    duplikat(a.belanja, "kode", "kode belanja", m)
    h = hitung_anggaran(a)
    for baris in h.semua_baris():
        # A computed pagu is unknown because a part is (the part is reported), and a
        # rejected pagu was reported where it was written: report neither twice.
        tak_diketahui = baris.pagu is None and not baris.dihitung
        if tak_diketahui and baris.rekam is not None and not ditolak(baris.rekam, "pagu"):
            m.tambah(baris.rekam.path, baris.rekam.line(""),
                     f"pagu {baris.jenis} {baris.kode or baris.nama} tidak diketahui (tulis pagu, atau rinciannya lengkap dengan pagu)")
        if baris.pagu is not None and baris.realisasi is not None and baris.realisasi > baris.pagu:
            rk = baris.rekam
            if rk is not None:
                m.tambah(rk.path, rk.line("realisasi") if rk.posisi.get("realisasi") else rk.line(""),
                         f"realisasi {baris.jenis} {baris.kode} {rupiah(baris.realisasi)} melebihi pagunya "
                         f"{rupiah(baris.pagu)} (periksa kedua angka)")
    for p in a.program:
        _jumlah(p, [_Anak(k, h) for k in p.kegiatan], "program", p.kode, m)
        duplikat([k for k in p.kegiatan if k.kode is not None], "kode", "kode kegiatan", m)
        for k in p.kegiatan:
            _jumlah(k, list(k.ro), "kegiatan", k.kode or k.nama, m)
            duplikat(k.ro, "kode", "kode RO", m)
    if a.program:
        _jumlah(a, [_Anak(p, h) for p in a.program], "total", "satker", m)
    if a.program and a.belanja and h.pagu is not None:
        pb = sum(b.pagu for b in a.belanja)
        if pb != h.pagu:
            m.tambah(a.path, a.belanja[0].line(""),
                     f"jumlah pagu per jenis belanja {rupiah(pb)} berbeda dari jumlah pagu program {rupiah(h.pagu)} "
                     f"(selisih {rupiah(pb - h.pagu)}; periksa kedua rincian)")
        rb = [b.realisasi for b in a.belanja]
        if h.realisasi is not None and all(v is not None for v in rb):
            tb = sum(v for v in rb if v is not None)
            if tb != h.realisasi:
                m.tambah(a.path, a.belanja[0].line(""),
                         f"jumlah realisasi per jenis belanja {rupiah(tb)} berbeda dari jumlah realisasi program "
                         f"{rupiah(h.realisasi)} (selisih {rupiah(tb - h.realisasi)}; periksa kedua rincian)")
    if a.belanja and not a.program:
        _jumlah(a, list(a.belanja), "total", "satker (per jenis belanja)", m)
    if a.revisi and h.pagu is not None:
        akhir = sorted(a.revisi, key=lambda r: (r.tanggal, r.ke or 0))[-1]
        if akhir.pagu != h.pagu:
            m.tambah(akhir.path, akhir.line("pagu"),
                     f"pagu revisi DIPA terakhir {rupiah(akhir.pagu)} berbeda dari total pagu {rupiah(h.pagu)} "
                     "(revisi terakhir menetapkan pagu akhir: samakan)")
    if a.sumber_dana and h.pagu is not None:
        sd = sum(x.pagu for x in a.sumber_dana)
        if sd != h.pagu:
            m.tambah(a.path, a.sumber_dana[0].line(""),
                     f"jumlah sumber dana {rupiah(sd)} berbeda dari total pagu {rupiah(h.pagu)} "
                     f"(selisih {rupiah(sd - h.pagu)}; perbaiki pagu sumber dana agar jumlahnya sama)")
    ke = [r.ke for r in a.revisi if r.ke is not None]
    if len(set(ke)) != len(ke):
        duplikat([r for r in a.revisi if r.ke is not None], "ke", "revisi ke-", m)


class _Anak:
    """A child's computed pagu/realisasi, for comparing with its parent's stated one."""

    def __init__(self, rekam: Program | Kegiatan, h: object) -> None:
        assert isinstance(h, HasilAnggaran)
        baris = h.baris_untuk(rekam)
        self.pagu = baris.pagu if baris else None
        self.realisasi = baris.realisasi if baris else None
