"""Where a reported content starts and ends, once its head is known.

The parse gives a head ("que" clause, object, infinitive); its subtree is
rarely exactly what was said: a leading "que", a trailing ", suscitant …",
a second "et que B" statement or a weekday come off (:func:`trim`), and a
closing quotation mark or a condition the parser hung on the verb come in
(:func:`extend`).
"""
from __future__ import annotations

from spacy.tokens import Token

from ...dates import WEEKDAYS
from . import bounds, coordinated, verbs

TIME_WORDS = {*WEEKDAYS, "hier", "aujourd'hui", "également", "aussi", "encore", "ensuite", "alors", "déjà"}
OPEN_MARKS = {"«": "»", "“": "”", '"': '"', "‹": "›"}


_CONDITIONS = {"si", "quand", "lorsque", "lorsqu'", "s'"}


def span(tokens: list[Token]) -> tuple[int, int]:
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def trim(token: Token, tokens: list[Token]) -> list[Token]:
    """Drop a leading "que" and a trailing participial clause or punctuation.

    ``", suscitant des inquiétudes"``, ``", indiquant que…"`` and ``", confirmant…"``
    comment on the statement; they are not part of it.
    """
    tokens = sorted(tokens, key=lambda t: t.i)
    if len(tokens) > 1 and tokens[0].lower_ in ("pour", "afin") and tokens[1].lower_ in ("que", "qu'", "de"):
        tokens = tokens[1:]  # "lancer un appel … pour qu'ils se rendent"
    while tokens and tokens[0].lower_ in ("que", "qu'", "qu’", "qu"):
        tokens = tokens[1:]  # ("qu" + "'" when the tokenizer split the elision before a quotation mark)
        while tokens and tokens[0].text in ("'", "’"):
            tokens = tokens[1:]
    if len(tokens) > 3 and tokens[0].lower_ == "contre" and tokens[1].pos_ == "PRON":
        tokens = tokens[2:]  # "a requis contre lui dix mois …": whom it is asked against is not what was said
    if (link := coordinated.link_at(tokens)) is not None:
        tokens = tokens[:link]  # "que A et que B": B is a statement of its own
    while len(tokens) > 2 and tokens[0].lower_ in TIME_WORDS and tokens[1].pos_ in ("DET", "NUM", "ADP"):
        tokens = tokens[1:]  # "a requis jeudi une peine de …": the day is not what was said
    for k, t in enumerate(tokens):
        nxt = k + 1 + (k + 2 < len(tokens) and tokens[k + 1].pos_ == "AUX")  # "… et a appelé …"
        if k and t.lower_ == "et" and nxt < len(tokens) and tokens[nxt].pos_ == "VERB" and \
                "Part" in tokens[nxt].morph.get("VerbForm") and verbs.match(tokens[nxt]) is not None:
            tokens = tokens[:k]  # "a dénoncé une expertise … et réclamé la relaxe": a second statement
            break
        if k and t.lower_ == "et" and k + 1 < len(tokens) and tokens[k + 1].pos_ == "VERB" and \
                "Fin" in tokens[k + 1].morph.get("VerbForm") and tokens[k + 1].dep_ == "conj" and \
                not any(c.dep_.startswith("nsubj") for c in tokens[k + 1].children) and \
                verbs.match(tokens[k + 1]) is not None:
            tokens = tokens[:k]  # "affirment que 7 000 soldats ont été massés et accusent Paris de …": the
            break  # speaker's next act, sharing the subject of the reporting verb
        if k and t.lower_ == "et" and k + 1 < len(tokens) and tokens[k + 1].i + 1 < len(t.doc) and \
                t.doc[tokens[k + 1].i + 1].lower_ in ("que", "qu'", "qu’") and \
                not any(c.dep_ == "det" for c in tokens[k + 1].children) and \
                verbs.form_lemma(tokens[k + 1].text) is not None:
            tokens = tokens[:k]  # "redoute une « militarisation » et demande que …": the second verb, even
            break  # when the parser read it as a noun ("demande"), opens a statement of its own
        if k and t.lower_ == "et" and k + 2 < len(tokens) and tokens[k + 1].lower_ in ("se", "s'") and \
                tokens[k + 2].pos_ in ("VERB", "AUX") and "Fin" in tokens[k + 2].morph.get("VerbForm") and \
                verbs.match(tokens[k + 2]) is not None:
            tokens = tokens[:k]  # "reconnaît que le calendrier « … » et se dit prête à …": a second statement
            break
        if k and t.lower_ in ("mais", "et", "puis") and k + 1 < len(tokens) and tokens[k + 1].pos_ == "PRON" \
                and tokens[k + 1].dep_.startswith("nsubj") and verbs.match(tokens[k + 1].head) is not None \
                and tokens[k + 1].head.i > tokens[k + 1].i:
            tokens = tokens[:k]  # "qu'il ne s'y opposerait pas mais il a jugé …": a second statement
            break
        if k and t.lower_ in ("tout", "en") and _gerund_at(tokens, k + (t.lower_ == "tout")):
            tokens = tokens[:k]  # "a salué … tout en fustigeant …": a second statement
            break
        if t.text == "," and k >= 1 and tokens[k - 1].pos_ == "PROPN" and k + 2 < len(tokens) and \
                tokens[k + 1].like_num and tokens[k + 2].lower_ == "ans":
            tokens = tokens[:k]  # "dix ans contre Jean Dupuis, 47 ans, accusé de …": who he is
            break
        if t.text == "," and _new_sentence_after(tokens, k):
            tokens = tokens[:k]  # "plaident pour un « ordre multipolaire », New Delhi se tient à distance"
            break
        if not k or tokens[k - 1].text != ",":
            continue
        participle = tokens[k + 1] if t.lower_ == "en" and k + 1 < len(tokens) else t
        if participle.pos_ in ("VERB", "AUX") and participle.lower_.endswith("ant") and not (
                participle is t and bounds.continues(t.text)):  # ", portant le total à …" goes on
            tokens = tokens[: k - 1]
            break
        if participle.pos_ in ("VERB", "ADJ") and "Past" in participle.morph.get("Tense") and \
                "Part" in participle.morph.get("VerbForm") and k >= 2 and tokens[k - 2].pos_ == "PROPN" and \
                _describes_name(participle, tokens[k - 2], tokens[0]):
            tokens = tokens[: k - 1]  # "une peine contre Jean Dupuis, accusé de vol": who he is
            break
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and tokens[-1].text not in "»”\"›":
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct or tokens[0].is_space) and tokens[0].text not in "«“\"‹":
        tokens = tokens[1:]
    return tokens


