"""Who claims a figure: the speaker of a statement whose quote holds it, else
"selon X" / "d'après X", else the subject of a claim verb ("ont déclaré les
États-Unis", "le NIS a estimé"). When the article gives the figure in its own
voice (or cites an unnamed source) the claimant is None, never guessed."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ...analysis import Analysis
from ...gazetteer import load_gazetteer
from ...records import COUNTRY, ORGANIZATION, PERSON
from ...text import fold
from ..speech.descriptions import descriptions
from .actors import best, best_in, ensure_entity
from .cues import cue_regexes, cues
from .figures import Figure, holds
from .tree import subject_of, subtree


def source_phrase(analysis: Analysis, seg) -> tuple[int, int] | None:
    """The span of "selon X" / "d'après X" in the segment (up to the next comma)."""
    text = analysis.text[seg[0]: seg[1]].lower()
    if not any(cue in text for cue in _source_cues()):  # most sentences cite no source: no pattern to try
        return None
    # "selon lesquelles …" introduces a content clause, not a source.
    for cue in cue_regexes("source", r"(?<![\w'])", r"(?!\w)(?!\s+(?:le|la|les)?quel|\s+qui\b|\s+quoi\b)"):
        m = cue.search(text)
        if m:
            rest = text[m.end():]
            stop = re.search(r"[,;.:!?]|$", rest)
            return seg[0] + m.end(), seg[0] + m.end() + stop.start()
    return None


@lru_cache(maxsize=1)
def _source_cues() -> tuple[str, ...]:
    """The ``source`` cues of ``deployment_cues.txt``: each of :func:`source_phrase`'s patterns holds one."""
    return tuple(cues().all_of("source"))


def _unnamed(analysis: Analysis, source, speaker: str, seg) -> bool:
    """Whether the source phrase is an indefinite unnamed person ("selon un
    responsable militaire israélien") while the statement went to a person the
    sentence does not name: an unnamed source is nobody named before."""
    tokens = [t for t in analysis.tokens_in(*source) if not t.is_punct]
    entity = analysis.entity(speaker)
    named = [m for m in analysis.mentions_in(*source)
             if (e := analysis.entity(m.entity)) is not None and e.kind != COUNTRY]  # "israélien" may be one
    return (bool(tokens) and tokens[0].lower_ in ("un", "une", "des") and not named
            and entity is not None and entity.kind == PERSON
            and not any(m.entity == speaker for m in analysis.mentions_in(*seg)))


_SAME_SOURCE = re.compile(r"\b(?:même|meme)\s+sources?\s*$", re.IGNORECASE)


def _unnamed_source(analysis: Analysis, source) -> str | None:
    """The unnamed source a "de source …" phrase names, whose mention starts at the cue's
    own word ("a appris l'APS de source militaire"); "de même source": the last such
    source the article named before."""
    covering = analysis.mention_at(source[0] - 1)
    if covering is not None and covering.end > source[0]:
        return covering.entity
    if _SAME_SOURCE.search(analysis.text[max(0, source[0] - 20):source[0]]):
        sources = [m for m in analysis.mentions_in(0, source[0])
                   if fold(m.text).split()[0] in ("source", "sources")]
        return sources[-1].entity if sources else None
    return None


_BARE_NOUN = re.compile(r"\s*(?:l['’]\s*|le\s+|la\s+)([a-zà-ÿ][a-zà-ÿ-]+)\s*")


def _organisation_named_before(analysis: Analysis, source) -> str | None:
    """ "selon l'état-major", "selon le ministère": a bare common noun that begins the
    name of an organisation the article named before ("l'état-major des armées")
    stands for the last such organisation."""
    m = _BARE_NOUN.fullmatch(analysis.text[source[0]:source[1]])
    if m is None:
        return None
    head = fold(m.group(1))
    for m in reversed(analysis.mentions_in(0, source[0])):
        entity = analysis.entity(m.entity)
        if entity is not None and entity.kind == ORGANIZATION and fold(entity.label).split()[0] == head:
            return m.entity
    return None


def _source_country(analysis: Analysis, words: list[Token]) -> str | None:
    """ "selon des sources sécuritaires nigériennes", "selon une source militaire
    congolaise": an unnamed source that carries a nationality speaks for its
    country (the gold convention), when it names no other actor."""
    for token in words:
        key = load_gazetteer().country_of(token.text) if token.pos_ in ("ADJ", "NOUN", "PROPN") else None
        if key and ensure_entity(analysis, key):
            return key
    return None


