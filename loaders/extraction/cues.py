"""Cue words the rules read, for events, chairs and participants, agreements and decisions.

The words themselves are in data/lexicons/{events,roles,agreements,decisions}.txt, one entry a line under
a commented ``[group]``; each attribute below is one group, read on first use (see wordfile.py).
"""

from __future__ import annotations

from marsad.loaders.extraction.wordfile import WordFile, phrase, phrase_table, phrases, table, words


class EventCues(WordFile, file="events"):
    """data/lexicons/events.txt"""

    SESSION = words("session")
    MEETING = words("meeting")
    CEREMONY = words("ceremony")
    CELEBRATION = words("celebration")
    EDITION_OF = words("edition_of")
    ASSEMBLY = words("assembly")
    ASSEMBLY_TWO = phrases("assembly_two")
    VISIT = words("visit")
    VISIT_VERBS = words("visit_verbs")
    TALK_VERBS = words("talk_verbs")
    CLAUSE_OPENERS = words("clause_openers")
    INSPECT = words("inspect")
    INAUGURATE = words("inaugurate")
    OPENING_TWO = phrases("opening_two")
    PRESS = phrases("press")
    SITTING_VERBS = words("sitting_verbs")
    ISSUE_VERBS = words("issue_verbs")
    RESOLUTION = words("resolution")
    FUTURE = words("future")
    NUMBERED = words("numbered")
    CONVENED = words("convened")
    TIME_WORDS = words("time_words")
    SITTING_BEFORE = words("sitting_before")
    SITTING_DEEDS = words("sitting_deeds")
    NOT_SITTINGS = words("not_sittings")
    SITTING_TYPES = words("sitting_types")
    OCCASION = words("occasion")
    DOING = words("doing")
    DOING_IT = words("doing_it")
    VISIT_CONTEXT = words("visit_context")
    VISIT_KINDS = words("visit_kinds")
    SITTING_BODIES = words("sitting_bodies")
    ANNOUNCE_SKIP = words("announce_skip")
    DEMONSTRATIVES = words("demonstratives")
    SIDELINES = words("sidelines")
    LECTURE = words("lecture")
    LECTURE_VERBS = words("lecture_verbs")
    SAME_DAY = phrases("same_day")
    PLACE_PREFIX = words("place_prefix")
    PLACE_NOUNS = words("place_nouns")
    HOST_VERBS = words("host_verbs")
    OUTLETS = phrases("outlets")
    NOT_DATELINES = words("not_datelines")
    ARRIVAL_VERBS = words("arrival_verbs")
    DEPARTURE_VERBS = words("departure_verbs")
    OBJECT_BA = words("object_ba")
    HELD_IT = words("held_it")
    MEETINGS_PLURAL = words("meetings_plural")
    UNSET_DATE = words("unset_date")
    UNSET_NEGATORS = words("unset_negators")
    WIDER_REGION = words("wider_region")
    COMMUNE_KINDS = words("commune_kinds")
    NOT_SUMMIT = words("not_summit")
    SUMMIT_SPORT = words("summit_sport")
    RECEIVING_PLACES = words("receiving_places")
    TALKS_AFTER_SESSION = words("talks_after_session")
    ORGANISE = words("organise")
    ORGANISE_BACK = words("organise_back")
    GOES_ON = words("goes_on")
    AGENCIES = words("agencies")
    COURSE_BEFORE = words("course_before")
    COUNTED = words("counted")
    BACKGROUND_OPENERS = words("background_openers")
    MEET_VERBS = words("meet_verbs")
    MET_WITH_B = words("met_with_b")
    RECEPTION_NOUN = words("reception_noun")
    WORKS_OPENING = words("works_opening")
    WORKS = words("works")
    PURPOSE = words("purpose")
    MEETING_THEIRS = words("meeting_theirs")
    CLOSE = words("close")
    TIME_REFERENCE = words("time_reference")
    STATEMENT_NOUNS = words("statement_nouns")
    TOPIC_SHIFT = phrases("topic_shift")
    SEQUEL = phrases("sequel")
    FORMED = words("formed")
    TITLED = words("titled")
    SIGNING_AHEAD = words("signing_ahead")
    HONOUR_VERBS = words("honour_verbs")
    LATER_OPENERS = phrases("later_openers")


