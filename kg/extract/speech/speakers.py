"""Who is speaking: from a subject phrase, a span after an inverted verb, or a pronoun.

A speaker is always an entity the article mentions, found through
:meth:`kg.analysis.Analysis.mentions_in`. In a phrase such as "Le ministre
américain de la Défense, Lloyd Austin" several mentions compete; the one
that names the phrase's head wins, then people over organisations over
countries ("un porte-parole de la Maison Blanche" is the White House
speaking through a spokesperson, "des sources sud-coréennes" is South Korea).
Pronouns ("a-t-il ajouté") are kept unresolved here and resolved in text
order by :func:`resolve_pronoun` against the speakers met so far.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from ...analysis import Analysis
from ...dates import WEEKDAYS
from ...records import COUNTRY, ORGANIZATION, PERSON
from ...text import fold

PRONOUNS = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"),
            "elles": ("Fem", "Plur"), "on": (None, "Sing")}
_KIND_RANK = {PERSON: 0, ORGANIZATION: 1, COUNTRY: 2}
#: Only actors speak (the shapes require it): a place never does.
SPEAKER_KINDS = frozenset(_KIND_RANK)
# Modifiers that are not part of the speaking phrase itself.
_PHRASE_STOP = {"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis"}
#: Quotation marks of every style (a subject or speaker phrase never runs across one).
QUOTE_MARKS = frozenset("«»“”\"‹›")
_FEM_DETERMINERS = {"la", "une", "cette", "sa", "ma", "ta"}
_MASC_DETERMINERS = {"le", "un", "ce", "cet", "du", "au"}
#: Possessives that are masculine only before a consonant: "son avocat", but "son avocate".
_POSSESSIVES = {"son", "mon", "ton"}


def _determiner_gender(determiner: str, noun: str) -> str | None:
    determiner = determiner.lower()
    if determiner in _FEM_DETERMINERS:
        return "Fem"
    if determiner in _MASC_DETERMINERS or determiner in _POSSESSIVES and noun[:1].lower() not in "aeiouyéèêâîôûh":
        return "Masc"
    return None


@dataclass
class SpeakerRef:
    """The speaker(s) of one statement, before pronouns are resolved."""

    keys: list[str] = field(default_factory=list)  # one statement per key
    pronoun: str | None = None  # "il", "elle", "ils", "elles": resolve later
    role: str | None = None  # "porte-parole"
    gender: str | None = None  # "Masc" / "Fem" when the text shows it
    plural: bool = False
    person_only: bool = False  # "l'intéressé", "le Néerlandais": a person already named
    institution_only: bool = False  # "son porte-parole": the organisation or state named before
    word: str | None = None  # folded demonym ("neerlandais"): the person introduced with it


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Nouns of ``kg/data/speaker_roles.txt`` (spokespersons, officials)."""
    text = resources.files("kg.data").joinpath("speaker_roles.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def role_of(word: str) -> str | None:
    """The role noun ``word`` is a form of: ``"porte-paroles"`` -> ``"porte-parole"``."""
    w = word.lower().replace("\u2019", "'")
    roles = role_words()
    for candidate in (w, w[:-1] if w[-1:] in "sx" else w):
        if candidate in roles:
            return candidate
    return None


@lru_cache(maxsize=1)
def descriptions() -> dict[str, str]:
    """Folded noun -> kind, from ``kg/data/speaker_descriptions.txt`` ("intéressé", "club"…)."""
    from ...gazetteer import read_table

    return {fold(row[0]): (row[1] if len(row) > 1 and row[1] else PERSON)
            for row in read_table("speaker_descriptions.txt")}


@lru_cache(maxsize=1)
def _named_only() -> frozenset[str]:
    """Folded nouns marked ``named`` in ``speaker_descriptions.txt`` ("armée", "ministère")."""
    from ...gazetteer import read_table

    return frozenset(fold(row[0]) for row in read_table("speaker_descriptions.txt") if row[2:3] == ["named"])


_GLUE_WORDS = frozenset("les des aux par pour sur avec dans".split())
_DESCRIPTION = re.compile(r"\s*(?:(l')|(le|un|ce|cet)\s+|(la|une|cette)\s+)(?:(?:principal|principale|jeune|"
                          r"vieux|vieil|ancien|ancienne|nouveau|nouvel|nouvelle)\s+)?([\w'-]+)", re.IGNORECASE)


_AFTER_PREPOSITION = re.compile(r"\b(?:contre|de|du|des|d'|à|au|aux|avec|par|pour|sur|chez|entre|vers)\s*"
                                r"(?:l'|la\s+|le\s+|les\s+)?$", re.IGNORECASE)
#: Capitalised nouns with a demonym's ending that name organisations: Mission, Direction, Union, Région.
_NOT_DEMONYM = re.compile(r"ion$", re.IGNORECASE)
_DEMONYM_ENDING = re.compile(r"(?:ois|oise|ais|aise|ien|ienne|ain|aine|in|ine|an|ane|on|onne|ol|ole|ard|arde)$")


def description_ref(analysis: Analysis, start: int, end: int, strict: bool = False) -> SpeakerRef | None:
    """ "l'intéressé", "la magistrate", "le Néerlandais de 24 ans": a person named before.

    Returns a pronoun-like reference that only persons can resolve.
    """
    m = _DESCRIPTION.match(analysis.text, start, end)
    if not m:
        return None
    word = m.group(4)
    around = analysis.mention_at(m.start(4))
    country = analysis.entity(around.entity) if around is not None else None
    demonym = (word[:1].isupper() and country is not None and country.kind == COUNTRY
               and around.start == m.start(4) and around.end == m.end(4) and fold(word) != fold(country.label)
               and not re.match(r"\s*(?:du|de|des|d')\s*[A-ZÀ-Ý]", analysis.text[m.end(4):end]))
    if not demonym and word[:1].isupper() and _DEMONYM_ENDING.search(word) and not _NOT_DEMONYM.search(word) and (
            around is None or analysis.entity(around.entity).kind == PERSON
            and around.start == m.start(4) and around.end == m.end(4)):
        # "le Neuchâtelois", "la Bretonne": a person from a region (the model may take
        # the demonym for a person's name: "le Breton" is nobody's name); "la Mission de
        # l'ONU", "la Direction" name an organisation
        demonym = True
    kind = descriptions().get(fold(word), PERSON if demonym else None)
    if kind is None:
        return None
    if not demonym and around is not None and analysis.entity(around.entity).kind == ORGANIZATION:
        return None  # "l'Autorité du canal de Suez": the word begins a name, it describes nobody
    if not demonym and any(not analysis.text[x.start].islower() for x in analysis.mentions_in(m.end(), end)):
        return None  # "le patron de la CGT": the phrase names someone ("le joueur tongien" does not)
    if kind == ORGANIZATION:  # "selon le club auvergnat": the last organisation named
        # as an actor: "en guerre contre l'armée soudanaise" names a target, not the one described
        before = [x for x in analysis.mentions_in(max(0, start - 3000), start)
                  if analysis.entity(x.entity).kind == ORGANIZATION
                  and not _AFTER_PREPOSITION.search(analysis.text, max(0, x.start - 14), x.start)]
        # "a précisé le ministère", "l'armée a affirmé": the last organisation whose name holds the noun
        # and the nationality after it ("le ministère sri-lankais" is not "le Ministère népalais …";
        # "l'autorité sanitaire" may still be "la Haute Autorité de santé")
        extra = {w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", fold(analysis.text[m.end(4):end]))
                 if _DEMONYM_ENDING.search(w) and w not in _GLUE_WORDS}
        named = [x for x in before if fold(word) in fold(analysis.entity(x.entity).label)
                 and extra <= set(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", fold(analysis.entity(x.entity).label)))]
        if not named and (strict or fold(word) in _named_only()):
            return None  # strict: "selon le syndicat" only for an organisation whose name says so
        found = named or before
        return SpeakerRef(keys=[found[-1].entity]) if found else None
    gender = "Fem" if m.group(3) else "Masc" if m.group(2) else None
    if gender is None and fold(word).endswith(("ee", "euse", "rice", "ienne", "ante")):
        gender = "Fem"
    return SpeakerRef(pronoun="elle" if gender == "Fem" else "il", gender=gender, person_only=True,
                      word=fold(word) if demonym else None)


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Folded title head words (``kg/data/titles_fr.txt``) and speaker roles."""
    from ...gazetteer import load_gazetteer

    return frozenset(fold(w) for w in load_gazetteer().titles) | frozenset(fold(w) for w in role_words())


_ROLE_DETERMINERS = {"le", "la", "l", "les", "un", "une", "son", "sa", "ses", "leur", "ce", "cette", "cet",
                     "du", "des", "de", "d", "au", "aux"}
_ROLE_GLUE = {"de", "du", "des", "d", "la", "le", "l", "les", "et", "a", "au", "aux", "en", "pour", "sur"}
_MODIFIERS = {"ancien", "ancienne", "nouveau", "nouvelle", "actuel", "actuelle", "premier", "premiere",
              "haut", "haute", "vice", "ex", "futur", "future"}
#: Words that end a role phrase: what follows is where or how the person spoke.
_CIRCUMSTANCE = {"devant", "depuis", "sur", "lors", "dans", "pendant", "apres", "avant", "cite", "citee",
                 "interroge", "interrogee", "joint", "jointe", "selon", *WEEKDAYS, "hier"}
_CIRCUMSTANCE_AFTER = re.compile(r"\s(?:sur|devant|depuis|lors|pendant|après|avant|cités?|citées?|"
                                 r"interrogée?s?|jointe?s?)\b", re.IGNORECASE)
#: Singular titles that speak for an institution they name, or for their state.
_SPOKESPERSONS = {"porte-parole", "porte parole", "representant", "representante"}


def _role_tokens(text: str) -> list[str]:
    return re.findall(r"[\w-]+", fold(text).replace("'", " "))


def _same_word(a: str, b: str) -> bool:
    """Equal up to a gender or number ending: présidente/président, espagnole/espagnols."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2 or (
        len(short) >= 5 and short[:-1] == long_[: len(short) - 1] and len(long_) - len(short) <= 2)


def role_phrase(text: str) -> tuple[str, list[str]] | None:
    """The title head word and the content words of a role phrase, or None.

    >>> role_phrase("la présidente de la commission des lois")
    ('presidente', ['commission', 'lois'])
    >>> role_phrase("mardi la ville") is None
    True
    """
    words = _role_tokens(text)
    while words and (words[0] in _ROLE_DETERMINERS or words[0] in _MODIFIERS):
        words = words[1:]
    if not words or words[0] not in title_words():
        return None
    for k, w in enumerate(words):  # "le député de la Somme sur le plateau de France 2"
        if w in _CIRCUMSTANCE:
            words = words[:k]
            break
    return words[0], [w for w in words[1:] if w not in _ROLE_GLUE and w not in _ROLE_DETERMINERS]


def role_person(analysis: Analysis, start: int, end: int, at: int | None = None) -> str | None:
    """The person of the article whose role the phrase ``[start, end)`` names.

    "a relevé le patron des sénateurs centristes", "selon le ministre", "a
    assuré le préfet": the person introduced with that role ("Hervé Marchand,
    patron des sénateurs centristes", "le préfet de la région, Paul Martin").
    Every content word of the phrase must be in the person's role; among
    several, the one whose role shares most words, then the last mentioned
    before ``at``.
    """
    phrase = role_phrase(_synonym(analysis.text[start:end]))
    if phrase is None:
        return None
    head, content = phrase
    at = start if at is None else at
    best: tuple | None = None
    for entity in analysis.records.entities:
        if entity.kind != PERSON or not own_roles(analysis, entity):
            continue
        score = -1
        for role in own_roles(analysis, entity):
            words = _role_tokens(role)
            while words and words[0] in _MODIFIERS:
                words = words[1:]
            if not words or not _same_word(words[0], head):
                continue
            rest = words[1:]
            if all(any(_same_word(c, w) for w in rest) for c in content):
                score = max(score, len(content))
        if score < 0 and not (content and _sole_holder(analysis, entity, head)):
            continue
        starts = [m.start for m in analysis.records.mentions if m.entity == entity.key]
        before = [p for p in starts if p < at]
        recency = max(before) if before else -min(starts, default=0) - 10**9
        candidate = (score, bool(before), recency, entity.key)
        if best is None or candidate > best:
            best = candidate
    return best[3] if best else None


def own_roles(analysis: Analysis, entity) -> list[str]:
    """The roles of ``entity`` that name no other person of the article.

    "la procureure Hélène Castaing contre Erwan X" may leave X with the role
    "procureure Hélène Castaing contre": that title, and its gender, are
    Hélène Castaing's, not X's.
    """
    others = [fold(e.label) for e in analysis.records.entities
              if e.kind == PERSON and e is not entity and len(e.label) > 3]
    return [r for r in entity.roles if not any(o in fold(r) for o in others)]


def _sole_holder(analysis: Analysis, entity, head: str) -> bool:
    """``entity`` is the only person of the article whose role has this head title.

    "la ministre de la Santé" is "la ministre Nathalie Ferracci" when she is
    the only minister the article names, even if her role was written short.
    """
    def heads(e, bare: bool = False) -> set[str]:
        found = set()
        for role in own_roles(analysis, e):
            words = [w for w in _role_tokens(role) if w not in _MODIFIERS]
            if words and (not bare or len(words) == 1):
                found.add(words[0])
        return found

    # Only a bare title ("la ministre X"): a longer one that did not match contradicts.
    if not any(_same_word(h, head) for h in heads(entity, bare=True)):
        return False
    return not any(e is not entity and e.kind == PERSON and any(_same_word(h, head) for h in heads(e))
                   for e in analysis.records.entities)


@lru_cache(maxsize=1)
def _synonyms() -> list[tuple[re.Pattern, str]]:
    from ...gazetteer import read_table

    rows = sorted(read_table("title_synonyms.tsv"), key=lambda r: -len(r[0]))
    return [(re.compile(r"\b" + re.escape(fold(r[0])) + r"\b"), fold(r[1])) for r in rows if len(r) > 1]


def _synonym(text: str) -> str:
    """ "le chef de la diplomatie française" -> "le ministre des affaires etrangeres française" (folded)."""
    folded = fold(text)
    for pattern, title in _synonyms():
        if pattern.search(folded):
            return pattern.sub(title, folded, count=1)
    return text


def member_of(analysis: Analysis, org: str, at: int) -> str | None:
    """The person named before ``at`` whose role names organisation ``org``.

    "a glissé le patron des députés RN" is the person introduced as "président
    du groupe Rassemblement national"; a title inside an organisation is one
    of its people, not the organisation itself.
    """
    entity = analysis.entity(org)
    names = {fold(n) for n in [entity.label, *entity.aliases] if len(n) >= 2}
    best = None
    for m in analysis.records.mentions:
        if m.start >= at:
            break
        person = analysis.entity(m.entity)
        if person is None or person.kind != PERSON:
            continue
        roles = " ".join(fold(r) for r in own_roles(analysis, person))
        if any(re.search(rf"\b{re.escape(n)}\b", roles) for n in names) or any(
                _spells(n, own_roles(analysis, person)) for n in names if 2 <= len(n) <= 6):
            best = person.key
    return best


def _spells(acronym: str, roles: list[str]) -> bool:
    """True when consecutive words of a role start with the letters of ``acronym`` ("RN", "PS")."""
    if not acronym.isalpha():
        return False
    for role in roles:
        words = [w for w in re.findall(r"[\w-]+", role) if fold(w) not in _ROLE_GLUE]
        for k in range(len(words) - len(acronym) + 1):
            window = words[k : k + len(acronym)]
            if window[0][:1].isupper() and fold("".join(w[0] for w in window)) == acronym:
                return True
    return False


def _title_ref(text: str) -> SpeakerRef:
    """A reference that only a person already named can fill, with the title's gender."""
    words = _role_tokens(text)
    gender = "Fem" if words and words[0] in ("la", "une", "cette", "sa") else None
    phrase = role_phrase(text)
    if gender is None and phrase is not None:
        gender = _title_genders().get(phrase[0]) or ("Masc" if words and words[0] in ("le", "un", "ce", "son")
                                                     else None)
    return SpeakerRef(pronoun="elle" if gender == "Fem" else "il", gender=gender, person_only=True)


def singular_title(text: str) -> bool:
    """A phrase headed by one person's title ("le ministre espagnol"), not a spokesperson or a group."""
    phrase = role_phrase(text)
    if phrase is None or phrase[0] in _SPOKESPERSONS:
        return False
    words = _role_tokens(text)
    return not (words and words[0] in ("les", "des", "ses", "leurs")) and not phrase[0].endswith(("s", "x"))


_LOCATIVE = re.compile(r"(?:\bà|\ben|\bau|\baux|\bdans|\bdepuis|\bdevant|\bchez|\bsur)\s+(?:l'|la\s+|le\s+|les\s+)?$",
                       re.IGNORECASE)


def is_actor(analysis: Analysis, key: str) -> bool:
    """Persons, organisations and countries speak; places do not."""
    entity = analysis.entity(key)
    return entity is not None and entity.kind in SPEAKER_KINDS


def best_mention(analysis: Analysis, start: int, end: int, head: int | None = None,
                 skip_locatives: bool = False, institutions_first: bool = False) -> str | None:
    """The entity key that best names the phrase ``[start, end)``.

    The mention covering the ``head`` offset wins; otherwise people before
    organisations before countries before places, then the earliest. With
    ``skip_locatives``, a place where the speakers are ("les dirigeants de
    l'opposition à Séoul") does not speak.
    """
    mentions = [m for m in analysis.mentions_in(start, end)
                if analysis.entity(m.entity) and analysis.entity(m.entity).kind in SPEAKER_KINDS]
    if skip_locatives:
        mentions = [m for m in mentions
                    if not _LOCATIVE.search(analysis.text, max(start, m.start - 12), m.start)]
    if not mentions:
        return None
    if head is not None:
        for m in mentions:
            if m.start <= head < m.end:
                return m.entity
    def rank(m) -> int:
        kind = _KIND_RANK.get(analysis.entity(m.entity).kind, 9)
        return (kind - 1) % 3 if institutions_first and kind < 3 else kind  # org, country, person

    def complement(m) -> bool:  # "l'avocat de Paul Roy, Me Anne Lenoir": Paul Roy only qualifies the title
        return _COMPLEMENT_BEFORE.search(analysis.text, max(start, m.start - 10), m.start) is not None

    mentions.sort(key=lambda m: (rank(m), complement(m), m.start))
    return mentions[0].entity


_COMPLEMENT_BEFORE = re.compile(r"\b(?:de|du|des|d')\s*(?:l'|la\s+|le\s+|les\s+)?$", re.IGNORECASE)


def _core_span(token: Token, skip: set[int]) -> tuple[int, int]:
    """Character span of ``token``'s phrase without its clauses and conjuncts."""
    tokens = [token]
    stack = [c for c in token.children if c.dep_ not in _PHRASE_STOP and c.i not in skip]
    while stack:
        t = stack.pop()
        tokens.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _PHRASE_STOP and c.i not in skip)
    # Keep appositions ("Le ministre, Lloyd Austin") which spaCy may attach as conj/appos.
    for c in token.children:
        if c.dep_ == "appos":
            tokens.extend(c.subtree)
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _gender(token: Token) -> str | None:
    for c in token.children:
        if c.dep_ == "det" and (found := _determiner_gender(c.lower_, token.text)) is not None:
            return found
    if (titled := _title_genders().get(fold(token.text))) is not None:
        return titled  # "son avocate": the title says what the possessive does not
    genders = token.morph.get("Gender")
    return genders[0] if genders and token.pos_ == "NOUN" else None


def from_subject(analysis: Analysis, subject: Token) -> SpeakerRef | None:
    """The speaker(s) named by a subject token, or None if it names no entity.

    A relative "qui" stands for the noun it attaches to.
    """
    if subject.lower_ in ("qui", "lequel", "laquelle"):
        if (titled := _titled_person_before(analysis, subject.idx)) is not None:
            return SpeakerRef(keys=[titled])
        # "…, a plaidé Me X, qui a dénoncé …": a name right before "qui" is its
        # antecedent, whatever the parser attached the relative clause to.
        prev = subject.doc[subject.i - 1] if subject.i else subject
        prev = subject.doc[subject.i - 2] if prev.text == "," and subject.i >= 2 else prev
        if prev.text == ")" and prev.i >= 2 and prev.doc[prev.i - 2].text == "(":
            prev = prev.doc[prev.i - 1]  # "la Commission électorale (CEI), qui annonce …": its acronym
        antecedent = subject.head.head if subject.head.dep_ == "acl:relcl" else None
        if antecedent is not None and antecedent.pos_ in ("VERB", "AUX"):
            antecedent = None  # "glisse l'élu, qui promet …" hung on the verb: the word before "qui" tells
        if antecedent is not None and antecedent.i < subject.i and not any(
                t.text in QUOTE_MARKS for t in subject.doc[antecedent.i : subject.i]):
            subject = antecedent
        elif prev.pos_ in ("PROPN", "NOUN"):
            subject = prev.head if prev.dep_ == "flat:name" else prev
    word = re.sub(r"^-(?:t-)?", "", subject.lower_)  # "a-t-il", "dit-elle"
    if word == "on":
        return None  # "on" names nobody
    if word in PRONOUNS:
        gender, number = PRONOUNS[word]
        return SpeakerRef(pronoun=word, gender=gender, plural=number == "Plur")
    ref = SpeakerRef(plural="Plur" in subject.morph.get("Number"))
    start, end = _core_span(subject, set())
    around = analysis.mention_at(subject.idx)
    if around is not None:  # the parser split "Sophie Garnier" into two subjects
        start, end = min(start, around.start), max(end, around.end)
    for m in analysis.mentions_in(start, end + 80):  # "l'association UFC-Que Choisir": a name the parse cut
        if start <= m.start < end < m.end:
            end = m.end
    parts = _coordinated_parts(analysis, start, end)
    # "L'administration du président X", "le bureau de X": the institution speaks, not X.
    institution = (subject.pos_ == "NOUN" and fold(subject.text) not in title_words()
                   and role_of(subject.text) is None and around is None
                   and not _person_in_apposition(analysis, subject, end))
    for part_start, part_end in parts:
        head = subject.idx if part_start <= subject.idx < part_end else None
        key = best_mention(analysis, part_start, part_end, head=head, skip_locatives=True,
                           institutions_first=institution)
        if key and key not in ref.keys:
            ref.keys.append(key)
    people = [k for k in ref.keys if analysis.entity(k).kind == PERSON]
    if people and len(ref.keys) > 1 and fold(subject.text) in title_words() and not ref.plural:
        ref.keys = people  # "le ministre des Infrastructures et des Transports, X": one person speaks
    if not any(analysis.entity(k).kind == PERSON for k in ref.keys) and len(parts) == 1:
        phrase_start = min(start, subject.idx)
        person = role_person(analysis, phrase_start, end, at=subject.idx)
        if person is None and len(ref.keys) == 1 and analysis.entity(ref.keys[0]).kind == ORGANIZATION \
                and singular_title(analysis.text[phrase_start:end]):
            person = member_of(analysis, ref.keys[0], subject.idx)
        described = description_ref(analysis, phrase_start, end) if person is None else None
        if person is not None:
            ref.keys = [person]
        elif described is not None:
            return described
        elif ref.keys and singular_title(analysis.text[phrase_start:end]) and all(
                analysis.entity(k).kind == COUNTRY for k in ref.keys):
            # "le chef de la diplomatie espagnole", nobody named: not Spain itself,
            # a person already named
            return _title_ref(analysis.text[phrase_start:end])
    if not ref.keys:
        if _is_pair(subject):  # "les deux responsables": the last two speakers
            return SpeakerRef(pronoun="ils", plural=True)
        if (spokesperson := _possessive_spokesperson(subject)) is not None:
            return spokesperson
        phrase = analysis.text[min(start, subject.idx):end]
        if subject.pos_ == "NOUN" and singular_title(phrase) and not analysis.mentions_in(start, end):
            return _title_ref(phrase)  # "Le responsable a confirmé …": the person just named
        return None
    if analysis.entity(ref.keys[0]).kind != PERSON:
        ref.role = role_of(subject.text)
    ref.gender = _gender(subject)
    ref.plural = ref.plural or len(ref.keys) > 1
    return ref


_TITLE_BETWEEN = re.compile(r"\s*,\s*([^,;.:«»\"“”()]{3,90}?)\s*,\s*$")


def _titled_person_before(analysis: Analysis, at: int) -> str | None:
    """ "X, président du syndicat des pharmaciens de la Manche, qui réclame …": X, not the syndicate.

    A relative after a person's name and a title in apposition is on the person.
    """
    before = [m for m in analysis.mentions_in(max(0, at - 200), at) if m.end <= at]
    if not before:
        return None
    gap = _TITLE_BETWEEN.fullmatch(analysis.text, before[-1].end, at)
    if gap is None:
        people = [m for m in before if analysis.entity(m.entity).kind == PERSON]
        if not people:
            return None
        gap = _TITLE_BETWEEN.fullmatch(analysis.text, people[-1].end, at)
        before = people
    if gap is None or analysis.entity(before[-1].entity).kind != PERSON or role_phrase(gap.group(1)) is None:
        return None
    return before[-1].entity


def _person_in_apposition(analysis: Analysis, subject: Token, end: int) -> bool:
    """ "Le glaciologue italien Luca Bernardi": a noun followed by a person's name names that person.

    "L'administration du président X", "le bureau de X" put a "de" between
    the noun and the name: the institution speaks, not X.
    """
    after = subject.idx + len(subject.text)
    for m in analysis.mentions_in(after, end):
        if analysis.entity(m.entity).kind == PERSON:
            return not re.search(r"\b(?:de|du|des|d')\b|[,(]", analysis.text[after:m.start], re.IGNORECASE)
    return False


_AND = re.compile(r"\s+(?:et|ainsi que)\s+|\s*,\s*(?=(?:et\s+)?(?:les?|la|l'|des?|son|sa|ses)\s)")


def _coordinated_parts(analysis: Analysis, start: int, end: int) -> list[tuple[int, int]]:
    """Split "X et Y" into its conjuncts, when each of them names an entity.

    >>> # "Lloyd Austin et son homologue sud-coréen Kim Yong-hyun" -> two parts
    """
    cuts = [(m.start(), m.end()) for m in _AND.finditer(analysis.text, start, end)]
    parts, prev = [], start
    for a, b in cuts:
        parts.append((prev, a))
        prev = b
    parts.append((prev, end))
    if len(parts) > 1 and all(analysis.mentions_in(a, b) for a, b in parts):
        return parts
    return [(start, end)]


def _possessive_spokesperson(subject: Token) -> SpeakerRef | None:
    """ "Son porte-parole a accusé l'Otan…", unnamed: the institution just named speaks through them."""
    role = role_of(subject.text)
    if role is None or fold(role) not in _SPOKESPERSONS or not any(
            c.dep_ == "det" and c.lower_ in ("son", "sa", "leur") for c in subject.children):
        return None
    return SpeakerRef(pronoun="il", role=role, institution_only=True)


def _is_pair(subject: Token) -> bool:
    return subject.lower_ in ("responsables", "dirigeants", "ministres", "hommes", "pays", "alliés") and any(
        c.lower_ == "deux" for c in subject.children
    )


_ARTICLE_BEFORE = re.compile(r"\b(?:le|la)\s+$", re.IGNORECASE)
_ROLE_NOUN = re.compile(r"\b(?:un|une|le|la|les|des|de|d')\s+([\w'-]+)", re.IGNORECASE)


def from_span(analysis: Analysis, start: int, end: int) -> SpeakerRef | None:
    """The speaker named in ``[start, end)``: an inverted subject or a "selon X" phrase.

    A phrase that names a person by role only ("le préfet", "la présidente
    de la commission") is that person when the article gave them the role;
    one person's title with only a country in it ("le chef de la diplomatie
    espagnole") names nobody.
    """
    if role_phrase(analysis.text[_skip_time(analysis.text, start, end):end]) is not None:
        cut = _CIRCUMSTANCE_AFTER.search(analysis.text, start, end)
        end = cut.start() if cut else end  # "la députée de la Drôme sur le plateau de LCI"
    key = best_mention(analysis, start, end, skip_locatives=True)
    if key is not None and analysis.entity(key).kind == PERSON:
        named = next(x for x in analysis.mentions_in(start, end) if x.entity == key)
        if _ARTICLE_BEFORE.search(analysis.text, max(0, named.start - 4), named.start) and \
                not re.search(r"\s", analysis.text[named.start:named.end]):
            described = description_ref(analysis, _skip_time(analysis.text, start, end), end)
            if described is not None and described.person_only:
                return described  # "le Breton de l'équipe": a demonym the model took for a name
    if key is None or analysis.entity(key).kind != PERSON:
        person = role_person(analysis, _skip_time(analysis.text, start, end), end)
        described = description_ref(analysis, _skip_time(analysis.text, start, end), end)
        if person is None and key is not None and analysis.entity(key).kind == ORGANIZATION and singular_title(
                analysis.text[_skip_time(analysis.text, start, end):end]):
            person = member_of(analysis, key, start)  # "le patron des députés RN": RN's group leader
        if person is not None:
            key = person
        elif described is not None:
            return described
        elif (key is None or analysis.entity(key).kind == COUNTRY) and singular_title(
                analysis.text[_skip_time(analysis.text, start, end):end]):
            # "a précisé le député de la Somme", "la cheffe de la diplomatie kényane":
            # a person's title that matches no role given earlier refers back to a
            # person already named, never to the country in the title.
            return _title_ref(analysis.text[_skip_time(analysis.text, start, end):end])
    if key is None:
        return None
    role = None
    if analysis.entity(key).kind != PERSON:
        m = _ROLE_NOUN.search(analysis.text, start, end)
        if m:
            role = role_of(m.group(1))
    words = analysis.text[start:end].split()
    gender = _determiner_gender(words[0], words[1] if len(words) > 1 else "") if words else None
    keys = [key]
    # "Séoul et Washington", "X et Y": each named conjunct speaks.
    for m in analysis.mentions_in(start, end):
        if m.entity not in keys and _KIND_RANK.get(analysis.entity(m.entity).kind) == _KIND_RANK.get(
            analysis.entity(key).kind
        ):
            between = analysis.text[min(m.end, _end_of(analysis, key, start, end)) : m.start]
            if between.strip() in ("et", ",", "ainsi que"):
                keys.append(m.entity)
    return SpeakerRef(keys=keys, role=role, gender=gender, plural=len(keys) > 1)


_TIME_WORDS = re.compile(
    r"(?:\s*(?:" + "|".join(WEEKDAYS) + r"|hier|aujourd'hui|encore|"
    r"également|aussi|soir|matin|midi|dernier|dernière|ensuite|alors|enfin|"
    r"(?:à|au|aux|en|dans|depuis|devant|sur)\s+(?:l'|la\s+|le\s+|les\s+)?[\w'-]+)\b,?)+",
    re.IGNORECASE)


def _skip_time(text: str, start: int, end: int) -> int:
    """Where the speaker phrase starts after "mardi à Ajaccio" and the like."""
    m = _TIME_WORDS.match(text, start, end)
    return m.end() if m else start


def _end_of(analysis: Analysis, key: str, start: int, end: int) -> int:
    for m in analysis.mentions_in(start, end):
        if m.entity == key:
            return m.end
    return start


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Folded first name -> "Fem"/"Masc", from ``kg/data/first_names.tsv``."""
    from ...gazetteer import read_table

    return {fold(row[0]): row[1] for row in read_table("first_names.tsv") if len(row) > 1}


@lru_cache(maxsize=1)
def _title_genders() -> dict[str, str]:
    """Folded title -> gender, for titles whose two forms differ (président/présidente)."""
    titles = title_words()
    found = {}
    for t in titles:
        for fem in (t + "e", t[:-3] + "rice" if t.endswith("eur") else None, t[:-3] + "euse" if t.endswith("eur") else None,
                    t[:-2] + "ete" if t.endswith("et") else None, t + "ne" if t.endswith("ien") else None,
                    t + "ne" if t.endswith("en") else None, t + "le" if t.endswith("el") else None):
            if fem and fem != t and fem in titles:
                found[t], found[fem] = "Masc", "Fem"
    return found


_CIVILITY = re.compile(r"(?:\b(Mme|Madame|Mlle|Mademoiselle)|\b(M\.|Monsieur))\s*$")
_DET_BEFORE = re.compile(r"\b(la|une|le|un)\s+(?:[\w'-]+\s+){0,4}$", re.IGNORECASE)


def person_genders(analysis: Analysis) -> dict[str, str]:
    """The gender of each person of the article, where the text or the first name shows it.

    "Mme X", "M. X"; a gendered title in the person's roles ("présidente de la
    commission"); "la ministre X"; otherwise the first name
    (``kg/data/first_names.tsv``).
    """
    titles = _title_genders()
    names = first_names()
    genders: dict[str, str] = {}
    for entity in analysis.records.entities:
        if entity.kind != PERSON:
            continue
        votes = []
        for m in analysis.records.mentions:
            if m.entity != entity.key:
                continue
            civility = _CIVILITY.search(analysis.text, max(0, m.start - 14), m.start)
            if civility:
                votes.append("Fem" if civility.group(1) else "Masc")
        for role in own_roles(analysis, entity):
            words = _role_tokens(role)
            while words and words[0] in _MODIFIERS:
                words = words[1:]
            if words and words[0] in titles:
                votes.append(titles[words[0]])
        if not votes:
            first = fold(entity.label.split()[0]) if entity.label.split() else ""
            if first in names:
                votes.append(names[first])
        if votes and all(v == votes[0] for v in votes):
            genders[entity.key] = votes[0]
    return genders


@dataclass
class Said:
    """A resolved speaker, remembered for the pronouns that follow."""

    at: int
    keys: list[str]
    gender: str | None


def resolve_pronoun(ref: SpeakerRef, history: list[Said], genders: dict[str, str],
                    kinds: dict[str, str] | None = None) -> list[str]:
    """Keys for a pronoun speaker: the most recent compatible one in ``history``.

    Singular pronouns take single speakers, plural ones groups; a known
    gender that disagrees rules a candidate out. With no compatible
    candidate the most recent speaker is taken: news text often refers back
    to the last speaker whatever the grammar says. A reference that only a
    person can fill ("l'intéressé") skips organisations and countries.
    """
    if ref.person_only and kinds is not None:
        history = [h for h in history if len(h.keys) == 1 and kinds.get(h.keys[0]) == PERSON]
    if ref.institution_only and kinds is not None:
        history = [h for h in history if len(h.keys) == 1 and kinds.get(h.keys[0]) in (ORGANIZATION, COUNTRY)]
        return list(history[-1].keys) if history else []
    for said in reversed(history):
        if not ref.plural and len(said.keys) > 1 and ref.gender:
            # "Marie Dubois et Pierre Lenoir ont débattu. « … », a-t-elle répondu."
            members = [k for k in said.keys if genders.get(k) == ref.gender]
            if len(members) == 1:
                return members
        if ref.plural != (len(said.keys) > 1):
            continue
        gender = said.gender or (genders.get(said.keys[0]) if len(said.keys) == 1 else None)
        if ref.gender and gender and gender != ref.gender and not ref.plural:
            continue
        return list(said.keys)
    for said in reversed(history):
        if not ref.plural and len(said.keys) == 1:
            return list(said.keys)
    if ref.plural and history:
        return list(history[-1].keys)
    return []
