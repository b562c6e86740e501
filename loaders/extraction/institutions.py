"""Institution mentions: a head from the lexicon ("وزارة", "المكتب الوطني", "مجلس", "جهة"…) plus its
genitive chain, or a name from the gazetteer of named bodies ("التعاون الوطني", "مجلس النواب").

Territorial heads (جهة، عمالة، إقليم، جماعة) need a place from the HCP gazetteer (or a nested
territorial head: "عمالة إقليم الرحامنة"). Generic definite heads alone ("المجلس", "الوزارة") are not
institutions; they need a complement. Names are output without a leading clitic ("لمؤسسة" →
"مؤسسة", "للمجلس" → "المجلس").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from marsad.loaders.extraction.chain import chain_end, event_noun, ministry_field_end, place_len, starts_head
from marsad.loaders.extraction.cues import DECISIONS
from marsad.loaders.extraction.dates import day_of_month_at
from marsad.loaders.extraction.lexicon import countries, lexicon, longest_entry, may_open
from marsad.loaders.extraction.text import (
    Token,
    WordIndex,
    after_proclitic,
    clitic_spellings,
    lam_article,
    strip_clitic,
    word_index,
)
from marsad.loaders.extraction.words import (
    CALENDAR,
    CHAINS,
    FUNCTION_WORDS,
    INSTITUTIONS,
    PEOPLE,
    is_nationality,
    is_stop,
)
from marsad.loaders.normalize import fold

_HAWL = fold("حول")
_UNIONS = frozenset({fold("الاتحاد"), fold("اتحاد")})
_NATION_ONLY = frozenset({fold("الحكومة"), fold("الجيش"), fold("الرئاسة")})
_AL_JAYSH = fold("الجيش")
_FREE = frozenset({fold("الحر")})
# ("الرئاسة": "الرئاسة السودانية", "الرئاسة الفلسطينية", a state's presidency, named by its nationality only; r2-inst)
"""National heads named by a nationality only: "الحكومة اليمنية", "الجيش الباكستاني" (not "الحكومة الحالية",
"الجيش الوطني")."""


_AL_HUKUMA = fold("الحكومة")
_SHARIYYA = fold("الشرعية")
_KHALIYA = fold("خلية")
_AL_HIZB = fold("الحزب")
_COALITIONS = frozenset({fold("الائتلاف")})
_OWN = frozenset({fold("الخاص"), fold("الخاصة")})
_KHASSA = fold("الخاصة")
_MASCULINE_HEADS = frozenset(fold(w) for w in ("النادي", "المعهد", "الصندوق", "المجلس", "المركز", "البنك", "المكتب",
                                               "المستشفى", "المصرف", "المنتدى", "البرلمان", "الكونغرس", "الحزب"))
"""(runon) Definite heads of masculine singular nouns: a feminine nisba right after one cannot qualify it (not a
broken plural, which takes one: "الشؤون الصحية", "الخطوط السعودية", "الجمارك السعودية")."""
_BIHI = frozenset(fold(w) for w in ("به", "بها", "بهم", "بهما"))
_SUPERVISING = FUNCTION_WORDS.SUPERVISING
"""A participle of overseeing after a body's definite name, "على" after it: "اللجنة الفنية المشرفة على …" (ext-t61)."""


_SHARIKA = fold("شركة")


_FUNDS = frozenset(fold(w) for w in ("صندوق", "الصندوق"))
_TREASURERS = frozenset(fold(w) for w in ("أمين", "أمينة", "وأمين", "وأمينة", "لأمين", "لأمينة"))
_SIDE_DEEDS = frozenset(fold(w) for w in ("الاحتلال", "العدوان"))
"""(inst13) The [loyalty_objects] that name forces by their deeds: with a nationality after them they name a state's."""


def _nationality_next(tokens: list[Token], k: int) -> bool:
    """(inst13) "قوات الاحتلال الإسرائيلي": tokens[k] is a definite nationality in the sentence of the word before."""
    return 0 < k < len(tokens) and tokens[k].sent == tokens[k - 1].sent and tokens[k].article \
        and is_nationality(tokens[k].norm)


def _brand_name(tokens: list[Token], i: int, c: int) -> bool:
    """One plain word after "شركة" that no Arabic noun pattern explains, then no word of a description: not a
    feminine or plural form ("شركة ناشئة", "شركة مقاولات"), not a verbal noun of the تفعيل/استفعال forms ("شركة تأمين",
    "شركة استثمار"), and no plain word after it ("شركة طيران خاصة") (ext-t40)."""
    if c >= len(tokens):
        return False
    tok = tokens[c]
    norm = tok.norm
    if i > 0 and tokens[i - 1].sent == tok.sent and _counted(tokens[i - 1].norm):
        return False  # "وعددها 202 شركة تستوعب …": a counted noun after its number, no company's name (ext-t159)
    if not tok.is_word or tok.article or tok.sent != tokens[i].sent or is_stop(norm) or len(norm) < 5 \
            or norm.endswith(("ه", "ات", "ين", "ون", "ان")) or norm in INSTITUTIONS.INDEFINITE_ADJECTIVES \
            or norm.startswith(("است", "ال")) or norm[:1] in "وبلفك" or not norm.isalpha() or norm.isascii() \
            or (norm[:1] == "ت" and len(norm) == 5 and norm[3] == "ي") or norm in lexicon().first_names \
            or place_len(tokens, c):
        return False
    d = c + 1
    return d >= len(tokens) or not tokens[d].is_word or tokens[d].sent != tok.sent or tokens[d].article \
        or is_stop(tokens[d].norm) or (perfect_verb(tokens[d]) and not (
            norm in _TRADES or _masdar(norm) or derived_verbal_noun(norm) or _verbal_noun(norm)))
    # (runon) "شركة X حققت …": the company's name, then the verb it is the subject of


def _short_brand_of_nation(tokens: list[Token], i: int, c: int) -> bool:
    """(ext-t164) "شركة باسف الألمانية": a plain word of three or four letters after "شركة" (too short for
    :func:`_brand_name` alone) names a company when a definite nationality follows it in the same sentence."""
    d = c + 1
    if d >= len(tokens) or (i > 0 and tokens[i - 1].sent == tokens[i].sent and _counted(tokens[i - 1].norm)):
        return False
    tok, nat = tokens[c], tokens[d]
    norm = tok.norm
    return tok.is_word and not tok.article and tok.sent == tokens[i].sent == nat.sent and 3 <= len(norm) <= 4 \
        and norm.isalpha() and not norm.isascii() and not is_stop(norm) and norm[:1] not in "ولفك" \
        and not norm.endswith(("ه", "ات")) and norm not in INSTITUTIONS.INDEFINITE_ADJECTIVES \
        and norm not in lexicon().first_names and not place_len(tokens, c) \
        and nat.article and is_nationality(nat.norm)


def _counted(norm: str) -> bool:
    """A number that counts the noun after it: digits other than a year's four, or "مائة"/"مئة"/"ألف" (ext-t159)."""
    if norm.isdigit():
        return len(norm) != 4
    return norm in _HUNDREDS


_HUNDREDS = frozenset(fold(w) for w in ("مائة", "مئة", "ألف", "الف"))
_JAMIA = fold("جامعة")
_GOVERNED_PRONOUNS = frozenset(fold(w) for w in ("بها", "به", "لها", "له", "عليها", "عليه", "منها", "فيها", "عنها"))


def _university_town(tokens: list[Token], i: int, c: int) -> bool:
    """One plain word after an indefinite "جامعة" that is no adjective ("جامعة خاصة", "جامعة أهلية", "جامعة كبرى"), no
    plural, no given name and no clitic-led word, then no plain word of a description after it: the town or the founder
    a university is named after ("جامعة حلوان", "جامعة ليل", "جامعة تاليس") (ext-t111)."""
    if c >= len(tokens):
        return False
    tok = tokens[c]
    norm = tok.norm
    if not tok.is_word or tok.article or tok.sent != tokens[i].sent or is_stop(norm) or len(norm) < 3 \
            or norm.endswith(("ه", "ات", "ين", "ون", "ي")) or norm in INSTITUTIONS.INDEFINITE_ADJECTIVES \
            or (norm[:1] in "وبلفك" and not _ba_town(norm)) or not norm.isalpha() or norm.isascii() \
            or norm in lexicon().first_names or may_open(norm):
        return False
    d = c + 1
    if d < len(tokens) and tokens[d].norm in _GOVERNED_PRONOUNS:
        return False  # "جامعة معترف بها": a participle and its complement, a description
    return d >= len(tokens) or not tokens[d].is_word or tokens[d].sent != tok.sent or is_stop(tokens[d].norm) \
        or tokens[d].article


def _ba_town(norm: str) -> bool:
    """A town's name that opens with "ب" ("جامعة برمنجهام", "جامعة برينستون"), not "ب" + a place ("جامعة بحلب": a
    university in it), "ب" + a verbal noun or a participle ("جامعة بمستوى", "جامعة بتمويل") nor a noun with its pronoun
    ("جامعة بحجمها"): six letters at least, what follows "ب" opens with none of ا، ت، م، ي and is no known place, and
    no pronoun ends it (ext-t122)."""
    return norm[:1] == "ب" and len(norm) >= 6 and norm[1:2] not in ("ا", "ت", "م", "ي") \
        and not norm.endswith(("ها", "هم", "كم", "نا")) \
        and (norm[1:],) not in lexicon().places and (norm[1:],) not in countries()


_IHDA = frozenset(fold(w) for w in ("إحدى", "احدى"))
_AHAD = fold("أحد")


def _one_of(tokens: list[Token], c: int) -> bool:
    """(aud-inst) "إحدى", or "أحد" before a definite word that is no nisba, right after a head ("مجلس إحدى أكبر المدن",
    "إدارة أحد المستشفيات"): the head's complement is "one of" a kind, and the body is not named ("نادي أحد" and
    "مستشفى أحد" bear the mountain's name: no definite plural follows them)."""
    if c >= len(tokens) or tokens[c].sent != tokens[c - 1].sent or tokens[c - 1].article:
        return False  # (after a definite head it is an apposition: "للمكتب السياسي إحدى أعلى الهيئات")
    if tokens[c].norm in _IHDA:
        return True
    return tokens[c].norm == _AHAD and c + 1 < len(tokens) and tokens[c + 1].sent == tokens[c].sent \
        and tokens[c + 1].article and not tokens[c + 1].norm.endswith(("ي", "يه"))


def _quantified(tokens: list[Token], i: int) -> bool:
    """ "كل", "لكل", "ولكل", "لأي": a quantifier, bare or behind one or two clitics, right before ``tokens[i]``
    (ext-t40; not "ولاية": the raw word is read, no clitic is guessed off a longer word)."""
    if i == 0 or tokens[i - 1].sent != tokens[i].sent:
        return False
    norm = tokens[i - 1].norm
    return any(norm[k:] in INSTITUTIONS.QUANTIFIERS for k in (0, 1, 2) if norm[:k] in ("", "ل", "ب", "و", "ول", "وب"))


def _count_before(tokens: list[Token], i: int) -> bool:
    """(inst17) "منها 28 مركز انتخابي مخصص للنساء", "12 مركز رعاية": a count right before an indefinite head
    (:func:`_counted`) with no clitic counts bodies of a kind, it names none (a year is no count: "أعلنت في 2015
    وزارة الصحة")."""
    return i > 0 and tokens[i - 1].sent == tokens[i].sent and _counted(tokens[i - 1].norm) \
        and _head_at_plain(tokens, i) is not None  # ("الدورة 41 لمجلس حقوق الإنسان": no count of "ل" + a body)


_DEFINITE_GENERIC_MIN = 2  # "المجلس X Y" at least two words of complement, or one genitive "ل…"


def _head_at_plain(tokens: list[Token], i: int) -> tuple[int, int, str] | None:
    hit = _head_at(tokens, i)
    return hit if hit is not None and hit[1] == 0 else None


_OPENING = {"(": ")", "«": "»", "“": "”"}  # not '"': an opening and a closing one look the same


@dataclass(slots=True)
class InstMention:
    first: int
    last: int
    start: int
    end: int
    name: str
    kind: str
    head_len: int
    parent: int | None = None  # index into the mention list
    medium: bool = False  # a broadcaster named in passing, no body of an event (ext-t86)


def _head_at(tokens: list[Token], i: int) -> tuple[int, int, str] | None:
    """(head length, clitic chars, kind) of an institution head at ``tokens[i]``."""
    if not may_open(tokens[i].norm):
        return None
    lex = lexicon()
    return longest_entry(tokens, i, lex.inst_heads, max_len=lex.max_head)


def _named_at(tokens: list[Token], i: int) -> tuple[int, int, str] | None:
    if not may_open(tokens[i].norm):
        return None
    lex = lexicon()
    return longest_entry(tokens, i, lex.named, max_len=lex.max_named)


def _base(norm: str, following: Token | None = None) -> str:
    """A head's first word without its clitic, reading "للجنة" as ل + "اللجنة" when only that is a head; before a
    word without the article ("للجنة متابعة الخطة", "للجنة حقوق الإنسان"), as ل + the indefinite "لجنة" in
    construct (ext-t43)."""
    base = strip_clitic(norm)[0]
    lam = lam_article(norm)
    first_words = lexicon().first_words
    if lam is not None and lam[0] in first_words and base not in first_words:
        bare = lam[0][2:]
        if following is not None and following.is_word and not following.article and bare in first_words \
                and not is_stop(following.norm):
            return bare
        return lam[0]
    return base


def _following(tokens: list[Token], i: int) -> Token | None:
    """The word after ``tokens[i]`` in its sentence, if any."""
    return tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sent == tokens[i].sent else None


def _surface(text: str, tokens: list[Token], i: int, clitic: int, last: int) -> tuple[str, int, int]:
    start = tokens[i].start + clitic
    end = tokens[last - 1].end
    name = text[start:end]
    if (clitic and tokens[i].norm.startswith("لل")) or (clitic == 2 and tokens[i].norm.startswith("ولل")):
        base = _base(tokens[i].norm, _following(tokens, i))
        if base.startswith("ال"):  # (not "للجنة متابعة …": ل + "لجنة", ext-t43)
            merged = base != strip_clitic(tokens[i].norm)[0]  # "للجنة" → "اللجنة"
            name = ("ال" if merged else "ا") + name
    return name, start, end


def _extent(tokens: list[Token], i: int, size: int, kind: str) -> int | None:
    """Token index one past the name whose head spans tokens[i:i+size], or None if not a name."""
    head = tuple([_base(tokens[i].norm, _following(tokens, i)) if _head_at_plain(tokens, i) is None else tokens[i].norm]
                 + [t.norm for t in tokens[i + 1 : i + size]])
    c = i + size
    if i > 0 and tokens[i - 1].norm in INSTITUTIONS.DEMONSTRATIVES:
        return None  # "هذه المؤسسة الوطنية…" refers back, it does not name
    if head[0] in _FUNDS and i > 0 and tokens[i - 1].norm in _TREASURERS and tokens[i - 1].sent == tokens[i].sent:
        return None  # (inst13) "أمين صندوق الاتحاد X", "وأمين صندوق نادي X": a treasurer's office, the body is the one
        # named after "صندوق"
    if len(head) == 1 and not head[0].startswith("ال") and _elative_description(tokens, c) \
            and tokens[c].sent == tokens[i].sent:
        return None  # "على مركز أكبر منتج للنفط", "شركة أول مصنع": an elative and its noun describe, no name (ext-t164)
    if head == (_MAJMUA,) and c < len(tokens) and tokens[c].sent == tokens[i].sent and not tokens[c].article \
            and (tokens[c].norm in _GROUP_DESCRIPTIONS or imperfect_verb(tokens[c])):
        return None  # (aud-inst2) "مجموعة صغيرة تسعى …", "مجموعة مسلحة هاجمت …", "مجموعة تضم …": a group described
        # by an indefinite adjective or a verb, no name
    if head == (_MAJMUA,) and c < len(tokens) and tokens[c].sent == tokens[i].sent and tokens[c].norm in _PERSONS:
        return None  # (inst12) "ضمن مجموعة طلاب طب سافروا …", "مجموعة شباب من الحي": some persons, no body named
    if head == (_MAJMUA,) and c < len(tokens) and tokens[c].sent == tokens[i].sent and _set_of_things(tokens[c]) \
            and not (c + 1 < len(tokens) and tokens[c + 1].article and is_nationality(tokens[c + 1].norm)):
        return None  # (inst10) "مجموعة المعلومات والخبرات", "مجموعة أدوات التعلم": a set of things, no body
    if len(head) == 1 and head[0] in _NETWORKS and c < len(tokens) and _network_object(tokens[c].norm):
        return None  # "شبكة الإنترنت", "شبكة ري للقرى": a network of things, no body (ext-t34)
    if len(head) == 1 and head[0] in _DIWANS and c < len(tokens) and _verse_object(tokens[c].norm):
        return None  # "ديوان شعر للشاعر X", "ديوان الشعر العربي": a book of poems, no body (ext-t77)
    if len(head) == 1 and not head[0].startswith("ال") and c < len(tokens) and tokens[c].norm in _QUARTERS \
            and not (c + 1 < len(tokens) and tokens[c + 1].norm.startswith("ال") and tokens[c + 1].article
                     and tokens[c + 1].sent == tokens[c].sent):
        return None  # (inst8) "نادي الحي", "مركز الحي", "مجلس الحي": any neighbourhood's club, centre or council,
        # no body named ("مركز الحي الدبلوماسي": a named quarter, reads on); (inst19) so is "إطلاق نادي حي في
        # المحافظة", a club of some quarter ("نادي حي الروضة" reads on)
    if head == (_THE_ORGANISING,) and i > 0 and tokens[i - 1].article and tokens[i - 1].sent == tokens[i].sent \
            and _head_at(tokens, i - 1) is not None:
        return None  # (inst19) "رئيس اللجنة المنظمة العليا لمهرجان X": after a definite body's head "المنظمة" is the
        # participle (organising), no organisation's head
    if head == (_THE_COMPANY,) and _described_company(tokens, c):
        return None  # (inst20) "الشركة الإسبانية المصنعة للقطارات": a company said by its nationality and its trade
    if head == (_MARKAZ,) and c < len(tokens) and tokens[c].norm in _TOWN_NOUNS and _town_centre(tokens, c):
        return None  # "الرمادي مركز محافظة X", "قريبة من مركز المدينة": a town's seat or centre, no body (ext-t87)
    if head == (_ROOM,) and c < len(tokens) and tokens[c].is_word and not tokens[c].article \
            and tokens[c].norm not in _CHAMBER_FIELDS and not place_len(tokens, c):
        return None  # "غرفة تبريد وإنتاج الثلج": a room for a task; a chamber is named by its place or its trade
        # ("غرفة جدة", "غرفة الشرقية", "غرفة تجارة الأردن") (ext-t34)
    if len(head) == 1 and head[0] in _UNIONS and (tokens[i].article or _named_at(tokens, i) is not None
                                                  or c >= len(tokens) or place_len(tokens, c)
                                                  or tokens[c].norm in PEOPLE.HOME_COUNTRY):
        return _union_end(tokens, i, c)  # (an indefinite one reads on as any body's name: "اتحاد غرف دول …")
    if c < len(tokens) and head[0] in INSTITUTIONS.PARTY_WORDS:
        named = _named_at(tokens, c)
        if named is not None and named[1] == 0:
            return c + named[0]
    if head[-1] in INSTITUTIONS.TERRITORIAL:
        p = place_len(tokens, c)
        if p and head[-1] not in INSTITUTIONS.ABROAD_TERRITORIAL \
                and tuple(t.norm for t in tokens[c : c + p] if t.norm != "-") in lexicon().foreign_places:
            return None  # "بجهة بيلباو": a region abroad is no Moroccan territorial body
        if p:
            return c + p
        nested = _head_at(tokens, c) if c < len(tokens) else None
        if nested and nested[1] == 0 and nested[2] == "territorial":
            return _extent(tokens, c, nested[0], "territorial")
        if head == (_BALADIYA,) and not tokens[i].article:
            return _locality_end(tokens, i, c)
        if head == (_AMANA,) and not tokens[i].article and _described_region_len(tokens, c):
            return c + 2  # "أمانة المنطقة الشرقية", "أمانة العاصمة المقدسة": a Saudi region by its description (inst)
        return None
    if len(head) == 1 and not tokens[i].article and c < len(tokens) and _and_first(tokens, i, c):
        return None  # "(نادي ولاعب ووسيط)": "و" right after the head lists kinds of parties, it names none (ext-t130)
    if len(head) == 1 and head[0] == _AL_MADRASA and c < len(tokens) \
            and tokens[c].norm in _SCHOOL_OF_THOUGHT:
        return None  # "المدرسة الرومانسية", "المدرسة الواقعية في الرسم": a school of thought or of art, no body
        # (ext-t130)
    if head in INSTITUTIONS.SELF_STANDING and c < len(tokens) and not _genitive_of_body(tokens, c) \
            and not (head == _GENERAL_DIRECTORATE and _remit(tokens, c)):
        if head == _MUNICIPAL_COUNCIL and tokens[c].sent == tokens[i].sent:
            return c + (_region_seat_long(tokens, c) or _seat_in(tokens, c))  # (ext-t159; a region's name of two
            # words, inst11: "المجلس البلدي بمحافظة حفر الباطن")
        return c
    if head in INSTITUTIONS.LI_COMPLEMENT and (c >= len(tokens) or tokens[c].norm[:1] != "ل"
                                               or _li_purpose(tokens[c])):
        return c
    first_word = tokens[c].norm if c < len(tokens) else ""
    if len(head) == 1 and (tokens[i].article or tokens[i].norm.startswith("لل")) and c + 1 < len(tokens) \
            and tokens[c].sent == tokens[i].sent and tokens[c + 1].sent == tokens[i].sent and not tokens[c].article \
            and first_word in lexicon().first_names \
            and tokens[c + 1].article and not is_stop(tokens[c + 1].norm):
        return None  # "المدير التنفيذي للجنة X Y" (ext-t60): a definite head is in construct with no name; a given
        # name and a family name after it name the office's holder, not the body
    if len(head) == 1 and head[0] in INSTITUTIONS.NATIONAL_HEADS and c < len(tokens) and first_word.startswith("ال") \
            and tokens[c].article and first_word.endswith(("ي", "يه")) and not is_stop(first_word) \
            and tokens[c].sent == tokens[i].sent and c + 1 < len(tokens) and tokens[c + 1].article \
            and tokens[c + 1].sent == tokens[c].sent and is_nationality(tokens[c + 1].norm):
        return c + 2  # "البرلمان الوطني الباكستاني", "الجيش الوطني الليبي": a nationality after the first nisba
        # (ext-t63)
    if len(head) == 1 and head[0] in INSTITUTIONS.NATIONAL_HEADS and c < len(tokens) and first_word.startswith("ال") \
            and tokens[c].article and first_word.endswith(("ي", "يه")) and not is_stop(first_word) \
            and tokens[c].sent == tokens[i].sent and (head[0] not in _NATION_ONLY or is_nationality(first_word)) \
            and not (head[0] == _AL_RIASA and _presidency_as_office(tokens, i, c)):
        if head == (_AL_HUKUMA,) and c + 1 < len(tokens) and tokens[c + 1].norm in INSTITUTIONS.GOVERNMENT_STATUS \
                and tokens[c + 1].norm != _SHARIYYA and tokens[c + 1].sent == tokens[c].sent:
            return c + 2  # (inst10) "الحكومة السورية المؤقتة": a provisional standing after the nationality names
            # another body ("الحكومة اليمنية الشرعية" is the same government: the nationality closes it)
        if head == (_AL_JAYSH,) and c + 1 < len(tokens) and tokens[c + 1].norm in _FREE \
                and tokens[c + 1].sent == tokens[c].sent:
            return c + 2  # (inst19a) "الجيش السوري الحر": the rebel army, another body than the state's army
        return c + 1  # "الكونغرس البرازيلي القانون": the nationality closes a parliament's name
    if head in ((_HUKUMA,), (_BARLAMAN,)):  # "برلمان تونس": a parliament named by its country (ext-t31)
        return _government_end(tokens, c)
    if head == (_AL_HUKUMA,) and c < len(tokens) and first_word in INSTITUTIONS.GOVERNMENT_STATUS \
            and tokens[c].sent == tokens[i].sent:
        e = c + 1  # "الحكومة المؤقتة", "الحكومة الشرعية اليمنية": its standing, then its nationality (ext-t40)
        return e + 1 if e < len(tokens) and tokens[e].article and is_nationality(tokens[e].norm) \
            and tokens[e].sent == tokens[i].sent else e
    if len(head) == 1 and head[0] in _NATION_ONLY:
        return None  # "الحكومة", "الجيش" name a body only with a nationality, not "الحكومة المكلف …"
    if len(head) == 1 and head[0].startswith("ال") and first_word in _OUTLAWED:
        return None  # "المجموعة الإرهابية الداعشية": a group described, no body named (ext-t95)
    if _outlawed_group_organ(tokens, c):
        return None  # (inst21) "قادة مجلس التنظيم الإرهابي": an organ of a group the text calls only by a generic
        # word and a label, no body named
    if head == (_KHALIYA,) and (c >= len(tokens) or not tokens[c].article):
        return None  # "خلية الأزمة", "خلية الإجلاء" name a body; "خلية إرهابية", "خلية نائمة" do not (ext-t40)
    if len(head) == 1 and head[0] in INSTITUTIONS.LOYALTY_HEADS and first_word in INSTITUTIONS.LOYALTY_OBJECTS \
            and not (first_word in _SIDE_DEEDS and _nationality_next(tokens, c + 1)):
        return None  # "وقوات الرئيس المخلوع", "قوات الدول الشقيقة": forces named by whom they serve (ext-t50)
    if len(head) == 1 and head[0] in INSTITUTIONS.LOYALTY_HEADS and c < len(tokens) and not tokens[c].article \
            and first_word in lexicon().first_names and tokens[c].sent == tokens[i].sent \
            and not (c + 1 < len(tokens) and place_len(tokens, c + 1)):
        return None  # (inst2) "وقوات صالح", "ميليشيات صالح الانقلابية": forces named by the leader they serve, a side
        # in a war, no named body; the golds never list them ("قوات فجر ليبيا": a name and a place name a coalition)
    if len(head) == 1 and not head[0].startswith("ال") and c < len(tokens) and first_word in INSTITUTIONS.KIN_NOUNS:
        return None  # "شركة والده": a relative's body, no name (ext-t40)
    if len(head) == 1 and not head[0].startswith("ال") and c < len(tokens) and not tokens[c].article \
            and (first_word.endswith("يه") or first_word in INSTITUTIONS.INDEFINITE_ADJECTIVES
                 or (first_word in INSTITUTIONS.SCOPE_NISBAS and not _opens_quote(tokens, i))) \
            and not (_verbal_noun(first_word) and c + 1 < len(tokens) and tokens[c + 1].article
                     and tokens[c + 1].sent == tokens[c].sent and not is_stop(tokens[c + 1].norm)) \
            and not _verbal_noun_construct(tokens, c):
        return None  # "شبكة دولية", "لجنة خاصة", "حزب سياسي": descriptions, not names
        # ("صندوق تنمية الموارد البشرية": a verbal noun in ية in construct with a definite noun names; so does a
        # head in quotes before its scope: "تشكيل « مجلس وطني للإصلاح »", the name the body took (inst19b))
    if len(head) == 1 and not head[0].startswith("ال") and c + 1 < len(tokens) \
            and tokens[c + 1].norm in INSTITUTIONS.INDEFINITE_ADJECTIVES | INSTITUTIONS.SCOPE_NISBAS \
            and tokens[c].is_word \
            and not tokens[c].article and tokens[c].norm[:1] not in "وبلف" and tokens[c + 1].sent == tokens[i].sent \
            and tokens[c].norm not in lexicon().first_names and not place_len(tokens, c) \
            and tokens[c + 1].norm not in _ONE \
            and not (c + 2 < len(tokens) and tokens[c + 2].norm in INSTITUTIONS.LEGAL_FORMS):
        return None  # "انتخاب مجلس إدارة جديد للنادي", "لجنة تحكيم خاصة": an indefinite head, an indefinite noun in
        # construct and their adjective describe a body, they do not name it (ext-t74; not "شركة أسرة واحدة القابضة")
    if len(head) == 1 and not head[0].startswith("ال") and c < len(tokens) and tokens[c].sent == tokens[i].sent \
            and imperfect_verb(tokens[c]) and not place_len(tokens, c) and tokens[c].norm not in lexicon().first_names:
        return None  # "لجنة ترتبط بالوزير", "مجموعة تصنفها واشنطن": a relative clause describes, it does not name
    if len(head) == 1 and not head[0].startswith("ال") and c < len(tokens) and tokens[c].sent == tokens[i].sent \
            and _possessed(tokens, i, c):
        return None  # (runon2) "شبكة فروعها", "قوات حليفهم", "مدرسة يدعمها …": a word with a pronoun attached is
        # the body's own thing or a clause about it, no name
    if len(head) == 1 and not head[0].startswith("ال") and c < len(tokens) and kind not in ("ministry", "association") \
            and (tokens[c].norm.startswith("لل") or (tokens[c].norm[:1] == "ل" and not tokens[c].article
                                                     and tokens[c].norm.endswith("ات"))
                 or _li_indefinite(tokens, c)):
        return None  # "إحداث مركز للتأهيل", "محكمة لتعزيزات …": an indefinite description, not a name
    if len(head) == 1 and not head[0].startswith("ال") and c + 2 < len(tokens) and tokens[c].is_word \
            and not tokens[c].article and tokens[c].norm[:1] not in "وبل" and tokens[c + 1].norm.startswith("لل") \
            and tokens[c + 2].norm in _CLAUSE_PREPOSITIONS | {_MIN} and tokens[c + 2].sent == tokens[c].sent \
            and tokens[c].norm not in lexicon().first_names and not place_len(tokens, c):
        return None  # "شكلت لجنة عاجلة للتثبت من الادعاء": an indefinite head, its adjective, what it is for (ext-t71)
    if len(head) == 1 and head[0] in INSTITUTIONS.TASK_HEADS and c + 1 < len(tokens) and tokens[c].norm[:1] == "ل" \
            and not tokens[c].norm.startswith("لل") and not tokens[c].article and tokens[c + 1].article \
            and tokens[c + 1].sent == tokens[c].sent and not _genitive_of_body(tokens, c):
        return None  # "تم تشكيل لجنة لمداهمة الموقع": a committee or team for a task (ل + verbal noun + object)
    if len(head) == 1 and head[0] in INSTITUTIONS.TASK_HEADS and _described_task(tokens, i, c):
        return None  # (inst16) "تشكيل لجنة خبراء لتحديد المسؤولين": a committee of some kind for a task
    if head == (_MAJLIS,) and first_word == _BALADI:
        return _municipal_council_end(tokens, c)
    if head[0] == _MADINA and len(head) == 2:
        return _royal_city_end(tokens, c)
    e = chain_end(tokens, c, stop_titles=True,
                  eponym=head[0] in INSTITUTIONS.EPONYM_HEADS or (kind == "association" and len(head) == 1),
                  plain_names=kind == "association" and len(head) == 1 and not head[0].startswith("ال"),
                  purpose_stop=kind != "association", one_li=True)
    e = _kunya_end(tokens, c, e, kind)  # "مدرسة أبي X الابتدائية" (s13-inst6)
    e = _ordinal_teen_end(tokens, c, e)  # "شركة الحادي عشر القابضة" (ext-t136)
    e = _praise_end(tokens, head, c, e)  # "شركة X الشركة الرائدة", "شركة X الرائدة في …" (ext-t145)
    e = next((k for k in range(c + 1, e) if tokens[k].norm in INSTITUTIONS.APPOSITION_ROLES), e)
    # (inst20) "شركة X الراعي الرسمي للمهرجان": the role the body plays, in apposition ([apposition_roles])
    e = next((k for k in range(c + 1, e) if _unit_in_apposition(tokens, k)), e)  # "جامعة X كلية Y" (inst20)
    e = _agent_participle_end(tokens, head, c, e)  # "شركة X المنتجة للدواء", "نادي X المنافس في …" (s13-inst7)
    e = _holder_nationality_end(tokens, head, c, e)  # "رئيس اللجنة الأولمبية الدولية الألماني X" (inst11)
    e = _remit_after_nationality_end(tokens, c, e)  # "مستشار رئيس مجلس النواب العراقي لشؤون X" (inst19)
    e = _rank_end(tokens, head, c, e)  # "قائد القوات البرية العميد X" (inst13)
    e = _deputy_remit_end(tokens, i, c, e)  # "وكيل كلية X للتطوير والجودة" (inst13)
    e = _compass_end(tokens, c, e)  # "مديرية X شمال المحافظة" (inst13)
    e = _addressed_medium_end(tokens, c, e)  # "الهيئة العامة للطيران المدني لصحيفة X" (inst15)
    e = _feminine_after_masculine_end(tokens, head, c, e)  # "حزب العمال الكردستاني الهجومية" (inst15)
    e = _sitting_adjective_end(tokens, head, c, e)  # "جلسة مجلس الوزراء الأسبوعية" (inst20)
    e = _adverb_end(tokens, c, e)  # "وحزب X أساساً" (inst13)
    e = _adjectives_then_noun_end(tokens, head, c, e)  # "المعهد السعودي الياباني والمكتبة العامة" (inst11)
    e = _possessors_end(tokens, c, e)  # "جمعية الأشخاص ذوي الإعاقة" (ext-t122)
    e = _negated_adjective_end(tokens, c, e)  # "للكيماويات غير العضوية" (ext-t130)
    e = _developed_place_end(tokens, c, e)  # "الهيئة العليا لتطوير مدينة الرياض" (ext-t122)
    e = next((x for x in range(c + 1, e) if tokens[x].norm in INSTITUTIONS.PURPOSE_PARTICIPLES
              and not (tokens[x].norm in _CHARGED and _charged_in_name(tokens, i, x, kind))), e)
    # "أهداف اتحاد كرة القدم الساعية لرفع …": a participle of purpose and all after it describe the body (ext-t79)
    while e > c and (tokens[e - 1].norm in INSTITUTIONS.BAD_COMPLEMENTS or tokens[e - 1].norm in CHAINS.FORMER) \
            and not (e - 2 >= c and place_len(tokens, e - 2) == 2):
        e -= 1  # (not a place's own word: "محكمة مصر الجديدة", ext-t50)
    if e > c and tokens[e - 1].norm in INSTITUTIONS.RESIDENCE_PARTICIPLES and _placed_after(tokens, e):
        e -= 1  # (tuning200) "لجنة الإغاثة الدولية المقيمة في الرياض": where the body sits
    if e > c and tokens[e - 1].norm in _REPORT_ADJECTIVES and tokens[i].norm.endswith("ه") \
            and (e - 1 == c or (tokens[e - 2].article and tokens[e - 2].norm.endswith("ه"))):
        e -= 1  # (aud-inst2) "تقرير شركة X القابضة الأسبوعي", "بيان وزارة المالية الصحفي", "مقر الغرفة الرئيسي": a
        # masculine adjective after a feminine head and a feminine word describes the noun before the body
    if (e > c + 1 or (e == c + 1 and len(head) > 1)) and e < len(tokens) and tokens[e].is_word \
            and tokens[e].sent == tokens[e - 1].sent \
            and (tokens[e - 1].norm in _STYLES_BEFORE_NAME or tokens[e - 1].norm in lexicon().honorifics):
        e -= 1  # "المتحدث باسم رئاسة الجمهورية السفير X": a person's style before a name closes the body (ext-t91)
    e = next((k for k in range(c + 1, e) if tokens[k].norm == _SAHIB and k + 1 < len(tokens)
              and tokens[k + 1].norm in _SAHIB_STYLES), e)  # "رئيس الهيئة الملكية للجبيل وينبع صاحب السمو الأمير X":
    # the holder's style ("صاحب السمو") closes the body's name (ext-t97)
    if e > c + 2 and e < len(tokens) and tokens[e].is_word and not tokens[e].article \
            and tokens[e].sent == tokens[e - 1].sent and tokens[e - 2].norm in _PROFESSIONS \
            and is_nationality(tokens[e - 1].norm):
        e -= 2  # "لجنة تحكيم مسابقة الفيلم الطويل الفنانة المصرية X": a person's description before her name (ext-t95)
    if e > c + 1 and e < len(tokens) and tokens[e].is_word and tokens[e].sent == tokens[e - 1].sent \
            and tokens[e - 1].norm in _PROFESSIONS and tokens[e].norm in lexicon().first_names:
        e -= 1  # (inst23) "أوقفت نقابة الموسيقيين المغنية X", "رئيس اللجنة التنسيقية الناشط X": a profession alone
        # before a given name the lexicon knows describes the person named next, no last word of the body's name
    e = next((k for k in range(c + 1, e) if tokens[k].norm in _AT_MINISTRY and tokens[k].sent == tokens[c].sent
              and not tokens[k - 1].norm.endswith(("ين", "ون"))), e)
    # "الإدارة العامة للمشاريع بوزارة الصحة", "المحكمة العليا بوزارة العدل": "ب" + the ministry it sits in is no word of
    # the body's name; the ministry is a body of its own (ext-t91). Not after a plural of persons: "هيئة الأطباء
    # العاملين بوزارة الصحة" names whom the body gathers
    if e > c + 1 and tokens[e - 1].norm in INSTITUTIONS.OFFICE_STANDING and _head_at(tokens, e - 2) is not None:
        e -= 1  # "رئيس مجلس إدارة الجمعية المؤقت": the office's standing after a nested body's head (ext-t50)
    if e > c + 1 and (tokens[e - 1].norm in INSTITUTIONS.FORMED_PARTICIPLES or (
            tokens[e - 1].norm[:1] == "و" and tokens[e - 1].norm[1:] in INSTITUTIONS.FORMED_PARTICIPLES)) \
            and tokens[e - 2].article:
        e -= 1  # "اللجنة المحلية للانتخابات المشكلة": how the body was formed, after its definite name (ext-t42);
        # (inst22) so with "و": "منظمة الطيران المدني الدولي والمنبثقة عن …" ("and which stems from")
    if e > c + 1 and tokens[e - 1].norm in _AND_GENERIC and e < len(tokens) and tokens[e].norm in _AFFILIATED:
        e -= 1  # "شركة X القابضة والشركات التابعة لها": the affiliates, a generic plural, are no word of it (ext-t79)
    if e > c + 1 and tokens[e - 1].norm in _SUPERVISING and tokens[e - 2].article and e < len(tokens) \
            and tokens[e].norm == fold("على"):
        e -= 1  # "اللجنة الفنية المشرفة على تنفيذ المشروع": what the body oversees, no word of its name (ext-t61)
    if e > c + 1 and tokens[e - 1].norm in _OWN and e < len(tokens) and tokens[e].norm in _BIHI:
        e -= 1  # "شركة الباليه الخاصة بها": "its own", no word of the name (ext-t40)
    e = _run_on_end(tokens, c, e)
    e = _clause_words_end(tokens, c, e)  # (ext-t130)
    e = next((k for k in range(c + 1, e) if tokens[k].norm in _AND_GENERIC_PLACES and tokens[k - 1].article), e)
    # "مع وزارة التجارة والجهات ذات العلاقة", "محيط مجلس الوزراء والأماكن الاستراتيجية": "و" + a generic plural of
    # bodies or places is the next item of the clause's list, no field of the body's name (ext-t122)
    e = _and_body_plural_end(tokens, c, e)  # (inst9)
    e = _second_body_end(tokens, c, e)
    e = _clause_purpose_end(tokens, i, c, e)
    e = _assembly_purpose_end(tokens, i, c, e)  # (s13-inst6)
    e = _seat_then_object_end(tokens, c, e)
    e = _object_body_end(tokens, c, e)
    e = _possessed_end(tokens, c, e)
    e = _members_run_on_end(tokens, i, c, e)
    e = _concerned_object_end(tokens, c, e)  # (ext-t95)
    e = _verb_after_name_end(tokens, c, e)  # (ext-t95)
    e = _perfect_verb_end(tokens, c, e)  # (runon)
    e = _and_plural_construct_end(tokens, c, e)  # (runon)
    e = _definite_verbal_noun_end(tokens, c, e)  # (runon)
    e = _second_li_purpose_end(tokens, c, e)  # (runon)
    e = _and_other_body_end(tokens, c, e)  # (runon2)
    e = _and_country_end(tokens, c, e)  # (inst20b)
    e = _and_person_or_verb_end(tokens, c, e)  # (inst19a)
    e = _dashed_body_end(tokens, c, e)  # (inst19a)
    e = _ordinal_phrase_end(tokens, c, e)  # (runon2)
    e = _plural_after_singular_end(tokens, c, e)  # (runon2)
    e = next((k for k in range(c if len(head) > 1 or tokens[i].article else c + 1, e) if (_future_verb(tokens[k]) or (
        k > c and _and_future_verb(tokens[k])))
              and tokens[k].sent == tokens[c].sent and not place_len(tokens, k)), e)
    # "رئاسة الجمهورية ستصدر قرارات", "اللجنة العليا ستعقد": "س" + an imperfect verb says what the body will do, no
    # word of its name (not right after a one-word indefinite head: "شركة سيمنز", a foreign name) (r2-inst); so does
    # "و" + that verb ("مع نادي X وسيعتمد المدرب …": the next clause) (xinst)
    e = _definite_object_end(tokens, c, e)  # (ext-t95)
    e = _construct_object_end(tokens, i, size, c, e)  # (xinst)
    e = next((k for k in range(c, e) if tokens[k].norm in _FOR_THE_TIME
              or (k > c and tokens[k].norm in _OUTLAWED)), e)
    # "القوات البرية للمرة الأولى": the time; "منظمة القاعدة الإرهابية القرية": a label, then the object (ext-t95)
    e = next((k for k in range(c + 1, e) if tokens[k].norm in _SEAT_CLAUSES), e)  # (ext-t95)
    e = _plural_object_end(tokens, c, e)  # (ext-t95)
    e = _possessed_plural_end(tokens, c, e)  # (inst12)
    e = next((k for k in range(c, e) if tokens[k].norm in _ACCORDING or (tokens[k].norm == _VIA and not (
        k + 1 < len(tokens) and tokens[k + 1].norm in INSTITUTIONS.ACROSS_OBJECTS))), e)  # "وزارة X عبر حسابها": "عبر"
    # (via) opens the clause's means, no word of the name ("النقل عبر الحدود": across) (ext-t77); (inst23) "وفق"
    # (according to) and "لأجل" (for) open its manner or purpose: "نادي X وفق الاتفاقية المبرمة", "كلية X وفق
    # الشروط", "الأمانة العامة لأجل الخروج بصيغة"
    e = next((k for k in range(c, e) if tokens[k].norm in _EXCEPT), e)  # "لقوات الأمن الا «…»": "إلا" (except)
    # opens the clause's exception, no body's name holds it (ext-t74)
    if head == (_QUWWAT,) and (e == c + 1 or tokens[c + 1].norm[:1] == "و") and tokens[c].norm in _GENERIC_FORCES \
            and not _local_seat(tokens, i, c + 1):
        return None  # "قوات الأمن", "قوات الشرطة": any country's forces, named only with a nationality ("قوات الأمن
        # التونسية"), a seat or a further word ("قوات الأمن الخاصة"), like "الجيش" (ext-t74)
    if head[0] in _FORCES_HEADS:
        e = next((k for k in range(c if len(head) > 1 else c + 1, e) if _second_force(tokens[k])), e)
    if head == (_NADI,) and e >= c + 2 and c + 2 < len(tokens) and _holder_after_club(tokens, c):
        e = c + 1  # "ممثل نادي أحد حامد رشيد": a club's one-word name, then its representative's name (ext-t71)
    while head == (_AL_HIZB,) and e > c and (not _nisba_word(tokens[e - 1])
                                             or tokens[e - 1].norm in INSTITUTIONS.PARTY_GENERIC):
        e -= 1  # "الحزب" is named by its nisba adjectives only: "الحزب الاشتراكي الديمقراطي وتحالف …",
        # "الحزب المخزني المعلوم", "الحزب الإسلامي الرئيسي" (ext-t40)
    if head[0] in INSTITUTIONS.PARTY_WORDS and e > c and tokens[c].norm in INSTITUTIONS.PARTY_OWNERS:
        return None  # "حزب الرئيس «الجمهورية إلى الأمام»", "حزب الحزب": the party of an office or a word of
        # reference, no party's name (mor11)
    if e > c + 1 and head[0] in INSTITUTIONS.PARTY_WORDS and tokens[e - 1].norm in INSTITUTIONS.PARTY_STANDING:
        e -= 1  # "حزب العمال المعارض": the party's standing, no word of its name (ext-t34)
    if e > c + 1 and tokens[e - 1].norm in INSTITUTIONS.OFFICIAL_STANDING and is_nationality(tokens[e - 2].norm):
        e -= 1  # (inst16) "وكالة الأنباء اليمنية الرسمية": the body's official standing after its nationality
    if head == (_SECTION,) and e == c + 1 and tokens[c].article:
        return None  # "قسم الطوارئ", "قسم الأشعة": a hospital's or an office's unit named by its field alone, no body
        # ("قسم صحة البيئة بالبلدية", "قسم الطب السريري" name one) (ext-t34)
    if len(head) >= 2 and head[-1] in CHAINS.REGION_NOUNS:
        at = place_len(tokens, c)
        if at and c + at < e and tokens[c + at].norm.startswith("لل"):
            e = c + at  # "وكيل إمارة منطقة الجوف للشؤون الأمنية": the remit is the office's, the body ends with its
            # region (ext-t34)
        elif at and c + at < e and tokens[c + at].article and not tokens[c + at].norm.endswith(("ي", "يه")):
            e = c + at  # "دور أمانة منطقة الرياض التنفيذ", "بلدية محافظة X المسؤولة": after the region's name a
            # definite word that is no nisba is the clause's, not the body's (ext-t42)
    if any(t.norm in INSTITUTIONS.OTHER_WORDS for t in tokens[c:e]) and (not head[0].startswith("ال") or e - c <= 2):
        return None  # "شركة خطوط جوية أخرى", "شركة الخطوط الجوية الأخرى": another of a kind, no name (ext-t50)
    e = _ruling_object_end(tokens, head, c, e)
    e = _governed_object_end(tokens, i, c, e)
    e = _listed_inside_end(tokens, c, e)
    e = _bare_verbal_object_end(tokens, c, e)
    e = _and_verbal_object_end(tokens, c, e)  # (inst8)
    e = _purpose_of_its_own_end(tokens, c, e)  # (inst8)
    e = _site_adjective_end(tokens, c, e)
    e = _role_participle_end(tokens, c, e)
    e = _event_object_end(tokens, c, e)
    e = _second_place_end(tokens, c, e)
    e = _official_agency_end(tokens, head, c, e)
    if kind == "ministry" and len(head) == 1:
        e = ministry_field_end(tokens, c, e)  # "وزارة النقل للطرق": the ministry is named by its field
        e = next((k for k in range(c + 1, e) if tokens[k].norm in INSTITUTIONS.STAFF_PLURALS), e)
        # (inst16) "وزارة الصحة والمساعدين ومديري المواقع": "و" + its staff, the clause's next persons
        while e > c and tokens[e - 1].norm in INSTITUTIONS.BAD_COMPLEMENTS:
            e -= 1  # "وكيل وزارة التجارة المساعد للتنمية": the office's adjective before its remit
    if kind == "company":  # "شركة … المحدودة لرعاية …": the legal form closes the name
        e = next((k + 1 for k in range(c, e) if tokens[k].norm in INSTITUTIONS.LEGAL_FORMS), e)
    e += _parenthesised(tokens, e) if kind in ("company", "other", "public_body", "association") \
        and not _quoted_alias(tokens, c, e) and not _directorate_aside(tokens, i, e) else 0
    if head[0] in INSTITUTIONS.TOPIC_HEADS and e + 1 < len(tokens) and tokens[e].norm == _HAWL \
            and tokens[e + 1].article and tokens[e + 1].sent == tokens[e].sent:
        e = chain_end(tokens, e + 1, stop_titles=True)  # "المنتدى الإقليمي الإفريقي حول التنمية المستدامة"
    if e == c and len(head) >= 2 and head[-1] in CHAINS.REGION_NOUNS:
        # "بلدية محافظة طبرجل", "أمانة محافظة X": the governorate's one-word name the gazetteer lacks; no head alone
        plain = c < len(tokens) and tokens[c].is_word and tokens[c].sent == tokens[i].sent and not tokens[c].article \
            and not is_stop(tokens[c].norm) and tokens[c].norm[:1] not in "وبلف"
        if c < len(tokens) and tokens[c].sent == tokens[i].sent and _tribal_place(tokens, c):
            return c + 2  # (inst15) "بلدية محافظة بني حسن"
        return c + 1 if plain else None
    if e == c and head == (_SHARIKA,) and _brand_name(tokens, i, c):
        return c + 1  # "شركة هواوي", "لشركة تويوتا.": a company's one-word foreign name (ext-t40)
    if e == c and head == (_SHARIKA,) and _short_brand_of_nation(tokens, i, c):
        return c + 2  # "شركة باسف الألمانية أكبر شركة …": a short foreign name, then its nationality (ext-t164)
    if e == c and head == (_JAMIA,) and _university_town(tokens, i, c):
        return c + 1  # "جامعة حلوان", "بجامعة ليل": a university named by its town's one word (ext-t111)
    if e == c:
        if head in INSTITUTIONS.SELF_STANDING or (len(head) >= 2 and kind != "ministry"):
            return c + _local_seat(tokens, i, c)
        return None
    if head[0].startswith("ال") and len(head) == 1:
        # a definite generic head names only with an adjective of relation or "المكلفة/المنتدبة"
        adj = tokens[c].norm
        if head[0] in _MASCULINE_HEADS and adj.endswith("يه"):
            return None  # (runon) "طموحات النادي الحقيقية", "موارد الصندوق الذاتية": a feminine adjective after a
            # masculine singular head qualifies the noun before it, the head names no body
        if (adj,) in DECISIONS.KINDS:
            return None  # "وأقر المجلس الميزانية العامة …": what the body decided, no adjective of its name
        if head[0] == _AL_HIZB and adj in INSTITUTIONS.PARTY_GENERIC:
            return None  # "الحزب السياسي المؤسس …": any party, no name (ext-t40)
        if any(t.norm in INSTITUTIONS.PRAISE_ADJECTIVES for t in tokens[c:e]):
            return None  # "الشركة الاستثمارية الرائدة", "الشركة الوطنية الأكبر": praise, a description (ext-t145)
        if not (adj.startswith("ال") and tokens[c].article and (
                adj.endswith(("يه", "ي")) or (adj.startswith(("المكلف", "المنتدب")) and not adj.endswith(("ين", "ون")))
                or adj in INSTITUTIONS.NAME_ADJECTIVES)):
            return None
        if e - c >= 2 and tokens[c + 1].norm.startswith("وال") and not tokens[c + 1].norm.endswith(("يه", "ي")) \
                and head[0] != _AL_LAJNA and tokens[c + 1].sent == tokens[c].sent:
            e = c + 1  # (tuning195) "أنظمة الوزارة الإلكترونية والعمل ضمن نطاقها": after a definite head and its
            # adjective, "و" + a definite word that is no second adjective ("الغرفة التجارية والصناعية") begins
            # another phrase, no coordinated remit of a name (a committee's is: "اللجنة المالية والتسويق")
        if e - c < 2 and adj not in INSTITUTIONS.RANK_ADJECTIVES \
                and not (head[0] == _AL_LAJNA and adj in _MEMBER_COUNTS) \
                and not (head[0] in INSTITUTIONS.NATIONAL_HEADS and adj.endswith("ي")) \
                and not (head[0] in _COALITIONS and is_nationality(adj)):  # "الائتلاف السوري" (ext-t40)
            # "المحكمة العليا", "البرلمان الملغاشي" name a body by themselves
            at = _seat(tokens, e) or (_seat_in(tokens, e) if head[0] in INSTITUTIONS.SEATED_HEADS else 0)
            if not at and head[0] == _AL_LAJNA and _body_seat(tokens, e):
                return e  # "اللجنة الإعلامية بالاتحاد X": a committee named by its field within a named body (ext-t63)
            if not at:
                return None  # "الوزارة الإلكترونية", "المنظمة السويدية": a description, not a name
            return e + at  # "الجامعة الأورومتوسطية بفاس", "السفارة الأمريكية في الرباط": its seat makes it one body
    if head[0] in INSTITUTIONS.SEATED_HEADS:
        return e + _seat_in(tokens, e)  # "سفارة المغرب في البرازيل": a mission's seat is part of its name
    if _described_brand(tokens, i, head, c, e):
        return e + 1  # (inst9) "شركة النشر موندادوري": the company's own name after its trade
    return e + _local_seat(tokens, i, e)


_BRAND_HEADS = frozenset(fold(w) for w in ("شركة", "شبكة"))
_BRAND_DESCRIPTION_MAX = 3


def _described_brand(tokens: list[Token], i: int, head: tuple[str, ...], c: int, e: int) -> bool:
    """(inst9) "شركة النشر موندادوري", "شبكة التلفزيون الإيطالية ميدياست", "شركة الطيران الألمانية لوفتهانزا": after
    an indefinite "شركة"/"شبكة" and its trade in one to three definite words (a nationality among them), one plain
    word that no Arabic noun pattern explains (:func:`_brand_name`) is the company's own name, a word of the name.
    Only where the name closes its phrase: the end of the sentence, a stop or "و" + the next item (before a
    definite word, a function word or a verb the plain word may be the verb's object: "شركة الطرق مراحل المشروع")."""
    if len(head) != 1 or head[0] not in _BRAND_HEADS or not 0 < e - c <= _BRAND_DESCRIPTION_MAX or e >= len(tokens) \
            or not all(t.article and t.is_word and t.sent == tokens[i].sent for t in tokens[c:e]) \
            or not _brand_name(tokens[: e + 1], i, e) or tokens[e].norm.endswith(_POSSESSIVE_SUFFIXES):
        return False
    d = e + 1
    return d >= len(tokens) or not tokens[d].is_word or tokens[d].sent != tokens[e].sent \
        or (tokens[d].norm[:1] == "و" and not is_stop(tokens[d].norm))


_CHARGED = frozenset(fold(w) for w in ("المكلفة", "المكلف"))
_DELEGATION_WORDS = frozenset(fold(w) for w in ("المنتدبة", "المنتدب", "لدى"))


def _charged_in_name(tokens: list[Token], i: int, x: int, kind: str) -> bool:
    """(inst8) "الوزارة المنتدبة لدى وزير X المكلفة بالمغاربة المقيمين بالخارج", "اللجنة الملكية المكلفة بتنظيم …":
    a ministry's, a delegated portfolio's or a definite head's name says what it is charged with, so "المكلفة" stays
    in it there, as in a head and one word ("غرفة الجنايات المكلفة بقضايا …": the chamber is named by its charge);
    after an indefinite head's name of two words or more ("لجنة متابعة الأسعار المكلفة بتحديد …") it describes the
    body named, and so it does before its charge in the accusative, without "ب" (inst13)."""
    if x + 1 < len(tokens) and tokens[x + 1].is_word and tokens[x + 1].sent == tokens[x].sent \
            and tokens[x + 1].norm[:1] != "ب" and not is_stop(tokens[x + 1].norm):
        return False  # (inst13) "خلية التحقيق المكلفة النظر في …": a charge in the accusative describes the body
    return kind == "ministry" or tokens[i].article or x - i < 3 \
        or any(t.norm in _DELEGATION_WORDS for t in tokens[i:x])


_JIHA = fold("الجهة")
"""(inst14) "هيئة X الجهة الإغاثية التي …": the generic "body" noun, definite, after a name is what the body is said
to be, as the head's own noun again is."""


def _praise_end(tokens: list[Token], head: tuple[str, ...], c: int, e: int) -> int:
    """(ext-t145) "وتعد شركة X الشركة الاستثمارية الرائدة", "بنك X البنك الأكبر": the head's own noun again, now
    definite, after an indefinite head's name opens what the body is said to be (a predicate or an apposition), no
    word of its name; and a word of praise ("الرائدة", "الأكبر", [praise_adjectives]) after the name ("شركة X الرائدة
    في …") describes the body, the name ends before it (not before a seat: :func:`_praise_seat`)."""
    if not head[0].startswith("ال"):
        again = "ال" + head[0]
        k = next((k for k in range(c + 1, e) if tokens[k].norm in (again, _JIHA)), e)  # (inst14) "… الجهة …"
        if k < e and k - 1 > c and tokens[k - 1].norm[:1] in "ول" and not tokens[k - 1].article:
            k -= 1  # "نادي X لرعاية النادي", "نادي X ولاعب النادي": a word in construct with the head said again
            # governs it and is no word of the name either
        e = k
    return next((k for k in range(c + 1, e) if (tokens[k].norm in INSTITUTIONS.PRAISE_ADJECTIVES
                 and not _praise_seat(tokens, k) and not _nested_head_before(tokens, k))
                 or _elative_description(tokens, k)), e)


def _holder_nationality_end(tokens: list[Token], head: tuple[str, ...], c: int, e: int) -> int:
    """(inst11) "رئيس اللجنة الأولمبية الدولية الألماني X": after a definite feminine head and its feminine nisba
    adjectives, a masculine nationality agrees with neither; it describes the (male) holder of the office, the name
    ends before it ("الهيئة الملكية البريطانية" agrees; "نادي القادسية الكويتي" has a masculine head and reads on;
    after an indefinite head the next word is a noun in construct: "كأس رابطة الأندية الفرنسي")."""
    if not head[0].startswith("ال") or not head[0].endswith("ه"):
        return e  # (an indefinite head governs a noun: "كأس رابطة الأندية الفرنسي", the cup's nationality)
    for k in range(c + 1, e):
        tok, prev = tokens[k], tokens[k - 1]
        if not _name_adjective(prev):
            return e  # the head's own adjectives only ("اللجنة الأولمبية الدولية")
        if _nisba_word(tok) and not tok.norm.endswith("يه") and is_nationality(tok.norm) \
                and _nisba_word(prev) and prev.norm.endswith("يه"):
            return k
    return e


_DASHES = frozenset({"-", "–", "—"})
"""(inst14) Dashes that open an aside after a body's name ("شركة X - وهي …"), no word of it."""

_PLAIN_RANKS = frozenset(fold(w) for w in ("العقيد", "العميد", "اللواء", "المقدم", "النقيب", "الملازم", "المشير",
                                            "العماد"))
"""Ranks that are no other word before a name: "الرائد" (a club), "الفريق" (a team) or "المستشار" (an adviser) end a
body's name only before a given name the lexicon knows or a rank's qualifier."""


def _rank_end(tokens: list[Token], head: tuple[str, ...], c: int, e: int) -> int:
    """(inst13) "قائد القوات البرية العميد X Y", "مدير الأمن العام اللواء الركن X": a military rank after a word of a
    body's name opens the name of the officer who holds the office; no word of the body's name. A rank right after a
    one-word head without the article stays ("نادي الرائد", "حزب اللواء")."""
    first_names = lexicon().first_names
    for k in range(c if len(head) > 1 or head[0].startswith("ال") else c + 1, e):
        tok = tokens[k]
        if tok.norm not in CHAINS.RANKS or k + 1 >= len(tokens) or tokens[k + 1].sent != tok.sent:
            continue
        nxt = tokens[k + 1]
        if nxt.is_word and (nxt.norm in CHAINS.RANK_QUALIFIERS or nxt.norm in first_names
                            or (tok.norm in _PLAIN_RANKS and not nxt.article and not is_stop(nxt.norm)
                                and nxt.norm[:1] not in "وبلف")):
            return k
    return e


_DEPUTIES = frozenset(fold(w) for w in ("وكيل", "وكيلة"))
_DEPUTY_REMITS = frozenset(fold(w) for w in ("للشؤون", "للتطوير", "للدراسات", "للجودة", "للتخطيط", "للبحث"))


def _deputy_remit_end(tokens: list[Token], i: int, c: int, e: int) -> int:
    """(inst13) "وكيل كلية العلوم للتطوير والجودة", "وكيل جامعة X للدراسات العليا": after a deputy's office, a remit
    in "لل…" (affairs, development, studies, quality, planning, research) is the deputy's, as it is after a ministry
    ("وكيل وزارة X للشؤون …"); the body's name ends before it."""
    if i == 0 or tokens[i - 1].sent != tokens[i].sent \
            or not (tokens[i - 1].norm in _DEPUTIES or tokens[i - 1].norm[1:] in _DEPUTIES):
        return e
    return next((k for k in range(c + 1, e)
                 if tokens[k].norm in _DEPUTY_REMITS or _remit_after_one_word(tokens, i, c, k)), e)


def _remit_after_one_word(tokens: list[Token], i: int, c: int, k: int) -> bool:
    """(inst20b) "وكيل جامعة الطائف للإبداع والتنمية", "وكيل كلية الطب للتعلم الإلكتروني": after a deputy, an
    indefinite head in construct with one definite word is the whole body; "لل" + a noun right after it is the
    deputy's remit (a definite head keeps its field: "وكيل الهيئة العامة للسياحة")."""
    return k == c + 1 and not tokens[i].article and tokens[c].article and tokens[k].norm.startswith("لل") \
        and tokens[k].sent == tokens[c].sent


_REGION_WORDS = frozenset(fold(w) for w in ("المحافظة", "المدينة", "المنطقة", "العاصمة", "البلاد", "المملكة",
                                            "الولاية", "الإقليم", "المديرية", "القطاع"))


def _compass_end(tokens: list[Token], c: int, e: int) -> int:
    """(inst13) "مديرية X شمال المحافظة", "مستشفى الملك X شرق المدينة": a point of the compass in construct with the
    region's word says where the body stands; no word of its name ("حلف شمال الأطلسي" names its sea, and stays)."""
    return next((k for k in range(c + 1, e - 1) if tokens[k].norm in FUNCTION_WORDS.COMPASS
                 and tokens[k + 1].norm in _REGION_WORDS
                 and tokens[k + 1].sent == tokens[k].sent), e)


def _addressed_medium_end(tokens: list[Token], c: int, e: int) -> int:
    """(inst15) "قال متحدث باسم الهيئة العامة للطيران المدني لصحيفة X إن …", "قوات الإنقاذ لوكالة الأنباء": "ل" +
    an indefinite news medium (people.txt's media_addressees) after a body's name is the paper or agency the speaker
    told, a body of its own; no word of the first one's name ("لل" + a definite word, "الاتحاد الدولي للصحفيين",
    may be a field and stays)."""
    return next((k for k in range(c + 1, e) if tokens[k].norm in PEOPLE.MEDIA_ADDRESSEES
                 and not tokens[k].norm.startswith("لل") and tokens[k].sent == tokens[c].sent), e)


def _feminine_after_masculine_end(tokens: list[Token], head: tuple[str, ...], c: int, e: int) -> int:
    """(inst15) "أنشطة حزب العمال الكردستاني الهجومية", "جهود المجلس الأعلى الإسلامي الإنسانية": after a masculine
    head (:data:`_MASCULINE_HEADS`, with or without "ال") whose name ends with a masculine nisba, a feminine nisba
    cannot qualify the body; it agrees with the noun the body is in construct with, and is no word of the name."""
    base = head[0] if head[0].startswith("ال") else "ال" + head[0]
    if len(head) != 1 or base not in _MASCULINE_HEADS:
        return e
    return next((k for k in range(c + 1, e) if tokens[k].norm.endswith("يه") and _nisba_word(tokens[k])
                 and tokens[k - 1].norm.endswith("ي") and _nisba_word(tokens[k - 1])), e)


def _sitting_adjective_end(tokens: list[Token], head: tuple[str, ...], c: int, e: int) -> int:
    """(inst20) "جلسة مجلس الوزراء الأسبوعية", "دورة مجلس الشورى العادية": after a masculine head
    (:data:`_MASCULINE_HEADS`) a feminine adjective of a sitting's rhythm or kind ([sitting_adjectives]) agrees with the
    sitting before the body, no word of its name; not after a feminine word it may qualify ("للرعاية اليومية",
    "الخدمات اليومية"). (inst22) After a club's name an adjective of a camp or a programme ([camp_adjectives],
    either gender: "معسكر الفريق بنادي الوحدة التحضيري للموسم") qualifies the camp before the club in the same way."""
    base = head[0] if head[0].startswith("ال") else "ال" + head[0]
    if len(head) != 1 or base not in _MASCULINE_HEADS:
        return e
    if base == "ال" + _NADI:
        e = next((k for k in range(c + 1, e) if tokens[k].norm in INSTITUTIONS.CAMP_ADJECTIVES), e)
    return next((k for k in range(c + 1, e) if tokens[k].norm in INSTITUTIONS.SITTING_ADJECTIVES
                 and not tokens[k - 1].norm.endswith(("ه", "ات"))), e)


_TANWEEN = ("\u064b", "\u064bا")


def _adverb_end(tokens: list[Token], c: int, e: int) -> int:
    """(inst13) "طرحه رئيس الحكومة وحزب X أساساً", "وقالت الجمعية الخيرية أيضاً": a word written with the accusative's
    tanween is an adverb or an object of the clause; no word of a body's name carries it."""
    return next((k for k in range(c + 1, e) if tokens[k].is_word and tokens[k].text.endswith(_TANWEEN)), e)


def _adjectives_then_noun_end(tokens: list[Token], head: tuple[str, ...], c: int, e: int) -> int:
    """(inst11) "المعهد السعودي الياباني والمكتبة العامة", "الرئاسة العامة والكيانات الإدارية", "المركز الإعلامي
    والرجال": a definite head named by its adjectives alone, then "و" + a body's head, a plural of bodies or a group
    of persons ([and_groups]) opens the clause's next item, no word of the name; coordinated adjectives read on
    ("المجلس الاقتصادي والاجتماعي"), and so do a field ("اللجنة الفنية والمسابقات", "الغرفة التجارية والصناعة")
    and a field in construct ("وزارة الشؤون الإسلامية والأوقاف")."""
    if not head[0].startswith("ال") or not all(_name_adjective(t) for t in tokens[c - len(head) + 1 : c]):
        return e  # (a head of two words: "الرئاسة العامة")
    k = c
    while k < e and _name_adjective(tokens[k]):
        k += 1
    if (k == c and len(head) == 1) or k >= e:
        return e
    tok = tokens[k]
    if tok.article and tok.norm.startswith("وال") and (tok.norm in _AND_BODY_PLURALS
                                                       or tok.norm[1:] in INSTITUTIONS.AND_GROUPS
                                                       or starts_head(tokens, k, strip=True)):
        return k
    return e


def _name_adjective(tok: Token) -> bool:
    """A definite adjective of a body's name: a nisba ("الوطني") or one of [name_adjectives] ("العامة", "العليا")."""
    return _nisba_word(tok) or tok.norm in INSTITUTIONS.NAME_ADJECTIVES


def _nested_head_before(tokens: list[Token], k: int) -> bool:
    """(inst10) "هيئة أعضاء الشرف بنادي الرائد": a nested body's head without the article right before the word holds
    it in construct as that body's own name (a club "الرائد"), no praise of the body before it."""
    prev = tokens[k - 1]
    return prev.is_word and not prev.article and prev.sent == tokens[k].sent and _head_at(tokens, k - 1) is not None


_NAME_PARTICIPLES = frozenset(fold(w) for w in ("المتحدة", "المتحد", "الموحدة", "الموحد", "المحدودة", "المحدود",
                                                 "المتكاملة", "المتكامل", "المتقدمة", "المتقدم"))
"""Participles that are a company's own word ("شركة X المتحدة للتأمين", "… المحدودة"), kept by
:func:`_agent_participle_end`."""


def _agent_participle_end(tokens: list[Token], head: tuple[str, ...], c: int, e: int) -> int:
    """(s13-inst7) "شركة X Y المنتجة للدواء", "نادي X المنافس في الدوري": after an indefinite head and a proper name
    of one to three words without the article (no place, no given name: "مدرسة عمر المختار للبنين" stays; no
    body's head: "قسم إدارة المخاطر"), a definite singular participle ("الم…", not a plural, a nisba nor a مفاعلة
    verbal noun) that agrees with the head in gender and governs "ل" or "في" tells what the body does, no word of
    its name."""
    if len(head) != 1 or head[0].startswith("ال"):
        return e
    for k in range(c + 1, min(e, c + 4)):
        prev = tokens[k - 1]
        if prev.article or not prev.is_word or prev.norm[:1] in "وبلف" or prev.sent != tokens[c].sent:
            return e
        if may_open(prev.norm) or place_len(tokens, k - 1) or prev.norm in lexicon().first_names:
            return e  # "قسم إدارة المخاطر", "مراكز مكة المكرمة": a common noun in construct, a place, a given name
        tok = tokens[k]
        if not (tok.article and tok.norm.startswith("الم") and len(tok.norm) >= 6) or tok.norm in _NAME_PARTICIPLES:
            continue
        if tok.norm.endswith(("ين", "ون", "ات", "ي", "يه")) \
                or (len(tok.norm) == 8 and tok.norm[4] == "ا" and tok.norm[-1] == "ه") \
                or tok.norm.endswith("ه") != strip_clitic(tokens[c - 1].norm)[0].endswith("ه"):
            return e  # a plural ("هيئة دوري المحترفين"), a nisba ("مركز صحي المحمدية"), a verbal noun ("مجلس قيادة
            # المقاومة") or a noun that does not agree with the head ("لجنة خدمة المجتمع") is in construct
        nxt = tokens[k + 1] if k + 1 < len(tokens) and tokens[k + 1].sent == tok.sent else None
        if nxt is None or not (nxt.norm == _FI or (nxt.norm[:1] == "ل" and nxt.is_word and len(nxt.norm) > 3)):
            return e
        return k
    return e


def _unit_in_apposition(tokens: list[Token], k: int) -> bool:
    """(inst20) "فريق من جامعة الأميرة نورة كلية العلوم الصحية", "طلاب جامعة الملك سعود كلية الطب": a bare body's head
    right after a name closed by a definite word or a given name opens a second body set beside the first (its
    unit), no word of the first one's name ("مجلس إدارة شركة X" stays: "إدارة" still wants its genitive)."""
    prev, tok = tokens[k - 1], tokens[k]
    return tok.is_word and not tok.article and tok.sent == prev.sent and prev.is_word \
        and (prev.article or prev.norm in lexicon().first_names) and _head_at_plain(tokens, k) is not None


def _described_company(tokens: list[Token], c: int) -> bool:
    """(inst20) "الشركة الإسبانية المصنعة للقطارات", "الشركة الصينية المنفذة للمشروع": the definite head, a nationality
    and a definite feminine participle that governs "ل" or "في" describe some company by what it does, as "الشركة
    المنفذة للمشروع" does; no company is named (a participle of a company's own name stays: "الشركة السعودية المتحدة
    للتأمين")."""
    if c + 2 >= len(tokens) or not (tokens[c].sent == tokens[c + 1].sent == tokens[c + 2].sent):
        return False
    nation, part, nxt = tokens[c], tokens[c + 1], tokens[c + 2]
    return nation.article and is_nationality(nation.norm) and part.article and part.norm.startswith("الم") \
        and len(part.norm) >= 6 and part.norm.endswith("ه") and not part.norm.endswith("يه") \
        and part.norm not in _NAME_PARTICIPLES and nxt.is_word \
        and (nxt.norm == _FI or (nxt.norm[:1] == "ل" and not nxt.norm.startswith("ال") and len(nxt.norm) > 3))


def _elative_description(tokens: list[Token], k: int) -> bool:
    """(ext-t164) "مركز X أكبر مركز للعلاج", "شركة X أول شركة …": an elative and an indefinite noun after a body's
    name describe the body (an apposition), no word of its name."""
    return k + 1 < len(tokens) and tokens[k].norm in INSTITUTIONS.ELATIVES and tokens[k + 1].is_word \
        and not tokens[k + 1].article and tokens[k + 1].sent == tokens[k].sent


def _praise_seat(tokens: list[Token], k: int) -> bool:
    """ "شركة X الفرنسية الرائدة في باريس": praise before "في"/"ب…" + a place is kept with the seat, as ext-t136's
    guard reads it."""
    return k + 2 < len(tokens) and tokens[k + 1].norm in _PARTICIPLE_PREPOSITIONS and place_len(tokens, k + 2) > 0


_TEENS = frozenset(fold(w) for w in ("عشر", "عشرة"))


_KUNYA = frozenset(fold(w) for w in ("أبي", "أبو", "أبا"))
"""(s13-inst6) "أبو/أبي/أبا" (father of): a kunya is a noun in construct, never the last word of a name."""


def _kunya_end(tokens: list[Token], c: int, e: int, kind: str) -> int:
    """(s13-inst6) "مدرسة أبي X الابتدائية", "نادي أبي X الموسمي": a name read up to a kunya ("أبو/أبي/أبا") lost
    the word the kunya is in construct with; take that word, then the name's own words after it (an adjective of
    relation, as after any eponym). Not when the next word opens a clause ("و/ب/ل/ف" + "ال", a stop word, a
    style) or lies in the next sentence."""
    if not (c < e < len(tokens) and tokens[e - 1].norm in _KUNYA):
        return e
    nxt = tokens[e]
    if not nxt.is_word or nxt.sent != tokens[e - 1].sent or is_stop(nxt.norm) \
            or nxt.norm.startswith(("وال", "بال", "لل", "فال", "كال")) or nxt.norm in lexicon().honorifics:
        return e
    if e + 1 >= len(tokens) or tokens[e + 1].sent != nxt.sent:
        return e + 1
    return max(e + 1, chain_end(tokens, e + 1, stop_titles=True, purpose_stop=kind != "association", one_li=True))


def _ordinal_teen_end(tokens: list[Token], c: int, e: int) -> int:
    """(ext-t136) "شركة الحادي عشر القابضة", "نادي الثاني عشر": a name that is an ordinal of eleven to nineteen
    ("الحادي" + "عشر") holds the "عشر" the chain stops at (an indefinite word), and the name goes on after it with
    its own words ("القابضة"); the ordinal must be the name's last word read so far."""
    if not (c < e < len(tokens) and tokens[e].norm in _TEENS and tokens[e].sent == tokens[e - 1].sent
            and tokens[e - 1].norm in CALENDAR.ORDINAL_UNITS):
        return e
    k = e + 1
    if k < len(tokens) and tokens[k].sent == tokens[e].sent and tokens[k].is_word and tokens[k].article:
        return max(chain_end(tokens, k, stop_titles=True, one_li=True), k)
    return k


_GHAYR = fold("غير")


def _negated_adjective_end(tokens: list[Token], c: int, e: int) -> int:
    """(ext-t130) "شركة X للكيماويات غير العضوية", "مصنع X للمنتجات غير النفطية": "غير" + a definite nisba adjective
    right after a definite plural in ات that ends the name is the plural's own adjective, a word of the name; the chain
    stops at "غير" (a function word)."""
    if e <= c or e + 1 >= len(tokens) or tokens[e].norm != _GHAYR or tokens[e + 1].sent != tokens[e - 1].sent:
        return e
    prev, adj = tokens[e - 1], tokens[e + 1]
    if prev.norm.endswith("ات") and (prev.article or prev.norm.startswith("لل")) and _nisba_word(adj) \
            and not is_nationality(adj.norm):
        return e + 2
    return e


_LI_TATWIR = fold("لتطوير")
_REGION_NOUNS_SINGLE = frozenset(fold(w) for w in ("مدينة", "منطقة", "محافظة"))


def _developed_place_end(tokens: list[Token], c: int, e: int) -> int:
    """(ext-t122) "الهيئة العليا لتطوير مدينة الرياض", "الهيئة الملكية لتطوير منطقة مكة المكرمة": "لتطوير" (a purpose,
    which ends a name) + a place the gazetteer knows, with or without "مدينة"/"منطقة"/"محافظة", right after a definite
    head's adjective names the authority that develops that place; "لتطوير الخدمات" stays a purpose."""
    if e <= c or e + 1 >= len(tokens) or tokens[e].norm != _LI_TATWIR or not tokens[e - 1].article \
            or tokens[e].sent != tokens[c].sent or tokens[e + 1].sent != tokens[c].sent:
        return e
    k = e + 1 + (1 if tokens[e + 1].norm in _REGION_NOUNS_SINGLE else 0)
    at = place_len(tokens, k) if k < len(tokens) and tokens[k].sent == tokens[c].sent else 0
    return k + at if at else e


_DHAWI = frozenset(fold(w) for w in ("ذوي", "ذوو"))


def _possessors_end(tokens: list[Token], c: int, e: int) -> int:
    """(ext-t122) "جمعية الأشخاص ذوي الإعاقة", "جمعية الأطفال ذوي الاحتياجات الخاصة": a body named by the people it
    serves goes on with "ذوي" ("those with") and what they have, a definite noun and its adjectives."""
    if e <= c or e + 1 >= len(tokens) or tokens[e].norm not in _DHAWI or not tokens[e - 1].article \
            or not tokens[e + 1].article or tokens[e + 1].sent != tokens[c].sent or tokens[e].sent != tokens[c].sent:
        return e
    k = e + 2
    while k < len(tokens) and tokens[k].sent == tokens[c].sent and tokens[k].article \
            and (_nisba_word(tokens[k]) or tokens[k].norm in _OWN):
        k += 1  # its adjectives ("الاحتياجات الخاصة", "الإعاقة السمعية"), not the verb's object after them
    return k


_MARKAZ = fold("مركز")
_THE_COMPANY = fold("الشركة")
_THE_ORGANISING = fold("المنظمة")
_THE_QUARTER = fold("الحي")
_QUARTERS = frozenset((_THE_QUARTER, fold("حي")))
_TOWN_NOUNS = frozenset(fold(w) for w in ("المدينة", "البلدة", "القرية", "المحافظة", "محافظة", "مدينة", "قضاء",
                                          "ولاية", "إقليم"))


def _town_centre(tokens: list[Token], c: int) -> bool:
    """ "مركز المدينة", "مركز محافظة X": "مركز" before a town noun alone (or a territory's noun and its place's name)
    that nothing follows but a boundary (punctuation, the sentence's end, a function word, و or a ب/ل/من phrase) or a
    geographic adjective (:data:`_CENTRE_ADJECTIVES`, inst11) is a town's seat or centre, not a centre named as a body
    ("مركز المدينة للعلوم" goes on) (ext-t87)."""
    e = c + 1
    if tokens[c].norm[:2] != "ال":
        size = place_len(tokens, e) if e < len(tokens) and tokens[e].sent == tokens[c].sent else 0
        if not size and e < len(tokens) and tokens[e].article and tokens[e].sent == tokens[c].sent \
                and (not tokens[e].norm.endswith(("ي", "يه", "ات")) or (tokens[c].norm == _MADINA
                                                                         and tokens[e].norm.endswith("ي"))) \
                and _head_at(tokens, e) is None:
            size = 1  # "مركز محافظة X": a governorate's one-word name the gazetteer lacks; (inst21) after "مدينة" a
            # city's name may end in ي ("مركز مدينة الرمادي")
        if not size:
            return False
        e += size
    if e >= len(tokens) or tokens[e].sent != tokens[c].sent or not tokens[e].is_word:
        return True
    t = tokens[e].norm
    return is_stop(t) or (t[:1] in "وب" and not t.startswith(("ول", "بل"))) or t == fold("من") \
        or t in _CENTRE_ADJECTIVES or (not tokens[e].article and t[:1] != "ل")
    # (inst21) "عن مركز مدينة الرمادي كيلومترين": an indefinite word (a distance, a time) is no word of a body's name


_CENTRE_ADJECTIVES = frozenset(fold(w) for w in ("الجغرافي", "التاريخي"))
"""(inst11) "مركز المحافظة الجغرافي", "مركز المدينة التاريخي": where a town's centre lies, no body named."""


def _li_indefinite(tokens: list[Token], c: int) -> bool:
    """ "مركز لقيد الناخبات", "وحدة لعلاج الإدمان": after an indefinite head, "ل" + an indefinite noun (no place, no
    body: "لجنة لمدينة الرباط" names) in construct with a definite word says what the body is for; a name puts its
    field in construct with the head ("مركز قيد …") or after a definite head (ext-t63)."""
    w = tokens[c].norm
    k = c + 1
    if k + 1 < len(tokens) and tokens[k].norm in INSTITUTIONS.ELATIVES and tokens[k + 1].sent == tokens[k].sent:
        k += 1  # (inst21) "حملة منظمة لاقتحام أشهر النوادي": an elative in construct with the definite word
    return w[:1] == "ل" and len(w) >= 3 and tokens[c].is_word and not tokens[c].article \
        and k < len(tokens) and tokens[k].article and tokens[k].sent == tokens[c].sent \
        and not is_stop(w) and not _genitive_of_body(tokens, c)


_AL_LAJNA = fold("اللجنة")
_AL_IDARA = fold("الإدارة")


def _body_seat(tokens: list[Token], e: int) -> bool:
    """ "بالاتحاد السعودي لكرة القدم", "بوزارة الصحة": "ب" + a body that has a name of its own (not "بالوزارة",
    which refers back) at ``tokens[e]``, in the same sentence (ext-t63)."""
    if e >= len(tokens) or tokens[e].norm[:1] != "ب" or tokens[e].sent != tokens[e - 1].sent:
        return False
    named = _named_at(tokens, e)
    if named is not None and named[1] == 1:
        return True
    head = _head_at(tokens, e)
    return head is not None and head[1] == 1 and _extent(tokens, e, head[0], head[2]) is not None


_NETWORKS = frozenset({fold("شبكة"), fold("الشبكة")})
_ROOM = fold("غرفة")
_DIWANS = frozenset({fold("ديوان"), fold("الديوان")})
_SECTION = fold("قسم")
_CHAMBER_FIELDS = frozenset(fold(w) for w in ("تجارة", "صناعة", "زراعة", "ملاحة", "التجارة", "الصناعة"))


def _network_object(norm: str) -> bool:
    """The first word after "شبكة" names what a network of things links (as written, without "ال" or after "لل")."""
    objects = INSTITUTIONS.NETWORK_OBJECTS
    return norm in objects or (norm.startswith(("ال", "لل")) and norm[2:] in objects)


def _verse_object(norm: str) -> bool:
    """The first word after "ديوان" says it is a book of poems (as written, or after "ال"), no body (ext-t77)."""
    objects = INSTITUTIONS.VERSE_OBJECTS
    return norm in objects or (norm.startswith("ال") and norm[2:] in objects)


def _ruling_object_end(tokens: list[Token], head: tuple[str, ...], c: int, e: int) -> int:
    """ "لجنة الفصل في الطعون والمخالفات الانتخابية", "لجنة النظر في المخالفات": a committee named by a ruling
    verbal noun goes on with what it rules on, "في" or "ب" + a definite noun (not a place: "لجنة الفصل في جدة"
    says where it sits)."""
    if e != c + 1 or len(head) != 1 or head[0] not in _COMMITTEES \
            or tokens[c].norm not in INSTITUTIONS.RULING_NOUNS or e >= len(tokens) or tokens[e].sent != tokens[c].sent:
        return e
    at = e + 1 if tokens[e].norm == "في" else e
    if at >= len(tokens) or tokens[at].sent != tokens[c].sent:
        return e
    tok = tokens[at]
    probe = [after_proclitic(tok), *tokens[at + 1 : at + 12]] \
        if at == e and tok.norm.startswith("بال") else tokens[at : at + 12] if at > e else None
    if not probe or not probe[0].article or not probe[0].norm.startswith("ال") or is_stop(probe[0].norm) \
            or place_len(probe, 0) or probe[0].norm in CHAINS.TIME_NOUNS or probe[0].norm in _HOURS:
        return e  # (not a time: "لجنة الفصل في الساعة العاشرة")
    end = chain_end(probe, 0, stop_titles=True, one_li=True)
    return at + end if end > 0 else e


_COMMITTEES = frozenset(fold(w) for w in ("لجنة", "اللجنة"))
_BALADIYA = fold("بلدية")
_NOT_LOCALITIES = frozenset(fold(w) for w in ("المحافظة", "المنطقة", "المدينة", "الحي", "القرية", "المركز", "العاصمة",
                                              "الأمانة", "الوزارة", "البلدية"))
_MAJLIS = fold("مجلس")
_BALADI = fold("بلدي")


def _locality_end(tokens: list[Token], i: int, c: int) -> int | None:
    """ "بلدية العوالي", "بلدية قباء": a Saudi municipality named by a locality the gazetteer lacks, one word after the
    indefinite head: a bare word, or a definite one that is no region noun, feminine adjective or plural ("بلدية
    المحافظة" refers back, names none) (ext-t42)."""
    if c >= len(tokens) or tokens[c].sent != tokens[i].sent or not tokens[c].is_word:
        return None
    if _tribal_place(tokens, c):
        return c + 2  # (inst15) "بلدية بني حسن"
    tok = tokens[c]
    norm = tok.norm
    if is_stop(norm) or len(norm) < 3 or norm.endswith(("يه", "ات", "ين", "ون")) or norm in _NOT_LOCALITIES \
            or norm in CHAINS.TIME_NOUNS or norm in lexicon().first_words or norm in lexicon().honorifics:
        return None
    if tok.article:
        return c + 1 if norm.startswith("ال") else None
    plain = norm[:1] not in "وبلفك" and not norm.endswith("ه") and norm not in INSTITUTIONS.INDEFINITE_ADJECTIVES
    if not plain or imperfect_verb(tok):
        return None  # (not an adjective: "بلدية جديدة")
    d = c + 1
    if d + 1 < len(tokens) and tokens[d + 1].norm in ("،", ",", ".") and tokens[d].sent == tok.sent \
            and tokens[d].is_word and not tokens[d].article and tokens[d].norm[:1] not in "وبلفك" \
            and not tokens[d].norm.endswith(("ه", "ا", "ات", "ين", "ون")) and len(tokens[d].norm) >= 4 \
            and not is_stop(tokens[d].norm) and tokens[d].norm not in lexicon().first_names \
            and tokens[d].norm not in lexicon().first_words and not imperfect_verb(tokens[d]):
        return d + 1  # "بلدية طوز خورماتو،": a locality of two bare words, closed by punctuation (ext-t72)
    return c + 3 if _tribal_place(tokens, d) and tokens[d].sent == tok.sent else c + 1  # "بلدية جوف بني هاجر"


_BANI = fold("بني")


def _tribal_place(tokens: list[Token], k: int) -> bool:
    """(inst15) "بني حسن", "جوف بني هاجر", "وادي بني عمرو": a place named after a tribe, "بني" + one bare word (not a
    particle, not a clitic's word) in the same sentence."""
    if k + 1 >= len(tokens) or tokens[k].norm != _BANI or tokens[k + 1].sent != tokens[k].sent:
        return False
    nxt = tokens[k + 1]
    return nxt.is_word and not nxt.article and len(nxt.norm) >= 3 and not is_stop(nxt.norm) \
        and nxt.norm[:1] not in "وبلفك" and not imperfect_verb(nxt)


def _municipal_council_end(tokens: list[Token], c: int) -> int | None:
    """ "مجلس بلدي الرياض", "مجلس بلدي مدينة جدة", "مجلس بلدي محافظة الخرج": a municipal council named by its city, its
    bare adjective "بلدي" then the place (or a region noun and the place); "مجلس بلدي" alone names none (ext-t42)."""
    d = c + 1
    if d < len(tokens) and tokens[d].norm in CHAINS.REGION_NOUNS and tokens[d].sent == tokens[c].sent:
        d += 1
    at = place_len(tokens, d) if d < len(tokens) and tokens[d].sent == tokens[c].sent else 0
    return d + at if at else None


_HOURS = frozenset(fold(w) for w in ("الساعة", "الصباح", "المساء", "الفترة"))
_MADINA = fold("مدينة")
_CITY_FIELD_ADJECTIVES = frozenset(fold(w) for w in ("الطبية", "الجامعية"))


def _royal_city_end(tokens: list[Token], c: int) -> int | None:
    """ "مدينة الملك عبدالعزيز للعلوم والتقنية", "مدينة الملك عبدالله الطبية": a "city" bearing a royal name is a body
    only with its field behind "لل" or a medical or university adjective ("مدينة الملك عبدالله الاقتصادية", "مدينة
    الملك فهد الرياضية" are places, a bare "مدينة الملك فهد" too)."""
    e = chain_end(tokens, c, stop_titles=True, eponym=True)
    for k in range(c + 1, e):
        if tokens[k].norm.startswith("لل") or tokens[k].norm in _CITY_FIELD_ADJECTIVES:
            return e if tokens[k].norm.startswith("لل") else k + 1
        if tokens[k].article and tokens[k - 1].norm != _ABD:  # ("الملك عبد العزيز": the given name in two words)
            return None
    return None


_BIN = frozenset({fold("بن"), fold("بنت")})


def _eponym_city(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """ "نظمت مدينة X بن Y للخدمات الإنسانية …" (ext-t78): a "city" bearing a person's name with no royal title (a
    given name, "بن" or "بنت", the father's name), then its field behind "لل" with an adjective or a second field
    after it is a body, like a royal one (`_royal_city_end`); "مدينة X بن Y" alone, or with no field, is a place."""
    if i + 3 >= len(tokens) or tokens[i + 1].article or tokens[i + 2].norm not in _BIN \
            or tokens[i + 1].norm not in lexicon().first_names \
            or any(tokens[k].sent != tokens[i].sent for k in (i + 1, i + 2, i + 3)):
        return None
    j = i + 4
    while j + 1 < len(tokens) and tokens[j].norm in _BIN and tokens[j + 1].sent == tokens[i].sent:
        j += 2  # "مدينة X بن Y بن Z للعلوم"
    if j + 1 >= len(tokens) or tokens[j + 1].sent != tokens[i].sent or not tokens[j].norm.startswith("لل") \
            or not (tokens[j + 1].article or tokens[j + 1].norm.startswith("وال")):
        return None  # the field and its adjective or second field ("للخدمات الإنسانية", "للعلوم والتقنية"), not a
        # purpose ("وصل إلى مدينة X بن Y للمشاركة في …")
    e = chain_end(tokens, j, stop_titles=True, one_li=True)
    if e <= j:
        return None
    name, s, en = _surface(text, tokens, i, strip_clitic(tokens[i].norm)[1], e)
    return InstMention(i, e, s, en, name, "public_body", 1)


_ABD = fold("عبد")
_HUKUMA = fold("حكومة")
_BARLAMAN = fold("برلمان")
_STATE_NOUNS = frozenset(fold(w) for w in ("مملكة", "جمهورية", "دولة", "إمارة", "سلطنة", "المملكة", "الجمهورية",
                                           "الدولة", "الإمارة", "السلطنة"))


def _government_end(tokens: list[Token], c: int) -> int | None:
    """ "حكومة المملكة العربية السعودية", "حكومة مملكة البحرين", "حكومة جمهورية مصر العربية", "حكومة الجمهورية
    الفرنسية", "حكومة باربادوس": a government is a body when a country names it (a party to an agreement); not
    "حكومة خادم الحرمين", "حكومة بلاده" nor a government named by its programme or its leader."""
    if c >= len(tokens) or tokens[c].sent != tokens[c - 1].sent:
        return None
    at = _country_len(tokens, c)
    if at:
        return c + at
    if tokens[c].norm not in _STATE_NOUNS or c + 1 >= len(tokens) or tokens[c + 1].sent != tokens[c].sent:
        return None
    at = _country_len(tokens, c + 1)
    if at:
        e = c + 1 + at
        if e < len(tokens) and tokens[e].sent == tokens[c].sent and _nisba_word(tokens[e]):
            e += 1  # "جمهورية مصر العربية"
        return e
    return c + 2 if is_nationality(tokens[c + 1].norm) else None  # "الجمهورية الفرنسية"


def _country_len(tokens: list[Token], c: int) -> int:
    """Tokens of a country's name at ``tokens[c]`` (not a city: "حكومة مدريد" is a metonym), or 0."""
    at = place_len(tokens, c)
    return at if at and (tuple(t.norm for t in tokens[c : c + at]) in countries()
                         or tokens[c].norm in PEOPLE.HOME_COUNTRY) else 0


_LI_DIGNITARIES = FUNCTION_WORDS.LI_STYLES
_ARAB_NISBA = fold("العربي")


def _union_end(tokens: list[Token], i: int, c: int) -> int | None:
    """ "الاتحاد المصري لكرة القدم", "الاتحاد الدولي للتنس", "اتحاد الكتاب": a federation's name is the definite head,
    one nisba and its field behind ل (a bare noun with its definite complement, or one definite word); the
    indefinite head before a place names a club, no body ("اتحاد الخميسات"). A union the gazetteer lists
    ("الاتحاد الأوروبي", the parties "الاتحاد الاشتراكي …") is read from the gazetteer alone."""
    if _named_at(tokens, i) is not None or c >= len(tokens) or not tokens[c].article \
            or tokens[c].sent != tokens[i].sent or is_stop(tokens[c].norm) or place_len(tokens, c) \
            or tokens[c].norm in PEOPLE.HOME_COUNTRY:
        return None
    if not _nisba_word(tokens[c]):
        return None
    if tokens[c].norm == _ARAB_NISBA and c + 1 < len(tokens) and tokens[c + 1].sent == tokens[c].sent \
            and _nisba_word(tokens[c + 1]) and is_nationality(tokens[c + 1].norm):
        c += 1  # "الاتحاد العربي السعودي لكرة القدم": "Arab" before the country's nisba, as in the state's name
    bare = c + 1 if tokens[i].article and (tokens[c].norm in INSTITUTIONS.CONTINENTAL_UNIONS
                                           or _federation_nationality(tokens, i, c)) else None
    if c + 1 >= len(tokens) or tokens[c + 1].sent != tokens[c].sent:
        return bare
    field = tokens[c + 1]
    if bare is not None and tokens[c].norm not in INSTITUTIONS.CONTINENTAL_UNIONS and _nisba_word(field):
        bare = None  # "الاتحاد السعودي العربي": a second nisba after the nationality, no name the rule knows
    if field.norm in _LI_DIGNITARIES:
        return bare  # "باسم الاتحاد الدولي لخادم الحرمين": thanks to a dignitary, no field of the federation (ext-t71)
    if _nisba_word(field) and (field.norm in INSTITUTIONS.UNION_SCOPES or is_nationality(field.norm)) \
            and not is_nationality(tokens[c].norm) and tokens[c].norm not in INSTITUTIONS.UNION_SCOPES:
        return c + 2  # "الاتحاد الاقتصادي الأوروآسيوي": its field's nisba, then its scope's (ext-t29)
    if field.norm.startswith("لل") and field.article:
        adj = tokens[c + 2] if c + 2 < len(tokens) else None
        if adj is not None and adj.article and adj.sent == field.sent and adj.norm.startswith("ال") \
                and (not adj.norm.endswith(("ي", "يه")) or _plural_field_nisba(field, adj)) \
                and not is_stop(adj.norm) and not place_len(tokens, c + 2) and adj.norm not in _PLAIN_RANKS \
                and adj.norm not in lexicon().honorifics and adj.norm not in _PERSON_ROLES:
            return c + 3  # "الاتحاد السعودي للكرة الطائرة"; not "عضو الاتحاد السعودي للجودو الدكتور X" (inst11) nor
            # "أمين عام الاتحاد السعودي للرماية العقيد X" (inst14)
        return c + 2 + _second_sport_len(tokens, c + 2)  # "الاتحاد السعودي للتنس"
    if field.norm[:1] == "ل" and not field.article and c + 2 < len(tokens) and tokens[c + 2].article \
            and tokens[c + 2].sent == field.sent and not is_stop(field.norm[1:]):
        if may_open(field.norm[1:]) and is_nationality(tokens[c].norm):
            return c + 1  # "خطاب من الاتحاد السعودي لإدارة النادي": ل + a body's head is the addressee of a
            # country's federation (ext-t136; not "الاتحاد العربي لاتحاد النقابات", a federation of federations)
        return c + 3  # "الاتحاد المصري لكرة القدم"
    return bare  # "والاتحاد الآسيوي" (ext-t50)


def _plural_field_nisba(field: Token, adj: Token) -> bool:
    """(inst14) "الاتحاد السعودي للرياضات البحرية": a federation's field in a plural in ات takes a feminine nisba
    that is no nationality ("البحرية", "الجوية"), a word of the name; a nationality after it is the holder's or the
    body's."""
    return field.norm.endswith("ات") and adj.norm.endswith("يه") and not is_nationality(adj.norm)


def _second_sport_len(tokens: list[Token], k: int) -> int:
    """(s13-inst6) "الاتحاد السعودي للبلياردو والسنوكر", "الاتحاد السعودي للسيارات والدراجات النارية": a federation
    of two games names the second after "و" + the article, with its adjective; not a body ("والاتحاد …"), a place,
    a person's role ("والمدرب"), a generic plural of bodies ("والجهات", "والأندية") nor a word followed by a name or
    a definite complement of its own."""
    if k >= len(tokens):
        return 0
    tok = tokens[k]
    if not (tok.is_word and tok.sent == tokens[k - 1].sent and tok.norm.startswith("وال") and len(tok.norm) >= 6
            and tok.norm[1:] not in _PERSON_ROLES and tok.norm not in _AND_GENERIC_PLACES
            and tok.norm not in _AND_GENERIC and not is_stop(tok.norm[1:]) and tok.norm[1:] not in _SPORT_GENERICS):
        return 0
    probe = [after_proclitic(tok), *tokens[k + 1 : k + 4]]
    if _head_at(probe, 0) is not None or place_len(probe, 0) or _nisba_word(probe[0]):
        return 0
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or not nxt.is_word or nxt.sent != tok.sent:
        return 1
    if nxt.article and _nisba_word(nxt) and not place_len(tokens, k + 1) and not is_nationality(nxt.norm):
        return 2  # "والدراجات النارية"
    if nxt.norm.startswith(("بال", "لل", "وال", "فال")) or nxt.norm in _PERSON_ROLES:
        return 1  # "والسنوكر بالتعاون مع …", "والسنوكر الحكم الدولي X": the next phrase, the next person
    return 0 if nxt.article or nxt.norm in lexicon().first_names else 1


_SPORT_GENERICS = frozenset(fold(w) for w in ("الأندية", "اللاعبين", "اللاعبات", "الحكام", "المنتخب", "المنتخبات",
                                             "الفرق", "الرياضيين", "الرياضة", "الشباب", "اللجنة", "الجمعية"))
"""(s13-inst6) Words after a federation's field that are the clause's next item, no second game."""


def _federation_nationality(tokens: list[Token], i: int, c: int) -> bool:
    """(ext-t136) "الاتحاد الكويتي", "رئيس الاتحاد الألماني": "الاتحاد" + a country's masculine nisba names that
    country's (sports) federation; not a state called so ("الاتحاد الروسي", :data:`INSTITUTIONS.FEDERAL_STATES`), not
    a feminine nisba that agrees with another noun ("طيران الاتحاد الإماراتية"), not the club "الاتحاد" after its
    player's noun ("محترفو الاتحاد الروماني X", :data:`INSTITUTIONS.CLUB_PLAYERS`)."""
    norm = tokens[c].norm
    if not is_nationality(norm) or norm.endswith("يه") or norm in INSTITUTIONS.FEDERAL_STATES:
        return False
    return not (i > 0 and strip_clitic(tokens[i - 1].norm)[0] in INSTITUTIONS.CLUB_PLAYERS)


def _nisba_word(tok: Token) -> bool:
    return tok.article and tok.norm.startswith("ال") and tok.norm.endswith(("ي", "يه")) and len(tok.norm) >= 6


def imperfect_verb(tok: Token) -> bool:
    """ "ترتبط", "تختص", "تعمل", "تصنفها": a feminine imperfect verb (ت + a root of three or four letters, or a
    تفتعل/تتفعل form), not a verbal noun (تفعيل "تنسيق", تفعلة "تنمية", تفاعل "تعاون", a plural in ات)."""
    norm = tok.norm
    if tok.article or not tok.is_word or norm[:1] != "ت" or is_stop(norm):
        return False
    for suffix in ("ها", "هم"):
        if norm.endswith(suffix) and len(norm) >= 6:
            norm = norm[:-2]
    if len(norm) not in (4, 5) or norm.endswith(("ه", "ات", "ي")) or norm[-2] in "يا" or norm[2] == "ا":
        return False
    return len(norm) == 4 or norm[2] == "ت" or norm[1] == "ت"


def _verbal_noun_construct(tokens: list[Token], c: int) -> bool:
    """ "جمعية رعاية كبار السن", "جمعية رعاية لاعبي كرة القدم": a verbal noun in ية, then one or two nouns in
    construct and a definite genitive, in one sentence, name the body's task (ext-t50)."""
    if c + 2 >= len(tokens) or not _verbal_noun(tokens[c].norm):
        return False
    for k in (c + 1, c + 2):
        tok = tokens[k]
        if k >= len(tokens) or tok.sent != tokens[c].sent or not tok.is_word or is_stop(tok.norm):
            return False
        if tok.article:
            return k > c + 1
        if tok.norm[:1] == "و" or tok.norm.endswith(("ها", "هم")):
            return False
    return c + 3 < len(tokens) and tokens[c + 3].article and tokens[c + 3].sent == tokens[c].sent \
        and not is_stop(tokens[c + 3].norm)


def _described_task(tokens: list[Token], i: int, c: int) -> bool:
    """ "لجنة خبراء لتحديد المسؤولين", "فريق عمل لدراسة الملف": an indefinite head, one bare noun in construct (no
    name, place or function word) and ل + a noun that opens no body nor place, then its definite object, in one
    sentence: what kind of committee or team is formed and for what, no body named (inst16)."""
    if c + 2 >= len(tokens) or any(t.sent != tokens[i].sent for t in tokens[c : c + 3]):
        return False
    kind, task, obj = tokens[c], tokens[c + 1], tokens[c + 2]
    return kind.is_word and not kind.article and kind.norm[:1] not in "وبلف" and not is_stop(kind.norm) \
        and kind.norm not in lexicon().first_names and not place_len(tokens, c) \
        and task.norm[:1] == "ل" and not task.norm.startswith("لل") and not task.article and len(task.norm) >= 4 \
        and not _genitive_of_body(tokens, c + 1) and obj.article and not is_stop(obj.norm)


def _verbal_noun(norm: str) -> bool:
    """A verbal noun in ية/اية, not a nisba adjective: "تنمية", "تربية" (تفعلة), "حماية", "رعاية" (فعالة)."""
    return len(norm) == 5 and ((norm.startswith("ت") and norm.endswith("يه")) or norm.endswith("ايه"))


def _local_seat(tokens: list[Token], i: int, e: int) -> int:
    """ "المركز الجهوي لتحاقن الدم بمراكش": a body with a regional or local adjective (or a chamber) names its
    seat, "ب" + a place or a region; tokens of that seat at ``e``, or 0."""
    if not any(t.norm in INSTITUTIONS.LOCAL_ADJECTIVES for t in tokens[i + 1 : e]) \
            and not any(_base(t.norm) in INSTITUTIONS.REGIONAL_HEADS for t in tokens[i:e]):
        # a regional directorate names its region only ("الإدارة العامة للتعليم بمنطقة نجران"), not a city after ب
        # (not a directorate in construct with a head before it: "معهد الإدارة العامة بمنطقة X" is the institute's)
        base = _base(tokens[i].norm)
        own = (base in INSTITUTIONS.DIRECTORATE_HEADS or base in INSTITUTIONS.BRANCH_HEADS) and e > i + 1 \
            and not (i > 0 and tokens[i - 1].sent == tokens[i].sent and _head_at(tokens, i - 1) is not None)
        return _branch_region_seat(tokens, e) if own else 0
    # (a chamber is regional by itself: "الغرفة التجارية الصناعية بمنطقة X", "مجلس إدارة الغرفة … بجدة"; its seat
    # also after "في": "الغرفة التجارية الصناعية في مكة المكرمة")
    chamber = any(_base(t.norm) in _CHAMBERS for t in tokens[i:e])
    return (_seat_in if chamber else _seat)(tokens, e) or _region_seat_long(tokens, e)


_CHAMBERS = frozenset(fold(w) for w in ("الغرفة", "غرفة"))


def _in_region_seat(tokens: list[Token], e: int) -> int:
    """Tokens of "في محافظة الزلفي", "في منطقة المدينة المنورة" at ``tokens[e]``: "في" + a region noun + its name,
    the seat of a regional department as "بمحافظة الزلفي" is; 0 if none (not "في إمارة منطقة X")."""
    if e + 2 < len(tokens) and tokens[e].norm == _FI and tokens[e + 1].sent == tokens[e].sent:
        bare = _region_seat(tokens, e + 1, bare=True)
        if bare and tokens[e + 2].norm not in CHAINS.REGION_NOUNS:
            return 1 + max(bare, 1 + place_len(tokens, e + 2))
    return 0


def _branch_region_seat(tokens: list[Token], e: int) -> int:
    """Tokens of a regional directorate's or local office's region at ``tokens[e]``: "بمحافظة الرس", "في منطقة
    الباحة" (ب or في + a region noun + its name), "بالمنطقة الشرقية" (a region named by a described noun); 0 if
    none (inst19a)."""
    at = _region_seat_long(tokens, e)
    if at:
        return at
    if e + 2 < len(tokens) and tokens[e].norm == _FI and tokens[e + 1].sent == tokens[e].sent:
        return _in_region_seat(tokens, e) or (
            1 + _described_region_len(tokens, e + 1) if _described_region_len(tokens, e + 1) else 0)
    if e + 1 < len(tokens) and tokens[e].norm[:1] == "ب" and tokens[e + 1].sent == tokens[e].sent:
        tok = tokens[e]
        probe = [after_proclitic(tok), tokens[e + 1]]
        return _described_region_len(probe, 0)
    return 0


def _ends_in_region_seat(tokens: list[Token], c: int, e: int) -> bool:
    """ "مكتب العمل بمحافظة الرس": the name read from ``c`` to ``e`` ends in its region (inst19a)."""
    return any(_branch_region_seat(tokens, k) == e - k for k in range(c + 1, e))


def _seat_in(tokens: list[Token], e: int) -> int:
    """Tokens of "في"/"لدى" + a place, or of a "ب" + place phrase, at ``tokens[e]``; 0 if none."""
    if e + 1 < len(tokens) and tokens[e].norm in ("في", fold("لدى")) and tokens[e + 1].sent == tokens[e].sent:
        at = place_len(tokens, e + 1)
        return 1 + at if at else 0
    return _seat(tokens, e)


def _region_seat(tokens: list[Token], e: int, bare: bool = False) -> int:
    """Tokens of "بمحافظة الطائف", "بمنطقة عسير": ب + a region noun + the region's one-word name; 0 if none (with
    ``bare``, the region noun without ب: "منطقة الجوف" after "في")."""
    if e + 1 >= len(tokens) or (not bare and tokens[e].norm[:1] != "ب") \
            or (tokens[e].norm if bare else tokens[e].norm[1:]) not in CHAINS.REGION_NOUNS:
        return 0
    name = tokens[e + 1]
    if not name.is_word or name.sent != tokens[e].sent or is_stop(name.norm) or name.norm[:1] in "وبل" \
            or _head_at(tokens, e + 1) is not None:
        return 0
    return 2


def _parenthesised(tokens: list[Token], e: int) -> int:
    """Tokens of a short name in parentheses or quotes right after a company's description or head:
    "شركة الطيران ذات التكلفة المنخفضة (ترانسافيا)", "المجموعة الفرنسية المغربية « Figeac Aero »"."""
    if e >= len(tokens) or tokens[e].norm not in _OPENING:
        return 0
    closing = _OPENING[tokens[e].norm]
    for k in range(e + 2, min(len(tokens), e + 14)):
        if tokens[k].sent != tokens[e].sent or (tokens[k].norm in _OPENING and tokens[k].norm != closing):
            return 0
        if tokens[k].norm == closing:
            inner = tokens[e + 1 : k]
            if _described_form(inner) or _defined_gloss(inner):
                return 0
            if _quoted_speech(inner):
                return 0
            return k + 1 - e if any(t.is_word for t in inner) and not any(
                is_stop(t.norm) or any(ch.isdigit() for ch in t.norm) for t in inner) else 0
    return 0


def _directorate_aside(tokens: list[Token], i: int, e: int) -> bool:
    """ "الإدارة العامة للمباحث الجنائية (مباحث المنطقة)", "المديرية العامة للمرور (مرور العاصمة)": a directorate has
    no short name of its own in parentheses; Arabic words there name one of its units or a place, not the directorate
    (a Latin acronym still is its short name) (ext-t111)."""
    return _base(tokens[i].norm) in INSTITUTIONS.DIRECTORATE_HEADS and e + 2 < len(tokens) and tokens[e].norm == "(" \
        and tokens[e + 2].is_word and any("\u0621" <= ch <= "\u064a" for ch in tokens[e + 1].norm)
    # (one word in quotes, "« ديستي »", is the directorate's acronym said in Arabic letters: its short name)


def _opens_quote(tokens: list[Token], i: int) -> bool:
    """(inst19b) "« مجلس وطني للإصلاح »": the head at tokens[i] comes right after an opening quote mark, in its
    sentence."""
    return i > 0 and tokens[i - 1].norm in _QUOTE_OPENINGS and tokens[i - 1].sent == tokens[i].sent


def _quoted_alias(tokens: list[Token], c: int, e: int) -> bool:
    """ "مركز الملك X الثقافي “قرية Y”", "جامعة الملك X “الجامعة الأم”": a phrase of two Arabic words or more in quotes
    after a name already made specific (by a word with no article: an eponym, a noun in construct) is a second name or
    a byname of the body, no part of its name; a short name after a head or a description stays ("جمعية “إنسان”",
    "المركز الوطني “نماء”") (ext-t63)."""
    if e >= len(tokens) or tokens[e].norm not in _QUOTE_OPENINGS or e == c \
            or all(t.article or not t.is_word for t in tokens[c:e]):
        return False  # (a description of definite words names no body yet: "وكالة الأنباء الوطنية “X Y”")
    closing = _OPENING[tokens[e].norm]
    words_: list[Token] = []
    for tok in tokens[e + 1 : e + 8]:
        if tok.norm == closing:
            return len(words_) >= 2
        if not tok.is_word or not any("\u0621" <= ch <= "\u064a" for ch in tok.norm):
            return False
        words_.append(tok)
    return False


_QUOTE_OPENINGS = frozenset({"«", "“"})
_FORM_ADJECTIVES = frozenset(fold(w) for w in ("مساهمة", "مقفلة", "محدودة", "قابضة", "عامة", "خاصة", "ناشئة"))


def _described_form(inner: list[Token]) -> bool:
    """"(شركة سعودية مساهمة)", "(جمعية خيرية)": an indefinite head and its adjectives in parentheses say what kind
    of body the one before is, they are no short name of it (ext-t49)."""
    if len(inner) < 2 or not all(t.is_word and not t.article for t in inner):
        return False
    head = inner[0].norm
    return (head,) in lexicon().inst_heads and all(
        t.norm.endswith(("يه", "ي")) or t.norm in _FORM_ADJECTIVES for t in inner[1:])


def _defined_gloss(inner: list[Token]) -> bool:
    """(inst15) "مؤسسة النقد العربي السعودي (البنك المركزي)", "مجلس الشورى (المجلس التشريعي)": a definite head and
    its definite nisbas in brackets gloss what the body before them is, in common words; no short name of it (a
    short name in brackets is one word or an acronym: "(سابك)", "(الفيفا)")."""
    if len(inner) < 2 or not all(t.is_word and t.article for t in inner):
        return False
    return (inner[0].norm[2:],) in lexicon().inst_heads and all(_nisba_word(t) for t in inner[1:])


def _governed_object_end(tokens: list[Token], i: int, c: int, e: int) -> int:
    """ "بإقرار مجلس النواب العراقي لوثيقة الإصلاح": after a verbal noun of approval or support before the head, a "ل" +
    indefinite noun that follows a definite word of the name is that verbal noun's object, not a field (ext-t50)."""
    if i == 0 or tokens[i - 1].sent != tokens[i].sent \
            or strip_clitic(tokens[i - 1].norm)[0] not in INSTITUTIONS.OBJECT_GOVERNORS:
        return e
    for k in range(c + 1, e):
        w = tokens[k].norm
        if w[:1] == "ل" and not w.startswith("لل") and not tokens[k].article and tokens[k - 1].article \
                and not _genitive_of_body(tokens, k):
            return k
    return e


def _listed_inside_end(tokens: list[Token], c: int, e: int) -> int:
    """ "الرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر": a listed body that opens inside the name (bare or after
    one clitic letter) is read whole, past the ب-phrase or the particle a name read from its head stops at (ext-t50)."""
    for k in range(c, e):
        listed = _named_at(tokens, k)
        if listed is not None and listed[1] <= 1:
            end = k + listed[0]
            return end if end > e and tokens[end - 1].sent == tokens[c].sent else e
    return e


_IF_AL_NOUNS = frozenset(fold(w) for w in ("إطلاق", "إنشاء", "إصدار", "إعلان", "إجراء", "إعداد"))
"""(ext-t150) Verbal nouns of the إفعال form: the shape is the one of the plurals أفعال ("أوضاع", "أعمال"), which a
name holds, so only these are read."""


def _bare_verbal_noun(norm: str) -> bool:
    """(ext-t150) A verbal noun of a derived form with no clitic: استفعال ("استمرار"), افتعال ("افتتاح", "انطلاق"),
    تفعيل ("توقيع") or a listed إفعال ("إطلاق"), as folded; not مفاعلة ("مسابقة", "متابعة" name committees' work).
    (inst22) Also انفعالة/افتعالة ("انطلاقة")."""
    n = len(norm)
    return (n == 7 and norm.startswith("است") and norm[5] == "ا") \
        or (n == 6 and norm[0] == "ا" and norm[2] in "تط" and norm[4] == "ا") \
        or (n == 5 and norm[0] == "ت" and norm[3] == "ي") or norm in _IF_AL_NOUNS \
        or (n == 7 and norm[0] == "ا" and (norm[1] == "ن" or norm[2] in "تط") and norm[4] == "ا" and norm[6] == "ه")


def _governing_verbal_noun(norm: str) -> bool:
    """(ext-t150) A verbal noun that governs the next one in a body's field: :func:`_masdar`,
    :func:`_bare_verbal_noun`, or إفعالة ("إعادة", "إقامة", "إضافة")."""
    return _masdar(norm) or _bare_verbal_noun(norm) \
        or (len(norm) == 5 and norm[0] == "ا" and norm[2] == "ا" and norm[4] == "ه")


def _bare_verbal_object_end(tokens: list[Token], c: int, e: int) -> int:
    """(ext-t150) "أعلنت شركة X إطلاق الخدمة", "وأكد رئيس مجلس إدارة شركة X استمرار الدعم": after the body's own words
    an indefinite verbal noun with no clitic, in construct with a definite noun, is the object of the clause's verb,
    no word of the name; a verbal noun right after a head ("هيئة تطوير …", "مجلس إدارة شركة تطوير …") names the
    body's field and stays, as does one governed by another verbal noun ("لجنة إعادة تشكيل المجلس": the
    committee's task) or one after a preposition or a word with one ("المعنية بتتبع تنفيذ …", "لجنة
    الإشراف على تنفيذ …")."""
    for k in range(c + 1, e):
        tok = tokens[k]
        if tok.is_word and not tok.article and _bare_verbal_noun(tok.norm) and k + 1 < len(tokens) \
                and (tokens[k + 1].article or _bare_construct_link(tokens, k + 1)) \
                and tokens[k + 1].sent == tok.sent and tokens[k - 1].sent == tok.sent \
                and _head_at(tokens, k - 1) is None and not tokens[k - 1].norm.startswith(("ل", "و", "ب")) \
                and not is_stop(tokens[k - 1].norm) \
                and not place_len(tokens, k) and not may_open(tok.norm) and _head_at(tokens, k) is None \
                and not _governing_verbal_noun(tokens[k - 1].norm):
            return k
    return e


def _bare_construct_link(tokens: list[Token], j: int) -> bool:
    """(inst22) "منظمة X احتواء تداعيات الانخفاض", "بمركز X انطلاقة توزيع حقيبة السائح": one or two plain indefinite
    nouns between the verbal noun and the definite noun it ends on, more links of the object's construct
    (:func:`_bare_verbal_object_end`); not a particle, a word with a clitic, a place or a body's head."""
    for k in range(j, min(j + 2, len(tokens) - 1)):
        tok = tokens[k]
        if not (tok.is_word and not tok.article and not is_stop(tok.norm) and tok.norm[:1] not in "وبلفك"
                and tokens[k + 1].sent == tok.sent and not place_len(tokens, k) and _head_at(tokens, k) is None):
            return False
        if tokens[k + 1].article:
            return not is_stop(tokens[k + 1].norm)
    return False


def _and_verbal_object_end(tokens: list[Token], c: int, e: int) -> int:
    """(inst8) "بمطبوعات وزارة الأوقاف وتزويد مكتبات المساجد", "بنك الدم وتنظيم حملة للتبرع": after a definite
    word of a name with no "ل" field, "و" + an indefinite verbal noun of a derived form (:func:`_bare_verbal_noun`)
    in construct with the next word coordinates the clause's next act, no word of the body's
    name. A name coordinates its fields after a "ل" ("لتنمية الموارد وتطوير …") or after another verbal noun
    ("التخطيط وتطوير …"), and these stay, as do fields in ية ("الاتصالات وتقنية المعلومات")."""
    for k in range(c + 1, e):
        tok, prev = tokens[k], tokens[k - 1]
        if tok.norm[:1] == "ل" or prev.norm[:1] == "ل":
            return e
        rest = tok.norm[1:]
        if not (tok.is_word and not tok.article and tok.norm[:1] == "و" and prev.article and prev.is_word
                and prev.sent == tok.sent and k + 1 < len(tokens) and _bare_verbal_noun(rest) and rest[-1] != "ه"):
            continue
        nxt = tokens[k + 1]
        if nxt.is_word and nxt.sent == tok.sent and not is_stop(nxt.norm) and nxt.norm[:1] != "و" \
                and not definite_verbal_noun(prev) and not place_len(tokens, k) and rest not in lexicon().first_names:
            return k
    return e


_SITE_ADJECTIVES = frozenset(fold(w) for w in ("الإلكتروني", "الرسمي"))


def _site_adjective_end(tokens: list[Token], c: int, e: int) -> int:
    """(ext-t150) "موقع وزارة الصحة الإلكتروني", "موقع المديرية العامة للجوازات الرسمي": a masculine adjective of a
    site after the body's last word in ة or ات describes the site or the account the body is the owner of, not the
    body (a feminine or plural noun takes "الإلكترونية"), and what follows it is the clause's; "المركز الوطني للتصديق
    الإلكتروني" agrees and stays."""
    return next((k for k in range(c + 1, e) if tokens[k].norm in _SITE_ADJECTIVES
                 and tokens[k - 1].norm.endswith(("ه", "ات")) and tokens[k - 1].sent == tokens[k].sent), e)


_ROLE_PARTICIPLES = frozenset(fold(w) for w in ("المشاركة", "المشارك", "المشاركين", "المشاركون", "المستضيفة",
                                                 "المستضيف", "الراعية", "الراعي"))


def _event_object_end(tokens: list[Token], c: int, e: int) -> int:
    """ "نظم مركز التدريب بمستشفى عسير اللقاء التعريفي": a definite event noun right after a definite word or a place
    of the name can be neither its genitive (a definite word takes none) nor its adjective: it is the verb's object,
    the event the body holds, no word of the body's name ("حزب المؤتمر" keeps it: a bare head's genitive)."""
    for k in range(c + 1, e):
        tok, prev = tokens[k], tokens[k - 1]
        if tok.article and tok.norm.startswith("ال") and tok.sent == prev.sent and event_noun(tok.norm) \
                and (prev.article or place_len(tokens, k - 1) == 1):
            return k
    return e


def _role_participle_end(tokens: list[Token], c: int, e: int) -> int:
    """ "الفرق التابعة لوزارة الثقافة والإعلام المشاركة في فعاليات …", "الشركة الراعية للحفل": a definite participle of
    the part taken in an event (taking part, hosting, sponsoring) governing "في" or "ل" after a body's definite word
    is an adjective of what takes part, the body or the noun before it, never a word of the body's name."""
    for k in range(c + 1, e):
        if tokens[k].norm in _ROLE_PARTICIPLES and tokens[k - 1].article and tokens[k - 1].sent == tokens[k].sent \
                and k + 1 < len(tokens) and tokens[k + 1].sent == tokens[k].sent \
                and (tokens[k + 1].norm == _FI or (tokens[k + 1].norm[:1] == "ل" and len(tokens[k + 1].norm) > 3)):
            return k
    return e


def _one_word_place(tok: Token, clitic: str) -> bool:
    """(ext-t150) ``tok`` is ``clitic`` + a place of one word of the gazetteer ("للجبيل" read "الجبيل", "وينبع")."""
    if not (tok.is_word and tok.norm.startswith(clitic) and len(tok.norm) > len(clitic) + 2):
        return False
    rest = tok.norm[len(clitic) :]
    norm = "ال" + rest[1:] if clitic == "ل" and rest.startswith("ل") else rest
    probe = Token(norm, norm, tok.start + len(clitic), tok.end, tok.sent, True)
    return place_len([probe], 0) == 1


def _second_place_end(tokens: list[Token], c: int, e: int) -> int:
    """(ext-t150) "الهيئة الملكية للجبيل وينبع": a body whose remit is "ل" + a place, then "و" + a second place of
    one word, holds both: a name cut before the second place takes it back, and one read on past it over a definite
    word that is no nisba ("… وينبع المصنع") ends with it."""
    for k in range(c, min(e + 1, len(tokens))):
        if k > c and _one_word_place(tokens[k - 1], "ل") and _one_word_place(tokens[k], "و") \
                and tokens[k].sent == tokens[k - 1].sent:
            if e == k:
                return k + 1
            if e > k + 1 and tokens[k + 1].article and not _nisba_word(tokens[k + 1]):
                return k + 1
            return e
    return e


def _quoted_speech(inner: list[Token]) -> bool:
    """ "«سيعين قريبا جداً»", "«لن يترشح مجددا»": a quotation opened by a future verb or a particle, or "(جهة حكومية)":
    an indefinite noun and its nisba describing the body; neither is a short name of it (ext-t50)."""
    words_ = [t for t in inner if t.is_word]
    if not words_:
        return False
    first = words_[0].norm
    if first in INSTITUTIONS.QUOTED_SPEECH:
        return True
    if len(words_) >= 3 and not words_[0].article and len(first) >= 5 and first[:1] == "س" and first[1:2] in "يتن":
        return True  # a future verb (س + an imperfect) and what follows it
    return len(words_) == 2 and not words_[0].article and not words_[1].article and first[:1] not in "وبلفك" \
        and words_[1].norm.endswith(("يه", "ي")) and len(words_[1].norm) >= 5 and (first,) in lexicon().inst_heads


def _seat(tokens: list[Token], e: int) -> int:
    """Tokens of a "ب" + place phrase at ``tokens[e]`` ("بفاس", "بالدار البيضاء"), or 0; a Saudi region named by
    a definite noun and its adjective ("بالمنطقة الشرقية", "بالعاصمة المقدسة") is such a place (inst)."""
    if e >= len(tokens) or tokens[e].norm[:1] != "ب" or len(tokens[e].norm) < 4:
        return 0
    tok = tokens[e]
    probe = [after_proclitic(tok), *tokens[e + 1 : e + 4]]
    return place_len(probe, 0) or _described_region_len(probe, 0)


_AMANA = fold("أمانة")
_DESCRIBED_REGIONS = frozenset(tuple(fold(w) for w in r.split()) for r in ("المنطقة الشرقية", "العاصمة المقدسة"))
"""(inst) Saudi places named by a definite common noun and an adjective, which the gazetteer of places does not hold
(its entries are names): the Eastern Province and Mecca's by-name, "the holy capital"."""


def _described_region_len(tokens: list[Token], k: int) -> int:
    """2 when ``tokens[k:k+2]`` is one of :data:`_DESCRIBED_REGIONS` in one sentence, else 0."""
    if k + 1 < len(tokens) and tokens[k + 1].sent == tokens[k].sent \
            and (tokens[k].norm, tokens[k + 1].norm) in _DESCRIBED_REGIONS:
        return 2
    return 0


_GENERAL_DIRECTORATE = (fold("المديرية"), fold("العامة"))
_MUNICIPAL_COUNCIL = (fold("المجلس"), fold("البلدي"))
"""(ext-t159) "المجلس البلدي بحائل", "المجلس البلدي بمنطقة تبوك", "المجلس البلدي في تبوك": the city a municipal
council sits in is part of its name (two councils of one text are told apart by it); "المجلس البلدي" alone stays a
body too."""
_MEMBER_COUNTS = frozenset(fold(w) for w in ("الثلاثية", "الرباعية", "الخماسية", "السداسية", "السباعية",
                                             "الثمانية", "التساعية", "العشارية"))
"""(ext-t159) "اللجنة السداسية", "اللجنة الرباعية": a committee named by how many members (or parties) it has is
one body by itself, like "المحكمة العليا" (a bare "اللجنة الفنية" names none)."""


def _remit(tokens: list[Token], c: int) -> bool:
    """ "المديرية العامة لمكافحة المخدرات", "… لحماية المستهلك", "… لمراقبة التراب الوطني": after a directorate
    general, "ل" + an indefinite noun + a definite genitive, in one sentence, is its remit and part of its name, unless
    that noun opens a purpose clause ("لتعزيز التعاون", CHAINS.PURPOSE) (ext-t63)."""
    w = tokens[c].norm
    return w[:1] == "ل" and len(w) >= 4 and not tokens[c].article and w not in CHAINS.PURPOSE \
        and c + 1 < len(tokens) and tokens[c + 1].article and tokens[c + 1].sent == tokens[c].sent \
        and not is_stop(tokens[c + 1].norm)


def _remit_after_nationality_end(tokens: list[Token], c: int, e: int) -> int:
    """(inst19) "مستشارة رئيس مجلس النواب العراقي لشؤون المصالحة", "نائب رئيس مجلس الوزراء الأردني لشؤون الخدمات":
    after a body's name closed by its nationality, "لشؤون" + a field is the remit of the office held in it, no word of
    the body's name. Not when the nationality is the head's own adjective: "المجلس النرويجي لشؤون اللاجئين" is one
    name."""
    for k in range(c + 2, e):
        prev = tokens[k - 1]
        if tokens[k].norm == _LI_SHUUN and prev.article and is_nationality(prev.norm) and prev.sent == tokens[k].sent:
            return k
    return e


def _li_purpose(tok: Token) -> bool:
    """(inst19) "الجهود التي تبذلها الأمانة العامة لحشد الدعم", "… الأمانة العامة لتعزيز التعاون": after a head whose
    complement is a body ("الأمانة العامة لمجلس التعاون"), ل + a verbal noun of purpose (CHAINS.PURPOSE, an مفاعلة or
    تفعيل noun) says what the body does it for, no word of its name."""
    w = tok.norm
    return w[:1] == "ل" and not w.startswith("لل") and not tok.article and tok.is_word \
        and (w in CHAINS.PURPOSE or _purpose_noun(w[1:]))


def _genitive_of_body(tokens: list[Token], c: int) -> bool:
    """After a self-standing head, "للرحامنة", "لمؤسسة …", "لمدينة الرباط" continue the name; a purpose
    clause ("لتعزيز التعاون") does not."""
    w = tokens[c].norm
    if w.startswith("لل"):
        return True
    if w[:1] != "ل":
        return False
    if w[1:] in (fold("مدينة"), fold("مدينه")):
        return True
    probe = [Token(w[1:], w[1:], tokens[c].start + 1, tokens[c].end, tokens[c].sent, True), *tokens[c + 1 : c + 4]]
    return _head_at(probe, 0) is not None or place_len(probe, 0) > 0


@lru_cache(maxsize=65536)
def _may_lack_article(norm: str) -> bool:
    """Whether a word could be a head written without its article: no leading clitic letter, and the word
    with the article restored opens some entry of the lexicon (the first test of ``_article_dropped``)."""
    return norm[:1] not in "وبلفك" and "ال" + norm in lexicon().first_words


def _article_dropped(tokens: list[Token], i: int) -> list[Token] | None:
    """ "اتحاد العام لمقاولات المغرب": a bare word before a definite adjective is a definite head written
    without its article (a bare noun takes no definite adjective); the tokens with the article restored at
    ``i`` when that reading starts a head or a named body of two words or more, else None."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or not tok.is_word or tok.norm[:1] in "وبلفك" or tokens[i + 1].sent != tok.sent \
            or not tokens[i + 1].norm.endswith(("ي", "يه", "عام", "عامه")) \
            or "ال" + tok.norm not in lexicon().first_words or tok.article or not tokens[i + 1].article:
        return None
    probe = [Token("ال" + tok.text, "ال" + tok.norm, tok.start, tok.end, tok.sent, True), *tokens[i + 1 : i + 4]]
    lex = lexicon()
    hit = longest_entry(probe, 0, lex.named, max_len=lex.max_named, clitics="") \
        or longest_entry(probe, 0, lex.inst_heads, max_len=lex.max_head, clitics="")
    if hit is None or hit[0] < 2:
        return None
    return [*tokens[:i], probe[0], *tokens[i + 1 : i + 16]]


_SHUUN = fold("شؤون")
_LI_SHUUN = fold("لشؤون")


_BACK_PREPOSITIONS = frozenset(fold(w) for w in ("معها", "معه", "معهم", "عليها", "عليه", "عنها", "عنه", "لها", "له",
                                                  "منها", "منه", "فيها", "فيه", "بها", "به"))


def _run_on_end(tokens: list[Token], c: int, e: int) -> int:
    """Where a body's name read on into the clause ends (ext-t59): at "و" + a word with an attached pronoun, or "و" +
    "لل" (ext-t63), before any ل-complement ("بوزارة الشؤون الاجتماعية ودمجها": an act done to it, no word of its
    name); at "و" + an imperfect verb (ext-t63, :func:`_and_verb`); before a definite participle whose pronoun comes
    back in the next word ("شركة التأمين المتعاقد معها": a relative clause); before
    "و" + a definite noun + "لل" + a verbal noun ("بمجلس الشيوخ والشرطة للتحقيق": a second body and the purpose, not
    one name)."""
    for k in range(c, e):
        tok = tokens[k]
        if tok.norm[:1] == "ل":
            break  # "لرعاية المعوقين وتأهيلهم", "لموظفي الجماعات ومجموعاتها": the pronoun is the complement's
        if k > c and tok.is_word and tok.norm[:1] == "و" and len(tok.norm) >= 5 and (tok.norm.startswith("ولل") or (
                not tok.article and (tok.norm.endswith(("ها", "هم", "هما")) or _and_his(tok)))):
            e = k  # (ext-t63) "بوزارة الشؤون الاجتماعية وللمؤسسات …": "و" + "لل" coordinates a second complement
            break  # of the clause; a body's name repeats no "ل" after "و" ("للسياحة والتراث")
    e = next((k for k in range(c + 1, e - 1) if _and_its_own_described(tokens, k)), e)
    e = next((k for k in range(c, e) if tokens[k].norm[:2] in _AND_VERB_OPENINGS and _and_verb(tokens[k])), e)
    e = next((k for k in range(c + 1, e) if tokens[k].norm[:3] == "وال" and tokens[k].norm[1:] in _PERSON_ROLES), e)
    # "رئيس نادي الأنصار والمدرب X": "و" + a person's role or style opens the next person of a list (ext-t76)
    e = next((k for k in range(c + 1, e) if tokens[k].norm in _ROLES_IN_CONSTRUCT and k + 1 < len(tokens)
              and tokens[k + 1].sent == tokens[k].sent
              and (tokens[k + 1].article or _bare_then_definite(tokens, k + 1) or tokens[k + 1].norm in _FUNDS)), e)
    # (inst13: "رابطة الدوري X وأمين صندوق اتحاد الكرة": a treasurer's office)
    # (ext-t95; inst10: "نادي X ووكيل أعمال اللاعب", the office in a construct of two words)
    if e > c + 1 and e < len(tokens) and tokens[e - 1].article and tokens[e - 1].norm.startswith("الم") \
            and tokens[e].norm in _BACK_PREPOSITIONS and tokens[e].sent == tokens[e - 1].sent:
        e -= 1
    if e > c + 1 and e < len(tokens) and tokens[e - 1].norm.startswith("وال") and tokens[e].norm in _BACK_PREPOSITIONS \
            and tokens[e].sent == tokens[e - 1].sent and definite_verbal_noun(tokens[e - 1]._replace(
                norm=tokens[e - 1].norm[1:])):
        e -= 1  # (inst8) "مع وزارة الشؤون والتعاون معها": "و" + a definite verbal noun whose pronoun comes back to the
        # body is the clause's next act ("and cooperating with it"), no field of the name
    if e > c + 2 and tokens[e - 1].norm.startswith("لل") and _purpose_noun(tokens[e - 1].norm[2:]) \
            and tokens[e - 2].norm.startswith("وال") and not _nisba_word(tokens[e - 2]):
        e -= 2
    return next((k for k in range(c + 1, e) if _and_clause_word(tokens, c, k)), e)


def _and_its_own_described(tokens: list[Token], k: int) -> bool:
    """(inst20) "جهود الشركة الوطنية للنقل البحري ودورها الكبير": "و" + a noun carrying the pronoun of the body, then
    a definite adjective of that noun, is the clause's next object (the body's role, its efforts), even after the
    name's "ل" field, where :func:`_run_on_end` lets a bare pronoun word pass ("لرعاية الأيتام وأسرهم")."""
    tok, nxt = tokens[k], tokens[k + 1]
    return tok.is_word and tok.norm[:1] == "و" and not tok.article and len(tok.norm) >= 5 \
        and tok.text.endswith(("ها", "هم", "هما")) and nxt.is_word and nxt.sent == tok.sent \
        and nxt.norm.startswith("ال") and len(nxt.norm) >= 4


def _bare_then_definite(tokens: list[Token], k: int) -> bool:
    """(inst10) "أعمال اللاعب": a plain word without the article, then a definite one in the same sentence (a construct
    that an office holds: "ووكيل أعمال اللاعب")."""
    return k + 1 < len(tokens) and tokens[k].is_word and not tokens[k].article and not is_stop(tokens[k].norm) \
        and tokens[k].norm[:1] not in "وبلف" and tokens[k + 1].article and tokens[k + 1].sent == tokens[k].sent


_FOUNDER_S_OWN = frozenset(fold(w) for w in ("ورجاله", "وعائلته", "وأولاده", "وشركاه", "وإخوانه", "وأبناؤه", "وأبنائه",
                                              "وشركاؤه", "وشركائه"))
"""(inst8) "مؤسسة الملك X ورجاله للموهبة", "شركة X وإخوانه المحدودة": the founder's men, sons, brothers or partners
are words of the body's name, kept by :func:`_and_his`."""


def _and_his(tok: Token) -> bool:
    """(inst8) "واستبداله", "ومحبيه", "وعنايته": "و" + a noun written with the pronoun "ه" (not "ة", which folds to the
    same letter), an act done to the body or its own people, no word of its name. Not the founder's own people
    (:data:`_FOUNDER_S_OWN`), nor a word whose last root letter
    is "ه": a فعيل adjective ("ونزيه") or a تفعيل verbal noun ("وتوجيه", "وترفيه"), nor "الله" of a given name."""
    text = tok.text.replace("\u0640", "")
    rest = tok.norm[1:]
    if not text.endswith("ه") or len(rest) < 4 or rest.endswith("لله") or tok.norm in _FOUNDER_S_OWN:
        return False
    return not (len(rest) == 4 and rest[2] == "ي") and not (len(rest) == 5 and rest[0] == "ت" and rest[3] == "ي")


_PRONOUN_PREPOSITIONS = frozenset(fold(w) for w in ("عليها", "عليه", "عليهم", "فيها", "فيه", "بها", "به", "منها",
                                                    "منه", "إليها", "إليه", "عنها", "عنه"))


def _own_object(tokens: list[Token], k: int) -> bool:
    """ "بإمكاناتها", "على مكتسباتها", "عن حقوقهم": a preposition (attached or apart) and a noun that carries the
    pronoun of a third person, in the sentence of ``tokens[k]``."""
    j = k + 1
    if j < len(tokens) and tokens[j].norm in _PARTICIPLE_PREPOSITIONS:
        j += 1
    elif j < len(tokens) and tokens[j].norm[:1] not in "بل":
        return False
    return j < len(tokens) and tokens[j].sent == tokens[k].sent and tokens[j].is_word and len(tokens[j].norm) >= 5 \
        and tokens[j].text.endswith(("ها", "هم"))


def _purpose_of_its_own_end(tokens: list[Token], c: int, e: int) -> int:
    """(inst8) "واجهة للقوات الجوية للتعريف بإمكاناتها", "دعم الجمعية الخيرية للحفاظ على مكتسباتها": "لل" + a
    definite verbal noun whose object carries a pronoun that comes back to the body says what the body is for in the
    clause; a body's name holds no pronoun of its own ("الجمعية السعودية للحفاظ على التراث" stays)."""
    return next((k for k in range(c, e) if (tokens[k].norm.startswith("لل") and tokens[k].sent == tokens[c].sent
                 and definite_verbal_noun(tokens[k]._replace(norm="ال" + tokens[k].norm[2:],
                                                              text="ال" + tokens[k].text[2:]))
                 and _own_object(tokens, k)) or _purpose_on_pronoun(tokens, c, k)), e)


def _purpose_on_pronoun(tokens: list[Token], c: int, k: int) -> bool:
    """(inst19a) "إحالتها إلى مجلس النواب للمصادقة عليها", "إلى مجلس الشورى للنظر فيه": "لل" + a noun right before
    a preposition that carries a pronoun ("عليها", "فيه") is a verbal noun of purpose governing it, no field of the
    name (a name's field holds no pronoun)."""
    return k > c and tokens[k].norm.startswith("لل") and k + 1 < len(tokens) and tokens[k + 1].sent == tokens[k].sent \
        and tokens[k + 1].norm in _PRONOUN_PREPOSITIONS


def _and_clause_word(tokens: list[Token], c: int, k: int) -> bool:
    """(r2-inst) "و" that opens the clause's next item, no word of the body's name before it: (a) "و" + an indefinite
    word right after a definite nisba adjective ("الغرفة التجارية الصناعية وتراجع الأداء"; an adjective is not
    coordinated with a bare noun inside a name, whose coordinated words are definite: "البلدية والقروية"; but after a
    "ل" field a second field may be bare, "للمدن الصناعية ومناطق التقنية", and "وعائلته" is the founder's family);
    (b) "و" + a definite participle in ة of the تفعل form that governs an indefinite object ("توجيهات وزارة العمل
    والمتضمنة اتخاذ …": "and which contain", a relative description) or a preposition ("مستحقات الشركة السعودية
    للكهرباء والمتراكمة على النادي": "and which have piled up"; not a participle that names, "المتحدة")."""
    tok, prev = tokens[k], tokens[k - 1]
    if not tok.is_word or tok.sent != prev.sent or len(tok.norm) < 4 or tok.norm[:1] != "و" or tok.norm[1:2] == "و":
        return False
    if not tok.article and prev.article and _nisba_word(prev) and prev.norm.endswith(("يه", "ي")) \
            and not tok.text.endswith("ه") and not any(t.norm[:1] == "ل" for t in tokens[c:k]) \
            and not tok.norm.endswith(("يه", "ي")) and not tok.norm.startswith("لل", 1) \
            and not place_len(tokens, k) and tok.norm not in lexicon().first_names \
            and tok.norm not in _WAW_WORDS and tok.norm[1:] not in lexicon().first_names:
        return True
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if not (tok.norm.startswith("والمت") and tok.norm.endswith("ه") and len(tok.norm) >= 8 and nxt is not None
            and nxt.is_word and nxt.sent == tok.sent):
        return False
    if nxt.norm in _PARTICIPLE_PREPOSITIONS:
        return tok.norm[1:] not in _PARTICIPLE_NAMES
    return not prev.norm.endswith("ه") and not nxt.article and nxt.norm[:1] not in "وبلفك" and not is_stop(nxt.norm)


_SCHOOL_OF_THOUGHT = INSTITUTIONS.SCHOOLS_OF_THOUGHT
"""(ext-t130) Adjectives of a school of thought or of art after "المدرسة": "المدرسة الرومانسية", "المدرسة الواقعية في
الرسم" name a current, no body (a school's own name has a place, an eponym or a field: "المدرسة الوطنية للإدارة")."""
_PARTICIPLE_NAMES = INSTITUTIONS.PARTICIPLE_NAMES
"""(ext-t130) Participles of the تفعل/استفعل forms that are words of bodies' names ("الأمم المتحدة في …", "تيار
المستقبل في …", "كلية الدراسات الدولية المتقدمة") or nouns of that shape ("المتحف"), not a relative description that
governs a preposition ("المتمثلة في", "المتخصص في": :func:`_relative_participle`)."""
_WAW_WORDS = INSTITUTIONS.WAW_WORDS
"""(ext-t130) Nouns in ة whose first "و" is a letter of the word, not "and": after a body's one-word name they are
no second object of the clause ("شركة X واحدة القابضة", "مركز X وحدة …")."""
_AL_MADRASA = fold("المدرسة")
_PURPOSE_PREPOSITIONS = frozenset(fold(w) for w in ("على", "إلى", "الى", "من", "مع"))
"""(not "عن": "وكالة X الإيرانية للأنباء عن فلان" is the agency's name, then whom it quotes)"""
_SEPARATE_PREPOSITIONS = frozenset(fold(w) for w in ("في", "عن", "على", "من", "إلى", "الى"))
"""The common prepositions written as words of their own, not glued like "ب…" and "ل…": a participle's complement
(``_PARTICIPLE_PREPOSITIONS``) also opens with "مع", a body's field (``_FIELD_PREPOSITIONS``) with "حول"."""
_PARTICIPLE_PREPOSITIONS = _SEPARATE_PREPOSITIONS | {fold("مع")}


def _and_first(tokens: list[Token], i: int, c: int) -> bool:
    """(ext-t130) "(نادي ولاعب ووسيط)", "لكل شركة وجمعية": an indefinite one-word head whose first following word is
    "و" + another head or a person's role ("لاعب", "مدرب") is one item of a list of kinds of parties, no body's name;
    a word whose "و" is its own ("مجلس وزراء …"), a place ("مديرية وردوج", "وجدة") or a given name is none of these."""
    tok = tokens[c]
    if not (tok.sent == tokens[i].sent and tok.is_word and tok.norm[:1] == "و" and len(tok.norm) >= 4
            and not tok.norm.startswith("وال") and not place_len(tokens, c) and tok.norm not in lexicon().first_names
            and tok.norm[1:] not in lexicon().first_names and tok.norm not in lexicon().first_words):
        return False
    return may_open(tok.norm[1:]) or "ال" + tok.norm[1:] in _PERSON_ROLES


def _relative_participle(tokens: list[Token], k: int) -> bool:
    """(ext-t130) "المتمثلة في", "والمتخصص في", "المستفيدة من": a definite participle of the تفعل/تفاعل/استفعل forms
    (الـ + مت…/مست…) that governs a preposition, the preposition not followed by the body's seat (a place or a body),
    opens a relative description; a participle that names ("المتحدة", :data:`_PARTICIPLE_NAMES`) stays."""
    tok = tokens[k]
    norm = tok.norm[1:] if tok.norm.startswith("والم") else tok.norm
    bare = not tok.article and tok.is_word and norm.startswith(("مت", "مست")) and len(norm) >= 5 \
        and tokens[k - 1].is_word and not tokens[k - 1].article and not is_stop(tokens[k - 1].norm)
    # (inst23) indefinite, after a name that ends in a proper name: "نادي X متمثلة في رئيسه", "شركة X متخصصة
    # بالأسواق" (a predicate or a circumstance, no word of the name; no indefinite participle names a body there)
    if bare:
        norm = "ال" + norm
    if not tok.is_word or not norm.startswith(("المت", "المست")) or len(norm) < 7 \
            or norm.endswith(("ي", "يه", "ات", "ين", "ون")) or (not bare and (
                norm in _PARTICIPLE_NAMES or norm in INSTITUTIONS.NAME_ADJECTIVES)) or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    if nxt.sent == tok.sent and nxt.is_word and nxt.norm.startswith("بال") and len(nxt.norm) >= 6 \
            and not _ba_place(tokens, k + 1) and not _body_seat(tokens, k + 1):
        return True  # (inst10) "جامعة X والمتخصص بالجغرافيا": the preposition attached to its definite object
    return nxt.sent == tok.sent and nxt.norm in _PARTICIPLE_PREPOSITIONS \
        and not (k + 2 < len(tokens) and (place_len(tokens, k + 2) or _head_at(tokens, k + 2) is not None))
    # ("كلية الدراسات الدولية المتقدمة في جامعة X": "في" + a body is where the named one sits)


_FAIL_NOT_PARTICIPLES = INSTITUTIONS.FIRST_FORM_NAMES


def _leading_participle(tokens: list[Token], k: int) -> bool:
    """(ext-t136) "شركة X الأميركية الرائدة في مجال …", "الشركة اليابانية العاملة في …": a definite active participle
    of the first form (الـ + فاعل/فاعلة) right after the nationality that closes a name, governing "في"/"من"/"على"
    (not followed by the body's seat), describes the body: the name ends with its nationality. A place or a word of
    that shape that names ("القاهرة") stays."""
    tok = tokens[k]
    stem = tok.norm[2:]
    if not (tok.is_word and tok.article and tok.norm.startswith("ال") and stem[1:2] == "ا"
            and ((len(stem) == 4 and not stem.endswith("ه")) or (len(stem) == 5 and stem.endswith("ه")))
            and tok.norm not in _FAIL_NOT_PARTICIPLES
            and k + 1 < len(tokens) and tokens[k - 1].article and is_nationality(tokens[k - 1].norm)
            and not place_len(tokens, k)):
        return False
    nxt = tokens[k + 1]
    return nxt.sent == tok.sent and nxt.norm in _PARTICIPLE_PREPOSITIONS \
        and not (k + 2 < len(tokens) and (place_len(tokens, k + 2) or _head_at(tokens, k + 2) is not None))


def _masdar(norm: str) -> bool:
    """(ext-t130) A verbal noun: فعول ("حصول"), تفاعل ("تعاقد"), استفعال/استفالة ("استفادة"), or
    :func:`derived_verbal_noun` ("انتقال", "مشاركة"); not a field's noun ("كهرباء")."""
    return (len(norm) == 4 and norm[2] == "و") or (len(norm) == 5 and norm[0] == "ت" and norm[2] == "ا") \
        or (len(norm) >= 6 and norm.startswith("است")) or derived_verbal_noun(norm)


def _ba_place(tokens: list[Token], j: int) -> bool:
    """ "بلبنان", "بالمغرب": "ب" + a place of the gazetteer."""
    tok = tokens[j]
    probe = [after_proclitic(tok), *tokens[j + 1 : j + 4]]
    return place_len(probe, 0) > 0


def _clause_words_end(tokens: list[Token], c: int, e: int) -> int:
    """(ext-t130) Where a body's name read on into its clause ends, for four classes of words that no body's name
    holds:

    - a definite participle that governs a preposition (:func:`_relative_participle`), with or without "و": "المدرسة
      المسرحية المتمثلة في …", "معهد X والمتخصص في شؤون …";
    - "الخاص"/"الخاصة" + "ب" + a word that is no place: what the thing is for ("المجمع الصناعي الخاص بإنتاج …",
      "المركز الطبي الخاص بعلاج …"), not where it is ("المحكمة الخاصة بلبنان" stays);
    - "لل" + a verbal noun (:func:`_masdar`) that governs a preposition right after a nationality that closes a name
      of two words or more: "نادي X السعودي للحصول على …" (what the body did); not after a head's own adjective
      ("الجمعية السعودية للحفاظ على …", "مجلس إدارة الشركة السعودية للكهرباء مع …");
    - "و" + an indefinite Arabic noun in ة or ات in construct with a definite noun (no adjective) after a name of one
      plain word (a foreign town or a brand): "جامعة X وشهادة البكالوريوس" coordinates the clause's objects; not a
      verbal noun ("ومكافحة الفساد"), a foreign name ("مجموعة X وY الشرق الأوسط"), a word whose "و" is its own
      ("وحدة", "واحدة", :data:`_WAW_WORDS`) nor a name's field after a head ("لمجلس وزراء الصحة")."""
    for k in range(c, e):
        tok = tokens[k]
        if k > c and (_relative_participle(tokens, k) or _leading_participle(tokens, k)):
            return k
        if k > c and tok.norm in _OWN and k + 1 < len(tokens) and tokens[k + 1].norm[:1] == "ب" \
                and tokens[k + 1].sent == tok.sent and len(tokens[k + 1].norm) >= 4 and not _ba_place(tokens, k + 1) \
                and tokens[k + 1].norm[1:] not in CHAINS.REGION_NOUNS:  # ("قوات الطوارئ الخاصة بمنطقة X": its seat)
            return k
        if k > c and tok.norm == _KHASSA and k + 1 < len(tokens) and tokens[k + 1].norm[:1] == "ب" \
                and tokens[k + 1].sent == tok.sent \
                and not any(t.norm.endswith(("ه", "ات")) for t in tokens[max(c - 1, 0) : k]):
            return k  # (runon) "قرارات مجلس الأمن الخاصة باليمن": a feminine "الخاصة" after a name of masculine
            # words qualifies the noun before the body, even before a place ("المحكمة الخاصة بلبنان" stays)
        if k > c + 1 and tok.norm.startswith("لل") and k + 1 < len(tokens) and tokens[k + 1].sent == tok.sent \
                and tokens[k + 1].norm in _PURPOSE_PREPOSITIONS and tokens[k - 1].article \
                and is_nationality(tokens[k - 1].norm) and _head_at(tokens, k - 2) is None \
                and _masdar(tok.norm[2:]):
            return k
        if k == c + 1 and tok.is_word and tok.norm[:1] == "و" and not tok.article and len(tok.norm) >= 5 \
                and tokens[c].is_word and not tokens[c].article and not is_stop(tokens[c].norm) \
                and not tokens[c].norm.startswith(("لل", "بال", "وال", "و")) and k + 1 < len(tokens) \
                and tokens[k + 1].article \
                and tokens[k + 1].sent == tok.sent and not is_stop(tokens[k + 1].norm):
            rest = tok.norm[1:]
            if rest.endswith(("ه", "ات")) and tok.norm not in _WAW_WORDS \
                    and not (derived_verbal_noun(rest) or _verbal_noun(rest) or _purpose_noun(rest)) \
                    and not may_open(rest) and _head_at(tokens, k) is None and _head_at(tokens, c) is None \
                    and not _nisba_word(tokens[k + 1]) and tokens[k + 1].norm not in INSTITUTIONS.LEGAL_FORMS \
                    and not tokens[c].norm.endswith(("ه", "ات")) and not place_len(tokens, k + 1):
                return k  # (not "غرفة تجارة وصناعة الرياض": a field in ة, and a place after it)
    return e


_SAHIB = fold("صاحب")
_SAHIB_STYLES = frozenset(fold(w) for w in ("السمو", "المعالي", "الفضيلة", "الجلالة", "السعادة"))
_PERSON_ROLES = frozenset(fold(w) for w in ("المدرب", "اللاعب", "الحكم", "المدير", "الرئيس", "النائب", "المستشار",
                                           "الوزير", "السفير", "الدكتور", "المهندس", "الأستاذ", "الشيخ", "الفنان",
                                           "الكابتن", "الكاتب", "الكاتبة", "المقرر", "المقررة", "المديرة", "الرئيسة",
                                           "المنسق", "المنسقة", "الداعية", "الأخصائي", "الأخصائية", "الطبيب",
                                           "الطبيبة"))
"""Roles and styles of persons ("الداعية", "الأخصائي", "الطبيب": s13-inst6): after "و" they open the next person of
a list, no word of a body's name (ext-t76; the secretary, rapporteur and coordinator, ext-t95: "الوكالة الوطنية
للسلامة الطرقية والكاتب الدائم")."""
_ROLES_IN_CONSTRUCT = frozenset(fold(w) for w in ("ورئيس", "ورئيسة", "ومدير", "ومديرة", "ومقرر", "ومقررة", "ونائب",
                                                   "ونائبة", "وكاتب", "ومنسق", "ومنسقة", "ووكيل", "ووكيلة", "ومدرب",
                                                   "ومدربة", "وأمين", "وأمينة"))
"""(ext-t95) "و" + an office in construct with the body ("لجنة المالية ومقررة اللجنة"): the next person of a list."""
_PROFESSIONS = frozenset(fold(w) for w in ("الفنان", "الفنانة", "المخرج", "المخرجة", "الممثل", "الممثلة", "المنتج",
                                            "المنتجة", "الكاتب", "الكاتبة", "الروائي", "الروائية", "الشاعر", "الشاعرة",
                                            "الصحفي", "الصحفية", "الإعلامي", "الإعلامية", "الناقد", "الناقدة",
                                            "المغني", "المغنية", "الموسيقار", "الباحث", "الباحثة", "الناشط",
                                            "الناشطة", "الحقوقي", "الحقوقية", "الصيدلي", "الصيدلانية", "البرلماني",
                                            "البرلمانية"))
"""(ext-t95) A profession and a nationality before a personal name ("يرأس لجنة التحكيم الفنانة المصرية X"): the
person's description, no last words of the body's name; (inst23) so is the profession alone before a given name the
lexicon knows ("نقابة الموسيقيين المغنية X", "اللجنة التنسيقية الناشط X", "حزب X البرلماني X")."""
_STYLES_BEFORE_NAME = frozenset(fold(w) for w in ("السفير", "السفيرة", "القنصل", "القنصلة", "المستشار", "المستشارة",
                                                   "الوزير", "الوزيرة", "النائب", "النائبة", "المحامي", "المحامية",
                                                   "الأخصائي", "الأخصائية", "الطبيب", "الطبيبة", "الداعية"))
"""A diplomat's or an official's style written before a personal name ("السفير X"): no last word of a body's name
(ext-t91); a lawyer's too ("بوزارة التجارة المحامي X", ext-t122); a specialist's, a physician's or a preacher's
("مدير مستشفى X العام الأخصائي Y", s13-inst6)."""
_AT_MINISTRY = frozenset(fold(w) for w in ("بوزارة", "بالوزارة"))
_QUWWAT = fold("قوات")
_GENERIC_FORCES = frozenset(fold(w) for w in ("الأمن", "الامن", "الشرطة", "الجيش", "المقاومة", "النظام"))
"""(r2-inst: "قوات المقاومة", "قوات النظام": a side's forces in a war, named only with a further word, like "الجيش")"""
_ONE = frozenset({fold("واحد"), fold("واحدة")})
_FORCES_HEADS = frozenset({fold("قوات"), fold("القوات")})
_MAJMUA = fold("مجموعة")
_FIRMS_PLURALS = frozenset(fold(w) for w in ("شركات", "مؤسسات", "مصانع", "مدارس", "مكاتب", "فنادق"))


def _set_of_things(tok: Token) -> bool:
    """(inst10) A sound feminine plural in ات right after the indefinite "مجموعة" ("مجموعة المعلومات", "مجموعة أدوات
    …", "مجموعة من الأدوات" aside): the group is a set of things, not a company group ("مجموعة العليان", "مجموعة العمل
    المالي"), nor a group of firms ("مجموعة شركات X"); a brand in ات keeps its nationality ("مجموعة اتصالات
    الإماراتية", checked by the caller)."""
    norm = tok.norm[2:] if tok.article and tok.norm.startswith("ال") else tok.norm
    return tok.is_word and norm.endswith("ات") and len(norm) >= 5 and norm[:1] not in "وبلف" \
        and norm not in _FIRMS_PLURALS


_GROUP_DESCRIPTIONS = frozenset(fold(w) for w in ("صغيرة", "كبيرة", "مسلحة", "محدودة", "ثالثة", "ثانية", "أولى",
                                                  "رابعة", "جديدة", "واسعة", "متنوعة", "مختارة", "إرهابية", "قليلة",
                                                  "منتقاة", "متكاملة", "مختلفة", "تضم", "تسعى", "تتكون",
                                                  "تتألف", "تعمل"))
_PERSONS = frozenset(fold(w) for w in ("طلاب", "طالبات", "شباب", "شبان", "فتيات", "نساء", "رجال", "أطفال", "أشخاص",
                                      "مواطنين", "مواطنات", "أطباء", "طبيبات", "عمال", "لاعبين", "جنود", "مسلحين",
                                      "ناشطين", "ناشطات", "معلمين", "معلمات", "أهالي", "سكان", "متطوعين", "متطوعات",
                                      "أصحاب", "نجوم", "خبراء", "موظفين", "مسؤولين"))  # (the last five: inst13)
_REPORT_ADJECTIVES = frozenset(fold(w) for w in ("الصحفي", "الصحافي", "الأسبوعي", "الشهري", "السنوي", "اليومي",
                                                 "الرئيسي", "الختامي", "الدوري", "الفصلي"))
_AND_FORCES = frozenset({fold("وقوات"), fold("والقوات")})


def _second_force(tok: Token) -> bool:
    """(aud-inst2) In the name of armed forces, "و" + a definite noun that is no adjective of relation opens the next
    side of a list, no word of the forces' name: "قوات التحالف والمقاومة الشعبية", "قوات الجيش والأجهزة الأمنية",
    "القوات الجوية والدفاع الجوي" are two bodies each; "والقوات"/"وقوات" opens other forces. A coordinated adjective
    stays: "القوات البرية والجوية"."""
    norm = tok.norm
    if norm in _AND_FORCES:
        return True
    return tok.is_word and norm.startswith("وال") and len(norm) >= 5 and not norm.endswith(("ي", "يه"))


_EXCEPT = frozenset({fold("إلا"), fold("الا")})
_VIA = fold("عبر")
_ACCORDING = frozenset(fold(w) for w in ("وفق", "وفقا", "وفقاً", "لأجل"))
_PEOPLE_OF = frozenset(fold(w) for w in ("أفراد", "أعضاء", "منسوبي", "منسوبو", "عناصر", "موظفي", "موظفو", "ضباط",
                                          "جنود", "رجال", "عمال", "طلاب", "طلبة", "منتسبي"))
"""Plural nouns of persons in construct with a body ("أفراد قوات الأمن", "أعضاء الجمعية العمومية") (ext-t74)."""
_COUNTS = frozenset(fold(w) for w in ("عدد", "عشرات", "مئات", "آلاف", "بعض"))


def _members_before(tokens: list[Token], i: int) -> bool:
    """A body's head right after a plural noun of persons ("أفراد قوات الطوارئ", "بأعضاء الجمعية") or after "عدد من"
    ("عدد من قوات الأمن"): the body says whose members they are (ext-t74)."""
    if i < 1 or tokens[i - 1].sent != tokens[i].sent:
        return False
    prev = strip_clitic(tokens[i - 1].norm, "وبل")[0]
    return prev in _PEOPLE_OF or (prev == _MIN and i >= 2 and strip_clitic(tokens[i - 2].norm, "وب")[0] in _COUNTS)


def _people_plural(norm: str) -> bool:
    """ "والعاملين", "والمواطنين", "ومثقفي": "و" + a sound plural of persons, a participle ("م…ين", "م…ي" in construct)
    or an active participle "فاعلين"; no nisba plural ("والإعلاميين" may be a name's word) (ext-t74)."""
    if norm[:1] != "و" or len(norm) < 6 or norm.endswith("يين"):
        return False
    word = norm[3:] if norm.startswith("وال") else norm[1:]
    if norm.startswith("وال") and word.endswith(("ين", "ون")):
        return word[:1] == "م" or (len(word) == 6 and word[1] == "ا")
    return not norm.startswith("وال") and word[:1] == "م" and word.endswith("ي") and len(word) >= 5


def _members_run_on_end(tokens: list[Token], i: int, c: int, e: int) -> int:
    """ "أفراد قوات الطوارئ والعاملين في الموقع", "أعضاء الجمعية العمومية ومثقفي جدة": after a body named as whose
    members some persons are, "و" + a plural of persons adds other persons to the members, no word of the body's name
    (ext-t74). Only right after the head and one word, and not after a word that is itself a plural of persons
    ("نقابة المحامين والمستشارين": one name)."""
    if not _members_before(tokens, i):
        return e
    for k in range(c, min(e, c + 2)):  # a head and one word: "جمعية رعاية الأيتام والمسنين" coordinates in the name
        if _people_plural(tokens[k].norm) and k > i and not tokens[k - 1].norm.endswith(("ين", "ون", "ات")):
            return k
    return e


_AND_VERB_OPENINGS = frozenset({"وت", "وي"})
_SECOND_BODY_WORDS = frozenset(fold(w) for w in ("إدارة", "القيادة", "قيادة"))
"""Bodies' first words that are no head of the lexicon (a department, a command), read only after "و" (ext-t71)."""
_SECOND_EVENT_WORDS = frozenset(fold(w) for w in ("مهرجان", "معرض", "ملتقى", "مؤتمر"))
"""(inst13) An event's first word in the singular: after "و" it opens the clause's next item as a second body's head
does ("مع مركز X ومهرجان Y الرمضاني"), read by the same rule."""


def _quoted_company(tokens: list[Token], i: int, size: int, e: int) -> bool:
    """ "شركة «X Y»", "لشركة “X”": a company's head right before a name in quotes; the quoted words are its name, the
    head says what it is (ext-t71: the gold writes the quoted name alone)."""
    return size == 1 and strip_clitic(tokens[i].norm)[0] == _SHARIKA and e >= i + 4 \
        and tokens[i + 1].norm in _QUOTE_OPENINGS and tokens[e - 1].norm == _OPENING[tokens[i + 1].norm] \
        and all(t.is_word for t in tokens[i + 2 : e - 1])


_QUOTE_CLOSINGS = {'"': '"', "«": "»", "“": "”"}
_QUOTED_REACH = 7


def _quoted_span(tokens: list[Token], j: int) -> int | None:
    """Index of the closing quote of a name of one to seven words quoted from ``tokens[j]`` (a straight or a curly
    opening quote), in one sentence; None if ``tokens[j]`` opens none."""
    if j >= len(tokens) or tokens[j].norm not in _QUOTE_CLOSINGS:
        return None
    closing = _QUOTE_CLOSINGS[tokens[j].norm]
    for k in range(j + 1, min(j + 2 + _QUOTED_REACH, len(tokens))):
        tok = tokens[k]
        if tok.sent != tokens[j].sent:
            return None
        if tok.norm == closing:
            return k if k > j + 1 else None
        if not tok.is_word and tok.norm not in ("-", "."):
            return None
    return None


def _company_quoted_after(text: str, tokens: list[Token], i: int, best: InstMention | None) -> InstMention | None:
    """(ext-t130) A company whose own name is quoted after its head: "شركة "X" الصينية" (a straight quote, which the
    head rules do not read), or after a description of definite words only ("شركة التطوير العقاري الفاخر "X"",
    "لشركة الاستشارات العقارية «X»"): the quoted words are its name, as in ext-t71's "شركة «X Y»"; the description
    names no company (a definite noun and its nisba adjectives, :func:`_nisba_word`)."""
    j = i + 1 if best is None else best.last
    if best is not None:
        inner = tokens[i + 1 : best.last]
        if best.first != i or len(inner) < 2 or not inner[0].article or inner[0].norm.startswith("لل") \
                or not all(_nisba_word(t) and not is_nationality(t.norm) for t in inner[1:]):
            return best  # (a description is one definite noun and its nisba adjectives; a nationality, a place or a
            # "ل" field makes a name: "شركة الاتصالات السعودية", "شركة الخليج للصناعات الدوائية")
        if j < len(tokens) and tokens[j].article and tokens[j].sent == tokens[i].sent \
                and tokens[j].norm not in _QUOTE_CLOSINGS:
            j += 1  # one more adjective of the description ("الفاخر")
    close = _quoted_span(tokens, j)
    if close is None:
        return best
    s, en = tokens[j + 1].start, tokens[close - 1].end
    return InstMention(i, close + 1, s, en, text[s:en], "company", 1)


_TRADES = frozenset(fold(w) for w in ("نفط", "طيران", "تأمين", "نقل", "شحن", "سياحة", "أدوية", "حراسة", "نظافة",
                                      "صيانة", "تأجير", "عقار", "بناء", "نشر", "إعلان", "سيارات", "أغذية", "تمويل"))
_TITLES_AFTER_FIRM = frozenset(fold(w) for w in ("المهندس", "الأستاذ", "الدكتور", "د", "السيد"))
_FIRM_BOUNDARIES = frozenset({"،", ",", ".", ":", "؛", ";"})


def _one_word_firm(text: str, tokens: list[Token], i: int, found: list[InstMention]) -> InstMention | None:
    """(inst) "وزارة التعليم وشركة X، …", "مدير التسويق بشركة X المهندس Y", "مع شركة X.": an indefinite "شركة" and
    one bare word that ends the phrase (a comma or a full stop, or the title of the person who follows) is a company
    named by that word; not an adjective or a participle in ة or ى ("شركة محلية", "شركة متخصصة", "شركة كبرى": a kind
    of company), a word with a pronoun ("شركة والده"), a number or a counted company ("20 شركة ألمانية", "أي شركة").
    Before a comma or a full stop, a trade ("شركة نفط", "شركة مقاولات", "شركة استثمار": a verbal noun, a plural in
    ات, a trade's noun) names no company either, unless "وشركة" coordinates it with a body named right before it
    ("وزارة التعليم وشركة X،": a brand that is a common noun)."""
    c = i + 1
    if c + 1 >= len(tokens) or tokens[i].article or _quantified(tokens, i):
        return None
    word, after = tokens[c], tokens[c + 1]
    if not word.is_word or word.article or word.sent != tokens[i].sent or is_stop(word.norm) \
            or word.norm.endswith(("ه", "ي", "ا")) or len(word.norm) < 3 or word.norm[1:3] == "ال" \
            or _head_at(tokens, c) is not None or place_len(tokens, c) or word.text.endswith("ى"):
        return None
    if i > 0 and tokens[i - 1].sent == tokens[i].sent and (tokens[i - 1].norm.isdigit()
                                                            or tokens[i - 1].norm in INSTITUTIONS.QUANTIFIERS):
        return None
    if not (after.norm in _TITLES_AFTER_FIRM and after.sent == word.sent):
        if after.text not in _FIRM_BOUNDARIES:
            return None
        coordinated = tokens[i].norm[:1] == "و" and bool(found) and found[-1].last == i
        if not coordinated and (word.norm in _TRADES or word.norm.endswith("ات") or _masdar(word.norm)
                                or derived_verbal_noun(word.norm) or _verbal_noun(word.norm)):
            return None
    clitic = len(tokens[i].norm) - len(_SHARIKA)
    name, s, en = _surface(text, tokens, i, clitic, c + 1)
    return InstMention(i, c + 1, s, en, name, "company", 1)


_NADI = fold("نادي")
_NAME_PARTICLES = frozenset(fold(w) for w in ("بن", "ابن", "بنت", "أبو", "أبا", "أبي", "أم", "عبد", "آل"))
"""("أبي": the kunya in the genitive, "نادي أبي X الموسمي", s13-inst6)"""


_LINEAGE = frozenset(fold(w) for w in ("بن", "آل", "ابن"))


def _holder_after_club(tokens: list[Token], c: int) -> bool:
    """ "نادي أحد حامد رشيد", "نادي هجر خالد الصالح": after a club's one-word name with no article that is no given name
    (not an eponym: "نادي محمد بن …"), a given name and one more word in the sentence open a person's name (ext-t71)."""
    name, given, family = tokens[c], tokens[c + 1], tokens[c + 2]
    first_names = lexicon().first_names
    return name.is_word and not name.article and name.norm[:1] not in "وبل" and name.norm not in first_names \
        and name.norm not in _NAME_PARTICLES and name.norm not in CHAINS.ROYAL \
        and given.is_word and not given.article and given.sent == name.sent \
        and (given.norm in first_names or (family.norm in _LINEAGE and given.norm[:1] not in "وبل"
                                           and not place_len(tokens, c + 1))) \
        and family.is_word and family.sent == name.sent and (not is_stop(family.norm) or family.norm in _LINEAGE)
    # (inst10) "نادي نجران X آل Y", "نادي هجر X بن Y": a word the lexicon lacks before "آل"/"بن" is a given name


_CLAUSE_PREPOSITIONS = frozenset(fold(w) for w in ("عن", "على", "إلى", "الى"))
_MIN = fold("من")


def derived_verbal_noun(norm: str) -> bool:
    """A verbal noun of the إفعال, افتعال or استفعال form ("إنهاء", "اعتماد", "استكمال": ا … ا + one letter), or of
    the مفاعلة/تفعيل forms (:func:`_purpose_noun`)."""
    return (len(norm) >= 5 and norm[0] == "ا" and norm[-2] == "ا" and not norm.startswith("ال")) or _purpose_noun(norm)


_EPONYM_TITLES = frozenset(fold(w) for w in ("الملك", "الأمير", "الأميرة", "الشيخ", "الإمام"))


def _object_word(tok: Token) -> bool:
    """An indefinite word that opens a clause's object, never a word of a body's name after its place or its eponym:
    a derived verbal noun ("انتقال", "استقدام", "استمرار") or a feminine noun ("أمسية", "ندوة"), no clitic, no name."""
    norm = tok.norm
    return tok.is_word and not tok.article and len(norm) >= 4 and norm[:1] not in "لبوفك" and not is_stop(norm) \
        and norm not in lexicon().first_names and (derived_verbal_noun(norm) or norm.endswith("ه"))


def _seat_then_object_end(tokens: list[Token], c: int, e: int) -> int:
    """ "حسمت إدارة نادي X انتقال مهاجم الفريق", "نظم نادي X الأدبي أمسية شعرية", "أكدت جامعة الملك X استمرار
    القبول" (ext-t77): a body named by a place the gazetteer knows (and its nisba adjectives) or by an eponym (a
    royal or a sheikh's title and the name) ends before an indefinite derived verbal noun or feminine noun with no
    clitic: the clause's object (what the body did), no word of its name (after a definite word, an indefinite one
    can be no adjective of it). A "ل" field after the place stays ("مركز X لتنمية الأعمال")."""
    if e < c + 2 or not tokens[c].is_word:
        return e
    at = place_len(tokens, c)
    if at:
        k = c + at
        while k < e and _nisba_word(tokens[k]) and tokens[k].sent == tokens[c].sent:
            k += 1  # "نادي X الأدبي", "غرفة X التجارية الصناعية"
    elif tokens[c].norm in _EPONYM_TITLES and c + 2 < e and not tokens[c + 1].article:
        k = c + 2  # "جامعة الملك X": the title and at least one word of the name
        while k < e and not tokens[k].article and tokens[k].is_word \
                and (tokens[k - 1].norm in _NAME_PARTICLES or not _eponym_object(tokens[k])):
            k += 1  # (the rest of the name: "بن", the father's name, whatever word follows "بن")
        if k < e and tokens[k].sent == tokens[c].sent and tokens[k - 1].norm not in _NAME_PARTICLES \
                and _eponym_object(tokens[k]):
            return k
        return e
    else:
        return e
    if k < e and tokens[k].sent == tokens[c].sent and tokens[k - 1].norm not in _NAME_PARTICLES \
            and _object_word(tokens[k]):
        return k
    return e


def _eponym_object(tok: Token) -> bool:
    """After an eponym's name, an object word, or an indefinite accusative in ا (an adverb or the object: "جامعة الملك X
    رسميا", "جامعة الملك X عقدا"), which no given name the lexicon knows ends with."""
    return _object_word(tok) or (tok.is_word and not tok.article and len(tok.norm) >= 4 and tok.norm.endswith("ا")
                                 and tok.norm[:1] not in "لبوفك" and not is_stop(tok.norm)
                                 and tok.norm not in lexicon().first_names)


def _possessed_end(tokens: list[Token], c: int, e: int) -> int:
    """ "أعلنت شركة X نتائجها المالية للربع الثاني" (ext-t77): before any "ل" field, an indefinite noun with its owner's
    pronoun and no "و" ("نتائجها", "أرباحهم") is the clause's object, no word of a body's name (after a field it may
    be one: "لرعاية المعوقين وتأهيلهم", "لموظفي الجماعات ومجموعاتها")."""
    for k in range(c + 1, e):
        tok = tokens[k]
        if tok.norm[:1] in "لو":
            return e
        if tok.is_word and not tok.article and len(tok.norm) >= 6 and tok.norm.endswith(("ها", "هم", "هما")) \
                and not is_stop(tok.norm):
            return k
    return e


def _object_body_end(tokens: list[Token], c: int, e: int) -> int:
    """ "طالب مجلس الشورى وزارة الإسكان بتسريع …", "دعت هيئة حقوق الإنسان وزارة العمل إلى …" (ext-t77): after a
    definite word of a body's name, an indefinite body's head with no clitic opens a second body (the verb's object);
    an indefinite noun can be no adjective of a definite one, and a genitive chain ends with its definite word."""
    for k in range(c + 1, e):
        tok = tokens[k]
        if not tokens[k - 1].article or tok.article or not tok.is_word or tok.sent != tokens[k - 1].sent \
                or not may_open(tok.norm):
            continue
        head = _head_at(tokens, k)
        if head is not None and head[1] == 0:
            return k
    return e


def _clause_purpose_end(tokens: list[Token], i: int, c: int, e: int) -> int:
    """ "مجلس الشيوخ للدفاع عن الاتفاق", "مجلس الأمن لإنهاء الاحتلال", "مجلس التعليم العالي لاعتماد افتتاح فرع": a body
    named by its head in construct with a definite noun (no nisba, no eponym, no listed body: "مجلس الشيوخ") is
    whole; "ل" + a verbal noun that governs a preposition ("للدفاع عن", "للتثبت من" is left: "للوقاية من" names
    fields) or, without the article, a derived verbal noun with its object, says what the body did or was asked to
    do, no word of its name (ext-t71). Not after a definite head ("الجمعية السعودية للمحافظة على التراث") nor an
    eponym ("مؤسسة الملك خالد لتنمية …"); not a verbal noun's plural, a field ("لجنة الإشراف المحلية لانتخابات
    المجالس البلدية": elections, no act)."""
    if c + 2 > e or tokens[i].article or tokens[i].norm.startswith("لل"):
        return e
    first = tokens[c]
    if not first.article or not first.is_word or first.norm.endswith(("ي", "يه")) or first.norm in CHAINS.ROYAL \
            or is_stop(first.norm):
        return e
    for k in range(c + 1, min(e, len(tokens) - 1)):  # (xinst: the preposition may lie just past the name as read)
        tok, nxt = tokens[k], tokens[k + 1]
        if tok.norm[:1] != "ل" or not tok.is_word or nxt.sent != tok.sent:
            continue
        if not tok.norm.startswith("لل") and _genitive_of_body(tokens, k):
            continue  # "لجنة العلاقات الخارجية لمجلس الشيوخ للدفاع عن …": the body the committee is of, read past
        if ((nxt.norm in _CLAUSE_PREPOSITIONS or (_persons_participle(tok.norm[2:]) and _governed_by_noun(tokens, i)))
             if tok.norm.startswith("لل")
                else (derived_verbal_noun(tok.norm[1:]) or _hollow_verbal_noun(tok.norm[1:])) and nxt.is_word
                and not is_stop(nxt.norm) and not tok.norm.endswith("ات")):
            return k if _named_at(tokens, c) is None else e  # (not after a listed body: "الأمم المتحدة لتنسيق …")
        break  # (only the first "ل" phrase after the construct is read)
    return e


def _persons_participle(norm: str) -> bool:
    """(inst20b) "مقترحين", "ممارسين", "مشاركين": a participle's sound plural of persons (م…ين, no nisba plural in
    "يين"). After a body named by its head and a definite genitive, "لل" + it says for whom the clause's act is done
    ("تأييد مجلس إدارة الاتحاد للمقترحين", "بطاقة هيئة التخصصات الصحية للممارسين الصحيين"), no word of the name."""
    return len(norm) >= 6 and norm[:1] == "م" and norm.endswith("ين") and not norm.endswith("يين")


def _governed_by_noun(tokens: list[Token], i: int) -> bool:
    """(inst20b) "بطاقة هيئة X للممارسين", "تأييد مجلس X للمقترحين": the body's head is the genitive of a bare noun
    (in ة or a verbal noun) that governs the "لل" phrase after the name. Not after an office's first word ("مدير مركز
    التأهيل الشامل للمعاقين": the body is named in full, with whom it serves), a verb or a preposition."""
    if i == 0 or tokens[i - 1].sent != tokens[i].sent or not tokens[i - 1].is_word:
        return False
    prev = tokens[i - 1]
    if prev.article or is_stop(prev.norm) or strip_clitic(prev.norm, "و")[0] in lexicon().first_words:
        return False
    return prev.norm.endswith("ه") or _purpose_noun(prev.norm) or _masdar(prev.norm) or _verbal_noun(prev.norm)


_ASSEMBLY_HEADS = frozenset(fold(w) for w in ("مجلس", "الجمعية", "جمعية", "الجمعيه", "جمعيه"))
_ASSEMBLY_WORDS = frozenset(fold(w) for w in ("إدارة", "الإدارة", "العمومية", "العامة"))
"""(s13-inst6) "مجلس إدارة", "مجلس الإدارة", "الجمعية العمومية", "الجمعية العامة": a board or a general assembly."""
_MEETING_PURPOSES = frozenset(fold(w) for w in ("بحث", "دراسة", "النظر", "مناقشة", "متابعة"))
"""(s13-inst6) Other verbal nouns of what a sitting is for ("لبحث", "لدراسة", "للنظر في", "لمناقشة"); the تفعيل,
تفعلة and مفاعلة forms at large also name a body's field ("المؤسسة العامة لتحلية المياه", "لمكافحة …")."""


_AGENCY_OFFICIAL = frozenset(fold(w) for w in ("الرسمية", "الرسمي"))
_THE_NEWS = fold("الأنباء")


def _official_agency_end(tokens: list[Token], head: tuple[str, ...], c: int, e: int) -> int:
    """(r20) "وكالة الأناضول للأنباء الرسمية", "وكالة أنباء البحرين الرسمية": "الرسمية" after a news agency's own
    name says what the agency is, no word of its name; "وكالة الأنباء الرسمية", with no name before it, keeps it."""
    if head[0] != _WAKALA or e - c < 2 or tokens[e - 1].norm not in _AGENCY_OFFICIAL \
            or (e - c == 2 and tokens[c].norm == _THE_NEWS):
        return e
    return e - 1


def _assembly_purpose_end(tokens: list[Token], i: int, c: int, e: int) -> int:
    """(s13-inst6) "الجمعية العمومية لانتخاب رئيس النادي", "مجلس إدارة الشركة لاعتماد الميزانية": a board or a
    general assembly is named by the body it governs ("للشركة", "لنادي X"), never by a purpose; "ل" + a verbal noun
    of the إفعال/افتعال/استفعال forms or of a sitting's task after it (to elect, to approve, to discuss, "للنظر في")
    says why it met, no word of its name."""
    head = tokens[i].norm  # (r20) also behind a proclitic: "عقد الاجتماع غير العادي للجمعية العمومية لانتخاب رئيس"
    heads = {head, strip_clitic(head)[0], "ال" + head[2:] if head.startswith("لل") else head}
    if not heads & _ASSEMBLY_HEADS or i + 1 >= len(tokens) or tokens[i + 1].norm not in _ASSEMBLY_WORDS:
        return e
    for k in range(i + 2, min(e + 1, len(tokens))):
        tok = tokens[k]
        if tok.sent != tokens[i].sent:
            break
        rest = tok.norm[1:]
        if tok.is_word and ((tok.norm[:1] == "ل" and not tok.norm.startswith("لل") and not _genitive_of_body(tokens, k)
                             and ((derived_verbal_noun(rest) and not _purpose_noun(rest)) or _hollow_verbal_noun(rest)
                                  or rest in _MEETING_PURPOSES))
                            or (tok.norm.startswith("لل") and ("ا" + rest in _MEETING_PURPOSES
                                                               or _persons_participle(rest[1:])))):
            return min(k, e)
    return e


_AND_BODY_PLURALS = INSTITUTIONS.AND_BODY_PLURALS
_FIELD_PREPOSITIONS = _SEPARATE_PREPOSITIONS | {fold("حول")}


def _and_body_plural_end(tokens: list[Token], c: int, e: int) -> int:
    """(inst9) "بنك التسليف والجمعيات التعاونية", "مع هيئة السياحة والمدارس الأهلية": after a definite singular word
    of a name that has no prepositional field, "و" + the definite plural of a body's head (:data:`_AND_BODY_PLURALS`)
    is the clause's next item, a kind of bodies, no word of the name. After a field opened by a preposition the plural
    is one of the fields and stays ("لجنة الشراء الموحد للأجهزة والمؤسسات البريدية", "لجنة الإشراف على المستشفيات
    والمراكز الصحية"), and so it does after another plural."""
    for k in range(c + 1, e):
        tok, prev = tokens[k], tokens[k - 1]
        if tok.norm[:1] in "لب" or tok.norm in _FIELD_PREPOSITIONS:
            return e
        if tok.norm in _AND_BODY_PLURALS and prev.article and prev.sent == tok.sent and not prev.norm.endswith("ات"):
            return k
    return e


def _second_body_end(tokens: list[Token], c: int, e: int) -> int:
    """ "هيئة كبار العلماء وإدارة البحوث العلمية", "المجلس العسكري والقيادة العسكرية العليا": after a body's name has
    a word of its own, "و" + a body's head (a head of the lexicon, or "إدارة"/"القيادة") with a word of its own after
    it opens a second body, no part of the first one's name; a field after "و" ("جمعية الثقافة والفنون", "وزارة
    الشؤون البلدية والقروية") stays, and so does a head with nothing after it ("كلية الاقتصاد والإدارة"), and "وإدارة …"
    after a "ل" field, a verbal noun coordinated with that field ("المركز الوطني للبراكين وإدارة المخاطر") (ext-t71).
    "و" + a state's service by its short name and a nationality ("والجمارك السعودية", [national_services]) is one too.
    """
    for k in range(c + 1, e - 1):
        tok = tokens[k]
        if tok.norm[:1] != "و" or len(tok.norm) < 4 or not tok.is_word or tokens[k + 1].sent != tok.sent:
            continue
        nxt = tokens[k + 1]
        if not nxt.is_word or is_stop(nxt.norm) or nxt.norm[:1] == "و":
            continue
        if tok.norm[1:] in INSTITUTIONS.NATIONAL_SERVICES and _nationality_next(tokens, k + 1) \
                and tokens[k + 1].norm.endswith("يه") != (tok.norm[1:] in _MASCULINE_SERVICES):
            return k  # (inst13) "الهيئة X للمواصفات والجودة والجمارك السعودية": a state's service by its short name;
            # the nationality agrees with the service ("هيئة الإذاعة والتلفزيون التركية" is one body)
        if tok.norm[1:] in _SECOND_BODY_WORDS or tok.norm[1:] in _SECOND_EVENT_WORDS:
            if nxt.article and not any(t.norm[:1] == "ل" for t in tokens[c:k]):
                return k  # (after a "ل" field, "وإدارة المخاطر" is a second field: "المركز X للبراكين وإدارة …")
            continue
        head = _head_at(tokens, k)
        if head is not None and head[1] == 1 and (head[0] > 1 or nxt.article or not tokens[k].norm.startswith("وال")):
            return k
        named = _named_at(tokens, k) if head is None else None
        if named is not None and named[1] == 1 and named[0] >= 2:
            return k  # "المجمع الفقهي الإسلامي والندوة العالمية للشباب الإسلامي": a listed body of two words (ext-t111)
    return e


def _and_verb(tok: Token) -> bool:
    """ "وترفض", "ويعلن": "و" + an imperfect verb opens the next clause, whose subject is the body just named ("تدخلت
    الوزارة وترفض القرار"); no word of its name (ext-t63). A feminine verb as :func:`imperfect_verb` reads it (not a
    verbal noun: "وتنمية", "وتطوير", "وتأهيلهم"), a masculine one ي + three letters or يفاعل; not a place or a given
    name ("وتبوك", "وينبع", "ويوسف")."""
    rest = tok.norm[1:]
    if tok.article or not tok.is_word or (rest,) in lexicon().places or rest in lexicon().first_names:
        return False
    if rest[:1] == "ت":
        return imperfect_verb(tok._replace(norm=rest))
    return (len(rest) == 4 or (len(rest) == 5 and rest[2] == "ا")) and not rest.endswith(("ه", "ي", "ا")) \
        and not is_stop(rest)  # "يعلن", "يوكد" (يؤكد), "يطالب"


def _purpose_noun(norm: str) -> bool:
    """A verbal noun of the مفاعلة or تفعيل form ("مكافحة", "متابعة", "تعزيز", "تنسيق"): what a body is for, not its
    field's noun ("كرة القدم")."""
    return (len(norm) == 6 and norm[0] == "م" and norm[2] == "ا" and norm.endswith("ه")) \
        or (len(norm) == 5 and norm[0] == "ت" and norm[3] == "ي")


def _task_noun(norm: str) -> bool:
    """(inst16) A verbal noun of the فعالة form ("زيادة", "دراسة", "حماية"), in ية ("تنمية") or of the forms
    :func:`_masdar` reads ("تعاون", "استفادة", "مشاركة"): after a listed name that ends with a nisba, ل + it says what
    for ("مجلس التعاون الخليجي لزيادة فرص التصدير")."""
    return (len(norm) == 5 and norm[2] == "ا" and norm.endswith("ه")) or _verbal_noun(norm) or _masdar(norm)


def _named_closed(tokens: list[Token], i: int, e: int) -> bool:
    """A listed body whose name ends with a nisba ("منظمة التعاون الإسلامي", "جامعة الدول العربية") is whole before
    "ل" + a verbal noun or "شؤون" (a purpose or a remit: "… لمكافحة الإرهاب", "… لشؤون فلسطين"), before "ب" + a place
    (its seat, ext-t63) and before a definite
    participle that is no nisba (it qualifies a noun before the body: "أجهزة منظمة التعاون الإسلامي المختلفة")
    (ext-t42)."""
    if e >= len(tokens) or e - i < 2 or tokens[e].sent != tokens[i].sent:
        return False
    tok = tokens[e]
    norm = tok.norm
    if not _nisba_word(tokens[e - 1]):
        # (inst2s) "جلسة مجلس الأمن المقررة غدا", "عجز وزارة الزراعة المستمر": after any listed name that ends with
        # a definite word, a definite participle qualifies the noun before the body too
        return tokens[e - 1].article and _qualifies_before(norm) and tok.article
    if norm[:1] == "ب" and _seat(tokens, e):
        return True  # "الجامعة العربية بالقاهرة": a listed body's seat is no word of its name (ext-t63)
    if norm[:1] == "ل" and not norm.startswith("لل") and not tok.article and tok.is_word \
            and (_purpose_noun(norm[1:]) or norm[1:] == _SHUUN or (
                _task_noun(norm[1:]) and (e - i >= 3 or is_nationality(tokens[e - 1].norm)))) \
            and not _genitive_of_body(tokens, e):
        return True  # (inst16: a task's فعالة noun only after a name of three words or a nationality: "الجمعية
        # الوطنية لحماية المستهلك" is one name)
    return tok.article and _qualifies_before(norm)


def _qualifies_before(norm: str) -> bool:
    """A definite participle of the مفعل/مستفعل forms that is no nisba ("المختلفة", "المقررة", "المستمر")."""
    return norm.startswith("الم") and len(norm) >= 6 and not norm.endswith(("ي", "يه")) and not is_stop(norm)


_CONCERNED = frozenset(fold(w) for w in ("المعني", "المعنية", "المعنيين", "المعنيون"))
_RANKED = frozenset(fold(w) for w in ("المركز", "مركز", "المجموعة", "مجموعة"))
_STANDINGS = frozenset(fold(w) for w in ("الصدارة", "الوصافة"))
_OUTLAWED = frozenset(fold(w) for w in ("الإرهابية", "الإرهابي", "الإجرامية", "الإجرامي"))
"""(ext-t95) "المجموعة الإرهابية الداعشية", "الشبكة الإجرامية المتورطة": a definite head whose first word calls it
terrorist or criminal describes a group, it names no body."""
_GENERIC_GROUPS = frozenset(fold(w) for w in ("التنظيم", "الجماعة", "الحركة", "المجموعة", "الشبكة", "العصابة",
                                              "الخلية", "الميليشيا", "المليشيا", "التنظيمات", "الجماعات"))
_EXTREMIST = _OUTLAWED | frozenset(fold(w) for w in ("المتطرف", "المتطرفة"))


def _outlawed_group_organ(tokens: list[Token], c: int) -> bool:
    """(inst21) "مقتل سبعة من قادة مجلس التنظيم الإرهابي", "مجلس شورى الجماعة المتطرفة": a head in construct with a
    generic word for a group (at most one word between) that a label calls terrorist, criminal or extremist: the
    group's own organ, named by no name of its own ("لجنة التنظيم" alone, an organising committee, goes on)."""
    for k in (c, c + 1):
        if k + 1 < len(tokens) and tokens[k].norm in _GENERIC_GROUPS and tokens[k + 1].norm in _EXTREMIST \
                and tokens[k + 1].sent == tokens[c].sent and (k == c or not tokens[c].article):
            return True
    return False


_FOR_THE_TIME = frozenset(fold(w) for w in ("للمرة", "لأول", "لآخر"))
"""(ext-t95) "القوات البرية للمرة الأولى", "… لأول مرة": the time it happens, no word of the body's name."""
_NOUN_LIKE_ADJECTIVES = frozenset(fold(w) for w in ("الحرام", "العرب", "الأفارقة", "الشباب", "البيضاء", "الحمراء",
                                                     "الخضراء", "السوداء", "الزرقاء", "الكبرى", "العظمى", "الجدد",
                                                     "الكبار", "الصغار", "الكرام", "الأوائل", "القدماء", "الأعضاء",
                                                     "الثلاث", "الأربع", "الخمس", "الست", "السبع", "الثلاثة",
                                                     "الأربعة", "الخمسة", "الستة", "السبعة", "الحرة", "الحر",
                                                     "الأكراد", "الأتراك", "الصماء"))
"""(ext-t95) Adjectives (or nouns in apposition) whose form is no nisba, participle, فاعل/فعيل or أفعل one: "للمسجد
الحرام", "للأدباء والكتاب العرب", "للمحامين الشباب", "للدار البيضاء", "للمعلمين الجدد"."""


def _adjective_form(norm: str) -> bool:
    """(ext-t95) A definite word that may be an adjective of the noun before it: a nisba, a participle (م…), a فاعل
    ("العام", "الصالح"), a فعيل ("الكريم", "الجديدة"), an أفعل ("الأحمر", "الأعلى"), or a listed one."""
    return norm.endswith(("ي", "يه", "ين", "ون", "يات")) or norm.startswith("الم") \
        or (len(norm) >= 5 and norm[3] == "ا") or (len(norm) in (6, 7) and norm[4] == "ي") \
        or (norm.startswith("الا") and len(norm) == 6) or norm in _NOUN_LIKE_ADJECTIVES


def _definite_object_end(tokens: list[Token], c: int, e: int) -> int:
    """(ext-t95) "الهيئة العامة للغذاء والدواء الرقابة على …", "اللجنة العليا للانتخابات الجدول الزمني", "الشركة
    السعودية للكهرباء التيار": after a definite genitive ("لل…", or "وال…" coordinated), a definite word that has no
    adjective's form cannot qualify it; it opens the verb's object, no word of the body's name. (inst23) So after a
    definite nisba adjective, which closes the construct ("تنتظر إدارة النادي الأهلي الرد", "المؤسسة الأمنية
    الهجوم على الاتفاق")."""
    for k in range(c + 1, e):
        tok, prev = tokens[k], tokens[k - 1]
        if tok.article and tok.norm.startswith("ال") and prev.is_word \
                and (prev.norm.startswith(("لل", "وال")) or _li_adjective(tokens, k) or _nisba_word(prev)) \
                and tok.sent == prev.sent and not _adjective_form(tok.norm) and not is_stop(tok.norm) \
                and not place_len(tokens, k) and not is_nationality(tok.norm):
            return k
    return e


def _construct_object_end(tokens: list[Token], i: int, size: int, c: int, e: int) -> int:
    """(xinst) "أنهت إدارة نادي الفتح التعاقد مع …", "حدد نادي خيبر الشعار …": an indefinite one-word head in construct
    with one definite word or a place is a complete construct; a definite word after it that has no adjective's form
    (:func:`_adjective_form`), no place and no nationality cannot qualify it: it opens the verb's object (a VSO
    clause), no word of the body's name. Not after an eponym's style ("مستشفى الملك فهد") or a given name."""
    last = None
    for k in range(c, min(e - 1, c + 3)):
        tok = tokens[k]
        if not tok.is_word or tok.article or tok.sent != tokens[i].sent:
            break
        nested = _head_at(tokens, k)
        if nested is not None and nested[0] == 1 and nested[1] == 0:
            last = k
    if last is not None:
        return _construct_object_end(tokens, last, 1, last + 1, e)  # (runon) "حدد مجلس إدارة نادي X الشعار …": the
        # last nested indefinite head is the one in construct with the body's definite word
    if size != 1 or tokens[i].article or tokens[i].norm.startswith("لل") or c >= e:
        return e
    first = tokens[c]
    if not first.is_word or first.sent != tokens[i].sent or is_stop(first.norm) or first.norm in CHAINS.ROYAL \
            or first.norm in lexicon().honorifics or first.norm in _STYLES_BEFORE_NAME or first.norm in _PERSON_ROLES:
        return e
    at = place_len(tokens, c)
    if not (first.article or at):
        return e
    k = c + max(at, 1)
    if k >= e:
        return e
    tok = tokens[k]
    if tok.article and tok.is_word and tok.norm.startswith("ال") and tok.sent == first.sent \
            and not _adjective_form(tok.norm) and not is_stop(tok.norm) and not place_len(tokens, k) \
            and not is_nationality(tok.norm) and tok.norm not in INSTITUTIONS.NAME_ADJECTIVES \
            and not _ordinal_or_count(tok.norm) and not _plural_adjective(tok.norm):
        return k
    return e


def _ordinal_or_count(norm: str) -> bool:
    """(xinst) "بنك الخليج الأول", "مجموعة الدول العشر": an ordinal or a definite number qualifies the name."""
    return norm in CALENDAR.ORDINALS or norm[2:] in DECISIONS.COUNTS


def _plural_adjective(norm: str) -> bool:
    """(xinst) "الأجانب", "الأفاضل": a definite broken plural of the أفاعل form, an adjective of persons."""
    return norm.startswith("الا") and len(norm) == 7 and norm[4] == "ا"


def _li_adjective(tokens: list[Token], k: int) -> bool:
    """(ext-t122) "اللجنة الدولية للصليب الأحمر السجن": a "لل…" genitive and its adjective right before ``tokens[k]``,
    which closed the field as a definite genitive alone does."""
    return k >= 2 and tokens[k - 2].norm.startswith("لل") and tokens[k - 1].article \
        and tokens[k - 1].norm.startswith("ال") and _adjective_form(tokens[k - 1].norm) \
        and tokens[k - 2].sent == tokens[k].sent


_VERB_PARTICLES = frozenset(fold(w) for w in ("لكي", "كي", "لن", "لم", "قد", "سوف"))
_SEAT_CLAUSES = frozenset(fold(w) for w in ("ومقره", "ومقرها", "ومقرهم", "وعدم"))
"""(ext-t95) "المجلس العربي للطفولة ومقره القاهرة", "اتحاد الكرة وعدم التصدي …": "و" + the body's seat with its pronoun,
or "و" + "عدم" (the lack of), opens a clause, no word of the name."""


_AL_RIASA = fold("الرئاسة")
_RACE_WORDS = frozenset(fold(w) for w in ("سباق", "لسباق", "انتخابات", "الانتخابات", "لانتخابات", "مرشح", "مرشحي",
                                          "مرشحة", "ترشح", "ترشيح", "لخوض", "خوض", "مقعد", "منصب", "كرسي", "ولاية"))


def _presidency_as_office(tokens: list[Token], i: int, c: int) -> bool:
    """(r2-inst) "سباق الرئاسة الأميركي", "انتخابات الرئاسة الأمريكية", "فوز مرشح بالرئاسة الأمريكية": the office a
    race is run for, no body; the presidency as a body ("أعلنت الرئاسة الفرنسية", "مسؤول في الرئاسة السودانية")
    takes a feminine nationality and follows no word of a race, and no "ب"/"ل" joins it to a verb of winning."""
    if not tokens[c].norm.endswith("يه") or tokens[i].norm not in (_AL_RIASA, "و" + _AL_RIASA):
        return True
    return i > 0 and tokens[i - 1].norm in _RACE_WORDS


_RIASA_FORMS = frozenset(fold(w) for w in ("رئاسة", "لرئاسة", "ورئاسة", "برئاسة"))
_OFFICE_TAKING = _RACE_WORDS | frozenset(fold(w) for w in (
    "تولي", "تولى", "يتولى", "تتولى", "توليه", "توليها", "لتولي", "بتولي", "وتولي", "وتولى", "تسلم", "تسلمه",
    "تسلمها", "يتسلم", "استلام", "استلامه", "استلامها", "شغور", "وصوله", "وصولها", "ووصوله", "ووصولها"))


def _presidency_taken(tokens: list[Token], i: int) -> bool:
    """(inst19b) "بمناسبة توليها رئاسة الجمهورية", "قبل وصوله لرئاسة الحكومة", "شغور منصب رئاسة الجمهورية": "رئاسة"
    right after a word of taking, holding or running for an office is that office, no body ("أعلنت رئاسة الجمهورية",
    "موقع رئاسة الجمهورية": the presidency as a body)."""
    return i > 0 and tokens[i].norm in _RIASA_FORMS and tokens[i - 1].norm in _OFFICE_TAKING \
        and tokens[i - 1].sent == tokens[i].sent


_NAMING_HOLLOW_NOUNS = frozenset(fold(w) for w in ("إمارة", "إدارة", "إغاثة"))


def _hollow_verbal_noun(norm: str) -> bool:
    """(xinst) A verbal noun of the إفالة/استفالة form of a hollow root ("استعادة", "إعادة", "إقامة"): ا … ا + one
    letter + ة; not "إمارة" (an emirate, a body) nor the tasks bodies are named by ("مركز العمليات الموحدة لإدارة
    المدينة", "لإغاثة اللاجئين")."""
    return len(norm) >= 5 and norm[0] == "ا" and norm[-3] == "ا" and norm.endswith("ه") and not norm.startswith("ال") \
        and norm not in _NAMING_HOLLOW_NOUNS


def _future_verb(tok: Token) -> bool:
    """(r2-inst) "ستصدر", "سيعقد", "ستقوم": "س" + an imperfect verb of a root of three letters (five letters in all),
    the future of what the body named before it does; never a word of a body's name (not "ستارز", "ستيفن": a
    foreign word whose third letter is ا or ي)."""
    norm = tok.norm
    return tok.is_word and not tok.article and len(norm) == 5 and norm[:2] in ("ست", "سي") and norm[2] not in "اي" \
        and norm not in lexicon().first_names and imperfect_verb(tok._replace(norm="ت" + norm[2:]))


def _and_future_verb(tok: Token) -> bool:
    """(xinst) "وسيعتمد", "وستقوم", "وسنعمل": "و" + "س" + an imperfect verb (of three letters or of a derived form:
    "تعتمد"), the next clause; not "وسيلة", "وسيارة", "وسيدات" (nouns: a plural in ات, ا or ي as third letter)."""
    norm = tok.norm
    return tok.is_word and not tok.article and len(norm) in (6, 7) and norm[:3] in ("وست", "وسي", "وسن") \
        and norm[3] not in "اي" and norm[1:] not in lexicon().first_names \
        and imperfect_verb(tok._replace(norm="ت" + norm[3:]))


def _verb_after_name_end(tokens: list[Token], c: int, e: int) -> int:
    """(ext-t95) "جامعة الملك عبدالعزيز توفر وظيفة معيد …", "شركة الاتصالات يعلن …": an imperfect verb after the body's
    name (a headline without punctuation) opens the clause, no word of the name. Not right after the head ("جمعية
    تكافل"), not a place ("جامعة تبوك") nor a given name ("يوسف")."""
    for k in range(c + 1, e):
        tok = tokens[k]
        if tok.norm[:1] in "تي" and not tok.article and tokens[k - 1].is_word \
                and (imperfect_verb(tok if tok.norm[:1] == "ت" else tok._replace(norm="ت" + tok.norm[1:]))
                     or ya_third_form(tok)) \
                and tok.norm not in lexicon().first_names and not place_len(tokens, k):
            return k - 1 if tokens[k - 1].norm in _VERB_PARTICLES else k  # "… لكي تعزز": the particle too
    return e


def ya_third_form(tok: Token) -> bool:
    """(inst8) "يعالج", "يتابع", "يطالب", "يشارك": "ي" + a verb of the فاعل form (ا as third letter, five letters), the
    imperfect of the third person masculine; no noun opens with "ي" in that shape (the "ت" twin is a verbal noun,
    "تعاون", so :func:`imperfect_verb` leaves it out). Not a month ("يناير"), a plural in ات or a word in ة/ي."""
    norm = tok.norm
    return tok.is_word and not tok.article and len(norm) == 5 and norm[0] == "ي" and norm[2] == "ا" \
        and norm[1] not in "اوي" and not norm.endswith(("ه", "ي", "ا", "ات")) and not is_stop(norm)


def perfect_verb(tok: Token, rest: int = 0) -> bool:
    """(runon) "حققت", "أعلنت", "تكفلت", "تراجعت", "ارتفعت", "استقدمت", "نقلت", "أنشئت": a perfect verb of the third
    person feminine singular (ت after the stem, from ``rest`` letters on: 1 after "و"), by the stem's template: فعل of
    three letters none of them a long vowel (or أفعل of a weak root, "ألغت", with its hamza written), أفعل/فاعل/تفعل
    of four, افتعل/انفعل/تفاعل of five, استفعل of six. Not a word with the article, a place, a given name, a word ending
    in ات/وت/يت ("بيروت", "ماريوت", "الكويت"), a hollow root ("قامت", "ثابت": too close to nouns), nor "اسمنت"
    (cement) and "انترنت"."""
    norm, text = tok.norm[rest:], tok.text[rest:]
    if tok.article or not tok.is_word or len(norm) < 4 or not norm.endswith("ت") or norm[-2] in "اوي" \
            or norm in _PERFECT_LOOKALIKES or is_stop(norm) or norm in lexicon().first_names \
            or (norm,) in lexicon().places:
        return False
    s = norm[:-1]
    if len(s) == 3:
        return s[1] not in "اوي" and s[2] not in "اوي" and (s[0] not in "اي" or text[:1] in "أإ")
    if len(s) == 4:
        return (s[0] == "ا" and s[1] != "ا" and s[2] not in "اوي") or (s[1] == "ا" and s[0] not in "ام") \
            or (s[0] == "ت" and s[2] not in "اوي")
    if len(s) == 5:
        return (s[0] == "ا" and (s[2] in "تطد" or s[1] == "ن")) or (s[0] == "ت" and s[2] == "ا")
    return len(s) == 6 and s.startswith("است")


_PERFECT_LOOKALIKES = frozenset(fold(w) for w in ("اسمنت", "إسمنت", "أسمنت", "انترنت", "إنترنت"))


def _perfect_verb_end(tokens: list[Token], c: int, e: int) -> int:
    """(runon) "شركة X حققت كشفا", "مجموعة X استقدمت …", "المستشفى العام وفارقت الحياة", "شركة الطيران وتكفلت …": a
    perfect verb after the body's name (:func:`perfect_verb`), or "و" + that verb, opens the clause whose subject the
    body is; no body's name holds a finite verb. A bare verb counts after the name's first word only (the word right
    after the head may be a foreign name: "شركة X")."""
    for k in range(c, e):
        tok = tokens[k]
        bare = k > c or (c > 0 and tokens[c - 1].article)  # (tuning197) "وكانت النيابة العامة أحالت …": after a
        # definite head no foreign name follows
        if bare and (perfect_verb(tok) or _hollow_perfect(tok, 0)) and not place_len(tokens, k):
            return k
        if tok.norm[:1] == "و" and len(tok.norm) >= 5 and (perfect_verb(tok, 1) or _hollow_perfect(tok)) \
                and not place_len(tokens, k):
            return k
    return e


def _hollow_perfect(tok: Token, rest: int = 1) -> bool:
    """(runon2) "وباتت", "وقامت", "وعادت", "وأشارت", "وأضافت": "و" + a perfect verb of a hollow root in the third
    person feminine, فالت or أفالت (its hamza written above); after "و" no noun has that form but a participle of a
    root ending in ت ("وثابت", "وصامت": given names and adjectives, left alone), nor a plural in ات. With ``rest`` 0
    the word stands bare, and only أفالت counts ("أحالت", "أعادت", "أقامت", tuning197): a bare فالت is too close to
    nouns."""
    norm, text = tok.norm[rest:], tok.text[rest:]
    if tok.article or not tok.is_word or not norm.endswith("ت") or norm.endswith("ات") \
            or norm in lexicon().first_names or (norm,) in lexicon().places:
        return False
    if len(norm) == 4:
        return bool(rest) and norm[1] == "ا" and norm[0] not in "اوي" and norm[2] not in "اوي"
    return len(norm) == 5 and text[:1] == "أ" and norm[2] == "ا" and norm[3] not in "اوي"


_PLURAL_CONSTRUCT_ENDINGS = ("ات", "ي")


def _construct_party(norm: str) -> bool:
    """(runon) "ومنسقي", "ووحدات", "ومؤسسات" (a sound plural in construct, six letters at least with its "و"),
    "وحزمة", "ودفعة", "وحركة" (a فعلة noun: three letters none of them a long vowel, then ة): after "و", an indefinite
    noun that is no verbal noun of a field ("وحماية", "وتقنية", "وإدارة", "وتنمية" are longer or hold a long vowel)."""
    if len(norm) >= 6 and norm.endswith(_PLURAL_CONSTRUCT_ENDINGS):
        return True
    return len(norm) == 5 and norm.endswith("ه") and not any(ch in "اوي" for ch in norm[1:4])


def _and_plural_construct_end(tokens: list[Token], c: int, e: int) -> int:
    """(runon) "المجموعة X ووحدات التجزئة", "الجمعية X لحقوق الإنسان ومناضلي الاتحاد …", "اتحاد الكرة المراقبين
    ومنسقي الأمن", "الأسعار التي حددتها وزارة الحج وحزمة الخدمات": after a definite word of the name, "و" + an
    indefinite noun in construct with a definite noun (a plural or a فعلة noun, :func:`_construct_party`) coordinates
    the clause's next party or object, no word of the body's name (a name coordinates fields: "للأرصاد وحماية
    البيئة", "الاتصالات وتقنية المعلومات", "المختبرات وبنوك الدم"). Not after an indefinite word, whose genitive the
    two share ("لعلوم وسياسات التغذية"), nor a place ("الداخلة وادي الذهب")."""
    for k in range(c + 1, e):
        tok, prev = tokens[k], tokens[k - 1]
        if not (tok.is_word and not tok.article and tok.norm[:1] == "و" and _construct_party(tok.norm)
                and prev.article and prev.is_word and prev.sent == tok.sent and k + 1 < len(tokens)):
            continue
        nxt = tokens[k + 1]
        if nxt.article and nxt.sent == tok.sent and not is_stop(nxt.norm) and tok.norm not in _WAW_WORDS \
                and not place_len(tokens, k) and tok.norm[1:] not in lexicon().first_names:
            return k
    return e


def definite_verbal_noun(tok: Token) -> bool:
    """(runon) "الاستماع", "الاعتداء", "الانتقال", "الاتصال", "التمييز", "التعاقد", "التحقق": a definite
    verbal noun of a derived form, read by its template: استفعال, افتعال (ت/ط/د third, or ت second: "اتصال"), انفعال,
    تفعيل, تفاعل, تفعل. Not إفعال (أفعال, its twin once the hamza is folded or left out, is a plural: "الأعضاء",
    "الإسبان"), a nisba, nor مفاعلة (also a participle: "المشاركة")."""
    if not tok.article or not tok.norm.startswith("ال") or tok.norm.endswith(("ي", "يه")) or is_stop(tok.norm):
        return False
    s = tok.norm[2:]
    if len(s) >= 5 and s[0] == "ا" and s[-2] == "ا":
        return s.startswith(("است", "ان")) or s[2] in "تطد" or (len(s) == 5 and s[1] == "ت")
    if s[:1] != "ت":
        return False
    if len(s) == 5:
        return s[3] == "ي" or s[2] == "ا"
    return len(s) == 4 and not any(ch in "اوي" for ch in s[1:])


def _definite_verbal_noun_end(tokens: list[Token], c: int, e: int) -> int:
    """(runon) "دانت المنظمة X الكبرى الاعتداء", "رفضت المحكمة الخاصة الاستماع إلى …", "أعلن النادي الملكي التعاقد مع
    …": a definite word of the name cannot be in construct with what follows it, and a verbal noun
    (:func:`definite_verbal_noun`) is no adjective: a definite verbal noun right after a definite word opens the verb's
    object, no word of the body's name. Not a place ("الإمارات", "الأحساء") nor a nationality."""
    for k in range(c + 1, e):
        tok, prev = tokens[k], tokens[k - 1]
        if prev.article and prev.is_word and tok.sent == prev.sent and definite_verbal_noun(tok) \
                and not place_len(tokens, k) and not is_nationality(tok.norm):
            return k
    return e


_REMITS = frozenset(fold(w) for w in ("شؤون", "شئون", "الشؤون", "الشئون"))


def _second_li_purpose_end(tokens: list[Token], c: int, e: int) -> int:
    """(runon) "اللجنة التنفيذية للاتحاد X لتحديد موعد …", "شركة X الصينية للطاقة لإنشاء منجم", "كلية X للحرس الوطني
    لتدريب …": a body's name says its field once; after a "ل" field of the name (not a body it belongs to: "الأمانة
    العامة للجنة الوطنية لمكافحة …"), a second "ل" + a derived verbal noun (:func:`derived_verbal_noun`,
    :func:`_hollow_verbal_noun`) says what the body does or was asked to do, and a second "لشؤون"/"للشؤون" is the
    remit of the office held in it ("نائب رئيس الهيئة العامة للسياحة والآثار لشؤون المناطق"); no word of its name."""
    field = False
    for k in range(c, e):
        tok = tokens[k]
        if not tok.is_word or tok.norm[:1] != "ل":
            continue
        rest = tok.norm[1:]
        if field and k + 1 < len(tokens) and tokens[k + 1].sent == tok.sent and tokens[k + 1].is_word and (
                (not rest.startswith("ل") and (derived_verbal_noun(rest) or _hollow_verbal_noun(rest)))
                or rest in _REMITS or "ا" + rest in _REMITS or _bare_object_after(tokens, k)):
            return k
        probe = [tok._replace(text=tok.text[1:], norm=rest), *tokens[k + 1 : k + 4]]
        if _head_at(tokens, k) is None and _named_at(tokens, k) is None and not place_len(probe, 0):
            field = True  # (not "للجنة الوطنية", "لمدينة الرياض": the body or the place the name belongs to)
    return e


def _and_bare_noun_next(tokens: list[Token], j: int) -> bool:
    """``tokens[j]`` is "و" + an indefinite verbal noun of a derived form (no article, no given name, no plural) in the
    sentence of ``tokens[j - 1]`` that opens no body, no listed name and no place ("وإصرار", "واندفاع"; not "وفتح",
    "وحزب الله", "وإسرائيل", "وقيادات")."""
    if j >= len(tokens) or tokens[j].sent != tokens[j - 1].sent or not tokens[j].is_word:
        return False
    tok = tokens[j]
    rest = tok.norm[1:]
    if tok.norm[:1] != "و" or len(rest) < 3 or rest.startswith("ال") or rest in lexicon().first_names \
            or is_stop(rest) or not derived_verbal_noun(rest) or rest.endswith("ات"):
        return False
    bare = [after_proclitic(tok), *tokens[j + 1 : j + 4]]
    return _named_at(bare, 0) is None and _head_at(bare, 0) is None and not place_len(bare, 0)


def _placed_after(tokens: list[Token], e: int) -> bool:
    """``tokens[e:]`` open "في" + a place or "ب" + a place ("في الرياض", "بجدة"), in the sentence of
    ``tokens[e - 1]``."""
    if e >= len(tokens) or tokens[e].sent != tokens[e - 1].sent:
        return False
    if tokens[e].norm == _FI:
        return e + 1 < len(tokens) and tokens[e + 1].sent == tokens[e].sent and place_len(tokens, e + 1) > 0
    return tokens[e].norm[:1] == "ب" and len(tokens[e].norm) > 3 and _ba_place(tokens, e)


def _bare_object_after(tokens: list[Token], k: int) -> bool:
    """(tuning200) "المركز السعودي للعمل التطوعي لمنح رخصة مزاولة العمل": "ل" + a three-letter verbal noun ("منح",
    "جمع", "رصد") and an indefinite object right after it: what the body does, not a second field of its name (a
    field's noun takes a definite complement: "لعلوم البحار")."""
    rest, nxt = tokens[k].norm[1:], tokens[k + 1]
    return len(rest) == 3 and not rest.startswith("ل") and not nxt.article and nxt.norm[:1] not in "وبلف" \
        and len(nxt.norm) >= 3 and not is_stop(nxt.norm) and not place_len(tokens, k + 1) \
        and nxt.norm not in lexicon().first_names


_STATES = frozenset(fold(w) for w in ("المملكة", "الجمهورية", "السلطنة"))


_POSSESSIVE_SUFFIXES = ("ها", "هم", "هما", "هن")


def _possessed(tokens: list[Token], i: int, c: int) -> bool:
    """(runon2) "شبكة فروعها", "شبكة خطوطها", "قوات حليفهم", "لجنة مهمتها", "مدرسة يدعمها": after an indefinite
    one-word head, a word ending in an attached pronoun (ها, هم, هما, هن, as written) is made definite by it and
    refers back: "its branches", "their ally", a verb with its object; a body's name never starts with one. Not a
    place ("جامعة بنها", "نادي أبها"), a given name, nor a two-word head with its pronoun ("مجلس إدارتها": the board of
    a body named before, a body of its own)."""
    tok = tokens[c]
    text = tok.text.rstrip("ـ")
    suffix = next((x for x in _POSSESSIVE_SUFFIXES if text.endswith(x)), None)
    if suffix is None or not tok.is_word or tok.article or len(text) - len(suffix) < 3 or place_len(tokens, c) \
            or tok.norm in lexicon().first_names or (tok.norm,) in lexicon().places:
        return False
    stem = text[: -len(suffix)]
    if stem.endswith("ت"):
        probe = [tokens[i], tok._replace(text=stem[:-1] + "ة", norm=fold(stem[:-1] + "ة"))]
        hit = _head_at(probe, 0)
        if hit is not None and hit[0] == 2:
            return False
    return True


def _and_person_or_verb_end(tokens: list[Token], c: int, e: int) -> int:
    """(inst19a) "بوزارة المالية وصالح الهويريني", "تنظمه الرئاسة العامة لرعاية الشباب ويتضمن …": after a definite
    word of the name, "و" + a given name (the list's next person) or "و" + an imperfect verb in ي (the next clause)
    is no word of the name (a firm named for two men, "شركة عبدالله ومحمد X", has no definite word before "و")."""
    for k in range(c + 1, e):
        tok, prev = tokens[k], tokens[k - 1]
        if tok.norm.startswith("وال") and prev.is_word and prev.article and tok.sent == prev.sent \
                and tok.norm[1:] in _PERSON_STYLES:
            return k  # "وكالة الرياض للسياحة والسفر والزميل X": "و" + a person's style opens the list's next person
        if not (tok.is_word and not tok.article and tok.norm[:1] == "و" and len(tok.norm) >= 4
                and prev.is_word and prev.article and tok.sent == prev.sent):
            continue
        rest = tok.norm[1:]
        if rest in lexicon().first_names and k + 1 < len(tokens) and tokens[k + 1].sent == tok.sent \
                and tokens[k + 1].is_word and not may_open(rest):
            return k
        if rest[:1] == "ي" and rest not in lexicon().first_names \
                and (imperfect_verb(tok._replace(norm="ت" + rest[1:])) or ya_third_form(tok._replace(norm=rest))):
            return k
        if _verb_with_object_pronoun(tok):
            return k
    return e


_PERSON_STYLES = frozenset(fold(w) for w in ("الزميل", "الزميلة", "الدكتور", "الدكتورة", "الأستاذ", "الأستاذة",
                                              "المهندس", "المهندسة", "الشيخ", "السيد", "السيدة"))


def _verb_with_object_pronoun(tok: Token) -> bool:
    """(inst20b) "وتستضيفه", "وتنظمه", "ويرعاها": "و" + an imperfect verb in ت or ي that carries an object pronoun
    written with ه (not the ة of a verbal noun, not a تفعيل noun whose root ends in ه, "وتوجيه", nor one that carries a
    pronoun: "الإدارة العامة لرعاية المعوقين وتأهيلهم")."""
    text = tok.text
    if text[:1] != "و" or text[1:2] not in ("ت", "ي") or len(text) < 6:
        return False
    stem = text[1:-2] if text.endswith(("ها", "هم")) else text[1:-1] if text.endswith("ه") else ""
    tafil = len(stem) == 5 and stem[0] == "ت" and stem[3] == "ي"  # "وتأهيلهم", "وتطويره": a verbal noun, its pronoun
    return len(stem) >= 4 and not tafil and not stem.endswith(("ي", "ا", "و"))


def _dashed_body_end(tokens: list[Token], c: int, e: int) -> int:
    """(inst19a) "جامعة الملك سعود - جامعة حائل", "وكالة شؤون الشباب -الإدارة العامة للهيئات": a dash followed by a
    body's head opens the list's next body or the unit's own name, no word of the first name."""
    return next((k for k in range(c + 1, e - 1) if tokens[k].norm in _DASHES and tokens[k + 1].sent == tokens[k].sent
                 and _head_at(tokens, k + 1) is not None), e)


def _and_country_end(tokens: list[Token], c: int, e: int) -> int:
    """(inst20b) "الشراكة بين مجلس التعاون والولايات المتحدة", "بين الجامعة العربية والصين": after a word of the name,
    "و" + a country's name is the clause's other party, no word of the body's name (not after a country of the name,
    "بنك البحرين والكويت", nor after a nisba: "لجنة الاتحادات الخليجية والعراق واليمن" lists its members)."""
    for k in range(c + 1, e):
        tok = tokens[k]
        if not (tok.is_word and tok.norm[:1] == "و" and len(tok.norm) >= 3 and tok.sent == tokens[k - 1].sent):
            continue
        if _and_country_len(tokens, k) and not _country_len(tokens, k - 1) and not _and_country_len(tokens, k - 1) \
                and not _nisba_word(tokens[k - 1]):
            return k
    return e


def _and_country_len(tokens: list[Token], k: int) -> int:
    """(inst20b) Tokens of a country's name at ``tokens[k]`` read without its "و" ("والصين"), or 0."""
    tok = tokens[k]
    if tok.norm[:1] != "و" or len(tok.norm) < 3:
        return 0
    return _country_len([tok._replace(text=tok.text[1:], norm=tok.norm[1:]), *tokens[k + 1 : k + 4]], 0)


def _and_other_body_end(tokens: list[Token], c: int, e: int) -> int:
    """(runon2) "الجمعية X لرعاية الأيتام وأبناء المجلس …", "المؤسسة العامة للتقاعد ونظام المؤسسة العامة …", "جامعة X
    ومدارس المملكة": after a word of the name, "و" + an indefinite noun in construct with a definite body's head in
    the singular ("المجلس", "المؤسسة", "الوزارة", "الجمعية") or with the state ("المملكة") coordinates what belongs
    to another body, the clause's next party or object. A name coordinates fields, and a field is a verbal noun
    ("وإصلاح الإدارة", "وتطوير الهيئة"); the noun is none (an أفعال plural, "وأبناء", writes its hamza above where
    إفعال writes it below). Not a head itself ("ووزارة …", :func:`_second_body_end`), a given name or a place."""
    for k in range(c + 1, e - 1):
        tok, nxt = tokens[k], tokens[k + 1]
        if not (tok.is_word and not tok.article and tok.norm[:1] == "و" and len(tok.norm) >= 4
                and nxt.is_word and nxt.article and nxt.norm.startswith("ال") and nxt.sent == tok.sent
                and tokens[k - 1].is_word and tokens[k - 1].sent == tok.sent):
            continue
        rest = tok.norm[1:]
        if (_head_at_plain(tokens, k + 1) is None and nxt.norm not in _STATES) or nxt.norm.endswith("ات") \
                or tok.norm in _WAW_WORDS \
                or rest in lexicon().first_names or place_len(tokens, k) or _head_at(tokens, k) is not None:
            continue
        plural = len(rest) == 5 and tok.text[1:2] == "أ" and rest[3] == "ا"  # "وأبناء": أفعال, a plural, its hamza
        # written above; إفعال, a verbal noun, writes it below ("وإصلاح")
        if not plural and (_masdar(rest) or _verbal_noun(rest) or derived_verbal_noun(rest)
                           or _hollow_verbal_noun(rest) or _bare_verbal_noun(rest) or _governing_verbal_noun(rest)):
            continue
        return k
    return e


def _singular_word(norm: str) -> bool:
    """(runon2) A definite word that cannot be a plural of persons: a nisba or a defective noun in ي ("الأدبي",
    "الدولي", "النادي"; not "يي"), or a noun of two letters + ة ("الكرة", "السنة", "اللغة": a plural of persons in ة
    has three letters before it at least, "الطلبة", "القضاة", "المغاربة")."""
    s = norm[2:]
    return (s.endswith("ي") and not s.endswith("يي") and len(s) >= 3) or (len(s) == 3 and s.endswith("ه"))


def _plural_after_singular_end(tokens: list[Token], c: int, e: int) -> int:
    """(runon2) "اعتمد اتحاد الكرة المراقبين …", "كرم نادي X الأدبي الفائزين", "البنك الدولي الواقعين …": an adjective
    agrees with its noun in number, so a definite sound masculine plural (ين/ون) right after a definite singular word
    (:func:`_singular_word`) qualifies neither it nor the body: it opens the verb's object or the next phrase. Not a
    place ("البحرين"), a number ("العشرين"), a given name, or a short word ("الدين", "الأمين", "اليمين")."""
    for k in range(c + 1, e):
        tok, prev = tokens[k], tokens[k - 1]
        norm = tok.norm
        if tok.article and tok.is_word and norm.startswith("ال") and norm.endswith(("ين", "ون")) and len(norm) >= 7 \
                and prev.article and prev.is_word and prev.norm.startswith("ال") and prev.sent == tok.sent \
                and _singular_word(prev.norm) and not place_len(tokens, k) and not _ordinal_or_count(norm) \
                and norm[2:] not in lexicon().first_names:
            return k
    return e


_FIRST_FEMININE = frozenset(fold(w) for w in ("الأولى", "الاولى"))


def _ordinal_phrase_end(tokens: list[Token], c: int, e: int) -> int:
    """(runon2) "بنادي X المرحلة الثانية", "مجلس النواب الساعة الثامنة": a definite word cannot be in construct, and a
    definite feminine noun followed by its own ordinal ("الثانية", "الأولى") is a noun with its adjective, no adjective
    of the name: after a definite word of the name it opens the clause's time or stage. Not a nisba ("الجامعة الأصلية
    الأولى") nor a noun in construct with an indefinite word ("محكمة الدرجة الأولى", "قوات الفرقة السابعة")."""
    for k in range(c + 1, e):
        tok, prev = tokens[k], tokens[k - 1]
        if not (tok.article and tok.is_word and tok.norm.startswith("ال") and tok.norm.endswith("ه")
                and not tok.norm.endswith("يه") and prev.article and prev.is_word and prev.sent == tok.sent
                and k + 1 < len(tokens) and tokens[k + 1].sent == tok.sent):
            continue
        ordinal = tokens[k + 1].norm
        if ordinal in CALENDAR.ORDINALS and (ordinal.endswith("ه") or ordinal in _FIRST_FEMININE) \
                and not place_len(tokens, k):
            return k
    return e


def _edition(tokens: list[Token], c: int, e: int) -> bool:
    """(ext-t95) "المنتدى الإعلامي الرابع «…»", "منتدى الأعمال الـ15": a forum numbered by an ordinal is one edition of
    an event, no standing body."""
    from marsad.loaders.extraction.words import CALENDAR  # only at a forum's head
    for t in tokens[c:e]:
        if t.norm in CALENDAR.ORDINALS or (t.norm.startswith("ال") and t.norm[2:].lstrip("ـ").isdigit()):
            return True
    return False


def _concerned_object_end(tokens: list[Token], c: int, e: int) -> int:
    """(ext-t95) "منظمة X المعنية بحقوق النساء بحظر …": after "المعنية ب…" (what the body deals with) a second
    indefinite "ب" phrase is the clause's object ("طالبت … بحظر"), no word of the name."""
    for k in range(c, e - 2):
        if tokens[k].norm in _CONCERNED and tokens[k + 1].norm[:1] == "ب":
            return next((m for m in range(k + 2, e) if tokens[m].norm[:1] == "ب" and not tokens[m].norm.startswith(
                "بال") and tokens[m].is_word), e)
    return e


def _plural_object_end(tokens: list[Token], c: int, e: int) -> int:
    """(ext-t95) "طالبت الجامعة المغربية لحماية المستهلك السلطات المعنية …": a definite plural in ات right after a
    definite noun that does not end in ات is no adjective of it (an adjective of a thing agrees as ية, of women as
    ات): it opens the verb's object, no word of the body's name. Not a participle ("المعنفات"), a nisba of women
    ("اتحاد النساء الصحراويات"), a place ("الإمارات") nor after a participle qualifying a definite noun ("التنوع
    المتعدد الإدارات")."""
    for k in range(c + 1, e):
        norm = tokens[k].norm
        if norm.endswith("ات") and not norm.endswith("يات") and tokens[k].article and norm.startswith("ال") \
                and (not norm.startswith("الم") or _feminine_nisba(tokens[k - 1].norm)) \
                and tokens[k - 1].article and tokens[k - 1].is_word and not tokens[k - 1].norm.endswith("ات") \
                and not (tokens[k - 1].norm.startswith("الم") and k >= 2 and tokens[k - 2].article) \
                and tokens[k].sent == tokens[k - 1].sent and not place_len(tokens, k):
            return k
    return e


def _feminine_nisba(norm: str) -> bool:
    """(inst12) A definite singular feminine nisba ("السورية", "الوطنية"): a plural in ات after it cannot be its
    noun's adjective either, even a participle ("الائتلاف … السورية المحادثات": the verb's object)."""
    return norm.startswith("ال") and norm.endswith("يه") and len(norm) >= 6


_POSSESSED_PLURALS = ("اته", "اتها", "اتهم", "اتهما")


def _possessed_plural_end(tokens: list[Token], c: int, e: int) -> int:
    """(inst12) "واصل الفريق بنادي X تدريباته اليومية", "أعلنت شركة X نتائجها": a plural in ات with a possessive
    pronoun refers back to the body; it is the verb's object, never a word of the body's name. Not after "و": the
    body's own parts ("الهيئة العامة للسياحة ومجموعاتها وهيئاتها") stay."""
    return next((k for k in range(c + 1, e) if tokens[k].is_word and len(tokens[k].norm) >= 6
                 and tokens[k].norm[:1] != "و" and tokens[k].norm.endswith(_POSSESSED_PLURALS)), e)


def _named_before_li(tokens: list[Token], i: int, e: int) -> bool:
    """(ext-t95) A listed body whose name ends with a definite noun that is no nisba ("المجلس الوطني لحقوق الإنسان")
    is whole before "ل" + an indefinite word: "… لتتبع مجريات الانتخابات", "… لأحد مكاتب التصويت" tell what for or
    where, a construct chain after a definite noun cannot go on with "ل" + an indefinite one."""
    if e >= len(tokens) or e - i < 2 or tokens[e].sent != tokens[i].sent:
        return False
    last, tok = tokens[e - 1], tokens[e]
    return last.article and not _nisba_word(last) and tok.is_word and tok.norm[:1] == "ل" \
        and not tok.norm.startswith("لل") and not tok.article and len(tok.norm) >= 3 and not place_len(tokens, e)


@lru_cache(maxsize=65536)
def _may_start(norm: str) -> bool:
    """Whether a token written ``norm`` passes any first test of the loop of :func:`find_institutions` (each reads
    the folded word alone); the others (about 96 in 100 tokens) start nothing, and are skipped by one cached look-up
    instead of a dozen tests each."""
    base = strip_clitic(norm)[0]
    return _may_lack_article(norm) or norm in _SEATED_FIRSTS or norm == _AL_AMN or base in _LATIN_HEADS \
        or norm.endswith(_SERVICE_ENDS) or base in (_MADINA, _BRANCH, _MASLAHA, _QUWWA) \
        or norm in _BALADIYA_FORMS \
        or norm in _FARIQ_FORMS or may_open(norm) or norm in _SIHHA_FORMS or _and_lam_head(norm)


def _and_lam_head(norm: str) -> bool:
    """(r2-inst) "ولجنة الإحصاء": "و" + a head whose first letter is ل ("لجنة"), which the reading of clitics takes
    for و + ل + "جنة" (``strip_clitic``), so that the second and later committees of a list were never read."""
    return norm[:2] == "ول" and not norm.startswith("ولل") and len(norm) >= 5 and norm[1:] in lexicon().first_words \
        and not may_open(norm)


@cache
def _start_spellings() -> frozenset[str]:
    """Every word that may pass ``_may_start`` but by a service's ending (a superset, a few thousand words): the
    first words of heads, titles and named bodies and the other first words it reads, as written or behind a
    proclitic (``clitic_spellings``, which ``may_open``'s and ``strip_clitic``'s readings cannot leave), and the
    first words written without their article (``_may_lack_article``). Most words of a text are in none, and are
    ruled out by one set look-up before ``_may_start``, whose cache a worker seeing each text once mostly misses."""
    first_words = lexicon().first_words
    heads = {_MADINA, _BRANCH, _MASLAHA, _QUWWA}
    return clitic_spellings(first_words | _LATIN_HEADS.keys() | heads) | _SEATED_FIRSTS | {_AL_AMN} \
        | _BALADIYA_FORMS | _FARIQ_FORMS | _SIHHA_FORMS | {w[2:] for w in first_words if w.startswith("ال")}


_RESTORED_REACH = 16
"""How many tokens after a word whose article was dropped are read again with the article restored."""


def _starts(tokens: list[Token]) -> list[int]:
    """The positions where a body may start (``_may_start``), in text order, each distinct word tested once. The
    text's shared word index serves; a nested call on a few restored tokens builds its own, which leaves the shared
    one in place for the rules that follow."""
    index = word_index(tokens) if len(tokens) > _RESTORED_REACH else WordIndex(tokens)
    spellings = _start_spellings()
    return index.of({w for w in index.words() if (w in spellings or w.endswith(_SERVICE_ENDS)) and _may_start(w)})


def _accusative_tanween(tok: Token) -> bool:
    """(inst21) "أصدر رئيس اللجنة الإشرافية لسوق عكاظ قراراً بتشكيل …": a bare word written with the accusative's
    tanween ("قراراً", "تعميماً", "بياناً") is a verb's object or an adverb; no body's name takes one."""
    return tok.is_word and not tok.article and ("اً" in tok.text or "ًا" in tok.text)


def find_institutions(text: str, tokens: list[Token]) -> list[InstMention]:
    out: list[InstMention] = []
    for i in _starts(tokens):
        tok = tokens[i]
        restored = _article_dropped(tokens, i) if tok.is_word and _may_lack_article(tok.norm) else None
        if restored is not None:
            for m in find_institutions(text, restored[i : i + _RESTORED_REACH]):
                if m.first == 0:
                    m.first, m.last, m.parent = m.first + i, m.last + i, None
                    out.append(m)
            continue
        if tok.is_word and _and_lam_head(tok.norm):
            bare = [tok._replace(text=tok.text[1:], norm=tok.norm[1:], start=tok.start + 1),
                    *tokens[i + 1 : i + _RESTORED_REACH]]
            for m in find_institutions(text, bare):  # "ولجنة X" read as "لجنة X"
                if m.first == 0:
                    m.first, m.last, m.parent = m.first + i, m.last + i, None
                    out.append(m)
            continue
        seated = _seated_service(text, tokens, i) if tok.norm in _SEATED_FIRSTS else None
        if seated is not None:
            out.append(seated)
            continue
        health = _health_of_region(text, tokens, i) if tok.norm in _SIHHA_FORMS else None
        if health is not None:
            out.append(health)  # "صحة جدة", "بصحة حفر الباطن": a region's health directorate (ext-t122)
            continue
        if tok.norm == _AL_AMN and _public_security(tokens, i):
            s, en = tok.start, tokens[i + 1].end
            out.append(InstMention(i, i + 2, s, en, text[s:en], "public_body", 2))  # "مدير الأمن العام" (ext-t77)
            continue
        latin = _latin_named(text, tokens, i) if tok.is_word and strip_clitic(tok.norm)[0] in _LATIN_HEADS else None
        if latin is not None:
            out.append(latin)  # "صحيفة The New York Times" (ext-t40)
            continue
        service = _national_service(text, tokens, i) if tok.norm.endswith(_SERVICE_ENDS) else None
        if service is not None:
            out.append(service)  # "الخارجية الأمريكية", "قناة «X»", "إذاعة mix fm" (ext-t86)
            continue
        eponym_city = _eponym_city(text, tokens, i) if tok.is_word and strip_clitic(tok.norm)[0] == _MADINA else None
        if eponym_city is not None:
            out.append(eponym_city)  # "مدينة X بن Y للخدمات الإنسانية" (ext-t78)
            continue
        branch = _branch_of_body(text, tokens, i) if strip_clitic(tok.norm)[0] == _BRANCH else None
        if branch is not None:
            out.append(branch)  # "فرع وزارة العدل بمنطقة الرياض": a body's branch in a region (ext-t111)
            continue
        service = _state_service(text, tokens, i) if strip_clitic(tok.norm)[0] in _SERVICE_HEADS else None
        if service is not None:
            out.append(service)  # "مصلحة الجمارك العامة", "بمصلحة الزكاة والدخل", "قوة الطوارئ بعسير" (inst)
            continue
        team = _volunteer_team(text, tokens, i) if tok.norm in _FARIQ_FORMS else None
        if team is not None:
            out.append(team)  # "فريق X التطوعي", "فريق سفراء التطوع": a volunteer team (ext-t150)
            continue
        if tok.norm in _BALADIYA_FORMS and not may_open(tok.norm):
            village = _village_municipality(text, tokens, i, len(tok.norm) - len(_BALADIYA))
            out.extend([village] if village is not None else [])  # "وبلدية X", "وبلدية وادي X" (ext-t111)
            continue
        if not tok.is_word or not may_open(tok.norm):  # no head and no named institution starts here
            continue
        firm = _family_firm(text, tokens, i) if tok.norm.endswith(_FIRM_ENDS) \
            and strip_clitic(tok.norm)[0] in _FIRM_HEADS else None
        if firm is not None:
            out.append(firm)  # "شركة X Y وأولاده العقارية" (ext-t69)
            continue
        before = strip_clitic(tokens[i - 1].norm)[0] if i > 0 and tokens[i - 1].sent == tok.sent else ""
        if before in INSTITUTIONS.NAMESAKES or (before in INSTITUTIONS.ELATIVES and not tok.article):
            continue  # "حديقة جامعة الدول العربية" names a park; "أكبر مجموعة" describes
        if (_quantified(tokens, i) or _count_before(tokens, i)) and not tok.article:
            continue  # "لكل حزب وفق …", "أي شركة": any body, none named (ext-t40)
        if _field_of_study(tokens, i):
            continue  # "حاصل على الدكتوراه في الإدارة العامة": a field of study, no body (ext-t52)
        if _premiership(tokens, i):
            continue  # "لرئاسة وزارة حكومة الوفاق": the premiership of a government, no ministry (ext-t52)
        if _presidency_taken(tokens, i):
            continue  # (inst19b) "بمناسبة توليها رئاسة الجمهورية", "وصوله لرئاسة الحكومة": the office, no body
        if i + 1 < len(tokens) and (_base(tok.norm), tokens[i + 1].norm) in INSTITUTIONS.STAFF_NOUNS:
            continue  # "أعضاء هيئة التدريس بالجامعة": the staff, no body
        if i + 1 < len(tokens) and (_base(tok.norm), tokens[i + 1].norm) in INSTITUTIONS.PLAYING_POSITIONS:
            continue  # "لاعب مركز المحور", "في مركز صانع الألعاب": a player's position, no body (ext-t46)
        named = _named_at(tokens, i)
        if named is not None and named[0] == 1 and i + 1 < len(tokens) and tokens[i + 1].sent == tok.sent \
                and tokens[i + 1].norm in INSTITUTIONS.CROWD_NOUNS:
            named = None  # (mor11) "ألهبت حماس الجمهور": a one-word listed name before an audience is the common
            # noun it also is (enthusiasm), no body
        if named is not None and named[0] == 1 and not tok.article and _and_bare_noun_next(tokens, i + 1):
            named = None  # (tuning202) "ما يشاهده من حماس وإصرار كبيرين": a one-word listed name coordinated with a
            # bare noun that names no body, place or person is the common noun it also is
        head = _head_at(tokens, i) if not _a_room(tokens, i) else None
        if head is not None and _one_of(tokens, i + head[0]):
            continue  # "مجلس إحدى المدن", "إدارة أحد المستشفيات": the body of one of many, none named (aud-inst)
        best: InstMention | None = None
        if head is not None:
            size, clitic, kind = head
            e = _extent(tokens, i, size, kind)
            while e is not None and e > i + size and tokens[e - 1].norm in _DASHES:
                e -= 1  # (inst14) "شركة X الأميركية - تتنافس …": a dash the name's reading took in ends no name
            if e is not None:
                dated = next((k for k in range(i + size, e) if day_of_month_at(tokens, k)), None)
                if dated is not None:  # (tuning196) "وحددت اللجنة التنفيذية السادس والعشرين من فبراير موعدا …":
                    e = dated if dated > i + size else None  # a date in ordinal words ends the body's name
            if e is not None and e - 1 > i + size and e < len(tokens) and tokens[e].norm in _ABOUT \
                    and tokens[e - 1].norm.startswith("لل") and tokens[e].sent == tok.sent \
                    and strip_clitic(tok.norm)[0] not in INSTITUTIONS.TOPIC_HEADS:
                e -= 1  # (tuning196) "اجتماعا بأعضاء مجلس اتحاد الكرة السعودي للنقاش حول …": a purpose, no remit
            if e is not None and strip_clitic(tok.norm)[0] in INSTITUTIONS.TOPIC_HEADS \
                    and _edition(tokens, i + size, e):
                e = None  # "المنتدى الإعلامي الرابع": an event's edition, no body (ext-t95)
            if e is not None and size == 1 and strip_clitic(tok.norm)[0] in _RANKED \
                    and (_edition(tokens, i + 1, i + 2) or (i + 1 < len(tokens) and tokens[i + 1].norm in _STANDINGS)):
                e = None  # "حل في المركز الثاني", "المجموعة الأولى": a rank or a draw's group, no body (ext-t95);
                # "مركز الصدارة", "مركز الوصافة": the top or second place of a table (inst14)
            if e is not None and strip_clitic(tok.norm)[0] == _OFFICE and not _placed(tokens, e) \
                    and not _ends_in_region_seat(tokens, i + size, e) \
                    and not (_director_before(tokens, i) and e == i + 2 and _holder_next(tokens, e)):
                e = None  # "مكتب الشراكة": a unit's desk; "مكتب العمل بالرياض": a local office, its place after it
                # ("مدير مكتب العمل X Y": a director heads it, a named body, ext-t71)
            if e is not None:
                name, s, en = _surface(text, tokens, i, clitic, e)
                best = InstMention(i, e, s, en, name, _refine(name, kind), size)
                if _quoted_company(tokens, i, size, e):  # "شركة «X Y»": the company's own name is the quoted one
                    s, en = tokens[i + 2].start, tokens[e - 2].end  # (ext-t71)
                    best = InstMention(i, e, s, en, text[s:en], _refine(name, kind), size)
        if named is not None:
            size, clitic, kind = named
            if best is None or i + size >= best.last or tokens[i + size].norm[:1] == "و" \
                    or _named_closed(tokens, i, i + size) or _named_before_li(tokens, i, i + size):
                # a listed name followed by "و…" is whole: "منظمة الصحة العالمية وبيوت الخبرة" coordinates two
                name, s, en = _surface(text, tokens, i, clitic, i + size)
                head_len = 1 if fold(name).split()[0] in INSTITUTIONS.GROUP_HEADS else size  # the party in its group
                best = InstMention(i, i + size, s, en, name, kind, head_len)
        if head is not None and i + 1 < len(tokens) and tokens[i + 1].norm in _ITS_BOARD \
                and strip_clitic(tok.norm)[0] == _COUNCIL:
            best = _its_board(text, tokens, out, i)
        if best is not None and named is not None and best.first == i and best.last == i + named[0] \
                and tuple(fold(best.name).split()) in INSTITUTIONS.REGIONAL_SERVICES:
            at = _region_seat_long(tokens, best.last)  # "الدفاع المدني بمنطقة المدينة المنورة": a service's region
            if not at and _service_as_topic(tokens, i):
                continue
            if at:
                best.last += at
                best.end = tokens[best.last - 1].end
                best.name = best.name + text[tokens[best.last - at - 1].end : best.end]
        if strip_clitic(tok.norm)[0] == _SHARIKA and (best is None or best.kind == "company"):
            best = _company_quoted_after(text, tokens, i, best)  # "شركة "X" الصينية", "شركة التطوير العقاري "X""
            best = best or _one_word_firm(text, tokens, i, out)  # "وشركة X،" (inst)
        if best is None and tok.norm in _QUOTED_NAME_HEADS:
            best = _headed_quoted_name(text, tokens, i)  # "وكالة "X"", "مصرف "X Y"" (r2-inst)
        if best is None and head is not None and _quote_next(tokens, i):
            best = _quoted_ministry(text, tokens, i)
        if best is None and strip_clitic(tok.norm)[0] == _IDARA:
            best = _department(text, tokens, i) or _parent_department(text, tokens, out, i) \
                or _cued_department(text, tokens, out, i)
        if best is None and strip_clitic(tok.norm)[0] == _SHURTA:
            best = _police_of_place(text, tokens, i)
        if best is None and tok.norm.endswith(_AL_IDARA) and len(tok.norm) <= len(_AL_IDARA) + 2:
            best = _seated_department(text, tokens, i)  # "الإدارة الإعلامية بوزارة الخارجية" (ext-t122)
        if best is None and tok.norm in _COMMITTEE_FORMS:
            best = _event_committee(text, tokens, i, len(tok.norm) - len(_AL_LAJNA_KEY)) \
                or _committee_in_event(text, tokens, i, len(tok.norm) - len(_AL_LAJNA_KEY))
        if best is None and tok.norm in _BALADIYA_FORMS:
            best = _village_municipality(text, tokens, i, len(tok.norm) - len(_BALADIYA))
        if best is None and strip_clitic(tok.norm)[0] == _EMIRATE_NOUN:
            best = _region_emirate(text, tokens, i)  # "وكيل إمارة الباحة" (ext-t154)
        if best is not None:
            out.append(best)
    out = _treatment_end(tokens, _any_body_s_unit(tokens, _eponym_nisba_end(tokens, out)))  # (inst2s)
    out = _seat_cut_short(text, tokens, out)
    return _prune(tokens, _branch_bodies(tokens, _quoted_aliases_named(text, tokens, _emirate_seats(
        text, tokens, _missions(text, tokens, _two_ministries(text, tokens, _quoted_list_after_plural(
            text, tokens, out)))))))


def _eponym_nisba_end(tokens: list[Token], found: list[InstMention]) -> list[InstMention]:
    """(inst2s) "الالتحاق بكلية الملك X الأمنية الضباط الجامعيين", "أوضحت المديرية العامة لكلية الملك X الأمنية
    للمقبولين": in a name whose head is named after a person, a nisba after the eponym closes it; a definite word that
    is no nisba (the verb's object or who the text speaks of) or "لل" + a plural of persons (the addressees) after that
    nisba is no word of the name."""
    for m in found:
        if not any(strip_clitic(t.norm)[0] in INSTITUTIONS.EPONYM_HEADS or _base(t.norm) in INSTITUTIONS.EPONYM_HEADS
                   for t in tokens[m.first : m.last - 2]):
            continue
        for k in range(m.first + 3, m.last):
            prev, tok = tokens[k - 1], tokens[k]
            if not _nisba_word(prev) or tokens[k - 2].article or _nisba_word(tok) or is_nationality(tok.norm):
                continue
            if (tok.norm.startswith("ال") and tok.is_word and not _adjective_form(tok.norm)) or (
                    tok.norm.startswith("لل") and tok.norm.endswith(("ين", "يين")) and tok.norm[2:3] == "م"):
                cut = m.end - prev.end
                m.name, m.last, m.end = m.name[: len(m.name) - cut], k, prev.end
                break
    return found


_UNIT_HOLDERS = frozenset(fold(w) for w in ("رئيس", "رئيسة", "عضو", "عضوة", "أعضاء", "مدير", "مديرة", "نائب", "أمين",
                                            "مقرر", "منسق"))
_ANY_BODY_S_UNITS = frozenset(fold(w) for w in ("غرفة العمليات", "ديوان الوزارة", "مركز الشرطة"))
"""(not "لجنة التحكيم": a jury is written with its chair and members, "برئاسة X وعضوية Y", whose posts name it; not
"هيئة المحكمة": a court's bench decides, "قررت هيئة المحكمة", and an older rule names it)"""


def _any_body_s_unit(tokens: list[Token], found: list[InstMention]) -> list[InstMention]:
    """(inst2s) "تلقت غرفة العمليات بلاغا", "داخل ديوان الوزارة", "حملوه إلى مركز الشرطة": a unit every body of its
    kind has (an operations room, a ministry's head office, a police station), written with no owner after it (nor
    with a run-on definite word: "زودت غرفة العمليات المسعفين"), names no body (the sets keep them optional); with
    its owner ("غرفة عمليات الهلال الأحمر") it is read as before, and so is the unit of an office ("مدير غرفة
    العمليات X": the post's)."""
    return [m for m in found if m.last - m.first < 2 or not all(t.norm.startswith("ال") for t in tokens[
        m.first + 2 : m.last]) or not {" ".join((first, tokens[m.first + 1].norm)) for first in (
        tokens[m.first].norm, strip_clitic(tokens[m.first].norm)[0], _base(tokens[m.first].norm))} & _ANY_BODY_S_UNITS
        or (m.first > 0 and strip_clitic(tokens[m.first - 1].norm)[0] in _UNIT_HOLDERS)]


_HOSPITAL_HEADS = frozenset(fold(w) for w in ("مستشفى", "مستوصف", "مستشفيات"))
_TREATMENT = fold("علاج")


def _treatment_end(tokens: list[Token], found: list[InstMention]) -> list[InstMention]:
    """(inst2s) "نقل المصاب إلى مستشفى X العام لتلقي العلاج", "يرقد في مستشفى X الوطني للعلاج من وعكة": after a
    hospital's name, "ل" + a verbal noun of the تفعّل form ("لتلقي", "للتأكد") or "للعلاج" + "من" says why the patient
    is there, no word of the hospital's name (its fields are nouns: "للنساء والولادة", "للأطفال", "للعيون")."""
    for m in found:
        if strip_clitic(tokens[m.first].norm)[0] not in _HOSPITAL_HEADS:
            continue
        for k in range(m.first + 2, m.last):
            norm = tokens[k].norm
            bare = norm[2:] if norm.startswith("لل") else norm[1:] if norm[:1] == "ل" else ""
            if (len(bare) == 4 and bare[0] == "ت" and not bare.endswith("ه")) or (
                    bare == _TREATMENT and k + 1 < len(tokens) and tokens[k + 1].norm == "من"):
                cut = m.end - tokens[k - 1].end
                m.name, m.last, m.end = m.name[: len(m.name) - cut], k, tokens[k - 1].end
                break
    return found


def _seat_cut_short(text: str, tokens: list[Token], found: list[InstMention]) -> list[InstMention]:
    """(inst2s) "قسم الصحة بجامعة الإمام محمد بن سعود الإسلامية", "كلية الطب بجامعة الأمير X بن Y": a unit whose
    name ends inside the body it sits in ("ب"/"ل" + that body's head, read on its own to a longer end) was cut at the
    eponym's first given name; it runs to the end of that body's name (not to an acronym in brackets after it)."""
    for m in found:
        seat = max((o for o in found if m.first + m.head_len < o.first < m.last - 1 < o.last - 1
                    and tokens[o.first].norm[:1] in "بل" and tokens[o.last - 1].sent == tokens[m.first].sent
                    and o.end > m.end and tokens[m.last].is_word), key=lambda o: o.last, default=None)
        if seat is not None:
            m.name += text[m.end : seat.end]
            m.last, m.end = seat.last, seat.end
    return found


_BOARD_HOLDERS = frozenset(fold(w) for w in ("رئيس", "رئيسة", "ورئيس", "ورئيسة", "لرئيس", "عضو", "عضوة", "وعضو",
                                             "وعضوة", "أعضاء", "وأعضاء", "رئيسا", "عضوا"))
_BOARD_IDARA = frozenset(fold(w) for w in ("إدارة", "الإدارة", "إدارته", "إدارتها"))


def _board(tokens: list[Token], m: InstMention) -> bool:
    return m.last - m.first >= 2 and strip_clitic(tokens[m.first].norm)[0] == _COUNCIL \
        and tokens[m.first + 1].norm in _BOARD_IDARA


def _held_board(tokens: list[Token], m: InstMention) -> bool:
    """A board named inside a member's or its head's office: "رئيس مجلس إدارة شركة X", "وعضو مجلس الإدارة"."""
    return m.first > 0 and tokens[m.first].norm == _COUNCIL and tokens[m.first - 1].norm in _BOARD_HOLDERS


def _titled_boards(tokens: list[Token], found: list[InstMention]) -> set[int]:
    """(finst) Without a board that the text names only inside its head's or a member's office ("قال رئيس مجلس
    إدارة شركة X …", "عضو مجلس إدارة النادي"): the office is the fact there, the body is the company or club it
    names, and the golds list such a board at most as optional (a board that meets, decides or is thanked anywhere in
    the text — "وافق مجلس إدارة X", "قرر مجلس الإدارة", "رحب بمجلس الإدارة" — keeps every mention)."""
    boards = {idx for idx, m in enumerate(found) if _board(tokens, m)}
    if any(not _held_board(tokens, found[idx]) for idx in boards):
        return set()
    return boards


_MISSION_FORMS = frozenset(fold(w) for w in ("بعثة", "وبعثة", "لبعثة", "ببعثة", "وببعثة", "ولبعثة"))


def _missions(text: str, tokens: list[Token], found: list[InstMention]) -> list[InstMention]:
    """(r2-inst) "بعثة الأمم المتحدة", "وبعثة الاتحاد الأوروبي": "بعثة" before a body the gazetteer names is that
    body's mission, a body of its own (the named body stays one too). Not before any other word ("بعثة الفريق",
    "بعثة المنتخب": a team's travelling party)."""
    out = list(found)
    for i, tok in enumerate(tokens):
        if tok.norm not in _MISSION_FORMS or i + 1 >= len(tokens) or tokens[i + 1].sent != tok.sent:
            continue
        named = _named_at(tokens, i + 1)
        if named is None or named[1] != 0 or any(m.first <= i < m.last for m in out):
            continue
        s, en = tok.start + len(tok.norm) - len(_MISSION), tokens[i + named[0]].end
        out.append(InstMention(i, i + 1 + named[0], s, en, text[s:en], "other", 1))
    return out


_MISSION = fold("بعثة")
_DUAL_MINISTRIES = frozenset(fold(w) for w in ("وزارتي", "وزارتا"))


def _two_ministries(text: str, tokens: list[Token], found: list[InstMention]) -> list[InstMention]:
    """(r2-inst) "وزارتي الدفاع والداخلية", "وزارتا التعليم والصحة": the dual of "وزارة" before two fields joined by
    "و" names two ministries, "وزارة X" and "وزارة Y". Read only when each field is one definite word (the second may
    keep nisba adjectives: "والشؤون الإسلامية", "والتعليم العالي") and no third "و" item follows (in "وزارتي التربية
    والتعليم والتعليم العالي" which words make each field is not sure); a dual adjective after them ("الألمانيتين")
    is left out."""
    out = list(found)
    for i, tok in enumerate(tokens):
        if not tok.is_word or (tok.norm not in _DUAL_MINISTRIES
                               and strip_clitic(tok.norm)[0] not in _DUAL_MINISTRIES) or i + 2 >= len(tokens):
            continue
        a, b = tokens[i + 1], tokens[i + 2]
        if not (a.is_word and a.article and b.is_word and b.norm.startswith("وال") and len(b.norm) >= 5
                and a.sent == b.sent == tok.sent) or a.norm.endswith(("ي", "يه")):
            continue
        e = i + 3
        while e < len(tokens) and tokens[e].sent == tok.sent and _nisba_word(tokens[e]) \
                and not tokens[e].norm.endswith(("ين", "تين")):
            e += 1
        if e < len(tokens) and tokens[e].sent == tok.sent and tokens[e].is_word and tokens[e].norm[:1] == "و" \
                and (tokens[e].norm.startswith("وال") or may_open(tokens[e].norm[1:])):
            continue  # a third item: the fields' bounds are not sure
        if any(m.first <= i < m.last or m.first <= i + 1 < m.last for m in out):
            continue
        head = "وزارة "
        s1, e1 = tok.start + (0 if tok.norm in _DUAL_MINISTRIES else strip_clitic(tok.norm)[1]), a.end
        out.append(InstMention(i, i + 2, s1, e1, head + a.text, "ministry", 1))
        s2, e2 = b.start + 1, tokens[e - 1].end
        out.append(InstMention(i + 2, e, s2, e2, head + text[s2:e2], "ministry", 1))
    return out


_QUOTED_NAME_HEADS = frozenset(fold(w) for w in ("وكالة", "لوكالة", "بوكالة", "ووكالة", "مصرف", "لمصرف", "بمصرف",
                                                "ومصرف", "بنك", "لبنك", "ببنك", "وبنك"))
"""(r2-inst) Indefinite heads of an agency or a bank right before its own name in straight quotes ("وكالة "X"",
"مصرف "X Y""), read as for "شركة" (ext-t130's :func:`_company_quoted_after`)."""
_BARE_QUOTED_HEADS = frozenset(fold(w) for w in ("وكالة", "مصرف", "بنك"))
_WAKALA = fold("وكالة")


def _headed_quoted_name(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """(r2-inst) "وكالة "X"", "بنك "X"": the head and the quoted name it precedes make the body's name ("بنك X", as the
    same bank is named without quotes elsewhere; the quoted words alone are the name only after "شركة", ext-t71)."""
    quoted = _company_quoted_after(text, tokens, i, None)
    if quoted is None:
        return None
    clitic = strip_clitic(tokens[i].norm)[1] if tokens[i].norm not in _BARE_QUOTED_HEADS else 0
    s = tokens[i].start + clitic
    return InstMention(i, quoted.last, s, tokens[quoted.last - 1].end, text[s : tokens[i].end] + " " + quoted.name,
                       "company" if tokens[i].norm[clitic:] != _WAKALA else "other", 1)


_PLURAL_BODY_HEADS = frozenset(fold(w) for w in ("وكالات", "شركات", "مصارف", "بنوك", "الوكالات", "الشركات",
                                                "المصارف", "البنوك"))
_WAKALAT = frozenset(fold(w) for w in ("وكالات", "الوكالات"))
_LIST_OPENING_REACH = 6
_LIST_JOINTS = frozenset({"و", "،", ","})
_QUOTED_INNER = frozenset({"-", ".", "&", "'"})
_LIST_OPENERS = frozenset(fold(w) for w in ("منها", "ومنها", "مثل", "هي", "وهي", "عدة", "الثلاث", "الثلاثة",
                                           "الأربع", "الكبرى"))


def _listed_quote(tokens: list[Token], j: int) -> int | None:
    """Index of the closing straight or curly quote of a name of one to six words quoted from ``tokens[j]`` in one
    sentence (Latin names may hold "&", "." or "-": "AK&M"); None if ``tokens[j]`` opens none."""
    if j >= len(tokens) or tokens[j].norm not in _QUOTE_CLOSINGS:
        return None
    closing, words = _QUOTE_CLOSINGS[tokens[j].norm], 0
    for k in range(j + 1, min(j + 12, len(tokens))):
        tok = tokens[k]
        if tok.sent != tokens[j].sent:
            return None
        if tok.norm == closing:
            return k if 0 < words <= 6 else None
        if tok.is_word:
            words += 1
        elif tok.norm not in _QUOTED_INNER:
            return None
    return None


def _quoted_list_after_plural(text: str, tokens: list[Token], found: list[InstMention]) -> list[InstMention]:
    """(r2-inst) "وكالات التصنيف العالمية الثلاث "X" و"Y" و"Z"", "عدة وكالات تصنيف منها "X" و"Y"", "شركات "X"،
    "Y" و"Z"": a plural of agencies, companies or banks, a few words that describe them, then two quoted names or
    more joined by "و" or a comma: each quoted name is a body of that kind. One quoted name alone is left (a
    product, a slogan or a word in quotes is as likely)."""
    out = list(found)
    for i, tok in enumerate(tokens):
        base = tok.norm if tok.norm in _PLURAL_BODY_HEADS else strip_clitic(tok.norm)[0]
        if not tok.is_word or base not in _PLURAL_BODY_HEADS:
            continue
        j = i + 1
        while j < len(tokens) and j - i <= _LIST_OPENING_REACH and tokens[j].is_word and tokens[j].sent == tok.sent \
                and (j == i + 1 or tokens[j].article or tokens[j].norm.endswith(("يه", "ي"))
                     or tokens[j].norm in _LIST_OPENERS):
            j += 1  # the head's genitive ("تصنيف"), its definite or nisba adjectives, "منها", "مثل" (no verb, no
            # object: "شركات كثيرة تبيع منتجات "X" و"Y"" quotes no names)
        spans: list[tuple[int, int]] = []
        close = _listed_quote(tokens, j) if j < len(tokens) and tokens[j].sent == tok.sent else None
        while close is not None:
            spans.append((j, close))
            k = close + 1
            while k < len(tokens) and k <= close + 2 and tokens[k].norm in _LIST_JOINTS:
                k += 1
            if k == close + 1 or k >= len(tokens) or tokens[k].sent != tok.sent:
                break
            j, close = k, _listed_quote(tokens, k)
        if len(spans) < 2:
            continue
        kind = "company" if base not in _WAKALAT else "other"
        for a, b in spans:
            if any(m.first <= a + 1 < m.last for m in out):
                continue  # (already read, e.g. "شركة "X"")
            s, en = tokens[a + 1].start, tokens[b - 1].end
            out.append(InstMention(a + 1, b, s, en, text[s:en], kind, 1))
    return out


_EMIRATE = fold("الإمارة")
_AT_EMIRATE = frozenset(fold(w) for w in ("بالإمارة", "وبالإمارة"))
_EMIRATE_NOUN = fold("إمارة")
_AT_EMIRATE_NOUN = frozenset(fold(w) for w in ("بإمارة", "وبإمارة"))
_THE_REGION = fold("المنطقة")
_HIS_OFFICE_WORDS = frozenset(fold(w) for w in ("مكتبه", "بمكتبه", "ومكتبه"))
_OFFICE_WORDS = frozenset(fold(w) for w in ("مكتب", "بمكتب", "ومكتب"))
_HIS_STYLES = frozenset(fold(w) for w in ("سموه", "معاليه", "سعادته"))
_SEAT_NOUNS = frozenset(fold(w) for w in ("مقر", "بمقر", "وبمقر", "مبنى", "بمبنى", "وبمبنى"))
EMIRATE_SEAT_NAMES = frozenset(fold(w) for w in ("الإمارة", "إمارة المنطقة"))
"""The names of an emirate's seat mentions (``_emirate_seats``), folded; the facts name them after the region its
emir's office names (build.py)."""


_SAUDI_REGIONS = frozenset(tuple(fold(w) for w in r.split()) for r in (
    "الرياض", "مكة المكرمة", "المدينة المنورة", "القصيم", "المنطقة الشرقية", "عسير", "تبوك", "حائل",
    "الحدود الشمالية", "جازان", "جيزان", "نجران", "الباحة", "الجوف"))
"""The thirteen regions of Saudi Arabia, each governed by an emir ("أمير منطقة X") at the head of its emirate."""
_SAUDI_REGION_LEN = 2


def _region_emirate(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """(ext-t154) "وكيل إمارة الباحة", "ودعت إمارة عسير", "وكيل إمارة الحدود الشمالية": "إمارة" before the name of
    one of Saudi Arabia's regions, without "منطقة" ("إمارة منطقة X" is a head of the lexicon already), is that
    region's emirate, a body; not before any other place ("إمارة دبي", "إمارة موناكو": a state, no body of the
    region's administration), nor when the region's name runs on into a longer place ("إمارة مكة" is read as
    "إمارة مكة المكرمة" only when so written)."""
    for size in range(_SAUDI_REGION_LEN, 0, -1):
        e = i + 1 + size
        if e > len(tokens) or any(t.sent != tokens[i].sent for t in tokens[i + 1 : e]):
            continue
        if tuple(t.norm for t in tokens[i + 1 : e]) in _SAUDI_REGIONS:
            clitic = len(tokens[i].norm) - len(_EMIRATE_NOUN)
            name, s, en = _surface(text, tokens, i, clitic, e)
            return InstMention(i, e, s, en, name, "other", 1)
    return None


def _emirate_seats(text: str, tokens: list[Token], found: list[InstMention]) -> list[InstMention]:
    """(ext-t154) "استقبل أمير منطقة X في مكتبه بالإمارة", "… في مكتب سموه بالإمارة", "بمقر الإمارة", "في مبنى
    الإمارة", "بمقر إمارة المنطقة": the emirate whose office or seat a text names by the bare definite noun (or
    "إمارة المنطقة") is a body of the text (the region's emirate, named after the emir's office when the facts are
    built, ``build.py``) and the body of a meeting held there (``events/slots.py``). Only after an office or seat
    word: the bare noun alone is mostly another country's emirate ("تعد الإمارة وجهة سياحية"), and "ديوان الإمارة"
    is a body of its own already."""
    index = word_index(tokens) if len(tokens) > _RESTORED_REACH else WordIndex(tokens)
    seats = []
    for k in index.of(_AT_EMIRATE | _AT_EMIRATE_NOUN | {_EMIRATE, _EMIRATE_NOUN}):
        if k == 0 or tokens[k - 1].sent != tokens[k].sent or any(m.first <= k < m.last for m in found):
            continue
        base = strip_clitic(tokens[k].norm)[0] if tokens[k].norm not in (_EMIRATE, _EMIRATE_NOUN) else tokens[k].norm
        size = 1 if base == _EMIRATE else 2  # "بإمارة المنطقة"
        if size == 2 and not (k + 1 < len(tokens) and tokens[k + 1].norm == _THE_REGION
                              and tokens[k + 1].sent == tokens[k].sent):
            continue
        before = tokens[k - 1].norm
        if tokens[k].norm == base:
            if before not in _SEAT_NOUNS:
                continue
        elif before not in _HIS_OFFICE_WORDS and not (before in _HIS_STYLES and k > 1
                                                      and tokens[k - 2].norm in _OFFICE_WORDS):
            continue
        clitic = len(tokens[k].norm) - len(base)
        name, s, en = _surface(text, tokens, k, clitic, k + size)
        seats.append(InstMention(k, k + size, s, en, name, "other", size))
    out = list(found)
    for seat in seats:  # (in text order among the others, which keep theirs)
        out.insert(next((n for n, m in enumerate(out) if m.first > seat.first), len(out)), seat)
    return out


def _quoted_aliases_named(text: str, tokens: list[Token], found: list[InstMention]) -> list[InstMention]:
    """(ext-t130) "شركة X Y Z "W" … لشركة "W"": a company named later by the quoted short name that followed its full
    name is that company; so is "شركة Y" after a company quoted as "Y Z" ("لشركة "طيران X"" … "شركة X"). The later
    mention takes the earlier name (its evidence stays its own words), so the two are one body."""
    aliases: dict[str, str] = {}
    tails: dict[str, str] = {}
    for m in found:
        if m.kind != "company":
            continue
        close = _quoted_span(tokens, m.last)
        if close is not None and m.last - m.first >= 2:
            aliases.setdefault(fold(text[tokens[m.last + 1].start : tokens[close - 1].end]), m.name)
            continue
        quoted = m.first + 1 < len(tokens) and tokens[m.first + 1].norm in _QUOTE_CLOSINGS
        full = aliases.get(fold(m.name)) if quoted else tails.get(fold(m.name))
        if full is not None:
            m.name = full
        elif quoted and len(m.name.split()) >= 2:
            tails.setdefault(fold(_SHARIKA_WORD + " " + m.name.split()[-1]), m.name)
            # "شركة "طيران X"" then "شركة X": the company said again by its name's last word
    return found


_SHARIKA_WORD = "شركة"


_COUNCIL = fold("مجلس")
_OFFICE = fold("مكتب")
_IDARA = fold("إدارة")
_BOARD_WORDS = frozenset(fold(w) for w in ("مجلس", "لمجلس", "بمجلس", "ومجلس", "المجلس"))


_BRANCH = fold("فرع")
_BRANCH_KINDS = frozenset(("ministry", "public_body", "association", "company"))


def _branch_of_body(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """ "فرع وزارة العدل بمنطقة الرياض", "لفرع الهيئة العامة للسياحة في منطقة حائل", "فرع الجمعية الخيرية بجدة":
    an indefinite "فرع" in construct with a named ministry, public body, society or company, then the branch's seat
    (ب/في + a region noun and its name, or ب + a known place) is a body of its own, a deconcentrated service, beside
    the body it belongs to (which is still found at its own head). With no seat after the body ("فرع الجمعية",
    "فرع وزارة العدل أمس") nothing is read: most texts then name the body, not a branch (ext-t111)."""
    tok = tokens[i]
    c = i + 1
    if tok.article or c >= len(tokens) or tokens[c].sent != tok.sent or not tokens[c].is_word:
        return None
    if not may_open(tokens[c].norm):
        return _branch_in_region(text, tokens, i, None)
    head = _head_at(tokens, c)
    if head is None or head[1] != 0 or head[2] not in _BRANCH_KINDS:
        return _branch_in_region(text, tokens, i, head)
    e = _extent(tokens, c, head[0], head[2])
    named = _named_at(tokens, c)
    if named is not None and named[1] == 0:
        e = max(e or 0, c + named[0])
    if not e or e <= c:
        return _branch_in_region(text, tokens, i, head)
    at = _region_seat_long(tokens, e) or _seat(tokens, e)
    if not at and any(_region_seat_long(tokens, k) == e - k or _seat(tokens, k) == e - k for k in range(c + 1, e)):
        e, at = e - 1, 1  # "فرع الجمعية … بتازة": a society's name read with its seat already ends in it
    if not at and e + 2 < len(tokens) and tokens[e].norm == "في" and tokens[e + 1].norm in CHAINS.REGION_NOUNS \
            and tokens[e + 2].sent == tok.sent:
        at = 1 + _region_seat_long([tokens[e], Token("ب" + tokens[e + 1].text, "ب" + tokens[e + 1].norm,
                                                     tokens[e + 1].start, tokens[e + 1].end, tokens[e + 1].sent,
                                                     True), *tokens[e + 2 : e + 5]], 1)
        at = at if at > 1 else 0
    if not at or tokens[e + at - 1].sent != tok.sent:
        return None
    clitic = len(tok.norm) - len(strip_clitic(tok.norm)[0])
    name, s, en = _surface(text, tokens, i, clitic, e + at)
    return InstMention(i, e + at, s, en, name, "local_service", 1)


def _branch_in_region(text: str, tokens: list[Token], i: int, head: tuple[int, int, str] | None) -> InstMention | None:
    """(inst) "فرع الوزارة بمنطقة مكة المكرمة", "فرع الجمعية بمحافظة X", "فرع الإفتاء بمنطقة عسير", "فرع الوزارة
    بالمنطقة الشرقية": an indefinite "فرع" in construct with one definite word — a body's bare head (of the kinds a
    branch belongs to) or a field of the state's work — then a region noun and its name (or a Saudi region by its
    description) is the body's branch in that region, a body of its own. Only a region's seat: after a city or a
    bare "بالمنطقة" the words may name a place of the body's work, not its branch ("فرع الهيئة بالمنطقة")."""
    c = i + 1
    if c + 2 >= len(tokens) or not tokens[c].article or not tokens[c].is_word or is_stop(tokens[c].norm) \
            or tokens[i].norm[:1] == "ب":
        return None  # ("استقبل … بفرع الوزارة بمنطقة X": where a meeting is held, its place is the region's)
    if head is not None and (head[0] != 1 or head[1] != 0 or head[2] not in _BRANCH_KINDS):
        return None
    if head is None and (_head_at(tokens, c) is not None or not derived_verbal_noun(tokens[c].norm[2:])):
        return None
    at = _region_seat_long(tokens, c + 1) or _described_region_len(
        [Token(tokens[c + 1].text[1:], tokens[c + 1].norm[1:], tokens[c + 1].start + 1, tokens[c + 1].end,
               tokens[c + 1].sent, True), *tokens[c + 2 : c + 3]], 0) if tokens[c + 1].norm[:1] == "ب" else 0
    if not at or tokens[c + at].sent != tokens[i].sent:
        return None
    clitic = len(tokens[i].norm) - len(strip_clitic(tokens[i].norm)[0])
    name, s, en = _surface(text, tokens, i, clitic, c + 1 + at)
    return InstMention(i, c + 1 + at, s, en, name, "local_service", 1)


_MASLAHA = fold("مصلحة")
_STATE_SERVICE_FIELDS = frozenset(fold(w) for w in ("الجمارك", "الزكاة", "السجون", "الضرائب", "الأرصاد",
                                                    "الإحصاءات"))


def _service_end(tokens: list[Token], e: int) -> int:
    """(inst) The end of "مصلحة الجمارك العامة", "مصلحة الزكاة والدخل", "مصلحة الإحصاءات العامة والمعلومات": the
    field and up to two definite words after it (an adjective, or a second field after "و"); a bare word ends the
    name ("في مصلحة الجمارك وتولي التدريب": "and taking up", the clause goes on)."""
    for _ in range(2):
        if e < len(tokens) and tokens[e].sent == tokens[e - 1].sent and tokens[e].is_word \
                and tokens[e].norm.startswith(("ال", "وال")) and not is_stop(tokens[e].norm):
            e += 1
    return e


def _force_end(tokens: list[Token], e: int) -> int | None:
    """(inst) The end of "قوة الطوارئ [الخاصة] [بعسير | بمنطقة عسير]": the force's field, "الخاصة" and its seat;
    None when another adjective follows the field ("قوة الطوارئ الصحية": a strength, or a kind of emergency)."""
    if e < len(tokens) and tokens[e].sent == tokens[e - 1].sent and tokens[e].norm in _OWN:
        e += 1
    elif e < len(tokens) and tokens[e].sent == tokens[e - 1].sent and tokens[e].norm.startswith("ال"):
        return None
    return e + (_region_seat_long(tokens, e) or _saudi_region_seat(tokens, e))


def _saudi_region_seat(tokens: list[Token], e: int) -> int:
    """(inst) Tokens of "بعسير", "بالمنطقة الشرقية": ب + the name of one of Saudi Arabia's regions (not of a city:
    "قوة الطوارئ بأبها" is the force in the city where something happened), or 0."""
    if e >= len(tokens) or tokens[e].norm[:1] != "ب" or len(tokens[e].norm) < 4:
        return 0
    first = tokens[e].norm[1:]
    for size in range(_SAUDI_REGION_LEN, 0, -1):
        words = (first, *(t.norm for t in tokens[e + 1 : e + size] if t.sent == tokens[e].sent))
        if len(words) == size and words in _SAUDI_REGIONS:
            return size
    return 0


_QUWWA = fold("قوة")
_SECURITY_FORCE_FIELDS = frozenset(fold(w) for w in ("الطوارئ", "الجوازات", "المهمات", "الردع"))
_SERVICE_HEADS = {_MASLAHA: _STATE_SERVICE_FIELDS, _QUWWA: _SECURITY_FORCE_FIELDS}


def _state_service(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """(inst) "مصلحة الجمارك العامة", "بمصلحة الزكاة والدخل", "مصلحة السجون الإسرائيلية": "مصلحة" in construct
    with a field of the state's own services (customs, alms tax, prisons, taxes, weather, statistics) is that
    service, a body, read on as any body's name; "مصلحة" before anything else is an interest ("مصلحة المواطن",
    "لما فيه مصلحة البلدين"), no body. So is "قوة" before a field of the security forces ("قوة الطوارئ الخاصة
    بعسير", "قوة الجوازات"): a force, a body like "قوات الطوارئ"; before anything else a strength ("قوة الاقتصاد")."""
    c = i + 1
    base = strip_clitic(tokens[i].norm)[0]
    if c >= len(tokens) or tokens[c].sent != tokens[i].sent or tokens[c].norm not in _SERVICE_HEADS[base] \
            or (i > 0 and tokens[i - 1].norm in _INTEREST_BEFORE):
        return None
    e = _service_end(tokens, c + 1) if base == _MASLAHA else _force_end(tokens, c + 1)
    if e is None or e <= c:
        return None
    clitic = len(tokens[i].norm) - len(base)
    name, s, en = _surface(text, tokens, i, clitic, e)
    return InstMention(i, e, s, en, name, "public_body", 1)


_INTEREST_BEFORE = frozenset(fold(w) for w in ("فيه", "لما"))  # "لما فيه مصلحة …": an interest


def _branch_named_before(tokens: list[Token], found: list[InstMention]) -> None:
    """(inst) "فرع وزارة العمل بالمنطقة الشرقية … فرع الوزارة بالمنطقة الشرقية": a branch named by its body's bare
    head ("فرع الوزارة", :func:`_branch_in_region`) in the region of a branch the text names in full with that head
    is that branch again; it takes the full name, so the facts hold one body."""
    branches = [m for m in found if m.head_len == 1 and m.last - m.first >= 3
                and strip_clitic(tokens[m.first].norm)[0] == _BRANCH]
    for m in branches:
        word = tokens[m.first + 1]
        if not word.article or m.last - m.first > 5:
            continue
        seat = [t.norm for t in tokens[m.first + 2 : m.last]]
        full = next((o for o in branches if o is not m and tokens[o.first + 1].norm == word.norm[2:]
                     and [t.norm for t in tokens[o.last - len(seat) : o.last]] == seat), None)
        if full is not None:
            m.name = full.name


def _branch_bodies(tokens: list[Token], found: list[InstMention]) -> list[InstMention]:
    """Without the body inside a branch's name ("وزارة العدل" in "فرع وزارة العدل بمنطقة الرياض"): the branch is
    that body in its region, one body, not two (the gold lists "فرع X بمنطقة Y" and "X" as one body's names; X named
    on its own elsewhere in the text is still found there) (ext-t111)."""
    starts = {m.first + 1 for m in found if m.head_len == 1 and strip_clitic(tokens[m.first].norm)[0] == _BRANCH}
    _branch_named_before(tokens, found)
    if not starts:
        return found
    spans = [(m.first, m.last) for m in found if m.first + 1 in starts and m.head_len == 1
             and strip_clitic(tokens[m.first].norm)[0] == _BRANCH]
    return [m for m in found if not any(f < m.first and m.last <= e for f, e in spans)]


def _region_seat_long(tokens: list[Token], e: int) -> int:
    """Like :func:`_region_seat`, with a region's name of two words the gazetteer knows ("بمنطقة المدينة المنورة")."""
    at = _region_seat(tokens, e)
    return max(at, 1 + place_len(tokens, e + 1)) if at else 0


_DEGREES = frozenset(fold(w) for w in ("الدكتوراه", "دكتوراه", "الدكتوراة", "دكتوراة", "الماجستير", "ماجستير",
                                        "البكالوريوس", "بكالوريوس", "الليسانس", "ليسانس", "الدبلوم", "دبلوم"))
_FI = fold("في")


def _field_of_study(tokens: list[Token], i: int) -> bool:
    """ "درجة الدكتوراه في الإدارة العامة", "الماجستير في إدارة الأعمال" (ext-t52): a name right after an academic
    degree and "في" is the field studied, never a body ("تخصص" is left alone: "تخصص الوزارة مبلغا" allocates)."""
    return i > 1 and tokens[i - 1].norm == _FI and tokens[i - 2].sent == tokens[i].sent \
        and strip_clitic(tokens[i - 2].norm)[0] in _DEGREES


_WIZARA = fold("وزارة")


def _premiership(tokens: list[Token], i: int) -> bool:
    """ "اختيار المرشحين لرئاسة وزراء حكومة الوفاق", "لرئاسة وزارة حكومة الوفاق" (ext-t52): "وزارة" before a
    government's name ("حكومة …") is the cabinet that government forms, no ministry (a ministry names its field)."""
    return _WIZARA in (tokens[i].norm, strip_clitic(tokens[i].norm)[0]) and i + 1 < len(tokens) \
        and tokens[i + 1].sent == tokens[i].sent and strip_clitic(tokens[i + 1].norm)[0] == _HUKUMA


_TOPIC_FRAMES = frozenset(fold(w) for w in ("مؤتمر", "معرض", "ملتقى", "منتدى", "مهرجان", "يوم", "أسبوع", "ندوة",
                                             "المؤتمر", "المعرض", "الملتقى", "المنتدى", "الندوة",
                                             "أعمال", "مجال", "مجالات"))
"""(ext-t130: "على أعمال الدفاع المدني", "في مجال الدفاع المدني": the service's work or field, no body.)"""


def _service_as_topic(tokens: list[Token], i: int) -> bool:
    """ "المعرض الدولي للأمن الداخلي والدفاع المدني", "مؤتمر الدفاع المدني": a service's name coordinated after "و"
    with a field closed by its nisba, or in construct with a conference or an exhibition, is its topic, no body."""
    if i == 0 or tokens[i - 1].sent != tokens[i].sent:
        return False
    prev = tokens[i - 1]
    return (tokens[i].norm[:1] == "و" and prev.article and prev.norm.endswith(("ي", "يه"))) \
        or strip_clitic(prev.norm)[0] in _TOPIC_FRAMES


def _holder_next(tokens: list[Token], e: int) -> bool:
    """A given name the lexicon knows right after ``tokens[e - 1]``, in its sentence: the office's holder."""
    return e < len(tokens) and tokens[e].sent == tokens[e - 1].sent and not tokens[e].article \
        and tokens[e].norm in lexicon().first_names


_DIRECTORS = frozenset(fold(w) for w in ("مدير", "مديرة", "ومدير", "ومديرة", "لمدير", "بمدير"))


def _director_before(tokens: list[Token], i: int) -> bool:
    """A director's title right before "إدارة": "مدير إدارة …", "مدير عام إدارة …" (not "مجلس إدارة …")."""
    k = i - 1
    if k >= 0 and tokens[k].norm in (fold("عام"), fold("العام")) and tokens[k].sent == tokens[i].sent:
        k -= 1
    return k >= 0 and tokens[k].sent == tokens[i].sent and tokens[k].norm in _DIRECTORS


def _department(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """ "إدارة التعليم بمنطقة حائل", "بإدارة الدفاع المدني بمحافظة X": an indefinite "إدارة" (a department, or
    "the management of") with a definite complement names a regional department only when "ب" + a region noun
    and the region's name follow it; not a board's "مجلس إدارة …", not "إدارة المركز" alone."""
    tok = tokens[i]
    c = i + 1
    construct = _construct_department(text, tokens, i)
    if construct is not None:
        return construct
    if tok.article or c >= len(tokens) or tokens[c].sent != tok.sent or not tokens[c].article \
            or not tokens[c].norm.startswith("ال") or is_stop(tokens[c].norm) \
            or (i > 0 and tokens[i - 1].norm in _BOARD_WORDS):
        return None
    e = chain_end(tokens, c, stop_titles=True, one_li=True)
    at = (_region_seat_long(tokens, e) or _in_region_seat(tokens, e) or _health_seat(text, tokens, e)) if e > c else 0
    if not at and e > c and _director_before(tokens, i):
        # "مدير إدارة الإشراف التربوي", "مدير عام إدارة التعليم بالمحافظة": a director heads a department
        at = 1 if e < len(tokens) and tokens[e].sent == tok.sent and tokens[e].norm[:1] == "ب" \
            and tokens[e].norm[1:] in CHAINS.BACK_REFERENCES else 0
        name, s, en = _surface(text, tokens, i, len(tok.norm) - len(strip_clitic(tok.norm)[0]), e + at)
        return InstMention(i, e + at, s, en, name, "local_service", 1)
    if not at:
        return None
    clitic = len(tok.norm) - len(strip_clitic(tok.norm)[0])
    name, s, en = _surface(text, tokens, i, clitic, e + at)
    return InstMention(i, e + at, s, en, name, "local_service", 1)


def _parent_department(text: str, tokens: list[Token], found: list[InstMention], i: int) -> InstMention | None:
    """ "الإدارة العامة لبرامج التدريب بإدارة التدريب التقني للبنات": "ب" + an indefinite "إدارة" right after a body's
    name, with a definite complement of two words or more, is the department that body belongs to, a body; not
    "بإدارة" after anything else ("مشروع بإدارة الشركة": run by), nor a complement that is a body's head (ext-t111)."""
    tok = tokens[i]
    c = i + 1
    if tok.norm[:1] != "ب" or not found or found[-1].last != i or c + 1 >= len(tokens) \
            or tokens[c].sent != tok.sent or not tokens[c].article or is_stop(tokens[c].norm) \
            or (may_open(tokens[c].norm) and _head_at(tokens, c) is not None):
        return None
    e = chain_end(tokens, c, stop_titles=True, one_li=True)
    if e < c + 2:
        return None
    name, s, en = _surface(text, tokens, i, 1, e)
    return InstMention(i, e, s, en, name, "local_service", 1)


def _seated_department(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """ "رئيس الإدارة الإعلامية بوزارة الخارجية", "أوضحت الإدارة القانونية بالهيئة العامة للاستثمار": the definite
    "الإدارة" and one adjective of relation, right before "ب" + a body named in full, name a department of that body,
    like "اللجنة الإعلامية بالاتحاد X" (ext-t122); not before "بالوزارة" or "بالشركة" (which refer back), nor with no
    body after it ("الإدارة المالية" alone: a function)."""
    c = i + 1
    clitic = len(tokens[i].norm) - len(_AL_IDARA)
    if tokens[i].norm[:clitic] not in ("", "و", "ب", "وب", "ف") or c + 1 >= len(tokens) \
            or tokens[c].sent != tokens[i].sent or not tokens[c].article or not tokens[c].norm.endswith(("ي", "يه")) \
            or is_stop(tokens[c].norm) or not _body_seat(tokens, c + 1):
        return None
    name, s, en = _surface(text, tokens, i, clitic, c + 1)
    return InstMention(i, c + 1, s, en, name, "local_service", 2)


_REPRESENTED = frozenset(fold(w) for w in ("ممثلة", "ممثلا", "ممثلاً", "ممثل", "ممثلين", "ممثلتين"))


def _cued_department(text: str, tokens: list[Token], found: list[InstMention], i: int) -> InstMention | None:
    """ "استقبلت الإدارة العامة للتعليم ممثلة بإدارة نشاط الطالبات وإدارة التوجيه والإرشاد": an indefinite "إدارة"
    and its complement (a definite noun, or an indefinite noun in construct with a definite one) name a department
    when it stands for a body ("ممثلة بـ": represented by it), or when it is coordinated right after a department named
    so (ext-t122); "إدارة" alone may be "the management of", so no other place makes one."""
    tok = tokens[i]
    c = i + 1
    if tok.article or c + 1 >= len(tokens) or tokens[c].sent != tok.sent or not tokens[c].is_word \
            or is_stop(tokens[c].norm) or tokens[c].norm[:1] in "وبلفك":
        return None
    represented = tok.norm[:1] == "ب" and i > 0 and tokens[i - 1].norm in _REPRESENTED \
        and tokens[i - 1].sent == tok.sent
    coordinated = tok.norm[:1] == "و" and bool(found) and found[-1].last == i and found[-1].kind == "local_service" \
        and strip_clitic(tokens[found[-1].first].norm)[0] == _IDARA
    if not (represented or coordinated):
        return None
    start = c if tokens[c].article else c + 1
    if start == c + 1 and (not tokens[start].article or tokens[start].sent != tok.sent or len(tokens[c].norm) < 3
                           or (may_open(tokens[c].norm) and _head_at(tokens, c) is not None)):
        return None
    e = chain_end(tokens, start, stop_titles=True, one_li=True)
    if e <= start:
        return None
    e = next((k for k in range(start + 1, e) if (not tokens[k].article and tokens[k - 1].article)
              or (tokens[k].norm[:1] == "و" and strip_clitic(tokens[k].norm)[0] == _IDARA)), e)
    # "… وإدارة …": the next department; an indefinite word after a definite one ("… العامة ورشة عمل"): the object
    name, s, en = _surface(text, tokens, i, len(tok.norm) - len(strip_clitic(tok.norm)[0]), e)
    # the body it stands for is the one that acts: no event is the department's own (as a broadcaster's, ext-t86)
    return InstMention(i, e, s, en, name, "local_service", 1, medium=represented or found[-1].medium)


_WADI = fold("وادي")
_BALADIYA_FORMS = frozenset(c + _BALADIYA for c in ("", "و", "ب", "ل", "وب", "ول", "ف"))
_PLACE_FIRSTS = frozenset(fold(w) for w in ("وادي", "رأس", "عين", "بئر", "أبيار", "أم", "أبو", "جبل", "قرية"))
_NOT_A_PLACE = frozenset(fold(w) for w in ("سابق", "السابق", "السابقة", "الجديدة", "الجديد", "الحالي", "الحالية",
                                           "العامة", "الفرعية", "المركزية", "التابعة", "المختصة", "المعنية", "فرعية"))


_AL_LAJNA_KEY = fold("اللجنة")
_COMMITTEE_FORMS = frozenset(c + _AL_LAJNA_KEY for c in ("", "و", "ب", "ف"))
_COMMITTEE_ROLES = frozenset(fold(w) for w in ("المنظمة", "الإشرافية", "التنفيذية", "التحضيرية", "العليا"))
_CONSTRUCT_ONLY = frozenset(fold(w) for w in ("كأس", "دوري", "جائزة"))
_EVENT_NOUNS = frozenset(fold(w) for w in ("مهرجان", "سوق", "معرض", "مؤتمر", "ملتقى", "بطولة", "منتدى"))
_ABOUT = frozenset(fold(w) for w in ("حول", "بشأن"))
_THE_EVENT_NOUNS = _EVENT_NOUNS | frozenset(fold(w) for w in ("حفل", "جائزة", "مسابقة"))
"""Events a committee named by its role runs when written with the article: "اللجنة المنظمة للحفل"."""


def _event_committee(text: str, tokens: list[Token], i: int, clitic: int) -> InstMention | None:
    """ "اللجنة المنظمة لمهرجان صيف X 36", "اللجنة الإشرافية لسوق عكاظ": a committee named by its role and the festival,
    fair or conference it runs (ل + an event noun and that event's name of one or two plain words, and its number) is a
    body; the event's name runs no further (ext-t111)."""
    c = i + 1
    if c + 1 < len(tokens) and tokens[c].norm in _COMMITTEE_ROLES and tokens[c + 1].sent == tokens[i].sent \
            and tokens[c + 1].norm[:2] == "لل" and tokens[c + 1].norm[2:] in _THE_EVENT_NOUNS:
        name, s, en = _surface(text, tokens, i, clitic, c + 2)  # "اللجنة المنظمة للمهرجان": the event is the one
        return InstMention(i, c + 2, s, en, name, "other", 1)  # the text tells of, its name said before (tuning195)
    if c + 2 >= len(tokens) or tokens[c].norm not in _COMMITTEE_ROLES or tokens[c + 1].norm[:1] != "ل" \
            or tokens[c + 1].norm[1:] not in _EVENT_NOUNS or tokens[c + 2].sent != tokens[i].sent:
        return None
    e = c + 2
    while e < c + 4 and e < len(tokens) and tokens[e].sent == tokens[i].sent and tokens[e].is_word \
            and not is_stop(tokens[e].norm) and tokens[e].norm[:1] not in "وبلف" and not may_open(tokens[e].norm) \
            and not tokens[e].norm.endswith(("ت", "وا")) and not _accusative_tanween(tokens[e]):
        e += 1  # (inst21: not the verb's object after it, "لسوق عكاظ قراراً بتشكيل …")
    if e == c + 2 or tokens[e - 1].norm in _CONSTRUCT_ONLY:
        return None  # ("لبطولة كأس" + a word no test here reads: cut short, so none)
    if e < len(tokens) and tokens[e].sent == tokens[i].sent and tokens[e].norm.isdigit() and len(tokens[e].norm) <= 4:
        e += 1
    name, s, en = _surface(text, tokens, i, clitic, e)
    return InstMention(i, e, s, en, name, "other", 1)


_EVENTS_RUN = frozenset(fold(w) for w in ("الانتخابات", "المهرجان", "المؤتمر", "المعرض", "الملتقى", "البطولة",
                                           "المنتدى", "المسابقة", "الانتخاب"))


def _committee_in_event(text: str, tokens: list[Token], i: int, clitic: int) -> InstMention | None:
    """(ext-t130) "اللجنة التنظيمية في الانتخابات", "اللجنة الإعلامية بالانتخابات البلدية بمنطقة X": a committee named
    by its role (a nisba) and, after "في" or "ب", the definite event it serves (elections, a festival, a conference)
    with the event's nisba adjectives and its region is a body; the event alone is none."""
    c = i + 1
    if c + 1 >= len(tokens) or tokens[c].sent != tokens[i].sent \
            or (not _nisba_word(tokens[c]) and tokens[c].norm not in _COMMITTEE_ROLES):
        return None
    k = c + 1
    if tokens[k].norm == fold("في") and k + 1 < len(tokens):
        k += 1
        event = tokens[k].norm
    elif tokens[k].norm.startswith("بال"):
        event = tokens[k].norm[1:]
    else:
        return None
    if event not in _EVENTS_RUN or tokens[k].sent != tokens[i].sent:
        return None
    e = k + 1
    while e < len(tokens) and tokens[e].sent == tokens[i].sent and _nisba_word(tokens[e]) \
            and not is_nationality(tokens[e].norm):
        e += 1  # "البلدية"
    e += _region_seat_long(tokens, e)  # "بمنطقة المدينة المنورة"
    name, s, en = _surface(text, tokens, i, clitic, e)
    return InstMention(i, e, s, en, name, "other", 1)


def _village_municipality(text: str, tokens: list[Token], i: int, clitic: int) -> InstMention | None:
    """ "بلدية أشيقر", "رئيس بلدية الصويدرة", "بلدية وادي X": an indefinite "بلدية" before a town the gazetteer does not
    know (one word, or an indefinite word and a definite one) is that town's municipality; not an adjective ("خدمات
    بلدية جديدة", "رئيس بلدية سابق": a word in ة, a word of this list), nor a clitic, a function word or a head after
    it (ext-t111)."""
    tok = tokens[i]
    c = i + 1
    if tok.article or c >= len(tokens) or tokens[c].sent != tok.sent:
        return None
    w = tokens[c]
    if not w.is_word or is_stop(w.norm) or w.norm in _NOT_A_PLACE or w.norm in _NOT_LOCALITIES or len(w.norm) < 3 \
            or (w.norm[:1] in "وبلفك" and not w.article and w.norm != _WADI) \
            or w.norm.startswith(("وال", "بال", "لل")) or (w.norm.endswith(("ه", "ة")) and not w.article) \
            or may_open(w.norm) or w.norm in lexicon().honorifics:
        return None  # ("بلدية المحافظة": a back reference, left to the rules that read it; "بلدية المهندس": a title)
    e = c + 1
    if w.norm in _PLACE_FIRSTS and e < len(tokens) and tokens[e].sent == tok.sent and tokens[e].is_word \
            and tokens[e].article and not is_stop(tokens[e].norm):
        e += 1  # "بلدية وادي الدواسر"
    name, s, en = _surface(text, tokens, i, clitic, e)
    return InstMention(i, e, s, en, name, "territorial", 1)


_SHURTA = fold("شرطة")


def _police_of_place(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """ "قالت شرطة دبي", "بشرطة الخرج", "إدارة شرطة X في بيان" (ext-t77): an indefinite "شرطة" right before a place
    the gazetteer knows is that place's police, a body; after an indefinite "إدارة" (the police department, named
    "شرطة X" like the police itself), one unknown word closed by a function word or the sentence's end is the
    place's name. Not "شرطة الاحتلال", "شرطة مكافحة الشغب" (no place), nor "الشرطة في X" (a definite "الشرطة"
    stays generic)."""
    tok = tokens[i]
    c = i + 1
    if tok.article or c >= len(tokens) or tokens[c].sent != tok.sent or not tokens[c].is_word:
        return None
    department = i > 0 and tokens[i - 1].sent == tok.sent and not tokens[i - 1].article \
        and strip_clitic(tokens[i - 1].norm)[0] == _IDARA and tok.norm == _SHURTA  # "إدارة شرطة X": the police
    at = place_len(tokens, c)
    if not at and department:
        nxt = tokens[c + 1] if c + 1 < len(tokens) else None
        word = tokens[c]
        if not word.article and len(word.norm) >= 3 and word.norm[:1] not in "وبلفك" and not is_stop(word.norm) \
                and (nxt is None or nxt.sent != tok.sent or not nxt.is_word or is_stop(nxt.norm)):
            at = 1
    if not at:
        return None
    clitic = len(tok.norm) - len(strip_clitic(tok.norm)[0])
    name, s, en = _surface(text, tokens, i, clitic, c + at)
    return InstMention(i, c + at, s, en, name, "local_service", 1)  # (named "شرطة X" after "إدارة" too: one body)


def _construct_department(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """ "مدير إدارة شؤون المعلمين", "دعت إدارة تعليم الطائف": an indefinite "إدارة" whose complement is itself in
    construct (an indefinite noun, then a definite one) names a department when a director's title stands right
    before it, or when the definite word is a known place ("إدارة تعليم X": the city's education office) (ext-t36);
    not "مجلس إدارة شؤون …", nor a complement that opens with a clitic, a title or a function word."""
    tok = tokens[i]
    c = i + 1
    if tok.article or c + 1 >= len(tokens) or (i > 0 and tokens[i - 1].norm in _BOARD_WORDS):
        return None
    noun, nxt = tokens[c], tokens[c + 1]
    if not noun.is_word or noun.article or noun.sent != tok.sent or nxt.sent != tok.sent \
            or not (nxt.article or place_len(tokens, c + 1)) \
            or noun.norm[:1] in "وبلفك" or is_stop(noun.norm) or len(noun.norm) < 3 \
            or noun.norm.endswith(("ا", "ه")) or (may_open(noun.norm) and _head_at(tokens, c) is not None):
        return None
    clitic = len(tok.norm) - len(strip_clitic(tok.norm)[0])
    if _director_before(tokens, i) and nxt.article:
        e = chain_end(tokens, c + 1, stop_titles=True, one_li=True)
        e = next((x for x in range(c + 1, e) if tokens[x].norm in CHAINS.MUKALLAF), e)  # "… المكلف بـ": the office's
        if e <= c + 1:
            return None
    else:
        at = place_len(tokens, c + 1)
        if not at or any(t.norm == "لل" + noun.norm for t in tokens) or noun.norm == _SHUUN \
                or tuple(t.norm for t in tokens[c + 1 : c + 1 + at]) in countries() \
                or tokens[c + 1].norm in PEOPLE.HOME_COUNTRY:  # "إدارة شؤون إيطاليا": managing a country's affairs
            return None  # (the text writes the full name, "الإدارة العامة للتعليم بمنطقة X": this is its short form)
        e = c + 1 + at
    name, s, en = _surface(text, tokens, i, clitic, e)
    return InstMention(i, e, s, en, name, "local_service", 1)


_SEATED_FIRSTS = frozenset(pair[0] for pair in INSTITUTIONS.SEATED_SERVICES)
"""The first words of the fields ``_seated_service`` reads: no other token can open one."""


def _seated_service(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """ "الشؤون الصحية بمنطقة المدينة المنورة": a field of the list right before "ب" + a region noun and the region's
    name is that region's directorate (ext-t36); the field alone is none."""
    if i + 2 >= len(tokens) or tokens[i].norm[:1] == "و" \
            or (tokens[i].norm, tokens[i + 1].norm) not in INSTITUTIONS.SEATED_SERVICES:
        return None
    at = _region_seat_long(tokens, i + 2)
    if not at or tokens[i + 1].sent != tokens[i].sent:
        return None
    name, s, en = _surface(text, tokens, i, 0, i + 2 + at)
    return InstMention(i, i + 2 + at, s, en, name, "local_service", 2)


_SIHHA_FORMS = frozenset(c + fold("صحة") for c in ("", "و", "ب", "ل", "وب", "ول", "ف"))


def _health_of_region(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """ "أكدت صحة جدة", "مدير صحة حفر الباطن", "بصحة الحدود الشمالية": "صحة" right before a region's or a town's name
    the gazetteer knows is that region's health directorate, a body (ext-t122); not a country's health ("صحة مصر"),
    not a place noun ("صحة المنطقة", "صحة المدينة"), nor a word inside a body named from the head before it ("مديرية
    صحة X")."""
    c = i + 1
    if c >= len(tokens) or tokens[c].sent != tokens[i].sent or tokens[c].norm in _NOT_LOCALITIES \
            or (i > 0 and tokens[i - 1].sent == tokens[i].sent and _head_at(tokens, i - 1) is not None):
        return None
    at = place_len(tokens, c)
    if not at or tuple(t.norm for t in tokens[c : c + at]) in countries() or tokens[c].norm in PEOPLE.HOME_COUNTRY:
        return None
    name, s, en = _surface(text, tokens, i, len(tokens[i].norm) - len(_SIHHA), c + at)
    return InstMention(i, c + at, s, en, name, "local_service", 1)


_SIHHA = fold("صحة")
_BI_SIHHA = fold("بصحة")


def _health_seat(text: str, tokens: list[Token], e: int) -> int:
    """How many tokens "بصحة" + a region's name take right after a department's name ("إدارة الصحة العامة بصحة
    الرياض": the directorate it belongs to seats it, like "بمنطقة X"), or 0 (ext-t122)."""
    if e >= len(tokens) or tokens[e].norm != _BI_SIHHA or tokens[e].sent != tokens[e - 1].sent:
        return 0
    health = _health_of_region(text, tokens, e)
    return health.last - e if health is not None else 0


_AL_AMN = fold("الأمن")
_AL_AMM = fold("العام")


def _public_security(tokens: list[Token], i: int) -> bool:
    """ "مدير الأمن العام", "مساعد مدير الأمن العام للشؤون الأمنية" (ext-t77): "الأمن العام" right after a director's
    title is the public security service that director heads, a body; alone it is public order ("الإخلال بالأمن
    العام"), no body."""
    return i > 0 and i + 1 < len(tokens) and tokens[i + 1].norm == _AL_AMM and tokens[i + 1].sent == tokens[i].sent \
        and tokens[i - 1].sent == tokens[i].sent and tokens[i - 1].norm in _DIRECTORS


def _placed(tokens: list[Token], e: int) -> bool:
    """A locative ب-word right after a name ("… بالمنطقة", "… بوادي الدواسر", "… بجدة"), or "في" + a region noun and
    its one-word name or + a place the gazetteer knows ("… في منطقة الجوف", "… في محافظة الخرج", "… في جازان":
    s13-inst7, a ministry's local office, as the golds keep the labour offices' inspections; not after a body's
    head that refers back: "مدير مكتب المؤسسة في أبها")."""
    if e >= len(tokens) or tokens[e].sent != tokens[e - 1].sent:
        return False
    if tokens[e].norm == _FI:
        return e + 1 < len(tokens) and tokens[e + 1].sent == tokens[e].sent and not may_open(tokens[e - 1].norm) \
            and (_region_seat(tokens, e + 1, bare=True) > 0 or place_len(tokens, e + 1) > 0)
    return tokens[e].norm[:1] == "ب" and len(tokens[e].norm) > 3 and not is_stop(tokens[e].norm)


def _a_room(tokens: list[Token], i: int) -> bool:
    """ "مكتب السياحة والآثار بوادي الدواسر", "مكتب التدريب التقني" name a local office; "في مكتب المحافظ",
    "بمكتب الأمين العام" (a place, after في or ب), "مكتب وزير الخارجية" (an official's own office, a title after
    it), "مكتب التصويت" (a polling station) and an indefinite "مكتب" are rooms or desks, no body."""
    base = strip_clitic(tokens[i].norm)[0]
    if base != _OFFICE:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sent == tokens[i].sent else None
    return (tokens[i].norm[:1] == "ب" or (i > 0 and tokens[i - 1].norm in (fold("في"), "داخل")) or nxt is None
            or not nxt.article or nxt.norm in _DESKS
            or longest_entry(tokens, i + 1, lexicon().titles, max_len=4) is not None)


_DESKS = frozenset(fold(w) for w in ("التصويت", "الاقتراع", "الضبط"))  # a polling station, a registry desk
_ITS_BOARD = frozenset({fold("إدارته"), fold("إدارتها")})


def _its_board(text: str, tokens: list[Token], found: list[InstMention], i: int) -> InstMention | None:
    """ "نادي X الأدبي الذي اعتمد مجلس إدارته …": the board of the body named last before it in the sentence
    (its name the body's, "مجلس إدارة نادي X الأدبي"), or None when no body is named there."""
    sent = tokens[i].sent
    prev = next((m for m in reversed(found) if m.last <= i and i - m.last <= 12 and tokens[m.first].sent == sent
                 and m.kind != "governing_body"), None)
    if prev is None:
        return None
    start = tokens[i].start + (1 if tokens[i].norm[:1] == "و" else 0)
    return InstMention(i, i + 2, start, tokens[i + 1].end, "مجلس إدارة " + prev.name, "governing_body", 2)


_LATIN_HEADS = {fold(w): kind for w, kind in (("صحيفة", "other"), ("جريدة", "other"), ("مجلة", "other"),
                                              ("وكالة", "other"), ("شركة", "company"))}


def _quote_next(tokens: list[Token], i: int) -> bool:
    """An opening quote right after ``tokens[i]`` in its sentence (a straight one written against the word after it,
    not against ``tokens[i]``)."""
    if i + 2 >= len(tokens) or tokens[i + 1].sent != tokens[i].sent:
        return False
    q = tokens[i + 1]
    return q.norm in _QUOTE_OPENINGS or (q.norm == '"' and q.start > tokens[i].end and q.end == tokens[i + 2].start)


def _quoted_ministry(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """ 'وزارة "النقل"', "الوزارة «الصحة»" (ext-t86): a ministry's head right before its field written in quotes, one
    or two definite words; the ministry is the head and its field, whatever the quotes."""
    base, clitic = strip_clitic(tokens[i].norm)
    if tokens[i].norm == _WIZARA:
        clitic = 0  # (its و is no clitic)
    elif base != _WIZARA:
        return None
    opening = tokens[i + 1].norm
    closing = '"' if opening == '"' else _OPENING[opening]
    close = next((x for x in range(i + 3, min(len(tokens), i + 5)) if tokens[x].norm == closing), None)
    inner = tokens[i + 2 : close] if close is not None else []
    if not inner or not inner[0].article or not all(t.is_word and t.sent == tokens[i].sent and not is_stop(t.norm)
                                                   for t in inner):
        return None
    assert close is not None
    start = tokens[i].start + clitic
    name = text[start : tokens[i].end] + " " + text[inner[0].start : inner[-1].end]
    return InstMention(i, close + 1, start, tokens[close].end, name, "ministry", 1)


_SERVICE_ENDS = tuple({*(fold(w) for w in ("الخارجية", "الداخلية", "الجمارك", "التلفزيون", "الإذاعة", "قناة", "إذاعة")),
                       fold("اذاعة")})  # a one-word test before any clitic is stripped (the lexicon's words end so)
_MASCULINE_SERVICES = frozenset({fold("التلفزيون")})
_MEDIA_SERVICES = frozenset(fold(w) for w in ("التلفزيون", "الإذاعة"))
_OFFICIAL = frozenset(fold(w) for w in ("الرسمي", "الرسمية", "الحكومي", "الحكومية"))


def _national_service(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """(ext-t86) Bodies named in passing by a short name:

    - "الخارجية الأمريكية", "بالجمارك السعودية", "التلفزيون (الرسمي) الروسي": a ministry's or a national service's short
      name ([national_services]) right before a nationality names that state's body; not as an adjective after a
      definite noun ("السياسة الخارجية الأمريكية"), nor after an office or a head in construct ("وزيرة الخارجية
      الأمريكية", "وزارة الداخلية السعودية": the office's or the ministry's own name, read by their rules);
    - "قناة «X Y»", 'قناة "X"', "إذاعة mix fm": a broadcaster's head ([channel_heads], no article) right before its name
      in quotes (the quoted words are its name, as "شركة «X»", ext-t71) or in Latin letters of either case (the head
      and them).
    """
    tok = tokens[i]
    base, clitic = strip_clitic(tok.norm)
    c = i + 1
    if c >= len(tokens) or tokens[c].sent != tok.sent:
        return None
    kind = INSTITUTIONS.NATIONAL_SERVICES.get(base)
    if kind is not None:
        prev = tokens[i - 1] if i > 0 and tokens[i - 1].sent == tok.sent else None
        if prev is not None and not clitic and prev.is_word and (
                prev.article or _head_at(tokens, i - 1) is not None
                or any((w,) in lexicon().titles for w in (prev.norm, strip_clitic(prev.norm)[0]))):
            return None
        e = c + 1 if tokens[c].norm in _OFFICIAL and c + 1 < len(tokens) and tokens[c + 1].sent == tok.sent else c
        if not (tokens[e].article and is_nationality(tokens[e].norm)) \
                or tokens[e].norm.endswith("يه") == (base in _MASCULINE_SERVICES):
            return None  # (the nationality agrees with the head: "بقنوات التلفزيون الأفغانية" describes the channels)
        name, s, en = _surface(text, tokens, i, clitic, e + 1)
        return InstMention(i, e + 1, s, en, name, kind, 1, medium=base in _MEDIA_SERVICES)
    if base not in INSTITUTIONS.CHANNEL_HEADS or tok.article:
        return None
    if tokens[c].norm in _QUOTE_OPENINGS or (tokens[c].norm == '"' and tokens[c].start > tok.end and c + 1 < len(tokens)
                                             and tokens[c].end == tokens[c + 1].start):
        closing = _OPENING.get(tokens[c].norm, '"')  # ('"' opens and closes alike: an opening one is written against
        # the word after it, not against the head)
        close = next((x for x in range(c + 2, min(len(tokens), c + 7)) if tokens[x].norm == closing), None)
        if close is None or not all(t.is_word and t.sent == tok.sent and not is_stop(t.norm)
                                    for t in tokens[c + 1 : close]):
            return None
        s, en = tokens[c + 1].start, tokens[close - 1].end
        return InstMention(i, close + 1, s, en, text[s:en], "other", 1, medium=True)
    e = c
    while e < len(tokens) and e - c < 4 and _latin_word(tokens[e]) and tokens[e].sent == tok.sent:
        e += 1
    if e == c:
        return None
    start = tok.start + clitic
    return InstMention(i, e, start, tokens[e - 1].end, " ".join(text[start : tokens[e - 1].end].split()), "other", 1,
                       medium=True)


_FIRM_HEADS = frozenset(fold(w) for w in ("شركة", "مؤسسة"))
_FIRM_ENDS = tuple(_FIRM_HEADS)  # a one-word test before any clitic is stripped
_FIRM_TAILS = frozenset(fold(w) for w in ("وأولاده", "وشركاه", "وإخوانه", "وأبناؤه", "وأبنائه", "وشركاؤه"))
_FIRM_REACH = 6


def _family_firm(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """ "شركة عبدالله محمد بن سعيدان وأولاده العقارية", "مؤسسة X Y وشركاه للتجارة" (ext-t69): a company's or an
    establishment's head (no article), two to five plain words of a founder's name, then "وأولاده", "وشركاه" or
    "وإخوانه": a family firm, whose name runs on over one definite nisba adjective after the tail ("العقارية")."""
    if tokens[i].article:
        return None
    tail = next((x for x in range(i + 3, min(len(tokens), i + 2 + _FIRM_REACH)) if tokens[x].norm in _FIRM_TAILS), None)
    if tail is None or any(not t.is_word or t.sent != tokens[i].sent or is_stop(t.norm) or t.norm[:1] == "و"
                           for t in tokens[i + 1 : tail]):
        return None
    e = tail + 1
    if e < len(tokens) and tokens[e].sent == tokens[i].sent and tokens[e].article and tokens[e].norm.endswith("يه"):
        e += 1  # "العقارية", "التجارية"
    start = tokens[i].start + strip_clitic(tokens[i].norm)[1]
    name = " ".join(text[start : tokens[e - 1].end].split())
    return InstMention(i, e, start, tokens[e - 1].end, name, "company", 1)


_FARIQ = fold("فريق")
_FARIQ_FORMS = frozenset(c + _FARIQ for c in ("", "و", "ب", "ل", "وب", "ول"))
"""(its "ف" is no clitic: the forms are listed, not read by ``strip_clitic``)"""
_VOLUNTEER_WORDS = frozenset(fold(w) for w in ("التطوعي", "التطوعية", "التطوع", "والتطوعي", "والتطوعية"))
_TEAM_REACH = 5
_QUOTE_MARKS = frozenset({"«", "»", "“", "”", '"'})


def _volunteer_team(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """(ext-t150) "فريق X التطوعي", "فريق «X» التطوعي", "فريق X Y الاجتماعي والتطوعي", "فريق سفراء التطوع": a team's
    head, one to four words of its own name (plain words or quote marks, no comma and no function word), then the
    word "التطوعي"/"التطوع" that closes it: a volunteer team, a body of its own ("فريق العمل", "فريق الهلال" name
    none)."""
    sent = tokens[i].sent
    last = next((x for x in range(i + 2, min(len(tokens), i + 1 + _TEAM_REACH)) if tokens[x].norm in _VOLUNTEER_WORDS),
                None)
    if last is None or tokens[last].sent != sent:
        return None
    inner = tokens[i + 1 : last]
    if any(t.sent != sent or (t.is_word and is_stop(t.norm)) or (not t.is_word and t.text not in _QUOTE_MARKS)
           for t in inner) or not any(t.is_word for t in inner):
        return None
    e = last + 1
    opened = sum(1 for t in inner if t.text in _QUOTE_MARKS) % 2 == 1
    if opened and e < len(tokens) and tokens[e].text in _QUOTE_MARKS:
        e += 1  # "فريق «X التطوعي»"
    start = tokens[i].start + len(tokens[i].norm) - len(_FARIQ)
    name = " ".join(text[start : tokens[e - 1].end].split())
    return InstMention(i, e, start, tokens[e - 1].end, name, "association", 1)


def _latin_word(tok: Token) -> bool:
    return tok.is_word and tok.norm.isascii() and tok.norm[:1].isalpha()


def _latin_named(text: str, tokens: list[Token], i: int) -> InstMention | None:
    """ "صحيفة The New York Times", "لشركة Apple": a newspaper's, an agency's or a company's head before a name in
    Latin letters opening with a capital; the name runs over the Latin words (ext-t40)."""
    base, clitic = strip_clitic(tokens[i].norm)
    kind = _LATIN_HEADS.get(base)
    c = i + 1
    if kind is None or c >= len(tokens) or not _latin_word(tokens[c]) or not tokens[c].norm[:1].isupper() \
            or tokens[c].sent != tokens[i].sent:
        return None
    e = c
    while e < len(tokens) and e - c < 6 and _latin_word(tokens[e]) and tokens[e].sent == tokens[i].sent:
        e += 1
    start = tokens[i].start + clitic
    name = " ".join(text[start : tokens[e - 1].end].split())  # (a no-break space after the head is a space)
    return InstMention(i, e, start, tokens[e - 1].end, name, kind, 1)


def _refine(name: str, kind: str) -> str:
    key = fold(name)
    for prefix, refined in INSTITUTIONS.REFINE.items():
        if key.startswith(prefix):
            return refined
    return kind


def _nisba_tail(tokens: list[Token], a: int, b: int) -> bool:
    """ "هيئة الهلال الأحمر السعودي", "جمعية الهلال الأحمر الفلسطيني": the words after a name nested right after its
    container's head are one nationality, so the container is that name with its head and its country, the same body
    (ext-t122)."""
    return b == a + 1 and tokens[a].article and is_nationality(tokens[a].norm)


_WRAPPERS = frozenset(fold(w) for w in ("مجموعة", "هيئة", "اتحاد", "جمعية"))
_COUNCILLED = frozenset(fold(w) for w in ("جماعة", "عمالة", "إقليم", "جهة"))


def _wrapped(tokens: list[Token], found: list[InstMention], m: InstMention) -> bool:
    """A mention that is the whole complement of an indefinite head that wraps a body's own name ("البنك الدولي" in
    "مجموعة البنك الدولي", "وكالة الأنباء السعودية" in "هيئة وكالة الأنباء السعودية"), or a Moroccan territory's
    name after "مجلس" ("مجلس جماعة X": the council). Not after other heads, whose complement is a body of its own
    ("قوات الجيش X", "وكالة وزارة X", "مركز شركة X")."""
    inner = strip_clitic(tokens[m.first].norm)[0]
    return any(o.first + 1 == m.first and o.last == m.last
               and ((o.head_len == 1 and strip_clitic(tokens[o.first].norm)[0] in _WRAPPERS)
                    or (strip_clitic(tokens[o.first].norm)[0] == _COUNCIL and inner in _COUNCILLED))
               for o in found)


def _prune(tokens: list[Token], found: list[InstMention]) -> list[InstMention]:
    """Drop a mention that is its container minus the head ("حزب X" ⊃ "X"; "مؤسسة X" ⊃ "X"),
    and mentions that merely repeat a container's tail; link parents (a body of its establishment)."""
    found = [o for o in found if not any(_army_in_forces(tokens, o, m) for m in found)]
    # (inst15) "قوات الجيش السوري" is the army itself: one body, named "الجيش X" as the text names it elsewhere
    keep: list[InstMention] = []
    for m in found:
        outer = next((o for o in keep if o.first < m.first and m.last <= o.last), None)
        if outer is not None and outer.first + outer.head_len == m.first \
                and (outer.last == m.last or _nisba_tail(tokens, m.last, outer.last)) \
                and (_head_at(tokens, m.first) is None or _base(tokens[m.first].norm) in _UNIONS) \
                and tokens[m.first].norm[:1] not in "لب":
            # ("لجنة الاتحاد الإفريقي": a union's organ names the container; a union's own head opens no body)
            continue
        if outer is not None and outer.first + 1 == m.first and not tokens[outer.first].article \
                and m.last < outer.last and tokens[m.last].norm[:1] == "ل" \
                and tokens[m.last].sent == tokens[m.first].sent and tokens[m.first].norm[:1] not in "لب":
            continue  # (inst) "صندوق الأمم المتحدة للسكان", "منظمة الأمم المتحدة للتربية …": a body named right
            # after an indefinite head and before the container's field is a word of the agency's own name, no
            # second body (the gold lists the agency alone; "الجمعية العامة للأمم المتحدة" keeps both)
        if outer is not None and _wrapped(tokens, found, m) and not any(
                o is not m and o.name == m.name and not _wrapped(tokens, found, o) for o in found):
            continue  # (finst) "مجموعة البنك الدولي", "هيئة وكالة الأنباء السعودية", "مجلس جماعة X": a name the
            # text writes only inside one word of its container is the container's, no second body
        if _gloss(tokens, found, m) and not any(o.name == m.name and not _gloss(tokens, found, o) for o in found):
            continue  # (xinst) "مجلس الاحتياطي الاتحادي (البنك المركزي الأمريكي)", "مجلس الشورى (الغرفة العليا في
            # البرلمان)": a body written only in brackets right after another body's name glosses it, no second body
        if outer is not None and outer.first + outer.head_len == m.first and outer.last == m.last \
                and m.last - m.first >= 3 and _region_seat(tokens, m.last - 2) == 2:
            continue  # "الإدارة العامة للدفاع المدني بمحافظة الطائف": the service in that region is the directorate
            # itself, not a second body (ext-t34; "المديرية العامة للأمن الوطني" keeps "الأمن الوطني")
        keep.append(m)
    for idx, m in enumerate(keep):
        if m.kind in ("governing_body", "local_service", "other", "territorial", "public_body"):
            inner = next((k for k, o in enumerate(keep) if k != idx and m.first < o.first and o.last <= m.last
                          and o.first >= m.first + m.head_len), None)
            m.parent = inner
    return keep


_ARMY = fold("الجيش")


def _army_in_forces(tokens: list[Token], outer: InstMention, m: InstMention) -> bool:
    """(inst15) ``m`` is "الجيش X", the whole complement of ``outer``'s one-word head "قوات" ("قوات الجيش السوري",
    "وقوات الجيش العراقي"): the forces of the army name the army itself."""
    return outer.head_len == 1 and outer.first + 1 == m.first and outer.last == m.last \
        and strip_clitic(tokens[outer.first].norm)[0] == _QUWWAT and tokens[m.first].norm == _ARMY


def _gloss(tokens: list[Token], found: list[InstMention], m: InstMention) -> bool:
    """(xinst) ``m`` opens a bracket that comes right after another mention's last word, in one sentence: "X (Y …)",
    and names no field with "ل" (a description by adjectives or a genitive: "البنك المركزي الأمريكي", "مديرية
    الشرطة"); a body with its own field in brackets ("مديرية جهة X (المكتب الوطني للسلامة الصحية …)") is the one
    the unit before it belongs to."""
    k = m.first - 1
    return k >= 1 and tokens[k].norm == "(" and tokens[k].sent == tokens[m.first].sent \
        and any(o is not m and o.last == k for o in found) \
        and not any(t.norm[:1] == "ل" for t in tokens[m.first + 1 : m.last])


def without_persons(tokens: list[Token], insts: list[InstMention], names: frozenset[str]) -> list[InstMention]:
    """Drop a head followed by the name of a person the text names, whole or by its surname ("حزب أويحيى" for
    the party of "أحمد أويحيى", "حزب X Y"): a body referred to by its leader, not its name; parents re-linked.
    ``names``: each person's folded name and its last word. Boards named only inside an office go too
    (:func:`_titled_boards`: the offices, read before this, keep their titles)."""
    held = _titled_boards(tokens, insts)
    drop = held | {idx for idx, m in enumerate(insts) if m.last - m.first > m.head_len
                   and not tokens[m.first + m.head_len].article
                   and (" ".join(t.norm for t in tokens[m.first + m.head_len : m.last]) in names
                        or (_base(tokens[m.first].norm) in INSTITUTIONS.LOYALTY_HEADS
                            and tokens[m.first + m.head_len].norm in names))  # "قوات صالح الانقلابية" (ext-t50)
                   and (m.last - m.first == m.head_len + 1
                        or _base(tokens[m.first].norm) not in INSTITUTIONS.EPONYM_HEADS)}
    # (a body named after a person keeps that name: "جامعة محمد الخامس")
    if not drop:
        return insts
    index: dict[int, int] = {}
    kept: list[InstMention] = []
    for idx, m in enumerate(insts):
        body = _board_body(tokens, insts, m) if idx in held else None
        if idx not in drop or body is not None:
            index[idx] = len(kept)
            kept.append(body or m)
    for m in kept:
        m.parent = index.get(m.parent) if m.parent is not None else None
    return kept


_FOOTBALL_SHORT = frozenset(fold(w) for w in ("اتحاد الكرة", "اتحاد القدم", "اتحاد كرة القدم"))
_FOOTBALL_WORDS = frozenset(fold(w) for w in ("القدم", "الكرة"))
_BOARD_OF = "مجلس إدارة "


def _football_country(key: str) -> str | None:
    """The country of a football federation's full name ("الاتحاد السعودي لكرة القدم", "اتحاد كرة القدم المصري")."""
    words = key.split()
    if not words or words[0] not in _UNIONS or not any(w in _FOOTBALL_WORDS for w in words):
        return None
    return next((w for w in reversed(words) if is_nationality(w)), None)


def one_federation(insts: list[InstMention]) -> None:
    """(finst) "اتحاد الكرة", "اتحاد القدم", "اتحاد كرة القدم" (and its board) in a text that names one country's
    football federation in full are that federation, one body under its full name, and so is its other spelling
    ("الاتحاد المصري لكرة القدم" after "اتحاد كرة القدم المصري"); with two countries' federations the short name
    stays as written."""
    full: dict[str, InstMention] = {}
    for m in insts:
        country = _football_country(fold(m.name))
        if country is not None:
            full.setdefault(country, m)
    if len(full) != 1:
        return
    country, first = next(iter(full.items()))
    for m in insts:
        key = fold(m.name)
        if key in _FOOTBALL_SHORT or (m is not first and _football_country(key) == country):
            m.name = first.name
        elif key.startswith(fold(_BOARD_OF)) and key[len(fold(_BOARD_OF)) :] in _FOOTBALL_SHORT:
            m.name = _BOARD_OF + first.name


def _board_body(tokens: list[Token], insts: list[InstMention], m: InstMention) -> InstMention | None:
    """The body a dropped board belongs to ("البنك الأهلي" of "رئيس مجلس إدارة البنك الأهلي"), when no mention of its
    own starts there (:func:`_prune` drops a listed name inside its board's)."""
    at = m.first + 2
    if at >= m.last or any(o.first == at for o in insts) or len(m.name) != m.end - m.start:
        return None
    named = _named_at(tokens, at)
    entry = named or _head_at(tokens, at)
    if entry is None or entry[1] or at + entry[0] > m.last or (named is None and at + entry[0] == m.last):
        return None  # (a head alone, "مجلس إدارة الجمعية", names no body)
    start = tokens[at].start
    name = m.name[start - m.start :]
    return InstMention(at, m.last, start, m.end, name, _refine(name, entry[2]), entry[0])


_AND_GENERIC_PLACES = frozenset(fold(w) for w in ("والجهات", "والأماكن", "والقطاعات"))
"""(ext-t122) Not plurals that may be a field of a name ("المعهد السعودي للإلكترونيات والأجهزة المنزلية")."""
_AND_GENERIC = frozenset(fold(w) for w in ("والشركات", "والمؤسسات", "والجهات", "والهيئات", "والإدارات"))
_AFFILIATED = frozenset(fold(w) for w in ("التابعة", "الأخرى", "المعنية"))
