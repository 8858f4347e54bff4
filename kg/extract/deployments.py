"""Find troop deployment claims: how many, from where to where, says who.

Every amount of a troop noun ("3 000 soldats", "des milliers de militaires",
"un petit nombre d'entre eux") becomes one :class:`~kg.records.Deployment`,
with its own claimant: conflicting figures from different sources all stay.

How each field is found, in a sentence (cut at line breaks, so a headline is
never read together with the paragraph after it):

- **figure**: :func:`kg.numbers.find_amounts` then a troop noun
  (``kg/data/troops.txt``) right after it, past "de" and adjectives. Not
  troops: money, years, dates, percentages, ranks, counts of other things,
  and casualties ("3 000 soldats tués" is a loss, not a deployment).
  "deux brigades … de 6 000 soldats chacun" is one figure of 12 000.
  "18 des 40 soldats" gives two figures: the group of 40 and the part of 18,
  whose status comes from what the part did (it left: Withdrawn); neither
  is a deployment of its own from nowhere.
- **origin**: a country named on the troop noun ("soldats nord-coréens"),
  else the subject (or "par X" agent) of the sending verb
  ("Pyongyang avait envoyé", "envoyés par Pyongyang"); troops of the
  receiving side count ("la Russie avait rassemblé 50 000 soldats").
- **destination / place**: countries and places after "en, à, vers, dans,
  sur" on the sending verb or the noun ("en Russie", "sur le territoire
  russe", "à Koursk"); a place gives its country as the destination when the
  origin is another country.
- **status**: cues of ``kg/data/deployment_cues.txt`` on the verb that governs
  the troop noun win over cues elsewhere in the sentence; a plan of the sender
  ("a promis de fournir", "décidé d'envoyer") is Planned, a forecast
  ("pourraient être déployés d'ici décembre", "dans les prochains jours") is
  Expected.
- **claimant**: the speaker of a statement (:mod:`kg.extract.statements`)
  whose quote holds the figure, else "selon X" / "d'après X", else the
  subject of a claim verb ("ont déclaré les États-Unis", "le NIS a estimé").
  When the article gives the figure in its own voice (or cites an unnamed
  source: "des sources proches du dossier") the claimant is None, never
  guessed; the outlet is on the article (``dcterms:publisher``).
- A sentence opening with "De ce montant", "Parmi eux"… or with the figure
  itself right after a sentence that announced a sending without a figure
  continues the previous claim and inherits its claimant and countries.
- Within one article, a figure with no origin or destination takes them from
  the article's most frequent explicit (origin, destination) pair, when what
  it does say agrees with that pair and its sentence names no other country.
- **date**: the date phrase of the sentence (not a deadline: "d'ici
  décembre"), resolved by :mod:`kg.dates` only against a known article date
  or a year in the phrase.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from ..analysis import Analysis
from ..dates import find_dates, resolve_date
from ..gazetteer import load_gazetteer
from ..numbers import EXACT, VAGUE, Amount, find_amounts, parse_number
from ..records import COUNTRY, MODES, ORGANIZATION, PERSON, PLACE, STATUSES, Deployment, Entity, Mention

DEST_PREPS = {"en", "à", "a", "au", "aux", "vers", "dans", "sur", "jusqu'", "jusque"}
ORIGIN_PREPS = {"depuis", "de", "d'", "du", "des"}
PLACE_WORDS = {
    "région", "oblast", "province", "territoire", "sol", "zone", "zones", "ville", "frontière",
    "secteur", "district", "port", "base", "bases", "camp", "camps", "front", "république",
    "péninsule", "capitale", "partie", "est", "ouest", "nord", "sud", "russe", "russes",
}
_COMES_FROM = re.compile(
    r"\b(?:venu|venue|venus|venues|parti|partie|partis|parties|originaires?|provenance|depuis|"
    r"retour|rapatriés?)\b[^,.;]{0,25}$",
    re.IGNORECASE,
)
# A figure with no troop noun that totals or splits the troops already counted.
_TOTAL_BEFORE = re.compile(
    r"\b(?:total|totalité|effectif|effectifs)\b(?:\s+[\w'-]+){0,4}?\s+(?:à|a|de|d')\s*$"
    r"|\b(?:au total|en tout|au bout du compte)\s*,?\s*$",
    re.IGNORECASE,
)
_PART_OF_GROUP = re.compile(r"\b(?:parmi eux|parmi elles|d'entre eux|d'entre elles)\s*,?\s*$",
                            re.IGNORECASE)
NEAR = 80  # characters: how far an unattached destination may lie from the figure
_KIND_RANK = {PERSON: 0, ORGANIZATION: 1, COUNTRY: 2, PLACE: 3}


@dataclass(frozen=True)
class Cues:
    """The cue words of ``kg/data/deployment_cues.txt``, by kind."""

    status_words: dict[str, str]  # one-word cue -> status
    status_phrases: tuple[tuple[str, str], ...]  # (phrase, status)
    kinds: dict[str, frozenset[str]]  # modal, send, receive, claim, casualty, unit, ...
    phrases: dict[str, tuple[str, ...]]  # multi-word cues of the other kinds

    def has(self, kind: str, token: Token) -> bool:
        words = self.kinds.get(kind, frozenset())
        return token.lemma_.lower() in words or token.lower_ in words


@lru_cache(maxsize=1)
def cues() -> Cues:
    text = resources.files("kg.data").joinpath("deployment_cues.txt").read_text("utf-8")
    status_words: dict[str, str] = {}
    status_phrases: list[tuple[str, str]] = []
    kinds: dict[str, set[str]] = {}
    phrases: dict[str, list[str]] = {}
    for raw in text.splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        kind, _, cue = raw.partition(":")
        kind, cue = kind.strip(), cue.strip().lower()
        if not cue:
            raise ValueError(f"deployment_cues.txt: no cue in {raw!r}")
        if kind in MODES:
            kind = kind.lower()  # a mode's cues are looked up by _mode
        if kind in STATUSES:
            if " " in cue:
                status_phrases.append((cue, kind))
            else:
                status_words.setdefault(cue, kind)
        elif " " in cue:
            phrases.setdefault(kind, []).append(cue)
        else:
            kinds.setdefault(kind, set()).add(cue)
    return Cues(
        status_words,
        tuple(sorted(status_phrases, key=lambda p: -len(p[0]))),
        {k: frozenset(v) for k, v in kinds.items()},
        {k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()},
    )


@lru_cache(maxsize=1)
def troop_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """(strong, weak) troop nouns of ``kg/data/troops.txt``."""
    text = resources.files("kg.data").joinpath("troops.txt").read_text("utf-8")
    strong, weak = set(), set()
    for raw in text.splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        words = raw.lower().split()
        if words[-1] == "weak":
            weak.add(" ".join(words[:-1]))
        else:
            strong.add(" ".join(words))
    return frozenset(strong), frozenset(weak)


def _troop_word(token: Token, nouns: frozenset[str]) -> Token | None:
    """The last token of the troop noun starting at ``token`` ("casques bleus"), if any."""
    low = token.lower_
    if low in nouns:
        return token
    doc = token.doc
    for noun in nouns:
        words = noun.split()
        if len(words) > 1 and words[0] == low and token.i + len(words) <= len(doc) and all(
            doc[token.i + k].lower_ == w for k, w in enumerate(words)
        ):
            return doc[token.i + len(words) - 1]
    return None


# ---------------------------------------------------------------------------
# Figures: an amount and the troop noun it counts


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


def _token_at(analysis: Analysis, offset: int) -> Token | None:
    span = analysis.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _token_from(analysis: Analysis, offset: int) -> Token | None:
    """The first token starting at or after ``offset``."""
    doc = analysis.doc
    i = bisect_left(doc, offset, key=lambda t: t.idx)
    return doc[i] if i < len(doc) else None


def _segment(analysis: Analysis, offset: int) -> tuple[int, int]:
    """The sentence around ``offset``, cut at line breaks (headlines stand alone)."""
    sent = analysis.sentence_at(offset)
    start, end = sent.start_char, sent.end_char
    text = analysis.text
    nl = text.rfind("\n", start, offset)
    if nl != -1:
        start = nl + 1
    nl = text.find("\n", offset, end)
    if nl != -1:
        end = nl
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _tokens(analysis: Analysis, start: int, end: int) -> list[Token]:
    return analysis.tokens_in(start, end)


def _noun_after(analysis: Analysis, amount: Amount, seg_end: int) -> tuple[Token | None, int, bool]:
    """The troop noun counted by ``amount``: (token, end offset, weak?), or (None, ...)."""
    strong, weak = troop_nouns()
    token = _token_from(analysis, amount.end)
    skipped = 0
    while token is not None and token.idx < seg_end and skipped <= 3:
        low = token.lower_
        last = _troop_word(token, strong) or _troop_word(token, weak)
        if last is not None:
            return token, last.idx + len(last), low in weak
        if token.text[:1].isupper() and load_gazetteer().country_of(token.text):
            # "1 100 Français", "des centaines de Népalais": people of a country,
            # troops only where the sentence or the one before speaks of troops
            return token, token.idx + len(token), True
        if low in ("d'", "de") and token.i + 2 < len(analysis.doc):
            nxt, after = token.nbor(1), token.nbor(2)
            if nxt.lower_ == "entre" and after.lower_ in ("eux", "elles"):
                return None, after.idx + len(after), True  # "un petit nombre d'entre eux"
        if not (low in ("de", "d'", "des") or token.pos_ == "ADJ" or token.is_quote
                or low in ("autres", "nouveaux", "nouvelles", "jeunes", "premiers")):
            break
        if token.pos_ == "ADJ" and token.idx > amount.end + 40:
            break
        skipped += 1
        token = token.nbor(1) if token.i + 1 < len(analysis.doc) else None
    return None, amount.end, False


def _bridged_noun(analysis: Analysis, amount: Amount, seg_end: int) -> Token | None:
    """ "environ 3 000, soit le nombre de soldats …": the noun named a little later."""
    strong, _ = troop_nouns()
    window = analysis.text[amount.end: min(seg_end, amount.end + 40)]
    m = re.match(r"\s*,?\s*(?:soit|c'est-à-dire)?\s*(?:le|un|leur)\s+(?:nombre|effectif)\s+(?:de|d')\s*", window)
    if not m:
        return None
    token = _token_from(analysis, amount.end + m.end())
    return token if token is not None and token.lower_ in strong else None


def _troop_context(analysis: Analysis, seg_start: int, exclude: Token | None, same: bool = False) -> bool:
    """Whether troops were spoken of in this sentence or the one before (for weak
    nouns); in this sentence only when ``same``."""
    strong, _ = troop_nouns()
    before = analysis.sentence_at(seg_start)
    start = before.start_char
    if before.start > 0 and not same:
        start = analysis.doc[before.start - 1].sent.start_char
    for token in _tokens(analysis, start, before.end_char):
        if token.lower_ in strong and (exclude is None or token.i != exclude.i):
            return True
    return False


def _figures(analysis: Analysis) -> list[Figure]:
    amounts = find_amounts(analysis.text)
    figures: list[Figure] = []
    by_start: dict[int, Figure] = {}
    for i, amount in enumerate(amounts):
        if amount.low is None and amount.high is None and amount.qualifier != VAGUE:
            continue
        seg_start, seg_end = _segment(analysis, amount.number_start)
        noun, end, weak = _noun_after(analysis, amount, seg_end)
        if noun is None and not weak:
            noun = _bridged_noun(analysis, amount, seg_end)
            end = amount.end
        if noun is None and not weak:
            # "dont 3 000": counted like the troop noun of the figure just before
            prev = figures[-1] if figures else None
            if prev and prev.noun is not None and prev.end >= seg_start and re.search(
                r"dont\s*$", analysis.text[max(seg_start, amount.start - 8): amount.start]
            ):
                noun, end = prev.noun, amount.end
        counted = _token_from(analysis, amount.end)
        if noun is None and not weak and _TOTAL_BEFORE.search(
            analysis.text[max(seg_start, amount.start - 60): amount.start]
        ) and not (counted is not None and counted.idx < seg_end and counted.pos_ == "NOUN"):
            # (not "… au total 4 000 soldats de onze pays": that number counts countries)
            # "portant le total à environ 5 000", "un total de 8 000 qui…":
            # a total of the troops this or the previous sentence counts
            weak = True
        if noun is None and not weak and _PART_OF_GROUP.search(
            analysis.text[max(seg_start, amount.start - 30): amount.start]
        ) and any(f.noun is not None for f in figures):
            # "Parmi eux, 20 ont déserté": part of the troops counted just before
            noun = next(f.noun for f in reversed(figures) if f.noun is not None)
        if noun is None and not weak and i + 1 < len(amounts):
            # "18 des 40 soldats": the part is counted later, with the group
            nxt = amounts[i + 1]
            if re.fullmatch(r"\s+(?:des|d'entre les|sur les|parmi les)\s+",
                            analysis.text[amount.end: nxt.start], re.IGNORECASE):
                by_start[nxt.start] = Figure(amount, None, amount.start, amount.end,
                                             amount.low, amount.high, amount.qualifier)
            continue
        if noun is None and not weak:
            continue
        demonym_noun = noun is not None and noun.text[:1].isupper()
        if weak and not _troop_context(analysis, seg_start, noun, same=demonym_noun):
            continue  # people of a country count as troops only beside a troop noun
        figure = Figure(amount, noun, amount.start, end, amount.low, amount.high, amount.qualifier)
        _apply_units(analysis, figure, amounts, seg_start)
        part = by_start.pop(amount.start, None)
        figures.append(figure)
        if part is not None:
            part.noun, part.part_of, part.end = noun, figure, end
            figure.has_part = True
            figures.append(part)
    return figures


def _apply_units(analysis: Analysis, figure: Figure, amounts: list[Amount], seg_start: int) -> None:
    """ "deux brigades … de 6 000 soldats chacun": multiply by the number of units."""
    if figure.noun is None or figure.low is None and figure.high is None:
        return
    after = analysis.text[figure.end: figure.end + 40]
    if not re.match(r"(?:\s+[\w'-]+){0,3}?\s*,?\s*(chacun|chacune)\b", after, re.IGNORECASE):
        return
    c = cues()
    for token in reversed(_tokens(analysis, seg_start, figure.start)):
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


# ---------------------------------------------------------------------------
# Entities around a figure


def _best(analysis: Analysis, mentions: list[Mention], kinds=(PERSON, ORGANIZATION, COUNTRY)) -> str | None:
    """The most specific actor among ``mentions``: a person, then an organisation, then a country."""
    ranked = []
    for i, m in enumerate(mentions):
        entity = analysis.entity(m.entity)
        if entity is not None and entity.kind in kinds:
            ranked.append((_KIND_RANK[entity.kind], i, m.entity))
    return min(ranked)[2] if ranked else None


def _country(analysis: Analysis, key: str | None) -> str | None:
    """``key`` if it is a country, else the country an actor belongs to, if known."""
    entity = analysis.entity(key) if key else None
    if entity is None:
        return None
    if entity.kind == COUNTRY:
        return key
    for other in ([entity.located_in] if entity.located_in else []) + entity.affiliations:
        found = analysis.entity(other)
        if found is not None and found.kind == COUNTRY:
            return other
    return None


def _mentions_of(analysis: Analysis, tokens: list[Token]) -> list[Mention]:
    if not tokens:
        return []
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return analysis.mentions_in(start, end)


def _subtree(token: Token, seg: tuple[int, int], skip: Token | None = None) -> list[Token]:
    """Tokens of ``token``'s subtree inside the segment, without the branch holding ``skip``."""
    banned = set()
    if skip is not None:
        for child in token.children:
            if child.i == skip.i or skip in child.subtree:
                banned.update(t.i for t in child.subtree)
    return [t for t in token.subtree if seg[0] <= t.idx < seg[1] and t.i not in banned]


