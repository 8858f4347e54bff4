"""Who is speaking: from a subject phrase or from a span after an inverted verb or "selon".

A speaker is an entity the article mentions (:mod:`.actors` picks which
mention; :mod:`.appositions` the person named beside a title), a person named
before and now referred to by role (:mod:`.roles`) or description
(:mod:`.descriptions`), or a pronoun kept unresolved here and resolved in text
order by :mod:`.resolution`.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Token

from ...analysis import Analysis
from ...dates import WEEKDAYS
from ...records import COUNTRY, ORGANIZATION, PERSON
from ...text import fold
from . import appositions
from .actors import (KIND_RANK, best_mention, is_non_state_noun, named_as_modifier, speaks_for_state,
                     without_countries)
from .verbs import speech_nouns
from .descriptions import description_ref, same_source, spokesperson_of
from .events import SpeakerRef
from .genders import PRONOUNS, determiner_gender, token_gender
from .quotes import QUOTE_MARKS
from .spans import RELATIVE_PRONOUNS, dateline_end
from .roles import (CIRCUMSTANCE_AFTER, SPOKESPERSONS, member_of, role_of, role_person, role_phrase,
                    singular_title, title_ref, title_words)

# Modifiers that are not part of the speaking phrase itself.
_PHRASE_STOP = {"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis"}


def _core_span(token: Token, skip: set[int]) -> tuple[int, int]:
    """Character span of ``token``'s phrase without its clauses and conjuncts."""
    tokens = [token]
    stack = [c for c in token.children if c.dep_ not in _PHRASE_STOP and c.i not in skip]
    while stack:
        t = stack.pop()
        tokens.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _PHRASE_STOP and c.i not in skip)
    # Keep appositions ("Le ministre, Lloyd Austin") which spaCy may attach as conj/appos.
    for c in token.children:
        if c.dep_ == "appos":
            tokens.extend(c.subtree)
    # "Un rapport d'experts de l'ONU, dont le journal X a consulté des extraits, évalue": a relative
    # clause set off by a comma is no part of the name, however the parse hung its words
    cut = next((t.i for t in tokens if t.i > token.i and t.lower_ in RELATIVE_PRONOUNS and "Rel" in t.morph.get("PronType")
                and t.doc[t.i - 1].text == ","), None)
    if cut is not None:
        tokens = [t for t in tokens if t.i < cut - 1]
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


_CUT_TITLE = re.compile(r"-[^\W\d_]+\s+")
#: "celle-ci", "celui-là": a demonstrative pronoun standing for the person just named.
_DEMONSTRATIVES = {"celle": "elle", "celui": "il", "celles": "elles", "ceux": "ils"}
_CI = re.compile(r"\s*-\s*(?:ci|là)\b", re.IGNORECASE)


_KEPT = "kg.speech.subject_speakers"


@contextmanager
def subject_speakers_kept(analysis: Analysis) -> Iterator[None]:
    """Within the block, :func:`from_subject` reads each subject of ``analysis`` once.

    The passes of :func:`kg.extract.statements.find_statements` ask for the speaker of the
    same subjects again (the dependency clauses' verbs, then every subject as an antecedent
    for pronouns), and the answer depends only on the subject and the article's entities,
    which no pass changes. Each caller gets its own copy. The answers (no token) are kept in
    ``doc.user_data`` until the block ends.
    """
    user_data = analysis.doc.user_data
    user_data[_KEPT] = {}
    try:
        yield
    finally:
        user_data.pop(_KEPT, None)


def from_subject(analysis: Analysis, subject: Token) -> SpeakerRef | None:
    """The speaker(s) named by a subject token, or None if it names no entity.

    A relative "qui" stands for the noun it attaches to.
    """
    kept = analysis.doc.user_data.get(_KEPT)
    if kept is None or subject.doc is not analysis.doc:
        return _from_subject(analysis, subject)
    if subject.i not in kept:
        kept[subject.i] = _from_subject(analysis, subject)
    ref = kept[subject.i]
    return None if ref is None else replace(ref, keys=list(ref.keys))


