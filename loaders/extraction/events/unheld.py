"""Event words that name no event an institution held (ev28): a meeting given as an official's excuse for not answering
("اتصلنا بالمدير فقيل إنه في اجتماع"), complaints or reports a body received ("بعد استقبالها شكاوى من المواطنين")."""

from __future__ import annotations

from marsad.loaders.extraction.text import Token, strip_clitic
from marsad.loaders.normalize import fold

_MEETING_NOUNS = frozenset(fold(w) for w in ("اجتماع", "اجتماعات"))
_IN = fold("في")
_BUSY = frozenset(fold(w) for w in ("أنه", "انه", "إنه", "أنها", "انها", "إنها", "انشغاله", "انشغالها", "وجوده",
                                    "وجودها", "كونه", "كونها", "منشغل", "منشغلا", "مشغول", "مشغولا"))
"""Before "في اجتماع": the one called is (busy) in a meeting ("بأنه", "لانشغاله", "لوجوده", "كونه"), clitics off."""
_CONTACT = frozenset(fold(w) for w in ("اتصل", "اتصلت", "اتصلنا", "اتصال", "الاتصال", "بالاتصال", "اتصالات", "هاتفيا",
                                       "يرد", "ترد", "الرد", "للرد", "ردوا", "رد", "تواصلت", "تواصلنا", "التواصل"))
"""Words of calling or answering that tell the meeting is an excuse given to a caller."""


def busy_excuse(tokens: list[Token], i: int) -> bool:
    """ "اتصلت الصحيفة بمدير الفرع إلا أن الموظفين ردوا بأنه في اجتماع", "لم يرد على الاتصال لانشغاله في اجتماع":
    an indefinite meeting word right after "في" after a word of being busy or "أنه" (clitics off), in a sentence with
    a word of calling or answering, is the excuse given to a caller, no meeting reported ("وأوضح أنه في اجتماع عقد
    أمس تم الاتفاق …" has no word of calling: left alone)."""
    if i < 2 or tokens[i].article or tokens[i].norm not in _MEETING_NOUNS or tokens[i - 1].norm != _IN:
        return False
    if strip_clitic(tokens[i - 2].norm, "وبل")[0] not in _BUSY or tokens[i - 2].sent != tokens[i].sent:
        return False
    return any(t.sent == tokens[i].sent and strip_clitic(t.norm, "و")[0] in _CONTACT for t in tokens)


_RECEIVING = frozenset(fold(w) for w in ("استقبال", "استقبالها", "استقباله", "باستقبال", "واستقبال", "استقبل",
                                         "استقبلت", "واستقبل", "واستقبلت", "تستقبل", "يستقبل", "وتستقبل", "ويستقبل"))
_COMPLAINTS = frozenset(fold(w) for w in ("شكاوى", "شكاوي", "الشكاوى", "الشكاوي", "شكوى", "الشكوى", "بلاغات",
                                          "البلاغات", "بلاغا", "بلاغ", "البلاغ", "الطلبات", "طلبات", "استفسارات",
                                          "الاستفسارات", "مكالمات", "المكالمات", "ملاحظات", "الملاحظات"))
_COMPLAINTS_REACH = 3


def complaints_received(tokens: list[Token], i: int) -> bool:
    """ "بدأت القنصلية الاتصالات بعد استقبالها شكاوى من المتضررين", "تستقبل الإدارة البلاغات على الرقم 940": a word
    of receiving whose object, within three words after it in its sentence, is complaints, reports, requests, queries
    or calls tells a body's taking them in, no guest received."""
    if tokens[i].norm not in _RECEIVING:
        return False
    return any(tokens[k].sent == tokens[i].sent and tokens[k].norm in _COMPLAINTS
               for k in range(i + 1, min(len(tokens), i + 1 + _COMPLAINTS_REACH)))
