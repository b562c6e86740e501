"""read → tokens → mentions (institutions, posts, persons, dates) → events, decisions → facts."""

from __future__ import annotations

import datetime as dt

from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction.build import build_facts
from marsad.loaders.extraction.cues import DECISIONS, EVENTS
from marsad.loaders.extraction.dates import find_dates, publication_date
from marsad.loaders.extraction.decisions import (
    DecisionMention,
    approval_cues,
    based_on,
    expected_approval_cues,
    find_decisions,
    find_partnerships,
    recalled,
    subject_spans,
)
from marsad.loaders.extraction.events import find_events
from marsad.loaders.extraction.events.arrived import arrival_visit
from marsad.loaders.extraction.events.decided import decided_event, directed_event, within_decided
from marsad.loaders.extraction.events.kinds import assembly_ahead
from marsad.loaders.extraction.events.mention import Agent, EventMention
from marsad.loaders.extraction.institutions import find_institutions, one_federation, without_persons
from marsad.loaders.extraction.names import without_honorific_slashes
from marsad.loaders.extraction.people import find_people
from marsad.loaders.extraction.programs import find_programs
from marsad.loaders.extraction.text import Token, in_words, sentence_start, title_sentence, tokenize, without_tags
from marsad.loaders.extraction.words import FUNCTION_WORDS
from marsad.loaders.facts import DocumentFacts, DocumentInfo
from marsad.loaders.normalize import fold


def _title(doc: SourceDocument) -> str | None:
    if doc.title:
        return doc.title
    for line in doc.text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None


def _published(doc: SourceDocument) -> dt.date | None:
    if doc.published:
        try:
            return dt.date.fromisoformat(doc.published[:10])
        except ValueError:
            return None
    return None


def run(doc: SourceDocument) -> DocumentFacts:
    text = doc.text
    tokens = without_honorific_slashes(without_tags(tokenize(text)))
    dates = find_dates(text, tokens)
    published = _published(doc) or publication_date(text, tokens, dates)
    insts = find_institutions(text, tokens)
    people = find_people(text, tokens, insts)
    if any(pm.first <= d.first < pm.last for d in dates for pm in people.persons):
        # "الدكتور X بن Y الجمعة": a family name that is also a weekday is no date
        dates = [d for d in dates if not any(pm.first <= d.first < pm.last for pm in people.persons)]
    person_words = [[t.norm for t in tokens[pm.first : pm.last]] for pm in people.persons if pm.last - pm.first >= 2]
    one_federation(insts)  # "اتحاد الكرة" beside the one federation named in full is that federation
    insts = without_persons(tokens, insts, frozenset(w for ws in person_words for w in (" ".join(ws), ws[-1])))
    approvals = approval_cues(tokens)
    subjects = subject_spans([(p.first, p.last) for p in people.posts], [(m.first, m.last) for m in insts],
                             [(m.first, m.last) for m in people.persons])
    decisions = [d for d in find_decisions(text, tokens, approvals, subjects) if not recalled(tokens, d)]
    title_sent = title_sentence(text, tokens)
    lead = title_sent >= 0 and title_sentence(text, tokens, stop_ends_lead=True) < 0
    if any(tokens[d.first].sent != title_sent for d in decisions):  # the headline repeats the body
        # (a short first line ending with a full stop is a lead sentence: its decisions stay unless the body
        # restates one of their kind, ext-t133)
        restated = {d.kind for d in decisions if tokens[d.first].sent != title_sent
                    and not _pluperfect(tokens, d.first) and not _also(tokens, d.first)} if lead else set()
        decisions = [d for d in decisions if tokens[d.first].sent != title_sent or (lead and d.kind not in restated)]
    bodies = [m for m in insts if not m.medium]  # a broadcaster named in passing holds no event (ext-t86)
    events = find_events(text, tokens, bodies, people, dates, published,
                         sorted({*approvals, *expected_approval_cues(tokens)}))
    if not events or within_decided(tokens, events, decisions):
        # "أصدر الوزير قرارات …", "اعتمد الاتحاد …": decisions no sitting reports
        decided = decided_event(tokens, bodies, people, dates, published, decisions)
        if decided is None:  # "وجه أمير المنطقة بتقديم …": a directive the text opens with (dir20)
            directed = directed_event(text, tokens, bodies, people, dates, published, title_sent, decisions)
            if directed is not None:
                decided, told = directed
                decisions = [*decisions, *told]
        events = [decided] if decided is not None else []
    elif _decided_first(tokens, events, decisions) and not _told_during(tokens, events, decisions):
        # "أصدر الرئيس قرارا بتعيين … . وفي غضون ذلك، أجرى نائبه زيارة …": the decree the text opens with is its
        # main event, the later events come after it (ext-t33)
        decided = decided_event(tokens, bodies, people, dates, published, decisions)
        if decided is not None and decided.cues \
                and (_issuing(tokens[decided.cues[0]].norm) or _all_ahead(tokens, events)
                     or _others_chaired(tokens, decided, events)) \
                and all(tokens[d.first].sent in decided.sentences for d in decisions):
            events = [decided, *events]
    arrival_visit(tokens, people, events)  # "وصل الأمير …، وكان في استقباله …": his visit
    if published is not None:
        events = [e for e in events if not _historic(e.date, published)]
    partnerships = find_partnerships(text, tokens, insts)
    programs = find_programs(text, tokens)
    return build_facts(doc, tokens, title=_title(doc), published=published, insts=insts, people=people,
                       events=events, decisions=decisions, partnerships=partnerships, programs=programs,
                       dates=dates)


