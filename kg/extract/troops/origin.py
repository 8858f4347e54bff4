"""Where troops come from: the sending country of a figure, and the country
withdrawn troops leave."""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...gazetteer import load_gazetteer
from ...records import COUNTRY, ORGANIZATION
from .actors import alone_in_brackets, best_in, countries_in, country, ensure_entity
from .cues import cues, sentence_cues, troop_nouns
from .figures import Figure, holds
from .destination import PLACE_WORDS, lead_prep
from .sentences import headline_end, token_from
from .tree import subject_of, subtree


def origin(analysis: Analysis, figure: Figure, seg, chain) -> str | None:
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
                if child.dep_ == "amod" and _qualifies_a_name(child, noun):
                    continue  # "soldats en Laponie finlandaise": the place's country, not theirs
                tokens = [t for t in subtree(child, seg) if not _below_place(t, child)]
                if any(t.pos_ == "NUM" for t in tokens):
                    continue  # "casques bleus (…), dont 1 000 Italiens": a part counted apart
                found = country(analysis, best_in(analysis, tokens, (COUNTRY,)))
                if found and child.dep_ == "amod":
                    return found
                if found is None and child.dep_ == "nmod":
                    # "combattants des Forces armées soudanaises", "membres de l'Africa Corps":
                    # the force's own country
                    found = country(analysis, best_in(analysis, tokens, (ORGANIZATION,)))
                    covering = analysis.mention_at(child.idx)  # a name the parse splits ("Africa | Corps")
                    if found is None and covering is not None and _is_actor(analysis, covering.entity):
                        found = country(analysis, covering.entity)
                of_country = of_country or found
        after = token_from(analysis, figure.end)  # "soldats de la paix russes": after a noun of words
        if after is not None and after.idx < seg[1] and after.is_lower and after.pos_ == "ADJ":
            found = load_gazetteer().country_of(after.text)
            if found and ensure_entity(analysis, found):
                return found
        nxt = noun.i + 1
        while nxt < len(noun.doc) and nxt <= noun.i + 2:
            mention = analysis.mention_at(noun.doc[nxt].idx)
            if mention is not None and mention.text[:1].islower():
                found = country(analysis, mention.entity)
                if found:
                    return found
            if noun.doc[nxt].pos_ != "ADJ":
                break
            nxt += 1
    c = cues()
    for token in chain[1:]:
        if c.has("claim", token) and token.pos_ in ("VERB", "AUX") and not c.has("send", token):
            break  # the clauses above the saying are not about these troops
        if c.has("send", token):
            for child in token.children:
                if child.dep_ in ("obl:agent",) or (
                    child.dep_.startswith("obl") and any(x.lower_ == "par" for x in child.children)
                ):
                    found = country(analysis, best_in(analysis, subtree(child, seg)))
                    if found:
                        return found
            subject = subject_of(token, seg)
            if subject is not None and subject.dep_ != "nsubj:pass":
                # "La ministre ghanéenne de la Défense, X, avait promis d'envoyer": the
                # person's country, else her demonym's (not a place in the subject:
                # "La brigade, stationnée en Lituanie, engage …")
                found = country(analysis, best_in(analysis, subtree(subject, seg))) or country(
                    analysis, best_in(analysis, [c for c in subject.children if c.dep_ == "amod"], (COUNTRY,)))
                if found:
                    return found
    return of_country or _unit_owner(analysis, figure, seg) or _holder(analysis, figure, seg, chain)


_DEMONYM_RUN = re.compile(r"(?:\s*,\s*|\s+et\s+|\s+ou\s+|\s+)([a-zà-ÿ-]+)")


def several_demonyms(analysis: Analysis, figure: Figure) -> bool:
    """Whether the troop noun is followed by the demonyms of several countries
    ("militaires philippins, américains et japonais", "soldats russes et
    biélorusses"): troops of several countries, of no one origin."""
    if figure.noun is None:
        return False
    gaz = load_gazetteer()
    found, at = set(), figure.noun.idx + len(figure.noun)
    while (m := _DEMONYM_RUN.match(analysis.text, at)) and (key := gaz.country_of(m.group(1))):
        found.add(key)
        at = m.end()
    return len(found) > 1


def _qualifies_a_name(adjective, noun) -> bool:
    """Whether an adjective the parse hangs on the troop noun follows a proper
    noun between them ("soldats en Laponie finlandaise"): it qualifies that name."""
    before = adjective.doc[adjective.i - 1]
    return before.i > noun.i and before.pos_ == "PROPN"


