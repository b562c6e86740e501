"""Word lists of the rules: ``data/lexicons/<file>.txt``, each read once per process and folded for matching.

A file holds named groups. ``[name]`` opens a group; the ``#`` lines under it say what its entries are
for and where they come from; every other non-empty line is one entry: a word, a phrase (words apart),
or in a table ``entry = value``::

    [session]
    # A sitting of a council or a board: "عقد المجلس دورته العادية".
    الدورة
    دورة

A rule module declares what it reads as attributes of a :class:`WordFile` subclass, one per group, each
with the form the rules match against (``words``: folded entries; ``phrases``: tuples of folded words;
``table``: folded entry -> value)::

    class EventCues(WordFile, file="events"):
        SESSION = words("session")
        PRESS = phrases("press")

Nothing is read at import. A group is read when it is first used and then kept on the instance, so a
lookup costs what a module constant costs. A missing file or group raises
:class:`~marsad.core.errors.ResourceMissing` naming it (:func:`load_all` reads every group of the given
files up front, as ``marsad.loaders.extraction.load_resources`` does before any document).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar, overload

from marsad.core.errors import ResourceMissing
from marsad.core.paths import DATA_DIR, resource
from marsad.loaders.normalize import fold

LEXICON_DIR = DATA_DIR / "lexicons"

T = TypeVar("T")
V = TypeVar("V")


def parse(text: str, *, name: str) -> dict[str, tuple[str, ...]]:
    """The groups of one word-list file, entries in file order (comment and empty lines left out)."""
    groups: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1].strip()
            if group in groups:
                raise ResourceMissing(f"Marsad's word list {name} is malformed: group [{group}] appears twice "
                                      f"(line {number})", detail={"file": name})
            current = groups[group] = []
            continue
        if current is None:
            raise ResourceMissing(f"Marsad's word list {name} is malformed: line {number} is outside any [group]",
                                  detail={"file": name})
        current.append(line)
    return {group: tuple(entries) for group, entries in groups.items()}


@cache
def read_groups(path: Path) -> dict[str, tuple[str, ...]]:
    """The groups of ``path`` (read once per process); a missing or unreadable file is a broken install."""
    found = resource(path)
    try:
        text = found.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceMissing(f"Marsad's word list {found} cannot be read: {exc}", detail={"file": str(found)}) from exc
    return parse(text, name=str(found))


class WordFile:
    """The groups of one file under ``data/lexicons/`` that a rule module reads (see the module docstring)."""

    file: ClassVar[str]

    def __init_subclass__(cls, *, file: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.file = file

    @property
    def path(self) -> Path:
        return LEXICON_DIR / f"{self.file}.txt"

    def entries(self, group: str) -> tuple[str, ...]:
        groups = read_groups(self.path)
        if group not in groups:
            raise ResourceMissing(f"Marsad's word list {self.path} has no group [{group}]: the installation is "
                                  "incomplete or the file was edited", detail={"file": str(self.path)})
        return groups[group]

    def load(self) -> None:
        """Read every group this file declares (raises ResourceMissing when one is missing)."""
        for attr, value in vars(type(self)).items():
            if isinstance(value, Group):
                getattr(self, attr)


class Group(Generic[T]):
    """One group of a :class:`WordFile` (with the entries of the groups in ``more`` after its own, when one list
    is shared by two readers), built on first use and then cached on the instance."""

    def __init__(self, group: str, build: Callable[[tuple[str, ...]], T], more: tuple[str, ...] = ()) -> None:
        self.group = group
        self.more = more
        self.build = build
        self.attr = group

    def __set_name__(self, owner: type, attr: str) -> None:
        self.attr = attr

    @overload
    def __get__(self, obj: None, objtype: type | None = None) -> Group[T]: ...
    @overload
    def __get__(self, obj: WordFile, objtype: type | None = None) -> T: ...
    def __get__(self, obj: WordFile | None, objtype: type | None = None) -> T | Group[T]:
        if obj is None:
            return self
        try:
            value = self.build(obj.entries(self.group) + tuple(e for g in self.more for e in obj.entries(g)))
        except ValueError as exc:
            raise ResourceMissing(f"Marsad's word list {obj.path} is malformed in group [{self.group}]: {exc}",
                                  detail={"file": str(obj.path)}) from exc
        obj.__dict__[self.attr] = value  # later lookups find the value without coming here
        return value


def words(group: str, *more: str) -> Group[frozenset[str]]:
    """Each entry folded (``fold("الدورة")``); an entry of several words stays one string. With ``more``, the
    entries of those groups too: a list two readers share is written once, in a group of its own."""
    return Group(group, lambda entries: frozenset(fold(e) for e in entries), more)


def phrases(group: str) -> Group[frozenset[tuple[str, ...]]]:
    """Each entry as the tuple of its folded words (``("الجمع", "العام")``)."""
    return Group(group, lambda entries: frozenset(_words_of(e) for e in entries))


def phrase(group: str) -> Group[tuple[str, ...]]:
    """The one entry of the group as the tuple of its folded words."""
    def build(found: tuple[str, ...]) -> tuple[str, ...]:
        if len(found) != 1:
            raise ValueError(f"one entry expected, found {len(found)}")
        return _words_of(found[0])
    return Group(group, build)


def entries(group: str) -> Group[tuple[str, ...]]:
    """The entries as written (not folded), in file order."""
    return Group(group, lambda found: found)


def table(group: str, convert: Callable[[str], V]) -> Group[dict[str, V]]:
    """``entry = value`` lines: folded entry -> ``convert(value)``, in file order (a later line wins)."""
    return Group(group, lambda found: {fold(k): convert(v) for k, v in _pairs(found)})


def phrase_table(group: str, convert: Callable[[str], V]) -> Group[dict[tuple[str, ...], V]]:
    """``phrase = value`` lines: tuple of folded words -> ``convert(value)``, in file order."""
    return Group(group, lambda found: {_words_of(k): convert(v) for k, v in _pairs(found)})


def _words_of(entry: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in entry.split())


def _pairs(found: tuple[str, ...]) -> list[tuple[str, str]]:
    pairs = []
    for line in found:
        key, sep, value = line.rpartition("=")
        if not sep:
            raise ValueError(f"a table entry needs 'entry = value': {line!r}")
        pairs.append((key.strip(), value.strip()))
    return pairs


def load_all(files: tuple[WordFile, ...]) -> None:
    """Read every group of ``files`` (ResourceMissing names the first file or group that is missing)."""
    for file in files:
        file.load()
