"""Troop figures: an amount of :func:`kg.numbers.find_amounts` and the troop
noun it counts, and the figures that count no deployment (casualties, the
strength of a whole army)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ...analysis import Analysis
from ...gazetteer import load_gazetteer
from ...numbers import VAGUE, Amount, find_amounts, parse_number
from ...text import fold
from .bare import deployed_number, unit_before
from .cues import cues, not_troops, people_nouns, troop_nouns, troop_word
from .sentences import segment, token_from

# A figure with no troop noun that totals or splits the troops already counted.
_TOTAL_BEFORE = re.compile(
    r"\b(?:total|totalité|effectif|effectifs)\b(?:\s+[\w'-]+){0,7}?\s+(?:à|a|de|d')\s*$"
    r"|\b(?:au total|en tout|au bout du compte)\s*,?\s*$",
    re.IGNORECASE,
)
# "Leur nombre pourra être porté jusqu'à 1 500": the troops just counted, brought to a new figure
_THEIR_NUMBER_TO = re.compile(
    r"\b(?:leur|leurs|son|sa)\s+(?:nombre|effectifs?)\b(?:\s+[\w'’-]+){0,6}?\s+(?:jusqu['’])?(?:à|a)\s*$",
    re.IGNORECASE,
)
# "Nous sommes environ 1 000", "les Japonais, qui sont environ 180": a count of the speakers
# or of the people just named, troops where this or the previous sentence speaks of troops
_WE_ARE = re.compile(r"\b(?:nous\s+sommes|ils\s+sont|elles\s+sont|qui\s+sont)(?:\s+(?:déjà|aujourd['’]hui|"
                     r"désormais|actuellement|encore|maintenant|ici|là))*\s*$", re.IGNORECASE)
_SOME_PEOPLE = re.compile(r"\b(?:les|ces)\s*$", re.IGNORECASE)
_POSSESSIVES = frozenset({"nos", "vos", "leurs", "ses", "ces", "mes"})
# A figure whose troop noun is left out: "d'en accueillir 600 autres".
_OTHERS_AFTER = re.compile(r"\s+(?:autres|de plus)\b", re.IGNORECASE)
_PART_OF_GROUP = re.compile(r"\b(?:parmi eux|parmi elles|d'entre eux|d'entre elles)\s*,?\s*$",
                            re.IGNORECASE)


@dataclass
class Figure:
    amount: Amount
    noun: Token | None  # None for "d'entre eux"
    start: int  # span of the figure phrase in the text
    end: int
    low: int | None
    high: int | None
    qualifier: str
    part_of: "Figure | None" = None  # "18 des 40 soldats": the 18 are part of the 40
    has_part: bool = False
    like: "Figure | None" = None  # "600 autres": more of the troops of this figure
    total: bool = False  # "portant le total à environ 5 000": a total of the troops counted before


def holds(token: Token, figure: Figure) -> bool:
    """Whether ``token``'s subtree contains the figure."""
    return any(figure.start <= t.idx < figure.end for t in token.subtree)


