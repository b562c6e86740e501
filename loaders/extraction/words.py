"""Closed word classes and small lexicons the rules read: function words, the calendar, words around
persons, institution names and genitive chains, programme heads, city names.

The words themselves are in data/lexicons/*.txt, one entry a line under a commented ``[group]``; each
attribute below is one group, read on first use (see wordfile.py).
"""

from __future__ import annotations

from marsad.loaders.extraction.wordfile import WordFile, entries, phrase_table, phrases, table, words
from marsad.loaders.normalize import match_key


class PeopleWords(WordFile, file="people"):
    """data/lexicons/people.txt"""

    NAME_CUES = words("name_cues")
    ROLE_CUES = words("role_cues")
    NATIONALITIES = words("nationalities")
    COUNTERPARTS = words("counterparts")
    INTERNATIONAL = words("international")
    ROYAL_STYLE = words("royal_style")
    ROYAL_TITLES = words("royal_titles")
    WHOLE_OFFICES = phrases("whole_offices")
    REMIT_STANDINGS = words("remit_standings")
    HOME_COUNTRY = words("home_country")
    OFFICE_BEFORE_NAME = words("office_before_name")
    NAME_CLOSERS = words("name_closers")
    TITLE_SURNAMES = words("title_surnames")
    APPOINTED = words("appointed")
    AS_ROLES = words("as_roles")
    ASSIGNED_AS = words("assigned_as")
    FILIATION = words("filiation")
    KIN_AFTER_SON = words("kin_after_son")
    MALE_FIRST = words("male_first")
    MINISTER = words("minister")
    ORDINAL_KINGS = words("ordinal_kings")
    KING = words("king")
    NOT_SURNAMES = words("not_surnames")
    NOT_NAMES = words("not_names")
    DESCRIPTORS = words("descriptors")
    NAMED_PLACES = words("named_places")
    EPONYM_PROGRAMMES = words("eponym_programmes")
    FOREIGN_BODIES = phrases("foreign_bodies")
    CONSTRUCT_NAMES = words("construct_names")
    NOT_FAMILY_NISBAS = words("not_family_nisbas")
    STYLES_BEFORE_HOLDER = words("styles_before_holder")
    HOLY_EPITHET_HEADS = words("holy_epithet_heads")
    MEDIA_ADDRESSEES = words("media_addressees")
    ENDS_NAME = words("ends_name")


PEOPLE = PeopleWords()


class InstitutionWords(WordFile, file="institutions"):
    """data/lexicons/institutions.txt"""

    TERRITORIAL = words("territorial")
    SELF_STANDING = phrases("self_standing")
    REFINE = table("refine", str)
    GROUP_HEADS = words("group_heads")
    PARTY_WORDS = words("party_words")
    NAME_ADJECTIVES = words("name_adjectives")
    INDEFINITE_ADJECTIVES = words("indefinite_adjectives")
    SCOPE_NISBAS = words("scope_nisbas")
    RESIDENCE_PARTICIPLES = words("residence_participles")
    EPONYM_HEADS = words("eponym_heads")
    TASK_HEADS = words("task_heads")
    DEMONSTRATIVES = words("demonstratives")
    ABROAD_TERRITORIAL = words("abroad_territorial")
    TOPIC_HEADS = words("topic_heads")
    NAMESAKES = words("namesakes")
    ELATIVES = words("elatives")
    PRAISE_ADJECTIVES = words("praise_adjectives")
    LEGAL_FORMS = words("legal_forms")
    SCOPE_ADJECTIVES = words("scope_adjectives")
    NATIONAL_HEADS = words("national_heads")
    RANK_ADJECTIVES = words("rank_adjectives")
    BAD_COMPLEMENTS = words("bad_complements")
    SEATED_HEADS = words("seated_heads")
    LI_COMPLEMENT = phrases("li_complement")
    LOCAL_ADJECTIVES = words("local_adjectives")
    REGIONAL_HEADS = words("regional_heads")
    DIRECTORATE_HEADS = words("directorate_heads")
    BRANCH_HEADS = words("branch_heads")
    REGIONAL_SERVICES = phrases("regional_services")
    SEATED_SERVICES = phrases("seated_services")
    UNION_SCOPES = words("union_scopes")
    RULING_NOUNS = words("ruling_nouns")
    STAFF_NOUNS = phrases("staff_nouns")
    PLAYING_POSITIONS = phrases("playing_positions")
    OFFICE_STANDING = words("office_standing")
    QUOTED_SPEECH = words("quoted_speech")
    CONTINENTAL_UNIONS = words("continental_unions")
    LOYALTY_HEADS = words("loyalty_heads")
    LOYALTY_OBJECTS = words("loyalty_objects")
    OTHER_WORDS = words("other_words")
    OBJECT_GOVERNORS = words("object_governors")
    KEY_TERRITORIAL_PREFIXES = words("key_territorial_prefixes")
    KEY_NAME_PREFIXES = words("key_name_prefixes")
    NETWORK_OBJECTS = words("network_objects")
    VERSE_OBJECTS = words("verse_objects")
    ACROSS_OBJECTS = words("across_objects")
    NATIONAL_SERVICES = table("national_services", str)
    CHANNEL_HEADS = words("channel_heads")
    PARTY_STANDING = words("party_standing")
    OFFICIAL_STANDING = words("official_standing")
    STAFF_PLURALS = words("staff_plurals")
    QUANTIFIERS = words("quantifiers")
    KIN_NOUNS = words("kin_nouns")
    GOVERNMENT_STATUS = words("government_status")
    PARTY_GENERIC = words("party_generic")
    PARTY_OWNERS = words("party_owners")
    CROWD_NOUNS = words("crowd_nouns")
    FORMED_PARTICIPLES = words("formed_participles")
    PURPOSE_PARTICIPLES = words("purpose_participles")
    KEY_ALIASES = table("key_aliases", match_key)
    FEDERAL_STATES = words("federal_states")
    CLUB_PLAYERS = words("club_players")
    SCHOOLS_OF_THOUGHT = words("schools_of_thought")
    PARTICIPLE_NAMES = words("participle_names")
    WAW_WORDS = words("waw_words")
    FIRST_FORM_NAMES = words("first_form_names")
    AND_BODY_PLURALS = words("and_body_plurals")
    AND_GROUPS = words("and_groups")
    SITTING_ADJECTIVES = words("sitting_adjectives")
    CAMP_ADJECTIVES = words("camp_adjectives")
    APPOSITION_ROLES = words("apposition_roles")


