"""ProperDocs (the MkDocs 1.6 fork, ``pip install properdocs``) builds the example site the way MkDocs does.

The same project folder built twice, ``mkdocs build`` and ``properdocs build``: every file of
the two sites is byte-identical once the generator tag (``<meta name="generator" ...>``, which
names the program) is set aside. Nothing else is normalised. PDFs are off in both builds
(their bytes do not depend on the generator: ``lakip lkj`` prints them without either).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bantu_situs import AKAR, bangun_sekali, siapkan_proyek

pytest.importorskip("properdocs")

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def _berkas(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*")) if p.is_file()}


def test_properdocs_sama_dengan_mkdocs(tmp_path: Path) -> None:
    mkdocs_site = bangun_sekali(AKAR / "satker")
    yml = siapkan_proyek(tmp_path / "proyek", AKAR / "satker")
    env = {k: v for k, v in os.environ.items() if k not in ("LAKIP_SATKER", "SOURCE_DATE_EPOCH")}
    env.update(LAKIP_CHROMIUM="", DISABLE_MKDOCS_2_WARNING="true")
    hasil = subprocess.run([sys.executable, "-m", "properdocs", "build", "-q", "-f", str(yml), "-d",
                            str(tmp_path / "site")], cwd=tmp_path / "proyek", env=env, capture_output=True,
                           text=True, timeout=600, check=False)
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr
    mk, pd = _berkas(mkdocs_site), _berkas(tmp_path / "site")
    assert sorted(mk) == sorted(pd)
    tag_mk, tag_pd = set(), set()
    beda = []
    for rel in mk:
        a, b = mk[rel].read_bytes(), pd[rel].read_bytes()
        if a == b:
            continue
        tag_mk |= set(GENERATOR.findall(a))
        tag_pd |= set(GENERATOR.findall(b))
        if GENERATOR.sub(b"", a) != GENERATOR.sub(b"", b):
            beda.append(rel)
    assert beda == []
    # the only difference: the program's name (Material's version is the same in both)
    assert len(tag_mk) == len(tag_pd) == 1
    (mk_tag,), (pd_tag,) = tag_mk, tag_pd
    assert re.fullmatch(rb'<meta name="generator" content="mkdocs-1\.6\.\d+, (mkdocs-material-[\d.]+)">', mk_tag)
    assert re.fullmatch(rb'<meta name="generator" content="mkdocs-ProperDocs 1\.6\.\d+, (mkdocs-material-[\d.]+)">',
                        pd_tag)
    assert mk_tag.split(b", ")[1] == pd_tag.split(b", ")[1]