def _noun_after(analysis: Analysis, amount: Amount, seg_end: int) -> tuple[Token | None, int, bool]:
    """The troop noun counted by ``amount``: (token, end offset, weak?), or (None, ...)."""
    strong, weak = troop_nouns()
    people = people_nouns()
    token = token_from(analysis, amount.end)
    skipped = 0
    while token is not None and token.idx < seg_end and skipped <= 3:
        low = token.lower_
        if troop_word(token, not_troops()) is not None:
            break  # "300 gardes à vue": custody, not guards
        whole = troop_word(token, strong)  # "gardes nationaux" is strong where "gardes" alone is people
        last = whole or troop_word(token, weak) or troop_word(token, people)
        if last is not None:
            return token, last.idx + len(last), whole is None and (low in weak or low in people)
        if token.text[:1].isupper() and load_gazetteer().country_of(token.text):
            # "1 100 Français", "des centaines de Népalais": people of a country,
            # troops only where the sentence or the one before speaks of troops
            return token, token.idx + len(token), True
        if low in ("d'", "de") and token.i + 2 < len(analysis.doc):
            nxt, after = token.nbor(1), token.nbor(2)
            if nxt.lower_ == "entre" and after.lower_ in ("eux", "elles"):
                return None, after.idx + len(after), True  # "un petit nombre d'entre eux"
        if not (low in ("de", "d'", "des") or token.pos_ == "ADJ" or token.is_quote
                or low in ("autres", "nouveaux", "nouvelles", "jeunes", "premiers")
                or low in _POSSESSIVES and skipped):  # "300 de nos soldats"
            break
        if token.pos_ == "ADJ" and token.idx > amount.end + 40:
            break
        skipped += 1
        token = token.nbor(1) if token.i + 1 < len(analysis.doc) else None
    return None, amount.end, False


_COUNT_OF = (r"(?:le|un|leur|l'|l’)\s*(?:nombre|effectif)(?:\s+total)?\s+(?:de|d'|d’|des|du)\s*"
             r"(?:la\s+|l'|l’|ses\s+|leurs\s+|nos\s+)?")  # "le nombre de ses soldats"
# "portant à près de 7 000 l'effectif engagé": the figure totals the troops counted before.
_TOTAL_AFTER = re.compile(r"\s*(?:l'|l’)\s*effectif\b(?!\s+(?:de|d'|d’|des|du)\b)", re.IGNORECASE)


def _bridged_noun(analysis: Analysis, amount: Amount, seg_start: int, seg_end: int) -> Token | None:
    """The troop noun a count phrase names a little after or before the figure:
    "environ 3 000, soit le nombre de soldats …", "portait à près de 900 le
    nombre de Belges déployés" (people of a country), "portera à environ 1 200
    l'effectif de la mission" (a unit or mission: its strength), "le nombre
    total de militaires américains en Pologne restera « autour de 10 000 »"."""
    strong, _ = troop_nouns()
    window = analysis.text[amount.end: min(seg_end, amount.end + 40)]
    m = re.match(r"\s*,?\s*(?:soit|c'est-à-dire)?\s*" + _COUNT_OF, window, re.IGNORECASE)
    if m:
        token = token_from(analysis, amount.end + m.end())
        return token if token is not None and _counted(token, strong) else None
    before = analysis.text[max(seg_start, amount.start - 90): amount.start]
    m = None
    for m in re.finditer(_COUNT_OF, before, re.IGNORECASE):
        pass  # the last count phrase before the figure
    if m is None or re.search(r"\d", before[m.end():]):
        return None  # no count phrase, or another number between it and the figure
    token = token_from(analysis, amount.start - len(before) + m.end())
    return token if token is not None and token.lower_ in strong else None


def _counted(token: Token, strong) -> bool:
    """Whether the noun a count phrase counts is troops: a troop noun, people of
    a country ("Belges") or a force ("la mission", "du contingent")."""
    c = cues()
    return (token.lower_ in strong or (token.text[:1].isupper() and load_gazetteer().country_of(token.text))
            or c.has("unit", token) or token.lower_ in ("mission", "force", "forces"))


def _troop_context(analysis: Analysis, seg_start: int, exclude: Token | None, same: bool = False,
                   army: bool = False) -> bool:
    """Whether troops were spoken of in this sentence or the one before (for weak
    nouns); in this sentence only when ``same`` (people of a country). When ``same``
    or ``army`` (a total), an army or a unit word of this sentence counts too ("85
    Indiens qui servaient dans l'armée russe")."""
    strong, _ = troop_nouns()
    c = cues()
    before = analysis.sentence_at(seg_start)
    start = before.start_char
    if before.start > 0 and not same:
        start = analysis.doc[before.start - 1].sent.start_char
    for token in analysis.tokens_in(start, before.end_char):
        if (troop_word(token, strong) is not None and (exclude is None or token.i != exclude.i)
                and not _few_persons(token)):
            return True
        if (same or army) and token.idx >= before.start_char and (
                c.has("military", token) or c.has("unit", token)):
            return True
    return False


