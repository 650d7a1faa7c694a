"""One error family (lakip.errors): what the user is told in one sentence, and what stays a bug."""

from __future__ import annotations

import pytest
from bantu_situs import UJI

import lakip.commands.diff
import lakip.site.direktif
from lakip.bangun import bangun
from lakip.cli import main
from lakip.commands.baru import GagalBaru as GagalBaruLama
from lakip.commands.diff import GagalDiff as GagalDiffLama
from lakip.commands.rapikan import TidakBisaDirapikan as TidakBisaDirapikanLama
from lakip.compute.situs import Situs
from lakip.errors import (
    DirektifSalah,
    GagalBaru,
    GagalCetak,
    GagalDiff,
    GagalPerintah,
    Galat,
    LakipError,
    TidakBisaDirapikan,
)
from lakip.lkj.chromium import GagalCetak as GagalCetakLama
from lakip.site.direktif import Konteks, terapkan

FIXTURE = UJI / "fixtures" / "satker"


@pytest.fixture(scope="module")
def situs() -> Situs:
    s, masalah = bangun(FIXTURE, "satker")
    assert not masalah
    return s


def test_satu_keluarga() -> None:
    for cls in (LakipError, DirektifSalah, GagalPerintah):
        assert issubclass(cls, Galat)
    for cls in (GagalBaru, GagalDiff, GagalCetak, TidakBisaDirapikan):
        assert issubclass(cls, GagalPerintah)
    assert issubclass(Galat, Exception) and not issubclass(KeyError, Galat)


def test_nama_lama_masih_bisa_diimpor() -> None:
    assert (GagalBaruLama, GagalDiffLama, GagalCetakLama, TidakBisaDirapikanLama) == (
        GagalBaru, GagalDiff, GagalCetak, TidakBisaDirapikan)


def test_lakip_error_tetap_terurut_dan_tercetak_path_baris_pesan() -> None:
    a, b, c = LakipError("a.md", 3, "z"), LakipError("a.md", 10, "a"), LakipError("b.md", 1, "a")
    assert sorted([c, b, a]) == [a, b, c]
    assert str(b) == "a.md:10: a"
    assert a == LakipError("a.md", 3, "z") and len({a, LakipError("a.md", 3, "z")}) == 1
    with pytest.raises(Galat):
        raise a


def test_tidak_bisa_dirapikan_membawa_pesan_dan_baris() -> None:
    e = TidakBisaDirapikan("YAML tidak valid", 7)
    assert (str(e), e.pesan, e.baris) == ("YAML tidak valid", "YAML tidak valid", 7)
    assert TidakBisaDirapikan("x").baris == 1


@pytest.mark.parametrize("direktif,pesan", [
    ("<!-- lakip capaian perjanjian=tidak-ada -->",
     "x.md:7: perjanjian 'tidak-ada' tidak ada di kab-contoh 2024 (yang ada: ketua)"),
    ("<!-- lakip pk perjanjian=tidak-ada -->", "x.md:7: perjanjian 'tidak-ada' tidak ada di kab-contoh 2024"),
])
def test_id_perjanjian_tidak_dikenal_tetap_pesan_data(situs: Situs, direktif: str, pesan: str) -> None:
    md = f"# Judul\n\n  {direktif}\n"
    hasil, galat = terapkan(md, situs, "x.md", 5, Konteks("kab-contoh", 2024))
    assert [str(e) for e in galat] == [pesan]
    assert hasil == md  # the directive is left as written


def test_keyerror_di_pembuat_direktif_adalah_bug(situs: Situs, monkeypatch: pytest.MonkeyPatch) -> None:
    def rusak(s: Situs, arg: dict[str, str]) -> str:
        raise KeyError("kunci-yang-salah-ketik")

    wajib, _ = lakip.site.direktif.DIREKTIF["capaian"]
    monkeypatch.setitem(lakip.site.direktif.DIREKTIF, "capaian", (wajib, rusak))
    with pytest.raises(KeyError, match="kunci-yang-salah-ketik"):
        terapkan("<!-- lakip capaian -->\n", situs, "x.md", 1, Konteks("kab-contoh", 2024))


def test_cli_menangkap_gagal_perintah_di_satu_tempat(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    def gagal(*a: object) -> str:
        raise GagalCetak("Chromium berhenti saat Page.printToPDF")

    monkeypatch.setattr(lakip.commands.diff, "diff_revisi", gagal)
    assert main(["diff", "HEAD"]) == 1
    assert capsys.readouterr().err == "lakip diff: Chromium berhenti saat Page.printToPDF\n"

    def bug(*a: object) -> str:
        raise KeyError("x")

    monkeypatch.setattr(lakip.commands.diff, "diff_revisi", bug)
    assert main(["diff", "HEAD"]) == 2
    assert "kesalahan internal: KeyError" in capsys.readouterr().err