def _chain(noun: Token, seg: tuple[int, int], depth: int = 6) -> list[Token]:
    """``noun`` and its heads up to the root, inside the segment."""
    chain, token = [noun], noun
    while token.head.i != token.i and len(chain) <= depth and seg[0] <= token.head.idx < seg[1]:
        token = token.head
        chain.append(token)
    return chain


def _subject(token: Token, seg) -> Token | None:
    """The subject of verb ``token``, looking up through infinitives ("a promis de fournir")."""
    for _ in range(3):
        for child in token.children:
            if child.dep_ in ("nsubj", "expl:subj") and seg[0] <= child.idx < seg[1]:
                return child
        if (token.dep_ in ("xcomp", "ccomp", "advcl", "conj") and token.head.i != token.i
                and seg[0] <= token.head.idx < seg[1]):
            if token.dep_ == "ccomp":
                return None
            token = token.head
        else:
            return None
    return None


def _origin(analysis: Analysis, figure: Figure, seg, chain) -> str | None:
    """The sending country: a demonym on the noun, the sender, then "troupes de X"."""
    noun = figure.noun
    of_country = None
    if noun is not None and noun.text[:1].isupper() and load_gazetteer().country_of(noun.text):
        return load_gazetteer().country_of(noun.text)  # "1 100 Français"
    if noun is not None:
        # "soldats nord-coréens"; "troupes de la Corée du Nord" is weaker ("soldats du
        # Niger" may be the place they leave), so it only counts when no sender is named.
        for child in noun.rights:
            if child.dep_ in ("amod", "nmod", "appos") and seg[0] <= child.idx < seg[1]:
                if child.dep_ == "nmod" and not any(
                    c.dep_ == "case" and c.lower_ in ("de", "d'", "du", "des") for c in child.children
                ) and child.lower_ not in ("du", "des"):
                    continue
                mentions = _mentions_of(analysis, _subtree(child, seg))
                found = _country(analysis, _best(analysis, mentions, (COUNTRY,)))
                if found and child.dep_ == "amod":
                    return found
                if found is None and child.dep_ == "nmod":
                    # "combattants des Forces armées soudanaises", "membres de l'Africa Corps":
                    # the force's own country
                    found = _country(analysis, _best(analysis, mentions, (ORGANIZATION,)))
                of_country = of_country or found
        nxt = noun.i + 1
        while nxt < len(noun.doc) and nxt <= noun.i + 2:
            mention = analysis.mention_at(noun.doc[nxt].idx)
            if mention is not None and mention.text[:1].islower():
                found = _country(analysis, mention.entity)
                if found:
                    return found
            if noun.doc[nxt].pos_ != "ADJ":
                break
            nxt += 1
    c = cues()
    for token in chain[1:]:
        if c.has("send", token):
            for child in token.children:
                if child.dep_ in ("obl:agent",) or (
                    child.dep_.startswith("obl") and any(x.lower_ == "par" for x in child.children)
                ):
                    found = _country(analysis, _best(analysis, _mentions_of(analysis, _subtree(child, seg))))
                    if found:
                        return found
            subject = _subject(token, seg)
            if subject is not None and subject.dep_ != "nsubj:pass":
                found = _country(analysis, _best(analysis, _mentions_of(analysis, _subtree(subject, seg))))
                if found:
                    return found
    return of_country or _unit_owner(analysis, figure, seg) or _holder(analysis, figure, seg, chain)