_FEW = frozenset({"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"})


def _few_persons(token: Token) -> bool:
    """Whether troop word ``token`` names a few persons the article speaks of
    ("les deux hommes — et la première ministre —"), not a force."""
    if token.i < 2:
        return False
    number, article = token.doc[token.i - 1], token.doc[token.i - 2]
    few = number.lower_ in _FEW or (number.text.isdigit() and int(number.text) < 10)
    return few and article.lower_ in ("les", "ces")


def _of_a_force(analysis: Analysis, noun: Token, seg_end: int) -> bool:
    """Whether weak troop noun ``noun`` ("membres", "agents") is followed by a
    complement naming an army, a unit or a police force ("d'agents de la
    Gendarmerie royale", "membres des forces spéciales", "membres de l'Africa
    Corps": cue ``force-name``)."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ not in ("de", "d'", "du", "des"):
        return False
    strong, _ = troop_nouns()
    c = cues()
    for token in doc[noun.i + 2: noun.i + 5]:
        if token.idx >= seg_end or token.is_punct:
            return False
        if troop_word(token, strong) or c.has("military", token) or c.has("unit", token):
            return True
        if token.text[:1].isupper() and c.has("force-name", token):
            return True  # "membres de l'Africa Corps"
    return False


def find_figures(analysis: Analysis) -> list[Figure]:
    """Every troop figure of the article, in text order (a part right after its group)."""
    amounts = find_amounts(analysis.text)
    figures: list[Figure] = []
    by_start: dict[int, Figure] = {}
    shared: dict[int, Figure] = {}  # next amount's start -> figure waiting for its noun
    for i, amount in enumerate(amounts):
        if amount.low is None and amount.high is None and amount.qualifier != VAGUE:
            continue
        seg_start, seg_end = segment(analysis, amount.number_start)
        noun, end, weak = _noun_after(analysis, amount, seg_end)
        if noun is None and not weak:
            noun = _bridged_noun(analysis, amount, seg_start, seg_end)
            end = amount.end
        counted = token_from(analysis, amount.end)
        counts_a_noun = counted is not None and counted.idx < seg_end and counted.pos_ == "NOUN"
        if noun is None and not weak:
            # "dont 3 000", "contre 250" (not "contre quatre navires"): counted like
            # the troop noun of the figure just before
            prev = figures[-1] if figures else None
            before = analysis.text[max(seg_start, amount.start - 8): amount.start]
            if prev and prev.noun is not None and prev.end >= seg_start and (
                re.search(r"dont\s*$", before) or re.search(r"contre\s*$", before) and not counts_a_noun
                # "par 128 voix contre 61": another count just before, not the troops'
                and not re.search(r"\d\s*[^\W\d]+\s+contre\s*$", analysis.text[prev.end:amount.start])
            ):
                noun, end = prev.noun, amount.end
        like, total = None, False
        if noun is None and not weak and (_TOTAL_BEFORE.search(
            analysis.text[max(seg_start, amount.start - 60): amount.start]
        ) and not counts_a_noun or _TOTAL_AFTER.match(analysis.text, amount.end)):
            # (not "… au total 4 000 soldats de onze pays": that number counts countries)
            # "portant le total à environ 5 000", "un total de 8 000 qui…":
            # a total of the troops this or the previous sentence counts
            weak = total = True
        if noun is None and not weak and not counts_a_noun and _WE_ARE.search(
                analysis.text[max(seg_start, amount.start - 40): amount.start]):
            weak = True  # "Nous sommes environ 1 500, dont un détachement …"
        if noun is None and not weak and not counts_a_noun and _THEIR_NUMBER_TO.search(
                analysis.text[max(seg_start, amount.number_start - 60): amount.number_start]):
            weak = total = True  # "Leur nombre pourra être porté jusqu'à 1 500"
        if noun is None and not weak and _PART_OF_GROUP.search(
            analysis.text[max(seg_start, amount.start - 30): amount.start]
        ) and any(f.noun is not None for f in figures):
            # "Parmi eux, 20 ont déserté": part of the troops counted just before
            noun = next(f.noun for f in reversed(figures) if f.noun is not None)
        others = _OTHERS_AFTER.match(analysis.text, amount.end)
        if others is not None and (after := token_from(analysis, others.end())) is not None and (
                after.pos_ in ("NOUN", "PROPN") and after.idx < seg_end):
            others = None  # "de onze autres pays": the noun is there, and no troop noun
        if noun is None and not weak and others and figures and figures[-1].start >= seg_start:
            # "plus de 2 000 d'entre eux …, 600 autres": the troops of the figure before
            noun, end, weak = figures[-1].noun, others.end(), figures[-1].noun is None
            like = figures[-1]
        if noun is None and not weak and (unit_before(analysis, amount, seg_start)
                                          or deployed_number(analysis, amount, seg_end)):
            # "un deuxième groupe de 600", "Seuls 1 100 ont été déployés": troops
            # where this or the previous sentence speaks of troops
            weak = True
        if noun is None and not weak and i + 1 < len(amounts):
            nxt = amounts[i + 1]
            between = analysis.text[amount.end: nxt.start]
            if re.fullmatch(r"\s+(?:des|de ses|de leurs|de nos|d'entre les|sur les|parmi les)\s+", between, re.IGNORECASE):
                # "18 des 40 soldats": the part is counted later, with the group
                by_start[nxt.start] = Figure(amount, None, amount.start, amount.end,
                                             amount.low, amount.high, amount.qualifier)
            elif re.fullmatch(r"\s*(?:,|et|ou)\s*", between) and nxt.qualifier != VAGUE:
                # "des contingents de 650 et 500 militaires": the noun of the next one
                shared[nxt.start] = Figure(amount, None, amount.start, amount.end,
                                           amount.low, amount.high, amount.qualifier)
            continue
        if noun is None and not weak:
            continue
        if _SOME_PEOPLE.search(analysis.text[max(seg_start, amount.start - 6): amount.start]) and (
                amount.high is not None and amount.high < 10):
            continue  # "les deux hommes": persons the article speaks of, not a force
        people = noun is not None and (noun.text[:1].isupper() or noun.lower_ in people_nouns())
        if weak and not people and noun is not None and _of_a_force(analysis, noun, seg_end):
            weak = False  # "une vingtaine d'agents de la Gendarmerie royale"
        if weak and not _troop_context(analysis, seg_start, noun, same=people, army=total):
            continue  # people of a country count as troops only beside a troop noun
        figure = Figure(amount, noun, amount.start, end, amount.low, amount.high, amount.qualifier, like=like,
                        total=total)
        _apply_units(analysis, figure, seg_start)
        part = by_start.pop(amount.start, None)
        waiting = shared.pop(amount.start, None)
        if waiting is not None and noun is not None:
            waiting.noun = noun
            figures.append(waiting)
        figures.append(figure)
        if part is not None:
            part.noun, part.part_of, part.end = noun, figure, end
            figure.has_part = True
            figures.append(part)
    return figures


def _apply_units(analysis: Analysis, figure: Figure, seg_start: int) -> None:
    """ "deux brigades … de 6 000 soldats chacun": multiply by the number of units."""
    if figure.noun is None or figure.low is None and figure.high is None:
        return
    after = analysis.text[figure.end: figure.end + 40]
    if not re.match(r"(?:\s+[\w'-]+){0,3}?\s*,?\s*(chacun|chacune)\b", after, re.IGNORECASE):
        return
    c = cues()
    for token in reversed(analysis.tokens_in(seg_start, figure.start)):
        if c.has("unit", token) and token.i > 0:
            head = token.nbor(-1)
            count = parse_number(head.text)
            if count is None or count < 2:
                continue
            m = re.search(r"(chacun|chacune)\b", after, re.IGNORECASE)
            figure.start = head.idx
            figure.end = figure.end + m.end()
            figure.low = figure.low * count if figure.low is not None else None
            figure.high = figure.high * count if figure.high is not None else None
            return


# "… ont fait au moins 40 morts depuis le début de l'année, dont 23 soldats": the noun a
# number counts just before the "dont" that lists a part of it
_COUNT_THEN_DONT = re.compile(r"\d\s+(\w+)\b[^.;:\d]{0,50}?,?\s*\bdont\s*$")


@lru_cache(maxsize=1)
def _casualty_phrases() -> tuple[re.Pattern, ...]:
    """The casualty phrases without accents, each ending right before a figure ("a coûté la vie à"),
    compiled once."""
    return tuple(re.compile(re.escape(fold(p)) + r"\s+(?:a|aux|de|d')?\s*(?:\w+\s+)?$")
                 for p in cues().phrases.get("casualty", ()))


def is_casualty(analysis: Analysis, figure: Figure, chain) -> bool:
    """ "3 000 soldats tués", "a coûté la vie à 17 soldats": a loss, not a deployment."""
    c = cues()
    governing = chain[1:2] if len(chain) > 1 and chain[1].dep_ == "conj" else chain[1:3]
    if any(c.has("casualty", t) for t in governing):  # not the verb of another clause: "tués et … massés"
        return True
    before = fold(analysis.text[max(0, figure.amount.start - 40): figure.amount.start])
    if any(p.search(before) for p in _casualty_phrases()):  # accents or none: "a coute la vie a 23 soldats"
        return True
    noun = figure.noun
    if noun is not None:
        for child in noun.children:
            if child.i > noun.i and c.has("casualty", child):
                return True
    counted = _COUNT_THEN_DONT.search(analysis.text[max(0, figure.amount.start - 90): figure.amount.start])
    if counted is not None and (token := token_from(analysis, figure.amount.start - 90 + counted.start(1)
                                                    if figure.amount.start >= 90 else counted.start(1))) \
            is not None and c.has("casualty", token):
        return True  # "au moins 40 morts depuis janvier, dont 23 soldats": part of a toll
    # "4000 personnes ont dû quitter leur domicile", "ont fui leurs villages": people
    # leaving their homes are displaced civilians
    verbs = [v for t in chain[1:3] for v in (t, *(x for x in t.children if x.dep_ == "xcomp"))
             if v.pos_ == "VERB"]  # "ont dû quitter"
    return any(child.dep_ in ("obj", "obl", "obl:arg") and c.has("dwelling", child)
               for v in verbs for child in v.children)


def is_army_size(analysis: Analysis, figure: Figure) -> bool:
    """ "une armée de 1,2 million d'hommes", "l'armée française compte 200 000 militaires":
    the strength of a whole army, not troops sent anywhere."""
    before = analysis.text[max(0, figure.amount.start - 30): figure.amount.start]
    if re.search(r"\barmées?\s+(?:forte\s+|fortes\s+)?(?:de|d')\s*$", before, re.IGNORECASE):
        return True
    seg = segment(analysis, figure.amount.number_start)
    m = re.search(r"\b(?:armées?|forces)\b([^.;]{0,40})\b(?:compte|comptent|dispose|disposent|"
                  r"totalise|totalisent|emploie|emploient)\b[^.;]*$",
                  analysis.text[seg[0]:figure.amount.start], re.IGNORECASE)
    # "les forces américaines en Corée (…), qui comptent 28 500 militaires": a force
    # stationed abroad, whose strength is a deployment
    return bool(m) and not re.search(r"\b(?:en|au|aux)\s+[A-ZÀ-Ý]", m.group(1))
