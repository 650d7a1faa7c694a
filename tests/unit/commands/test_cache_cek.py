"""lakip check remembers clean satker: unchanged ones are not read again, and nothing wrong is ever hidden."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bantu_situs import FIXTURE_PORTAL

from lakip.cli import main
from lakip.load import muat as load

SID = "kab-contoh-satu"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[str]]:
    folder = tmp_path / "satker"
    shutil.copytree(FIXTURE_PORTAL, folder)
    dibaca: list[str] = []
    asli = load._muat_satker

    def catat(f: Path, *a: object) -> None:
        dibaca.append(f.name)
        asli(f, *a)  # type: ignore[arg-type]

    monkeypatch.setattr(load, "_muat_satker", catat)
    monkeypatch.chdir(tmp_path)
    return folder, dibaca


def _cek(capsys: pytest.CaptureFixture[str], *arg: str) -> tuple[int, str]:
    rc = main(["check", "satker", *arg])
    out = capsys.readouterr()
    return rc, out.out + out.err


def test_satker_yang_tidak_berubah_tidak_dibaca_lagi(data: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]):
    folder, dibaca = data
    rc, out = _cek(capsys)
    assert rc == 0 and len(dibaca) == 5
    ringkas = out.strip()
    assert ringkas.startswith("5 satker, ") and ringkas.endswith(": tidak ada masalah")
    dibaca.clear()
    assert _cek(capsys) == (0, out) and dibaca == []  # same answer, nothing read
    (folder / SID / "2024" / "realisasi.md").write_text(
        (folder / SID / "2024" / "realisasi.md").read_text() + "\nCatatan tambahan.\n")
    assert _cek(capsys) == (0, out) and dibaca == [SID]
    dibaca.clear()
    assert _cek(capsys, "--tanpa-cache") == (0, out) and len(dibaca) == 5


def test_kesalahan_tidak_pernah_tersembunyi(data: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]):
    folder, dibaca = data
    assert _cek(capsys)[0] == 0
    real = folder / SID / "2024" / "realisasi.md"
    real.write_text(real.read_text().replace("nilai: 50", "nilai: 5O", 1))
    rc, out = _cek(capsys)
    assert rc == 1 and f"satker/{SID}/2024/realisasi.md:" in out
    rc2, out2 = _cek(capsys)  # a satker with a problem is never recorded as clean
    assert (rc2, out2) == (rc, out)
    # an unchanged child whose parent is renamed: its induk is checked again (now a near-miss, a typo;
    # a parent with no folder at all is legal, named as plain text)
    real.write_text(real.read_text().replace("nilai: 5O", "nilai: 50", 1))
    assert _cek(capsys)[0] == 0
    shutil.move(folder / "prov-kalimantan-selatan", folder / "prov-kalimantan-selatan-baru")
    dibaca.clear()
    rc, out = _cek(capsys)
    assert rc == 1 and "satker induk 'prov-kalimantan-selatan' tidak ada" in out
    assert sorted(dibaca) == [SID, "kota-contoh-dua", "prov-kalimantan-selatan-baru"]  # the new folder is new


def test_peringatan_lkj_tidak_tersembunyi(data: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]):
    """A draft LKj's narrative warning is printed again on the next check: its satker is not cached as clean."""
    folder, dibaca = data
    assert _cek(capsys)[0] == 0
    real = folder / SID / "2024" / "realisasi.md"
    real.write_text(real.read_text() + "\nDisusun oleh [isi nama penyusun].\n")
    rc, out = _cek(capsys)
    assert rc == 0 and f"peringatan: satker/{SID}/2024/realisasi.md:" in out and "[isi nama penyusun]" in out
    dibaca.clear()
    assert _cek(capsys) == (rc, out) and dibaca == [SID]


def test_satker_yang_disebut_direktif_ikut_dibaca(data: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]):
    folder, dibaca = data
    assert _cek(capsys)[0] == 0
    dibaca.clear()
    lkj = folder / "kota-contoh-dua" / "profil.md"
    lkj.write_text(lkj.read_text() + "\n<!-- lakip capaian satker=kab-contoh-tiga tahun=2099 -->\n")
    rc, out = _cek(capsys)
    assert sorted(dibaca) == ["kab-contoh-tiga", "kota-contoh-dua"]
    assert rc == 1 and "2099" in out


def test_dokumen_yang_diganti_membaca_ulang_satker(tmp_path: Path) -> None:
    """A PDF replaced by HTML under the same name (or by a link) changes the fingerprint: read again."""
    from lakip.commands.cache_cek import sidik_satker

    s = tmp_path / "kab-x"
    (s / "dokumen").mkdir(parents=True)
    (s / "profil.md").write_text("---\nnama: X\n---\n", encoding="utf-8")
    (s / "dokumen" / "pk.pdf").write_bytes(b"%PDF-1.7\n" + b"0" * 100)
    awal = sidik_satker(s).hash
    (s / "dokumen" / "pk.pdf").write_bytes(b"<html><script>alert(1)</script>" + b"0" * 78)
    ganti = sidik_satker(s).hash
    assert ganti != awal
    (s / "dokumen" / "pk.pdf").unlink()
    (s / "dokumen" / "pk.pdf").symlink_to("/etc/passwd")
    assert sidik_satker(s).hash not in (awal, ganti)


def test_peringatan_narasi_lkj_tidak_tersembunyi(data: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]):
    """A draft LKj's narrative warning is shown on every run: such a satker is never recorded as clean."""
    folder, _ = data
    (folder / SID / "2024" / "lkj.md").write_text("---\ntempat: Contoh\n---\n\n## Ikhtisar Eksekutif\n\n"
                                                   "Capaian disajikan pada tabel berikut:\n\nDemikian.\n")
    rc, out = _cek(capsys)
    assert rc == 0 and f"peringatan: satker/{SID}/2024/lkj.md:7: kalimat" in out
    assert _cek(capsys) == (rc, out)
