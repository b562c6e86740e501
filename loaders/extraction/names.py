"""Personal names: 2–5 words, given names then surnames, no function words, no titles.

Grammar (over folded words): UNIT{1,2} (PARTICLE UNIT)? ART{0,2} where a UNIT is a bare word,
"عبد" + an article word, or a word + "الدين/الله"; ART is a word with the article (a surname
such as "الجابري"). After the first article surname only article surnames may follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from marsad.loaders.extraction.chain import event_noun, place_firsts, place_len, starts_head
from marsad.loaders.extraction.cues import EVENTS, ROLES
from marsad.loaders.extraction.lexicon import lexicon, longest_entry
from marsad.loaders.extraction.text import COMMAS, Token, strip_clitic
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


@dataclass(frozen=True, slots=True)
class Name:
    start: int  # token index of the first word (after any clitic)
    end: int  # token index one past the last word
    clitic: int  # characters of a proclitic "و" to leave out of the first word
    known: bool  # the first given name is in the first-name list


_ALLAH = fold("الله")
_BLESSING_VERBS = frozenset(fold(w) for w in ("رضي", "طيب", "غفر", "قدس"))
"""Verbs of a blessing written after a name with "الله" ("رضي الله عنها", "الملك X طيب الله ثراه", "قدس الله سره")
(pp14: طيب، غفر، قدس)."""


def _blocked(tokens: list[Token], j: int) -> bool:
    t = tokens[j]
    lex = lexicon()
    return (not t.is_word or is_stop(t.norm) or t.norm in lex.honorifics or t.norm in PEOPLE.NOT_NAMES
            or (t.norm.startswith("بال") and len(t.norm) > 4) or t.norm.startswith("لل") or len(t.norm) < 2
            or starts_head(tokens, j, strip=False)
            or (t.norm in _BLESSING_VERBS and j + 1 < len(tokens) and tokens[j + 1].norm == _ALLAH)
            or (t.norm in _SON_WORDS and j + 1 < len(tokens) and tokens[j + 1].norm in PEOPLE.KIN_AFTER_SON))
    # ("عائشة رضي الله عنها": the blessing after a companion's name, no family name; "رضي" and "طيب" alone stay
    # names, ext-t80; (tuning202) "أوضح X Y Z ابن عم الشهيد": a cousin, a kinship after the name, no filiation)


_SON_WORDS = PEOPLE.FILIATION | {fold("ابنة")}


_VERB_PARTICLES = frozenset(fold(w) for w in ("ما", "لم", "لن", "قد", "سوف", "لقد", "وقد", "فقد"))
"""Particles a verb follows ("ما عمرو هبط …", "وهو ما دفع بن X إلى …", "لم يعد"): the word right after one is a verb
or a noun, never a given name (ext-t100 for "ما", the lead for the rest)."""
_MASDAR_AFTER_LETTER = re.compile(r"^(?:ا\wت\wا\w|ان\w\wا\w|است\w\wا\w)$")  # "انتظار", "انطلاق", "استكمال"
# a standing or a trade the press writes right after a name, never a family name (ext-t100)
_STANDING = frozenset(fold(w) for w in ("المحلل", "المحللة", "القيادي", "القيادية", "الناشط", "الناشطة", "المعتقل",
                                        "المعتقلة", "المتهم", "المتهمة", "المنتمي", "المنتمية", "المؤسس",
                                        "المختص", "المختصة", "المقال", "المقالة", "المنتقل",
                                        "المعار", "المعارة"))
# ("X Y المنتمي إلى الاتحاد", "X Y المؤسس لشركة …", "X Y المختص في …", "المدرب X Y المقال", "اللاعب X Y المنتقل
# إلى …": where he belongs, what he founded or knows, that he was dismissed or moved, pnames; "X Y المعار لفريق …":
# the player on loan, names21)


def _agreeing_nisba(tokens: list[Token], k: int, first: str) -> bool:
    """ "ملصقات ورقية", "وثائق رسمية": a word in و that ends in ية right after an indefinite plural in ات is its
    adjective ("ورقية"), not و + a woman's name ("رقية") (ext-t100)."""
    if first[:1] != "و" or not tokens[k].text.endswith(("ية", "يه")) or k == 0:
        return False
    prev = tokens[k - 1]
    return prev.is_word and not prev.article and prev.norm.endswith("ات") and len(prev.norm) >= 5 \
        and prev.sent == tokens[k].sent


_NOUN_WITH_HIS = frozenset({"ناديه"})
"""(aud-inst) A noun with the pronoun "ه" whose written form folds like a woman's given name written with ة:
"ناديه" (his club, 67 times in 5,887 texts, none of them the given name, which the press writes "نادية")."""
_BANI = fold("بني")
_SAINTS = frozenset(fold(w) for w in ("سان", "سانت", "سانتا", "ساو", "سانتو"))