EVENTS = EventCues()


class RoleCues(WordFile, file="roles"):
    """data/lexicons/roles.txt"""

    CHAIR = words("chair")
    CHAIR_TWO = phrases("chair_two")
    RECEIVE = words("receive")
    RECEPTION = words("reception")
    ATTEND = words("attend")
    INCLUDED = words("included")
    SKIP_AFTER_CHAIR = words("skip_after_chair")
    SUPERVISE = words("supervise")
    BY = words("by")
    DELEGATION = words("delegation")
    ACCOMPANYING = words("accompanying")
    HEADS_OF_STATE = phrases("heads_of_state")
    PRESENTS = words("presents")
    SENDER_PREPS = words("sender_preps")
    JOINT = words("joint")
    PRESIDENCY = words("presidency")
    LEAD = words("lead")
    LEAD_AFTER_SUBJECT = words("lead_after_subject")
    WITH = words("with")
    DURING = words("during")
    PASSIVE = words("passive")
    PRESENT_VERBS = words("present_verbs")
    COUNTERPART = words("counterpart")
    SPEECH = words("speech")
    SPEECH_PARTICIPLES = words("speech_participles")
    GREETING = words("greeting")
    CREDITED = words("credited")
    ON_BEHALF = words("on_behalf")
    STYLES = words("styles")
    IN_TURN = words("in_turn")
    BACKGROUND = words("background")
    SAID_AT = words("said_at")
    OFFICE_HEADS = words("office_heads")
    PREDICATE_OFFICES = words("predicate_offices")
    PRAYER = words("prayer")
    HONORIFIC_PRONOUNS = words("honorific_pronouns")
    APPOINTED = words("appointed")


ROLES = RoleCues()


class AgreementCues(WordFile, file="agreements"):
    """data/lexicons/agreements.txt"""

    SIGN = words("sign")
    AGREEMENT_WORDS = words("agreement_words")
    MEMO = phrase("memo")
    AGREEMENT_TWO = phrases("agreement_two")
    PARTNERSHIP = words("partnership")


AGREEMENTS = AgreementCues()


class DecisionCues(WordFile, file="decisions"):
    """data/lexicons/decisions.txt"""

    APPROVE = words("approve")
    APPROVE_SUBJECT = words("approve_subject")
    APPOINT = words("appoint")
    APPOINT_CONTEXT = words("appoint_context")
    ON = words("on")
    YEAR_CUES = words("year_cues")
    KINDS = phrase_table("kinds", str)
    LIST_GLUE = words("list_glue")
    COUNTS = table("counts", int)
    NOT_DECIDED = words("not_decided")
    VOTE = words("vote")
    VOTE_AGAINST = words("vote_against")
    EXPECTED = words("expected")
    PAST_OPENERS = phrases("past_openers")
    REJECTED_OBJECT = words("rejected_object")
    LEGISLATURE = words("legislature")
    RECEIVED = words("received")
    RESOLVE = words("resolve")
    TAKEN = words("taken")
    FOUNDING = words("founding")
    RESOLVING_BODIES = words("resolving_bodies")
    APPROVE_BY = words("approve_by")
    BY_AGENT = phrases("by_agent")
    AFTER_ON_ONLY = words("after_on_only")
    RECOMMEND = words("recommend")
    DECIDE_VERBS = words("decide_verbs")
    ADMISSION = words("admission")
    MANNER = words("manner")
    GENERIC_BODIES = words("generic_bodies")
    ISSUED = words("issued")
    DECREES = words("decrees")
    NOT_OBJECT = words("not_object")
    SEATS = words("seats")


DECISIONS = DecisionCues()


FILES: tuple[WordFile, ...] = (EVENTS, ROLES, AGREEMENTS, DECISIONS)
