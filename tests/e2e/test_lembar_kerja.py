"""The journalist's check in a real spreadsheet: LibreOffice Calc, set to Indonesian (id-ID), opens the
budget and capaian CSVs of the example site with every number a number (decimal comma read as such),
the text exactly as in the JSON, and the program rows summing to the satker's pagu.

Skipped when LibreOffice is not installed (``apt-get install libreoffice-calc``); the same conventions
are checked without it in ``tests/site/test_data_terbuka.py``.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from bantu_situs import AKAR

from lakip.bangun import bangun
from lakip.site import export

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) tidak terpasang")
#: CSV import: separator ';' (59), quote '"' (34), UTF-8 (76), from line 1, default columns, locale id-ID (1057)
FILTER = "CSV:59,34,76,1,,1057"
SEL = re.compile(r"<table:table-cell([^>]*?)(?:/>|>(.*?)</table:table-cell>)", re.DOTALL)


def _baca_calc(csv: Path, tmp: Path) -> list[list[tuple[str, str]]]:
    """Rows of (value type, value) as Calc stored them after opening ``csv``."""
    subprocess.run([str(SOFFICE), "--headless", f"-env:UserInstallation=file://{tmp}/profil", f"--infilter={FILTER}",
                    "--convert-to", "fods", "--outdir", str(tmp), str(csv)], check=True, capture_output=True,
                   timeout=300)
    teks = (tmp / (csv.stem + ".fods")).read_text(encoding="utf-8")
    baris = []
    for r in re.findall(r"<table:table-row[^>]*>(.*?)</table:table-row>", teks, re.DOTALL):
        sel = []
        for atr, isi in SEL.findall(r):
            n = int(m[1]) if (m := re.search(r'number-columns-repeated="(\d+)"', atr)) else 1
            jenis = m[1] if (m := re.search(r'office:value-type="(\w+)"', atr)) else ""
            nilai = m[1] if (m := re.search(r'office:value="([^"]+)"', atr)) else " ".join(
                re.sub(r"<[^>]+>", " ", isi).split())
            sel += [(jenis, nilai)] * min(n, 50)
        baris.append(sel)
    return [b for b in baris if any(j for j, _ in b)]


def test_anggaran_dan_capaian_terbuka_benar_di_calc_indonesia(tmp_path: Path) -> None:
    situs, masalah = bangun(AKAR / "satker", "satker", terbit=False)
    assert not masalah
    berkas = export.berkas_data(situs, set())
    akar = "data/kota-banjarbaru/2024/"
    for nama in ("anggaran-program.csv", "capaian.csv"):
        (tmp_path / nama).write_bytes(berkas[akar + nama] if isinstance(berkas[akar + nama], bytes)
                                      else berkas[akar + nama].encode("utf-8"))
    # budget: pagu, realisasi, serapan and sisa are numbers; the programs add up to the total pagu
    program = _baca_calc(tmp_path / "anggaran-program.csv", tmp_path)
    kepala = [v for _, v in program[0]]
    i_pagu, i_serapan, i_nama = kepala.index("pagu"), kepala.index("serapan"), kepala.index("nama")
    data = json.loads(berkas[akar + "anggaran.json"])
    assert all(b[i_pagu][0] == "float" and b[i_serapan][0] == "float" for b in program[1:])
    assert sum(int(b[i_pagu][1]) for b in program[1:]) == 40_343_017_000  # Rp 40.343.017.000, counted once
    assert Decimal(program[1][i_serapan][1]) == Decimal("99.346484671")  # "99,346484671" read as a number
    assert program[1][i_nama][1] in json.dumps(data, ensure_ascii=False)  # text as written (UTF-8 kept)
    # capaian: target, realisasi and capaian numbers wherever the file has a value
    capaian = _baca_calc(tmp_path / "capaian.csv", tmp_path)
    kepala = [v for _, v in capaian[0]]
    ik41 = next(b for b in capaian if len(b) > 2 and b[2][1] == "IK4.1")
    for k, nilai in (("target", "77.5"), ("realisasi", "50"), ("capaian", "64.5161290323")):
        assert ik41[kepala.index(k)] == ("float", nilai), k