def _from_subject(analysis: Analysis, subject: Token) -> SpeakerRef | None:
    if subject.lower_ in ("qui", "lequel", "laquelle"):
        if (titled := appositions.titled_person_before(analysis, subject.idx)) is not None:
            return SpeakerRef(keys=[titled])
        if (named := appositions.named_before_apposition(analysis, subject.idx)) is not None:
            return SpeakerRef(keys=[named])
        # "…, a plaidé Me X, qui a dénoncé …": a name right before "qui" is its
        # antecedent, whatever the parser attached the relative clause to.
        prev = subject.doc[subject.i - 1] if subject.i else subject
        prev = subject.doc[subject.i - 2] if prev.text == "," and subject.i >= 2 else prev
        if prev.text == ")" and prev.i >= 2 and prev.doc[prev.i - 2].text == "(":
            prev = prev.doc[prev.i - 1]  # "la Commission électorale (CEI), qui annonce …": its acronym
        antecedent = subject.head.head if subject.head.dep_ == "acl:relcl" else None
        if antecedent is not None and antecedent.pos_ in ("VERB", "AUX"):
            antecedent = None  # "glisse l'élu, qui promet …" hung on the verb: the word before "qui" tells
        if antecedent is not None and antecedent.i < subject.i and not any(
                t.text in QUOTE_MARKS for t in subject.doc[antecedent.i : subject.i]):
            subject = antecedent
        elif prev.pos_ in ("PROPN", "NOUN"):
            subject = prev.head if prev.dep_ == "flat:name" else prev
    word = re.sub(r"^-(?:t-)?", "", subject.lower_)  # "a-t-il", "dit-elle"
    if word in _DEMONSTRATIVES and _CI.match(analysis.text, subject.idx + len(subject)):
        # "…, sa tête de liste, Julie X. Celle-ci a promis …": the person named last, not the last subject
        gender, number = PRONOUNS[_DEMONSTRATIVES[word]]
        return SpeakerRef(pronoun=_DEMONSTRATIVES[word], gender=gender, plural=number == "Plur", person_only=True)
    if word == "on":
        # "on" names nobody, but "au MR, où l'on assure que …" speaks for the body before "où"
        return appositions.body_before_where(analysis, subject.idx)
    if word in PRONOUNS:
        gender, number = PRONOUNS[word]
        return SpeakerRef(pronoun=word, gender=gender, plural=number == "Plur")
    ref = SpeakerRef(plural="Plur" in subject.morph.get("Number"))
    start, end = _core_span(subject, set())
    around = analysis.mention_at(subject.idx)
    if (apposed := appositions.name_closing_subject(analysis, subject)) is not None:
        return SpeakerRef(keys=[apposed])  # "Le commissaire de X chargé de …, l'Ivoirien Y, a affirmé": Y
    if around is not None:  # the parser split "Sophie Garnier" into two subjects
        start, end = min(start, around.start), max(end, around.end)
    for m in analysis.mentions_in(start, end + 80):  # "l'association UFC-Que Choisir": a name the parse cut
        if start <= m.start < end < m.end:
            end = m.end
    if (cut := _CUT_TITLE.match(analysis.text, end)) is not None:
        # "le porte-parole des FARDC, le général-major X": a hyphenated title the parse cut, the name after it
        named = next(iter(analysis.mentions_in(cut.end(), cut.end() + 80)), None)
        if named is not None and named.start == cut.end() and analysis.entity(named.entity).kind == PERSON:
            end = named.end
    line_start = analysis.text.rfind("\n", 0, subject.idx) + 1
    if start < (opening := dateline_end(analysis.text, line_start)) < end:
        start = opening  # "Erevan (AFP) - L'Arménie et l'Azerbaïdjan ont signé": the dateline is no subject
    if subject.pos_ == "NOUN" and (own := appositions.name_after_complement(analysis, subject)) is not None:
        return SpeakerRef(keys=[own.entity])  # "La sœur du dirigeant X, Y, a qualifié …": Y speaks
    parts = _coordinated_parts(analysis, start, end)
    # "L'administration du président X", "le bureau de X": the institution speaks, not X.
    institution = (subject.pos_ == "NOUN" and fold(subject.text) not in title_words()
                   and role_of(subject.text) is None and around is None
                   and not appositions.person_in_apposition(analysis, subject, end))
    for part_start, part_end in parts:
        head = subject.idx if part_start <= subject.idx < part_end else None
        key = best_mention(analysis, part_start, part_end, head=head, skip_locatives=True,
                           institutions_first=institution)
        key = _acronym_closing(analysis, part_start, part_end, key)
        if key and key not in ref.keys:
            ref.keys.append(key)
    if around is None and is_non_state_noun(subject.text):
        ref.keys = without_countries(analysis, ref.keys)  # "les médias israéliens": no state speaks
    people = [k for k in ref.keys if analysis.entity(k).kind == PERSON]
    if people and len(ref.keys) > 1 and fold(subject.text) in title_words() and not ref.plural:
        ref.keys = people  # "le ministre des Infrastructures et des Transports, X": one person speaks
    if not any(analysis.entity(k).kind == PERSON for k in ref.keys) and len(parts) == 1:
        phrase_start = min(start, subject.idx)
        # "un porte-parole du Foreign Office": an indefinite title introduces someone, it names no one
        # the article calls by that title elsewhere
        person = None if _INDEFINITE.match(analysis.text, phrase_start) else role_person(
            analysis, phrase_start, end, at=subject.idx)
        if person is None and len(ref.keys) == 1 and analysis.entity(ref.keys[0]).kind == ORGANIZATION \
                and singular_title(analysis.text[phrase_start:end]):
            person = member_of(analysis, ref.keys[0], subject.idx)
        described = description_ref(analysis, phrase_start, end) if person is None else None
        if person is not None:
            ref.keys = [person]
        elif described is not None and described.person_only and _INDEFINITE.match(analysis.text, phrase_start):
            return ref if ref.keys else None  # "un officier de marine français": nobody named before
        elif described is not None:
            return described
        elif ref.keys and singular_title(analysis.text[phrase_start:end]) and all(
                analysis.entity(k).kind == COUNTRY for k in ref.keys):
            if _INDEFINITE.match(analysis.text, phrase_start):
                return ref  # "un officier de marine français": an unnamed source, its country
            # "le chef de la diplomatie espagnole", nobody named: not Spain itself,
            # a person already named (not one the article titled otherwise: "le président argentin"
            # after "le gouverneur de la province de Santa Fe, X")
            return title_ref(analysis.text[phrase_start:end], national=True)
    if not ref.keys:
        if _is_pair(subject):  # "les deux responsables": the last two speakers
            return SpeakerRef(pronoun="ils", plural=True)
        if (spokesperson := _possessive_spokesperson(subject)) is not None:
            return spokesperson
        if (source := same_source(analysis, min(start, subject.idx), end)) is not None:
            return source  # "La même source fait état de …"
        phrase = analysis.text[min(start, subject.idx):end]
        if subject.pos_ == "NOUN" and singular_title(phrase) and not analysis.mentions_in(start, end) \
                and not _INDEFINITE.match(phrase):
            return title_ref(phrase)  # "Le responsable a confirmé …": the person just named
        return None
    if (around is None or around.entity not in ref.keys) and _WORD.fullmatch(subject.text) \
            and not speaks_for_state(subject.text) and all(analysis.entity(k).kind == COUNTRY for k in ref.keys) \
            and named_as_modifier(analysis, ref.keys, min(start, subject.idx), end):
        # "l'opposition vénézuélienne", "les pompiers portugais", "le Kurdistan irakien": not the state
        return None
    if analysis.entity(ref.keys[0]).kind != PERSON:
        ref.role = role_of(subject.text)
    ref.gender = token_gender(subject)
    ref.plural = ref.plural or len(ref.keys) > 1
    return ref


