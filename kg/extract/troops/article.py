"""Origin and destination that the article or the paragraph states once for
several figures."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ...analysis import Analysis
from ...gazetteer import load_gazetteer
from ...records import COUNTRY, PLACE, Deployment
from ...text import fold
from .actors import countries_in
from .cues import cues, sentence_cues
from .destination import DEST_PREPS, lead_prep
from .missions import missions_named, several_countries
from .regions import place_country
from .sentences import headline_end, paragraph_start, segment
from .territories import state_of
from .tree import subject_of


def multinational(analysis: Analysis, seg) -> bool:
    """Whether the sentence speaks of several countries' troops ("de neuf pays",
    "casques bleus", "la Minusca"): cues ``multinational`` and counted
    ``countries`` of ``deployment_cues.txt`` (not right after a ``joint-staff`` word: "le
    Commandement conjoint des forces armées" is one army's), or a mission of several countries
    (``missions.tsv``); or from abroad, with no one origin either ("combattants
    étrangers", "mercenaires": cue ``foreign``)."""
    c = cues()
    cued = sentence_cues(analysis, seg)
    every = analysis.tokens_in(*seg)
    before = every[0].doc[every[0].i - 1] if every and every[0].i > 0 else None
    joint = {}  # "Commandement conjoint": one army's
    if "joint-staff" in cued.kinds or before is not None and c.has("joint-staff", before):
        joint = {t.i: t for t in every if t.i > 0 and c.has("joint-staff", t.nbor(-1))}
    if joint:
        tokens = [t for t in every if t.i not in joint]
        sentence = cued.sentence
        for t in joint.values():
            if c.has("multinational", t):
                sentence = sentence.replace(f"{t.nbor(-1).lower_} {t.lower_}", "")
        cued = c.among(tokens, sentence)
    else:
        tokens = every
    counted = "countries" in cued.kinds and any(
        c.has("countries", t) and t.i > 0 and (t.nbor(-1).like_num or t.nbor(-1).pos_ == "NUM") for t in tokens)
    return (counted or cued.has("multinational") or cued.has("foreign")
            or several_countries(missions_named(analysis.text[seg[0]:seg[1]]))
            or _come_from_several(analysis, seg))


# "quelque 630 militaires et policiers venus du Nigeria, du Sénégal, de Côte d'Ivoire et du Ghana"
_COME_FROM_LIST = re.compile(
    r"\b(?:venus|venues|originaires|issus|issues|en provenance)\s+(?:de|du|des|d['’])[^.;:]*", re.IGNORECASE)


def _come_from_several(analysis: Analysis, seg) -> bool:
    """Whether the sentence says its troops come from several countries ("venus du
    Nigeria, du Sénégal et du Ghana"): of no one origin."""
    for m in _COME_FROM_LIST.finditer(analysis.text, seg[0], seg[1]):
        if len(countries_in(analysis, (m.start(), m.end()))) > 1:
            return True
    return False


def placed_apart(analysis: Analysis, deployments: list[Deployment]) -> set[int]:
    """Ids of the figures whose place says they are not in the article's usual
    destination: a region the gazetteer knows spans several countries ("dans
    les pays baltes", "au Sahel") or a place in the troops' own country. A
    place the gazetteer does not know ("à Mirebalais") says nothing."""
    known = load_gazetteer().entities
    apart = set()
    for d in deployments:
        if d.destination is not None:
            continue
        if d.place is None:
            # places listed, none kept ("au Texas, en Arizona et en Californie"), in its own country
            seg = segment(analysis, d.start)
            homes = {place_country(analysis, m.entity) for m in analysis.mentions_in(*seg)
                     if (e := analysis.entity(m.entity)) is not None and e.kind == PLACE
                     and lead_prep(m, analysis) in DEST_PREPS}  # where they are, not "l'officière de Namur"
            if d.origin is not None and d.origin in homes:
                apart.add(id(d))
            continue
        home = place_country(analysis, d.place)
        if (home is None and d.place in known) or (home is not None and home == d.origin):
            apart.add(id(d))
    return apart


def of_an_alliance(analysis: Analysis, figure, seg) -> bool:
    """Whether the troop noun's complement names an alliance or an international
    body (cue ``alliance``: "soldats de l'Otan", "militaires de l'ONU"): several
    countries' troops, of no single origin."""
    noun = figure.noun
    if noun is None:
        return False
    c = cues()
    for child in noun.children:
        if child.dep_.startswith("nmod") and child.i > noun.i and seg[0] <= child.idx < seg[1]:
            words = [t for t in child.subtree if seg[0] <= t.idx < seg[1]]
            start, end = words[0].idx, words[-1].idx + len(words[-1])
            if c.in_sentence("alliance", words, analysis.text[start:end].lower()):
                return True
    return False


def sent_by_alliance(analysis: Analysis, chain, seg) -> bool:
    """Whether the subject of a sending verb above the figure is an alliance or an
    international body (cue ``alliance``: "l'Otan aurait massé plus de 30.000
    hommes"): several countries' troops, of no single origin, whoever says it."""
    c = cues()
    for token in chain[1:]:
        if c.has("claim", token) and token.pos_ in ("VERB", "AUX") and not c.has("send", token):
            return False  # the clauses above the saying are not about these troops
        if not c.has("send", token):
            continue
        subject = subject_of(token, seg)
        if subject is not None and subject.dep_ != "nsubj:pass":
            words = [t for t in subject.subtree if seg[0] <= t.idx < seg[1]]
            start, end = words[0].idx, words[-1].idx + len(words[-1])
            if c.in_sentence("alliance", words, analysis.text[start:end].lower()):
                return True
    return False


def fill_from_article(deployments: list[Deployment], named_in: dict[int, set[str]],
                      multinational_ids: set[int] = frozenset(), placed_apart: set[int] = frozenset()) -> None:
    """Give figures without origin/destination the article's usual pair, when they agree with it.

    The pair is the most frequent explicit (origin, destination) of the
    article, stated at least twice or by its first figure (the headline's or
    the lede's); a figure whose sentence names, before it, a country outside that
    pair other than its claimant's (a peacekeeping force, the other side of a
    war) is left as it is.
    """
    pairs = Counter((d.origin, d.destination) for d in deployments if d.origin and d.destination)
    if not pairs:
        return
    (origin, destination), count = pairs.most_common(1)[0]
    if count < 2 and (deployments[0].origin, deployments[0].destination) != (origin, destination):
        return  # stated once, late in the article: that figure's own, not the article's
    for d in deployments:
        if not named_in.get(id(d), set()) <= {origin, destination} or id(d) in placed_apart:
            continue
        if id(d) in multinational_ids:
            # "soldats de onze pays": no one origin, and not where the article's pair is
            # (fill_from_context gave them their paragraph's or their mission's country)
            continue
        if d.origin is None and d.destination in (None, destination):
            d.origin = origin
            d.destination = destination
        elif d.destination is None and d.origin == origin:
            d.destination = destination


def fill_usual_origin(deployments: list[Deployment], named_in: dict[int, set[str]],
                      excluded: set[int] = frozenset()) -> None:
    """An article whose figures send nobody abroad (none has a destination) and whose
    figures with an origin all give the same one, at least twice, speaks of that
    country's own forces at home ("Le gouvernement togolais a annoncé le déploiement
    de 2 500 militaires", "porteront à 7 000 hommes l'effectif des Forces armées
    togolaises"): its figures with no origin take it ("les populations voient à peine
    800 soldats de plus"), unless their sentence names another country before them or
    they are of several countries or of an organisation of no known country
    (``excluded``)."""
    if any(d.destination for d in deployments):
        return
    origins = Counter(d.origin for d in deployments if d.origin)
    if len(origins) != 1:
        return
    ((origin, count),) = origins.items()
    if count < 2:
        return
    for d in deployments:
        if d.origin is None and id(d) not in excluded and named_in.get(id(d), set()) <= {origin}:
            d.origin = origin


def fill_from_context(text: str, deployments: list[Deployment], named_in: dict[int, set[str]],
                      multinational_ids: set[int], host: str | None = None,
                      at_home: set[int] = frozenset(), placed_apart: set[int] = frozenset(),
                      joint_around: dict[int, set[str]] | None = None, setting: str | None = None) -> None:
    """Origin and destination that the paragraph or the article states once for
    several figures.

    News gives the troops' nationality once ("L'Allemagne stationne une brigade en
    Lituanie. … près de 2 000 hommes …") and the host country once for a whole
    mission. A figure without origin takes the origin of the previous figure of
    its paragraph; one without destination takes the destination most figures
    of the article share (more than half of those that have one, and at least two
    unless the first figure, the headline's or the lede's, has it), else the
    ``host`` of the one mission the article names (``kg/data/missions.tsv``) or
    the country of the headline's kicker ("Lituanie : la brigade allemande …");
    troops of several countries take the usual destination only when their
    sentence and the one before in their paragraph name no other country
    (``joint_around``, border neighbours aside), else the destination of the
    figure before them in their paragraph, else that host ("Les alliés préparent
    un exercice en Roumanie et en Bulgarie. Il mobilisera plus de 10.000 soldats de
    neuf pays": not where one contingent of the article is). Neither is
    taken when the figure's sentence names another country before it, when the
    troops are multinational, or when origin and destination would be the same;
    nor is the usual destination taken by a figure placed apart (``placed_apart``:
    in a region of several countries, "massés dans les pays baltes", or in its
    own country).
    With no such host, the one country the headline places the story in (``setting``:
    "… assure le commandant canadien en Lettonie") stands in for it, but not for troops
    of several countries whose sentence or the one before names another country.
    Police and gendarmes (``at_home``: ids of figures of forces serving at home)
    are placed in their own country, not sent there: their place's country is
    no usual destination for the others ("la Guardia Civil a déployé deux cents
    gardes civils" beside French gendarmes at the same border).
    """
    destinations = Counter(d.destination for d in deployments if d.destination and id(d) not in at_home)
    usual = None
    if destinations:
        top, count = destinations.most_common(1)[0]
        first = deployments[0].destination
        # said once, it is the usual place only when the headline or the lede says it
        if (count >= 2 or top == first) and count * 2 > sum(destinations.values()):
            usual = top
    for i, d in enumerate(deployments):
        named = named_in.get(id(d), set())
        around = (joint_around or {}).get(id(d), set())
        here = host or (setting if id(d) not in multinational_ids or around <= {setting} else None)
        usual_here = usual or here
        if id(d) in multinational_ids and not (usual and (joint_around or {}).get(id(d), set()) <= {usual}):
            # several countries' troops are where their mission is, or where the figure before
            # in their paragraph is, not wherever one contingent of the article went
            paragraph = paragraph_start(text, d.start)
            near = [p.destination for p in deployments[:i]
                    if p.destination and paragraph_start(text, p.start) == paragraph]
            usual_here = near[-1] if near else here
        if d.origin is None and id(d) not in multinational_ids:
            paragraph = paragraph_start(text, d.start)
            before = [p for p in deployments[:i] if p.origin and paragraph_start(text, p.start) == paragraph]
            if before:
                origin = before[-1].origin
                if origin != d.destination and named <= {origin, d.destination}:
                    d.origin = origin
        if (d.destination is None and id(d) not in placed_apart and usual_here and usual_here != d.origin
                and named <= {usual_here, d.origin}):
            d.destination = usual_here


def fill_own_country(analysis: Analysis, deployments: list[Deployment], multinational_ids: set[int],
                     unknown_owner: set[int] = frozenset()) -> None:
    """Troops of an article that speaks of one country only are that country's own,
    on its own soil ("un millier de soldats mobilisés" against fires in the
    Aude, "150 gendarmes" sent to a mining town): no destination, and origin
    that country only when the article names it itself (its name, a demonym,
    a capital for its government): places inside it ("dans le Var"), "l'État"
    and organisations ("la Gendarmerie nationale", "Météo-France") do not, and
    the gold convention then leaves the origin null. An article naming any other
    country (directly, through a place or an actor's country) is left as it
    is, and so are troops of several countries and those whose sentence names
    an organisation of no known country (``unknown_owner``: "un bataillon de la
    Bundeswehr")."""
    named = set()
    for m in analysis.mentions_in(0, len(analysis.text)):
        entity = analysis.entity(m.entity)
        if entity is not None:  # the countries as written, described in the article or not
            named.update(state_of(k) for k in [entity.key, entity.located_in, *entity.affiliations]
                         if k and k.startswith("country/"))  # La Réunion is France
    if len(named) != 1:
        return
    (own,) = named
    itself = {state_of(k) for k in countries_named(analysis, itself=True)}
    for d in deployments:
        if (d.origin is None and d.destination in (None, own) and id(d) not in multinational_ids
                and id(d) not in unknown_owner):
            d.origin, d.destination = (own if own in itself else None), None


def fill_respectively(analysis: Analysis, deployments: list[Deployment]) -> None:
    """ "Le Ghana et le Sénégal ont annoncé des contingents de 650 et 500 militaires
    respectivement": the figures of a sentence saying "respectivement" go, in
    order, to the countries it names before them, one each; a claimant among
    those countries is its own figure's."""
    by_sentence: dict[tuple[int, int], list[Deployment]] = {}
    for d in deployments:
        by_sentence.setdefault(segment(analysis, d.start), []).append(d)
    for seg, figures in by_sentence.items():
        if len(figures) < 2 or not re.search(r"\brespectivement\b", analysis.text[seg[0]:seg[1]], re.IGNORECASE):
            continue
        named: list[str] = []
        for m in analysis.mentions_in(seg[0], figures[0].start):
            entity = analysis.entity(m.entity)
            if entity is not None and entity.kind == COUNTRY and m.entity not in named:
                named.append(m.entity)
        if len(named) != len(figures):
            continue
        for d, key in zip(figures, named):
            d.origin = key
            if d.claimant in named:
                d.claimant = key
            if d.destination == key:
                d.destination = None


_EACH = re.compile(r"[\s»”\"]*\bchacun(?:e|s|es)?\b", re.IGNORECASE)
_EACH_BEFORE = re.compile(r"\bchacun(?:e|s|es)?[\s«“\"]*$", re.IGNORECASE)
_AND = re.compile(r"\s*(?:,|\bet\b)\s*(?:(?:le|la|les|l'|l’)\s*)?$", re.IGNORECASE)


_EACH_SIDE = re.compile(r"\b(?:de\s+chaque\s+côté|des\s+deux\s+côtés|de\s+part\s+et\s+d['’]autre)\b",
                        re.IGNORECASE)


def _two_sides(analysis: Analysis, seg) -> list[str]:
    """The two countries facing each other: those the sentence names, else the headline's
    (when the sentence names none other)."""
    found = []
    for start, end in (seg, (0, headline_end(analysis.text) or len(analysis.text))):
        keys = []
        for m in analysis.mentions_in(start, end):
            if (e := analysis.entity(m.entity)) is not None and e.kind == COUNTRY and m.entity not in keys:
                keys.append(m.entity)
        found.append(keys)
    sentence, headline = found
    if len(sentence) == 2:
        return sentence
    return headline if len(headline) == 2 and set(sentence) <= set(headline) else []


def split_sides(analysis: Analysis, deployments: list[Deployment]) -> list[Deployment]:
    """ "entre 50 000 et 60 000 soldats restent déployés de chaque côté de la frontière": a
    figure said of each side is one figure per side, each that country's own, of the two
    countries the sentence names, else the headline's ("New Delhi et Pékin annoncent …")."""
    out: list[Deployment] = []
    for d in deployments:
        out.append(d)
        seg = segment(analysis, d.start)
        if d.origin is not None or not _EACH_SIDE.search(analysis.text[d.end:seg[1]]):
            continue
        sides = _two_sides(analysis, seg)
        if not sides:
            continue
        d.origin, d.destination = sides[0], None
        out.append(replace(d, start=d.start + 1, origin=sides[1]))  # its own span, so its own node
    return out


def split_each(analysis: Analysis, deployments: list[Deployment]) -> list[Deployment]:
    """ "la Jamaïque et le Guatemala se sont engagés à envoyer une centaine
    d'hommes chacun", "fourniront chacun quelque 150 hommes": a figure next to
    "chacun" after countries coordinated before it is one figure per country,
    each that country's own (the gold convention: every claim is kept separately). A unit's "chacun" ("deux
    brigades de 6 000 soldats chacune") is a product, already counted."""
    out: list[Deployment] = []
    for d in deployments:
        out.append(d)
        if not (_EACH.match(analysis.text, d.end)  # "une centaine d'hommes chacun"
                or _EACH_BEFORE.search(analysis.text[max(0, d.start - 12):d.start])):  # "chacun 150 hommes"
            continue
        seg = segment(analysis, d.start)
        countries = [m for m in analysis.mentions_in(seg[0], d.start)
                     if (e := analysis.entity(m.entity)) is not None and e.kind == COUNTRY]
        # the last run of countries coordinated by "et" or commas
        run = countries[-1:]
        for a, b in zip(reversed(countries[:-1]), reversed(countries[1:])):
            if not _AND.match(analysis.text[a.end:b.start]):
                break
            run.insert(0, a)
        starts = {}
        for m in run:
            starts.setdefault(m.entity, m.start)
        keys = list(starts)
        if len(keys) < 2:
            continue
        d.origin = keys[0]
        for key in keys[1:]:  # its own span (from its country to the figure), so its own node
            out.append(replace(d, start=starts[key], origin=key,
                               destination=None if d.destination == key else d.destination))
        if d.destination == keys[0]:
            d.destination = None
    return out


def fill_at_home(deployments: list[Deployment], sentence_countries: dict[int, set[str]],
                 named: set[str], excluded: set[int], police: dict[int, str | None] | None = None,
                 usual_home: str | None = None, itself: set[str] = frozenset()) -> None:
    """Troops placed in a country whose sentence names no other country are that
    country's own, at home ("1 200 policiers mobilisés à Anderlecht", "l'armée
    a déployé deux bataillons à Bunia"): origin that country when the article
    ``named`` it itself (not only as a place's or an organisation's country:
    the gold convention leaves the origin of forces at home null when their
    country is never named), and no destination.
    Left as they are: troops leaving (Withdrawn: the country is the one they
    leave), troops of several countries or from abroad, and troops beside an
    organisation of no known country (``excluded``), unless they are police
    (``police``: cue ``home``, forces that serve at home, whatever body they
    belong to: figure id -> the country of the place their sentence names).
    Police placed nowhere serve in the country of their sentence's place, else
    in the country most of the article's places lie in (``usual_home``), when
    the article names that country itself (``itself``: not only as an
    organisation's, "Météo-France")."""
    police = police or {}
    for d in deployments:
        if (d.origin is None and d.destination and d.status != "Withdrawn"
                and (id(d) not in excluded or id(d) in police)
                and sentence_countries.get(id(d), set()) <= {d.destination}):
            d.origin = d.destination if d.destination in named else None
            d.destination = None
        elif d.origin is None and d.destination is None and id(d) in police:
            home = police[id(d)] or usual_home
            if home in itself and sentence_countries.get(id(d), set()) <= {home}:
                d.origin = home


_PARTS = re.compile(r"\bdont\b", re.IGNORECASE)


def fill_parts(text: str, deployments: list[Deployment]) -> None:
    """The parts of a group listed after "dont" ("un peu plus de 1 800 soldats, dont
    1 100 Français, 250 Belges et plus de 450 Néerlandais") stand where the group
    stands: a part with no destination takes the group's, when not its own country;
    and a group whose parts come from several countries has no one origin."""
    origins: dict[int, set] = {}  # id(group) -> its parts' origins
    groups = {}
    for i, d in enumerate(deployments):
        group = next((g for g in reversed(deployments[:i]) if g.evidence == d.evidence and g.end <= d.start
                      and _PARTS.search(text[g.end:d.start])), None)
        if group is None:
            continue
        groups[id(group)] = group
        origins.setdefault(id(group), set()).add(d.origin)
        if d.destination is None and group.destination and group.destination != d.origin:
            d.destination = group.destination
    for key, parts in origins.items():
        if len(parts - {None}) > 1:
            groups[key].origin = None


def fill_exercise_host(text: str, deployments: list[Deployment], home: str | None,
                       placed: set[int] = frozenset()) -> None:
    """In a paragraph on an exercise (a figure of mode Exercise), troops from abroad
    (of a known origin; several countries' troops of a maritime exercise may be at sea)
    with no destination ("environ 9 000 Américains", "le Japon a envoyé près de deux
    mille membres") take part in it where the article's places lie (``home``, a
    country the article names itself): the exercise's host. Not troops placed where
    no one country is ("dans les pays baltes"), nor those whose sentence places them in
    several countries (``placed``: "en Lituanie, en Lettonie et en Estonie")."""
    exercising = {paragraph_start(text, d.start) for d in deployments if d.mode == "Exercise"}
    if home is None or not exercising:
        return
    for d in deployments:
        if (d.destination is None and d.place is None and id(d) not in placed
                and d.origin is not None and d.origin != home and d.status != "Withdrawn"
                and paragraph_start(text, d.start) in exercising):  # (a place of no one country: none)
            d.destination = home


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """Whether a country's name is part of a longer name ("Météo-France",
    "France Télévisions"), which names an organisation, not the country."""
    return (start > 0 and text[start - 1] == "-") or bool(re.match(r"[-\s]+[A-ZÀ-Ý]", text[end:end + 3]))


def usual_home(analysis: Analysis) -> str | None:
    """The country most of the article's places lie in (a territory's state)."""
    counts = Counter()
    for m in analysis.mentions_in(0, len(analysis.text)):
        entity = analysis.entity(m.entity)
        home = place_country(analysis, m.entity) if entity is not None and entity.kind == PLACE else None
        if home:
            counts[home] += 1
    return counts.most_common(1)[0][0] if counts else None


def countries_named(analysis: Analysis, itself: bool = False) -> set[str]:
    """The countries the article names: themselves, or (unless ``itself``) as an
    actor's country (a place's country is not named: "à Narbonne" does not name
    France; nor, itself, does "l'État" that stands for it)."""
    named = set()
    for m in analysis.mentions_in(0, len(analysis.text)):
        entity = analysis.entity(m.entity)
        if entity is None or entity.kind == PLACE:
            continue
        if entity.kind == COUNTRY:
            if not (itself and (_inside_a_name(analysis.text, m.start, m.end)
                                or fold(analysis.text[m.start:m.end]) == "etat")):
                named.add(m.entity)
        elif not itself:
            named.update(k for k in entity.affiliations if k.startswith("country/"))
    return named
