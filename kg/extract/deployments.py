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
  is a deployment of its own from nowhere. With no troop noun, a unit's
  strength ("un deuxième groupe de 600") or a number subject of a status word
  ("Seuls 1 100 ont été déployés") counts where troops were just spoken of.
- **origin**: a country named on the troop noun ("soldats nord-coréens"),
  else the subject (or "par X" agent) of the sending verb
  ("Pyongyang avait envoyé", "envoyés par Pyongyang"); troops of the
  receiving side count ("la Russie avait rassemblé 50 000 soldats").
- **destination / place**: countries and places after "en, à, vers, dans,
  sur" on the sending verb or the noun ("en Russie", "sur le territoire
  russe", "à Koursk"); a place gives its country as the destination when the
  origin is another country (a region the gazetteer lacks, through its ISO
  3166-2 subdivision: "dans le Ouaddaï"); a headline's kicker ("Arménie :
  Paris va envoyer …") when nothing else does.
- **status**: the first status word (``kg/data/status_words.tsv``) on the chain
  of heads from the troop noun, by the time of its clause: "ont été envoyés" is
  Sent, "enverra", "va déployer", "a promis de fournir" are Planned, dated or
  not; "pourraient être déployés" is a forecast, Planned, Expected when an
  observer claims it (a claimant of another country than the troops', known once
  the article's origins are filled in) (:mod:`kg.extract.troops.status`); else
  a participle on the noun
  ("gendarmes attendus"); with no status word, the nearest cue of the
  sentence, else Deployed.
- **claimant**: the speaker of a statement (:mod:`kg.extract.statements`)
  whose quote holds the figure, else "selon X" / "d'après X", else the
  subject of a claim verb ("ont déclaré les États-Unis", "le NIS a estimé").
  An unnamed source with a nationality ("selon des sources sécuritaires
  marocaines") is its country; a figure whose sentence names nobody takes the
  speaker of the reported statement of the sentence before, in its paragraph.
  When the article gives the figure in its own voice (or cites an unnamed
  source: "des sources proches du dossier") the claimant is None, never
  guessed; the outlet is on the article (``dcterms:publisher``).
The helpers live in :mod:`kg.extract.troops`, one module per field.

- A sentence opening with "De ce montant", "Parmi eux"… or with the figure
  itself right after a sentence that announced a sending without a figure
  continues the previous claim and inherits its claimant and countries.
- "de 650 et 500 militaires respectivement": the figures go, in order, to the
  countries the sentence names before them.
- Troops placed in a country whose sentence names no other country are its
  own, at home: origin that country, no destination ("1 200 policiers
  mobilisés à Anderlecht"), when the article names that country (else
  neither); police placed nowhere serve in the country of the article's
  places. Troops spread over several countries ("en Roumanie et en
  Lituanie") have no destination.
- Within one article, a figure with no origin or destination takes them from
  the article's most frequent explicit (origin, destination) pair, when what
  it does say agrees with that pair and its sentence names no other country.
- **date**: the date phrase of the sentence (not a deadline: "d'ici
  décembre"), resolved by :mod:`kg.dates` only against a known article date
  or a year in the phrase.
"""
from __future__ import annotations

from ..analysis import Analysis
from ..records import ORGANIZATION, Deployment
from .troops.actors import country, countries_in, ensure_entity
from .troops.article import (countries_named, fill_at_home, fill_exercise_host, fill_parts, fill_from_article, fill_from_context,
                             fill_own_country, fill_respectively, fill_usual_origin, multinational, of_an_alliance, placed_apart,
                             sent_by_alliance, split_each, split_sides, usual_home)
from .troops.claimant import claimant as find_claimant
from .troops.continuation import Context, continues, said_before, sentence_context
from .troops.cues import cues
from .troops.destination import coming_home, headline_setting, kicker_country, names_countries_placed, there, where
from .troops.figures import find_figures, is_army_size, is_casualty
from .troops.missions import missions_named, one_host
from .troops.origin import (announced_own, irregular_of_no_country, left_country, named_actor, neighbours,
                            claimant_sends, origin as find_origin, ours, several_demonyms, we_send)
from .troops.regions import place_country
from .troops.sentences import paragraph_start, previous_segment, segment, token_at
from .troops.status import date, mode, says_withdrawn, status_and_forecast
from .troops.territories import state_of
from .troops.totals import of_a_joint_body, totals_of_several
from .troops.tree import head_chain


def find_deployments(analysis: Analysis) -> None:
    """Add a Deployment for every troop figure of the article."""
    found: list[Deployment] = []
    named_in: dict[int, set[str]] = {}  # id(deployment) -> countries its sentence names
    multinational_ids: set[int] = set()  # ids of figures of several countries' troops
    unknown_owner: set[int] = set()  # ids of figures beside an organisation of no known country
    irregular: set[int] = set()  # ids of figures of a non-state group's fighters
    forecasts: set[int] = set()  # ids of figures of a possible move ("pourraient être déployés")
    totals: set[int] = set()  # ids of figures totalling troops counted before ("portant le total à")
    joint_around: dict[int, set[str]] = {}  # id(figure of several countries' troops) -> countries around it
    sentence_countries: dict[int, set[str]] = {}  # id(deployment) -> countries its whole sentence names
    police: dict[int, str | None] = {}  # id(figure of forces serving at home) -> its place's country
    contexts: dict[tuple[int, int], Context] = {}
    last_seg: tuple[int, int] | None = None
    made: dict[int, Deployment] = {}  # id(figure) -> its deployment
    placed: set[int] = set()  # ids of figures whose sentence names a country after "en", "à"…
    missions: list[set] = []  # the missions the article names, once asked
    for figure in find_figures(analysis):
        seg = segment(analysis, figure.amount.number_start)
        anchor = figure.noun or token_at(analysis, figure.amount.number_start)
        if figure.part_of is not None:  # "18 des 40 soldats … ont quitté": what the 18 did
            anchor = token_at(analysis, figure.amount.number_start)
        if anchor is None:
            continue
        chain = head_chain(anchor, seg)
        if is_casualty(analysis, figure, chain):
            continue
        origin = own_origin = find_origin(analysis, figure, seg, chain)
        if several_demonyms(analysis, figure):  # "soldats russes et biélorusses": no one origin
            origin = own_origin = None
        like = made.get(id(figure.like)) if figure.like is not None else None
        if like is not None and like.origin:  # "600 autres": more of the same troops
            origin = like.origin
        destination, place = where(analysis, figure, seg, chain, origin)
        if destination is not None and coming_home(chain):  # "est rentré à Rome": home
            origin, destination = origin or destination, None
        if destination is None and like is not None and like.destination != origin:
            destination = like.destination
        if destination is None and place is None and found and there(chain):
            # "Berlin envisagerait d'y envoyer …": where the figure before was
            before = next((d for d in reversed(found) if d.destination or d.place), None)
            if before is not None and before.destination != origin:
                destination, place = before.destination, before.place
        if destination is not None and state_of(destination) != destination and ensure_entity(
                analysis, state_of(destination)):
            destination = state_of(destination)  # "en Nouvelle-Calédonie": France
        if destination is None:
            host = _mission_host(analysis, seg, missions)
            if host is not None and host != origin and ensure_entity(analysis, host):
                destination = host
        # A part singled out from its group is singled out for what it did: if the
        # sentence says some left, it is the part that left; the group stays.
        status, forecast = status_and_forecast(analysis, figure, seg, chain,
                                               skip=("Withdrawn",) if figure.has_part else ())
        if figure.part_of is not None and says_withdrawn(analysis, seg):
            status, forecast = "Withdrawn", False
        alliance = (of_an_alliance(analysis, figure, seg) or sent_by_alliance(analysis, chain, seg)
                    or of_a_joint_body(analysis, figure, seg) or several_demonyms(analysis, figure))
        several = alliance or multinational(analysis, seg)
        if alliance:
            origin = None  # "soldats de l'Otan": no single origin
        claimant, attributed = find_claimant(analysis, figure, seg, chain)
        if origin is None and claimant and (we_send(chain) or claimant_sends(analysis, chain, claimant)):
            origin = country(analysis, claimant)  # "« Nous avons envoyé 5 000 soldats », a dit X"
        if claimant and ours(analysis, figure) and country(analysis, claimant):
            origin = country(analysis, claimant)  # "300 de nos marins ont été projetés au large du Yémen"
        claimer = analysis.entity(claimant) if claimant else None
        named = countries_in(analysis, seg)
        if (origin is None and claimer is not None and claimer.kind == ORGANIZATION and claimer.affiliations
                and named <= {country(analysis, claimant), destination} and not several):
            # a ministry or an army speaking of troops, in a sentence naming no other country
            # than where they are: its own
            origin = country(analysis, claimant)
        if origin is None and claimant:
            origin = announced_own(analysis, chain, claimant, seg, destination)  # "a annoncé le déploiement de"
        if origin is None:
            origin = _national_operation(analysis, seg)
        if origin is None and not several:
            excluded = {country(analysis, claimant), destination}
            origin = named_actor(analysis, figure, seg, excluded)
            previous = previous_segment(analysis, seg)
            if origin is None and previous is not None and previous not in contexts and (
                    paragraph_start(analysis.text, previous[0]) == paragraph_start(analysis.text, seg[0])):
                # "l'Allemagne stationne une brigade hors de ses frontières. La brigade doit
                # compter 4 800 soldats": the actor of the sentence before, in the paragraph
                origin = named_actor(analysis, figure, previous, excluded)
        if status == "Withdrawn" and destination is None:
            destination = left_country(analysis, figure, seg, chain, origin)
        day = date(analysis, seg)
        inherited = False
        if not attributed and continues(analysis, figure, seg):
            previous = previous_segment(analysis, seg)
            if previous is not None:
                context = contexts.get(previous)
                if context is None:
                    context = sentence_context(analysis, previous)
                    if previous == last_seg:
                        context.has_figure = True
                if context.attributed and (figure.start != seg[0] or not context.has_figure):
                    inherited = True
                    claimant = context.claimant
                    origin = origin or context.origin
                    destination = destination or (context.destination if context.destination != origin else None)
                    status = status or context.status
                    day = day or context.date
                    if alliance:
                        origin = None  # a body of several countries' troops, whatever the sentence before
        if claimant is None and not attributed and not inherited and previous_segment(analysis, seg) not in contexts:
            claimant = said_before(analysis, seg)  # "…, indique le DDPS. L'effectif est fixé à 3 000 militaires"
        if status is None and not inherited and is_army_size(analysis, figure):
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
            status=status or "Deployed",  # troops counted somewhere, by no status word, are there
            claimant=claimant,
            date=day,
            mode=mode(analysis, seg),
        )
        found.append(deployment)
        made[id(figure)] = deployment
        if names_countries_placed(analysis, seg):
            placed.add(id(deployment))
        if forecast and not inherited:
            forecasts.add(id(deployment))
        if figure.total:
            totals.add(id(deployment))
        # the countries the sentence names before the figure, but the claimant's
        named_in[id(deployment)] = (countries_in(analysis, (seg[0], figure.start))
                                    - {country(analysis, claimant)})
        # a sentence naming only neighbours across the border the troops stand on ("engagés le
        # long des frontières avec la Hongrie") names no other country they are in
        sentence_countries[id(deployment)] = named if named & {deployment.destination} else (
            named - neighbours(analysis, seg))
        if several:
            multinational_ids.add(id(deployment))
            # the countries around several countries' troops: their sentence and the one before
            # in their paragraph, but border neighbours and the claimant's
            previous = previous_segment(analysis, seg)
            around = named - neighbours(analysis, seg)
            if previous is not None and paragraph_start(analysis.text, previous[0]) == paragraph_start(
                    analysis.text, seg[0]):
                around |= countries_in(analysis, previous) - neighbours(analysis, previous)
            joint_around[id(deployment)] = around - {country(analysis, claimant)}
        elif figure.noun is not None and cues().has("home", figure.noun):
            # police and gendarmes serve at home: in the country of their place, whatever
            # neighbour the sentence names ("en renfort à la frontière avec l'Espagne")
            police[id(deployment)] = place_country(analysis, place)
            sentence_countries[id(deployment)] = named - neighbours(analysis, seg)
        if own_origin is None and irregular_of_no_country(analysis, figure, seg):
            irregular.add(id(deployment))
        if any(m.entity != claimant and (e := analysis.entity(m.entity)) is not None
               and e.kind == ORGANIZATION and country(analysis, m.entity) is None
               and not _bracketed(analysis.text, m.start, m.end)
               for m in analysis.mentions_in(*seg)):
            unknown_owner.add(id(deployment))  # troops of an organisation of no known country
        contexts[seg] = Context(claimant, attributed or inherited, deployment.origin,
                                deployment.destination, status, True, day)
        last_seg = seg
    fill_respectively(analysis, found)
    host = one_host(_article_missions(analysis, missions)) if found else None
    host = (host if host and ensure_entity(analysis, host) else None) or (kicker_country(analysis) if found else None)
    setting = headline_setting(analysis) if found and host is None else None
    # the paragraph's origin is nearer than the article's usual pair
    apart = placed_apart(analysis, found)
    fill_from_context(analysis.text, found, named_in, multinational_ids, host,
                      {id(d) for d in found if id(d) in police and d.origin is None}, apart,  # police at home
                      joint_around, setting)
    fill_from_article(found, named_in, multinational_ids, apart)
    fill_parts(analysis.text, found)
    fill_own_country(analysis, found, multinational_ids, unknown_owner)
    for d in found:
        claimer = analysis.entity(d.claimant) if d.claimant else None
        if (d.origin is None and d.destination and claimer is not None and claimer.kind == ORGANIZATION
                and country(analysis, d.claimant) == d.destination and id(d) not in multinational_ids):
            # an army or a ministry speaking of troops in its own country: its own troops, at home
            d.origin, d.destination = d.destination, None
    itself = countries_named(analysis, itself=True)
    home = usual_home(analysis)
    fill_at_home(found, sentence_countries, itself, multinational_ids | unknown_owner,
                 police, home, itself)
    fill_exercise_host(analysis.text, found, home if home in itself else None, placed)
    fill_usual_origin(found, named_in, multinational_ids | unknown_owner)
    for d in found:
        if id(d) in irregular:  # a non-state group's fighters: of no country, sent nowhere
            d.origin = d.destination = None
    totals_of_several(analysis.text, found, totals)
    _observers_expect(analysis, found, forecasts)
    analysis.records.deployments.extend(split_sides(analysis, split_each(analysis, found)))


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether a mention stands alone in brackets: a dateline's agency ("Lomé, 3 mars
    (LFL) –") or the acronym of the name just before it, already counted there."""
    return text[start - 1:start] == "(" and text[end:end + 1] == ")"


def _observers_expect(analysis: Analysis, deployments: list[Deployment], forecasts: set[int]) -> None:
    """A forecast ("pourraient être déployés") that a claimant of another country
    than the troops' makes ("selon Séoul, jusqu'à 12 000 soldats nord-coréens
    pourraient être déployés") is an observer's anticipation with no decision
    announced: the ontology's Expected. The troops' own side (or the article's
    voice) saying what it could do is Planned."""
    for d in deployments:
        if id(d) in forecasts and d.status == "Planned":
            said_by = country(analysis, d.claimant)
            if said_by is not None and said_by != d.origin:
                d.status = "Expected"


def _mission_host(analysis: Analysis, seg, missions: list) -> str | None:
    """The host country of the mission the sentence names ("700 militaires à la
    Finul"); for troops of several countries ("nos 10 000 casques bleus"), of the
    one mission the article names. ``missions`` caches the article's."""
    host = one_host(missions_named(analysis.text[seg[0]:seg[1]]))
    if host is None and multinational(analysis, seg):
        host = one_host(_article_missions(analysis, missions))
    return host


def _article_missions(analysis: Analysis, missions: list) -> set:
    """The missions the article names, computed once into ``missions``."""
    if not missions:
        missions.append(missions_named(analysis.text))
    return missions[0]


def _national_operation(analysis: Analysis, seg) -> str | None:
    """The country whose operation the sentence names ("opération Sangaris"): its troops'.
    An operation at home ("l'opération Sentinelle" in France) does not name its country:
    its troops are at home, of no origin unless the article names that country itself
    (the gold convention for forces at home)."""
    missions = missions_named(analysis.text[seg[0]:seg[1]])
    forces = {m.forces for m in missions}
    key = next(iter(forces)) if len(forces) == 1 else None
    if key and all(m.host == key for m in missions) and key not in countries_named(analysis, itself=True):
        return None
    return key if key and ensure_entity(analysis, key) else None
