"""Where troops go: the destination country and the place of a figure, from
the places after "en, à, vers, dans, sur" on the sending verb or the noun."""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import COUNTRY, ORGANIZATION, PERSON, PLACE, Mention
from .actors import country, ensure_entity, is_country_key
from .claimant import source_phrase
from .cues import cues
from .figures import Figure, holds
from .regions import place_country
from .sentences import headline_end, token_at
from .status import leaving_for
from .tree import subject_of, subtree

DEST_PREPS = {"en", "à", "a", "au", "aux", "vers", "dans", "sur", "jusqu'", "jusque"}
ORIGIN_PREPS = {"depuis", "de", "d'", "du", "des"}
PLACE_WORDS = {
    "région", "oblast", "province", "territoire", "sol", "zone", "zones", "ville", "frontière",
    "secteur", "district", "port", "base", "bases", "camp", "camps", "front", "république",
    "péninsule", "capitale", "partie", "est", "ouest", "nord", "sud", "russe", "russes",
    "nord-est", "nord-ouest", "sud-est", "sud-ouest", "centre", "centre-est", "centre-ouest",
    "extrême-nord", "extrême-sud", "cœur", "intérieur", "littoral", "côte", "côtes", "large",
    # administrative units named with "de": "dans l'État de Borno", "le département du Centre"
    "état", "département", "préfecture", "gouvernorat", "comté", "canton", "wilaya", "commune",
    "municipalité", "arrondissement",
}
_COMES_FROM = re.compile(
    r"\b(?:venu|venue|venus|venues|parti|partie|partis|parties|originaires?|provenance|depuis|"
    r"retour|rapatriés?)\b[^,.;]{0,25}$",
    re.IGNORECASE,
)
#: "venus d'Okinawa, au Japon", "arrivés de Bamako, au Mali": the country in apposition to
#: where troops come from is theirs, not where they go
_COMES_FROM_APPOSED = re.compile(
    r"\b(?:venu|venue|venus|venues|originaires?|arriv\w*|parti|partie|partis|parties)\s+"
    r"(?:de|d'|d’|du|des)\s*[^,.;:]{1,30},\s*(?:en|au|aux|à|a)\s+(?:(?:l'|l’|la|le|les)\s*)?$",
    re.IGNORECASE,
)
#: "l'accord entre Dakar et Madrid", "les liaisons entre Kiev et Varsovie": places in a relation
#: between two, neither of which is where the troops are
_BETWEEN = re.compile(r"\bentre\b[^,.;:]{0,30}$", re.IGNORECASE)
_ALONG_BORDER = re.compile(r"\ble\s+long\s+de\s+(?:la|leur|sa|leurs|ses|les)\s+fronti[eè]res?\b", re.IGNORECASE)
NEAR = 80  # characters: how far an unattached destination may lie from the figure


def lead_prep(mention: Mention, analysis: Analysis) -> str | None:
    """The preposition that introduces ``mention``: "en" in "en Russie", "sur" in "sur le sol russe"."""
    doc = analysis.doc
    token = token_at(analysis, mention.start)
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


def names_countries_placed(analysis: Analysis, seg) -> bool:
    """Whether the sentence names a country after a place preposition ("en Lituanie, en
    Lettonie et en Estonie"): troops it leaves with no destination are spread, not unplaced."""
    return any((e := analysis.entity(m.entity)) is not None and e.kind == COUNTRY
               and lead_prep(m, analysis) in DEST_PREPS for m in analysis.mentions_in(*seg))


def _names_a_speaker(analysis: Analysis, subject, seg) -> bool:
    """Whether an inverted subject names a person or an organisation (who speaks)."""
    tokens = subtree(subject, seg)
    return any((e := analysis.entity(m.entity)) is not None and e.kind in (PERSON, ORGANIZATION)
               for t in tokens if (m := analysis.mention_at(t.idx)) is not None)