def _is_actor(analysis: Analysis, key: str) -> bool:
    """Whether ``key`` is a country or an organisation, which can hold troops."""
    entity = analysis.entity(key)
    return entity is not None and entity.kind in (COUNTRY, ORGANIZATION)


def _below_place(token, top) -> bool:
    """Whether a place word lies on the way from ``token`` up to ``top``: the
    country of "soldats … le long de la frontière avec le Bélarus" is where they
    stand, not whose they are."""
    while True:
        if token.lower_ in PLACE_WORDS:
            return True
        if token.i == top.i or token.head.i == token.i:
            return False
        token = token.head


def _unit_owner(analysis: Analysis, figure: Figure, seg) -> str | None:
    """The country of a unit named just before the figure: "un bataillon zambien
    d'environ 800 hommes", "le contingent russe (…) avec une centaine d'hommes",
    "les gardes-frontières russes (…), soit quelque 300 hommes"."""
    c = cues()
    strong, _ = troop_nouns()
    tokens = analysis.tokens_in(seg[0], figure.amount.start)[-12:]
    for i in range(len(tokens) - 1, 0, -1):
        t = tokens[i]
        found = load_gazetteer().country_of(t.text) if t.is_lower else None
        if found and (c.has("unit", tokens[i - 1]) or tokens[i - 1].lower_ in strong
                      or tokens[i - 1].lower_ in ("contingent", "contingents")):
            return found
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
        if c.has("claim", token) and token.pos_ in ("VERB", "AUX"):
            break  # who says it is the claimant, and the clauses above it are about the saying
        if token.pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        subject = subject_of(token, seg) if token.pos_ != "NOUN" else None
        if subject is not None and subject.lower_ in ("qui", "dont") and token.dep_ == "acl:relcl":
            subject = token.head
        if subject is not None and not holds(subject, figure):
            found = country(analysis, best_in(analysis, [subject], (COUNTRY, ORGANIZATION)))
            covering = analysis.mention_at(subject.idx)  # "l'Africa Corps": the head is "Corps"
            if (not found and covering is not None and _is_actor(analysis, covering.entity)
                    and not alone_in_brackets(analysis.text, covering)):
                # (a place is no holder: "La Défense enverra …" read as the Paris district)
                found = country(analysis, covering.entity)
            if not found:  # "La ministre ghanéenne de la Défense … avait promis": her country
                found = country(analysis, best_in(analysis, [c for c in subject.children if c.dep_ == "amod"],
                                                  (COUNTRY,)))
            if found:
                return found
        if token.dep_ == "acl:relcl" or token.dep_ == "appos":
            found = country(analysis, best_in(analysis, [token.head], (COUNTRY, ORGANIZATION)))
            if found:
                return found
    # "l'Irlande, dont plus de 330 militaires": "dont" before the figure
    before = analysis.text[max(seg[0], figure.amount.start - 12): figure.amount.start]
    if re.search(r"\bdont\s*$", before):
        mentions = analysis.mentions_in(seg[0], figure.amount.start)
        for m in reversed(mentions):
            found = country(analysis, m.entity)
            if found:
                return found
    return None


def announced_own(analysis: Analysis, chain, claimant: str | None, seg, destination: str | None) -> str | None:
    """Who announces a sending announces its own troops ("le ministre polonais
    de la Défense a annoncé le déploiement de 5 000 soldats", "le Tchad a annoncé
    l'envoi de…", "Niamey annonce 1 500 soldats"): the claimant's country, when a
    claim verb has for object a noun of a sending (cue ``dispatch``) that governs
    the figure, or "annoncer" the troop noun itself, and the
    announcing clause names no other country than that one, the destination
    and a border neighbour ("…, au moment où Varsovie annonce le déploiement de
    5 000 militaires à sa frontière avec le Bélarus")."""
    c = cues()
    own = country(analysis, claimant)
    for below, token in zip(chain, chain[1:]):
        # a sending noun announced, or the troops themselves ("Niamey annonce 1 500 soldats")
        sending = c.has("dispatch", below) or (below.i == chain[0].i and token.lemma_ == "annoncer")
        if (own and c.has("claim", token) and token.pos_ == "VERB" and below.pos_ == "NOUN"
                and below.dep_ == "obj" and sending):
            tokens = subtree(token, seg)
            clause = (min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens))
            if countries_in(analysis, clause) - neighbours(analysis, clause) <= {own, destination}:
                return own
            return None
    return None


