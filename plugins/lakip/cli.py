"""The ``lakip`` command: check, schema, export ... without MkDocs.

Every subcommand prints problems as ``path:line: pesan`` and exits 1 when
there are any; an unexpected failure is reported in one line, never as a
traceback, because the people running this are satker staff.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def _cmd_check(args: argparse.Namespace) -> int:
    from .direktif import periksa_body
    from .situs import Situs

    situs, masalah = Situs.muat(Path(args.folder), args.folder)
    data = situs.data
    if not masalah:
        masalah.items.extend(periksa_body(situs))
    if masalah:
        print(masalah.teks())
        n = len(masalah.urut())
        print(f"{n} masalah ditemukan.", file=sys.stderr)
        return 1
    print(ringkasan(data) + ": tidak ada masalah")
    return 0


def ringkasan(data: object) -> str:
    from .load import Data

    assert isinstance(data, Data)
    tahun = {t for s in data.satker.values() for t in s.tahun}
    indikator = {
        (s.id, i.id)
        for s in data.satker.values()
        for r in s.renstra
        for sas in r.data.sasaran
        for i in sas.indikator
    }
    return f"{len(data.satker)} satker, {len(tahun)} tahun, {len(indikator)} indikator"


def _cmd_schema(args: argparse.Namespace) -> int:
    from .jsonschema import tulis_skema

    for path in tulis_skema(Path(args.out)):
        print(path)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="lakip", description="Data kinerja satker KPU: periksa, ekspor, skema.")
    sub = parser.add_subparsers(dest="perintah", required=True)
    p = sub.add_parser("check", help="periksa semua data satker")
    p.add_argument("folder", nargs="?", default="satker")
    p.set_defaults(fungsi=_cmd_check)
    p = sub.add_parser("schema", help="tulis JSON Schema setiap jenis berkas data")
    p.add_argument("--out", default="schema")
    p.set_defaults(fungsi=_cmd_schema)
    args = parser.parse_args(argv)
    try:
        return int(args.fungsi(args))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the user gets one line, the developer a bug report
        print(f"lakip: kesalahan internal: {exc.__class__.__name__}: {exc} "
              "(laporkan sebagai bug beserta berkas yang diperiksa)", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
