"""The layout check of ``lakip check`` in a second process, while the first reads the data.

On a cold national check both halves take about as long, and this machine
has two cores.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Collection
from pathlib import Path
from typing import Any

from ..errors import Masalah
from .rapikan import periksa_rapi


class RapiLatar:
    """``periksa_rapi`` started in a second process; ``hasil`` waits for it.

    The result is used only if the data turns out valid (the check runs with
    ``sudah_sah``); otherwise the process is stopped. Without ``fork`` (or on
    one core) nothing is started and ``hasil`` runs it here.
    """

    def __init__(self, folder: Path, tampil: str, lewati: Collection[str]) -> None:
        self.arg = (Path(folder), tampil, frozenset(lewati))
        self.proses = None
        if (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods():
            ctx = multiprocessing.get_context("fork")
            self.terima, kirim = ctx.Pipe(duplex=False)
            self.proses = ctx.Process(target=_rapi_di_latar, args=(kirim, *self.arg), daemon=True)
            self.proses.start()
            kirim.close()

    def hasil(self) -> Masalah:
        if self.proses is not None:
            try:
                isi = self.terima.recv()
            except (EOFError, OSError):
                isi = None
            self.hentikan()
            if isinstance(isi, list):
                m = Masalah()
                for path, baris, pesan in isi:
                    m.tambah(path, baris, pesan)
                return m
        folder, tampil, lewati = self.arg  # no second process, or it failed: do it here
        return periksa_rapi(folder, tampil, lewati, sudah_sah=True)

    def hentikan(self) -> None:
        if self.proses is not None:
            self.proses.terminate()
            self.proses.join()
            self.terima.close()
            self.proses = None


def _rapi_di_latar(kirim: Any, folder: Path, tampil: str, lewati: Collection[str]) -> None:
    try:
        # plain tuples: LakipError is a frozen exception class, which pickle cannot rebuild
        kirim.send([(e.path, e.line, e.pesan) for e in periksa_rapi(folder, tampil, lewati, sudah_sah=True).items])
    except Exception:  # noqa: BLE001 - any failure: the parent runs the check itself
        kirim.send(None)
    finally:
        kirim.close()