def _claim_verb(analysis: Analysis, seg, chain, figure: Figure) -> Token | None:
    c = cues()
    verbs = [t for t in analysis.tokens_in(*seg) if c.has("claim", t) and t.pos_ in ("VERB", "AUX")]
    for below, token in zip([None, *chain], chain):
        if token in verbs:
            if below is not None and below.dep_.startswith("nsubj") and not _is_incise(token, figure):
                # the figure inside the verb's subject ("N'Djamena envoie 1 200 soldats, Niamey
                # parle de « renfort »" misparsed with "parle" on top): it says something else
                verbs.remove(token)
                continue
            return token
    # off the chain, a verb with a content of its own that leaves the figure out says
    # something else ("N'Djamena envoie 1 200 soldats, Niamey parle de « renfort »")
    # (an incise's inverted subject may be parsed as its object: "…, a indiqué mardi l'Otan")
    verbs = [v for v in verbs if _is_incise(v, figure) or not any(
        ch.dep_ in _CONTENTS and not holds(ch, figure) for ch in v.children)]
    if not verbs:
        return None
    anchor = chain[0].i
    return min(verbs, key=lambda v: abs(v.i - anchor))


_CONTENTS = frozenset({"obj", "ccomp", "xcomp", "obl:arg"})


def _is_incise(verb: Token, figure: Figure) -> bool:
    """A reporting clause after the content: "…, ont annoncé des responsables américains"."""
    if verb.idx < figure.end:
        return False
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_.startswith("aux"):
        i -= 1
    return i >= 0 and (verb.doc[i].is_punct or verb.doc[i].lower_ in ("-t-",))


def _after_verb(analysis: Analysis, verb: Token, figure: Figure, seg) -> str | None:
    """The actor named right after a reporting verb (an inverted or misparsed subject)."""
    for child in verb.rights:
        if child.dep_.split(":")[0] in ("obj", "nsubj", "obl", "appos", "dep", "nmod") and not holds(child, figure):
            if child.dep_ == "obl:agent" or any(c.lower_ == "par" for c in child.children):
                continue
            if any(t.pos_ == "NUM" for t in child.subtree):
                continue  # "relèvera les 300 hommes … en Roumanie": counted troops, not a speaker
            key = best_in(analysis, subtree(child, seg))
            if key:
                return key
    return None


def _last_person(analysis: Analysis, offset: int) -> str | None:
    """The last person the article names before ``offset``."""
    people = [m for m in analysis.mentions_in(0, offset)
              if (e := analysis.entity(m.entity)) is not None and e.kind == PERSON]
    return people[-1].entity if people else None


def _names_a_person(token: Token) -> bool:
    """Whether ``token`` stands for a person named before: a personal pronoun ("selon
    elle", "a-t-il précisé") or a title or description noun ("la ministre",
    "l'officier", "le capitaine de vaisseau")."""
    if token.pos_ == "PRON":
        return token.lower_.strip("-t") in ("il", "elle", "lui", "ils", "elles", "eux", "-il", "-elle")
    word = fold(token.lower_)
    return token.pos_ == "NOUN" and (word in load_gazetteer().titles or descriptions().get(word) == PERSON)


_DESCRIBED = re.compile(r"\s*(?:l'|l’|le\s+|la\s+)([\w-]+)(?![\w'’])", re.IGNORECASE)


def _described_person(analysis: Analysis, verb: Token, seg) -> str | None:
    """ "…, a précisé l'officier": a title or a description noun
    (``speaker_descriptions.txt``) right after the verb names the last person mentioned."""
    m = _DESCRIBED.match(analysis.text, verb.idx + len(verb), seg[1] + 1)
    if m is None or analysis.mentions_in(m.start(), m.end()):
        return None
    word = fold(m.group(1))
    if word not in load_gazetteer().titles and descriptions().get(word) != PERSON:
        return None
    people = [x for x in analysis.mentions_in(0, verb.idx)
              if (e := analysis.entity(x.entity)) is not None and e.kind == PERSON]
    return people[-1].entity if people else None


def _agent(analysis: Analysis, verb: Token, chain, seg) -> str | None:
    """ "ont déclaré les législateurs … après avoir été informés par l'agence X": X."""
    for token in subtree(verb, seg, skip=chain[0]):
        if token.lower_ == "par" and token.head.i != verb.i:
            key = best_in(analysis, subtree(token.head, seg))
            if key:
                return key
    return None