def _gerund_at(tokens: list[Token], k: int) -> bool:
    """ "en fustigeant", "en se félicitant" at ``tokens[k]``."""
    if k >= len(tokens) or tokens[k].lower_ != "en":
        return False
    rest = tokens[k + 1 : k + 3]
    if rest and rest[0].lower_ in ("se", "s'"):
        rest = rest[1:]
    return bool(rest) and rest[0].pos_ in ("VERB", "AUX") and rest[0].lower_.endswith("ant")


def _new_sentence_after(tokens: list[Token], k: int) -> bool:
    """After the comma ``tokens[k]``, a subject of its own opens a new clause (juxtaposed)."""
    for t in tokens[k + 1 : k + 5]:
        if t.lower_ in ("que", "qu'", "et", "mais", "ou", "qui", "dont", "où", "si"):
            return False
        if t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN") and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX") \
                and "Fin" in t.head.morph.get("VerbForm") and t.head.i not in {x.i for x in tokens[:k]}:
            return t.head.dep_ in ("ROOT", "parataxis", "conj")
    return False


def _describes_name(participle: Token, name: Token, first: Token) -> bool:
    """A participle after ", Name" that describes the named one, not the reported thing.

    The parser hangs it on either; agreement decides: "une peine … contre Jean
    Dupuis, accusé de vol" (peine is feminine) versus "un prêt à l'Ukraine,
    financé par …" (it is the loan that is financed).
    """
    if participle.head.i == name.i or name.dep_ == "flat:name" and participle.head.i == name.head.i:
        return True
    thing = first.head if first.dep_ == "det" else first
    genders, mine = thing.morph.get("Gender"), participle.morph.get("Gender")
    return bool(genders and mine and genders != mine)