_BORDER_WITH = re.compile(r"\bfronti[eè]res?\s+(?:(?:commune\s+)?(?:avec|de)\s+(?:l'|l’|le\s+|la\s+|les\s+)?)?$",
                          re.IGNORECASE)  # "frontière avec le Bélarus", "frontière soudanaise"


def neighbours(analysis: Analysis, seg) -> set[str]:
    """The countries the sentence names only as across a border ("le long de
    la frontière avec le Bélarus", "la frontière soudanaise"): where troops
    stand, not an actor; and those coordinated after one ("la frontière avec le
    Niger et le Burkina Faso")."""
    found = set()
    last_end = None  # the end of the last neighbour's mention
    for mention in analysis.mentions_in(*seg):
        if _BORDER_WITH.search(analysis.text[max(seg[0], mention.start - 40): mention.start]) or (
                last_end is not None and _AND_THE.fullmatch(analysis.text[last_end:mention.start])):
            key = country(analysis, mention.entity)
            if key:
                found.add(key)
                last_end = mention.end
                continue
        last_end = None
    return found


_AND_THE = re.compile(r"\s*(?:,|\bet\b|\bou\b)\s*(?:(?:le|la|les)\s+|l['’]\s*)?", re.IGNORECASE)


def we_send(chain) -> bool:
    """Whether a sending verb of the chain has the claimant for subject: "nous"
    ("« Nous avons envoyé 5 000 soldats », a dit X"), "son pays" ("a indiqué que son
    pays convoquerait 1 200 réservistes"), or "il"/"elle" (plural too)
    in a clause reported by a claim verb whose subject agrees with it ("le
    gouvernement suédois a annoncé qu'il enverrait 1 200 soldats")."""
    c = cues()
    for at, token in enumerate(chain[1:], 1):
        if not c.has("send", token):
            continue
        for ch in token.children:
            if not ch.dep_.startswith("nsubj"):
                continue
            if ch.lower_ == "nous":
                return True
            if ch.lemma_ == "pays" and any(d.lower_ in ("son", "leur") for d in ch.children):
                return True  # "le ministre letton a indiqué que son pays convoquerait 1 200 réservistes"
            if ch.lower_ in _HE_SHE and _reported_by_its_antecedent(ch, chain[at + 1:]):
                return True
    return False


_HE_SHE = frozenset({"il", "elle", "ils", "elles"})


_OURS = re.compile(r"\b(?:nos|notre)\s*$", re.IGNORECASE)


def ours(analysis: Analysis, figure: Figure) -> bool:
    """Whether the troops are the speaker's ("300 de nos marins", "nos 1 500 soldats"):
    the claimant's country sent them."""
    text = analysis.text
    return (figure.noun is not None and bool(_OURS.search(text[figure.amount.end:figure.noun.idx]))
            or bool(_OURS.search(text[max(0, figure.amount.start - 8):figure.amount.start])))


#: Verbs whose infinitive carries the sending: "va déployer", "doit envoyer".
_MODALS = frozenset({"aller", "devoir", "pouvoir", "vouloir", "compter", "prévoir", "entendre", "envisager"})


def claimant_sends(analysis: Analysis, chain, claimant: str | None) -> bool:
    """Whether a sending verb of the chain has the claimant's own country for subject
    ("La Grèce va déployer 1 200 soldats …, a annoncé le ministre grec"): the sender is
    the origin even when the claim is that country's too."""
    own = country(analysis, claimant)
    if own is None:
        return False
    c = cues()
    for token in chain[1:]:
        if not c.has("send", token):
            continue
        # its own subject, or its modal verb's ("La Grèce va déployer"), never a reporting
        # verb's ("Mogadiscio (AFP) - L'Egypte va déployer …, a annoncé le ministre somalien")
        heads = (token, token.head) if token.dep_ == "xcomp" and token.head.lemma_ in _MODALS else (token,)
        subjects = [ch for head in heads for ch in head.children if ch.dep_.startswith("nsubj") and ch.i < head.i]
        if subjects:  # the nearest before the verb (not a dateline's city the parse hung there too)
            mention = analysis.mention_at(max(subjects, key=lambda t: t.i).idx)
            if mention is not None and country(analysis, mention.entity) == own:
                return True
    return False