_HISTORY_YEARS = 2


def _historic(date: dt.date | None, published: dt.date) -> bool:
    """ "واغتيل بوضياف … خلال اجتماع عام بمدينة عنابة يوم 29 يونيو 1992": an event the text dates two years or more
    before its own publication is history it recalls, no event it reports or announces."""
    return date is not None and date.year <= published.year - _HISTORY_YEARS


def _all_ahead(tokens: list[Token], events: list[EventMention]) -> bool:
    """ "اعتمد المجلس التنفيذي … تعيين X … . وتقرر … عقب عقد الجمعية العمومية غير العادية خلال الأسبوعين المقبلين"
    (ext-t65): every event found is a general assembly announced after the decision, not the sitting that decided."""
    return all(e.kind == "assembly" and e.cues and assembly_ahead(tokens, e.cues[0]) for e in events)


_KANA = frozenset(fold(w) for w in ("كان", "وكان", "كانت", "وكانت"))
_QAD = fold("قد")
_PLUPERFECT_REACH = 8


def _pluperfect(tokens: list[Token], first: int) -> bool:
    """ "وكان مجلس النواب قد صادق يوم … على القانون": a decision told a few words after "كان … قد", an earlier act
    the text recalls (not the lead's decision told again)."""
    sent = tokens[first].sent
    for x in range(first - 1, max(-1, first - _PLUPERFECT_REACH - 1), -1):
        if tokens[x].sent != sent:
            return False
        if tokens[x].norm == _QAD:
            return any(tokens[y].sent == sent and tokens[y].norm in _KANA for y in range(max(0, x - 6), x))
    return False


_ALSO = frozenset(fold(w) for w in ("كما", "وكما"))


def _also(tokens: list[Token], first: int) -> bool:
    """ "أصدر الملك أمرا بترقية وتعيين 100 قاض … . كما أصدر أمرا بتعيين 25 قاضيا …": a decision whose sentence
    opens with "كما" ("also") is one more, not the lead's decision told again (ext-t138)."""
    start = sentence_start(tokens, first)
    return start < len(tokens) and tokens[start].norm in _ALSO


def _names(agent: Agent) -> set[str]:
    names = set()
    if agent.person is not None:
        names.add(fold(agent.person.name))
    if agent.post is not None:
        names.add(fold(agent.post.title))
        if agent.post.holder:
            names.add(fold(agent.post.holder))
    return names


def _others_chaired(tokens: list[Token], decided: EventMention, events: list[EventMention]) -> bool:
    """ "وافق مدير الجامعة X على … . وكان وفد الجامعة قد زار …برئاسة Y" (ext-t133): the official who decided, in the
    text's opening, chairs none of the later events, each chaired by someone else: his decision is an event of its
    own, not one of theirs."""
    if decided.chair is None:
        return False
    own = _names(decided.chair)
    if based_on(tokens, decided.cues[0] + 1):
        return False  # "بناءً على موافقة الأمير X … تم تكليف …": the grounds of what another decided
    return all(e.chair is not None and not (_names(e.chair) & own) for e in events)


def _issuing(norm: str) -> bool:
    """ "أصدر", "وأصدرت", "صدر": a decree issued (not "قرر", a resolution that a later sitting may be telling)."""
    return in_words(norm, EVENTS.ISSUE_VERBS) or in_words(norm, DECISIONS.ISSUED)


def _decided_first(tokens: list[Token], events: list[EventMention], decisions: list[DecisionMention]) -> bool:
    """Every decision stands before the first cue of every event found, in sentences none of them covers."""
    if not decisions:
        return False
    first_cue = min(c for e in events for c in e.cues) if any(e.cues for e in events) else 0
    covered = {s for e in events for s in e.sentences}
    return all(d.last <= first_cue and tokens[d.first].sent not in covered for d in decisions)


_THAT_CAME = FUNCTION_WORDS.THAT_CAME
_THAT_WORDS = frozenset(fold(w) for w in ("ذلك", "هذا"))
_SITTINGS = frozenset({"session", "meeting", "assembly"})


def _told_during(tokens: list[Token], events: list[EventMention], decisions: list[DecisionMention]) -> bool:
    """ "أصدرت مجموعة X قرارا يقضي بالموافقة على … . جاء ذلك خلال الاجتماع العام … في مدينة …" (ext-t56): the first
    event, a sitting told in a sentence opening with "جاء ذلك" right after the sentence of every decision, is where
    they were taken; the decree is not an event of its own."""
    first = events[0]
    if first.kind not in _SITTINGS or not first.cues:
        return False
    cue = min(first.cues)
    start = sentence_start(tokens, cue)
    if start < 1 or start + 1 >= cue or tokens[start].norm not in _THAT_CAME \
            or tokens[start + 1].norm not in _THAT_WORDS:
        return False
    return all(tokens[d.first].sent == tokens[start - 1].sent for d in decisions)


def empty(doc: SourceDocument) -> DocumentFacts:
    return DocumentFacts(document=DocumentInfo(id=doc.id, title=doc.title, published=doc.published,
                                               source=doc.source))