def claimant(analysis: Analysis, figure: Figure, seg, chain) -> tuple[str | None, bool]:
    """(claimant key, whether the sentence attributes the figure at all)."""
    speaker = _statement_speaker(analysis, figure, seg)
    source = source_phrase(analysis, seg)
    if speaker and source is not None and _unnamed(analysis, source, speaker, seg):
        # "Selon un diplomate caribéen, …": no person named before, whoever the quote went to
        words = [t for t in analysis.tokens_in(*source) if not t.is_punct and t.pos_ != "DET"]
        return _source_country(analysis, words), True
    if speaker:
        return speaker, True
    if source is not None:
        key = (best(analysis, analysis.mentions_in(*source)) or _unnamed_source(analysis, source)
               or _organisation_named_before(analysis, source))
        if key is None:  # "selon elle", "selon l'officier": the person named before
            words = [t for t in analysis.tokens_in(*source) if not t.is_punct and t.pos_ != "DET"]
            if words and _names_a_person(words[0]):
                key = _last_person(analysis, source[0])
            else:
                key = _source_country(analysis, words)
        return key, True
    verb = _claim_verb(analysis, seg, chain, figure)
    if verb is None:
        return _pledger(analysis, figure, seg, chain), False
    if _is_incise(verb, figure):
        # "…, ont déclaré les États-Unis": the subject follows the verb.
        key = _after_verb(analysis, verb, figure, seg)
        if key is None and any(_names_a_person(t) for t in verb.doc[verb.i + 1: verb.i + 3]
                               if t.pos_ == "PRON"):
            key = _last_person(analysis, verb.idx)  # "…, a-t-il précisé"
        return (key or _agent(analysis, verb, chain, seg) or _described_person(analysis, verb, seg)), True
    subject = subject_of(verb, seg)
    if subject is not None and holds(subject, figure):
        subject = None  # a misparse: the troops are not their own claimant
    if subject is not None:
        key = best_in(analysis, subtree(subject, seg))
        if key:
            return key, True
        if subject.pos_ == "PRON" or _names_a_person(subject):
            return _last_person(analysis, verb.idx), True  # "Il rappelle que", "La ministre a rappelé que"
        return _agent(analysis, verb, chain, seg), True
    key = _after_verb(analysis, verb, figure, seg)
    if key:
        return key, True
    # No usable parse (headlines glued to paragraphs): the words just before the verb.
    left = []
    for token in reversed(analysis.tokens_in(seg[0], verb.idx)):
        if token.is_punct or token.lower_ in ("que", "qu'") or token.pos_ == "VERB":
            break
        left.append(token)
    if left and not any(figure.start <= t.idx < figure.end for t in left):
        key = best_in(analysis, left)
        if key:
            return key, True
    return None, True


def _pledger(analysis: Analysis, figure: Figure, seg, chain) -> str | None:
    """Who pledges the troops speaks for them: the subject of a "pledge" verb of
    the chain ("Le Salvador a promis plusieurs centaines de soldats", "Le Nigeria
    a proposé de fournir un bataillon", "le gouvernement s'est engagé à porter à
    6 000 hommes")."""
    c = cues()
    for token in chain[1:]:
        reflexive = c.has("pledge-reflexive", token) and any(
            ch.lower_ in ("se", "s'", "s’") for ch in token.children)  # "s'est engagé à"
        if (c.has("pledge", token) or reflexive) and token.pos_ in ("VERB", "AUX"):
            subject = subject_of(token, seg)
            if subject is not None and not holds(subject, figure):
                return best_in(analysis, subtree(subject, seg))
    return None


@lru_cache(maxsize=1)
def _claim_verbs() -> frozenset[str]:
    """The verbs of a statement that claims the figures its words hold: claim and quoting cues
    ("faire savoir", "dénoncer"), taken once rather than per figure."""
    return frozenset(cues().all_of("claim")) | frozenset(cues().all_of("quoting"))


def _statement_speaker(analysis: Analysis, figure: Figure, seg) -> str | None:
    """The speaker of the innermost statement whose quote holds the figure.

    Only statements made with a claim verb or a quoting verb ("dénonçant le
    maintien de « 2 000 soldats »") count (a relayed promise is not a claim
    about troops). A speaker named only inside the quote itself is a
    misattribution (the troops' own country, say) and is ignored.
    """
    holding = [s for s in analysis.records.statements
               if s.start <= figure.amount.number_start < s.end
               and (s.verb is None or s.verb in _claim_verbs())]  # "a promis de fournir …" is no claim
    for statement in sorted(holding, key=lambda s: s.end - s.start):
        named = [m for m in analysis.mentions_in(*seg) if m.entity == statement.speaker]
        if named and all(statement.start <= m.start < statement.end for m in named):
            continue
        return statement.speaker
    return None