def parse_name(tokens: list[Token], k: int, *, strip_wa: bool = False, max_units: int = 2,
               literal: bool = False) -> Name | None:
    """The longest personal name starting at ``tokens[k]``, or None (``max_units`` bare words before any
    article surname: 3 where commas bound a foreign name, "ألاسان بالا ساكاندي"; ``literal``: the first word
    is read as written, not as a preposition + word, after a cue such as "من طرف بريجيت …")."""
    lex = lexicon()
    n = len(tokens)
    if k >= n or not tokens[k].is_word:
        return None
    sent = tokens[k].sent
    clitic = 0
    first = tokens[k].norm
    if k > 0 and tokens[k - 1].norm in _VERB_PARTICLES and tokens[k - 1].sent == sent:
        return None  # "ما عمرو هبط …", "ما دفع بن X": no given name right after a verb's particle
    if first in _MONTH_GIVEN and k > 0 and k + 2 < n and tokens[k - 1].sent == sent == tokens[k + 1].sent \
            and tokens[k - 1].norm in _PRESIDENT_STYLES and not tokens[k + 1].article \
            and tokens[k + 1].norm in lex.first_names:
        given = parse_name(tokens, k + 1)
        if given is not None and given.start == k + 1 and given.end > k + 2 and given.known:
            return Name(k, given.end, 0, True)  # "الرئيس رمضان أحمد X": a month's word that is also a given name,
            # right after "الرئيس" and before a known given name and its family name, opens the name (s11-pp2s)
    if strip_wa and first[:1] in "ولب" and len(first) > 3 and first not in ROLES.CITED_DOCUMENTS \
            and not _agreeing_nisba(tokens, k, first):
        # ("بعث الأمير برقية تهنئة لرئيس النادي": the telegram, no ب + the given name رقية; a document's word whose
        # first letter is a root letter, not the clitic ب; ext-t94, and ext-t98 the same way)
        rest = first[1:]
        if first in lex.first_names and first[0] == "ب":
            pass  # "برايان X": a given name whose first letter is ب is read whole, not ب + "رايان" (pnames; not ل:
            # "لحسن" is a Moroccan given name, but "لحسين X" in the Gulf press is ل + "حسين")
        elif rest in lex.first_names or rest.startswith("عبد") or (
                first[0] == "و" and not first.startswith("ول") and not starts_head(tokens, k, strip=False)):
            first, clitic = rest, 1
    if not clitic and not literal and first[:1] in "بلفك" and first not in lex.first_names:
        return None
    if tokens[k].norm in PEOPLE.NOT_NAMES and tokens[k].norm not in lex.first_names:
        return None  # "وادي بن هشبل": a word never part of a name, whole as written, opens none without its "و"
    if k > 0 and tokens[k - 1].sent == sent and strip_clitic(tokens[k - 1].norm, "وبلف")[0] == _BANI:
        return None  # "في بني مازن أجواء باردة", "قبيلة بني سعد": a tribe or its land named "sons of X", no person
        # (pers20)
    if k > 0 and tokens[k - 1].sent == sent and tokens[k - 1].norm in _SAINTS:
        return None  # "في سان دييغو بمشاركة …", "ساو باولو": a saint's name after San or São names a place
        # (the word as written: "على لسان X" is ل + "سان", the tongue of X)
    if tokens[k].text[clitic:] in _NOUN_WITH_HIS:
        return None  # "إدارة ناديه", "لكن ناديه تخلى عنه": his club, though it folds like the name "نادية" (aud-inst)
    if first.startswith("ال") and tokens[k].article and first not in lex.first_names:
        return None
    if first.startswith(("لل", "ولل")) and len(first) > 4 and first not in lex.first_names:
        return None  # "…، وللأمير X بن Y": ل + a definite word (a title) is a preposition and a noun, never a given
        # name ("للا" stays) (names22)
    if k > 0 and tokens[k - 1].norm == _AL and tokens[k - 1].sent == sent:
        return None  # "كلية آل مكتوم الفضل الكبير": the word after "آل" is a house's name, no given name opens there
        # (names22)
    if starts_head(tokens, k, strip=bool(clitic)):
        return None
    if not clitic and _nationality_after_noun(tokens, k, first):
        return None  # "أكد مسؤول أمني تركي طلب …", "مصدر تركي": the nationality of the indefinite noun before, no
        # given name ("الأمير تركي", "ونال تركي X" stay) (names21)
    if not clitic and (_agreeing_adjectives(tokens, k) or _agreeing_faiila(tokens, k)):
        return None  # "ترعاه قيادة حكيمة رشيدة": two adjectives of an indefinite noun, no woman's name (ext-t49)
    if _plural_given_adjective(tokens, k, clitic):
        return None  # "وأسماء كثيرة حضرت …", "آمال كبيرة": a plural of the أفعال form and its adjective (names22)
    if _adjective_after_plural(tokens, k, clitic):
        return None  # "ملاذات آمنة بقضاء …": a plural in ات and its adjective in ة, no woman's name (names23)
    if k + 1 < n and f"{first} {tokens[k + 1].norm}" in CALENDAR.HIJRI_MONTHS:
        return None  # "في ربيع الآخر الماضي": a Hijri month of two words, no given name and surname (ext-t34)
    if first.endswith("ات") and first not in lex.first_names:
        return None  # "توضيحات قانونية": a plural noun, not a given name
    if not clitic and _afala_verb_before_that(tokens, k, first):
        return None  # "وزير الدفاع أبلغ X أن …": a verb of the أفعل form, its object and "أن", no name (s13-pp7)
    if not clitic and _ifaal_verbal_noun(tokens[k].text) and first not in lex.first_names \
            and (k + 1 >= n or tokens[k + 1].norm not in lex.first_names):
        return None  # "طلب من رئيس الوكالة إعداد خطة": a verbal noun of the إفعال form (written with its hamza)
        # after an office is what he is asked to do, no given name (not before a known name: "إدوار فيليب") (pp17)
    if _TAFIL_ACC.match(first) and first not in lex.first_names and k + 1 < n and tokens[k + 1].norm[:1] in "لب":
        return None  # "…، والمدير التنفيذي للشركة، تقديرا لجهوده": an accusative verbal noun says why (ext-t87)
    if first in _ROLE_GIVEN and k + 1 < n and tokens[k + 1].sent == sent and _role_complement(tokens[k + 1]):
        return None  # "ومساعد المدرب X", "مساعدة الوزير", "أمينة السر X": a given name that is also an office's first
        # word, before a definite role or "السر", is that office, no name (s13-pp6)
    if first == _WALI and k + 1 < n and tokens[k + 1].norm.startswith(_AHD):
        return None  # "وسمو ولي عهده", "ولي العهد": the crown prince's office, not a given name (ext-t45)
    if not clitic and _adverbial_participle(tokens, k, first):
        return None  # "…، متهما إدارة X", "…، مؤكدا أهمية Y": a participle opening a clause, no name (ext-t86)
    units = arts = 0
    j = k
    pending_particle = False
    filiated = False
    while j < n and j - k < (10 if any(tokens[x].norm in lex.particles for x in range(k + 1, j)) else 6) \
            and tokens[j].sent == sent:  # "عبد الله بن ناصر بن خليفة آل ثاني": particles lengthen a name
        # ("عبد اللطيف بن عبد الملك بن عمر آل الشيخ")
        norm = first if j == k else tokens[j].norm
        if j > k and _crown_title_at(tokens, j):
            break  # "الأمير X بن Y آل سعود ولي ولي عهد المملكة": the crown's office begins, no name's word (pp18)
        if j > k + 1 and not pending_particle and norm in EVENT_OBJECTS:
            break  # "افتتح المدير X Y مهرجان «…»": a bare event noun after a name is what he opens, no name (pp18)
        if j == k + 1 and hyphen_joined(tokens, j):
            j += 2  # "جان-بيير", "جوزيب-لويس": a compound given name is one word, and a foreign name's mark: its
            max_units += 1  # surname may have two words ("جان-إيف لو دريان")
            continue
        if j > k and tokens[j - 1].norm == _AL and tokens[j].is_word and tokens[j].sent == sent \
                and not is_stop(norm):
            arts += 1  # "آل الشيخ", "آل سعود": a family name, whatever its word
            j += 1
            pending_particle = False
            continue
        if _filiated_name(tokens, j, k):
            units += 1  # "فهد بن علي", "علي بن أحمد": a given name that folds like the preposition "على"
            pending_particle = False
            j += 1
            continue
        if j > k and tokens[j - 1].norm == "عبد" and tokens[j].article and tokens[j].is_word \
                and tokens[j].sent == sent and not is_stop(norm):
            j += 1  # "عبد الملك", "عبد الرئيس": the word after عبد completes a given name, whatever it is
            pending_particle = False
            continue
        if j == k + 1 and first == "عبد" and norm in _ABD_BARE_SECOND:
            j += 1  # "عبد ربه منصور هادي": one given name written in two words, as "عبدربه" (ext-t39)
            max_units += 1
            continue
        if filiated and not pending_particle and not arts and j > k + 2 and norm == _FRIDAY and k > 0 \
                and is_honorific(tokens[k - 1].norm) and _family_not_day(tokens, j):
            arts += 1  # "الدكتور X بن Y الجمعة": after an honorific and a filiation chain, a family name
            j += 1
            continue
        if filiated and not pending_particle and not arts and j > k + 2 and _time_adjective_family(tokens, j):
            arts += 1  # "وزير النقل X بن Y المقبل": "next"/"past" right after a filiation chain describes no time
            j += 1  # (no time noun before it), it is his family name (pers20)
            continue
        if j == k + 1 and _month_surname(tokens, k, j):
            units += 1  # "تيريزا ماي": a month's word after a known given name, with no number, is a surname
            j += 1
            continue
        if pending_particle and norm == _SHEIKH and tokens[j - 1].norm == _WALAD:
            j += 1  # "إسماعيل ولد الشيخ أحمد": after "ولد", "الشيخ" is a family name's word, no honorific (ext-t92)
            pending_particle = False  # "إسماعيل ولد الشيخ لزيارة …": "ولد الشيخ" is a whole family name, and the
            continue  # name never ends on the bare "ولد" (pp18)
        if units == 2 and j == k + 2 and not pending_particle and _third_given_before_stop(tokens, k, j, first):
            units += 1  # "الدكتور أحمد محمد علي،": three known given names (his, his father's, his grandfather's)
            j += 1  # closed by a comma or a full stop: one name of three, "علي" too (pfix)
            break
        if j == k + 1 and norm in CALENDAR.WEEKDAYS and _caption_family(tokens, k, j):
            units += 1  # "X الخميسيشارك الأمين العام X الخميس في …": a weekday's word after a given name is his family
            j += 1  # name when the caption glued to the article's first word wrote the same name (s13-pp7)
            continue
        if j > k and _sadiq_name_word(tokens, k, j):
            units += 1  # "الأمين العام محمد طارق صادق والأعضاء", "والأستاذ أحمد صادق ذياب": "صادق" (a stop word: the
            j += 1  # verb "approved") after a known given name, no "على" after it, is the given name of his father
            continue  # or a family name (s13-pp7)
        if j >= k + 2 and not pending_particle and _title_surname(tokens, k, j):
            j += 1  # "أحمد محمد الأمين الشيخ.": a title that is also a family name, right before a full stop or a
            break  # comma, closes the name (pp8)
        if j > k and _blocked(tokens, j):
            break
        if (j == k + 1 or (filiated and not pending_particle and tokens[j - 1].norm not in lex.particles
                           and tokens[j - 1].norm != "عبد")) and _royal_given_run_on(tokens, k, j, first):
            break  # "وبدأ الملك فهد كلمته", "حديقة الملك فهد إقامة معرض", "افتتح الأمير X بن Y مهرجان …": a
            # prince's or a king's given name (or his filiation chain), then a bare word that is no given name:
            # what he did or what the place holds, no family name (xpp)
        if j >= k + 2 and not pending_particle and tokens[j - 1].norm not in lex.particles \
                and _assistant_of_office(tokens, j):
            break  # "X Y مساعد رئيس التحرير": "مساعد" (also a given name) right before an office's title is the
            # office's first word, no third word of the name (s11-pp2s; "X بن مساعد رئيس …" keeps his father's name)
        if j > k and _glued_opening(tokens, j):
            break  # "X الخميسيشارك الأمين العام …": a caption's last word glued to the article's first verb (the
            # word before the glue is written apart further on), no word of the name (s13-pp6)
        if j > k and _script_changes(tokens, k, j):
            break  # "محمد Next", "إرنست ويونجEY": a word in another script (or mixing two) does not continue an
            # Arabic name (xpp)
        if j > k and norm[:1] in "بل" and norm[1:] in place_firsts() and norm not in lex.first_names:
            break  # "سامي بن خالد بجدة": ب/ل + a place says where, it is no surname
        if j > k and norm[:1] == "ل" and not tokens[j].article and norm[1:] in lex.first_names \
                and norm not in lex.first_names and not norm[1:].startswith("ل"):
            break  # "خلال استقبال الملك X آل سعود لسامح شكري": ل + a known given name opens the one he received,
            # no word of the name before it (pp19)
        if j > k and _wa_opens_clause_or_item(tokens[j]):
            break  # "نزار وعبد الله", "X وأصبح …", "X وتتضمن …": و + a compound given name in "عبد", a word written
            # with its hamza or an imperfect in ت opens the next item or clause, no family name (pp4)
        if j > k and _coordinated_name(tokens, j, units):
            break  # "الملوك سعود وفيصل", "وعضوية سعد الحربي ومشعل الغامدي": و opens the next person (ext-t34)
        if j == k + 1 and _accusative_role(tokens[j], norm):
            break  # "اختيار الشاعر X نائبا", "وX عضوا": a role in the accusative (its tanween unwritten) after a single
            # word says what he was made, no family name (s13-pp6)
        if j > k and tokens[j].text.endswith(("اً", "ًا", "ً")):
            break  # "اختيار الأمير X بن Y ولياً للعهد": an accusative with tanween is no name's word (ext-t34)
        if j > k and _speaker_participle(tokens, j):
            break  # "ويضيف X قائلا: …", "وتابع X موضحا أن …": the speaker's circumstantial participle, no surname (pp4)
        if j > k and norm not in lex.first_names and (norm in _CLAUSE_WORDS or (
                not tokens[j].article and norm.startswith(("است", "واست")) and len(norm) >= 5
                and not tokens[j].text.endswith("ه"))):  # ("استقالته": what he gave, closes a foreign name)
            break  # "شقيقي X عندما كان …", "الرئيس X الآن", "X نفسه", "X استمر في …": a word of a clause (an adverb,
            # a conjunction, a reflexive, a verb or verbal noun of the استفعل form) no name continues through (pp4)
        if j > k and tokens[j].text in _FA_INNA:
            break  # "أما الرئيس X Y فإن …": "فإن" written with its hamza opens the predicate, no name's word (pp13;
            # "فان" as written in "لويس فان خال" stays)
        if j > k + 1 and first in lex.first_names and _pronoun_verbal_noun(tokens[j]):
            break  # "أبدى الرئيس X Y استعداده للتعامل …": a verbal noun with "his" is what he showed, no surname (a
            # foreign name's reading takes it as its end instead) (pers20)
        if j > k and _pronoun_suffixed(tokens[j]):
            break  # "أبدى X وY غضبهما", "X كعادته", "X بمكتبها": a noun or a preposition carrying a pronoun is a
            # phrase about the person, no word of the name (pp4)
        if j > k and _TAFIL_ACC_STRICT.match(norm) and norm not in lex.first_names:
            break  # "حيث قدم X تعريفا بالبرنامج": an accusative verbal noun (تفعيل, tanween unwritten), no family name
        if j > k and (norm.endswith(("اتها", "اتهم", "اتهما")) or (norm.endswith("اته") and len(norm) >= 7)) \
                and norm not in lex.first_names:
            break  # "أجرى الوزير X أولى مباحثاته", "تصريحاتها": a plural with its owner's pronoun is no family name
            # (not a short name in "اته", "شحاته")
        if j > k and norm[:2] == "لت" and 5 <= len(norm) <= 6 and not tokens[j].article and norm not in lex.first_names:
            break  # "الأمير خالد لتفقد …", "لتقديم", "لتكون": ل + a verbal noun or a verb in ت says what for, no family
            # name (none in either corpus after a given name)
        if j > k and norm[:1] == "ك" and norm[1:] in PEOPLE.AS_ROLES:
            break  # "بمشاركة محمد صلاح كمهاجم", "عمل X كمدير …": ك + a role ("as a striker") says what he is, it is
            # no family name
        if j == k + 1 and _feminine_description(tokens[j], norm) \
                and not (first.startswith("عبد") and not tokens[j].article):
            break  # "وقالت X جيمس المسؤولة بوزارة …", "وجيمس مكلفة شؤون …", "وكانت X جيمس التقت …": what she is or did
            # (not a bare word after a man's "عبد …" given name: "وعبدالإله مؤمنة أمين …" has a family name in ة;
            # "مكتبة الملك عبدالعزيز المتنقلة" keeps its adjective out, ext-t125)
        if j > k and norm[:1] == "ل" and tokens[j].text.endswith("ة") and _li_construct(tokens, j):
            break  # "عمل جليل لخدمة الوطن", "قال X لصحيفة الرياض": ل + a feminine noun in construct with a definite
            # word says what for or to whom, no family name ("رمطان لعمامرة إن" stays) (ext-t100)
        if j == k + 1 and norm[:1] in "بل" and tokens[j].text.endswith("ة") and not tokens[j].article \
                and norm not in lex.first_names and not norm.startswith(("با", "بو", "بن", "بل", "لل")) \
                and not _closed_after(tokens, j) and not tokens[j + 1].article \
                and longest_entry(tokens, j + 1, lex.titles, max_len=4, clitics="") is None:
            break  # "طالب الدكتور X بضرورة إلغاء …", "يقوم X بمراجعة عمل …", "مع لاعب الوسط X لمدة عامين": ب/ل + a noun
            # in ة before a bare word is a phrase, no family name ("X لهيطة،", "X باسلمة", "X بوريطة", "X بركة الأمين
            # العام", "X بركة رئيس …" stay) (ext-t113)
        if j > k and _li_purpose(norm):
            break  # "دعا المبعوث X أحمد لزيارة المدينة": ل + a visit or a meeting says what for (ext-t34)
        if j > k and tokens[j].article and norm[:1] == "و" and norm[1:3] == "ال":
            break  # "سامح شكري والوفد المرافق": و + a definite word opens the next item
        if j > k and norm[:1] == "و" and is_stop(norm[1:]) and norm not in lex.first_names:
            break  # "كان فيصل وسوف يبقى …": و + a function word opens a clause (ext-t45)
        if j > k and norm[:1] == "و" and not tokens[j].article and norm.endswith(("هما", "هم")) and len(norm) >= 6 \
                and norm not in lex.first_names:
            break  # "إلى مستشفى X وأخبرتهما …": و + a verb with a dual or plural object opens a clause (ext-t67)
        if j > k and norm[:1] in "بل" and not tokens[j].article and norm.endswith(("هما", "هم")) and len(norm) >= 6 \
                and norm not in lex.first_names:
            break  # "تكريم أم فهد وأم خالد لحضورهما", "X Y بمشاركتهم": ب/ل + a noun with a dual or plural
            # pronoun says why or how, no family name (ext-t78)
        if j > k and not tokens[j].article and (_IMPERFECT_WITH_TA.match(norm) is not None
                                                 or _PAST_ALIF_MAQSURA.match(tokens[j].text) is not None
                                                 or _IFTAAL_VERB.match(norm) is not None) \
                and norm not in lex.first_names:
            break  # "موضي تتواصل مع …", "X Y يتحدث", "X سيتم": an imperfect verb in يت/تت after a name (pp14); "الدكتور
            # X تولى إدارة …", "X أبدى", "X انتهى": a past verb written with ى (names22); "X Y يعتبر من …", "X يمتلك",
            # "X اتضح منها": a verb of the افتعل form (names23)
        if j > k and not tokens[j].article and norm.endswith("ت") and 4 <= len(norm) <= 6 \
                and norm not in lex.first_names and j + 1 < n and tokens[j + 1].sent == sent \
                and tokens[j + 1].norm in _TO_THEM:
            break  # "الروائي X Y صدرت له أربع روايات": a past verb in ت and "له" is what befell him, no family name
            # (names21; "رفعت", "مدحت", "حكمت" are given names and stay)
        if j > k and _bi_noun_with_pronoun(tokens[j], norm) and norm not in lex.first_names:
            break  # "ولا نقتل يوسف بحقدنا", "X Y بجهودكم", "أمر X بعلاجه": ب/ل + a noun with a pronoun (pp14)
        if j > k and tokens[j].article and tokens[j].text.endswith("ة") and _FAAILA.match(norm) is not None \
                and norm not in lex.first_names and norm[:-1] not in PEOPLE.ORDINAL_KINGS:
            break  # "خبرة والده سلمان الناجحة": a feminine active participle after a name describes what is
            # named before it, no family name ("إليزابيث الثانية" stays a queen's) (pp14)
        if j > k and tokens[j].article and norm in _DEPUTIES and j + 1 < n and tokens[j + 1].sent == sent \
                and (tokens[j + 1].norm in CHAINS.FORMER or tokens[j + 1].norm.startswith("ل")):
            break  # "X Y النائب السابق لرئيس …": the deputy's office after the name, no family name (ext-t51)
        if j > k and norm[:1] in "بلك" and norm[1:] in _DEMONSTRATIVES and norm not in lex.first_names:
            break  # "X Y بهذه المناسبة", "X Y لذلك": ب/ل/ك + a demonstrative opens a phrase, no surname (ext-t51)
        if j > k and phrase_after_name(tokens[j]):
            break  # "وصفه X بأنه …", "X لأنه", "X بكل …", "تعهد X بتحقيق …" (fpeople)
        if j > k and tokens[j].article and norm.startswith("ال") and place_len(tokens, j) >= 2:
            break  # "أن يزور الملك سلمان الولايات المتحدة": a place of two words or more is what follows (ext-t45)
        if j == k and (is_stop(norm) or norm in PEOPLE.NOT_NAMES or not tokens[j].is_word):
            return None
        if j == k and _and_the_description(norm, lex.first_names):
            return None  # "المهندس والباحث الأمني X": a second description after the honorific, no name (pp15)
        if j == k and norm[:1] == "و" and len(norm) >= 5 and norm not in lex.first_names \
                and norm[1:] not in lex.first_names and _masdar("ال" + norm[1:]):
            return None  # (tuning204) "بحضور وتفاعل كبير من الأهالي": "و" + a verbal noun, no name's first word
        if tokens[j].article and norm.startswith("ال") and norm in PEOPLE.NOT_SURNAMES:
            break
        if j > k and tokens[j].article and norm.startswith("ال") and event_noun(norm) and norm not in lex.first_names:
            break  # "افتتح مدير الجامعة الدكتور X Y الندوة": an event noun after the name is the verb's object
        if j == k + 1 and k > 0 and tokens[k - 1].norm in _THE_KING and tokens[k - 1].sent == sent \
                and not (k > 1 and tokens[k - 2].norm in _MAJESTY) and tokens[j].article \
                and norm not in PEOPLE.ORDINAL_KINGS and norm not in CALENDAR.ORDINALS and norm not in lex.first_names:
            break  # "الملك سلمان الريادي والفعال": after a king's given name a definite word describes him (a king
            # takes no family name with the article; "محمد السادس", "إدوارد الثامن" are ordinals; "مستشار جلالة
            # الملك X Y" names the adviser, the king's office ends his title)
        if norm in ROLES.HONORIFIC_PRONOUNS or strip_clitic(norm)[0] in ROLES.HONORIFIC_PRONOUNS:
            if j == k:
                return None
            break  # "وحمد سموه الله": an honorific with its holder's pronoun names no one, and ends a name
        if j >= k + 2 and not pending_particle and not tokens[j].article and norm in PEOPLE.ENDS_NAME \
                and norm not in lex.first_names and j + 1 < n and tokens[j + 1].is_word and tokens[j + 1].sent == sent:
            break  # "وكان عبد المهدي أمر بفتح …", "الأمير مولاي اسماعيل متزوج من …": a common past verb, noun or
            # adjective after a complete name, before the word it governs, ends it: no family name (names25)
        if j > k + 1 and tokens[j].article and _masdar(norm):
            break  # "دعوة الرئيس عبد العزيز بوتفليقة الترشح": a verbal noun after the name is its object
        if j > k and _head_plural(tokens[j]) and norm not in lex.first_names:
            break  # "وجه الوزير X Y وزارات الاستثمار …": the plural of a body's head noun is the verb's object, no
            # family name (pp17)
        if j > k and tokens[j].article and _afaal_plural(norm) and norm not in lex.compound_second \
                and norm not in lex.first_names:
            break  # "تفقد رئيس الوزراء خالد بحاح الأوضاع في …": a broken plural of the أفعال form after the name is
            # the verb's object, no family name (pp17)
        if j == k + 1 and tokens[j].article and _masdar(norm) and j + 1 < n and tokens[j + 1].sent == sent \
                and tokens[j + 1].norm in _VISIT_PREPOSITIONS and norm not in lex.first_names:
            break  # "ولفت X الانتباه إلى …", "وطلب X التدخل في …": a definite verbal noun and its preposition after
            # a one-word name are the verb's object, no family name (pp4)
        if j > k and tokens[j].article and _TAFIL_DEFINITE.match(norm) and norm not in _TAFIL_SURNAMES \
                and norm not in lex.first_names and j + 1 < n and tokens[j + 1].sent == sent \
                and (tokens[j + 1].norm in _VISIT_PREPOSITIONS
                     or (tokens[j + 1].norm[:1] == "ب" and len(tokens[j + 1].norm) >= 5)):
            break  # "وجدد X التأكيد على …", "من حق العماد X Y التلويح بالشارع": a definite verbal noun of the تفعيل
            # form and the preposition it takes are the verb's object, no family name ("X التوفيق" stays) (names21)
        if j > k + 1 and tokens[j].article and norm in CHAINS.RANKS and j + 1 < n and tokens[j + 1].sent == sent \
                and tokens[j + 1].is_word and not tokens[j + 1].article:
            break  # "الأمير X بن Y اللواء Z": a rank opens the next name (not "X العميد،": a family name)
        if j > k and not tokens[j].article and norm[:1] in "بل" and _MASDAR_AFTER_LETTER.match(norm[1:]) \
                and norm not in lex.first_names:
            break  # "X Y بانتظار …", "X Y لاستكمال …": ب/ل + a verbal noun of the افتعال or استفعال form (ext-t100)
        if j > k and not tokens[j].article and len(norm) >= 5 and tokens[j].text.startswith(("لإ", "لأ", "بإ", "بأ")) \
                and norm not in lex.first_names:
            break  # "دلال أبو آمنة لإحياء حفلاتها", "X بإعداد …", "لأمراض": ب/ل + a word written with its hamza is a
            # preposition and a noun, no family name (the Hadrami "با…" names are written without one: "باهمام")
        if j > k and len(norm) == 4 and norm[0] == "ت" and norm[1] not in "اوي" and not tokens[j].article \
                and norm not in lex.first_names and j + 1 < n and tokens[j + 1].sent == sent \
                and ((j == k + 1 and is_stop(tokens[j + 1].norm) and tokens[j + 1].norm not in _THAT_CONJUNCTIONS)
                     or _verb_object_after(tokens, j + 1)):
            break  # "وكان خالد تحدث عن …", "X تقدم إلى …": a verb of the تفعّل form (or an imperfect in ت) before a
            # function word, no family name; not before "أن/إن" ("قالت مارغريت تشان أن …": a name) (ext-t149); before
            # its definite object ("لوكهيد مارتن تدعم الحكومة", names22)
        if j > k and not tokens[j].article and (norm in EVENTS.VISIT or norm in EVENTS.MEETING) \
                and norm not in lex.first_names and j + 1 < n and tokens[j + 1].sent == sent \
                and (tokens[j + 1].norm in _VISIT_PREPOSITIONS or tokens[j + 1].article):
            break  # "أجرى وفد برئاسة X زيارة إلى …": a visit or a meeting noun, the object of the verb, no family name
            # (ext-t149)
        if j > k and not tokens[j].article and (norm in PEOPLE.ASSIGNED_AS or (
                norm[:1] == "ل" and f"ب{norm[1:]}" in PEOPLE.ASSIGNED_AS)) and norm not in lex.first_names:
            break  # "انتخاب الدكتور X لمنصب رئيس …", "X بمنصب …": the office he was given, no family name (s13-pp6)
        if j > k and len(norm) == 5 and norm[0] == "ي" and norm[2] == "ا" and not tokens[j].article \
                and norm not in lex.first_names \
                and j + 1 < n and tokens[j + 1].sent == sent and tokens[j + 1].norm in _VISIT_PREPOSITIONS:
            break  # "القطاع الهام يعاني من …", "X يشارك في …": an imperfect verb of the فاعل form before its
            # preposition, no family name ("X يلماز في …" stays) (s13-pp6)
        if j > k and len(norm) == 6 and norm.startswith("يست") and norm not in lex.first_names:
            break  # "الشيخ X بن Y يستقبل وزير …": an imperfect verb of the استفعل form, no family name (ext-t149)
        if j > k and len(norm) == 5 and norm[:2] in ("يت", "تت") and norm not in lex.first_names:
            break  # "نبيلة تتطلب الكثير", "X يتحدث": an imperfect verb of the تفعّل or تفاعل form, no surname (ext-t100)
        if j == k + 1 and tokens[j].article and norm.endswith("يه") and is_nationality(norm):
            break  # "شركة لوكهيد مارتن الأمريكية", "مدينة X الهولندية": a feminine nationality after one word
            # agrees with the company or town named, it is no family name (pnames)
        if j > k and tokens[j].article and j + 1 < n and tokens[j + 1].sent == sent \
                and tokens[j + 1].norm in _ACTING_FOR:
            break  # "وأليسا X القائمة بأعمال مساعد الوزير", "X Y القائم بالأعمال": the acting holder's participle opens
            # the office, no family name (pp9)
        if j > k and counterpart_word(norm):
            break  # "التقى الوزير X Y نظيره الفرنسي": the counterpart's word opens the next person (pp9)
        if j > k + 1 and tokens[j].article and _MUTAFAAIL.match(norm) and norm not in lex.first_names:
            break  # "علي عبدالله صالح المتحالف مع …", "اللواء X Y المتقاعد": a participle of the تفاعل form says
            # what he is or does, no family name (pp10)
        if j > k and tokens[j].article and norm in _STANDING:
            break  # "X Y المحلل السياسي", "X اليوسفي القيادي في الحزب": what he is, after his name (ext-t100)
        if j > k and tokens[j].article and norm.startswith("الم") and norm.endswith("ين") and len(norm) >= 8 \
                and norm not in lex.compound_second and norm not in lex.first_names:
            break  # "X Y المتظاهرين": a plural participle (the object of the verb before), no family name (ext-t100)
        if units >= 3 and tokens[j].article and not norm.endswith(("ي", "يه")) and place_len(tokens, j):
            break  # "رجب طيب أردوغان الرياض": a city after a name of three words is where, no family name (ext-t100)
        if units == 2 and tokens[j].article and not norm.endswith(("ي", "يه")) and _place_then_more(tokens, j) \
                and not (filiated and _styled_at(tokens, k) and place_len(tokens, j) == 1 and _closed_after(tokens, j)):
            break  # "وصل وزير الخارجية جون كيري القاهرة يوم …": the city visited, then the sentence goes on (ext-t114);
            # but "الدكتور X بن Y السويد ومساعده": after a styled name and its father's, a one-word place closed off
            # by a boundary is the family name
        if units >= 2 and not arts and norm in PEOPLE.DESCRIPTORS and first not in lex.first_names \
                and not first.startswith("عبد"):
            break  # "موريس أوبستفلد الأكاديمي والمستشار …": a foreign name, then his profession (ext-t28)
        if norm.startswith("ال") and tokens[j].article and j != k:
            if not arts and tokens[j - 1].norm not in lex.particles and tokens[j - 1].norm != "عبد" \
                    and _royal_definite_run_on(tokens, k, j, first):
                break  # "قاعدة الملك X الجوية", "الملك X الحكم": no house name, the body or the sentence goes on (xpp)
            if not arts and (filiated or units == 1) and norm.endswith(("ي", "يه")) and len(norm) >= 6 \
                    and norm not in lex.first_names and norm not in PEOPLE.ORDINAL_KINGS and _named_after(tokens, k):
                break  # "جامعة نايف العربية", "مجمع الأمير X بن Y الأولمبي": the adjective of the body named after
                # him, no family name (ext-t34)
            if norm in lex.compound_second and not arts:
                j += 1
                continue
            if tokens[j - 1].norm in ("عبد",) or tokens[j - 1].norm.endswith("عبد"):
                j += 1
                continue
            if arts == 1 and units and _honoured_family(tokens, k, j):
                arts += 1  # "الأستاذ عبدالله العلي النعيم، … النعيم": a second family name after an honorific
                j += 1
                break
            if units == 3 and not arts and tokens[j].text.endswith("ة") and tokens[k + 2].norm[1:3] == "ال" \
                    and _faal_given(tokens[k + 2], tokens[k + 2].norm):
                break  # "قاوم علي عبدالله صالح الخسارة": a noun in ة after a name whose third word is "صالح" (ext-t125)
            if arts == 1 and units and tokens[j - 1].norm[2:] in lex.first_names and j + 1 < n \
                    and tokens[j + 1].sent == sent and ((tokens[j + 1].text.endswith(("اً", "ًا"))
                                                         and (tokens[j + 1].norm[:-1],) in lex.titles)
                                                        or _branch_before_mark(tokens, j, units)):
                arts += 1  # "X سعود السعود الفلاني عضواً": a family named "ال" + a given name, then the branch's
                j += 1  # name, before an accusative role (a board's list) (s13-pp6)
                break
            if units == 0 or arts >= 2 or (arts == 1 and not norm.endswith(("ي", "ى"))):
                break  # a second article surname is a nisba ("رشيد الطالبي العلمي"), not "الخلفي الإجابة"
            if units >= 2 and (norm.endswith("ات") or _feminine_participle(tokens[j], norm) or (
                    norm.endswith("يه") and not (
                        filiated and tokens[j].text.endswith(("ية", "يّة")) and _hard_close(tokens, j)
                        and first in lex.first_names and not _eponym_before(tokens, k)))):
                break  # "حكومة … بنيامين نتنياهو الائتلافية": after two names, an adjective ("الحسين الرحوية" stays)
            arts += 1
            j += 1
            pending_particle = False
            continue
        if arts == 1 and norm in PEOPLE.FILIATION and tokens[j - 1].norm.startswith("ال") \
                and tokens[j - 1].norm not in PEOPLE.ORDINAL_KINGS \
                and j + 1 < n and tokens[j + 1].sent == sent and tokens[j + 1].norm in lex.first_names:
            pending_particle = filiated = True  # "الأمير خالد الفيصل بن عبدالعزيز": a house name, then the filiation
            arts = 0
            j += 1
            continue
        if arts == 1 and units and norm == _ABA and j + 1 < n and tokens[j + 1].sent == sent \
                and tokens[j + 1].is_word and not is_stop(tokens[j + 1].norm) and (
                    tokens[j + 1].article or tokens[j + 1].norm in lex.first_names):
            j += 2  # "الدكتور X المهنا أبا الخيل": a family written "أبا" + a word after the branch's name (s13-pp6)
            break
        if arts:
            break
        if j > k and norm[:1] == "و" and norm.endswith(("ه", "ها", "هم")) and norm not in lex.first_names:
            break  # "دونالد وصهره"
        if j > k and norm[:1] == "و" and norm[1:] in FUNCTION_WORDS.ROLE_PLURALS:
            break  # "بجامعة الملك عبدالعزيز وأعضاء …": a plural of persons opens the next item (ext-t25)
        if j > k and norm[:1] == "و" and is_honorific(norm[1:]) and norm not in lex.first_names:
            break  # "الملك سلمان وسمو ولي عهده": و + an honorific opens the next item
        if norm in lex.particles and j > k:
            pending_particle = True
            filiated = filiated or norm in PEOPLE.FILIATION
            j += 1
            continue
        if units >= max_units and not pending_particle and filiated and not arts \
                and not (k > 0 and tokens[k - 1].norm in CHAINS.ROYAL) \
                and (taken := _grandfather_and_family(tokens, j)):
            j += taken  # "ممدوح بن مسفر محمد المسيلي،": after "X بن Y", the grandfather's known given name and a
            break  # definite family name (or two nisbas) end one name, not two; not a prince's "X بن Y" (pp13)
        if units >= max_units and not pending_particle and filiated and _family_name(tokens, j):
            units += 1  # "ناصر بن سعد قحطاني،": a family name closes a filiation chain
            j += 1
            break
        if units == 2 and j == k + 2 and not pending_particle and (
                _unknown_before_two_given(tokens, k, j, first) or _unknown_titled_before_family(tokens, k, j, first)):
            return Name(k, j + 1, clitic, True)  # "الرئيس السوداني X محمد عبدالرحمن": a given name the lexicon
            # lacks, right after the office, then his father's and grandfather's known names: one name (ext-t81)
        if units == 2 and j == k + 3 and not pending_particle and _compound_given_family(tokens, k, j, first):
            units += 1  # "وعبد العزيز أحمد جباري،", "ضياء الدين سعيد X،": a given name in two words, the father's
            j += 1  # known name, then a bare family name closed by a boundary (ext-t100)
            break
        if units == 3 and j == k + 3 and not pending_particle and not filiated \
                and _fourth_family(tokens, k, j, first):
            units += 1  # "خالد محمد صالح صيرفي عضوا،": three known given names (his, his father's, his grandfather's),
            j += 1  # then a bare family name closed by a boundary (ext-t125)
            break
        if units == 2 and j == k + 2 and not pending_particle and first in lex.first_names \
                and _third_before_office(tokens, j):
            units += 1  # "اختيار هاني X Y عضو مجلس …": a known given name, two bare words, then an office: the
            j += 1  # third word is the family name, the office is his (ext-t87)
            break
        if units == 2 and j == k + 2 and not pending_particle and _third_before_stop(tokens, k, j, first) \
                and (not clitic or first in lexicon().first_names):
            units += 1  # "الكاتب X Y Z،": two bare words, then a third closed by a comma or a full stop: the family
            j += 1  # name, whatever the given names (not after و taken off an unknown word: "ويليام") (names2)
            break
        if units == 2 and j == k + 2 and not pending_particle and first in lex.first_names \
                and tokens[k + 1].norm in lex.first_names and _verb_or_plural_third(tokens[j], norm):
            break  # "بدأ القائد محمد نور يشارك …", "أجرى اللاعب إبراهيم غالب تدريبات …": after two given names, an
            # imperfect verb or a plural noun is what he does, no family name (pp10)
        if units == 2 and j == k + 2 and not pending_particle and _object_verbal_noun(tokens, j) \
                and norm not in lex.first_names:
            break  # "برئاسة سامي فرج تأجيل المباراة": a verbal noun and its definite object (what the body decided)
            # follow two given names, no third name (ext-t149)
        if units >= max_units and not pending_particle and not (
                units == 2 and first in lex.first_names and (
                    (j == k + 2 and tokens[k + 1].norm in lex.first_names and (norm[1:3] != "ال" or (
                        tokens[k + 1].norm.startswith("عبد") and _closed_after(tokens, j))
                        or _faal_given(tokens[j], norm)))
                    or (j == k + 3 and tokens[k + 1].norm == "عبد" and _closed_after(tokens, j))  # "علي عبد الله صالح"
                    or (j == k + 2 and tokens[k + 1].norm in _SPELLED_INITIALS)  # "جورج دبليو بوش" (names22)
                    or (j == k + 2 and tokens[k + 1].norm.startswith("عبد") and len(tokens[k + 1].norm) > 5
                        and not tokens[j].article and norm[1:3] != "ال" and norm not in lex.first_words
                        and _closed_after(tokens, j)))  # "محمد عبدالشكور X وبحضور …": a father's joined "عبد…"
                # name the lexicon lacks, then a bare family name before a boundary (s13-pp6)
                and norm[:1] != "و" and not (norm[:1] in "بلفك" and norm[1:3] == "ال")
                and not (norm[:1] in "بل" and tokens[j].text.endswith("ة"))  # "جان ماركو لوكالة": a ل-phrase
                and not _pronoun_phrase(tokens[j])  # "X Y بمكتبه": where he met, no third name (ext-t81)
                and not (_LI_IMPERFECT.match(norm) and norm not in lex.first_names)  # "X Y ليحل محله" (ext-t81)
                and not norm.endswith(("ته", "ها", "هم", "ا"))):
            break  # a third bare word only after two given names ("محمد نجيب بوليف")
        if j > k and len(norm) == 4 and norm[0] == "ي" and norm not in lex.first_names and not pending_particle \
                and not (j + 1 < n and tokens[j + 1].sent == sent and starts_head(tokens, j + 1, strip=False)):
            break  # "عبد الناصر يطيح": an imperfect verb, not a surname ("محمد يتيم وزير …" is a name)
        if units == 2 and norm.endswith("ا") and not pending_particle:
            break  # "محمد صلاح موسما رائعا": an accusative noun, not a third name
        units += 1
        pending_particle = False
        j += 1
    if pending_particle:
        j -= 1
    while j - k > 2 and tokens[j - 1].norm in ("عبد", *lex.particles):
        j -= 1  # "محمد بن سلمان بن عبد" → "محمد بن سلمان"
    if j - k == 2 and (first == "عبد" or tokens[k + 1].norm in lex.compound_second):
        return None  # "عبد الإله", "نور الدين" alone: a given name without a surname
    if units == 0 or ((units + arts) < 2 and not (units == 1 and j - k >= 2)):
        return None
    if j - k < 2:
        return None
    last = tokens[j - 1].norm
    if last in PEOPLE.ORDINAL_KINGS and not (k > 0 and tokens[k - 1].norm in PEOPLE.KING):
        return None
    country = first in _MAYOR and j - k == 2 and (tokens[k + 1].norm,) in lex.countries
    # "والمعد البدني أمين الشيلي": a city has a mayor ("أمين"), a country none: "أمين" + a country's word is a given
    # name and its family name (s13-pp7)
    if _is_place(tokens, k, j) and not country:
        return None
    if first in _MAYOR and k + 1 < n and not country and (tokens[k + 1].norm == _CAPITAL or (
            place_len(tokens, k + 1) and tokens[k + 1].norm[:1] not in "وبل")):
        return None  # "وأمين عمان X", "أمين جدة X": a city's mayor, his office before his name (ext-t34); "أمين
        # العاصمة المقدسة X": the capital's (ext-t82)
    if any(tokens[x].norm.endswith(("ها", "هم")) and len(tokens[x].norm) > 4 and tokens[x].norm not in lex.first_names
           for x in range(k, j)):
        return None  # "أوراق اعتمادها": a possessive noun phrase, not a name
    known = first in lex.first_names or first.startswith("عبد") or (
        k + 2 < j and tokens[k + 1].norm in PEOPLE.FILIATION and not tokens[k].article) or (  # "X بن Y": X is a given
        k + 3 < j and tokens[k + 1].norm == _ALLAH and tokens[k + 2].norm in PEOPLE.FILIATION  # name; "غرم الله بن
        and not tokens[k].article)  # Y": a compound given name in الله before "بن" (ext-t112)
    if not known and any(tokens[x].text.endswith("ه") and tokens[x].norm not in lex.first_names
                         for x in range(k + 1, j - 1)):
        return None  # "وسمو ولي عهده الأمين": a noun with its pronoun inside, no unknown name
    return Name(k, j, clitic, known)