def _unit_owner(analysis: Analysis, figure: Figure, seg) -> str | None:
    """The country of a unit named just before the figure: "un bataillon zambien
    d'environ 800 hommes", "le contingent russe (…) avec une centaine d'hommes",
    "les gardes-frontières russes (…), soit quelque 300 hommes"."""
    c = cues()
    strong, _ = troop_nouns()
    tokens = [t for t in _tokens(analysis, seg[0], figure.amount.start)][-12:]
    for i in range(len(tokens) - 1, 0, -1):
        t = tokens[i]
        country = load_gazetteer().country_of(t.text) if t.is_lower else None
        if country and (c.has("unit", tokens[i - 1]) or tokens[i - 1].lower_ in strong
                        or tokens[i - 1].lower_ in ("contingent", "contingents")):
            return country
    return None


def _holder(analysis: Analysis, figure: Figure, seg, chain) -> str | None:
    """The actor that has, keeps or gathers the troops: the subject of a verb
    that governs the figure ("la Fédération de Russie a concentré…", "l'armée
    libanaise a annoncé le déploiement de…"), or the antecedent of "qui"/"dont"
    ("Paris, qui fournit environ 700 militaires", "l'Irlande, dont plus de 330
    militaires…") or of an apposition ("L'Indonésie, premier contributeur avec
    un millier de soldats")."""
    c = cues()
    for token in chain[1:]:
        if token.pos_ not in ("VERB", "AUX", "NOUN") or c.has("claim", token):
            continue  # who says it is the claimant, not the holder
        subject = _subject(token, seg) if token.pos_ != "NOUN" else None
        if subject is not None and subject.lower_ in ("qui", "dont") and token.dep_ == "acl:relcl":
            subject = token.head
        if subject is not None and not _holds(subject, figure):
            found = _country(analysis, _best(analysis, _mentions_of(analysis, [subject]), (COUNTRY, ORGANIZATION)))
            covering = analysis.mention_at(subject.idx)  # "l'Africa Corps": the head is "Corps"
            if not found and covering is not None:
                found = _country(analysis, covering.entity)
            if found:
                return found
        if token.dep_ == "acl:relcl" or token.dep_ == "appos":
            found = _country(analysis, _best(analysis, _mentions_of(analysis, [token.head]), (COUNTRY, ORGANIZATION)))
            if found:
                return found
    # "l'Irlande, dont plus de 330 militaires": "dont" before the figure
    before = analysis.text[max(seg[0], figure.amount.start - 12): figure.amount.start]
    if re.search(r"\bdont\s*$", before):
        mentions = analysis.mentions_in(seg[0], figure.amount.start)
        for m in reversed(mentions):
            found = _country(analysis, m.entity)
            if found:
                return found
    return None


