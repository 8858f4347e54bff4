"""What the troops do and when: the status of a figure, the mode of its
sentence (exercise, rotation, reinforcement) and its date.

The status comes from the first status word (``kg/data/status_words.tsv``) on
the chain of heads from the troop noun up, and from the time of its clause:
what happened or holds ("ont été envoyés": Sent; "compte 9 800 casques
bleus": Deployed) or what is still to come (a future, aller/devoir or an intent
verb with an infinitive, a deadline phrase: "enverra", "va déployer", "s'est
engagé à envoyer", "d'ici juin": Planned, dated or not). A status phrase of
``kg/data/deployment_cues.txt`` in that word's clause wins over the word ("ont
participé à l'assaut": InCombat). A possible move ("pourraient être déployés")
is a forecast: Planned here; the caller makes it Expected when an observer
(a claimant of another side than the troops') forecasts it, the ontology's
Expected (anticipated, no decision announced)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ...analysis import Analysis
from ...dates import find_dates, resolve_date
from ...records import MODES
from .cues import cue_regexes, cues, sentence_cues
from .figures import Figure
from .sentences import token_at
from .tree import clause

# Statuses a cue gives only when it governs the troop noun.
_GOVERNED_ONLY = ("Planned", "Expected", "Withdrawn")
# The time of a clause.
_HOLDS, _TO_COME, _FORECAST = "holds", "to come", "forecast"


def _phrase_cues(analysis: Analysis, tokens: list[Token]) -> list[tuple[int, str]]:
    """(offset, status) of the multi-word status cues inside ``tokens``."""
    if not tokens:
        return []
    start, text, inside = _clause_text(analysis, tokens)
    found = []
    for phrase, pattern, status in _status_phrases():
        if phrase not in text:  # a substring test spares the regex most phrases
            continue
        for m in pattern.finditer(text):
            if start + m.start() in inside:
                found.append((start + m.start(), status))
    return found


def _clause_text(analysis: Analysis, tokens: list[Token]) -> tuple[int, str, set[int]]:
    """The lower-cased text from the first to the last of ``tokens``, its offset,
    and the offsets of the tokens themselves (the clause may have holes: a
    coordinated clause), for the cue searches below."""
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return start, analysis.text[start:end].lower(), {t.idx for t in tokens}


@lru_cache(maxsize=1)
def _status_phrases() -> tuple[tuple[str, re.Pattern, str], ...]:
    """(phrase, its whole-word pattern, status) of each multi-word status cue, compiled once."""
    return tuple((phrase, re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"), status)
                 for phrase, status in cues().status_phrases)


@lru_cache(maxsize=2)
def _time_phrases(kind: str) -> tuple[tuple[str, re.Pattern], ...]:
    """(phrase, its whole-word pattern) of each cue of ``kind`` ("future"), compiled once."""
    return tuple((p, re.compile(r"(?<![\w'])" + re.escape(p) + r"(?!\w)")) for p in cues().all_of(kind))


def _says(kind: str, analysis: Analysis, tokens: list[Token]) -> bool:
    """Whether a cue of ``kind`` is among ``tokens``: "future" ("d'ici", "bientôt")
    says the clause is to come."""
    if not tokens:
        return False
    start, text, inside = _clause_text(analysis, tokens)
    return any(start + m.start() in inside for phrase, pattern in _time_phrases(kind) if phrase in text
               for m in pattern.finditer(text))


def _time(token: Token, seg, depth: int = 0) -> str:
    """Whether ``token``'s clause happened or holds, is to come, or is a forecast
    ("pourraient être déployés"), from its tense, its auxiliaries and the verbs
    above an infinitive or a present participle."""
    c = cues()
    auxes = [t for t in token.children if t.dep_.startswith("aux")]
    for t in (token, *auxes):
        if "Fut" in t.morph.get("Tense") or (t.pos_ in ("VERB", "AUX") and _FUTURE.search(t.lower_)):
            return _TO_COME
        if t is not token and t.lemma_ == "aller":
            return _TO_COME
    if _future_in_the_past(token, auxes):
        return _TO_COME
    form = token.morph.get("VerbForm")
    head = token.head
    above = head.i != token.i and seg[0] <= head.idx < seg[1] and depth < 4
    # "être déployés" after a modal is an infinitive too
    infinitive = "Inf" in form or any("Inf" in a.morph.get("VerbForm") for a in auxes if a.dep_ == "aux:pass")
    if token.pos_ == "NOUN" or infinitive or ("Part" in form and "Pres" in token.morph.get("Tense")):
        if any(a.dep_ != "aux:pass" for a in auxes):
            return _HOLDS  # "avoir mobilisé"
        if above and "Inf" in form and token.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            return _TO_COME  # "la possibilité d'envoyer", "pour sa part d'engager": not done yet
        if not above or head.pos_ not in ("VERB", "AUX", "ADJ"):
            return _HOLDS
        if token.pos_ == "NOUN" and token.dep_ == "obj" and c.has("dispatch", token) and c.has("claim", head):
            return _TO_COME  # "a annoncé l'envoi de", "confirme le déploiement de": a move announced
        if c.has("modal", head) and head.lemma_ == "pouvoir":
            mood, tense = head.morph.get("Mood"), head.morph.get("Tense")
            return _FORECAST if ("Cnd" in mood or "Fut" in tense) else _HOLDS
        if c.has("intent", head) and not (token.pos_ == "NOUN" and head.lemma_ in ("aller", "devoir")):
            return _TO_COME
        return _time(head, seg, depth + 1)
    return _HOLDS


# "à" right before a figure: the target a verb brings its object to ("porter sa présence à 500 hommes")
_TARGET = re.compile(r"(?<!\w)à\s*$")
# Future endings of the third person, for verbs the tagger reads as presents or participles
# ("porteront": Tense=Pres, "atteindra": Part); no present nor participle ends so ("sont", "a").
_FUTURE = re.compile(r"\w(?:ront|ra)$")
# Conditional endings, for verbs the tagger reads as imperfects ("rejoindrait": Tense=Imp).
_CONDITIONAL = re.compile(r"(?:rait|raient)$")


def _future_in_the_past(token: Token, auxes) -> bool:
    """Whether ``token`` is a conditional in a "que" clause of a claim verb in a
    past tense ("a annoncé que 500 soldats seraient envoyés", "a précisé qu'un
    deuxième groupe de 600 rejoindrait la zone"): French's future in the past,
    a move to come, not the conditional of reported uncertainty ("600 soldats
    seraient déjà déployés")."""
    if not any("Cnd" in t.morph.get("Mood") or _CONDITIONAL.search(t.lower_) for t in (token, *auxes)):
        return False
    while token.dep_ in ("conj", "xcomp") and token.head.i != token.i and token.head.pos_ in ("VERB", "AUX"):
        # "a précisé que … viendraient appuyer …, et que 400 d'entre eux arriveraient": the first content's
        token = token.head
    head = token.head
    if token.dep_ != "ccomp" or head.i == token.i or not cues().has("claim", head):
        return False
    return "Past" in head.morph.get("Tense") or "Imp" in head.morph.get("Tense") or any(
        a.dep_ == "aux" and a.lemma_ in ("avoir", "être") for a in head.children)


def leaving_for(token: Token) -> Token | None:
    """The destination complement of a leaving word ("ont quitté Accra pour
    Abyei": Abyei): troops leaving one place for another are on their way
    there, not withdrawn, and what they leave is where they come from."""
    if token.pos_ not in ("VERB", "NOUN") or cues().status_of(token) != "Withdrawn":
        return None
    return next((child for child in token.children if child.dep_.split(":")[0] in ("obl", "nmod")
                 and child.pos_ in ("NOUN", "PROPN")
                 and any(c.dep_ == "case" and c.lower_ == "pour" for c in child.children)), None)


def _negated(token: Token) -> bool:
    """Whether ``token`` is a negated verb ("n'ont pas participé"; "ne", as "pas"
    alone is in "pas moins de 900")."""
    return token.pos_ in ("VERB", "AUX") and any(
        c.lower_ in ("ne", "n'", "n’") and c.dep_.startswith("advmod") for c in token.children)


def _reflexive(token: Token) -> bool:
    """Whether verb ``token`` is reflexive ("s'entraînent", "se sont entraînés")."""
    return any(c.lower_ in ("se", "s'", "s’") and c.dep_.startswith("expl") for c in token.children)


def _counted_now(analysis: Analysis, figure: Figure) -> bool:
    """Whether a word of the present (cue ``now``) follows the figure ("contre quelque
    6 000 actuellement"): the count of today beside a target, there whatever the
    target's time."""
    after = analysis.text[figure.end: figure.end + 30].lower()
    return any(cue.match(after) for cue in cue_regexes("now", r"[\s,»”\"]*", r"(?!\w)"))


def _relieved(figure: Figure) -> bool:
    """Whether a relief participle modifies the troop noun ("350 militaires
    français relevés à Tapa"): those relieved are there, whatever governs them."""
    c = cues()
    return figure.noun is not None and any(
        child.dep_.split(":")[0] == "acl" and "Part" in child.morph.get("VerbForm") and c.has("relieve", child)
        for child in figure.noun.children)


def _participle_status(figure: Figure) -> str | None:
    """The status a participle modifying the troop noun gives ("gendarmes
    attendus", "soldats déployés"): it governs the troops as much as a verb
    above them, so statuses given only to governed troops count too."""
    if figure.noun is None:
        return None
    c = cues()
    for child in figure.noun.children:
        if (child.dep_.split(":")[0] in ("acl", "amod") and child.pos_ in ("VERB", "ADJ")
                and "Part" in child.morph.get("VerbForm") and not _negated(child)):
            found = c.status_of(child)
            if found:
                return found
    return None


def _with_infinitives(chain):
    """The chain of heads, with the infinitive an intent or modal verb of the chain
    governs right after it ("Quarante militaires doivent les rejoindre": rejoindre)."""
    c = cues()
    for token in chain:
        yield token
        if c.statuses_of(token) is None and (c.has("intent", token) or c.has("modal", token)):
            for child in token.children:
                if child.dep_ == "xcomp" and child.pos_ == "VERB" and c.statuses_of(child):
                    yield child


def status(analysis: Analysis, figure: Figure, seg, chain, skip=()) -> str | None:
    """The status of ``figure``: the first status word on its chain of heads, by the
    time of its clause (a status phrase of that clause wins); else the nearest
    status word or phrase of the sentence; else None (the caller's default:
    troops counted somewhere are Deployed). Statuses in ``skip`` are ignored."""
    return status_and_forecast(analysis, figure, seg, chain, skip)[0]


def status_and_forecast(analysis: Analysis, figure: Figure, seg, chain, skip=()) -> tuple[str | None, bool]:
    """:func:`status`, and whether it is that of a forecast ("pourraient être
    déployés"): Planned, which an observer's claim makes Expected."""
    c = cues()
    if "Deployed" not in skip and (_relieved(figure) or _counted_now(analysis, figure)):
        return "Deployed", False
    below = None
    forming = set()  # training verbs whose subject or complement the troops are: not trained
    for token in _with_infinitives(chain):
        if figure.noun is not None and token.i == figure.noun.i:
            below = token
            continue
        if (below is not None and below.head.i == token.i and c.has("relieve", token)
                and below.dep_ in ("obj", "nsubj:pass") and "Deployed" not in skip):
            return "Deployed", False  # "relèvera les 300 hommes du bataillon": those relieved are there
        below, under = token, below
        if (token.pos_ == "NOUN" and token.dep_ == "obj" and token.head.i != token.i
                and c.statuses_of(token.head) and _TARGET.search(analysis.text[max(0, figure.start - 12):figure.start])):
            continue  # "va porter sa présence militaire à près de 500 hommes": the verb's target, not the noun
        statuses = c.statuses_of(token)
        if statuses is None or _negated(token):
            continue  # "qui n'ont pas participé à un conflit" says nothing of what they do
        if c.has("claim", token) and not (under is not None and token.head.i == under.i) and not (
                under is not None and under.head.i == token.i and under.dep_ in ("obj", "nsubj:pass")
                and (figure.noun is not None and under.i == figure.noun.i or c.has("unit", under))):
            # "annonce 2 500 soldats": a claim verb says a status only of the troops it takes as object
            # or the unit counting them ("ont annoncé des contingents de 650 et 500 militaires"), not a
            # noun between ("a annoncé la mobilisation de 8 000 réservistes": the noun's, not the verb's)
            continue
        if (statuses[0] == "InTraining" and token.pos_ == "VERB" and not _reflexive(token)
                and under is not None and under.head.i == token.i
                and under.dep_.split(":")[0] in ("nsubj", "obl") and under.dep_ != "nsubj:pass"):
            forming.add(token.i)
            continue  # "Les Espagnols forment le contingent, avec 600 soldats": who forms is not trained
        if leaving_for(token) is not None:
            statuses = ("Deployed", "Planned")  # "ont quitté Accra pour Abyei": on their way there
        verb = token if token.pos_ in ("VERB", "AUX") else next(
            (t for t in chain if t.i != token.i and t.pos_ in ("VERB", "AUX") and token in t.subtree), None)
        tokens = clause(verb, seg) if verb is not None else []
        phrased = [found for _, found in _phrase_cues(analysis, tokens) if found not in skip]
        if phrased:
            return phrased[0], False
        time = _time(token, seg)
        if time == _HOLDS and _says("future", analysis, tokens):
            time = _TO_COME
        if statuses[0] == "InTraining" and c.has("exercising", token) and _reflexive(token):
            found = "Deployed"  # "où ils s'entraîneront aux côtés de …": an exercise
        elif time == _FORECAST:  # possible: Planned (Expected when an observer says so: the caller)
            found = "Planned"
        elif time == _TO_COME:
            found = statuses[1]
        else:
            found = statuses[0]
        if found not in skip:
            return found, time == _FORECAST
    found = _participle_status(figure)  # "150 gendarmes supplémentaires attendus en Guyane"
    if found is not None and found not in skip:
        return found, False
    # No status word governs the noun: the nearest cue in the sentence, else presence.
    anchor = chain[0].i
    best = None
    tokens = analysis.tokens_in(*seg)
    for token in tokens:
        found = c.status_of(token) if not _negated(token) and token.i not in forming else None
        if found and found not in skip and found not in _GOVERNED_ONLY:
            distance = abs(token.i - anchor)
            if best is None or distance < best[0]:
                best = (distance, found)
    for offset, found in _phrase_cues(analysis, tokens):
        if found not in skip and found not in _GOVERNED_ONLY:
            token = token_at(analysis, offset)
            distance = abs(token.i - anchor) if token is not None else 99
            if best is None or distance < best[0]:
                best = (distance, found)
    if _verb_to_come(chain, seg) and (best is None or best[1] in ("Deployed", "Sent")):
        # "Une centaine de militaires assureront le transport", "viendront en renfort autour des
        # zones de départ et d'arrivée": not there yet, whatever word of the sentence says presence
        return "Planned", False
    return (best[1] if best is not None else None), False


def _verb_to_come(chain, seg) -> bool:
    """Whether the first verb above the troop noun is still to come (a future, "va
    assurer"), the noun being its subject or object: troops a future clause tells of
    are not there yet, whatever it says they will do."""
    verb = next((t for t in chain[1:] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and "Inf" not in verb.morph.get("VerbForm") and _time(verb, seg) == _TO_COME


def says_withdrawn(analysis: Analysis, seg) -> bool:
    """Whether a word of the sentence says troops left (by its lemma)."""
    c = cues()
    return any(c.status_of(t) == "Withdrawn" for t in analysis.tokens_in(*seg))


def mode(analysis: Analysis, seg) -> str | None:
    """Exercise, Rotation or Reinforcement, from the cues of the figure's sentence."""
    cued = sentence_cues(analysis, seg)
    return next((found for found in MODES if cued.has(found.lower())), None)


def date(analysis: Analysis, seg):
    """The date phrase of the sentence, not a deadline ("d'ici décembre"),
    resolved against a known article date or a year in the phrase."""
    deadlines = cue_regexes("deadline", r"(?<![\w'])", r"\s*$")
    text = analysis.text
    for phrase in find_dates(text[seg[0]: seg[1]]):
        before = text[max(seg[0], seg[0] + phrase.start - 14): seg[0] + phrase.start].lower()
        if any(d.search(before) for d in deadlines):
            continue
        day = resolve_date(phrase.text, analysis.article.date)
        if day is not None:
            return day
    return None