#: A word, hyphenated or not ("opposition", "garde-côtes"): the head noun of a speaker phrase.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_AND = re.compile(r"\s+(?:et|ainsi que)\s+|\s*,\s*(?=(?:et\s+)?(?:les?|la|l'|des?|son|sa|ses)\s)")


def _coordinated_parts(analysis: Analysis, start: int, end: int) -> list[tuple[int, int]]:
    """Split "X et Y" into its conjuncts, when each of them names an entity and none is a
    complement ("le Parti africain pour l'indépendance de la Guinée et du Cap-Vert": one body).

    >>> # "Lloyd Austin et son homologue sud-coréen Kim Yong-hyun" -> two parts
    """
    cuts = [(m.start(), m.end()) for m in _AND.finditer(analysis.text, start, end)]
    parts, prev = [], start
    for a, b in cuts:
        parts.append((prev, a))
        prev = b
    parts.append((prev, end))
    if len(parts) > 1 and all(analysis.mentions_in(a, b) for a, b in parts) and not any(
            _COMPLEMENT_START.match(analysis.text, a, b) for a, b in parts[1:]):
        return parts
    return [(start, end)]


#: A conjunct opened by a preposition completes the noun before "et": "de la Guinée et du Cap-Vert".
_COMPLEMENT_START = re.compile(r"\s*(?:de|du|des|d'|à|au|aux|pour|en)\b", re.IGNORECASE)
#: A bracketed acronym closing a phrase: "… de la Guinée et du Cap-Vert (PAIGC)".
_CLOSING_ACRONYM = re.compile(r"\(\s*[A-ZÀ-Ý][\w.&-]*\s*\)\s*$")