def _reported_by_its_antecedent(pronoun, above) -> bool:
    """Whether the first claim verb above the pronoun's clause has a subject of the
    pronoun's number, which the pronoun then stands for."""
    c = cues()
    for token in above:
        if c.has("claim", token) and token.pos_ == "VERB":
            subject = next((ch for ch in token.children if ch.dep_ == "nsubj"), None)
            return subject is not None and subject.morph.get("Number") == pronoun.morph.get("Number")
    return False


def left_country(analysis: Analysis, figure: Figure, seg, chain, sender) -> str | None:
    """Where withdrawn troops were: "ont quitté le Niger", "retirer … du Niger"."""
    c = cues()
    for token in chain[1:]:
        if c.status_of(token) == "Withdrawn":
            for t in subtree(token, seg, skip=chain[0]):
                if t.i > token.i:
                    mention = analysis.mention_at(t.idx)
                    found = country(analysis, mention.entity) if mention else None
                    if found and found != sender:
                        return found
    if figure.noun is not None:  # "retirer 1 200 soldats du Niger"
        for child in figure.noun.rights:
            if child.dep_ == "nmod":
                found = country(analysis, best_in(analysis, subtree(child, seg), (COUNTRY,)))
                if found and found != sender:
                    return found
    return _left_in_headline(analysis, sender)


def _left_in_headline(analysis: Analysis, sender) -> str | None:
    """The country the headline says troops leave ("L'Italie engage le retrait de ses
    soldats d'Irak"): where the article's withdrawn troops were, when their own
    sentence says only where they came back to ("est rentré à Rome")."""
    tokens = analysis.tokens_in(0, headline_end(analysis.text))
    c = cues()
    leaving = next((t for t in tokens if c.status_of(t) == "Withdrawn"), None)
    if leaving is None:
        return None
    for mention in analysis.mentions_in(leaving.idx, tokens[-1].idx + len(tokens[-1])):
        found = country(analysis, mention.entity)
        if found and found != sender and lead_prep(mention, analysis) in ("de", "d'", "du", "des", None):
            return found
    return None


_OWNER_PREPS = frozenset({"de", "d'", "du", "des"})


def named_actor(analysis: Analysis, figure: Figure, seg, excluded: set[str | None]) -> str | None:
    """The country of the one actor the sentence names before the figure that
    is no place ("L'Indonésie, premier contributeur avec un millier de soldats",
    "Moscou accuse Kiev d'avoir massé 10 000 soldats"): a country or an
    organisation of a country not introduced by a preposition ("en Lituanie"
    is where, not who; "de la Bundeswehr" after a unit is whose). Countries in
    ``excluded`` (the claimant's) and border neighbours do not count."""
    found = set()
    across = neighbours(analysis, seg)  # "le long de la frontière avec le Niger": where, not who
    for mention in analysis.mentions_in(seg[0], min(seg[1], figure.amount.start)):
        entity = analysis.entity(mention.entity)
        if entity is None or entity.kind not in (COUNTRY, ORGANIZATION):
            continue
        prep = lead_prep(mention, analysis)
        if prep and not (entity.kind == ORGANIZATION and prep in _OWNER_PREPS):
            continue  # "en Lituanie" is where; "la brigade de la Bundeswehr" is whose
        if entity.kind == ORGANIZATION and alone_in_brackets(analysis.text, mention):
            continue  # "(Belga) La Pologne va porter …": a wire tag, no actor
        key = country(analysis, mention.entity) or next(
            (k for k in entity.affiliations if k.startswith("country/")), None)  # not named itself
        if key and key not in excluded and key not in across:
            found.add(key)
    key = next(iter(found)) if len(found) == 1 else None
    return key if key and ensure_entity(analysis, key) else None


def irregular_of_no_country(analysis: Analysis, figure: Figure, seg) -> bool:
    """Whether the figure counts irregular fighters (cue ``irregular``:
    "combattants", "miliciens") that no demonym on the noun gives a country
    and that the sentence does not say come from abroad (cue ``foreign``):
    a non-state group's, with neither origin nor destination. The caller asks
    only when :func:`origin` found no sender ("la Russie a envoyé 900
    combattants" are Russia's)."""
    noun = figure.noun
    c = cues()
    if noun is None or not c.has("irregular", noun):
        return False
    for child in noun.children:
        found = load_gazetteer().country_of(child.text) if child.dep_ == "amod" else None
        if found and found.startswith("country/"):
            return False  # "combattants tchadiens"
    return not sentence_cues(analysis, seg).has("foreign")
