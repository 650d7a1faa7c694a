"""What every value kind shares: the base class, the refusal, a node read as one value.

A kind reads a node of ``yamlnode`` and returns a plain Python value, or
raises ``Tolak`` with what is wrong and what to write, at the node's line;
the loader turns that into a problem of the file. The kinds themselves are in
``skema`` (text, codes, dates, choices, lists, records) and ``skema_angka``
(numbers).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .yamlnode import Node, Skalar, jenis_node


class Tolak(Exception):
    """A value that cannot be read; ``pesan`` says what to write."""

    def __init__(self, pesan: str, baris: int) -> None:
        super().__init__(pesan)
        self.pesan = pesan
        self.baris = baris


def satu_nilai(node: Node, nama: str) -> Skalar:
    if not isinstance(node, Skalar):
        raise Tolak(f"'{nama}' harus berupa satu nilai, bukan {jenis_node(node)} "
                    f"(tulis '{nama}: nilai' pada satu baris)", node.baris)
    return node


@dataclasses.dataclass(frozen=True)
class Jenis:
    """Base of every value kind."""

    def baca(self, node: Node, nama: str) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def json(self) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def uraian(self) -> str:
        return ""