def _we_send(chain) -> bool:
    """Whether a sending verb of the chain has "nous" as its subject."""
    c = cues()
    return any(
        c.has("send", token) and any(ch.lower_ == "nous" and ch.dep_.startswith("nsubj") for ch in token.children)
        for token in chain[1:]
    )


def _left_country(analysis: Analysis, figure: Figure, seg, chain, origin) -> str | None:
    """Where withdrawn troops were: "ont quitté le Niger", "retirer … du Niger"."""
    c = cues()
    for token in chain[1:]:
        if c.status_words.get(token.lemma_.lower()) == "Withdrawn":
            for t in _subtree(token, seg, skip=chain[0]):
                if t.i > token.i:
                    mention = analysis.mention_at(t.idx)
                    found = _country(analysis, mention.entity) if mention else None
                    if found and found != origin:
                        return found
    if figure.noun is not None:  # "retirer 1 200 soldats du Niger"
        for child in figure.noun.rights:
            if child.dep_ == "nmod":
                found = _country(analysis, _best(analysis, _mentions_of(analysis, _subtree(child, seg)), (COUNTRY,)))
                if found and found != origin:
                    return found
    return None


def _lead_prep(mention: Mention, analysis: Analysis) -> str | None:
    """The preposition that introduces ``mention``: "en" in "en Russie", "sur" in "sur le sol russe"."""
    doc = analysis.doc
    token = _token_at(analysis, mention.start)
    if token is None:
        return None
    i = token.i - 1
    steps = 0
    while i >= 0 and steps < 6:
        t = doc[i]
        low = t.lower_
        if low in DEST_PREPS or low == "depuis" or t.pos_ == "ADP" and low not in ORIGIN_PREPS:
            return low
        if low in ORIGIN_PREPS:
            prev = doc[i - 1].lower_ if i > 0 else ""
            if prev not in PLACE_WORDS:
                return low
        elif not (t.pos_ in ("DET", "ADJ") or low in PLACE_WORDS or t.is_quote):
            return None
        i -= 1
        steps += 1
    return None


