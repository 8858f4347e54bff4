"""The object of a reporting verb where the parse put it somewhere else.

"a annoncé jeudi le rappel de onze lots" (the object hung on the weekday), "a dénoncé par la voix
de son ministre, X, la présence …" (after the voice phrase), "s'est félicité d'une « … »" (a
pronominal verb's "de" phrase), "appeler X à la retenue" (the goal after the object): each function
finds one such head for :func:`.content.content_of`, or None.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from . import extent, verbs
from .subjects import is_aside


@lru_cache(maxsize=1)
def non_content_objects() -> frozenset[str]:
    """Nouns of ``kg/data/non_content_objects.txt`` ("anonymat", "parole")."""
    from ...gazetteer import read_table

    return frozenset(row[0].lower() for row in read_table("non_content_objects.txt"))


def says_nothing(obj: Token) -> bool:
    """ "a requis l'anonymat", "a demandé la parole": an object that is such a noun with its
    determiner alone is no content."""
    return obj.lower_ in non_content_objects() and all(c.dep_ == "det" for c in obj.children)


def is_repetition(obj: Token) -> bool:
    """ "a plaidé une nouvelle fois pour …", "a répété encore une fois que …": a "fois" phrase
    the parser took for the object says how often the speaker spoke, not what was said."""
    return obj.lower_ == "fois" and verbs.in_repetition(obj)


def relatives_set_apart(obj: Token) -> set[int]:
    """ "un engagement historique de l'Allemagne, qui consacrera …": a relative after a comma in an
    object noun phrase is the writer's addition about the noun, not what was said."""
    return {t.i for t in obj.subtree if t.dep_ == "acl:relcl" and t.left_edge.i > obj.i
            and t.doc[t.left_edge.i - 1].text == "," and t.left_edge.lower_ in ("qui", "que", "qu'", "où")}


def reflexive_object(verb: Token, reporting: verbs.ReportingVerb) -> Token | None:
    """ "s'est félicité d'une « coordination exemplaire »": the quoted "de" phrase of a pronominal
    reporting verb is what it reports (its "de" is dropped by :func:`.content.content_of`); unquoted ("s'alarment
    de cette situation") it is the writer's account."""
    phrase = reflexive_de_phrase(verb, reporting)
    return phrase if phrase is not None and extent.holds_quote(phrase) else None


def reflexive_de_phrase(verb: Token, reporting: verbs.ReportingVerb) -> Token | None:
    """The "de" phrase of a pronominal reporting verb ("s'inquiètent de la présence de …"), quoted or not."""
    if not reporting.reflexive or reporting.words:
        return None
    return next((c for c in verb.children if c.dep_ == "obl:arg" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                 and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’") and g.i == c.left_edge.i
                         for g in c.children)), None)


def partitive_object(verb: Token, reporting: verbs.ReportingVerb) -> Token | None:
    """ "annonce de la neige", "réclame de l'aide", "a promis des compensations": a partitive or plural
    indefinite object the parser read as "de" + noun (a pronominal verb's "de" phrase is its argument:
    "s'inquiètent de la présence", not a partitive)."""
    if reporting.words or reporting.needs_clause or reporting.reflexive:
        return None
    return next((c for c in verb.children if c.dep_ == "obl:arg" and c.i > verb.i and c.pos_ == "NOUN"
                 and c.left_edge.i == verb.i + 1 and (c.left_edge.lower_ == "de" and verb.doc[
                     c.left_edge.i + 1].lower_ in ("la", "l'") or c.left_edge.lower_ in ("des", "du"))), None)
    # ("a promis des compensations": the plural indefinite tagged as a preposition)


