"""Error classes of the twenty-fourth session's fresh sets, each pinned by a sentence written for the test. From
tuning200: a name or an office running on into a preposition of time or a purpose, a body running on into where it
sits, a person a body is named after, a family name of two words read as a second person, the vocative. From
tuning201: an honorific that is a family name, the staff of a body named indefinite. From tuning202: a listed name
that is also a common noun coordinated with a verbal noun, a plural of bodies after a name, a kinship after a name.
From tuning204: "و" + a verbal noun after a word of attendance, a common verb after a name. No article text is
copied and no rule names one article's people or bodies. Each test failed before its rule, except the ones marked
"guard", which pin what the new rule must not break."""

from __future__ import annotations

from extraction_helpers import body_names as _insts
from extraction_helpers import facts_of as _facts
from extraction_helpers import holders as _holders
from extraction_helpers import person_names as _persons


def test_a_preposition_of_time_ends_a_name() -> None:
    facts = _facts("وكان الأمين العام للمنظمة قد عقد مباحثات مع الرئيس اليمني سالم ناصر قبيل الاجتماع الوزاري.")
    assert "سالم ناصر" in _persons(facts)
    assert not any("قبيل" in name for name in _persons(facts))


def test_a_purpose_after_an_office_is_no_word_of_it() -> None:
    facts = _facts("وشارك الفريق بعد موافقة الأمير فهد بن خالد وزير الداخلية لإظهار جاهزية القوات في المناسبة.")
    assert _holders(facts).get("وزير الداخلية") == "فهد بن خالد"
    assert not any("لإظهار" in title for title in _holders(facts))


def test_a_plural_field_after_an_office_stays_in_it() -> None:  # guard
    facts = _facts("وأوضح المتحدث الإعلامي لانتخابات المجلس البلدي ماجد العتيبي أن التسجيل بدأ.")
    assert any(title.startswith("المتحدث الإعلامي لانتخابات") for title in _holders(facts))


def test_a_remit_after_a_general_office_stays_in_it() -> None:  # guard
    facts = _facts("وأوضح المنسق العام لمسابقة القرآن الكريم الدكتور خالد الزهراني أن المشاركين بلغوا مئة.")
    assert any(title.startswith("المنسق العام لمسابقة") for title in _holders(facts))


def test_what_a_body_grants_is_no_second_field_of_its_name() -> None:
    facts = _facts("وأشار إلى أنه جرى تأسيس المعهد الوطني للتدريب المهني لمنح شهادة مزاولة المهنة للمتدربين.")
    assert "المعهد الوطني للتدريب المهني" in _insts(facts)
    assert not any("لمنح" in name for name in _insts(facts))


def test_where_a_body_resides_is_no_word_of_its_name() -> None:
    facts = _facts("وقالت رئيسة لجنة الإغاثة الوطنية المقيمة في جدة إن الرحلات توقفت.")
    assert "لجنة الإغاثة الوطنية" in _insts(facts)


def test_a_body_named_after_a_person_names_no_person() -> None:
    facts = _facts("ويشرف على البرنامج مكتب التوعية ومؤسسة عبدالله بن سعد الخيرية لتقديم الرعاية للأسر.")
    assert "مؤسسة عبدالله بن سعد الخيرية" in _insts(facts)
    assert "عبدالله بن سعد" not in _persons(facts)


def test_a_family_name_of_two_words_is_the_same_person() -> None:
    facts = _facts("أكد المشرف على لجان التصحيح في حي الربوة بجدة، العقيد سامي بن عويد، أن التمديد متاح. وأوضح "
                   "العقيد بن عويد، وفقا لما نقلت عنه الصحيفة، أن العائلات مستثناة. وفي سياق متصل، توقع العقيد بن "
                   "عويد، ارتفاع الأعداد.")
    assert _persons(facts) == ["سامي بن عويد"]


def test_a_vocative_opens_no_name() -> None:
    facts = _facts('وقال النائب مخاطبا زميلته "اجلسي يا بنت نعرف نتكلم"، وتحولت العبارة إلى أغنية.')
    assert not any(name.startswith("يا") for name in _persons(facts))


def test_a_feeling_of_the_holder_is_no_word_of_the_body() -> None:
    facts = _facts("فما كان من رئيس مجلس العموم الغاضب إلا أن طلب من الوزير الجلوس.")
    assert "مجلس العموم" in _insts(facts)


def test_an_honorific_after_a_given_name_is_a_family_name() -> None:
    facts = _facts("وأعلن النادي تعاقده رسميا مع سامي الشيخ صانع ألعاب فريق الوحدة لمدة ثلاثة مواسم.")
    assert "صانع ألعاب" not in _persons(facts)


def test_an_honorific_before_a_given_name_stays() -> None:  # guard
    facts = _facts("وحضر الحفل الشيخ صالح المنيع وعدد من المسؤولين.")
    assert "صالح المنيع" in _persons(facts)


def test_and_a_clause_after_the_pilgrim_opens_no_name() -> None:
    facts = _facts("وأوضح أن تسجيل الحاج ودفع الرسوم المالية سيتمان عبر البوابة الإلكترونية.")
    assert _persons(facts) == []


def test_the_teaching_staff_indefinite_is_no_body() -> None:
    facts = _facts("وعينت الجامعة خلال العام الماضي ثلاثين معيدا وعضو هيئة تدريس سعودي.")
    assert not any(name.startswith("هيئة تدريس") for name in _insts(facts))


def test_a_listed_name_before_and_a_verbal_noun_is_the_common_noun() -> None:
    facts = _facts("وأكد رئيس البعثة أن النتائج ستتحسن في ظل ما يلمسه من حماس وإصرار لدى اللاعبين.")
    assert "حماس" not in _insts(facts)


def test_a_listed_name_before_and_a_body_or_a_plural_stays() -> None:  # guard
    assert "حماس" in _insts(_facts("وقال إن حماس وفتح اتفقتا على التهدئة."))
    assert "حماس" in _insts(_facts("وأجرى وفد من حماس وقيادات أخرى مباحثات في القاهرة."))


def test_and_a_plural_of_institutes_after_a_name_is_the_next_item() -> None:
    facts = _facts("وحضر حفل تخريج دفعات جديدة من الكلية البحرية والتقنية العسكرية والمعاهد العسكرية أمس.")
    assert "الكلية البحرية والتقنية العسكرية" in _insts(facts)


def test_a_kinship_after_a_name_is_no_filiation() -> None:
    facts = _facts("وفي سياق متصل، أوضح سالم بن حمد محمد ابن عم الفقيد، أن الراحل من مواليد القرية.")
    assert not any("ابن عم" in name for name in _persons(facts))


def test_and_a_verbal_noun_after_attendance_is_no_name() -> None:
    facts = _facts("وحظي المعرض الذي تنظمه الغرفة التجارية بحضور وتفاعل كبير من الزوار.")
    assert _persons(facts) == []


def test_a_common_verb_after_a_name_ends_it() -> None:
    facts = _facts("وذكرت مصادر أن إدارة النادي الجديدة برئاسة سامر حداد أخذت على عاتقها إنهاء الخلافات.")
    assert "سامر حداد" in _persons(facts)
