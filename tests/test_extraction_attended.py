"""At a formal sitting an office holder takes part only when the text shows it (events/attended.py): listed after
a word of attendance, presenting, heading a delegation, acting or speaking at the event. Elsewhere (a meeting, a
visit) the office holders named in the story are read as before."""

from __future__ import annotations

from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import extract
from marsad.loaders.facts import DocumentFacts

_SITTING = "عقد مجلس إدارة الغرفة التجارية اجتماعه الدوري أمس برئاسة رئيس الغرفة سعيد العلمي"


def _facts(text: str) -> DocumentFacts:
    facts = extract(SourceDocument(id="u", text=text))
    for event in facts.events:
        assert all(text[e.start : e.end] == e.quote for e in event.evidence)
    return facts


def _taking_part(facts: DocumentFacts) -> set[str]:
    persons = {p.id: p.name for p in facts.persons}
    posts = {p.id: p for p in facts.posts}
    names: set[str] = set()
    for event in facts.events:
        for a in event.participants:
            if a.person in persons:
                names.add(persons[a.person])
            if a.post in posts and posts[a.post].holder in persons:
                names.add(persons[posts[a.post].holder])
    return names


def test_an_office_holder_whose_request_the_sitting_discussed_is_not_at_it() -> None:
    facts = _facts("عقد مجلس إدارة الهيئة اجتماعه الدوري أمس برئاسة رئيس المجلس سعيد العلمي، وناقش طلب محافظ المدينة "
                   "خالد الحربي إنشاء فرع جديد.")
    assert facts.events and facts.events[0].kind == "session"
    assert "خالد الحربي" not in _taking_part(facts)


def test_those_listed_after_the_word_of_attendance_take_part() -> None:  # guard
    facts = _facts(_SITTING + "، بحضور أمين عام الغرفة خالد الحربي ومدير المعارض فهد السالم.")
    assert {"خالد الحربي", "فهد السالم"} <= _taking_part(facts)


def test_a_speaker_saying_what_this_meeting_did_takes_part() -> None:  # guard
    facts = _facts(_SITTING + ". وقال نائب رئيس الغرفة خالد الحربي إن هذا الاجتماع ناقش خطة العام.")
    assert "خالد الحربي" in _taking_part(facts)


def test_an_act_during_the_meeting_shows_its_author_there() -> None:  # guard
    facts = _facts(_SITTING + ". وأصدر أمين عام الغرفة خالد الحربي خلال الاجتماع تعميما بتشكيل لجنة.")
    assert "خالد الحربي" in _taking_part(facts)


def test_the_minister_presenting_a_bill_to_the_council_takes_part() -> None:  # guard
    facts = _facts("صادق المجلس الحكومي أمس على مشروع قانون تقدم به وزير النقل خالد الحربي يتعلق بمدونة السير.")
    assert "خالد الحربي" in _taking_part(facts)


def test_a_turn_after_the_sitting_was_reported_takes_part() -> None:  # guard
    facts = _facts(_SITTING + ". من جانبه، قال نائب رئيس الغرفة خالد الحربي إن المشاريع تسير وفق البرنامج.")
    assert "خالد الحربي" in _taking_part(facts)


def test_an_office_written_again_after_the_word_of_attendance_is_its_holder() -> None:  # guard
    facts = _facts("وصل وزير المالية الأردني كريم الفاسي أمس إلى عمان. وعقد مجلس إدارة غرفة عمان اجتماعه الدوري "
                   "برئاسة رئيس الغرفة سعيد العلمي، وشارك فيه وزير المالية.")
    assert "كريم الفاسي" in _taking_part(facts)


def test_a_meeting_still_reads_the_one_met() -> None:  # guard: the rule is for sittings only
    facts = _facts("التقى وزير الخارجية سامي العتيبي أمس في الرياض سفير فرنسا فهد السالم.")
    assert facts.events and facts.events[0].kind == "meeting"
    assert "فهد السالم" in _taking_part(facts)


def test_a_signer_after_a_verb_beginning_with_waw_takes_part() -> None:  # guard: "وقعها" is a verb, not "و" + "قعها"
    facts = _facts(_SITTING + "، وأقر المجلس اتفاقية تعاون مع جامعة الملك سعود، و وقعها عن الغرفة الأمين العام "
                   "خالد الحربي.")
    assert "خالد الحربي" in _taking_part(facts)


def test_a_minister_speaking_after_the_sitting_ended_took_part() -> None:
    facts = _facts("عقد مجلس الوزراء جلسته الأسبوعية أمس برئاسة رئيس الوزراء سعيد العلمي. وأعلن وزير الإعلام "
                   "خالد الحربي إثر انتهاء جلسة مجلس الوزراء أن الحكومة أقرت خطة جديدة.")
    assert "خالد الحربي" in _taking_part(facts)