def subtree(token: Token, stop: set[int] = frozenset()) -> list[Token]:
    """``token``'s subtree without the subtrees rooted at ``stop``."""
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.i not in stop)
    return out


def participial_children(token: Token) -> set[int]:
    """Present-participle clauses hanging off ``token``: comments, not content."""
    return {c.i for c in token.children
            if c.dep_ in ("advcl", "acl", "conj", "parataxis") and c.lower_.endswith("ant")
            and not bounds.continues(c.text) and _set_apart(c)}


def _set_apart(participle: Token) -> bool:
    """A participle after a comma or a gerund ("…, suscitant", "en soulignant"), not one
    that restricts its noun ("des manœuvres impliquant 3.000 militaires")."""
    first = participle.left_edge
    return first.lower_ in ("en", "tout") or first.i > 0 and participle.doc[first.i - 1].text in ",;:()–—-"


def holds_quote(token: Token, whole: bool = True) -> bool:
    """True when the phrase headed by ``token`` holds a quotation mark after its first word.

    A quotation hung on the object but before it ("a rappelé « pour consultations » son
    ambassadeur") is no part of what was said about it. With ``whole``, a phrase wholly inside marks
    the parse hung elsewhere counts too ("met en avant « la chute des cours »").
    """
    first = token.left_edge
    if whole and first.i and first.doc[first.i - 1].text in OPEN_MARKS and first.doc[first.i - 1].text != '"':
        return True  # "met en avant « la chute des cours »": the whole phrase quoted, its marks hung elsewhere
    theirs = _object_relative_tokens(token)
    marks = [t for t in token.subtree if (t.text in OPEN_MARKS or t.text in OPEN_MARKS.values()) and t.i not in theirs]
    # "une « deuxième vague »": the opening mark after the determiner, the closing one hung elsewhere
    return any(t.text in OPEN_MARKS for t in marks) and any(t.i > token.i or t.text in OPEN_MARKS and
                                                          t.i > token.left_edge.i for t in marks)


def _object_relative_tokens(token: Token) -> set[int]:
    """The words of an object relative inside ``token``'s phrase, from its "que" on ("des déclarations
    qu'Alger juge « hostiles »"): a clause with a subject of its own, whose quotation is that subject's."""
    doc = token.doc
    start = next((t.i for t in token.subtree if t.i > token.i and t.lower_ in ("que", "qu'", "qu’")
                  and ("Rel" in t.morph.get("PronType") or doc[t.i - 1].pos_ in ("NOUN", "PROPN", "ADJ"))), None)
    return set(range(start, token.right_edge.i + 1)) if start is not None else set()


_COMPLEMENT = {"de", "du", "des", "d'"}


def _quotation_after(mark: Token, sent_end: int, have: set[int]) -> int:
    """Take in a quotation right after the content that the parser hung on the verb, and the
    noun complement closing it: "réclame une baisse « bien plus rapide » des émissions",
    "envisageait d'accueillir « jusqu'à 2 000 soldats »". Returns the new last index."""
    doc = mark.doc
    close = next((t for t in doc[mark.i + 1 : min(mark.i + 30, sent_end)] if t.text == OPEN_MARKS[mark.text]),
                 None)
    if close is None:
        return mark.i - 1
    end = close.i
    if end + 1 < sent_end and doc[end + 1].lower_ in _COMPLEMENT:
        k = end + 1
        while k < min(end + 10, sent_end) and not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX", "SCONJ",
                                                                                         "CCONJ", "PRON"):
            k += 1
        end = k - 1
    have.update(range(mark.i, end + 1))
    return end