def where(analysis: Analysis, figure: Figure, seg, chain, origin) -> tuple[str | None, str | None]:
    """(destination country, place) of a figure."""
    anchor = figure.amount.number_start
    candidates: list[tuple[int, int, Mention]] = []  # (rank, distance, mention)
    attached, said_at, bound_for = set(), set(), set()
    claim = cues()
    for token in analysis.tokens_in(*seg):
        if claim.has("claim", token) and token.pos_ == "VERB" and not holds(token, figure):
            said_at.update(t.i for t in subtree(token, seg))  # "…, a annoncé à Niamey le ministre"
    source = source_phrase(analysis, seg)
    if source is not None and not (source[0] <= figure.start < source[1]):
        # "selon des diplomates en poste à New York": where the source is
        said_at.update(t.i for t in analysis.tokens_in(*source))
    if source is not None and source[0] > figure.end:
        # "…, selon L'Observateur, un site basé à Casablanca": the apposition after a closing
        # source says where the source is
        said_at.update(t.i for t in analysis.tokens_in(source[1], seg[1]))
    saying = False  # past the verb whose content holds the figure: the saying's clauses
    for below, head in zip([None, *chain], chain):
        # "a annoncé mercredi à Niamey le ministre": where it was said, not where they go
        # (but "un détachement … relèvera … en Roumanie": the troops are what it governs);
        # "À New York, X a salué … et rappelé que la mission comptait …": the clauses
        # above the saying are the speaker's
        reported = saying or (below is not None and claim.has("claim", head)
                              and below.dep_.split(":")[0] not in ("nsubj", "obj", "nmod"))
        saying = reported
        for child in head.children:
            if child in chain:
                continue
            # "…, a indiqué un porte-parole de l'ONU à New York": where the speaker is
            speaker = (claim.has("claim", head) and head.pos_ == "VERB" and child.dep_.startswith("nsubj")
                       and child.i > head.i and _names_a_speaker(analysis, child, seg))
            # "ont quitté la caserne de Bourg-Léopold pour la Roumanie": where they come from
            left = child.dep_ == "obj" and leaving_for(head) is not None
            into = said_at if reported or speaker or left else attached
            for t in subtree(child, seg):
                into.add(t.i)
        bound = leaving_for(head)
        if bound is not None:
            bound_for.update(t.i for t in subtree(bound, seg))
    for mention in analysis.mentions_in(*seg):
        if figure.start <= mention.start < figure.end and figure.noun is not None:
            continue  # the troops' own demonym
        prep = lead_prep(mention, analysis)
        token = token_at(analysis, mention.start)
        if prep not in DEST_PREPS and not (prep == "pour" and token is not None and token.i in bound_for):
            continue
        if token is not None and token.i in said_at:
            continue
        if _COMES_FROM_APPOSED.search(analysis.text[max(seg[0], mention.start - 60): mention.start]):
            continue
        rank = 0 if token is not None and token.i in attached else 1
        if rank and abs(mention.start - anchor) > NEAR:
            continue  # another clause's "en Europe"
        candidates.append((rank, abs(mention.start - anchor), mention))
    candidates.sort(key=lambda c: (c[0], c[1]))
    destination = place = army = None
    receiver = _receiver(analysis, chain, seg, origin)
    for _, _, mention in candidates:
        entity = analysis.entity(mention.entity)
        if entity is None:
            continue
        if entity.kind == PLACE and place is None:
            place = mention.entity
        elif (entity.kind == COUNTRY and destination is None and mention.entity != origin
              and is_country_key(mention.entity) and receiver is None):  # not a place typed as a country
            destination = mention.entity  # (the country that receives them is where they are)
        elif entity.kind == ORGANIZATION and army is None and lead_prep(mention, analysis) == "dans":
            army = country(analysis, mention.entity)  # "servaient dans l'armée russe"
    if destination is not None and _spread(analysis, destination, candidates):
        destination = None  # "en Roumanie et en Lituanie": spread over several countries, none
    if place is None:
        # A place named later in the sentence: "… pour reprendre … la région de Koursk",
        # but not where troops come from ("venus de Tchétchénie").
        for mention in analysis.mentions_in(figure.end, seg[1]):
            entity = analysis.entity(mention.entity)
            before = analysis.text[max(seg[0], mention.start - 40): mention.start]
            token = token_at(analysis, mention.start)
            if token is not None and token.i in said_at:
                continue
            if entity is not None and entity.kind == PLACE and not _COMES_FROM.search(before) \
                    and not _BETWEEN.search(before):
                place = mention.entity
                break
    if place is not None and _places_spread(analysis, place, seg):
        place = None  # "vers les districts de Khyber et de Kurram": two places, none
    if destination is None:
        destination = receiver
    if destination is None and place is not None and not _ALONG_BORDER.search(analysis.text[seg[0]:seg[1]]):
        # (troops massed "le long de la frontière, dans les régions de Syunik" stand on their side of it)
        located = place_country(analysis, place)  # the gazetteer's, else its region's ("dans le Ouaddaï")
        if located and located != origin and ensure_entity(analysis, located):
            destination = located
    if destination is None and army != origin:
        destination = army
    if destination is None:
        destination = _kicker(analysis, seg, figure, origin)
    return destination, place