INSTITUTIONS = InstitutionWords()


class ChainWords(WordFile, file="chains"):
    """data/lexicons/chains.txt"""

    MUKALLAF = words("mukallaf")
    LADA = words("lada")
    PURPOSE = words("purpose")
    OBJECT_PREPS = words("object_preps")
    OWN_EVENT = words("own_event")
    NEVER_COORDINATED = words("never_coordinated")
    AFTER = words("after")
    TIME_NOUNS = words("time_nouns")
    TIME_ADJECTIVES = words("time_adjectives")
    TIME_SPANS = words("time_spans")
    RECIPIENTS = words("recipients")
    BODY_FIELDS = words("body_fields")
    FORMER = words("former")
    FORMER_INDEFINITE = words("former_indefinite")
    LOCALITY = words("locality")
    REGION_NOUNS = words("region_nouns")
    BACK_REFERENCES = words("back_references")
    ALA_TITLES = words("ala_titles")
    ALA_NOUNS = words("ala_nouns")
    IMPROPER_ADJECTIVES = words("improper_adjectives")
    BISM_TITLES = words("bism_titles")
    KAF_NOUNS = words("kaf_nouns")
    ROYAL = words("royal")
    DEFINITE_OPENERS = words("definite_openers")
    RANKS = words("ranks")
    RANK_QUALIFIERS = words("rank_qualifiers")
    DESCRIPTION_ADVERBS = words("description_adverbs")
    BRANCH_NOUNS = words("branch_nouns")
    COORDINATED_BODIES = words("coordinated_bodies")
    MEETING_ACTS = words("meeting_acts")
    DEFINITE_MEETING_ACTS = words("definite_meeting_acts")
    LI_VERBS = words("li_verbs")
    DEED_NOUNS = words("deed_nouns")
    OFFERED = words("offered")
    ADVISER_TITLES = words("adviser_titles")
    KIN_NOUNS = words("kin_nouns")
    PARTY_AFFILIATIONS = words("party_affiliations")
    WAW_PLURALS = words("waw_plurals")
    PROFESSIONS = words("professions")
    DOCUMENT_PARTICIPLES = words("document_participles")
    PERSON_PREDICATES = words("person_predicates")
    VENUE_NOUNS = words("venue_nouns")
    BOUND_PHRASES = phrases("bound_phrases")


CHAINS = ChainWords()


class FunctionWords(WordFile, file="function_words"):
    """data/lexicons/function_words.txt"""

    STOP = words("stop")
    ROLE_PLURALS = words("role_plurals")
    WAS = words("was")
    THAT_CAME = words("that_came")
    SUPERVISING = words("supervising")
    LI_STYLES = words("li_styles")
    TO_INAUGURATE = words("to_inaugurate")
    VISIT_NOUNS = words("visit_nouns")
    SON_OF = words("son_of")
    LINE_CONTINUES = words("line_continues")
    COLUMN_OFFICES = words("column_offices")
    PAST_ONES = words("past_ones")
    COMPASS = words("compass")


FUNCTION_WORDS = FunctionWords()


class CalendarWords(WordFile, file="calendar"):
    """data/lexicons/calendar.txt"""

    WEEKDAYS = table("weekdays", int)
    MONTHS = table("months", int)
    MASHRIQ_MONTHS = phrase_table("mashriq_months", int)
    ORDINALS = table("ordinals", int)
    ORDINAL_UNITS = table("ordinal_units", int)
    ORDINAL_TENS = table("ordinal_tens", int)
    HIJRI_MONTHS = table("hijri_months", int)
    RELATIVE_DAYS = table("relative_days", int)
    FIRST_DAY = words("first_day")
    RANGE_GLUE = words("range_glue")


CALENDAR = CalendarWords()


class ProgramWords(WordFile, file="programs"):
    """data/lexicons/programs.txt"""

    HEADS = phrases("heads")
    NOT_NAMES = words("not_names")


PROGRAMS = ProgramWords()


class PlaceWords(WordFile, file="places"):
    """data/lexicons/places.txt"""

    CITIES = entries("cities")


PLACES = PlaceWords()


FILES: tuple[WordFile, ...] = (FUNCTION_WORDS, CALENDAR, PEOPLE, INSTITUTIONS, CHAINS, PROGRAMS, PLACES)


def is_nationality(norm: str) -> bool:
    """An adjective of nationality ([nationalities] in people.txt), masculine or feminine: "الأردني", "الأردنية"."""
    return norm in PEOPLE.NATIONALITIES or (norm.endswith("يه") and norm[:-1] in PEOPLE.NATIONALITIES)


def is_stop(norm: str) -> bool:
    """A word no name or title continues through (also behind a conjunction "و")."""
    stop, months = FUNCTION_WORDS.STOP, CALENDAR.MONTHS
    if norm in stop or norm in CALENDAR.WEEKDAYS or norm in months:
        return True
    return len(norm) > 2 and norm[0] == "و" and (norm[1:] in stop or norm[1:] in months)