_LATIN_LETTER = re.compile(r"[A-Za-z]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_ORDINAL_FORM = re.compile(r"^ال\wا\w\w$")  # "الثامن", "التاسع", "العاشر": an ordinal's فاعل form


def _script_changes(tokens: list[Token], k: int, j: int) -> bool:
    """The word at ``j`` holds a Latin letter while the name's first word is Arabic ("محمد Next", "إرنست ويونجEY"):
    a page's button, a company's Latin brand glued to its Arabic name, never the family name (xpp)."""
    return bool(_ARABIC_LETTER.search(tokens[k].text)) and bool(_LATIN_LETTER.search(tokens[j].text))


def _chain_start(tokens: list[Token], k: int, sent: int) -> int:
    """The first given name of the filiation chain that ends with the name at ``k`` ("الأمير X بن Y": X's index
    for Y's), within ``sent``."""
    names = lexicon().first_names
    while k > 1 and tokens[k - 1].norm in PEOPLE.FILIATION and tokens[k - 2].norm in names \
            and tokens[k - 2].sent == sent:
        k -= 2
    return k


def _royal_named(tokens: list[Token], k: int, j: int, first: str) -> bool:
    """The name at ``k`` (a known given name, not a bare "عبد") follows a royal title ("الملك", "الأمير", also with
    و/ب/ل) in the sentence of ``tokens[j]``, or opens inside a filiation chain that goes back to one ("الأمير X بن Y …"
    read from Y); not when the royal word is an office's complement ("مستشار الملك X Y Z": the adviser's name) (xpp)."""
    lex = lexicon()
    if k == 0 or first not in lex.first_names or first == "عبد":
        return False
    sent = tokens[j].sent
    k = _chain_start(tokens, k, sent)
    before = tokens[k - 1]
    if before.sent != sent or strip_clitic(before.norm, "وبل")[0] not in PEOPLE.ROYAL_TITLES:
        return False
    x = k - 2
    while x >= 0 and tokens[x].sent == sent and (is_honorific(tokens[x].norm) or tokens[x].norm in PEOPLE.ROYAL_STYLE
                                                   or tokens[x].norm in PEOPLE.KING):
        x -= 1  # "مستشار جلالة الملك X Y Z": the styles of the king before his title
    return not (x >= 0 and tokens[x].is_word and not tokens[x].article and tokens[x].norm in lex.first_words)


def _royal_given_run_on(tokens: list[Token], k: int, j: int, first: str) -> bool:
    """After a royal's given name (or his filiation chain, ``_royal_named``), a bare word at ``j`` that is no given
    name, no particle, no "عبد", in no other script: an Arab king or prince is named by his given name, his filiation
    ("بن") or his house ("آل", a definite family name), never by a bare family name, so the bare word is what he did
    or a word of the sentence ("بدأ الملك X كلمته", "الأمير X فتح …", "الأمير X بن Y يلتقي …"); a doubled-alif ordinal
    typo ("االسادس") is no such word (xpp)."""
    lex = lexicon()
    t = tokens[j]
    return _royal_named(tokens, k, j, first) and t.is_word and not t.article and not t.norm.startswith("اال") \
        and not _LATIN_LETTER.search(t.text) and t.norm not in lex.first_names and t.norm not in lex.particles \
        and not t.norm.startswith("عبد") and t.norm not in lex.compound_second \
        and not (t.norm[:1] == "و" and t.norm[1:] in lex.first_names)


_GOD = fold("الله")  # a compound's second half only after "عبد": "رحمه الله" after a king's name is a blessing


def _royal_definite_run_on(tokens: list[Token], k: int, j: int, first: str) -> bool:
    """After a royal's given name (or his filiation chain, ``_royal_named``), a definite word at ``j`` is his house's
    name only when it is "ال" + a given name ("الفيصل", "الحسين"), a nisba in ي ("السديري"), a king's ordinal
    ("الثاني") or "آل" written "ال" apart; any other is the body named after him or a word of the sentence
    ("قاعدة الملك X الجوية", "جائزة الأمير X بن Y العالمية", "الملك X الحكم") (xpp); the second half of a compound
    given name is his ("الأمير X بن سيف الدين بن سعود": the lead, after the judged changes of the eleventh session)."""
    t = tokens[j]
    return _royal_named(tokens, k, j, first) and t.article and len(t.norm) > 2 \
        and t.norm[2:] not in lexicon().first_names and t.norm not in PEOPLE.ORDINAL_KINGS \
        and not (t.norm in lexicon().compound_second and (t.norm != _GOD or tokens[j - 1].norm.startswith("عبد"))) \
        and not (_ORDINAL_FORM.match(t.norm) and not t.text.endswith("ة")) and not t.norm.startswith("اال") \
        and (not t.norm.endswith("ي") or _named_after_royal(tokens, k, j))


_NAMED_PLACES = frozenset(fold(w) for w in ("منتزه", "متنزه", "حديقة", "حدائق", "شارع", "طريق", "ميدان", "جسر",
                                            "ملعب", "استاد", "قاعدة", "مدينة", "واحة", "مطار", "ميناء"))


def _named_after_royal(tokens: list[Token], k: int, j: int) -> bool:
    """ "منتزه الملك X البيئي", "مستشفى الأمير X بن Y العسكري": the royal's title (``k``'s, back over his filiation
    chain and styles) right after an indefinite head that names a place or a body after him: a definite word in ي
    after the name is that place's or body's adjective, not his house's nisba (s11-pp2s)."""
    sent = tokens[j].sent
    k = _chain_start(tokens, k, sent)
    x = k - 2
    while x >= 0 and tokens[x].sent == sent and (is_honorific(tokens[x].norm) or tokens[x].norm in PEOPLE.ROYAL_STYLE):
        x -= 1
    if x < 0 or tokens[x].sent != sent or not tokens[x].is_word or tokens[x].article:
        return False
    head = strip_clitic(tokens[x].norm, "وبل")[0]
    return head in _NAMED_PLACES or head in INSTITUTIONS.EPONYM_HEADS


_DEPUTIES = frozenset({fold("النائب"), fold("النائبة")})
_ACTING_FOR = frozenset(fold(w) for w in ("بأعمال", "بالأعمال"))  # "القائم بأعمال …", "القائمة بالأعمال"


def counterpart_word(norm: str) -> bool:
    """ "نظيره", "ونظيرته": a counterpart's word ([counterparts] in people.txt), with or without a leading و."""
    return norm in PEOPLE.COUNTERPARTS or (norm[:1] == "و" and norm[1:] in PEOPLE.COUNTERPARTS)


_WALAD, _SHEIKH = fold("ولد"), fold("الشيخ")
_DEMONSTRATIVES = frozenset(fold(w) for w in ("هذا", "هذه", "هذة", "ذلك", "تلك", "هؤلاء", "هذين", "هاتين"))
_AL = fold("آل")


def _adverbial_participle(tokens: list[Token], k: int, first: str) -> bool:
    """ "، متهما", "، مؤكدا", "، مستشهدا": right after a comma, a word of five letters or more opening with "م" and
    ending with the accusative's alef is a participle that opens a circumstantial clause, never a given name (the
    few given names of that shape, "ماريا", are in the first-name list) (ext-t86)."""
    return len(first) >= 5 and first[0] == "م" and first[-1] == "ا" and k > 0 and tokens[k - 1].norm in COMMAS \
        and first not in lexicon().first_names


_WALI = fold("ولي")
_AHD = fold("عهد")
EVENT_OBJECTS = frozenset(w for w in EVENTS.CEREMONY | EVENTS.ASSEMBLY | EVENTS.CELEBRATION | EVENTS.EDITION_OF
                           if not w.startswith("ال"))  # bare nouns of events, festivals and prizes (pp18)


def _crown_title_at(tokens: list[Token], j: int) -> bool:
    """ "ولي عهد …", "ولي ولي عهد …" open at ``j``: the crown prince's (or his deputy's) office, even written
    indefinite before its state ("ولي ولي عهد المملكة العربية السعودية"), never a given name "ولي" (pp18)."""
    if tokens[j].norm != _WALI:
        return False
    x = j + 1
    if x < len(tokens) and tokens[x].norm == _WALI:
        x += 1
    return x < len(tokens) and tokens[x].sent == tokens[j].sent and tokens[x].norm.startswith(_AHD)


_MAYOR = frozenset({fold("أمين"), fold("أمينة")})
_CAPITAL = fold("العاصمة")
_ABD_BARE_SECOND = frozenset(fold(w) for w in ("ربه", "ربو", "النبي"))  # "عبد ربه", "عبد النبي"


def _unknown_before_two_given(tokens: list[Token], k: int, j: int, first: str) -> bool:
    """ "النائب الثاني للرئيس السوداني X محمد عبدالرحمن": a bare word the lexicon does not know as a given name, right
    after an office that ends with a nisba adjective, then two known given names (the second one bare, in one word):
    the three are one man's name, not a word and a two-word name (ext-t81)."""
    lex = lexicon()
    if first in lex.first_names or first.startswith("عبد") or k < 1 or j >= len(tokens):
        return False
    before, second, third = tokens[k - 1], tokens[k + 1], tokens[j]
    return before.article and before.norm.endswith(("ي", "يه")) and len(before.norm) >= 6 \
        and before.sent == third.sent == tokens[k].sent and not tokens[k].article \
        and tokens[k].norm[:1] not in "وبلفك" and second.norm in lex.first_names \
        and third.is_word and not third.article \
        and (third.norm in lex.first_names or (third.norm.startswith("عبد") and len(third.norm) > 3))


def _glued_opening(tokens: list[Token], j: int) -> bool:
    """In the text's first sentence, a word of seven letters or more that opens with another word of the text (four
    letters or more, written apart elsewhere after the same word as here) with three letters or more glued after it: a
    caption's name run into the article's first word ("… القصبيصدرت", "… بن أحمداختتمت": the name is written again
    in the article; not "الشهراني", "الذيابي", whose "الشهر", "الذي" follow other words) (s13-pp6)."""
    t = tokens[j]
    if t.sent != tokens[0].sent or not t.is_word or len(t.text) < 7 or j == 0:
        return False
    before = tokens[j - 1].text
    apart = {x.text for i, x in enumerate(tokens[1:], 1) if x.is_word and x.text != t.text
             and tokens[i - 1].text == before}  # the words written after the same word elsewhere
    return any(t.text[:i] in apart for i in range(4, len(t.text) - 2))


def _accusative_role(t: Token, norm: str) -> bool:
    """A bare word in ا whose stem is an office's title ("نائبا", "رئيسا", "عضوا", "أمينا"): an accusative role."""
    return t.is_word and not t.article and norm.endswith("ا") and len(norm) >= 4 \
        and norm not in lexicon().first_names and (norm[:-1],) in lexicon().titles


def _caption_family(tokens: list[Token], k: int, j: int) -> bool:
    """The given name at ``k`` and the weekday's word at ``j`` after it were written as the article's caption, the
    weekday's word glued to the article's first word ("X الخميسيشارك …": ``_glued_opening``): the weekday is his family
    name there and here (s13-pp7)."""
    given, day = tokens[k], tokens[j]
    if given.norm not in lexicon().first_names or is_stop(given.norm):
        return False
    for x in range(len(tokens) - 1):
        if tokens[x].sent != tokens[0].sent:
            break
        glued = tokens[x + 1]
        if tokens[x].norm == given.norm and x != k and glued.text.startswith(day.text) \
                and len(glued.text) >= len(day.text) + 3 and _glued_opening(tokens, x + 1):
            return True
    return False


_BI_ANNA = frozenset(fold(w) for w in ("أن", "بأن", "إن", "بان"))


def _afala_verb_before_that(tokens: list[Token], k: int, first: str) -> bool:
    """ "أبلغ", "أخبر", "أكد": a word written with its hamza, of four letters (the أفعل form), the lexicon does not
    know as a given name, then within two words "أن"/"بأن"/"إن" in its sentence: a verb of telling, its object and
    what it said, no name ("وزير الدفاع أبلغ X أن …") (s13-pp7)."""
    t = tokens[k]
    if not t.is_word or t.article or not t.text.startswith("أ") or len(first) != 4 or first in lexicon().first_names:
        return False
    return any(x < len(tokens) and tokens[x].sent == t.sent and tokens[x].norm in _BI_ANNA
               for x in (k + 1, k + 2, k + 3))


_SADIQ = fold("صادق")


def _sadiq_name_word(tokens: list[Token], k: int, j: int) -> bool:
    """ "صادق" at ``j`` right after a known given name of the name begun at ``k`` is a name's word, not the verb
    "approved", when what follows is neither its "على"/"ب" object nor a definite noun that could be its subject
    ("محمد طارق صادق والأعضاء", "أحمد صادق ذياب،", "X صادق العنزي": a nisba; not "X صادق على …", "X صادق
    المجلس"): a verb after a subject name is the press's rare order, and its object is always there (s13-pp7)."""
    t = tokens[j]
    if t.norm != _SADIQ or not t.is_word or j == 0 or tokens[j - 1].sent != t.sent:
        return False
    prev = tokens[j - 1]
    lex = lexicon()
    if prev.norm not in lex.first_names or is_stop(prev.norm) or prev.norm in lex.particles:
        return False
    if j + 1 < len(tokens) and tokens[j + 1].sent == t.sent and tokens[j + 1].is_word:
        nxt = tokens[j + 1].norm
        subject = tokens[j + 1].article and nxt[:1] != "و" and not nxt.endswith("ي")
        if (nxt.startswith(("عل", "ب")) and nxt not in PEOPLE.FILIATION) or subject:
            return False
    return True


_ABA = fold("أبا")
_ROLE_GIVEN = frozenset(fold(w) for w in ("مساعد", "مساعدة", "أمين", "أمينة"))  # given names, offices' first words
_SECRET = fold("السر")


def _role_complement(t: Token) -> bool:
    """ "المدرب", "الوزير", "المدير", "السر": a definite role (``[as_roles]`` with the article) or "السر" after
    "مساعد"/"أمين" completes an office ("مساعد المدرب", "أمين السر"), no family name (s13-pp6)."""
    return t.is_word and t.article and (
        t.norm == _SECRET or (t.norm.startswith("ال") and t.norm[2:] in PEOPLE.AS_ROLES))


_MONTH_GIVEN = frozenset(fold(w) for w in ("رمضان", "شعبان"))  # months' words that are also given names
_PRESIDENT_STYLES = frozenset(fold(w) for w in ("الرئيس", "والرئيس", "للرئيس", "بالرئيس"))
_ASSISTANT_OF = frozenset({fold("مساعد"), fold("مساعدة")})


def _assistant_of_office(tokens: list[Token], j: int) -> bool:
    """ "مساعد" at ``j``, then (in its sentence) an office's title that is no given name: "مساعد رئيس التحرير",
    "مساعدة مدير عام الشؤون الصحية"."""
    if tokens[j].norm not in _ASSISTANT_OF or j + 1 >= len(tokens) or tokens[j + 1].sent != tokens[j].sent:
        return False
    return tokens[j + 1].norm not in lexicon().first_names \
        and longest_entry(tokens, j + 1, lexicon().titles, max_len=4, clitics="") is not None


def _unknown_titled_before_family(tokens: list[Token], k: int, j: int, first: str) -> bool:
    """ "وزير الدفاع X محمد Y،": a bare word the lexicon does not know as a given name, right after a title word and
    its definite complement, then a known given name (the father's) and a bare family name closed at once by a comma
    or a full stop: the three are one man's name (names3); not a word of three letters or one opening with a verb's
    or a clitic's letter ("وزير الخارجية زار X Y،", "يلتقي", "استقبل"), nor of the فاعل form ("صافح")."""
    lex = lexicon()
    t, second, third = tokens[k], tokens[k + 1], tokens[j]
    if first in lex.first_names or first.startswith("عبد") or k < 2 or not t.is_word or t.article or len(first) < 4 \
            or t.text[:1] in "اأإآيتنسوبلفك" or first.endswith(("ا", "ات", "ين", "ون")) or is_stop(first) \
            or first in PEOPLE.NOT_NAMES or first in lex.first_words or t.text.endswith("ة") \
            or (len(first) == 4 and first[1] == "ا"):
        return False  # (a perfect verb of the فاعل form: "وزير الخارجية صافح X Y،")
    if second.sent != t.sent or third.sent != t.sent or second.article or second.norm not in lex.first_names \
            or second.norm in lex.ambiguous_names or is_stop(second.norm):
        return False
    fam = third.norm
    if not third.is_word or third.article or fam[:1] in "وبلفك" or len(fam) < 3 or is_stop(fam) \
            or fam.endswith(("ا", "ات", "ين", "ون", "ها", "هم")) or fam in PEOPLE.NOT_NAMES or fam in lex.first_words \
            or starts_head(tokens, j, strip=False) or place_len(tokens, j):
        return False
    if j + 1 < len(tokens) and tokens[j + 1].sent == t.sent and tokens[j + 1].norm not in ("،", ",", "."):
        return False
    return _after_title_and_complement(tokens, k)


def _pronoun_phrase(tok: Token) -> bool:
    """ "بمكتبه", "لنظيره": ب/ل + a noun with the pronoun "ه" (written so, not ة) is a phrase about the man just named
    ("where", "to whom"), no third word of his name (ext-t81; the same test ends a filiation chain in
    :func:`_family_name`)."""
    return tok.norm[:1] in "بل" and not tok.article and len(tok.norm) >= 5 and tok.text.endswith("ه") \
        and tok.norm[1:2] != "ا"


_SPEECH_PARTICIPLE = re.compile(r"^(?:م[^\Wاي]\w{2,4}ا|(\wاي\wا))$")  # مفعلا, مفتعلا, مستفعلا; فاعلا of a hollow root
_SPEECH_NEXT = frozenset({":", "«", "“", '"', *(fold(w) for w in ("عن", "إلى", "الى", "من"))})
_THAT_WRITTEN = frozenset(("أن", "أنه", "بأن", "بأنه"))


_CLAUSE_WORDS = frozenset(fold(w) for w in (
    "إلا", "عندما", "مما", "حين", "حينما", "الآن", "هنا", "هناك", "هل", "فهو", "فهي", "لكي", "بحسب", "أثناء", "نفسه",
    "نفسها", "ذاته", "ذاتها", "معه", "معها", "سواء", "ليس", "ليست", "بأنه", "بأنها", "آنذاك", "أيضا", "وسط", "ربما",
    "جاهز", "جاهزة", "مستعد", "مستعدة"))
"""Closed-class words of a clause that the stop list lacks and that no name continues through: adverbs of time and
place, conjunctions, the reflexive "نفسه/ذاته" ("X نفسه": the man himself), "معه", "ليس" (pp4); the predicate
"ready" ("X جاهز للقتال", "X مستعد لـ…", names22)."""

_FA_INNA = frozenset({"فإن", "فإنه", "فإنها", "فإنهم"})
""""فإن" as written (with its hamza and ف) opens a predicate: "أما الرئيس X Y فإن …" (pp13)."""


def _wa_opens_clause_or_item(tok: Token) -> bool:
    """A bare word "و…" no family name begins with: و + "عبد" (the next person's compound given name), و + a
    hamza's seat ("وأصبح", "وأسكنه", "وإسلام": the press writes a surname in و without one, "واعلي", "وازن"), or و + an
    imperfect or verbal noun in ت of four letters or more ("وتتضمن", "وتلغيم") (pp4)."""
    norm, text = tok.norm, tok.text
    if tok.article or not tok.is_word or norm[:1] != "و" or len(norm) < 4 or norm in lexicon().first_names:
        return False
    return norm.startswith("وعبد") or text[1:2] in ("أ", "إ", "آ") or (norm[1:2] == "ت" and len(norm) >= 5) \
        or (norm.endswith("وا") and len(norm) >= 6)  # "X Y واعتقلوا …": و + a past verb of "they" (names21)


def _speaker_participle(tokens: list[Token], j: int) -> bool:
    """ "قائلا:", "موضحا أن", "معبرا عن", "محذرا من": a bare accusative participle (its tanween unwritten) of the
    مُفعِل or derived forms, or "قائلا", right after a name and before a colon, an opening quote, the preposition its
    verb governs or "أن" written with its hamza ("قائلا" also before "إن": "وقال X إن" keeps a surname such as
    "مورلا") tells how the person spoke; no surname has that shape and that sequel (pp4)."""
    t = tokens[j]
    m = _SPEECH_PARTICIPLE.match(t.norm)
    if t.article or not t.is_word or m is None or t.norm in lexicon().first_names or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    return nxt.sent == t.sent and (nxt.norm in _SPEECH_NEXT or nxt.text in _THAT_WRITTEN or (
        m.group(1) is not None and nxt.norm in _THAT_CONJUNCTIONS | {fold("إنه")}))


_PRONOUN_PREPS = frozenset({"عن", "من", "في", "علي", "الي", "لدي", "عند"})  # folded (s12-names2)


def _pronoun_verbal_noun(tok: Token) -> bool:
    """ "استعداده", "اجتماعه", "تعاونه": a bare verbal noun of the استفعال, افتعال, انفعال or تفاعل form with the
    pronoun "ه" written (not ة): what the person named before it did or showed, never a surname."""
    norm = tok.norm
    return not tok.article and tok.text.endswith("ه") and len(norm) >= 6 and norm not in lexicon().first_names \
        and _masdar("ال" + norm[:-1])


def _pronoun_suffixed(tok: Token) -> bool:
    """A bare word ending in the dual pronoun "هما" ("غضبهما", "عليهما"), or ك + a noun with the pronoun "ه/ها"
    ("كعادته", "كعادتها"): no given name or surname carries a pronoun (pp4). Also a preposition or function word with
    "ه/ها" ("عنه", "منها", "عليه"): read as a surname after two known given names before (s12-names2; not a conjunction
    with it, "لكنه", which a foreign name's reading takes as its end)."""
    norm = tok.norm
    if tok.article or norm in lexicon().first_names:
        return False
    if (tok.text.endswith("ه") and norm[:-1] in _PRONOUN_PREPS) \
            or (tok.text.endswith("ها") and norm[:-2] in _PRONOUN_PREPS):
        return True
    if len(norm) < 5:
        return False
    return norm.endswith("هما") or (norm[:1] == "ك" and tok.text.endswith(("ه", "ها")) and norm[1:2] != "ا")


def _titled_next(tokens: list[Token], j: int) -> bool:
    """ "و" + an office's title ("ومدرب الحراس", "ومدير الفريق") at ``j``: the next item of a
    list, never a word of the name before it (ext-t125)."""
    entry = longest_entry(tokens, j, lexicon().titles, max_len=4, clitics="و")
    return entry is not None and entry[1] == 1


def _coordinated_name(tokens: list[Token], j: int, units: int) -> bool:
    """A bare word "و…" inside a name opens the next person: "و" + a known given name that is not itself one
    ("سعود وفيصل"; not "محمد وليد", "وائل"), or, after two bare words, "و" + a word and a family name with the
    article ("سعد الحربي ومشعل الغامدي" read as one foreign name of three words). A particle ("ولد") stays."""
    lex = lexicon()
    t = tokens[j]
    norm = t.norm
    if norm[:1] != "و" or t.article or len(norm) < 4 or norm in lex.first_names or norm in lex.particles:
        return False
    if norm[1:] in lex.first_names and not is_stop(norm[1:]):
        return True
    if _titled_next(tokens, j):
        return True  # "مدرب اللياقة X ومدرب الحراس Y": و + an office's title opens the next item (ext-t125)
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return units >= 2 and nxt is not None and nxt.sent == t.sent and nxt.article and nxt.norm.startswith("ال") \
        and not is_stop(nxt.norm)


_PAST_FEMININE = re.compile(r"^(?:\wا\w\wت|ا\w\w\wت|ت\wا\w\wت|ا\wت\w\wت|ان\w\w\wت|است\w\w\wت|ت\w\w\wت)$")
# فاعلت, أفعلت, تفاعلت: a past verb; افتعلت, انفعلت, استفعلت, تفعّلت too ("لوكا امتلكت", "زينب تعرضت", names21)


def _feminine_participle(tok: Token, norm: str) -> bool:
    """A definite participle in ة with no long vowel inside ("المصغرة", "المكلفة"): after a man's two names it agrees
    with the feminine noun named before him ("حكومة رئيس الوزراء X Y المصغرة"), no family name ("المغيرة" stays)
    (names22)."""
    return tok.article and tok.text.endswith("ة") and norm.startswith("الم") and len(norm) >= 7 \
        and not any(c in "اوي" for c in norm[3:-1]) and norm not in lexicon().first_names


def _feminine_description(tok: Token, norm: str) -> bool:
    """A word right after a one-word given name that describes a woman or tells what she did, no family name: a
    feminine participle ("المسؤولة", "مكلفة": م… + ة, not a given name such as "مليكة") or a meeting verb ("التقت")
    (ext-t34)."""
    if norm in lexicon().first_names:
        return False
    if norm in EVENTS.MEETING and not norm.startswith(("اجتماع", "لقاء", "لقاي", "مباحث", "محادث")):
        return True
    if not tok.article and _PAST_FEMININE.match(norm) is not None and norm[3] != "ا":
        return True  # "سارة حاولت", "هند أعلنت", "منى تناولت": a verb she did, no family name (ext-t57)
    if not tok.text.endswith("ة"):
        return False
    stem = norm[2:] if tok.article and norm.startswith("ال") else norm
    return stem.startswith("م") and len(stem) >= 5


_SOURCE_NOUNS = frozenset(fold(w) for w in ("مسؤول", "مسئول", "مصدر", "مواطن"))


def _nationality_after_noun(tokens: list[Token], k: int, first: str) -> bool:
    """A given name that is also a nationality's adjective ("تركي") right after an indefinite noun of a source or a
    nisba adjective ("مسؤول تركي", "مصدر أمني تركي", "دبلوماسي تركي"): it agrees with that noun, no given name; a
    given name follows a title, an honorific, "بن", a verb or a known given name (names21)."""
    if k == 0 or not is_nationality("ال" + first):
        return False
    prev = tokens[k - 1]
    if not prev.is_word or prev.article or prev.sent != tokens[k].sent or prev.norm in lexicon().first_names \
            or is_honorific(prev.norm) or is_stop(prev.norm) or prev.norm[:1] == "و":
        return False
    return prev.norm in _SOURCE_NOUNS or (prev.norm.endswith("ي") and len(prev.norm) >= 4
                                          and (prev.norm,) not in lexicon().titles)


def _agreeing_adjectives(tokens: list[Token], k: int) -> bool:
    """Two indefinite words in ة right after an indefinite noun in ة that is no title, name nor style ("قيادة حكيمة
    رشيدة", "إدارة رشيدة حكيمة"): adjectives agreeing with the noun, though each is also a woman's given name; a
    name follows a verb, a definite title or a style ("استقبلت الوزيرة حكيمة X", "السيدة رشيدة Y") (ext-t49)."""
    if k == 0 or k + 1 >= len(tokens):
        return False
    if k > 1 and tokens[k].text.endswith("ة") and not tokens[k].article and _agreeing_adjectives(tokens, k - 1):
        return True  # "إدارة حكيمة رشيدة تقود …": the second adjective of the pair
    prev, a, b = tokens[k - 1], tokens[k], tokens[k + 1]
    if not (prev.sent == a.sent == b.sent and prev.is_word and a.is_word and b.is_word):
        return False
    if not (prev.text.endswith("ة") and a.text.endswith("ة") and b.text.endswith("ة")) \
            or prev.article or a.article or b.article:  # (the endings first: each article is a look-up)
        return False
    lex = lexicon()
    return prev.norm not in lex.first_names and not is_honorific(prev.norm) and (prev.norm,) not in lex.titles


_FAIILA = re.compile(r"^\w\wي\wة$")  # "رشيدة", "حكيمة", "كريمة": a feminine adjective of the فعيلة form, as written
_AFAAL_WRITTEN = re.compile(r"^[أآ]\w{1,2}ا\w$")  # "أسماء", "آمال", "أحلام", "أفراح": a plural of the أفعال form


def _plural_given_adjective(tokens: list[Token], k: int, clitic: int) -> bool:
    """A given name written as a plural of the أفعال form ("أسماء", "آمال", "أحلام") right before an indefinite
    adjective of the فعيلة form that is no given name ("كثيرة", "عديدة", "كبيرة"): the plural noun and its adjective
    ("names, many of them"), no woman's name ("أسماء جميلة" keeps a given name as her family name) (names22)."""
    if k + 1 >= len(tokens):
        return False
    a, b = tokens[k], tokens[k + 1]
    return a.sent == b.sent and b.is_word and not b.article and _AFAAL_WRITTEN.match(a.text[clitic:]) is not None \
        and _FAIILA.match(b.text) is not None and b.norm not in lexicon().first_names


_KIN_PLURALS = frozenset(fold(w) for w in ("بنات", "أخوات", "عمات", "خالات", "زوجات", "أمهات", "حفيدات", "سيدات"))
_MAGHREBI_OPENINGS = ("بو", "بن", "بل", "با")  # "بوحيرد", "بنكيران", "بلحاج", "باعشن": family names in ب


def _adjective_after_plural(tokens: list[Token], k: int, clitic: int) -> bool:
    """A given name in ة that is also a feminine adjective ("آمنة", "جميلة", "نبيلة") right after a bare plural in
    ات (no kin word, given name or title), then a boundary, a ب/ل/و/ف phrase or a verb in ت ("احتفالات آمنة بعيد
    الميلاد", "ملاذات آمنة بقضاء …"): the plural's adjective, no woman's name ("مؤلفات جميلة بوحيرد" keeps her family
    name in ب) (names23)."""
    if clitic or k == 0:
        return False
    prev, a = tokens[k - 1], tokens[k]
    if not (prev.is_word and a.is_word and prev.sent == a.sent) or prev.article or a.article \
            or not a.text.endswith("ة") or not prev.norm.endswith("ات") or len(prev.norm) < 5:
        return False
    lex = lexicon()
    if prev.norm in lex.first_names or prev.norm in _KIN_PLURALS or (prev.norm,) in lex.titles \
            or a.norm not in lex.first_names:
        return False
    if k + 1 >= len(tokens):
        return True
    b = tokens[k + 1]
    if not b.is_word or b.sent != a.sent or is_stop(b.norm):
        return True
    return not b.article and b.norm not in lex.first_names and (
        (b.norm[:1] in "بلوف" and not b.norm.startswith(_MAGHREBI_OPENINGS))
        or _FEMININE_VERB.match(b.text) is not None)


_FEMININE_VERB = re.compile(r"^(?:\w{2,3}ت|ت\w{3,4})$")  # "عرفت", "سعت" (past); "تطبق", "تعتمد" (imperfect)
_KIN_BEFORE = frozenset(fold(w) for w in ("ابنة", "زوجة", "والدة", "شقيقة", "حفيدة", "عمة", "خالة", "أسرة", "عائلة"))


def _agreeing_faiila(tokens: list[Token], k: int) -> bool:
    """ "منحنا الله قيادة رشيدة عرفت بحبها": an indefinite noun in ة (no kin, place, name, title or style), then a
    word of the فعيلة form in ة and a feminine verb ("عرفت", "تطبق") that is no given name: the adjective of the noun,
    not a woman's given name ("تحت رئاسة نعيمة بن X" stays a name) (pers20)."""
    if k == 0 or k + 1 >= len(tokens):
        return False
    prev, a, b = tokens[k - 1], tokens[k], tokens[k + 1]
    if not (prev.sent == a.sent == b.sent and prev.is_word and a.is_word and b.is_word) \
            or not prev.text.endswith("ة") or prev.article or a.article or b.article or not _FAIILA.match(a.text):
        return False
    lex = lexicon()
    return prev.norm not in lex.first_names and prev.norm not in _KIN_BEFORE and not is_honorific(prev.norm) \
        and (prev.norm,) not in lex.titles and b.norm not in lex.first_names \
        and _FEMININE_VERB.match(b.text) is not None \
        and place_len(tokens, k - 1) == 0  # ("الغرفة التجارية في جدة أميمة X": a city in ة, then her name)


def _li_construct(tokens: list[Token], j: int) -> bool:
    """ل + a word of five letters or more, no known name, before a definite word of its sentence that is no function
    word, nationality or nisba of a family ("لخدمة الوطن", "لصحيفة الرياض")."""
    lex = lexicon()
    norm = tokens[j].norm
    if tokens[j].article or len(norm) < 5 or norm in lex.first_names or norm[1:] in lex.first_names \
            or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    return after.is_word and after.article and after.sent == tokens[j].sent and not is_stop(after.norm) \
        and not is_nationality(after.norm) and not after.norm.endswith("ي")


def _li_purpose(norm: str) -> bool:
    """ "لزيارة", "لاجتماع", "لتنفيذ": ل + a visit or a meeting noun, or a purpose word, which no name holds."""
    if norm in CHAINS.PURPOSE or norm in EVENTS.PURPOSE or _LI_TAFIL.match(norm) is not None:
        return True  # (ext-t45) "استمرار المدرب X Y لتدريب الناشئين": ل + a verbal noun of the تفعيل form
    return norm[:1] == "ل" and not norm.startswith("لل") and (norm[1:] in EVENTS.VISIT or norm[1:] in EVENTS.MEETING)


_LI_IMPERFECT = re.compile(r"^لي[^\Wاوي][^\Wا]{1,2}$")
"""ل + an imperfect verb ("ليحل", "ليخلف", "ليكون", "ليصبح"): after two Arabic given names, what the man was chosen
for, no third name (ext-t81); elsewhere it may be a foreign surname ("ليفني", "لينون")."""
_LI_TAFIL = re.compile(r"^لت[^\Wاوي]{2}ي[^\Wاوي]$")  # "لتدريب", "لتطوير", "لتعزيز" (no ا/و/ي root letters)


def _honoured_family(tokens: list[Token], k: int, j: int) -> bool:
    """The article word at ``j``, after a name "X الY" at ``k`` that an honorific introduces ("الأستاذ", "الشيخ"),
    is a second family name ("عبدالله العلي النعيم", "أحمد الفهد الصباح") when the text names the person by it
    alone elsewhere ("أكد فيه النعيم") or writes the same three words again; not a verbal noun, a plural, an
    adjective in ة or a word that ends names, nor after "آل X" (ext-t28). The object of a verb after the name
    ("استقبل الشيخ X الأحمد الوفد") is written once."""
    t = tokens[j]
    if k == 0 or not is_honorific(tokens[k - 1].norm) or tokens[k - 1].sent != t.sent or not t.is_word \
            or not tokens[j - 1].article or (j >= 2 and tokens[j - 2].norm == _AL):
        return False
    if is_stop(t.norm) or t.norm in PEOPLE.NOT_SURNAMES or t.norm in PEOPLE.NOT_NAMES or _masdar(t.norm) \
            or t.norm.endswith(("ات", "ين", "ون")) or t.text.endswith(("ة", "ه")) or len(t.norm) < 5 \
            or t.norm in CALENDAR.MONTHS or starts_head(tokens, j, strip=False):
        return False
    if len(t.norm) >= 7 and t.norm[4] == "ا" and t.norm[-2] == "ي":
        return False  # "التفاصيل", "المشاريع": a broken plural, the verb's object
    if j + 1 < len(tokens) and tokens[j + 1].sent == t.sent and tokens[j + 1].is_word and not tokens[j + 1].article \
            and longest_entry(tokens, j + 1, lexicon().titles, max_len=4, clitics="") is not None:
        return True  # "الشيخ X Y الZ الصباح نائب رئيس …": an indefinite office apposed right after it (ext-t55)
    words = (tokens[j - 2].norm, tokens[j - 1].norm, t.norm)
    again = any(x != j and tuple(w.norm for w in tokens[x - 2 : x + 1]) == words for x in range(2, len(tokens)))
    return again or any(x != j and tokens[x].norm == t.norm and tokens[x - 1].norm != tokens[j - 1].norm
                        and (x + 1 >= len(tokens) or not (tokens[x + 1].article or _and_a_noun(tokens[x + 1])))
                        for x in range(1, len(tokens)))


def _and_a_noun(t: Token) -> bool:
    """ "وشمل العرض ومرحلة حصر …", "العرض والمناقشة": و + a noun in ة or a definite noun right after a word makes it
    a noun of a coordinated pair, not a family name standing alone (pp18)."""
    return t.is_word and t.norm[:1] == "و" and (t.text.endswith("ة") or t.norm.startswith("وال"))


_FRIDAY = fold("الجمعة")
_THE_KING = frozenset(fold(w) for w in ("الملك", "والملك", "للملك", "بالملك"))
_MAJESTY = frozenset(fold(w) for w in ("جلالة", "لجلالة", "بجلالة"))
_DAY_AFTER = frozenset(fold(w) for w in ("الماضي", "الماضية", "المقبل", "المقبلة", "القادم", "القادمة", "الموافق",
                                         "المنصرم", "الأخير", "الأخيرة"))


def _family_not_day(tokens: list[Token], j: int) -> bool:
    """ "الجمعة" at ``j`` is no weekday: no date, number or "الماضي/المقبل/الموافق" after it (the weekday's
    words), and no "يوم/أمس/اليوم" before it."""
    if j + 1 < len(tokens) and tokens[j + 1].sent == tokens[j].sent:
        w = tokens[j + 1].norm
        if w[:1].isdigit() or w in _DAY_AFTER or w in CALENDAR.MONTHS:
            return False
    return True


_TIME_ADJECTIVE_FAMILIES = frozenset(fold(w) for w in ("المقبل", "الماضي"))


def _time_adjective_family(tokens: list[Token], j: int) -> bool:
    """ "عبدالله بن عبدالرحمن المقبل ,": a time adjective ("المقبل", "الماضي") right after the father's name of a
    filiation chain, with no date or number after it: no time noun ("الأسبوع المقبل") stands before it, so it is a
    family name."""
    return tokens[j].norm in _TIME_ADJECTIVE_FAMILIES and tokens[j - 1].norm not in PEOPLE.FILIATION \
        and _family_not_day(tokens, j)


_IMAM = fold("الإمام")


def _month_surname(tokens: list[Token], k: int, j: int) -> bool:
    """A month's word at ``j`` ("ماي", "مارس") is a family name after a known given name at ``k`` (not a word
    that is also a common noun) when no number or year stands beside it ("فاتح ماي", "22 ماي 2019" are dates)."""
    lex = lexicon()
    t = tokens[j]
    if t.norm not in CALENDAR.MONTHS or not t.is_word or t.sent != tokens[k].sent or tokens[k].article:
        return False
    if tokens[k].norm not in lex.first_names or tokens[k].norm in lex.ambiguous_names or is_stop(tokens[k].norm):
        return False
    return not any(0 <= x < len(tokens) and tokens[x].norm[:1].isdigit() for x in (k - 1, j + 1))


_TAFIL_ACC_STRICT = re.compile(r"^ت[^اويى][^اويى]ي[^اويى]ا$")
"""The same with consonant radicals only ("تعريفا", "تقديرا"; not a foreign family name such as "تيسيما")."""
_PHRASE_AFTER_BI = frozenset(fold(w) for w in ("كل", "غير", "حيث", "مثل", "غرض", "شكل", "عدم", "وضوح"))  # "بكل",
# "لغير", "بحيث" ("بمثل"; "لعب X بشكل جيد": in a manner, names23) ("ممرات آمنة لغرض فسح المجال", "بغرض": for the
# purpose of, names21) ("تعهد X بعدم …", "تحدث X بوضوح": not doing, clearly; tuning sets' persons)
_BI_PLACE_NOUN = re.compile(r"^بم[^\Wاويىة]{3}$")  # "بمسجد", "بمكتب", "بمنزل": ب + a place noun of the مفعل form
_BI_TAFIL = re.compile(r"^[بل]ت[^اويى][^اويى]ي[^اويىه]$")  # "بتشغيل", "لتحقيق": ب/ل + a verbal noun of the تفعيل
# form (not "لتقنية")
_TAFIL_ACC = re.compile(r"^ت\w\wي\wا$")  # "تقديرا", "تكريما", "تثمينا": an accusative verbal noun of the تفعيل form
_IFTIAL = re.compile(r"^الا\w[تطد]\wا\w$|^الان\w\wا\w$")  # "الاجتماع", "الاحتفال", "الاضطلاع"; "الانطلاق"
_TAFAAUL = re.compile(r"^الت[^ا]ا[^اي][^اويه]$")  # "التعاون", "التحاور" too (pp14)
"""(aud-inst) A definite verbal noun of the تفاعل form ("التعادل", "التنافس", "التواصل"), the object of the verb
before a name ("أدرك X Y التعادل"): no family name has that shape (those in "الت…ا…" end in ي: "التهامي")."""


def phrase_after_name(tok: Token, *, few: bool = True) -> bool:
    """ب/ل + a function word written with its hamza ("بأنه", "لأنه", "بأي"; not "بلة", "باي", "بيكون", "بليس":
    surnames), + a verbal noun of the تفعيل form ("بتحقيق", "بتشغيل"), ب + a place noun of the مفعل form ("بمسجد"),
    or (``few``) + one of a few other words ("بكل",
    "لغير", "بحيث"): a phrase after a name, no surname (fpeople)."""
    norm = tok.norm
    return not tok.article and norm[:1] in "بل" and norm not in lexicon().first_names and (
        (tok.text[1:2] in "أإ" and is_stop(norm[1:])) or _BI_TAFIL.match(norm) is not None
        or _BI_PLACE_NOUN.match(norm) is not None or (few and norm[1:] in _PHRASE_AFTER_BI))


def hyphen_joined(tokens: list[Token], j: int) -> bool:
    """ "جان-بيير": a hyphen at ``tokens[j]`` with no space on either side, between two bare words."""
    if not 0 < j < len(tokens) - 1 or tokens[j].norm != "-":
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    return before.end == tokens[j].start and tokens[j].end == after.start and before.is_word and after.is_word \
        and not after.article and not is_stop(after.norm) and after.sent == before.sent


_IMPERFECT_WITH_TA = re.compile(r"^(?:تت\w{2,4}|يت[^\Wاي]\w{1,3}|س[يت]ت\w{1,4})$")
"""An imperfect verb in يت/تت of four to six letters ("يتحدث", "تتواصل", "تتيح"), or one in the future of seven
letters at most ("سيتم", "سيترك"); not the surnames "يتيم", "يتنغهام" or "سيتايفيتش" (pp14)."""
_IFTAAL_VERB = re.compile(r"^(?:ا[^\Wاوي]|[يت][^\Wاوي])[تط][^\Wاوي]{2}$")
"""A verb of the افتعل form, past or imperfect, of five letters with no long vowel ("اتضح", "اصطدم"; "يعتبر",
"يمتلك", "تحتفل"): no family name is written like it (names23)."""
_SPELLED_INITIALS = frozenset(fold(w) for w in ("دبليو", "إتش"))
"""A Latin middle initial spelled out in Arabic letters (W., H.): the family name follows it ("جورج دبليو بوش")."""
_PAST_ALIF_MAQSURA = re.compile(r"^(?:ت\w[^اوي]ى|[أا]\w[^اوي]ى|ا\wت\wى)$")
"""A past verb of a weak final root as written, with its ى: تفعّى ("تولى", "تلقى"), أفعى ("أبدى", "ألقى"), افتعى
("انتهى", "اشترى"); not "تقوى", "أروى" (given names with و inside) (names22)."""
_FAAILA = re.compile(r"^ال[^\Wاوي]ا[^\Wا]{2}ه$")  # "الناجحة", "الكاملة", "الثانية": a feminine فاعلة participle (pp14)


def _bi_noun_with_pronoun(tok: Token, norm: str) -> bool:
    """ "بحقدنا", "لجهودكم", "أمر الملك X بعلاجه": ب/ل + a bare noun (not opening with a long vowel: "لورينا") + the
    pronoun "our", "your", "his" or "her" (written ه, not ة; not the Maghrebi "بلفقيه"), a phrase after a name and
    no surname (pp14)."""
    return not tok.article and norm[:1] in "بل" and norm[1:2] not in "اوي" \
        and ((len(norm) >= 6 and norm.endswith(("نا", "كم")))
             or (len(norm) >= 5 and tok.text.endswith(("ه", "ها")) and not norm.startswith(("بل", "بن"))))


_MUTAFAAIL = re.compile(r"^المت[^\Wاوي]ا[^\Wاوي]{2}$")  # "المتحالف", "المتقاعد": a participle of the تفاعل form
_IMPERFECT_FAAL = re.compile(r"^ي[^\Wاوي]ا[^\Wاوي]{2}$")  # "يشارك", "يطالب", "يحاول": an imperfect of the فاعل form


def _verb_or_plural_third(tok: Token, norm: str) -> bool:
    """ "محمد نور يشارك بشكل تدريجي", "إبراهيم غالب تدريبات للتقوية": a bare imperfect verb of the فاعل form
    ("يشارك") or a plural noun in ات of six letters or more ("تدريبات") after two given names is no family name
    (a nisba such as "يماني" ends in ي and stays; "بركات" is too short) (pp10)."""
    if tok.article or not tok.is_word or norm in lexicon().first_names:
        return False
    return _IMPERFECT_FAAL.match(norm) is not None or (norm.endswith("ات") and len(norm) >= 6)


def _masdar(norm: str) -> bool:
    """A definite verbal noun of the تفعّل, تفاعل (aud-inst), استفعال, افتعال or انفعال form ("الترشح", "التدخل",
    "الاستقالة", "الاجتماع", "الانطلاق"), which no surname is (surnames in "الت" end in ي: "التازي"; "التوفيق" is
    تفعيل and stays a surname)."""
    return (len(norm) == 6 and norm.startswith("الت") and not norm.endswith(("ي", "ه"))) \
        or (norm.startswith("الاست") and len(norm) >= 8) or _IFTIAL.match(norm) is not None \
        or _TAFAAUL.match(norm) is not None


def _verb_object_after(tokens: list[Token], j: int) -> bool:
    """A definite word at ``j`` that is no title, honorific, nisba or place: the object a verb before it takes
    ("تدعم الحكومة"), not an office or a family's nisba after a name ("X تشان المديرة", "X ترمب الرئيس") (names22)."""
    tok = tokens[j]
    return tok.is_word and tok.article and not tok.norm.endswith(("ي", "يه")) and not is_honorific(tok.norm) \
        and longest_entry(tokens, j, lexicon().titles, max_len=4, clitics="") is None and not place_len(tokens, j)


_THAT_CONJUNCTIONS = frozenset(fold(w) for w in ("أن", "إن"))
_TAFIL_DEFINITE = re.compile(r"^الت[^\Wي]{2}ي[^\Wاويه]$")  # "التأكيد", "التلويح": a definite تفعيل verbal noun
_TAFIL_SURNAMES = frozenset({fold("التوفيق")})  # a family name of that form ("أحمد التوفيق")
_TO_THEM = frozenset(fold(w) for w in ("له", "لها", "لهم", "لهما"))
_VISIT_PREPOSITIONS = frozenset(fold(w) for w in ("إلى", "الى", "في", "على", "مع", "من", "لدى"))
_BARE_VERBAL_NOUN = re.compile(r"^(?:ت\w\wي\w|ا\wا\wه|ا\wت\wا\w)$")  # تفعيل, إفالة, افتعال (not إفعال: أفعال plurals)


def _head_plural(tok: Token) -> bool:
    """A bare plural in ات of a body's head noun ("وزارات", "هيئات", "جمعيات", "إدارات"): bodies, never a family
    name (pp17)."""
    norm = tok.norm
    return tok.is_word and not tok.article and norm.endswith("ات") and len(norm) >= 5 \
        and (norm[:-2] + "ه",) in lexicon().inst_heads


_IFAAL = re.compile(r"^إ[^\Wاوي]\wا\w$")


def _ifaal_verbal_noun(text: str) -> bool:
    """A bare verbal noun of the إفعال form written with its hamza under the alef ("إعداد", "إنشاء", "إطلاق"); not
    a given name of that shape with ي second ("إيهاب", "إيمان", "إياد") (pp17)."""
    return _IFAAL.match(text) is not None


_AFAAL_PLURAL = re.compile(r"^الا\w\wا\w$")


def _afaal_plural(norm: str) -> bool:
    """A definite broken plural of the أفعال form ("الأوضاع", "الأعمال", "الأسعار"), or a definite إفعال verbal noun
    that folds the same ("الإعلام"; people.py's _IFAAL_DEFINITE): a noun no family name is written like (pp17)."""
    return _AFAAL_PLURAL.match(norm) is not None


def _object_verbal_noun(tokens: list[Token], j: int) -> bool:
    """ "تأجيل المباراة", "إقامة الحفل", "اعتماد الميزانية": a bare verbal noun (تفعيل, إفالة, افتعال) right
    before a definite word of its sentence, its object (ext-t149)."""
    t = tokens[j]
    if not (t.is_word and not t.article and _BARE_VERBAL_NOUN.match(t.norm) is not None and j + 1 < len(tokens)
            and tokens[j + 1].sent == t.sent and tokens[j + 1].is_word):
        return False
    after = tokens[j + 1]
    return after.article or (after.text.endswith("ة") and after.norm[:1] not in "وبل"
                             and after.norm not in lexicon().first_names)  # "توقيع غرامة مالية" (s13-pp6)


_SCHOLARLY_STYLES = frozenset(fold(w) for w in ("الدكتور", "الدكتورة", "د", "الأستاذ", "الأستاذة", "المهندس",
                                                  "المهندسة"))


def _styled_at(tokens: list[Token], k: int) -> bool:
    """A scholar's or an engineer's style right before the name at ``k`` ("الدكتور X", "الأستاذ X"), not a prince's
    or a sheikh's, who are the ones the press has arrive in a city with no preposition."""
    return k > 0 and tokens[k - 1].sent == tokens[k].sent and tokens[k - 1].norm in _SCHOLARLY_STYLES


def _closed_after(tokens: list[Token], j: int) -> bool:
    """The word at ``j`` is followed by a boundary: punctuation, the sentence's end, a function word, و or a
    ب/ل phrase (not an article word it would be in construct with: "… فارق الحياة")."""
    if j + 1 >= len(tokens):
        return True
    t = tokens[j + 1]
    return not t.is_word or t.sent != tokens[j].sent or is_stop(t.norm) or (t.norm[:1] in "وبل" and not t.article)


def _eponym_before(tokens: list[Token], k: int) -> bool:
    """The name at ``k`` follows a head named after a person or a royal style ("مؤسسة X بن Y الخيرية", "جامعة
    الإمام X بن Y الإسلامية", "مدينة الملك X بن Y الرياضية"): an adjective in ية after it is the body's."""
    return any(strip_clitic(t.norm)[0] in INSTITUTIONS.EPONYM_HEADS or t.norm in CHAINS.ROYAL
               or t.norm == _IMAM for t in tokens[max(0, k - 2) : k])


_IBN_WRITTEN = fold("ابن")
_EPONYM_PLURALS = frozenset(fold(w) for w in ("مدارس", "معاهد", "مراكز", "مستشفيات", "مؤسسات"))  # (ext-t149)


def _named_after(tokens: list[Token], k: int) -> bool:
    """The name at ``k`` names a body or a place after its bearer: a head named after a person right before it
    ("جامعة نايف"), or a royal style right before it after such a head, a place's or a facility's noun or a body's
    head ("مجمع الأمير X", "مستشفى الملك X"; not "استقبل الأمير X")."""
    if k == 0:
        return False
    before = strip_clitic(tokens[k - 1].norm)[0]
    if before in INSTITUTIONS.EPONYM_HEADS and not tokens[k - 1].article:
        return True
    if k < 2 or (tokens[k - 1].norm not in CHAINS.ROYAL and tokens[k - 1].norm != _IBN_WRITTEN) \
            or tokens[k - 2].sent != tokens[k].sent:
        return False  # (also "مدارس ابن X الإسلامية": a body named after a historical figure, ext-t149)
    noun = strip_clitic(tokens[k - 2].norm)[0]
    return not tokens[k - 2].article and (noun in INSTITUTIONS.EPONYM_HEADS or noun in PEOPLE.NAMED_PLACES
                                          or noun in _EPONYM_PLURALS or starts_head(tokens, k - 2, strip=True))


def _hard_close(tokens: list[Token], j: int) -> bool:
    """ "خالد بن سعد العطية،", "… العطية والوفد المرافق": after a filiation chain, a word in ية is the family name
    when a boundary follows it (punctuation, the sentence's end, و, a function word, a title or a head); an
    adjective or a verbal noun goes on ("جامعة … بن سعود الإسلامية بالنيابة", "الجاهزية التامة")."""
    if j + 1 >= len(tokens):
        return True
    t = tokens[j + 1]
    return not t.is_word or t.sent != tokens[j].sent or is_stop(t.norm) or (t.norm[:1] == "و" and not t.article) \
        or t.norm.startswith("وال") or starts_head(tokens, j + 1, strip=False) or _bare_object_noun(t)


def _bare_object_noun(t: Token) -> bool:
    """ "وأقام X بن Y العطية مأدبة عشاء": a bare indefinite noun with no clitic (no ب/ل/ك/ف + article, no
    accusative alef) after a word in ية is the verb's object, not an adjective the word would agree with (pp18)."""
    norm = t.norm
    return not t.article and len(norm) >= 3 and norm[:1] not in "بلكف" and not norm.endswith("ا") \
        and not norm[:1].isdigit() and norm not in lexicon().acting


def _filiated_name(tokens: list[Token], j: int, k: int) -> bool:
    """A given name written with a final ي that is also a function word once folded ("علي" / "على"), read as
    a name only beside a filiation particle: after "بن" inside the name, or first with "بن" or a compound
    "عبد …" given name after it (the preposition is not followed by one as written with ي)."""
    t = tokens[j]
    if j == k and t.text == _WA_ALI:  # "وعلي X في …": a list's item after "و" (ext-t113)
        if j + 1 < len(tokens) and tokens[j + 1].sent == t.sent and tokens[j + 1].norm in PEOPLE.FILIATION:
            return True  # "… وعلي بن محمد X أمين الصندوق": "بن" after it, the given name (s13-pp6)
        return _nisba_closed(tokens, j) and _writes_ala(tokens)
    if not t.is_word or not t.text.endswith("ي") or t.norm not in lexicon().first_names or not is_stop(t.norm):
        return False
    if j > k:
        return (tokens[j - 1].norm in PEOPLE.FILIATION and tokens[j - 1].sent == t.sent) or (
            j == k + 1 and tokens[k].norm in lexicon().first_names and not is_stop(tokens[k].norm)
            and _surname_next(tokens, j) and (tokens[j + 1].text.endswith("ي") or (
                _writes_ala(tokens) and (_closed_after(tokens, j + 1) or (
                    j + 2 < len(tokens) and tokens[j + 2].norm in CALENDAR.WEEKDAYS))))) \
            or _styled_father_ali(tokens, j, k) or _father_ali_before_family(tokens, j, k)
        # "اللواء محمد علي الشامي": a second given name before a nisba (not "محمد علي المشروع"), or before any
        # family name closed by a boundary or a weekday where the text writes the preposition "على" with ى elsewhere
        # (its writer tells them apart, ext-t39)
    if j + 1 < len(tokens) and tokens[j + 1].sent == t.sent and (
            tokens[j + 1].norm in PEOPLE.FILIATION or tokens[j + 1].norm.startswith("عبد")):  # "علي عبد الرحيم"
        return True
    if j == k and _apposed_office_after(tokens, j) and _writes_ala(tokens):
        return True  # "وقال علي الحسني، رئيس بلدية …،": one family name, a comma and an office apposed (ext-t72)
    if j == k and t.text == "علي" and _nisba_closed(tokens, j) and _writes_ala(tokens):
        return True  # "ثم تحدث مدير عام تقنية المعلومات علي القحطاني، عن …" (ext-t85): a nisba family name closed by a
        # comma, where the text writes the preposition "على" with ى elsewhere
    if j == k and t.text == "علي" and _titled_ali_before_given(tokens, j):
        return True  # "ووزير الخارجية علي أحمد X و…": after a title, a given name, a bare family name and a boundary
    # "الدكتور علي العطية", "د. علي X": after an honorific the preposition is not what follows
    return j > 0 and tokens[j - 1].sent == t.sent and is_honorific(tokens[j - 1].norm) and (
        _surname_next(tokens, j) or _styled_ali_before_given(tokens, j))


def _styled_ali_before_given(tokens: list[Token], j: int) -> bool:
    """ "الدكتور علي راشد الكعبي": after an honorific, "علي" written with ي before a known given name (no article, no
    clitic letter, not one that is also a common word) and one more word of the sentence is the person's given name,
    the next two his father's and family's: the preposition "على" does not follow an honorific (ext-t131)."""
    n = len(tokens)
    if tokens[j].text != "علي" or j + 2 >= n:
        return False
    given, fam = tokens[j + 1], tokens[j + 2]
    lex = lexicon()
    return given.sent == tokens[j].sent and fam.sent == given.sent and given.is_word and fam.is_word \
        and not given.article and given.norm in lex.first_names and given.norm not in lex.ambiguous_names \
        and not is_stop(given.norm) and not is_stop(fam.norm)


def _titled_ali_before_given(tokens: list[Token], j: int) -> bool:
    """ "ووزير الخارجية علي أحمد X و…", "وقال علي محمد X، إن": after a title and its complement, a verb of speech, a
    mark or the sentence's start, "علي" written with ي before a known given name (not one that is also a common word)
    and a bare family name closed by a boundary is the person's given name, where the text writes a final ى elsewhere
    ("إلى", "على"): its writer does not spell the preposition "على" with ي (after a title only until pp13)."""
    n = len(tokens)
    if j + 3 > n or not _writes_final_ya_alif(tokens):
        return False
    given, fam = tokens[j + 1], tokens[j + 2]
    lex = lexicon()
    if given.sent != tokens[j].sent or fam.sent != given.sent or not given.is_word or given.article \
            or given.norm not in lex.first_names or given.norm in lex.ambiguous_names or is_stop(given.norm):
        return False
    if not bare_family_closed(tokens, j + 2):
        return False
    prev = tokens[j - 1] if j > 0 else None
    return prev is None or prev.sent != tokens[j].sent or not prev.is_word or prev.norm in ROLES.SPEECH \
        or (prev.norm[:1] in "وف" and prev.norm[1:] in ROLES.SPEECH) or _after_title_and_complement(tokens, j)
    # (pp13: also opening a sentence or after a verb of speech, "وقال علي محمد X، إن"; not after a plain definite
    # noun, "وقع الاختيار علي محمد X،")


def bare_family_closed(tokens: list[Token], x: int) -> bool:
    """ "… أحمد جابر،", "… محمد فائع (": the word at ``x`` can close a name as a bare family name: no article, no
    clitic letter, no accusative, plural or pronoun ending (a final ة is no pronoun: "دوابشة"), no function word, noun
    of office, head, title or place, and a boundary right after it."""
    fam = tokens[x]
    lex = lexicon()
    return fam.is_word and not fam.article and fam.norm[:1] not in "وبل" and len(fam.norm) >= 3 \
        and not is_stop(fam.norm) and not fam.norm.endswith(("ا", "ات", "ين", "ون")) \
        and not fam.text.endswith(("ه", "ها")) \
        and fam.norm not in PEOPLE.NOT_NAMES and fam.norm not in PEOPLE.NOT_SURNAMES \
        and fam.norm not in lex.first_words and not starts_head(tokens, x, strip=False) \
        and not place_len(tokens, x) and _closed_after(tokens, x) \
        and not (len(fam.norm) == 4 and fam.norm[0] == "ا" and x + 1 < len(tokens) and tokens[x + 1].norm == "من")
    # (an elative before "من" compares: "أزيد من", "أكثر من")


def _after_title_and_complement(tokens: list[Token], k: int) -> bool:
    """The word at ``k`` comes right after a title word and its definite complement of one or two article words
    ("وزير الخارجية X", "وكيل الوزارة المساعد X"), all in its sentence (names3)."""
    x = k - 1
    while x >= k - 2 and tokens[x].sent == tokens[k].sent and tokens[x].is_word and tokens[x].article:
        x -= 1
    return k - 1 - x >= 1 and x >= 0 and tokens[x].sent == tokens[k].sent and tokens[x].is_word \
        and not tokens[x].article and longest_entry(tokens, x, lexicon().titles, max_len=1) is not None


def _writes_final_ya_alif(tokens: list[Token]) -> bool:
    """The text writes a word with a final ى ("على", "إلى", "حتى", "لدى")."""
    return _writes_ala(tokens) or any(
        t.text in _FINAL_YA_ALIF or (len(t.text) == 4 and t.text[0] in "وف" and t.text[1:] in _FINAL_YA_ALIF)
        for t in tokens)


_FINAL_YA_ALIF = frozenset({"إلى", "حتى", "لدى", "متى", "سوى"})


def _styled_father_ali(tokens: list[Token], j: int, k: int) -> bool:
    """ "الدكتور فيصل علي نصار": after an honorific and a known given name, "علي" written with ي is the father's name
    before a bare family name where the text writes the preposition "على" with ى elsewhere (ext-t112); not before an
    article word, a clitic, an accusative or plural ending, a function word, a head, a title or a place."""
    if j != k + 1 or k < 1 or tokens[j].text != "علي" or j + 1 >= len(tokens):
        return False
    given, before, fam = tokens[k], tokens[k - 1], tokens[j + 1]
    if before.sent != given.sent or fam.sent != given.sent or not is_honorific(before.norm) \
            or given.norm not in lexicon().first_names or is_stop(given.norm):
        return False
    if not fam.is_word or fam.article or fam.norm[:1] in "وبلفك" or len(fam.norm) < 3 \
            or fam.norm.endswith(("ا", "ات", "ين", "ون", "ه", "ها")) or is_stop(fam.norm) \
            or fam.norm in PEOPLE.NOT_NAMES or fam.norm in PEOPLE.NOT_SURNAMES or fam.norm in lexicon().first_words \
            or starts_head(tokens, j + 1, strip=False) or place_len(tokens, j + 1):
        return False
    if j + 2 < len(tokens) and tokens[j + 2].sent == fam.sent and tokens[j + 2].article:
        return False  # "وأثنى الدكتور فيصل علي جهود الفريق": a noun in construct with a definite one, no family name
    return _writes_ala(tokens)


def _father_ali_before_family(tokens: list[Token], j: int, k: int) -> bool:
    """ "مدير المستشفى محمد علي آل فرج", "قائد الحرس محمد علي جعفري وبعض …": after a known given name, "علي" written
    with ي is the father's name before "آل" + a family name, or before a bare nisba (ي, five letters or more, no
    clitic letter) closed by a boundary, where the text writes the preposition "على" with ى elsewhere (ext-t112)."""
    n = len(tokens)
    if j != k + 1 or tokens[j].text != "علي" or j + 2 >= n or tokens[k].norm not in lexicon().first_names \
            or is_stop(tokens[k].norm) or tokens[j + 1].sent != tokens[j].sent:
        return False
    fam = tokens[j + 1]
    if fam.norm == _AL:
        family = tokens[j + 2].is_word and tokens[j + 2].sent == fam.sent and not is_stop(tokens[j + 2].norm)
    else:
        family = fam.is_word and not fam.article and fam.norm.endswith("ي") and len(fam.norm) >= 5 \
            and fam.norm[:1] not in "وبلفك" and not is_stop(fam.norm) and fam.norm not in lexicon().first_words \
            and not place_len(tokens, j + 1) and _closed_after(tokens, j + 1)
    return family and _writes_ala(tokens)


_WA_ALI = "وعلي"


def _nisba_closed(tokens: list[Token], j: int) -> bool:
    """The word after ``j`` is a definite nisba ("القحطاني", "الغامدي") in ``j``'s sentence, a comma right after it
    (or "و" + a bare word, the next item of a list of names: "أمثال علي X ومعلوي Y", ext-t113)."""
    if j + 1 >= len(tokens) or tokens[j + 1].sent != tokens[j].sent:
        return False
    after = tokens[j + 2] if j + 2 < len(tokens) else None
    if not (after is None or after.sent != tokens[j].sent or after.norm in ("،", ",", ".", ":")
            or _next_listed(after) or (tokens[j].text == _WA_ALI and is_stop(after.norm) and after.norm[:1] != "و")):
        return False  # ("وعلي X في …": a list's item closed by a preposition, ext-t113)
    text = tokens[j + 1].text
    return text.startswith("ال") and text.endswith("ي") and len(text) > 5 and _surname_next(tokens, j) \
        and tokens[j + 1].norm not in PEOPLE.NOT_FAMILY_NISBAS


def _next_listed(t: Token) -> bool:
    """ "و" + a bare word that is no function word nor a verb with its object ("ومعلوي", "وأحمد"; not "وعلى",
    "وأكدها"): the next item of a list of names."""
    return t.norm[:1] == "و" and not t.article and len(t.norm) >= 4 and not is_stop(t.norm) \
        and not t.norm.endswith(("ها", "هم", "ه", "ا"))


def _apposed_office_after(tokens: list[Token], j: int) -> bool:
    """ "قال علي X، رئيس …": after a verb that introduces a name (or a comma), a family name after ``tokens[j]``, then
    a comma and an office's title in the same sentence (the preposition "على" misspelt is not read so: not after a
    verb that takes it, "وصادق علي القرار، رئيس المجلس", nor before a noun in م, a body or a place)."""
    if j < 1 or j + 3 >= len(tokens) or tokens[j + 2].norm not in COMMAS or tokens[j + 3].sent != tokens[j].sent \
            or not _surname_next(tokens, j):
        return False
    cue = tokens[j - 1].norm
    if tokens[j - 1].sent != tokens[j].sent or not (
            cue in COMMAS or cue in PEOPLE.NAME_CUES or (cue[:1] == "و" and cue[1:] in PEOPLE.NAME_CUES)):
        return False  # after a verb that introduces a name ("قال", "أوضح") or a list's comma only
    surname = tokens[j + 1].norm
    if (surname.startswith("الم") and not surname.endswith("ي")) or starts_head(tokens, j + 1, strip=False) \
            or place_len(tokens, j + 1):
        return False  # "علي المشروع،", "علي الوزارة،", "علي الرياض،": a noun, a body or a place, no family name
    return longest_entry(tokens, j + 3, lexicon().titles, max_len=4, clitics="") is not None


_BARE_ROLES = frozenset(fold(w) for w in ("مؤسس", "مؤسسة", "منسق", "مستشار", "مدرب", "لاعب", "حارس", "مخرج", "منتج",
                                          "كاتب", "صحفي", "محامي", "محام", "خبير", "باحث"))


_STOPS = frozenset({"،", ",", ".", "؛", ";", ")"})


def _third_before_stop(tokens: list[Token], k: int, j: int, first: str) -> bool:
    """The bare word at ``j``, after two bare words of a name, ends it when a comma, a full stop, a semicolon or a
    closing bracket follows at once: a family name ("X Y Z،"; "فهمي", "كامل" open with ف or ك). Not a word opening
    with و, ب, ل, a verb's ي/ت or an alef (a verb in أفعل: "أكد"), nor a noun in ة, an accusative, a plural or a
    pronoun ending, a function word, a title's word, a head or a place (the checks of ``_family_word``), a speech
    verb ("X Y صرح،"), a preposition with its pronoun ("عنه") or a word in Latin letters; a Hadrami family name in
    "با" of five letters or more is one ("X Y بامخرمة،"). Not after a first word in ة or a speech verb, an unknown
    first word before a known given name (a verb: "رفض X Y،"), a second word that is ب/ل + a function word or a noun
    in ة, or an imperfect verb (names2)."""
    if j + 1 >= len(tokens) or tokens[j + 1].is_word or tokens[j + 1].text not in _STOPS:
        return False
    lex = lexicon()
    t, second = tokens[j], tokens[k + 1]
    if t.norm in ROLES.SPEECH or (t.norm.endswith("ه") and is_stop(t.norm[:-1])) \
            or any("a" <= c.lower() <= "z" for c in t.text) \
            or first in ROLES.SPEECH or (tokens[k].text.endswith("ة") and first not in lex.first_names) \
            or (first not in lex.first_names and second.norm in lex.first_names):
        return False
    if second.norm not in lex.first_names and (
            (second.norm[:1] in "بل" and (is_stop(second.norm[1:]) or second.text.endswith("ة")))
            or (second.norm[:1] == "ي" and len(second.norm) >= 5)):
        return False
    hadrami = t.norm.startswith("با") and len(t.norm) >= 5 and not t.article
    return _family_word(tokens, j, openers="لايت" if hadrami else "وبلايت", marks=("ً", "ة")) \
        and t.norm not in PEOPLE.DESCRIPTORS and t.norm not in _BARE_ROLES and not _masdar(t.norm)


def _branch_before_mark(tokens: list[Token], j: int, units: int) -> bool:
    """ "الأستاذ مهند سعود السعود الرشيد.": after a given name, his father's and a family named "ال" + a given name,
    the article word at ``j`` right before a full stop, a comma or a semicolon is the branch's name, not an adjective
    (no nationality, no feminine "ية", no plural) (pp8)."""
    t = tokens[j]
    return units >= 2 and j + 1 < len(tokens) and tokens[j + 1].text in _STOPS - {")"} and t.is_word \
        and not is_nationality(t.norm) and not t.norm.endswith(("يه", "ات", "ين", "ون")) and not is_stop(t.norm) \
        and t.norm not in lexicon().first_words and not _place_word(tokens, j)


def _title_surname(tokens: list[Token], k: int, j: int) -> bool:
    """ "المدير أحمد محمد الأمين الشيخ.", "للأديب هيثم نافل والي،": a title that is also a family name ("الشيخ",
    "والي"), after two words of a name (no particle, no clitic letter before them) and right before a full stop, a
    comma or a semicolon, where no title stands (a title goes before its holder's name), is the family name (pp8)."""
    if j + 1 >= len(tokens) or tokens[j + 1].is_word or tokens[j + 1].text not in _STOPS - {")"}:
        return False
    t = tokens[j]
    return t.is_word and t.sent == tokens[k].sent and t.norm in PEOPLE.TITLE_SURNAMES \
        and not any(tokens[x].norm in lexicon().particles or not tokens[x].is_word for x in range(k + 1, j))


def _third_given_before_stop(tokens: list[Token], k: int, j: int, first: str) -> bool:
    """The known given name at ``j``, after two known given names written bare (no clitic on the first), ends the
    name when a comma, a full stop, a semicolon or a closing bracket follows at once ("أحمد محمد علي،": a grandfather's
    name; "علي" too: the preposition written "علي" for "على" never stands right before a mark)."""
    if j + 1 >= len(tokens) or tokens[j + 1].is_word or tokens[j + 1].text not in _STOPS:
        return False
    names = lexicon().first_names
    t = tokens[j]
    return first in names and first == tokens[k].norm and tokens[k + 1].norm in names and t.is_word \
        and t.sent == tokens[k].sent and t.norm in names and not t.article and t.norm[:1] != "و" \
        and not is_stop(tokens[k + 1].norm)


def _third_before_office(tokens: list[Token], j: int) -> bool:
    """ "هاني X Y عضو مجلس إدارة …": the bare word at ``j`` (no article, no function word, not an accusative, not a
    noun in ة or a plural in ات, not "و" + a word) ends a name of three words when an office's title follows it in
    the same sentence (ext-t87)."""
    if j + 1 >= len(tokens):
        return False
    t, after = tokens[j], tokens[j + 1]
    if not t.is_word or t.article or after.sent != t.sent or not after.is_word or after.article or len(t.norm) < 3 \
            or is_stop(t.norm) or t.norm[:1] == "و" or t.text.endswith(("ة", "ا", "ات", "ً")) or _masdar(t.norm) \
            or (len(t.norm) == 4 and t.norm[0] in "يت") \
            or (t.norm.endswith(("ه", "ها", "هم", "هما")) and t.norm not in lexicon().first_names) \
            or t.norm in PEOPLE.DESCRIPTORS or t.norm in _BARE_ROLES \
            or longest_entry(tokens, j, lexicon().titles, max_len=2, clitics="") is not None:
        return False  # "X Y يشغل …", "X Y استقالته …", "X Y مؤسس …": a verb, a noun with its pronoun, a role
    return longest_entry(tokens, j + 1, lexicon().titles, max_len=4, clitics="") is not None


def _fourth_family(tokens: list[Token], k: int, j: int, first: str) -> bool:
    """ "أنس محمد صالح صيرفي،", "طارق عبدالرحمن عبدالقادر فقيه عضوا": after three known given names (no article, no
    clitic on the second and third), the bare word at ``j`` is the family name when a boundary closes it
    (punctuation, the sentence's end, a function word, "و" + a bare word, or an accusative role such as "عضواً");
    not a word opening with و, ب or ل ("فقيه", "كامل" may open with ف or ك) nor a verb's أ or ي ("علي عبدالله صالح
    أراد …"), an accusative, plural or pronoun ending, a head, a title or a place (ext-t125)."""
    lex = lexicon()
    if first not in lex.first_names or any(
            tokens[x].article or tokens[x].norm[:1] == "و" or is_stop(tokens[x].norm)
            or not (tokens[x].norm in lex.first_names or (tokens[x].norm.startswith("عبد") and len(tokens[x].norm) > 5))
            for x in (k + 1, k + 2)):
        return False
    return _family_word(tokens, j, openers="وبلاي", marks=("ً", "ة")) and _family_closed(tokens, j, accusative=True)


def _faal_given(t: Token, norm: str) -> bool:
    """ "خالد محمد صالح X", "سعد فهد سالم X": a known given name of the فاعل form whose second letter is ل ("صالح",
    "سالم", "خالد") is the grandfather's name, not a clitic + article word as "والوزير" (ext-t125)."""
    return not t.article and norm[:1] not in "وبفكل" and norm in lexicon().first_names


def _writes_ala(tokens: list[Token]) -> bool:
    """The text writes the preposition "على" with ى somewhere ("على", "وعلى", "فعلى")."""
    return any(t.text == "على" or (len(t.text) == 4 and t.text.endswith("على") and t.text[0] in "وف") for t in tokens)


@lru_cache(maxsize=65536)
def _and_the_description(norm: str, first_names: frozenset[str]) -> bool:
    """ "الدكتور والباحث التربوي X", "المهندس والخبير الزراعي X": و + the article + a noun of four letters or more
    is a second description stacked on the honorific, never a name's first word ("والتر" is too short)."""
    return norm.startswith("وال") and len(norm) >= 7 and norm not in first_names and norm[1:] not in first_names


def is_honorific(norm: str) -> bool:
    """An honorific, also behind a conjunction ("والمهندس", "ومعالي")."""
    honorifics = lexicon().honorifics
    return norm in honorifics or (norm[:1] == "و" and norm[1:] in honorifics)


def _compound_given_family(tokens: list[Token], k: int, j: int, first: str) -> bool:
    """ "عبد X" or "X الدين" (a given name in two words), then a known given name (the father's), then at ``j`` a bare
    word closed by punctuation, the sentence's end, a function word or و: the family name, as "علي عبد الله صالح" is
    read (ext-t100); not a word opening with a clitic letter, an accusative, plural or pronoun ending, a head, a title
    or a place."""
    lex = lexicon()
    if not (first == "عبد" or tokens[k + 1].norm in lex.compound_second) \
            or tokens[k + 2].norm not in lex.first_names:
        return False
    t = tokens[j]
    hadrami = t.norm.startswith("با") and not t.norm.startswith("بال") and len(t.norm) >= 5 and not t.article \
        and not t.text.startswith(("بإ", "بأ", "بآ")) and j + 1 < len(tokens) and tokens[j + 1].text in _STOPS
    # ("ضياء الدين سعيد بامخرمة،": a Hadrami family name in "با" of five letters or more, written without a hamza,
    # right before a mark, as ``_third_before_stop`` and ``_bu_family`` read one) (pp8)
    return _family_word(tokens, j, openers="ولفك" if hadrami else "وبلفك", marks=("ً",)) \
        and _family_closed(tokens, j, accusative=False)


def _family_word(tokens: list[Token], j: int, *, openers: str, marks: tuple[str, ...]) -> bool:
    """The bare word at ``j`` may close a name as its family name: a word of three letters or more, without the
    article, not opening with one of ``openers`` (clitics, a verb's prefix), without an accusative, plural or pronoun
    ending or one of ``marks``, and not a function word, a word that is no name or closes one, a title's first word, a
    head, a place, or a four-letter word opening with ي or ت (a verb)."""
    t = tokens[j]
    lex = lexicon()
    return not (not t.is_word or t.article or t.norm[:1] in openers or len(t.norm) < 3
                or t.norm.endswith(("ا", "ات", "ين", "ون", "ته", "ها", "هم")) or t.text.endswith(marks)
                or is_stop(t.norm) or t.norm in PEOPLE.NOT_NAMES or t.norm in PEOPLE.NAME_CLOSERS
                or t.norm in lex.first_words or starts_head(tokens, j, strip=False) or _place_word(tokens, j)
                or (len(t.norm) == 4 and t.norm[0] in "يت"))


def _family_closed(tokens: list[Token], j: int, *, accusative: bool) -> bool:
    """The name ends at ``j``: the text's end, punctuation, another sentence, a function word or "و" + a bare word
    next; with ``accusative``, also an accusative role ("عضواً") or a bare word ending in ا."""
    if j + 1 >= len(tokens):
        return True
    t, after = tokens[j], tokens[j + 1]
    return not after.is_word or after.sent != t.sent or is_stop(after.norm) \
        or (after.norm[:1] == "و" and not after.article) \
        or (accusative and (after.text.endswith(("اً", "ًا")) or (after.norm.endswith("ا") and not after.article
                                                                   and len(after.norm) >= 4
                                                                   and after.norm[:1] not in "وبل")))


def _surname_next(tokens: list[Token], j: int) -> bool:
    """An article word that can be a family name follows ``tokens[j]`` in its sentence ("علي العطية"; not
    "علي الفور", "علي الاجتماع")."""
    if j + 1 >= len(tokens):
        return False
    t = tokens[j + 1]
    return t.is_word and t.article and t.sent == tokens[j].sent and not is_stop(t.norm) \
        and t.norm not in PEOPLE.NOT_SURNAMES and not _masdar(t.norm) and not t.norm.endswith(("ات", "ين", "ون"))


def _grandfather_and_family(tokens: list[Token], j: int) -> int:
    """ "عبد الله بن فهيم زيد الكيلاني", "ممدوح بن مسفر محمد المسيلي الحارثي،": right after "X بن Y", a known given
    name that is no word besides (the grandfather's: no article, no clitic) and one or two definite family words (a
    nisba in ي for the second) closed by a boundary: how many words they take (0 when they are not there)."""
    lex = lexicon()
    n = len(tokens)
    t = tokens[j]
    if j < 2 or tokens[j - 2].norm not in PEOPLE.FILIATION or j + 1 >= n or not t.is_word or t.article \
            or t.norm not in lex.first_names or t.norm in lex.ambiguous_names or is_stop(t.norm) \
            or t.norm.startswith("عبد") or any(x.sent != t.sent for x in tokens[j - 2 : j + 2]):
        return 0
    fam = tokens[j + 1]
    if not fam.is_word or not fam.article or len(fam.norm) < 5 or is_stop(fam.norm) \
            or fam.norm in PEOPLE.NOT_SURNAMES or fam.norm in lex.first_words \
            or starts_head(tokens, j + 1, strip=False) or fam.norm.endswith(("ات", "ين", "ون")) \
            or place_len(tokens, j + 1):
        return 0
    if j + 2 < n and tokens[j + 2].sent == t.sent and tokens[j + 2].article and tokens[j + 2].norm.endswith("ي") \
            and tokens[j + 2].norm not in PEOPLE.NOT_FAMILY_NISBAS and _closed_after(tokens, j + 2):
        return 3
    return 2 if _closed_after(tokens, j + 1) else 0


def _family_name(tokens: list[Token], j: int) -> bool:
    """A bare word after "X بن Y" that ends the name: no article, clitic, accusative or plural ending, no
    function word, head or title, and a boundary after it (punctuation, the sentence's end, a function word,
    و, a title)."""
    t = tokens[j]
    if t.is_word and t.norm[:1] in "بفك" and not t.article and t.norm.endswith("ي") and len(t.norm) >= 4 \
            and not _place_word(tokens, j):
        pass  # "مازن بن محمد بترجي": a nisba surname whose first letter is also a proclitic (not "بجدة")
    elif _clitic_letter_family(tokens, j):
        pass  # "بدر بن علي كحيل،": a family name opening with ف/ك, before a hard boundary
    elif _bu_family(tokens, j):
        pass  # "خالد بن محمد بوعلام،": a family name in "بو"/"با" (Maghrebi, Hadrami), before a mark (s13-pp6)
    elif _short_alef_family(tokens, j):
        return True  # "سعد بن علي رضا مدير …": a three-letter family name in alef, an office right after (ext-t42)
    elif _glued_abu_family(tokens, j):
        return True  # "هاني بن محمد أبوراس بزيارة …": a family name glued to "أبو", whatever follows (pp17)
    elif not t.is_word or t.article or t.norm[:1] in "وبلفك" or t.norm.endswith(("ا", "ات", "ين", "ون")) \
            or is_stop(t.norm) or t.norm in PEOPLE.NOT_NAMES or starts_head(tokens, j, strip=False) \
            or t.norm in lexicon().first_words or len(t.norm) < 3:
        return False
    e = j + 1
    if e >= len(tokens):
        return True
    after = tokens[e]
    if t.norm.endswith("تي") and after.article and after.is_word and after.sent == t.sent:
        return False  # "تسلم الأمير X بن Y هديتي الكلية": a dual in construct with a definite noun (ext-t51)
    return not after.is_word or after.sent != t.sent or is_stop(after.norm) or after.norm[:1] == "و" \
        or after.norm in lexicon().first_words or (
            after.norm[:1] in "بل" and not after.article and len(after.norm) >= 4
            and after.text.endswith(("ه", "ها", "هم"))) \
        or after.norm in _SEAT_AFTER_NAME \
        or _accusative_object_after(t, after)  # "X بن Y مدني بمكتب معاليه": where he received (ext-t114)


def _glued_abu_family(tokens: list[Token], j: int) -> bool:
    """A bare word of six letters or more written "أبو" + a word ("أبوراس", "أبوزيد", "أبوملحة"), no place
    ("أبوظبي") nor "أبواب": after "X بن Y" it is the family name, and it ends the name (pp17)."""
    t = tokens[j]
    return t.is_word and not t.article and t.text.startswith(("أبو", "ابو")) and len(t.norm) >= 6 \
        and not t.norm.startswith(("ابواب", "ابوين", "ابوظب")) and not _place_word(tokens, j)


def _bu_family(tokens: list[Token], j: int) -> bool:
    """A bare word of five letters or more opening with "بو" or "با" (not "بال": ب + the article), with no ending in ة,
    ه or ا, no given name nor place, right before a comma, a full stop or a semicolon: after "X بن Y" it is the family
    name ("بوعلام", "باعشن"), not ب + a noun, which goes on to its complement (s13-pp6)."""
    t = tokens[j]
    if not t.is_word or t.article or t.norm[:2] not in ("بو", "با") or t.norm.startswith("بال") or len(t.norm) < 5 \
            or t.text.endswith(("ة", "ه", "ا", "ً")) or t.norm in lexicon().first_names or _place_word(tokens, j) \
            or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    return not after.is_word and after.text in _STOPS and after.text != ")"


def _accusative_object_after(t: Token, after: Token) -> bool:
    """ "عقد X بن Y Z اجتماعاً مع …": a word written with the accusative's tanween right after a bare word that closes
    a filiation chain is the verb's object, so the bare word is the family name (not a noun in ة or with a pronoun,
    "منح X بن Y جائزة تقديراً": the noun is the object and the accusative says why; not a verb in أ/ي/ت/ن)
    (names3)."""
    return after.is_word and after.sent == t.sent and not after.article and after.text.endswith(("اً", "ًا")) \
        and len(after.norm) >= 4 and not t.text.endswith(("ة", "ه")) and after.norm not in lexicon().first_names \
        and t.text[:1] not in "اأإآيتن"  # (not a verb: "عقبة بن نافع أوجد …", "X بن Y يقدم شرحاً")


def _place_then_more(tokens: list[Token], j: int) -> bool:
    """A definite place name at ``j`` (a city or country the gazetteers know) with more words of its sentence after it:
    what a verb before the name reaches ("زار X Y القاهرة يوم …"), no family name (ext-t114)."""
    size = place_len(tokens, j)
    e = j + size
    return size > 0 and e < len(tokens) and tokens[e].is_word and tokens[e].sent == tokens[j].sent


_SEAT_AFTER_NAME = frozenset(fold(w) for w in ("بمكتب", "بمقر", "بقصر"))


def _short_alef_family(tokens: list[Token], j: int) -> bool:
    """A bare word of three letters ending in alef after "X بن Y", right before an office's title or a body's head in
    the same sentence: the family name ("… بن علي رضا مدير الجامعة"), not an accusative (those are longer and are
    followed by no title) (ext-t42)."""
    t = tokens[j]
    if not t.is_word or t.article or len(t.norm) != 3 or not t.norm.endswith("ا") or t.norm[:1] in "وبل" \
            or is_stop(t.norm) or is_stop(t.norm[1:]) or t.norm in PEOPLE.NOT_NAMES or t.norm in PEOPLE.NOT_SURNAMES \
            or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    return after.is_word and after.sent == t.sent and starts_head(tokens, j + 1, strip=False)


def _clitic_letter_family(tokens: list[Token], j: int) -> bool:
    """ "بدر بن علي كحيل، …", "سعد بن فهد فلمبان إن …": after a filiation chain, a bare word opening with ف/ك is
    the family name when what remains after the letter is no word the lexicons know (a title, a place, a function
    word, a given name), it has no plural, accusative, feminine or pronoun ending and punctuation, the sentence's
    end or "إن/أن" follows (ext-t28); not "كعضو", "فقط", "كمستشار" (a ب/ل word ends a sentence too often:
    "بنجاح")."""
    t = tokens[j]
    lex = lexicon()
    rest = t.norm[1:]
    if not t.is_word or t.article or t.norm[:1] not in "فك" or len(t.norm) < 4 \
            or t.norm.endswith(("ا", "ات", "ين", "ون", "ه", "ها", "هم")) \
            or rest in lex.first_words or rest in lex.first_names or is_stop(rest) or is_stop(t.norm) \
            or _place_word(tokens, j) or rest.startswith("ال") or t.norm in PEOPLE.NOT_NAMES:
        return False
    if j + 1 >= len(tokens):
        return True
    after = tokens[j + 1]
    return not after.is_word or after.sent != t.sent or after.norm == fold("إن")


def _place_word(tokens: list[Token], j: int) -> bool:
    """The word at ``j`` is (or opens) a place, as written or after its first letter read as a preposition."""
    return tokens[j].norm in place_firsts() or tokens[j].norm[1:] in place_firsts()


def _is_place(tokens: list[Token], k: int, j: int) -> bool:
    from marsad.loaders.extraction.chain import place_len

    if place_len(tokens, k) >= min(2, j - k):
        return True
    if j - k == 2 and tokens[k + 1].article and place_len(tokens, k + 1) == 1:
        return True  # "أمين الطائف رئيس اللجنة": an office of a city, not a given name and a surname
    return k > 0 and place_len(tokens, k - 1) >= 2  # "سيدي يحيى الغرب"


def name_text(text: str, tokens: list[Token], name: Name) -> tuple[str, int, int]:
    """(name as written, start offset, end offset)."""
    start = tokens[name.start].start + name.clitic
    end = tokens[name.end - 1].end
    return text[start:end], start, end


_NORM = attrgetter("norm")


def without_honorific_slashes(tokens: list[Token]) -> list[Token]:
    """ "الأستاذ/ فهد العتيبي", "المهندس/ماجد الشمري", "للأستاذ/ خالد": the slash that board notices put after an
    honorific (also behind و or ل) is no mark between the honorific and the name, which then reads as after
    "الأستاذ فهد" (ext-t46). Tokens keep their offsets; only those slashes are left out."""
    slashes = compress(range(len(tokens) - 1), map("/".__eq__, map(_NORM, tokens)))  # (the slashes, found in C)
    drop = {k for k in slashes
            if k > 0 and tokens[k - 1].is_word and tokens[k + 1].is_word
            and tokens[k - 1].sent == tokens[k + 1].sent and _honorific_behind_li(tokens[k - 1].norm)}
    return [t for k, t in enumerate(tokens) if k not in drop] if drop else tokens


def _honorific_behind_li(norm: str) -> bool:
    """ "الأستاذ", "والمهندس", "للأستاذ" (ل + الأستاذ), "ولمعالي"."""
    if is_honorific(norm):
        return True
    if norm[:2] == "لل":
        return is_honorific("ال" + norm[2:])
    return norm[:1] == "ل" and is_honorific(norm[1:])