def _where(analysis: Analysis, figure: Figure, seg, chain, origin) -> tuple[str | None, str | None]:
    """(destination country, place) of a figure."""
    anchor = figure.amount.number_start
    candidates: list[tuple[int, int, Mention]] = []  # (rank, distance, mention)
    attached = set()
    for head in chain:
        for child in head.children:
            if child in chain:
                continue
            for t in _subtree(child, seg):
                attached.add(t.i)
    for mention in analysis.mentions_in(*seg):
        if figure.start <= mention.start < figure.end and figure.noun is not None:
            continue  # the troops' own demonym
        prep = _lead_prep(mention, analysis)
        if prep not in DEST_PREPS:
            continue
        token = _token_at(analysis, mention.start)
        rank = 0 if token is not None and token.i in attached else 1
        if rank and abs(mention.start - anchor) > NEAR:
            continue  # another clause's "en Europe"
        candidates.append((rank, abs(mention.start - anchor), mention))
    candidates.sort(key=lambda c: (c[0], c[1]))
    destination = place = None
    for _, _, mention in candidates:
        entity = analysis.entity(mention.entity)
        if entity is None:
            continue
        if entity.kind == PLACE and place is None:
            place = mention.entity
        elif entity.kind == COUNTRY and destination is None and mention.entity != origin:
            destination = mention.entity
    if place is None:
        # A place named later in the sentence: "… pour reprendre … la région de Koursk",
        # but not where troops come from ("venus de Tchétchénie").
        for mention in analysis.mentions_in(figure.end, seg[1]):
            entity = analysis.entity(mention.entity)
            before = analysis.text[max(seg[0], mention.start - 40): mention.start]
            if entity is not None and entity.kind == PLACE and not _COMES_FROM.search(before):
                place = mention.entity
                break
    if destination is None and place is not None:
        located = analysis.entity(place).located_in
        if located and located != origin and _ensure_entity(analysis, located):
            destination = located
    return destination, place


def _ensure_entity(analysis: Analysis, key: str) -> bool:
    """Make sure a country the text implies but does not name (a place's country) is described."""
    if analysis.entity(key) is not None:
        return True
    known = load_gazetteer().entities.get(key)
    if known is None:
        return False
    analysis.add_entity(Entity(key=known.key, kind=known.kind, label=known.label,
                               aliases=list(known.aliases), wikidata=known.wikidata))
    return True


# ---------------------------------------------------------------------------
# Status, claimant, date


def _clause(verb: Token, seg) -> list[Token]:
    """``verb``'s own clause: its subtree without coordinated or subordinate clauses."""
    banned = set()
    for child in verb.children:
        if child.dep_ in ("conj", "advcl", "acl:relcl", "parataxis", "ccomp"):
            banned.update(t.i for t in child.subtree)
    return [t for t in verb.subtree if t.i not in banned and seg[0] <= t.idx < seg[1]]


def _phrase_cues(analysis: Analysis, tokens: list[Token]) -> list[tuple[int, str]]:
    """(offset, status) of the multi-word status cues inside ``tokens``."""
    if not tokens:
        return []
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    text = analysis.text[start:end].lower()
    inside = {t.idx for t in tokens}
    found = []
    for phrase, status in cues().status_phrases:
        for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text):
            if start + m.start() in inside:  # the clause may have holes (a coordinated clause)
                found.append((start + m.start(), status))
    return found


def _status(analysis: Analysis, figure: Figure, seg, chain, located: bool, skip=()) -> str | None:
    c = cues()
    governing: list[str] = []
    expected = False
    for token in chain:
        status = c.status_words.get(token.lemma_.lower()) or c.status_words.get(token.lower_)
        if status and (figure.noun is None or token.i != figure.noun.i) and status not in skip:
            governing.append(status)
        if token.pos_ in ("VERB", "AUX"):
            for t in [token, *token.children]:
                if t.dep_.startswith("aux") or t.i == token.i:
                    mood, tense = t.morph.get("Mood"), t.morph.get("Tense")
                    if c.has("modal", t) and ("Cnd" in mood or "Fut" in tense):
                        expected = True
                    elif t.pos_ == "VERB" and "Fut" in tense:
                        expected = True
            if c.has("modal", token):
                expected = True
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")]
    if verbs:
        for offset, status in _phrase_cues(analysis, _clause(verbs[0], seg)):
            if status == "Expected":
                expected = True
            elif status not in skip:
                governing.append(status)
    for status in ("Withdrawn", "Planned"):
        if status in governing and status not in skip:
            return status
    if expected and "Expected" not in skip:
        return "Expected"
    if governing:
        return governing[0]
    # No cue governs the noun: the nearest cue in the sentence, else presence.
    anchor = chain[0].i
    best = None
    for token in _tokens(analysis, *seg):
        status = c.status_words.get(token.lemma_.lower()) or c.status_words.get(token.lower_)
        if status and status not in skip and status not in ("Planned", "Expected", "Withdrawn"):
            distance = abs(token.i - anchor)
            if best is None or distance < best[0]:
                best = (distance, status)
    for offset, status in _phrase_cues(analysis, _tokens(analysis, *seg)):
        if status not in skip and status not in ("Planned", "Expected", "Withdrawn"):
            token = _token_at(analysis, offset)
            distance = abs(token.i - anchor) if token is not None else 99
            if best is None or distance < best[0]:
                best = (distance, status)
    if best is not None:
        return best[1]
    # "Près de 10 000 soldats déjà en Russie": troops placed somewhere by no verb are there.
    verbless = not any(t.pos_ == "VERB" and t.lemma_ != "être" for t in chain)
    return "Deployed" if located and verbless else None