def _receiver(analysis: Analysis, chain, seg, origin) -> str | None:
    """The country subject of a receiving verb above the figure (cue ``receive``:
    "la Pologne, qui accueille déjà environ 10 000 militaires américains",
    "le Liban recevra 500 soldats"): where the troops are."""
    c = cues()
    for token in chain[1:]:
        if c.has("claim", token) and token.pos_ in ("VERB", "AUX"):
            return None  # the clauses above the saying are not about these troops
        if not (c.has("receive", token) and token.pos_ == "VERB"):
            continue
        subject = subject_of(token, seg)
        if subject is not None and subject.lower_ in ("qui",) and token.dep_ == "acl:relcl":
            subject = token.head  # "la Pologne, qui accueille …"
        if subject is None or subject.dep_ == "nsubj:pass":
            return None
        mention = analysis.mention_at(subject.idx)
        entity = analysis.entity(mention.entity) if mention is not None else None
        if entity is not None and entity.kind == COUNTRY and is_country_key(mention.entity) \
                and mention.entity != origin:
            return mention.entity
        return None
    return None


def coming_home(chain) -> bool:
    """Whether a homecoming verb governs the figure (cue ``homecoming``: "un premier
    groupe de 300 militaires est rentré à Rome"): where they go is their home."""
    c = cues()
    return any(c.has("homecoming", token) and token.pos_ == "VERB" for token in chain[1:])


def there(chain) -> bool:
    """Whether a verb above the figure takes the clitic "y" ("Berlin envisagerait
    d'y envoyer 1 000 militaires", "la France y maintient 1 000 militaires"):
    the troops go where the text was just speaking of."""
    return any(child.lower_ == "y" and child.pos_ == "PRON" for token in chain[1:]
               if token.pos_ in ("VERB", "AUX") for child in token.children)


_KICKER = re.compile(r"\s*([^:\n]{1,40}?)\s*:\s")


def _kicker(analysis: Analysis, seg, figure: Figure, origin) -> str | None:
    """The country a headline's kicker names ("Arménie : Paris va envoyer une
    cinquantaine d'instructeurs", "Fusillades à Bruxelles : jusqu'à 700
    militaires …"): where the story and its troops are, for a headline figure
    after it that names no destination of its own."""
    if analysis.text.rfind("\n", 0, seg[0]) != -1:
        return None  # only the headline, the article's first line
    m = _KICKER.match(analysis.text, seg[0], seg[1])
    if m is None or m.end() > figure.start or _names_a_pair(analysis, m):
        return None
    return _kicker_country(analysis, m, origin)


def _names_a_pair(analysis: Analysis, m: re.Match) -> bool:
    """Whether the kicker names two countries ("Frontière Thaïlande-Cambodge :",
    "Inde-Chine :"): a border or a relation between them, where no figure is sent."""
    return len({mention.entity for mention in analysis.mentions_in(m.start(1), m.end(1))
                if (e := analysis.entity(mention.entity)) is not None and e.kind == COUNTRY}) > 1


