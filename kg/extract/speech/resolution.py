"""Resolve the speakers of candidate statements in text order (pronouns, "le prévenu", …)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import DEP

from ...analysis import Analysis
from ...gazetteer import demonym_country
from ...records import COUNTRY, ORGANIZATION, PERSON
from ...text import fold
from ..tokens import tokens_with
from . import verbs
from .events import Event, SpeakerRef
from .genders import PRONOUNS, person_genders
from .appositions import apposed_person
from .roles import own_roles, role_phrase
from .spans import inside, quoted_spans
from .speakers import from_subject


def resolve(analysis: Analysis, events: list[Event]) -> None:
    """Give every event its speaker keys, resolving pronouns in text order."""
    history: list[Said] = []
    genders: dict[str, str] = person_genders(analysis)
    # The subject of reported content or of a speaker phrase ("Pour X, de l'Ifri,
    # l'OCS « reste … »") is what is talked about, not an antecedent for "a-t-il dit".
    # A subject inside an inverted attribution ("…», a indiqué la porte-parole de la zone X,
    # Sarah Y") is that attribution's speaker, recorded with its event, not a new antecedent.
    subjects = [s for s in _subjects(analysis, genders)
                if not any(min(e.start, e.at) <= s.at < e.end and e.at != s.at
                           or e.start < e.at < s.at < e.span[1] for e in events)]
    kinds = {e.key: e.kind for e in analysis.records.entities}
    plural = _plural_names(analysis, kinds)
    for event in sorted(events, key=lambda e: (e.at, e.start)):
        while subjects and subjects[0].at < event.at:
            history.append(subjects.pop(0))
        ref = event.ref
        if ref is None:
            continue
        if ref.person_only:
            # "« … ? » a interrogé la présidente. « … », a répondu le prévenu": a reply is
            # someone else's than the words it answers
            skip = set(history[-1].keys) if event.verb in _REPLIES and history else set()
            event.keys = _last_person(analysis, event.at, ref, genders, skip) or ([] if ref.title else resolve_pronoun(
                ref, history, genders, kinds, plural))
        elif ref.pronoun or ref.organisation_only:
            event.keys = resolve_pronoun(ref, history, genders, kinds, plural)
            if len(event.keys) == 1 and ref.gender and not ref.plural:
                genders.setdefault(event.keys[0], ref.gender)
        else:
            event.keys = list(ref.keys)
            if len(ref.keys) == 1 and ref.gender:
                genders.setdefault(ref.keys[0], ref.gender)
        if _nested(event, events):
            continue  # "X a rappelé que la Belgique s'était engagée à … Elle a ajouté": X, not Belgium
        if event.keys and (not history or history[-1].at != event.at or history[-1].keys != event.keys):
            history.append(Said(event.at, event.keys, None if ref.pronoun else _said_gender(event, ref, genders, kinds),
                                plural=ref.plural and not ref.pronoun))


def _said_gender(event: Event, ref: SpeakerRef, genders: dict[str, str], kinds: dict[str, str]) -> str | None:
    """The gender a later pronoun must agree with: a person's own (first name, civility, title form)
    before the determiner of the phrase naming them ("Le maire de Brest, Anne-Laure X, s'est réjouie
    … « … », a-t-elle insisté": a masculine title may name a woman)."""
    if len(event.keys) == 1 and kinds.get(event.keys[0]) == PERSON and event.keys[0] in genders:
        return genders[event.keys[0]]
    return ref.gender


#: Before a name that is plural in French ("les États-Unis", "aux Philippines", "des Comores").
_PLURAL_ARTICLE = re.compile(r"\b(?:les|des|aux)\s*$", re.IGNORECASE)


def _plural_names(analysis: Analysis, kinds: dict[str, str]) -> frozenset[str]:
    """Countries the article names with a plural article ("les États-Unis"): a singular "il"/"elle"
    cannot stand for them (a machine translation's "elle" after "le secrétaire à la Défense des
    États-Unis, X" is X, not the country)."""
    text = analysis.text
    return frozenset(m.entity for m in analysis.records.mentions if kinds.get(m.entity) == COUNTRY
                     and _PLURAL_ARTICLE.search(text, max(0, m.start - 5), m.start))


def _nested(event: Event, events: list[Event]) -> bool:
    """True for speech reported inside another statement's words: its speaker is what the
    outer speaker talks about, not the one a later "il"/"elle" refers back to."""
    return any(o.start <= event.at < o.end and not o.start <= o.at < o.end for o in events if o is not event)


_REPLIES = {"répondre", "rétorquer", "répliquer", "objecter"}


def _last_person(analysis: Analysis, at: int, ref, genders: dict[str, str], skip=frozenset()) -> list[str]:
    """The last person mentioned before ``at`` (outside quotes) whose gender fits ``ref``.

    A demonym ("le Néerlandais") is first looked for next to the people's
    mentions ("le coureur néerlandais Daan X"): the person introduced with it
    wins over one mentioned since. (Common nouns such as "l'élu" or "l'avocate"
    are not: "le nouvel élu" is rarely the one introduced as "l'élu X".)
    """
    quoted = quoted_spans(analysis.text)
    fitting = []
    for m in reversed(analysis.mentions_in(max(0, at - 1500), at)):
        entity = analysis.entity(m.entity)
        if entity is None or entity.kind != PERSON or inside(m.start, quoted) or m.entity in skip:
            continue
        if ref.gender and genders.get(m.entity) not in (None, ref.gender):
            continue
        if not ref.plural and _conjunct(analysis, m):
            continue  # "citant les jeunes Paul X et Marc Y": a singular "le joueur" is neither
        if ref.title and any(role_phrase(r) for r in entity.roles):
            continue  # "Le président argentin a défendu …" after "le gouverneur X": a title no one's role
            # matched (roles.role_person) designates someone unnamed, not a person titled otherwise
        fitting.append(m)
    if ref.untitled or ref.titled:  # "a reconnu le prévenu" after "a lancé le procureur, X": not the
        # prosecutor; "a lancé le magistrat" after "contre le prévenu X": the prosecutor
        kept = [m for m in fitting if _has_title(analysis, m.entity) == ref.titled]
        fitting = kept or fitting
    if ref.word:
        for m in fitting:
            before = re.split(r"[.;!?\n]", analysis.text[max(0, m.start - _NEAR):m.start])[-1]
            after = re.split(r"[.;!?\n]", analysis.text[m.end:min(m.end + _NEAR, at)])[0]
            if re.search(_forms(ref.word), fold(before + " " + after)):
                return [m.entity]
        # "a réagi le Breton" after "le Français X … le Belge Y": not Y, introduced from another country
        country = demonym_country(ref.word)
        if country is not None:
            fitting = [m for m in fitting if _introduced_from(analysis, m.entity, quoted) in (None, country)] or fitting
    return [fitting[0].entity] if fitting else []


#: The word right before a name, in the same phrase: "le Néerlandais Bram X", "le ministre belge X".
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s+$")


def _introduced_from(analysis: Analysis, key: str, quoted) -> str | None:
    """The country key of the demonym right before a mention of person ``key`` outside quotes
    ("le Néerlandais Bram X", "le coureur belge X"), else None."""
    for m in analysis.records.mentions:
        if m.entity != key or inside(m.start, quoted):
            continue
        word = _WORD_BEFORE.search(analysis.text, max(0, m.start - 30), m.start)
        if word is not None and (country := demonym_country(word.group(1))) is not None:
            return country
    return None


#: Civilities of a profession before a name: "Me X" is a lawyer, "la Dre X" a doctor.
_PROFESSIONAL = re.compile(r"\b(?:Me|Maître|Dre?|Docteure?|Pr|Professeure?|Mgr)\.?\s*$")


def _has_title(analysis: Analysis, key: str) -> bool:
    """The article gives person ``key`` a title: a role ("l'avocat général X") or a professional
    civility before one of their mentions ("Me X")."""
    if any(role_phrase(r) for r in own_roles(analysis, analysis.entity(key))):
        return True
    return any(_PROFESSIONAL.search(analysis.text, max(0, m.start - 12), m.start)
               for m in analysis.records.mentions if m.entity == key)


_AND = re.compile(r"\s+(?:et|ou)\s+")


def _conjunct(analysis: Analysis, m) -> bool:
    """A person named as one of two coordinated persons ("X et Y")."""
    people = [x for x in analysis.mentions_in(max(0, m.start - 60), min(len(analysis.text), m.end + 60))
              if x is not m and analysis.entity(x.entity).kind == PERSON and x.entity != m.entity]
    return any(_AND.fullmatch(analysis.text, x.end, m.start) or _AND.fullmatch(analysis.text, m.end, x.start)
               for x in people)


def _forms(word: str) -> str:
    """A pattern for the gender and number forms of a folded word: néerlandais(e)(s), élu(e)(s)."""
    stem = re.sub(r"(?:e|s|es)$", "", word)
    ending = r"\w{0,3}" if len(stem) >= 5 else r"(?:e|s|es)?"
    return rf"\b{re.escape(stem)}{ending}\b"


#: How far from a person's mention a description introducing them may stand ("le coureur néerlandais X").
_NEAR = 30


#: The dependencies a walk for subjects stops at (every other token is skipped).
_SUBJECT_DEPS = frozenset(("nsubj", "expl:subj"))
_AGENT_DEPS = frozenset(("obl:agent",))


def _subjects(analysis: Analysis, genders: dict[str, str]) -> list[Said]:
    """Named subjects of every verb: antecedents for the pronouns of later statements.

    "Cette alliance inquiète Washington et Séoul, qui craignent … Ils appellent …"
    A subject that describes a person named before ("Le Néerlandais conteste.
    « … », a-t-il écrit"; "l'accusé avait maintenu sa version") stands for that
    person: the pronoun that follows is theirs, not the last speaker's.
    """
    found = []
    quoted = quoted_spans(analysis.text)
    for token in tokens_with(analysis.doc, DEP, _SUBJECT_DEPS):
        if token.dep_ in ("nsubj", "expl:subj") and token.lower_ in ("c'", "ce") and token.head.pos_ == "PROPN" and any(
                c.dep_ == "cop" for c in token.head.children):
            # "Le général, c'est l'Espagnol Álvaro Ruiz. … il a confirmé": the one named
            token = next((c for c in token.head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), token.head)
        elif token.dep_ != "nsubj" or token.lower_ in PRONOUNS:
            continue
        verbal = token.head.pos_ in ("VERB", "AUX") or any(c.dep_.startswith("aux") or c.dep_ == "cop"
                                                           for c in token.head.children)
        verbal = verbal or token.pos_ == "PROPN" and token.dep_ != "nsubj" or _mistagged_verb_after(token)
        if not verbal and token.head.pos_ != "NOUN":
            continue
        if inside(token.idx, quoted):
            continue  # « Ducasse a vingt ans », a-t-il lâché: not the one speaking
        if any(c.dep_ == "mark" and c.lower_ in ("que", "qu'") for c in token.head.children):
            continue  # "X a dit que l'Allemagne livrerait…": reported content, not a speaker
        if _before_inverted_incise(token):
            continue  # "Les soldats n'arrêteront personne, a-t-il précisé": reported content too
        ref = from_subject(analysis, token)
        reflexive = any(c.lower_ in ("se", "s'") for c in token.head.children)  # "X se garde", read as a noun
        if not verbal and not reflexive and not (ref is not None and ref.person_only):
            continue  # a verb the parser took for a noun ("Le Néerlandais conteste.") only for a description
        if (ref is None or not ref.keys and not ref.person_only) and _unnamed_person(token):
            # "Une mère venue de X attend depuis l'aube. « … », soupire-t-elle": someone the
            # article does not name (no statement), not the last woman named
            found.append(Said(token.idx, [], "Fem" if _determiner(token) == "une" else "Masc"))
        elif ref is not None and ref.person_only and not ref.keys:
            keys = _last_person(analysis, token.idx, ref, genders)
            if keys:
                found.append(Said(token.idx, keys, ref.gender))
        elif ref is not None and ref.keys:
            found.append(Said(token.idx, ref.keys, ref.gender if len(ref.keys) == 1 else None, plural=ref.plural))
    return sorted(found + _topic_people(analysis, found, quoted) + _passive_agents(analysis, quoted),
                  key=lambda s: s.at)


def _determiner(token) -> str | None:
    return next((c.lower_ for c in token.children if c.dep_ == "det"), None)


def _unnamed_person(token) -> bool:
    """A subject "un/une" + a noun of a person ("une mère", "un habitant", "une infirmière"):
    someone new the article does not name."""
    from .actors import is_non_state_noun
    from .descriptions import descriptions

    return token.pos_ == "NOUN" and _determiner(token) in ("un", "une") and (
        descriptions().get(fold(token.text)) == PERSON or is_non_state_noun(token.text))


def _before_inverted_incise(token) -> bool:
    """The subject of a clause that an inverted reporting incise follows ("Les soldats
    n'arrêteront personne, a-t-il précisé : « … »"): the clause is what "il" said, so its
    subject is talked about, not the antecedent of that "il" or of the next pronoun."""
    for child in token.head.children:
        if child.i > token.i and verbs.lemma_of(child) is not None and any(
                c.dep_ in ("expl:subj", "nsubj") and c.text[:1] == "-" and c.i > child.i - 3
                for c in child.children):
            return True
    return False


def _passive_agents(analysis: Analysis, quoted) -> list[Said]:
    """Persons named as the agent of a passive whose subject is a thing.

    "L'annonce a été faite par le porte-parole du gouvernement, X. « … », a-t-il
    expliqué": X made the announcement, and the "il" that follows is X. A passive
    subject that is a person or a pronoun ("Il a été reçu par X") stays the topic.
    """
    found = []
    for token in tokens_with(analysis.doc, DEP, _AGENT_DEPS):
        if inside(token.idx, quoted):
            continue
        if any(c.dep_ == "nsubj:pass" and (c.pos_ in ("PRON", "PROPN") or _names_someone(analysis, c))
               for c in token.head.children):
            continue
        ref = from_subject(analysis, token)
        if ref is not None and len(ref.keys) == 1 and (entity := analysis.entity(ref.keys[0])) is not None \
                and entity.kind == PERSON:
            found.append(Said(token.idx, list(ref.keys), ref.gender))
        elif (named := _apposed_to_agent(analysis, token)) is not None:
            found.append(Said(token.idx, [named.entity], None))
    return found


def _apposed_to_agent(analysis: Analysis, token):
    """ "La force est commandée par un général autrichien, Markus X.": the person named after a comma
    right after a title agent (the parse hangs the apposition on the verb) is that agent."""
    end = token.right_edge.idx + len(token.right_edge.text)
    start = min([c.idx for c in token.children if c.i < token.i and c.dep_ != "case"] + [token.idx])
    if role_phrase(analysis.text[start:end]) is None:
        return None
    return apposed_person(analysis, end, token.sent.end_char)


def _names_someone(analysis: Analysis, token) -> bool:
    """A subject phrase that names or describes a person ("le ministre", "X")."""
    ref = from_subject(analysis, token)
    return ref is not None and (ref.person_only or any(
        (e := analysis.entity(k)) is not None and e.kind == PERSON for k in ref.keys))


def _mistagged_verb_after(token) -> bool:
    """Right after the subject's phrase, a form of a reporting verb the parser tagged otherwise
    ("Le ministère de la Défense dément « catégoriquement » …", "dément" read as an adverb)."""
    doc = token.doc
    for k in range(token.i + 1, min(len(doc), token.i + 10)):
        t = doc[k]
        if token not in t.ancestors:
            return t.pos_ not in ("VERB", "AUX", "PUNCT", "DET", "ADP") and verbs.form_lemma(t.text) is not None \
                and doc[k - 1].pos_ not in ("DET", "ADP")
        if t.pos_ not in ("ADJ", "NOUN", "PROPN", "DET", "ADP"):
            return verbs.form_lemma(t.text) is not None and t.pos_ in ("ADV", "NOUN", "ADJ") \
                and doc[k - 1].pos_ not in ("DET", "ADP")
    return False


#: What may not stand right before a sentence's topic: a preposition makes the name a complement.
_PREPOSITION_END = re.compile(r"(?:\b(?:à|a|au|aux|de|du|des|d'|par|pour|avec|contre|sur|chez|selon|entre|"
                              r"vers|sans|envers|et|ou)\s*(?:l'|la\s+|le\s+|les\s+)?|d')$", re.IGNORECASE)
#: After the topic's name: its apposition or its verb, in lower case, or an age ("X, 34 ans, habite …").
_TOPIC_AFTER = re.compile(r"\s*(?:,\s*)?(?:[a-zàâçéèêëîïôûù]|\d{1,3}\s+ans\b)")


def _topic_people(analysis: Analysis, found: list[Said], quoted) -> list[Said]:
    """Persons named at the head of a sentence the parser gave no subject.

    "À la barre, la sœur de la victime, Nadia X, décrit …", "Le colonel X, lui,
    se garde …": the parse may hang such a sentence on a noun ("barre",
    "garde"); the person named before any verb, after no preposition, is still
    who the sentence is about and who a following "elle"/"il" stands for.
    """
    text = analysis.text
    people = []
    seen_sentences = set()
    for m in analysis.records.mentions:
        entity = analysis.entity(m.entity)
        if entity is None or entity.kind != PERSON or inside(m.start, quoted):
            continue
        sent = analysis.sentence_at(m.start)
        start = max(sent.start_char, text.rfind("\n", 0, m.start) + 1)
        if start in seen_sentences:
            continue
        seen_sentences.add(start)  # only the first person of a sentence
        lead = text[start:m.start]
        span = analysis.doc.char_span(start, m.start, alignment_mode="contract") or ()
        if any(t.pos_ in ("VERB", "AUX") for t in span) or any(c in lead for c in "«»“”\"") or \
                _PREPOSITION_END.search(lead.rstrip()) or not _TOPIC_AFTER.match(text, m.end):
            continue
        if any(start <= s.at < sent.end_char for s in found):
            continue  # the parser found the sentence's subject
        people.append(Said(m.start, [m.entity], None))
    return people


@dataclass
class Said:
    """A resolved speaker, remembered for the pronouns that follow."""

    at: int
    keys: list[str]
    gender: str | None
    #: Named by a plural phrase ("Les soldats belges", "les autorités maliennes"): never the
    #: antecedent of a singular "il"/"elle" while a singular one is left
    plural: bool = False


def _last_of_kind(history: list[Said], kinds: dict[str, str], allowed: tuple[str, ...]) -> list[str]:
    """The keys of the last single speaker in ``history`` whose kind is in ``allowed``."""
    found = [h for h in history if len(h.keys) == 1 and kinds.get(h.keys[0]) in allowed]
    return list(found[-1].keys) if found else []


def resolve_pronoun(ref: SpeakerRef, history: list[Said], genders: dict[str, str],
                    kinds: dict[str, str] | None = None, plural: frozenset[str] = frozenset()) -> list[str]:
    """Keys for a pronoun speaker: the most recent compatible one in ``history``.

    Singular pronouns take single speakers, plural ones groups; a known
    gender that disagrees rules a candidate out. With no compatible
    candidate the most recent speaker is taken: news text often refers back
    to the last speaker whatever the grammar says. A reference that only a
    person can fill ("l'intéressé") skips organisations and countries. A
    country in ``plural`` ("les États-Unis") is a group for the pronoun, never
    a singular "il"/"elle".
    """
    if not ref.plural:
        history = [h for h in history if not (len(h.keys) == 1 and h.keys[0] in plural)]
    if ref.person_only and kinds is not None:
        history = [h for h in history if len(h.keys) == 1 and kinds.get(h.keys[0]) == PERSON]
    if ref.institution_only and kinds is not None:
        return _last_of_kind(history, kinds, (ORGANIZATION, COUNTRY))
    if ref.organisation_only:
        return _last_of_kind(history, kinds or {}, (ORGANIZATION,))
    for said in reversed(history):
        if not ref.plural and len(said.keys) > 1 and ref.gender:
            # "Marie Dubois et Pierre Lenoir ont débattu. « … », a-t-elle répondu."
            members = [k for k in said.keys if genders.get(k) == ref.gender]
            if len(members) == 1:
                return members
        if ref.plural != (len(said.keys) > 1) or not ref.plural and said.plural:
            continue
        gender = said.gender or (genders.get(said.keys[0]) if len(said.keys) == 1 else None)
        if ref.gender and gender and gender != ref.gender and not ref.plural:
            continue
        return list(said.keys)
    for said in reversed(history):
        if not ref.plural and len(said.keys) == 1:
            return list(said.keys)
    if ref.plural and history:
        return list(history[-1].keys)
    return []