def _is_casualty(figure: Figure, seg, chain) -> bool:
    c = cues()
    if any(c.has("casualty", t) for t in chain[1:3]):
        return True
    noun = figure.noun
    if noun is not None:
        for child in noun.children:
            if child.i > noun.i and c.has("casualty", child):
                return True
    return False


def _source_phrase(analysis: Analysis, seg) -> tuple[int, int] | None:
    """The span of "selon X" / "d'après X" in the segment (up to the next comma)."""
    c = cues()
    text = analysis.text[seg[0]: seg[1]].lower()
    words = sorted(c.kinds.get("source", frozenset()) | set(c.phrases.get("source", ())), key=len, reverse=True)
    for word in words:
        # "selon lesquelles …" introduces a content clause, not a source.
        m = re.search(r"(?<![\w'])" + re.escape(word) + r"(?!\w)(?!\s+(?:le|la|les)?quel|\s+qui\b|\s+quoi\b)", text)
        if m:
            rest = text[m.end():]
            stop = re.search(r"[,;.:!?]|$", rest)
            return seg[0] + m.end(), seg[0] + m.end() + stop.start()
    return None


def _claim_verb(analysis: Analysis, seg, chain) -> Token | None:
    c = cues()
    verbs = [t for t in _tokens(analysis, *seg) if c.has("claim", t) and t.pos_ in ("VERB", "AUX")]
    for token in chain:
        if token in verbs:
            return token
    if not verbs:
        return None
    anchor = chain[0].i
    return min(verbs, key=lambda v: abs(v.i - anchor))


def _holds(token: Token, figure: Figure) -> bool:
    """Whether ``token``'s subtree contains the figure."""
    return any(figure.start <= t.idx < figure.end for t in token.subtree)


def _claimant(analysis: Analysis, figure: Figure, seg, chain) -> tuple[str | None, bool]:
    """(claimant key, whether the sentence attributes the figure at all)."""
    speaker = _statement_speaker(analysis, figure, seg)
    if speaker:
        return speaker, True
    source = _source_phrase(analysis, seg)
    if source is not None:
        return _best(analysis, analysis.mentions_in(*source)), True
    verb = _claim_verb(analysis, seg, chain)
    if verb is None:
        return None, False
    if _is_incise(verb, figure):
        # "…, ont déclaré les États-Unis": the subject follows the verb.
        key = _after_verb(analysis, verb, figure, seg)
        return (key or _agent(analysis, verb, chain, seg)), True
    subject = _subject(verb, seg)
    if subject is not None and _holds(subject, figure):
        subject = None  # a misparse: the troops are not their own claimant
    if subject is not None:
        key = _best(analysis, _mentions_of(analysis, _subtree(subject, seg)))
        if key:
            return key, True
        if subject.pos_ == "PRON":
            people = [m for m in analysis.mentions_in(0, verb.idx)
                      if (e := analysis.entity(m.entity)) is not None and e.kind == PERSON]
            return (people[-1].entity if people else None), True
        return _agent(analysis, verb, chain, seg), True
    key = _after_verb(analysis, verb, figure, seg)
    if key:
        return key, True
    # No usable parse (headlines glued to paragraphs): the words just before the verb.
    left = []
    for token in reversed(_tokens(analysis, seg[0], verb.idx)):
        if token.is_punct or token.lower_ in ("que", "qu'") or token.pos_ == "VERB":
            break
        left.append(token)
    if left and not any(figure.start <= t.idx < figure.end for t in left):
        key = _best(analysis, _mentions_of(analysis, left))
        if key:
            return key, True
    return None, True


def _statement_speaker(analysis: Analysis, figure: Figure, seg) -> str | None:
    """The speaker of the innermost statement whose quote holds the figure.

    Only statements made with a claim verb count (a relayed promise is not
    a claim about troops). A speaker named only inside the quote itself is a
    misattribution (the troops' own country, say) and is ignored.
    """
    claim_verbs = cues().kinds.get("claim", frozenset())
    holding = [s for s in analysis.records.statements
               if s.start <= figure.amount.number_start < s.end
               and (s.verb is None or s.verb in claim_verbs)]  # "a promis de fournir …" is no claim
    for statement in sorted(holding, key=lambda s: s.end - s.start):
        named = [m for m in analysis.mentions_in(*seg) if m.entity == statement.speaker]
        if named and all(statement.start <= m.start < statement.end for m in named):
            continue
        return statement.speaker
    return None


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
        if child.dep_.split(":")[0] in ("obj", "nsubj", "obl", "appos", "dep", "nmod") and not _holds(child, figure):
            if child.dep_ == "obl:agent" or any(c.lower_ == "par" for c in child.children):
                continue
            key = _best(analysis, _mentions_of(analysis, _subtree(child, seg)))
            if key:
                return key
    return None


def _agent(analysis: Analysis, verb: Token, chain, seg) -> str | None:
    """ "ont déclaré les législateurs … après avoir été informés par l'agence X": X."""
    for token in _subtree(verb, seg, skip=chain[0]):
        if token.lower_ == "par" and token.head.i != verb.i:
            key = _best(analysis, _mentions_of(analysis, _subtree(token.head, seg)))
            if key:
                return key
    return None