def kicker_country(analysis: Analysis) -> str | None:
    """The country the headline's kicker names ("Lituanie : la brigade
    allemande mène son premier grand exercice"): where the story is, the
    usual destination of an article whose figures name none. Only a kicker
    that is a country's name and nothing else: a region's ("Hautes-Pyrénées :")
    heads home news, and a longer one names a place ("Lac Tchad :"), a border
    ("Frontière soudanaise :") or a pair ("Arménie-Azerbaïdjan :")."""
    m = _KICKER.match(analysis.text, 0, headline_end(analysis.text))
    if m is None:
        return None
    whole = [mention for mention in analysis.mentions_in(m.start(1), m.end(1))
             if (mention.start, mention.end) == (m.start(1), m.end(1))]
    return _kicker_country(analysis, m, None, places=False) if whole else None


def headline_setting(analysis: Analysis) -> str | None:
    """The one country the headline places its story in, after "en, au, aux"
    ("…, assure le commandant canadien en Lettonie"): where the article's troops
    are, when its figures name no destination. None when it places the story in
    several countries."""
    placed = {m.entity for m in analysis.mentions_in(0, headline_end(analysis.text))
              if (e := analysis.entity(m.entity)) is not None and e.kind == COUNTRY
              and lead_prep(m, analysis) in ("en", "au", "aux")}
    return next(iter(placed)) if len(placed) == 1 and is_country_key(next(iter(placed))) else None


def _kicker_country(analysis: Analysis, m: re.Match, origin, places: bool = True) -> str | None:
    """The country (or, with ``places``, a place's country) named in the kicker ``m``, not ``origin``."""
    for mention in analysis.mentions_in(m.start(1), m.end(1)):
        entity = analysis.entity(mention.entity)
        found = mention.entity if entity is not None and entity.kind == COUNTRY else (
            place_country(analysis, mention.entity) if places and entity is not None and entity.kind == PLACE
            else None)
        if found and found != origin and ensure_entity(analysis, found):
            return found
    return None


_AND_IN = re.compile(
    r"\s*(?:,|\bet\b|\bou\b)\s*(?:(?:en|au|aux|à|dans|vers)\s+)?(?:(?:l'|l’|la|le|les)\s*)?$", re.IGNORECASE)


_AND_OF = re.compile(
    r"\s*(?:\bet\b|\bou\b)\s*(?:(?:de|du|des|d'|d’|en|au|aux|à|dans)\s*)?(?:(?:l'|l’|la|le|les)\s*)?$",
    re.IGNORECASE)


_COMMA_OF = re.compile(r"\s*,\s*(?:(?:de|du|des|d'|d’|en|au|aux|à|dans)\s*)?(?:(?:l'|l’|la|le|les)\s*)?$",
                       re.IGNORECASE)


def _places_spread(analysis: Analysis, place: str, seg) -> bool:
    """Whether the place is coordinated with another place ("les districts de Khyber
    et de Kurram"): troops spread over several places have no one place (the gold
    convention, h6's README, choice 9)."""
    places = [m for m in analysis.mentions_in(*seg)
              if (e := analysis.entity(m.entity)) is not None and e.kind == PLACE]
    listed = []  # the places of the list being read ("au Texas, en Arizona et en Californie")
    for a, b in zip(places, places[1:]):
        between = analysis.text[a.end:b.start]
        if _AND_OF.match(between):
            if place in {m.entity for m in (*listed, a, b)} and len({m.entity for m in (*listed, a, b)}) > 1:
                return True
            listed = []
        elif _COMMA_OF.match(between):
            listed.append(a)  # a comma in a list, if an "et" closes it
        else:
            listed = []
    return False


def _spread(analysis: Analysis, destination: str, candidates) -> bool:
    """Whether the destination is coordinated with another country ("engagés en
    Roumanie et en Lituanie"): troops spread over several countries have no one
    destination (the gold convention)."""
    countries = sorted((m.start, m.end, m.entity) for _, _, m in candidates
                       if (e := analysis.entity(m.entity)) is not None and e.kind == COUNTRY)
    return any(a[2] != b[2] and destination in (a[2], b[2]) and _AND_IN.match(analysis.text[a[1]:b[0]])
               for a, b in zip(countries, countries[1:]))
