"""Precision filters on the model's spans: what is not a name at all.

Each filter returns True to drop a span. They are named so a run can count
which filter removed what (:func:`ner_rejections`,
``benchmarks/entity_filters.py``).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ...subdivisions import is_region, region_country
from ...gazetteer import Gazetteer, geonames_city, load_gazetteer
from ...numbers import parse_number
from ...text import fold, fold_word, phrases_by_word
from ..capitalised import name_end
from ..tokens import token_text_set, token_texts
from .organisations.heads import at_words, heads
from .namesakes import INHABITANT_ENDINGS, city_stem
from .places import after_place_noun, line_start

# Leading words stripped from NER spans ("La Chine", "Ni Pyongyang").
_LEADING_JUNK = {"le", "la", "les", "l'", "un", "une", "ni", "et", "ou", "selon", "d'", "de",
                 "du", "des", "à", "au", "aux", "en"}


def strip_leading(span: Span) -> Span:
    """``span`` without leading determiners and conjunctions ("La Chine" -> "Chine"),
    nor the unaccented preposition opening a sentence ("A Kinshasa", for "À Kinshasa"),
    nor, in a place, the noun that introduces it ("province du Ouaddaï" -> "Ouaddaï")."""
    start = span.start
    if span.label_ == "LOC":
        start = after_place_noun(span)
    while start < span.end - 1 and (span.doc[start].lower_ in _LEADING_JUNK
                                    or span.doc[start].text == "A" and span.doc[start].is_sent_start):
        start += 1
    end = span.end
    while end > start + 1 and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space
                               or span.doc[end - 1].lower_ in {"de", "d'", "du", "des", "et"}):
        end -= 1
    return span.doc[start:end]


def _is_junk(text: str, gaz: Gazetteer) -> bool:
    """Whether an NER span is not a name at all ("qu'", "C'", "Déploiement", a
    number written in words, an initial alone such as "X." that hides a name).

    >>> _is_junk("qu'", load_gazetteer()), _is_junk("X.", load_gazetteer())
    (True, True)
    >>> _is_junk("Business Insider", load_gazetteer())
    False
    """
    text = text.strip()
    if len(text) < 2 or "\n" in text or not (text[0].isupper() or text[0].isdigit()):
        return True
    if fold_word(text) in gaz.not_entities or fold_word(text.rstrip("'")) + "'" in gaz.not_entities:
        return True
    if _no_word(text):
        return True  # "Trente-huit cas ont été confirmés": a number opening a sentence
    return len(text) == 2 and (text.endswith("'") or text.endswith("."))


@lru_cache(maxsize=1 << 14)
def _no_word(text: str) -> bool:
    """Whether ``text`` holds no letter or is a number (in figures or words), memoised:
    the same names come back span after span."""
    return not any(c.isalpha() for c in text) or parse_number(text) is not None


def _junk(span: Span, doc: Doc, gaz: Gazetteer) -> bool:
    """:func:`_is_junk`, except for a name an institution noun introduces in lower
    case ("l'université Keio", "l'institut gfs.bern", "l'hôpital Bichat"): the
    noun and the name are the institution's name as running text writes it."""
    return _is_junk(span.text, gaz) and not _named_institution(span) and not _bracketed_region(span)


def _named_institution(span: Span) -> bool:
    """A span of two words or more opening with a lower-case institution noun
    (``institution`` kind of organisations_fr.txt) right before a name: a word
    the dictionary lacks, capitalised or not ("gfs.bern")."""
    if len(span) < 2 or not span[0].is_lower or span[0].lower_ not in heads().words("institution"):
        return False
    name = span[1]
    return (name.text[:1].isupper() or not name.is_alpha and any(c.isalpha() for c in name.text)) \
        and not dictionary_word(name.lower_) and name.lower_ not in {"de", "du", "des", "d'", "d’"}


def _capitalised_elsewhere(doc: Doc, word: str, i: int) -> bool:
    """Whether ``word`` appears capitalised inside a sentence somewhere else (a name)."""
    return any(t.text == word and t.i != i and not t.is_sent_start and not line_start(doc, t.i)
               and t.i > 0 and not doc[t.i - 1].is_punct for t in doc)