def _acronym_closing(analysis: Analysis, start: int, end: int, key: str | None) -> str | None:
    """The body a phrase's closing bracketed acronym names, rather than the name before it the
    entity model cut short ("Le Parti africain pour l'indépendance de la Guinée et du Cap-Vert
    (PAIGC)": the model's "Parti africain" is no name of its own); ``key`` otherwise."""
    if key is None or analysis.entity(key).kind != ORGANIZATION:
        return key
    m = _CLOSING_ACRONYM.search(analysis.text, start, end)
    inner = [x for x in analysis.mentions_in(m.start(), m.end())] if m else []
    if len(inner) == 1 and analysis.entity(inner[0].entity).kind == ORGANIZATION:
        return inner[0].entity
    return key


def _possessive_spokesperson(subject: Token) -> SpeakerRef | None:
    """ "Son porte-parole a accusé l'Otan…", unnamed: the institution just named speaks through them."""
    role = role_of(subject.text)
    if role is None or fold(role) not in SPOKESPERSONS or not any(
            c.dep_ == "det" and c.lower_ in ("son", "sa", "leur") for c in subject.children):
        return None
    return SpeakerRef(pronoun="il", role=role, institution_only=True)


def _is_pair(subject: Token) -> bool:
    return subject.lower_ in ("responsables", "dirigeants", "ministres", "hommes", "pays", "alliés", "capitales",
                              "gouvernements", "délégations", "présidents") and any(
        c.lower_ == "deux" for c in subject.children
    )


_INDEFINITE = re.compile(r"\s*(?:un|une)\s", re.IGNORECASE)
#: The head noun of a speaker phrase, past its determiners: "la presse" in "selon la presse israélienne".
_HEAD_WORD = re.compile(r"\s*(?:(?:les|la|le|des|du|de|un|une|ces|ce|cet|cette|leurs?|ses|sa|son)\s+|(?:l'|d')\s*)*"
                        r"([^\W\d_]+(?:-[^\W\d_]+)*)", re.IGNORECASE)