def _addressing_again(verb: Token, end: int) -> bool:
    """ "a lancé un appel à ces combattants pour qu'ils se rendent, leur conseillant de ne pas …": a
    reporting participle right after the content whose dative clitic ("leur", "lui") takes up the same
    addressees goes on with the same appeal."""
    doc = verb.doc
    if end + 3 >= verb.sent.end or doc[end + 1].text != "," or doc[end + 2].lower_ not in ("leur", "lui"):
        return False
    participle = doc[end + 3]
    return participle.lower_.endswith("ant") and verbs.form_lemma(participle.text) is not None


def _object_after_mark(verb: Token, end: int) -> Token | None:
    """An object of ``verb`` starting right after the content's last token ``end``, a quotation
    mark: the rest of the content the parse cut at the mark (a verb has one object)."""
    doc = verb.doc
    if doc[end].text not in OPEN_MARKS and doc[end].text not in OPEN_MARKS.values():
        return None
    # (the closing mark may hang on the object, or be the "object" the parse hung the rest on:
    # "plaide pour une “revalorisation urgente” des primes")
    found = next((c for c in verb.children if c.dep_ == "obj" and c.i >= end and c.left_edge.i in (end, end + 1)
                  and c.right_edge.i < verb.sent.end and (c.i > end or c.right_edge.i > end)), None)
    if found is None and doc[end].text in OPEN_MARKS.values():
        # "maintiennent leur « engagement » envers la sécurité": a preposition after the closing mark
        # read as a verb (its lemma no infinitive) and hung as a clause on this verb or the one it is
        # coordinated with; it goes on with the content
        found = next((c for c in (*verb.children, *(verb.head.children if verb.dep_ == "conj" else ()))
                      if c.i == end + 1 and misread_preposition(c) and c.right_edge.i < verb.sent.end), None)
    return found


def _qualifies_quotation(token: Token, have: set[int]) -> bool:
    """A past participle with no auxiliary or subject of its own right after a quotation that
    closes a noun phrase of the content ("les “abus” commis lors de …"): it qualifies that noun."""
    doc = token.doc
    close = doc[token.i - 1]
    opening = next((t for t in reversed(doc[max(min(have), close.i - 30) : close.i]) if t.text in OPEN_MARKS), None)
    return opening is not None and opening.i in have and opening.i > 0 \
        and doc[opening.i - 1].pos_ in ("DET", "ADJ", "ADP") and token.pos_ in ("VERB", "ADJ") \
        and "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense") \
        and token.dep_ in ("acl", "amod", "advcl", "conj", "dep", "parataxis") \
        and not any(c.dep_.startswith(("aux", "nsubj", "cop")) for c in token.children)


def misread_preposition(token: Token) -> bool:
    """ "… leur « engagement » envers la sécurité": a word the parser hung as a clause and tagged a
    verb though its lemma is no infinitive, opening its own phrase with no subject: a preposition."""
    return token.dep_ == "ccomp" and token.pos_ == "VERB" and token.left_edge.i == token.i \
        and not token.lemma_.endswith(("er", "ir", "re")) \
        and not any(g.dep_.startswith(("nsubj", "aux", "mark")) for g in token.children)