def _date(analysis: Analysis, seg):
    c = cues()
    deadlines = sorted(c.kinds.get("deadline", frozenset()) | set(c.phrases.get("deadline", ())),
                       key=len, reverse=True)
    text = analysis.text
    for phrase in find_dates(text[seg[0]: seg[1]]):
        before = text[max(seg[0], seg[0] + phrase.start - 14): seg[0] + phrase.start].lower()
        if any(re.search(r"(?<![\w'])" + re.escape(d) + r"\s*$", before) for d in deadlines):
            continue
        day = resolve_date(phrase.text, analysis.article.date)
        if day is not None:
            return day
    return None


def _continues(analysis: Analysis, figure: Figure, seg) -> bool:
    """Whether the figure's sentence carries on the previous sentence's claim."""
    c = cues()
    opening = analysis.text[seg[0]: seg[0] + 40].lower()
    for phrase in sorted(c.kinds.get("continuation", frozenset()) | set(c.phrases.get("continuation", ())),
                         key=len, reverse=True):
        if re.match(re.escape(phrase) + r"(?!\w)", opening):
            return True
    return figure.start == seg[0]


# ---------------------------------------------------------------------------


@dataclass
class _Context:
    """What a sentence says about a claim, for the sentence after it."""

    claimant: str | None = None
    attributed: bool = False
    origin: str | None = None
    destination: str | None = None
    status: str | None = None
    has_figure: bool = False
    date: object = None


def _sentence_context(analysis: Analysis, seg) -> _Context:
    """Claimant, sender and status of a sentence that announces a sending without a figure."""
    c = cues()
    context = _Context()
    for token in _tokens(analysis, *seg):
        if c.has("send", token) and token.pos_ == "VERB":
            chain = _chain(token, seg)
            fake = Figure(Amount(token.idx, token.idx, EXACT, None, None, token.idx), token,
                          token.idx, token.idx + len(token), None, None, EXACT)
            context.origin = _origin(analysis, fake, seg, chain) or None
            context.status = _status(analysis, fake, seg, chain, False)
            if c.status_words.get(token.lemma_.lower()) and context.status is None:
                context.status = c.status_words[token.lemma_.lower()]
            context.claimant, context.attributed = _claimant(analysis, fake, seg, chain)
            context.date = _date(analysis, seg)
            return context
    return context


def find_deployments(analysis: Analysis) -> None:
    """Add a Deployment for every troop figure of the article."""
    found: list[Deployment] = []
    named_in: dict[int, set[str]] = {}  # id(deployment) -> countries its sentence names
    multinational: set[int] = set()  # ids of figures of several countries' troops
    contexts: dict[tuple[int, int], _Context] = {}
    last_seg: tuple[int, int] | None = None
    for figure in _figures(analysis):
        seg = _segment(analysis, figure.amount.number_start)
        anchor = figure.noun or _token_at(analysis, figure.amount.number_start)
        if figure.part_of is not None:  # "18 des 40 soldats … ont quitté": what the 18 did
            anchor = _token_at(analysis, figure.amount.number_start)
        if anchor is None:
            continue
        chain = _chain(anchor, seg)
        if _is_casualty(figure, seg, chain):
            continue
        origin = _origin(analysis, figure, seg, chain)
        destination, place = _where(analysis, figure, seg, chain, origin)
        if figure.part_of is not None:
            # A part singled out from its group is singled out for what it did: if the
            # sentence says some left, it is the part that left.
            status = _status(analysis, figure, seg, chain, False)
            c = cues()
            if any(c.status_words.get(t.lemma_.lower()) == "Withdrawn" for t in _tokens(analysis, *seg)):
                status = "Withdrawn"
        elif figure.has_part:
            status = _status(analysis, figure, seg, chain, False, skip=("Withdrawn",))
        else:
            status = _status(analysis, figure, seg, chain, bool(destination or place))
        claimant, attributed = _claimant(analysis, figure, seg, chain)
        if origin is None and claimant and _we_send(chain):
            origin = _country(analysis, claimant)  # "« Nous avons envoyé 5 000 soldats », a dit X"
        claimer = analysis.entity(claimant) if claimant else None
        named = _countries_in(analysis, seg)
        if (origin is None and claimer is not None and claimer.kind == ORGANIZATION and claimer.affiliations
                and named <= {_country(analysis, claimant)}):
            # a ministry or an army speaking of troops, in a sentence naming no other country: its own
            origin = _country(analysis, claimant)
        if status == "Withdrawn" and destination is None:
            destination = _left_country(analysis, figure, seg, chain, origin)
        day = _date(analysis, seg)
        inherited = False
        if not attributed and _continues(analysis, figure, seg):
            previous = _previous_segment(analysis, seg)
            if previous is not None:
                context = contexts.get(previous)
                if context is None:
                    context = _sentence_context(analysis, previous)
                    if previous == last_seg:
                        context.has_figure = True
                if context.attributed and (figure.start != seg[0] or not context.has_figure):
                    inherited = True
                    claimant = context.claimant
                    origin = origin or context.origin
                    destination = destination or (context.destination if context.destination != origin else None)
                    status = status or context.status
                    day = day or context.date
        if status is None and not inherited and _army_size(analysis, figure, chain):
            continue  # the size of a whole army ("une armée de 1,2 million") is no deployment
        deployment = Deployment(
            start=figure.start,
            end=figure.end,
            evidence=analysis.original(*seg),
            qualifier=figure.qualifier,
            troops_min=figure.low,
            troops_max=figure.high,
            origin=origin,
            destination=destination if destination != origin else None,
            place=place,
            status=status,
            claimant=claimant,
            date=day,
            mode=_mode(analysis, seg),
        )
        found.append(deployment)
        # the countries the sentence names before the figure, but the claimant's
        named_in[id(deployment)] = (_countries_in(analysis, (seg[0], figure.start))
                                    - {_country(analysis, claimant)})
        if _multinational(analysis, seg):
            multinational.add(id(deployment))
        contexts[seg] = _Context(claimant, attributed or inherited, deployment.origin,
                                 deployment.destination, status, True, day)
        last_seg = seg
    _fill_from_article(found, named_in, multinational)
    _fill_from_context(analysis.text, found, named_in, multinational)
    analysis.records.deployments.extend(found)


