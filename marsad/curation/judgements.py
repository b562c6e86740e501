"""The judgements file: one JSON object per line, appended in order, human-readable and exportable.

A judgement says who decided what, when and why. Applying them in file order to a document's graph
gives the curated graph (``marsad.curation.rewrite``); applying them twice changes nothing.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from marsad.core.errors import BadRequest
from marsad.core.settings import Settings

Action = Literal["merge", "split", "reject"]
ACTIONS: tuple[Action, ...] = ("merge", "split", "reject")


@dataclass(frozen=True)
class Judgement:
    """One curator's decision.

    merge: ``node`` (kept) absorbs ``other``; ``label`` and ``types`` are the kept node's at the time,
    so every document graph gets the same name and classes for it. split: the mentions of ``node`` in
    ``document`` (a graph IRI) become the node ``other``. reject: the fact ``node`` is no longer served.
    """

    action: Action
    node: str
    other: str = ""
    document: str = ""
    label: dict[str, str] = field(default_factory=dict)  # language -> the kept node's rdfs:label
    types: tuple[str, ...] = ()
    who: str = ""
    when: str = ""
    note: str = ""

    @property
    def id(self) -> str:
        """A stable id of what was decided (not who or when): the same decision twice is one id."""
        fields = "\x1f".join((self.action, self.node, self.other, self.document))
        return hashlib.sha256(fields.encode("utf-8")).hexdigest()[:12]

    @property
    def iris(self) -> tuple[str, ...]:
        return tuple(i for i in (self.node, self.other) if i)

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["types"] = list(self.types)
        return {"id": self.id, **{k: v for k, v in data.items() if v not in ("", {}, [])}}

    @classmethod
    def from_json(cls, data: object, *, where: str) -> Judgement:
        if not isinstance(data, dict) or data.get("action") not in ACTIONS or not isinstance(data.get("node"), str):
            raise BadRequest(f"{where}: not a judgement (needs action merge|split|reject and node)")
        action = data["action"]
        if (action == "merge" and not data.get("other")) or (action == "split" and not data.get("document")):
            raise BadRequest(f"{where}: a {action} needs {'other' if action == 'merge' else 'document'}")
        label = data.get("label") or {}
        return cls(action=action, node=data["node"], other=str(data.get("other", "")),
                   document=str(data.get("document", "")),
                   label={str(k): str(v) for k, v in label.items()} if isinstance(label, dict) else {},
                   types=tuple(str(t) for t in data.get("types") or ()), who=str(data.get("who", "")),
                   when=str(data.get("when", "")), note=str(data.get("note", "")))


def stamp(judgement: Judgement, *, who: str | None = None) -> Judgement:
    """The judgement with who (the OS user unless given) and when (now, UTC) filled in."""
    from dataclasses import replace
    try:
        user = who or getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return replace(judgement, who=judgement.who or user,
                   when=judgement.when or datetime.now(UTC).isoformat(timespec="seconds"))


def path(settings: Settings) -> Path:
    return settings.home / "curation" / "judgements.jsonl"


def read(file: Path) -> list[Judgement]:
    """Every judgement of a JSON Lines file, in order (a missing file is no judgement)."""
    if not file.exists():
        return []
    found = []
    for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BadRequest(f"{file}:{n}: not JSON ({exc.msg})") from exc
            found.append(Judgement.from_json(data, where=f"{file}:{n}"))
    return found


def load(settings: Settings) -> list[Judgement]:
    return read(path(settings))


def append(settings: Settings, new: list[Judgement]) -> list[Judgement]:
    """Add judgements not already in the file (by id); the ones added, in order."""
    file = path(settings)
    known = {j.id for j in read(file)}
    added = []
    for judgement in new:
        if judgement.id not in known:
            known.add(judgement.id)
            added.append(judgement)
    if added:
        file.parent.mkdir(parents=True, exist_ok=True)
        with file.open("a", encoding="utf-8") as fh:
            for judgement in added:
                fh.write(dumps(judgement) + "\n")
    return added


def dumps(judgement: Judgement) -> str:
    return json.dumps(judgement.to_json(), ensure_ascii=False, sort_keys=True)


_cache: dict[Path, tuple[tuple[int, int], list[Judgement]]] = {}


def load_current(settings: Settings) -> list[Judgement]:
    """``load``, read again only when the file changed (ingest asks once per stored document)."""
    file = path(settings)
    try:
        stat = file.stat()
    except FileNotFoundError:
        return []
    key = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(file)
    if cached is None or cached[0] != key:
        cached = (key, read(file))
        _cache[file] = cached
    return cached[1]


def concerning(settings: Settings, iri: str) -> list[dict[str, object]]:
    """The judgements that name a node (kept, merged, split off or rejected), as the API shows them."""
    return [j.to_json() for j in load_current(settings) if iri in (j.node, j.other)]