def _first_word(span: Span, doc: Doc, gaz: Gazetteer) -> bool:
    """A common word capitalised only because it opens a line, heading or sentence
    ("Logement : l'Assemblée…", "Saisi en référé…", "Côté auvergnat, …")."""
    first = span[0]
    if not (first.is_sent_start or line_start(doc, first.i) or _after_opening_quote(doc, first.i)):
        return False
    if len(span) == 1 and line_start(doc, first.i) and _line_end(doc, first.i + 1) and common_word(first.lower_, doc):
        return True  # a rubric alone on its line ("Santé", "Sante"), whatever the text says elsewhere
    if len(span) > 1:
        # "Côté auvergnat": no other capitalised word, so no name at all
        return all(not t.text[:1].isupper() for t in span[1:])
    return ((common_word(first.lower_, doc) or _written_lower_elsewhere(doc, first.lower_)
             or first.pos_ == "VERB")  # "« Revenir dessus serait trahir… »": the lemmatizer lacks infinitives
            and not gaz.lookup(first.text) and not _capitalised_elsewhere(doc, first.text, first.i))


def _after_opening_quote(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` opens a quotation ("« Revenir dessus…»"), so is
    capitalised as a sentence's first word is."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j >= 0 and doc[j].text in {"«", "“"}


def _imperative(span: Span, doc: Doc, gaz: Gazetteer) -> bool:
    """A verb with a clitic pronoun glued after it ("Abonnez-vous", "Rejoignez-nous"):
    page chrome or an order, never a name."""
    return len(span) == 1 and span.end < len(doc) and doc[span.end].text[:1] == "-" and len(doc[span.end]) > 1 \
        and doc[span.end].pos_ == "PRON" and not span[0].whitespace_


def _line_end(doc: Doc, i: int) -> bool:
    return i >= len(doc) or "\n" in doc[i].text or doc[i - 1].text_with_ws.endswith("\n")


def _written_lower_elsewhere(doc: Doc, word: str) -> bool:
    """Whether the article also writes ``word`` in lower case ("Cyberattaque :" in the
    headline, "une cyberattaque" in the text): a common noun the dictionary lacks."""
    return word in token_text_set(doc)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Every inflected French word spaCy's French lemmatizer tables know
    ("interrogée", "réunis", "budget"): common words, not names."""
    from ...nlp import load_nlp

    lookups = load_nlp().get_pipe("lemmatizer").lookups
    words: set[str] = set()
    for name in ("lemma_index", "lemma_exc"):
        if name in lookups.tables:
            table = lookups.get_table(name)
            for key in table:
                value = table[key]
                words.update(value if isinstance(value, (list, dict)) else ())
    return frozenset(w.lower() for w in words if isinstance(w, str))


def dictionary_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a common French word.

    >>> dictionary_word("interrogée"), dictionary_word("vasselin")
    (True, False)
    """
    return word in _dictionary()


@lru_cache(maxsize=1)
def _folded_dictionary() -> frozenset[str]:
    return frozenset(fold(w) for w in _dictionary())


_UNACCENTED_KEY = "newskg_unaccented"
_ACCENTED = frozenset("éèêàâùûîôçëïÉÈÊÀÂÙÛÎÔÇ")


def unaccented(doc: Doc) -> bool:
    """Whether the article is written without accents ("Le ministre de la Sante,
    interroge a l'Assemblee"), as some scrapers and wires deliver French: fewer
    than one accented letter in 400 (French prose has about one in 30)."""
    cached = doc.user_data.get(_UNACCENTED_KEY)
    if cached is None:
        counts = [_letters(word) for word in token_texts(doc)]  # spaces between tokens hold neither
        letters = sum(n for n, _ in counts)
        cached = letters >= 200 and sum(a for _, a in counts) * 400 < letters
        doc.user_data[_UNACCENTED_KEY] = cached
    return cached


@lru_cache(maxsize=1 << 16)
def _letters(word: str) -> tuple[int, int]:
    """(letters, accented letters) of ``word``: counted once per distinct word."""
    return sum(map(str.isalpha, word)), sum(map(_ACCENTED.__contains__, word))


def common_word(word: str, doc: Doc) -> bool:
    """Whether ``word`` (lower case) is a common French word, also when the article
    drops its accents ("sante", "frontiere") or the lemmatizer's tables lack its
    plural ("fusillades", "urgences"; long words only: "Alpes", "Landes" are
    names, and not a town's name such as "Tours")."""
    if dictionary_word(word) or fold_word(word) in _folded_dictionary() and unaccented(doc):
        return True
    return (len(word) >= 8 and word.endswith("s") and dictionary_word(word[:-1])
            and geonames_city(word) is None)


def _event_name(span: Span, doc: Doc, gaz: Gazetteer) -> bool:
    """A named event, ship or treaty ("la tempête Edwige", "l'exercice “Fraternité
    inébranlable”", "la frégate grecque Hydra"), where it is introduced or
    repeated alone, or named by its noun ("la Conférence ministérielle de la
    Francophonie")."""
    starts, names = _events_and_vessels(doc)
    return span.start in starts or span.text in names or (
        len(span) > 1 and span[0].text[:1].isupper() and span[0].lower_ in not_actor_heads())


@lru_cache(maxsize=1)
def not_actor_heads() -> frozenset[str]:
    """The one-word event, vessel and document nouns: a name they open ("Conférence
    ministérielle de la Francophonie", "Convention des Nations unies sur le
    droit de la mer") names no actor either."""
    return frozenset(w for kind in NOT_ACTORS for w in heads().words(kind))


_EVENTS_KEY = "newskg_events"
#: Participles that give a thing its name ("un exercice baptisé Iron Wolf").
_NAMING = {"baptisé", "baptisée", "baptisés", "baptisées", "nommé", "nommée", "dénommé", "dénommée",
           "intitulé", "intitulée", "appelé", "appelée"}


def _events_and_vessels(doc: Doc) -> tuple[frozenset[int], frozenset[str]]:
    """Token starts and texts of the names that event and vessel nouns introduce.

    One pass over the tokens with a dict lookup of the nouns' last words; the
    result is kept on the doc for the other spans of the same article.
    """
    cached = doc.user_data.get(_EVENTS_KEY)
    if cached is not None:
        return cached
    by_last = _event_phrases_by_last_word()
    starts, names = set(), set()
    for t in map(doc.__getitem__, at_words(doc, frozenset(by_last))):
        phrases = by_last.get(t.lower_)
        if not phrases or not any(
                t.i + 1 >= len(p) and tuple(w.lower_ for w in doc[t.i + 1 - len(p):t.i + 1]) == p
                and _determined_past_adjective(doc, t.i + 1 - len(p)) for p in phrases):
            continue
        i = t.i + 1
        while i < len(doc) and i - t.i <= 6:
            w = doc[i]
            if w.is_lower and w.pos_ == "ADJ" or w.is_quote or w.lower_ in _NAMING:
                i += 1
            elif w.text == "," and i + 1 < len(doc) and doc[i + 1].lower_ in _NAMING:
                i += 1  # "son premier exercice d'envergure, baptisé “Iron Wolf Nord”"
            elif (w.lower_ in {"de", "d'", "d’"} and i + 1 < len(doc) and doc[i + 1].is_lower
                  and doc[i + 1].pos_ == "NOUN"):
                i += 2
            else:
                break
        j = name_end(doc, i)
        if j > i:
            starts.add(i)
            names.add(doc[i:j].text)
    result = (frozenset(starts), frozenset(names))
    doc.user_data[_EVENTS_KEY] = result
    return result


def determined(doc: Doc, i: int) -> bool:
    """Whether the noun at ``i`` has its own determiner ("la frégate", "l'exercice"),
    unlike the complement of a title ("le capitaine de frégate Tiago Meireles")."""
    return i > 0 and (doc[i - 1].pos_ == "DET" or doc[i - 1].lower_ in {"du", "au", "aux", "des"})


def _determined_past_adjective(doc: Doc, i: int) -> bool:
    """:func:`determined`, also past an adjective before the noun ("son premier exercice")."""
    return determined(doc, i) or i > 1 and doc[i - 1].pos_ == "ADJ" and doc[i - 1].is_lower and determined(doc, i - 1)


@lru_cache(maxsize=1)
def _event_phrases_by_last_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    return phrases_by_word((p for kind in NOT_ACTORS for p in heads().by_kind.get(kind, ())), -1)


#: Kinds of organisations_fr.txt whose nouns introduce names that are no actors.
NOT_ACTORS = ("event", "vessel", "document")


def _common_word_place(span: Span, doc: Doc, gaz: Gazetteer) -> bool:
    """A one-word "place" that is a common French word and no known place or
    city ("Santé", "Terre", "Urgences", "Népalais"). After an article it is no
    city either ("l'Alliance", "la Santé"): GeoNames towns called "Alliance"
    or "Orange" are named without one."""
    return (len(span) == 1 and span.label_ == "LOC" and common_word(span[0].lower_, doc)
            and not looks_like_org(span)  # "Sénat", "Région": institutions, not places
            and not _region(span) and not _feminine_land(span)
            and not gaz.lookup(span.text) and (geonames_city(span.text) is None or _after_article(span)))


def _feminine_land(span: Span) -> bool:
    """A capitalised word after "en" inside a sentence: a land named as French names
    feminine countries and regions ("en Catalogne", "en Gironde"), never a common
    noun ("en santé" is written in lower case)."""
    doc = span.doc
    return (span.start >= 2 and doc[span.start - 1].lower_ == "en" and not doc[span.start - 1].is_sent_start
            and not line_start(doc, span.start - 1) and span[0].text[:1].isupper())


#: Points of the compass: some countries' regions are named so ("Est", "Sud"), but
#: "l'Est", "le Sud" of a story are directions.
_COMPASS = {"nord", "sud", "est", "ouest", "centre", "centrale"}


def _region(span: Span) -> bool:
    """A region of one country's ISO 3166-2 subdivisions ("le Var", "du Lot") the
    model tagged as a place: a place, though the word is a common one; so is any
    country's region in brackets after a name ("Maubeuge (Nord)")."""
    return (fold(span.text) not in _COMPASS and region_country(span.text) is not None
            or _bracketed_region(span))


def _bracketed_region(span: Span) -> bool:
    """A subdivision's name alone in brackets right after a capitalised name: the
    region the town before it lies in ("Maubeuge (Nord)", "Pontivy (Morbihan)")."""
    doc = span.doc
    return (span.start >= 2 and span.end < len(doc) and doc[span.start - 1].text == "("
            and doc[span.end].text == ")" and doc[span.start - 2].text[:1].isupper()
            and is_region(span.text))


_ARTICLES = {"le", "la", "les", "l'", "l’"}


def _after_article(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in _ARTICLES


def _common_noun_after_article(span: Span, doc: Doc, gaz: Gazetteer) -> bool:
    """One word after a definite article, that is a common word: a description,
    not a person's name ("a réagi le Breton", "a ajouté le Neuchâtelois");
    French writes no article before a surname. Names of towns' inhabitants,
    which the dictionary lacks, are known by their endings; they stay when the
    article names their town ("les Lensois" and "Lens"), a mention of it."""
    if len(span) != 1 or span.label_ not in ("PER", "LOC") or not _after_article(span):
        return False
    word = span[0].lower_
    if gaz.lookup(span.text) or span.label_ == "LOC" and (geonames_city(span.text) is not None or _region(span)):
        return False  # "de la Haute-Garonne", "le Var": a region, as the common-word-place filter keeps it
    return common_word(word, doc) or word.endswith(INHABITANT_ENDINGS) and not _town_named(doc, span)


def _town_named(doc: Doc, span: Span) -> bool:
    """Whether the article names the town (or its club) whose inhabitants ``span``
    names ("Lens" for "les Lensois"): :mod:`.namesakes` then links them."""
    word = fold(span.text)
    return any(t.text[:1].isupper() and t.i != span.start and len(t.text) >= 3
               and word.startswith(city_stem(t.text)) and len(word) > len(fold(t.text)) for t in doc)



def looks_like_org(span: Span) -> bool:
    """A place or person span holding an institution word ("Sénat", "Haropa Port"),
    opening with an outlet's noun ("Radio Okapi", "Télévision Suisse") or ending
    with a company's word ("Sanguinet Bauxite SA")."""
    words = heads().words("institution")
    return (any(t.lower_ in words for t in span) or span[0].lower_ in heads().words("media")
            or len(span) > 1 and ends_like_company(span))


def ends_like_company(span: Span) -> bool:
    """Whether ``span`` ends with a company's or team's word ("Valmont Packaging")."""
    return span[-1].lower_ in heads().words("company") | heads().words("legal")


NER_FILTERS = (
    ("junk", _junk),
    ("first-word", _first_word),
    ("imperative", _imperative),
    ("event", _event_name),
    ("common-word-place", _common_word_place),
    ("common-noun-after-article", _common_noun_after_article),
)


def rejected(span: Span, doc: Doc, gaz: Gazetteer, label: str = "") -> str | None:
    """The name of the first precision filter that drops ``span``, if any."""
    if label and span.label_ != label:
        span = Span(doc, span.start, span.end, label=label)
    for name, drops in NER_FILTERS:
        if drops(span, doc, gaz):
            return name
    return None


def ner_rejections(doc: Doc) -> list[tuple[str, str]]:
    """(filter, text) for every NER span the precision filters drop, to measure them."""
    gaz = load_gazetteer()
    dropped = []
    for ent in doc.ents:
        if ent.label_ in ("PER", "ORG", "LOC"):
            span = strip_leading(ent)
            reason = rejected(span, doc, gaz, ent.label_)
            if reason:
                dropped.append((reason, span.text))
    return dropped