def _head_word(analysis: Analysis, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, text) of the head noun of the phrase ``[start, end)``: the first noun the parse
    hangs outside it ("deux sources diplomatiques japonaises", "de hauts responsables"), else its
    first word past the determiners."""
    span = analysis.doc.char_span(start, end, alignment_mode="contract")
    for t in span or ():
        if t.pos_ in ("NOUN", "PROPN") and not (span.start <= t.head.i < span.end and t.head.i != t.i):
            return t.idx, t.idx + len(t), t.text
    m = _HEAD_WORD.match(analysis.text, start, end)
    return (m.start(1), m.end(1), m.group(1)) if m else None


#: "son porte-parole", "leur représentante": an unnamed spokesperson of the body named before.
_POSSESSIVE_ROLE = re.compile(r"\s*(?:son|sa|leur)\s+([\w-]+)\s*", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:le|la)\s+$", re.IGNORECASE)
_ROLE_NOUN = re.compile(r"\b(?:un|une|le|la|les|des|de|d')\s+([\w'-]+)", re.IGNORECASE)


#: "celui qui dirige la ville", "celle dont le fils …": a person designated by what they do.
PERIPHRASIS = re.compile(r"\s*(celui|celle)\s+(?:qui|dont|qu'|que)\b", re.IGNORECASE)


def from_span(analysis: Analysis, start: int, end: int) -> SpeakerRef | None:
    """The speaker named in ``[start, end)``: an inverted subject or a "selon X" phrase.

    A phrase that names a person by role only ("le préfet", "la présidente
    de la commission") is that person when the article gave them the role;
    one person's title with only a country in it ("le chef de la diplomatie
    espagnole") names nobody.
    """
    if (source := same_source(analysis, start, end)) is not None:
        return source  # "…, a-t-on précisé de même source"
    if (who := PERIPHRASIS.match(analysis.text, start, end)) is not None:
        # "…», explique celui qui dirige la ville depuis 2014": the person just presented
        fem = who.group(1).lower() == "celle"
        return SpeakerRef(pronoun="elle" if fem else "il", gender="Fem" if fem else "Masc", person_only=True)
    if (own := _POSSESSIVE_ROLE.fullmatch(analysis.text, start, end)) is not None and \
            (role := role_of(own.group(1))) is not None and fold(role) in SPOKESPERSONS:
        # "Le Pentagone a tempéré l'annonce. Selon son porte-parole, …": the institution named before
        return SpeakerRef(pronoun="il", role=role, institution_only=True)
    if role_phrase(analysis.text[_skip_time(analysis.text, start, end):end]) is not None:
        cut = CIRCUMSTANCE_AFTER.search(analysis.text, start, end)
        end = cut.start() if cut else end  # "la députée de la Drôme sur le plateau de LCI"
    if (channel := _channel().search(analysis.text, start, end)) is not None and channel.start() > start:
        end = channel.start()  # "le ministre au micro de Radio X": the outlet carries the words
    key = best_mention(analysis, start, end, skip_locatives=True)
    if key is not None and analysis.entity(key).kind == PERSON:
        named = next(x for x in analysis.mentions_in(start, end) if x.entity == key)
        if _ARTICLE_BEFORE.search(analysis.text, max(0, named.start - 4), named.start) and \
                not re.search(r"\s", analysis.text[named.start:named.end]):
            described = description_ref(analysis, _skip_time(analysis.text, start, end), end)
            if described is not None and described.person_only:
                return described  # "le Breton de l'équipe": a demonym the model took for a name
    if key is None or analysis.entity(key).kind != PERSON:
        person = role_person(analysis, _skip_time(analysis.text, start, end), end)
        described = description_ref(analysis, _skip_time(analysis.text, start, end), end)
        if person is None and key is not None and analysis.entity(key).kind == ORGANIZATION and singular_title(
                analysis.text[_skip_time(analysis.text, start, end):end]):
            person = member_of(analysis, key, start)  # "le patron des députés RN": RN's group leader
        if person is not None:
            key = person
        elif described is not None:
            return described
        elif (spoke := spokesperson_of(analysis, _skip_time(analysis.text, start, end), end)) is not None:
            return spoke  # "a résumé un porte-parole du groupe": the group just named
        elif _INDEFINITE.match(analysis.text, _skip_time(analysis.text, start, end), end):
            if key is None:  # "selon un diplomate européen": someone new, never a person named before
                # (with a country in it, the country speaks: below); "Côté français, on relativise.
                # « … », a glissé un diplomate": the side the paragraph gives the floor to speaks
                side = _side_country(analysis, start)
                head = _HEAD_WORD.match(analysis.text, _skip_time(analysis.text, start, end), end)
                return SpeakerRef(keys=[side]) if side is not None and head is not None and not is_non_state_noun(
                    head.group(1)) else None
        elif (key is None or analysis.entity(key).kind == COUNTRY) and singular_title(
                analysis.text[_skip_time(analysis.text, start, end):end]):
            # "a précisé le député de la Somme", "la cheffe de la diplomatie kényane":
            # a person's title that matches no role given earlier refers back to a
            # person already named, never to the country in the title.
            introduced = _introduced_as(analysis, _skip_time(analysis.text, start, end), end)
            if introduced is not None:
                return introduced
            return title_ref(analysis.text[_skip_time(analysis.text, start, end):end])
    if key is None:
        return None
    head = _head_word(analysis, _skip_time(analysis.text, start, end), end)
    if analysis.entity(key).kind == COUNTRY and head is not None and not speaks_for_state(head[2]) \
            and not any(m.entity == key for m in analysis.mentions_in(head[0], head[1])) \
            and named_as_modifier(analysis, [key], start, end):
        return None  # "selon la presse israélienne", "d'après des centaines de Népalais": no state speaks
    role = None
    if analysis.entity(key).kind != PERSON:
        m = _ROLE_NOUN.search(analysis.text, start, end)
        if m:
            role = role_of(m.group(1))
    words = analysis.text[start:end].split()
    gender = determiner_gender(words[0], words[1] if len(words) > 1 else "") if words else None
    keys = [key]
    # "Séoul et Washington", "X et Y": each named conjunct speaks.
    for m in analysis.mentions_in(start, end):
        if m.entity not in keys and KIND_RANK.get(analysis.entity(m.entity).kind) == KIND_RANK.get(
            analysis.entity(key).kind
        ):
            between = analysis.text[min(m.end, _end_of(analysis, key, start, end)) : m.start]
            if between.strip() in ("et", ",", "ainsi que"):
                keys.append(m.entity)
    return SpeakerRef(keys=keys, role=role, gender=gender, plural=len(keys) > 1)


@lru_cache(maxsize=1)
def _channel() -> re.Pattern:
    """A channel after the speaker ("au micro de", "dans un entretien à", "sur l'antenne de"),
    its head noun from ``kg/data/speech_nouns.txt``."""
    nouns = "|".join(sorted((re.escape(n) for n in speech_nouns()), key=len, reverse=True))
    return re.compile(rf"\s(?:à|au|aux|dans|lors|sur|pendant|devant|par)\s+(?:d'|de\s+|du\s+|des\s+)?"
                      rf"(?:(?:un|une|le|la|l'|les|son|sa|ses|leur|leurs|nos|notre|votre)\s*)?(?:{nouns})[sx]?\b",
                      re.IGNORECASE)


_DEMONSTRATIVE = re.compile(r"\s*(?:ce|cet|cette)\s+([\w-]+)", re.IGNORECASE)
#: How far back "ce responsable" looks for the "un responsable …" it takes up.
_INTRODUCED_WITHIN = 1500


def _introduced_as(analysis: Analysis, start: int, end: int) -> SpeakerRef | None:
    """ "Selon un responsable militaire israélien, … « … », a affirmé ce responsable": the
    demonstrative takes up the unnamed source introduced with the same noun (its country)."""
    text = analysis.text
    m = _DEMONSTRATIVE.match(text, start, end)
    if m is None:
        return None
    earlier = list(re.finditer(rf"\b(?:un|une)\s+(?:[\w-]+\s+)?{re.escape(m.group(1))}\b",
                               text[max(0, start - _INTRODUCED_WITHIN):start], re.IGNORECASE))
    if not earlier:
        return None
    first = max(0, start - _INTRODUCED_WITHIN) + earlier[-1].start()
    stop = re.search(r"[,.;:«»“”\"\n]", text[first:start])
    ref = from_span(analysis, first, first + stop.start() if stop else start)
    return ref if ref is not None and ref.keys else None


_TIME_WORDS = re.compile(
    r"(?:\s*(?:" + "|".join(WEEKDAYS) + r"|hier|aujourd'hui|encore|"
    r"également|aussi|soir|matin|midi|dernier|dernière|ensuite|alors|enfin|"
    r"(?:à|au|aux|en|dans|depuis|devant|sur)\s+(?:l'|la\s+|le\s+|les\s+)?[\w'-]+)\b,?)+",
    re.IGNORECASE)


#: "Côté français, …", "Du côté russe, …" opening a sentence: the country whose side the paragraph gives.
_SIDE = re.compile(r"(?:^|[.!?»”]\s+)(?:Du\s+)?[Cc]ôté\s+([a-zàâçéèêëîïôûù-]+)\s*,", re.MULTILINE)


def _side_country(analysis: Analysis, at: int) -> str | None:
    """The country of the last "Côté <demonym>," opening a sentence of the paragraph before ``at``
    (a country's demonym only: "Côté nantais" gives a club's side, no state)."""
    from ...gazetteer import load_gazetteer

    paragraph = analysis.text.rfind("\n", 0, at) + 1
    found = list(_SIDE.finditer(analysis.text, paragraph, at))
    country = load_gazetteer().country_of(found[-1].group(1)) if found else None
    return country if country is not None and country.startswith("country/") else None


def _skip_time(text: str, start: int, end: int) -> int:
    """Where the speaker phrase starts after "mardi à Ajaccio" and the like."""
    m = _TIME_WORDS.match(text, start, end)
    return m.end() if m else start


def _end_of(analysis: Analysis, key: str, start: int, end: int) -> int:
    for m in analysis.mentions_in(start, end):
        if m.entity == key:
            return m.end
    return start
