"""Printing query results on the command line: a rich table, JSON rows, or CSV (a header line then rows)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

Cell = str | int | float | bool | None


def print_rows(columns: Sequence[str], rows: Sequence[Sequence[Cell]], *, fmt: str) -> None:
    """Write ``rows`` to stdout as ``fmt`` (table, json or csv)."""
    if fmt == "json":
        payload = [dict(zip(columns, row, strict=True)) for row in rows]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(["" if c is None else c for c in row] for row in rows)
    else:
        table = Table(*columns, show_lines=False)
        for row in rows:
            table.add_row(*("" if c is None else str(c) for c in row))
        Console().print(table)
        Console(stderr=True).print(f"{len(rows)} row(s)")