def extend(verb: Token, tokens: list[Token]) -> list[Token]:
    """Take in what the parser hung on the verb but belongs to the content.

    A closing quotation mark whose opening mark is in the content, a
    condition right after it ("Ce serait « très grave » si …"), and a reporting
    participle addressing the same people again (:func:`_addressing_again`).
    """
    if not tokens:
        return tokens
    doc = verb.doc
    have = {t.i for t in tokens}
    end = max(have)
    opened = [t.text for t in tokens if t.text in OPEN_MARKS and t.text != '"']
    closed = [t.text for t in tokens if t.text in OPEN_MARKS.values() and t.text != '"']
    # straight quotes: open ones in the content, counting from the sentence start ('"le courage" des
    # élus' may start after its opening mark, then the first one inside closes)
    before = sum(t.text == '"' for t in doc[verb.sent.start : min(t.i for t in tokens)])
    straight = sum(t.text == '"' for t in tokens)
    if len(opened) > len(closed):
        reach, marks = 25, set(OPEN_MARKS.values()) - {'"'}  # "un fils « doux, trop naïf »": past the comma
    elif (before + straight) % 2 and straight:
        reach, marks = 4, {'"'}
    else:
        reach, marks = 0, set()
    if reach:
        for t in doc[end + 1 : min(end + reach, verb.sent.end)]:
            if t.text in marks:
                have.update(range(end + 1, t.i + 1))
                end = t.i
                break
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    if nxt is not None and nxt.text in OPEN_MARKS and (nxt.text != '"' or not sum(
            t.text == '"' for t in doc[verb.sent.start : nxt.i]) % 2):
        end = _quotation_after(nxt, verb.sent.end, have)
        nxt = doc[end + 1] if end + 1 < len(doc) else None
    if (second := _object_after_mark(verb, end)) is not None:
        # "a estimé que l'Autriche avait « enfin compris » l'enjeu de …", "a salué une décision qui marque
        # selon lui " un tournant … "": the parse hangs the words after a quotation mark on the reporting
        # verb as a second object; a verb that already reports this content has none, they go on with it
        have.update(t.i for t in second.subtree)
        end = max(have)
        nxt = doc[end + 1] if end + 1 < len(doc) else None
    if nxt is not None and nxt.text == "," and end + 2 < len(doc) and doc[end + 2].text in OPEN_MARKS:
        # "…avait relevé trois plaies, « incompatibles avec un geste de défense »." ends the sentence
        close = next((t for t in doc[end + 3 : min(end + 40, verb.sent.end)] if t.text in OPEN_MARKS.values()
                      and t.i > end + 2), None)
        if close is not None and (close.i + 1 >= verb.sent.end or doc[close.i + 1].text in ".!?"):
            have.update(range(end + 1, close.i + 1))
            end = close.i
            nxt = doc[end + 1] if end + 1 < len(doc) else None
    if nxt is not None and doc[end].text in OPEN_MARKS.values() and nxt.pos_ in ("AUX", "VERB"):
        # "a annoncé que « près de 3 000 soldats » seraient stationnés …": the parse makes the quoted
        # subject the clause and hangs its verb on the reporting verb
        head = nxt if nxt.pos_ == "VERB" else nxt.head
        if head.head == verb and head.i > end and head.dep_ in ("advcl", "conj", "parataxis", "dep", "xcomp"):
            have.update(t.i for t in subtree(head, participial_children(head)) if t.i > end)
            end = max(have)
            nxt = doc[end + 1] if end + 1 < len(doc) else None
    if nxt is not None and doc[end].text in OPEN_MARKS.values() and _qualifies_quotation(nxt, have):
        # "a mis en garde contre les “abus” commis lors de précédentes opérations": wherever the parse
        # hung it, a past participle right after a quoted noun says which ones were meant
        have.update(t.i for t in subtree(nxt, participial_children(nxt)) if t.i > end and t.i < verb.sent.end)
        end = max(have)
        nxt = doc[end + 1] if end + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in _CONDITIONS and nxt.head.head == verb and nxt.head.dep_ == "advcl":
        have.update(t.i for t in nxt.head.subtree)
    elif _addressing_again(verb, end):
        have.update(range(end + 1, verb.sent.end))  # to the sentence's end: the parse may hang it anywhere
    out = [doc[i] for i in sorted(have)]
    while out and (out[-1].is_punct or out[-1].is_space) and out[-1].text not in "»”\"›":
        out = out[:-1]
    return out