def _mode(analysis: Analysis, seg) -> str | None:
    """Exercise, Rotation or Reinforcement, from the cues of the figure's sentence."""
    c = cues()
    tokens = _tokens(analysis, *seg)
    sentence = analysis.text[seg[0]:seg[1]].lower()
    for mode in MODES:
        if any(c.has(mode.lower(), t) for t in tokens) or any(
            p in sentence for p in c.phrases.get(mode.lower(), ())
        ):
            return mode
    return None


def _army_size(analysis: Analysis, figure: Figure, chain) -> bool:
    """ "une armée de 1,2 million d'hommes", "l'armée française compte 200 000 militaires":
    the strength of a whole army, not troops sent anywhere."""
    before = analysis.text[max(0, figure.amount.start - 30): figure.amount.start]
    if re.search(r"\barmées?\s+(?:forte\s+|fortes\s+)?(?:de|d')\s*$", before, re.IGNORECASE):
        return True
    seg = _segment(analysis, figure.amount.number_start)
    m = re.search(r"\b(?:armées?|forces)\b([^.;]{0,40})\b(?:compte|comptent|dispose|disposent|"
                  r"totalise|totalisent|emploie|emploient)\b[^.;]*$",
                  analysis.text[seg[0]:figure.amount.start], re.IGNORECASE)
    # "les forces américaines en Corée (…), qui comptent 28 500 militaires": a force
    # stationed abroad, whose strength is a deployment
    return bool(m) and not re.search(r"\b(?:en|au|aux)\s+[A-ZÀ-Ý]", m.group(1))


def _previous_segment(analysis: Analysis, seg) -> tuple[int, int] | None:
    offset = seg[0] - 1
    while offset > 0 and analysis.text[offset].isspace():
        offset -= 1
    if offset <= 0:
        return None
    return _segment(analysis, offset)


def _countries_in(analysis: Analysis, seg) -> set[str]:
    """The countries a sentence names (directly, or as an organisation's country)."""
    found = set()
    for m in analysis.mentions_in(*seg):
        country = _country(analysis, m.entity)
        if country:
            found.add(country)
    return found


def _fill_from_article(deployments: list[Deployment], named_in: dict[int, set[str]],
                       multinational: set[int] = frozenset()) -> None:
    """Give figures without origin/destination the article's usual pair, when they agree with it.

    The pair is the most frequent explicit (origin, destination) of the
    article; a figure whose sentence names, before it, a country outside that
    pair other than its claimant's (a peacekeeping force, the other side of a
    war) is left as it is.
    """
    pairs = Counter((d.origin, d.destination) for d in deployments if d.origin and d.destination)
    if not pairs:
        return
    (origin, destination), _ = pairs.most_common(1)[0]
    for d in deployments:
        if not named_in.get(id(d), set()) <= {origin, destination}:
            continue
        if d.origin is None and d.destination in (None, destination):
            if id(d) not in multinational:  # "soldats de onze pays": no one origin
                d.origin = origin
            d.destination = destination
        elif d.destination is None and d.origin == origin:
            d.destination = destination


def _multinational(analysis: Analysis, seg) -> bool:
    """Whether the sentence speaks of several countries' troops ("de neuf pays",
    "casques bleus"): cues ``multinational`` and counted ``countries`` of
    ``deployment_cues.txt``."""
    c = cues()
    tokens = _tokens(analysis, *seg)
    sentence = analysis.text[seg[0]:seg[1]].lower()
    counted = any(c.has("countries", t) and t.i > 0 and (t.nbor(-1).like_num or t.nbor(-1).pos_ == "NUM")
                  for t in tokens)
    return counted or any(c.has("multinational", t) for t in tokens) or any(
        p in sentence for p in c.phrases.get("multinational", ()))


def _paragraph(text: str, offset: int) -> int:
    """Start offset of the paragraph holding ``offset``."""
    return text.rfind("\n", 0, offset) + 1


def _fill_from_context(text: str, deployments: list[Deployment], named_in: dict[int, set[str]],
                       multinational: set[int]) -> None:
    """Origin and destination that the paragraph or the article states once for
    several figures.

    News gives the troops' nationality once ("L'Allemagne stationne une brigade en
    Lituanie. … près de 2 000 hommes …") and the host country once for a whole
    mission. A figure without origin takes the origin of the previous figure of
    its paragraph; one without destination takes the destination most figures
    of the article share (more than half of those that have one). Neither is
    taken when the figure's sentence names another country before it, when the
    troops are multinational, or when origin and destination would be the same.
    """
    destinations = Counter(d.destination for d in deployments if d.destination)
    usual = None
    if destinations:
        top, count = destinations.most_common(1)[0]
        if count * 2 > sum(destinations.values()):
            usual = top
    for i, d in enumerate(deployments):
        named = named_in.get(id(d), set())
        if d.origin is None and id(d) not in multinational:
            paragraph = _paragraph(text, d.start)
            before = [p for p in deployments[:i] if p.origin and _paragraph(text, p.start) == paragraph]
            if before:
                origin = before[-1].origin
                if origin != d.destination and named <= {origin, d.destination}:
                    d.origin = origin
        if d.destination is None and usual and usual != d.origin and named <= {usual, d.origin}:
            d.destination = usual