def object_on_stranded_auxiliary(verb: Token) -> Token | None:
    """ "Le Chili a de son côté promis « plusieurs centaines » de soldats": the parser hung the
    participle on the aside and its object on the auxiliary."""
    if verb.dep_ != "acl" or not is_aside(verb.head):
        return None
    aux = verb.head.head
    if aux.lemma_ not in ("avoir", "être") or aux.i > verb.i:
        return None
    return next((c for c in aux.children if c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)


def attribute_first(attribute: Token, obj: Token | None) -> list[Token]:
    """ "« excessif » le coût de l'opération", "« prématuré » tout débat sur …": the quoted
    attribute and the object after it, up to a comma (the parser may hang either on the other)."""
    doc = attribute.doc
    heads = [attribute] + ([obj] if obj is not None else [])
    start = min(h.left_edge.i for h in heads)
    end = max(h.right_edge.i for h in heads)
    closed = False
    out = []
    for t in doc[start : end + 1]:
        if t.text == "," and closed:
            break
        closed = closed or t.text in extent.OPEN_MARKS.values() and t.i > start
        out.append(t)
    return out if len(out) > 3 else []


def quoted_attribute_after(verb: Token, obj: Token, after_de: bool = True) -> Token | None:
    """ "juge cette exigence « inacceptable »": a quoted adjective or noun the parse hung on the
    verb (marks and all) right after its object is the object's attribute; object and attribute
    are what was said (the corpus convention for juger/qualifier X « … »). So is a quoted noun after
    "de" that the parse hung on the verb ("en qualifiant ces chiffres de « pure invention »"), unless
    ``after_de`` is False (a verb naming its target: what "accuser X de « … »" blames is no attribute)."""
    doc = verb.doc
    mark = obj.right_edge.i + 1
    if after_de and mark + 1 < len(doc) and doc[mark].lower_ in ("de", "d'", "d’") and doc[mark + 1].text in extent.OPEN_MARKS:
        return next((c for c in verb.children if c.left_edge.i == mark and c.dep_.startswith(("obl", "xcomp"))
                     and c.pos_ in ("ADJ", "NOUN") and doc[mark].head == c), None)
    if mark >= len(doc) or doc[mark].text not in extent.OPEN_MARKS or doc[mark].head != verb:
        return None
    return next((c for c in verb.children if c.left_edge.i == mark + 1 and (
        c.dep_ == "xcomp" and c.pos_ in ("ADJ", "NOUN") or c.dep_ == "amod" and c.pos_ == "ADJ")), None)


def object_after_aside(verb: Token) -> Token | None:
    """ "a annoncé de son côté des manœuvres …": the object the parser hung on the aside."""
    for c in verb.children:
        if not (c.dep_.startswith("obl") and c.i > verb.i and is_aside(c)):
            continue
        return next((g for g in c.children if g.dep_ in ("nmod", "obj") and g.left_edge.i == c.i + 1
                     and g.pos_ in ("NOUN", "PROPN")), None)
    return None


#: Determiners that open a noun phrase: a noun the parse hung on a prepositional phrase without a
#: preposition of its own, but with one of these first, starts a new phrase.
#: ("des" and "du" may be "de" + article: "la « disparition » des pistes" is a noun modifier).
_DETERMINERS = {"le", "la", "l'", "l’", "les", "un", "une", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
                "leurs", "tout", "toute", "tous", "toutes"}


def object_after_circumstance(verb: Token) -> Token | None:
    """ "a déploré sur les réseaux sociaux une programmation « … »", "a promis devant la presse une
    transparence « totale »": the parser hung the object on the circumstance phrase before it, as a
    noun modifier with no preposition of its own; a French noun modifier always has one (or is a
    date: "le 3 mars"), so a determiner-led noun there is the verb's object."""
    for c in verb.children:
        if not (c.dep_.startswith("obl") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                and any(g.dep_ == "case" and g.i == c.left_edge.i for g in c.children)):
            continue
        found = next((g for g in c.children if g.dep_ == "nmod" and g.i > c.i and g.pos_ == "NOUN"
                      and g.left_edge.lower_ in _DETERMINERS and g.left_edge.pos_ == "DET"
                      and g.lower_ not in extent.TIME_WORDS
                      and not any(k.dep_ == "case" for k in g.children)), None)
        if found is not None:
            return found
    return None


def voice_phrase(verb: Token) -> Token | None:
    """The head of "par la voix de …" / "par l'intermédiaire de …" after ``verb``: who spoke for its subject."""
    return next((c for c in verb.children if c.i > verb.i and c.lower_ in ("voix", "intermédiaire")
                 and c.left_edge.lower_ == "par"), None)


def object_after_voice(verb: Token) -> Token | None:
    """ "a dénoncé par la voix de son ministre, X, la présence « … » de …": the noun phrase after the
    voice phrase and the name in apposition to it, however the parser hung them."""
    voice = voice_phrase(verb)
    if voice is None:
        return None
    doc = verb.doc
    for t in doc[max(x.i for x in voice.subtree) + 1 : verb.sent.end]:
        if t.is_punct or t.pos_ == "PROPN":
            continue
        return t.head if t.pos_ == "DET" and t.head.pos_ == "NOUN" and t.head.i > t.i else None
    return None


def object_after_against(verb: Token) -> Token | None:
    """ "a requis contre lui dix mois de prison": the object the parser joined to "contre <pronoun>"
    (extent.trim drops the pronoun phrase)."""
    return next((c for c in verb.children if c.dep_.startswith("obl") and c.i > verb.i + 2 and c.pos_ == "NOUN"
                 and c.left_edge.lower_ == "contre" and c.doc[c.left_edge.i + 1].pos_ == "PRON"), None)


def object_on_time_word(verb: Token) -> Token | None:
    """ "a annonce jeudi le rappel de onze lots": the object the parser hung on the weekday after the verb."""
    day = next((c for c in verb.children if c.i == verb.i + 1 and c.lower_ in extent.TIME_WORDS
                and c.dep_ in ("xcomp", "obl:mod", "obl")), None)
    return next((g for g in day.children if g.dep_ == "obj" and g.pos_ in ("NOUN", "PROPN")), None) if day else None


#: Heads of time locutions opened by "à"/"au": "au lendemain de", "à la veille de", "à l'issue de".
_TIME_LOCUTIONS = {"lendemain", "veille", "moment", "issue", "occasion", "terme", "cours", "fin", "début", "suite",
                   "heure", "approche", "aube", "sortie"}


def goal_after(verb: Token, obj: Token, addressed: bool = False) -> Token | None:
    """The "à" phrase after the object of "appeler X à la retenue", "inviter X au dialogue" (not a time
    locution: "a rappelé son ambassadeur, au lendemain de déclarations …" recalls, it reports nothing).
    For a verb that addresses its object (``addressed``) the parser's "obl:mod" counts too ("a appelé
    « les deux pays » à la retenue")."""
    deps = ("obl:arg", "obl", "nmod", "obl:mod") if addressed else ("obl:arg", "obl", "nmod")
    return next((c for c in [*verb.children, *obj.children] if c.dep_ in deps
                 and c.i > obj.i and c.pos_ == "NOUN" and not c.text[:1].isupper()  # "son ambassadeur à Rabat"
                 and c.lower_ not in _TIME_LOCUTIONS
                 and any(g.dep_ == "case" and g.lower_ in ("à", "au", "aux") for g in c.children)), None)


def recipient_after(verb: Token, obj: Token, lemma: str) -> Token | None:
    """ "promet jusqu'à 1 100 soldats à la mission de l'UA", "a proposé un cessez-le-feu à Moscou": the
    "à" phrase after the object of a verb of ``recipient_verbs.txt`` that names a party who could
    speak (a name, or a noun of ``speaker_descriptions.txt``/a state's agent noun) is whom it is
    promised or offered to, not what was said (tests/gold/README.md: contents leave out whoever is
    addressed). A group helped ("une aide « massive » aux sinistrés") stays in the content."""
    from ..entities.places import recipient_verbs

    if lemma not in recipient_verbs():
        return None
    return next((c for c in sorted([*obj.children, *verb.children], key=lambda t: t.i)
                 if c.dep_ in ("nmod", "obl", "obl:arg", "obl:mod", "iobj") and c.left_edge.i > obj.i and c.i > obj.i
                 and any(g.dep_ == "case" and g.lower_ in ("à", "au", "aux") for g in c.children)
                 and _names_party(c)), None)


def _names_party(head: Token) -> bool:
    """A name ("Moscou", "l'UA") or a noun designating one who could speak ("la mission",
    "le gouvernement", "les autorités")."""
    from ...text import fold
    from .actors import speaks_for_state
    from .descriptions import descriptions

    return head.pos_ == "PROPN" or head.text[:1].isupper() or fold(head.text) in descriptions() \
        or speaks_for_state(head.text)


def figure_before(verb: Token, obj: Token) -> Token | None:
    """ "estime à plus de quatre millions le nombre de fidèles", "chiffre à 2 500 le nombre de …": an
    "à" phrase holding a figure between the verb and its object is the estimate, said with what it
    counts (the content starts after "à", as an à-content does: tests/gold/README.md)."""
    return next((c for c in verb.children if c.dep_.startswith("obl") and verb.i < c.i < obj.i
                 and c.left_edge.lower_ == "à" and c.right_edge.i < obj.left_edge.i
                 and any(t.like_num or t.pos_ == "NUM" for t in c.subtree)), None)


def estimate_phrase(verb: Token) -> Token | None:
    """ "estime à 12 000 le nombre de manifestants" parsed as one "à" phrase headed by "nombre": the
    phrase (a figure, then a determiner opening what it counts) is the verb's object."""
    for c in verb.children:
        words = list(c.subtree)
        if not (c.dep_.startswith("obl") and c.i > verb.i and c.left_edge.lower_ == "à"
                and c.left_edge.i <= verb.i + 2 and c.pos_ == "NOUN"):
            continue
        figure = next((k for k, t in enumerate(words) if t.like_num or t.pos_ == "NUM"), None)
        if figure is not None and any(t.lower_ in ("le", "la", "les", "l'", "l’") and t.head == c
                                      for t in words[figure + 1 :]):
            return c
    return None
