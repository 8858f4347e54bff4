"""Who is the subject of a reporting verb, whatever the parser made of the sentence.

"Austin a déclaré" is plain; "La Pologne a pour sa part annoncé", "L'Inde a de son
côté annoncé", "Washington et Paris ont salué", "Kigali a rejeté" read as a passive,
"… et rappelé que" hung on a verb inside the reported clause, "…, indiquant que"
without a subject of its own, and a passive with an agent are not: each gives the
token(s) that name the speaker, which :mod:`.verb_speakers` turns into a speaker.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...dates import MONTHS, WEEKDAYS
from . import verbs

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
_INHERIT_DEPS = {"advcl", "conj", "xcomp", "acl", "parataxis"}
# "raillant par la voix de son porte-parole": a channel, not the agent who speaks.
_CHANNELS = {"voix", "intermédiaire", "biais", "bouche", "truchement", "entremise"}


#: "de son côté", "pour sa part", "de leur côté": an aside between the verb and its object.
_ASIDES = {"côté", "part"}


def is_aside(token: Token) -> bool:
    """ "côté" in "de son côté", "part" in "pour sa part" (the parser may take it for a subject)."""
    return token.lower_ in _ASIDES and any(g.dep_ == "det" and "Yes" in g.morph.get("Poss") for g in token.children)


def subjects_of(token: Token, depth: int = 3) -> list[Token]:
    """The subject(s) of ``token``, or of the verb it depends on ("…, indiquant que").

    For a passive ("a été accusée par la Corée du Sud"), the agent speaks.
    The parser sometimes reads an apposition as a second subject ("Le
    secrétaire…, Lloyd Austin a souligné"): all are returned, in text order.
    """
    if (resumed := _before_stressed_pronoun(token)) is not None:
        return [resumed]
    if token.pos_ in ("ADV", "ADJ") and (name := name_before_mistagged(token)) is not None:
        return [name]  # "Ankara dément l'envoi de …": "dément" read as an adjective or adverb
    if verb_read_as_apposition(token):
        return [token.head]  # "L'Union des agriculteurs (UA) juge …": "juge" read as a noun
    agents = [c for c in token.children if c.dep_ == "obl:agent" and c.lower_ not in _CHANNELS]
    active = [c for c in token.children if c.dep_ == "nsubj"]
    if agents and not active:  # "a justifié ce choix par un texte …" is active: its subject speaks
        return agents
    if any(c.dep_ in ("nsubj:pass", "aux:pass", "cop") for c in token.children) and not _active_with_avoir(token) \
            and not _pronominal(token):
        return []  # a passive without agent: nobody is named as speaking
    found = [x for c in token.children if c.dep_ in SUBJECT_DEPS and not is_aside(c)
             and not _addressee_read_as_subject(token, c) for x in _past_topic(c)]
    if found:
        return found
    for aux in token.children:  # "La Pologne a pour sa part annoncé": the subject hung on the auxiliary
        if aux.dep_.startswith("aux") and aux.i < token.i:
            found = [c for c in aux.children if c.dep_ in SUBJECT_DEPS and not is_aside(c)]
            if found:
                return found
    opening = _subject_past_opening(token)
    if opening:
        return opening
    loose = [c for c in token.children if c.dep_ in ("dep", "obl:mod", "advmod") and c.pos_ == "PROPN"
             and c.i < token.i and c.lower_ not in WEEKDAYS and c.lower_ not in MONTHS
             and not any(g.dep_ == "case" for g in c.children) and _nothing_between(c, token)]
    if loose:  # "Washington et Paris ont salué …", "Paris, qui fournit …, a annoncé": a name left unattached
        return loose
    if token.dep_ == "conj" and "Fin" in token.head.morph.get("VerbForm") and (
            _participle_without_auxiliary(token) or _compound_after_simple(token)):
        # "a affirmé que la Russie « prendra les mesures qui s'imposent » et rappelé que …": a bare
        # participle is not coordinated with a finite verb; it shares the auxiliary of the participle above
        above = next((h for h in token.ancestors if h.i < token.i and _participle_with_auxiliary(h)), None)
        if above is not None:
            return subjects_of(above, depth - 1)
    stranded = _stranded_auxiliary(token)
    if stranded:
        return stranded
    if token.dep_ == "acl" and token.head.i < token.i and _after_comma(token) \
            and (any(c.dep_ == "obj" for c in token.children) or _finite_without_relative(token)):
        # "la mère de la victime, Anne Duval, décrit un fils …": a verb with an object is no participle
        # describing the noun before it, the noun is its subject; nor is a finite verb with no relative
        # pronoun ("La CGT, majoritaire sur le site, parle d'une « trahison »", "La ministre, Anne Duval,
        # s'est dite « préoccupée »": a participle with a finite auxiliary is a finite verb)
        return [token.head]
    earlier = next((c for c in token.children if c.dep_ in ("advcl", "conj") and c.i < token.i), None)
    if earlier is not None and any(c.dep_ == "cc" and earlier.i < c.i < token.i for c in token.children):
        # "L'accusé baisse les yeux, puis assure que …": the first verb's subject goes on
        return [c for c in earlier.children if c.dep_ in SUBJECT_DEPS and not is_aside(c)]
    between = _after_object_relative(token) or _before_mistagged_verb(token) or _inverted_in_relative(token)
    if between:
        return between
    head = token.head
    if token.dep_ == "conj" and head.dep_ == "xcomp" and head.head.i < head.i and any(
            c.dep_ == "aux:tense" and c.i < token.i for c in token.children):
        # "s'est dit « préoccupé » par X et a appelé …": a verb with its own auxiliary is coordinated with
        # the verb above the attribute the parse hung it on (whose "par X" is a cause, not an agent)
        return subjects_of(head.head, depth - 1)
    if (verb := _verb_of_object(token)) is not None:
        # "a fustigé « un déploiement … », et réclamé que …": a past participle after "et", hung on the
        # object of a verb with an auxiliary, shares that auxiliary and that verb's subject
        return subjects_of(verb, depth - 1)
    if (verb := _verb_before_noun_read_verb(token)) is not None:
        # "redoute une « militarisation » et demande que …": the second verb, read as a noun hung on
        # the first one's object, shares the first one's subject
        return subjects_of(verb, depth - 1)
    if _participle_on_noun(token):
        return [head]  # "des agences promettant des emplois": the agencies promise, not the sentence's subject
    if token.dep_ == "fixed" and token.lower_.endswith("ant") and token.sent.root is not token:
        return subjects_of(token.sent.root, depth - 1)  # "tout en rappelant que …", read as one word
    if not depth or token.dep_ not in _INHERIT_DEPS or head is token:
        return []
    if "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense") or token.lower_.endswith("ant"):
        # "…, indiquant que" / "…, en précisant que" speak for the main clause's
        # subject, not for the subject of a reported clause.
        if head.dep_ != "ROOT" and verbs.match(head) is None:
            head = token.sent.root
            if head is token or verbs.match(head) is None and head.dep_ != "ROOT":
                return []
    found = subjects_of(head, depth - 1)
    if not found and token.dep_ == "conj" and head.dep_ == "ccomp" and verbs.match(token) is not None:
        # "Elle reconnaît que le calendrier a été mal expliqué et se dit prête à …": the parse
        # coordinates the second reporting verb with the reported (subjectless passive) clause
        return subjects_of(head.head, depth - 1)
    return found


def _addressee_read_as_subject(verb: Token, subject: Token) -> bool:
    """ "… et appelle le Parlement à « agir enfin … »": a noun after a verb that names whom it addresses
    (``target`` in reporting_verbs.txt), right before that verb's "à/de + infinitive", is the addressee
    the parse read as an inverted subject."""
    if subject.i < verb.i or subject.pos_ not in ("NOUN", "PROPN") or "\n" in verb.doc[verb.i:subject.i].text:
        return False
    reporting = verbs.match(verb)
    if reporting is None or not reporting.target_object:
        return False
    return any(c.dep_ == "xcomp" and c.i > subject.right_edge.i and any(
        g.dep_ == "mark" and g.lower_ in ("à", "de", "d'", "d’") for g in c.children) for c in verb.children)


_STRESSED = {"lui", "elle", "eux", "elles"}
#: The reflexive and negative clitics that may stand between a subject and its verb group.
_CLITICS = {"s'", "s’", "se", "ne", "n'", "n’"}


def _before_stressed_pronoun(token: Token) -> Token | None:
    """ "Le syndicat ACMP, lui, s'inquiète de …", "La ministre, elle, a salué …": a stressed pronoun
    between commas right before the verb (its auxiliaries and clitics) resumes the noun phrase before
    it, which is the subject however the parser hung it (the pronoun, or the phrase, as an adjunct)."""
    doc = token.doc
    k = token.i - 1
    while k > token.sent.start and (doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ in _CLITICS
                                    or doc[k].lower_ in ("y", "en")):
        k -= 1
    if k < token.sent.start + 3 or doc[k].text != "," or doc[k - 1].lower_ not in _STRESSED or doc[k - 2].text != ",":
        return None
    head = doc[k - 3]
    while head.head.i < k - 2 and head.head.i >= token.sent.start and head.head.i != head.i \
            and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    if head.dep_ == "flat:name":
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") else None


def name_before_mistagged(token: Token) -> Token | None:
    """ "Ankara dément l'envoi de …", "Addis-Abeba dément toute intention …": a present form of a
    reporting verb the parser tagged as an adverb or adjective ("dément" is also the adjective), right
    after a name and right before a determiner, is that verb; the name is its subject (the head of the
    name's words, however the parser hung them)."""
    doc = token.doc
    if token.i < 1 or token.i + 1 >= len(doc) or doc[token.i - 1].pos_ != "PROPN" or verbs.form_lemma(token.text) is None:
        return None
    if "DET" not in (doc[token.i + 1].pos_, doc[token.i + 1].tag_) and doc[token.i + 1].dep_ != "det" \
            or any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return None  # ("toute" may be tagged an adjective)
    name = doc[token.i - 1]
    start = name.i
    while start > token.sent.start and (doc[start - 1].pos_ == "PROPN" or not doc[start - 1].whitespace_):
        start -= 1  # (and the parts of a hyphenated name: "Addis-Abeba" may be read as a noun and a name)
    while start <= name.head.i < name.i:
        name = name.head
    return name


def verb_read_as_apposition(token: Token) -> bool:
    """ "L'Union des agriculteurs (UA) juge ces mesures insuffisantes", "la chercheuse X, de l'université
    de Y, juge « prématuré » de …": a present form of a reporting verb the parser read as a noun in
    apposition to the subject (no determiner of its own, right after a comma, a bracket or a name, and
    right before a determiner or a quotation mark) is that verb; the noun it hangs on is its subject."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.dep_ != "appos" or token.head.i >= token.i or token.i + 1 >= len(doc) \
            or token.text[:1].isupper() or verbs.form_lemma(token.text) is None:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return before.text in (",", ")") and not any(c.dep_ == "det" for c in token.children) \
        and (after.pos_ == "DET" or after.dep_ == "det" or after.text in ("«", "“", '"'))


def _subject_past_opening(token: Token) -> list[Token]:
    """ "À Bruxelles, le commissaire X a défendu …": with no subject of its own, the verb's subject may
    be hung, after a comma, as the conj of the place or time phrase that opens the sentence."""
    for c in token.children:
        if c.dep_.startswith("obl") and c.i < token.i and c.left_edge.i == token.sent.start and any(
                g.dep_ == "case" for g in c.children):
            found = [g for g in c.children if g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN") and g.i < token.i
                     and "," in (g.doc[g.left_edge.i].text, g.doc[g.left_edge.i - 1].text)]
            if found:
                return [_name_it_introduces(found[0])]
    return _phrase_after_opening(token) or _phrase_after_participle(token)


def _name_it_introduces(noun: Token) -> Token:
    """The name right after a common noun that introduces it ("la faîtière Assur'Santé Suisse"),
    which the parse hung apart from the noun, else the noun itself."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if (noun.pos_ == "NOUN" and noun.is_lower and after is not None and after.ent_iob_ == "B"
            and after.text[:1].isupper() and after.head is not noun and not any(
                c.dep_ in ("nmod", "appos", "flat:name") for c in noun.children)):
        return after
    return noun


def _phrase_after_participle(token: Token) -> list[Token]:
    """ "Interrogé par la radio X, le ministre, Paul Vernet, a assuré que …", "Contactée par l'AFP, la
    maire a indiqué …": a past participle opening the sentence describes the subject that follows its
    comma, and its agent is who asked, not who speaks. The parse often hangs that subject on the
    participle or in apposition to its agent (or the verb on it): the first noun phrase, with no
    preposition, right after a comma, hung there or on the verb, is the verb's subject."""
    doc = token.doc
    opener = next((t for t in token.sent if not t.is_space), token)
    if opener.i >= token.i or "Part" not in opener.morph.get("VerbForm") or "Pres" in opener.morph.get("Tense") \
            or opener.lower_.endswith("ant") or opener not in (token.head, *token.children) \
            or any(c.dep_.startswith("aux") for c in opener.children):
        return []
    for t in doc[opener.i + 1:token.i]:
        hung = t.head in (opener, token) or t.dep_ in ("appos", "conj") and t.head.head == opener  # on the agent
        if hung and t.pos_ in ("NOUN", "PROPN") and t.left_edge.i > opener.i + 1 \
                and doc[t.left_edge.i - 1].text == "," and not any(c.dep_ == "case" for c in t.children):
            return [t]
    return []


_COMPLEMENT_LINKS = {"de", "du", "des", "d'", "d’"}


def _phrase_after_opening(token: Token) -> list[Token]:
    """The same read on the words when the parse hangs the verb elsewhere (on the opening name as a
    parataxis): a sentence opened by a preposition and a phrase, a comma, then a noun phrase with no
    verb or preposition of its own right before the verb's auxiliary: that phrase's head."""
    doc, sent = token.doc, token.sent
    first = min([token] + [c for c in token.children if c.dep_.startswith("aux") and c.i < token.i], key=lambda t: t.i)
    if doc[sent.start].pos_ != "ADP":
        return []
    comma = next((k for k in range(first.i - 1, sent.start, -1) if doc[k].text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") or t.text in ",;:«»\"" for t in doc[sent.start:comma]):
        return []
    phrase = doc[comma + 1:first.i]
    if not len(phrase) or phrase[0].pos_ not in ("DET", "PROPN") or any(
            (t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") or t.pos_ == "ADP" and t.lower_ not in _COMPLEMENT_LINKS)
            and not _inside_a_name(t) for t in phrase):
        return []  # (a noun complement may follow: "À Londres, un porte-parole du Foreign Office a indiqué")
    heads = [t for t in phrase if t.pos_ in ("NOUN", "PROPN") and not phrase.start <= t.head.i < phrase.end]
    return [_name_it_introduces(h) for h in heads[:1]]


def _inside_a_name(token: Token) -> bool:
    """A capitalised word inside a name the model found, whatever its tag ("Assur'Santé Suisse":
    "Santé" read as a verb)."""
    return token.ent_iob_ == "I" and token.text[:1].isupper()


def _past_topic(token: Token) -> list[Token]:
    """ "Côté congolais, le porte-parole … a salué": a sentence opened by "Côté X," names its topic,
    not its subject; the parser may make "Côté" the subject and hang the real one on it."""
    if token.lower_ != "côté" or token.i != token.sent.start or any(c.dep_ == "det" for c in token.children):
        return [token]
    comma = next((t for t in token.doc[token.i + 1:token.sent.end] if t.text == ","), None)
    after = [c for c in token.children if comma is not None and c.i > comma.i
             and c.dep_ in ("conj", "appos", "nmod", "dep") and c.pos_ in ("NOUN", "PROPN")]
    return after[:1] or [token]  # the parser hangs it as conj, appos or nmod


def _verb_of_object(token: Token) -> Token | None:
    """The verb whose object ``token`` (a bare past participle of a reporting verb opened by "et") was
    hung on: "a dénoncé une instruction « menée à charge » et réclamé l'acquittement"."""
    if token.dep_ not in ("acl", "conj") or token.i < 2 or token.doc[token.i - 1].lower_ not in ("et", "puis") \
            or "Part" not in token.morph.get("VerbForm") or "Past" not in token.morph.get("Tense") \
            or any(c.dep_.startswith("aux") for c in token.children) or verbs.match(token) is None:
        return None
    for above in token.ancestors:
        if above.pos_ == "VERB" and above.i < token.i and any(c.dep_ == "aux:tense" for c in above.children):
            return above
        if above.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
            return None
    return None


def _verb_before_noun_read_verb(token: Token) -> Token | None:
    """The finite verb above ``token`` when ``token`` is a reporting-verb form the parser read as a
    noun, opened by "et" and followed by "que" without a determiner ("et demande que …"), hung on
    that verb's object."""
    doc = token.doc
    if token.dep_ != "conj" or token.pos_ != "NOUN" or token.i < 2 or token.i + 1 >= len(doc) \
            or doc[token.i - 1].lower_ != "et" or doc[token.i + 1].lower_ not in ("que", "qu'", "qu’") \
            or any(c.dep_ == "det" for c in token.children) or verbs.form_lemma(token.text) is None:
        return None
    for above in token.ancestors:
        if above.pos_ == "VERB" and above.i < token.i and "Fin" in above.morph.get("VerbForm"):
            return above
        if above.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
    return None


def _participle_on_noun(token: Token) -> bool:
    """ "des agences promettant des emplois": a present participle right after its noun (no comma
    between) says what the noun does; "un communiqué, indiquant que …" speaks for the sentence's subject,
    and so does a gerund ("a réagi dans la soirée en qualifiant …": "en" makes it adverbial, whatever
    noun the parse hung it on)."""
    head = token.head
    return token.dep_ == "acl" and head.pos_ == "NOUN" and head.i < token.i and token.lower_.endswith("ant") \
        and "Part" in token.morph.get("VerbForm") and not any(t.text == "," for t in token.doc[head.i + 1:token.i]) \
        and not _gerund(token)


def _gerund(token: Token) -> bool:
    """ "en qualifiant", "tout en rappelant": a present participle marked by "en"."""
    return any(c.dep_ in ("mark", "case") and c.lower_ == "en" and c.i < token.i for c in token.children)


def _before_mistagged_verb(token: Token) -> list[Token]:
    """ "Kinshasa accuse Kigali de …; Kigali dément et dénonce la présence des FDLR": the first of two
    coordinated verbs read as another word ("dément" as an adverb) leaves the second hung on the verb
    before; the name right before the mistagged form is the subject of both."""
    if token.dep_ != "conj" or token.i < 3:
        return []
    doc = token.doc
    cc, verb, name = doc[token.i - 1], doc[token.i - 2], doc[token.i - 3]
    if cc.lower_ not in ("et", "puis", "mais") or verb.pos_ in ("VERB", "AUX") or verbs.form_lemma(verb.text) is None:
        return []
    return [name] if name.pos_ in ("PROPN", "NOUN") and name.i >= token.sent.start else []


#: What may stand between an object relative's "que" and its verb besides the subject's names.
_NAME_LINKS = {"DET", "ADP", "CCONJ", "PROPN"}


def _after_object_relative(token: Token) -> list[Token]:
    """ "des troupes que Séoul et Washington accusent Pyongyang d'envoyer": in an object relative the
    names between "que" and a finite verb are its subject, however the parser hung them (it may glue
    a scraped dash to "que": "troupes -que Séoul …")."""
    if "Fin" not in token.morph.get("VerbForm") or token.pos_ != "VERB":
        return []
    doc = token.doc
    k = token.i - 1
    while k > token.sent.start and doc[k].pos_ in _NAME_LINKS and not doc[k].lower_.endswith(("que", "qu'", "qu’")):
        k -= 1
    word = doc[k].lower_
    if not (word in ("que", "qu'", "qu’") or word.endswith("que") and not word[:-3].isalpha()) or k == token.i - 1:
        return []
    names = [t for t in doc[k + 1:token.i] if t.pos_ == "PROPN"]
    if not names or doc[k + 1].pos_ not in ("PROPN", "DET"):
        return []
    # the first word of each name: right after "que", its article, or "et"
    return [t for t in names if doc[t.i - 1].i == k or doc[t.i - 1].pos_ in ("DET", "CCONJ")]


def relative_que(verb: Token) -> Token | None:
    """The "que"/"qu'" opening the object relative ``verb`` heads, whatever the parse made of it
    (a relative pronoun object, or a subordinating "que" on a verb hung on a noun, right after that
    noun's phrase: not the "que" of "ne … que"), or None."""
    doc = verb.doc
    for c in verb.children:
        if c.i >= verb.i or c.lower_ not in ("que", "qu'", "qu’") or not c.i:
            continue
        if c.dep_ == "obj" and "Rel" in c.morph.get("PronType"):
            return c
        before = doc[c.i - 2] if doc[c.i - 1].text == "," and c.i > 1 else doc[c.i - 1]
        if c.dep_ in ("mark", "obj") and verb.dep_.startswith("acl") and (
                before.pos_ in ("NOUN", "PROPN", "ADJ") or before.is_punct and before.text != ","):
            return c
    return None


def _inverted_in_relative(token: Token) -> list[Token]:
    """ "un dispositif « hors norme » qu'a détaillé mardi le préfet": in an object relative the noun
    phrase after the verb is its inverted subject (the parser reads it as a second object)."""
    if relative_que(token) is None:
        return []
    return [c for c in token.children if c.dep_ in ("obj", "nsubj") and c.i > token.i
            and c.pos_ in ("NOUN", "PROPN")][:1]


def _finite_without_relative(token: Token) -> bool:
    finite = [token] + [c for c in token.children if c.dep_.startswith("aux") and c.i < token.i]
    return any("Ind" in t.morph.get("Mood") for t in finite) and not any(
        "Rel" in c.morph.get("PronType") for c in token.children)


def _after_comma(token: Token) -> bool:
    """A comma right before the verb or before its own auxiliaries and clitics ("…, s'est dite"); not
    after a relative on the noun ("Lee, qui …, a rejeté": the antecedent rules read that one)."""
    k = token.i - 1
    while k > token.sent.start and token.doc[k].head == token and (
            token.doc[k].dep_.startswith("aux") or token.doc[k].lower_ in _CLITICS):
        k -= 1
    if k < token.i - 1 and any(c.dep_ == "acl:relcl" for c in token.head.children):
        return False
    return k >= 0 and token.doc[k].text == ","


_INSERT_POS = {"ADP", "DET", "NOUN", "PRON", "ADV", "ADJ", "PUNCT"}


def _nothing_between(name: Token, verb: Token) -> bool:
    """Only auxiliaries and adverbs between the name's phrase and the verb; a relative on the name
    may be closed by a comma ("Paris, qui fournit 700 militaires, a annoncé"), an aside may stand
    between commas ("Minsk, de son côté, a annoncé")."""
    gap = list(name.doc[name.right_edge.i + 1 : verb.i])
    if gap and gap[0].text == "," and any(c.dep_ == "acl:relcl" for c in name.children):
        gap = gap[1:]
    asides = {t.i for t in gap if is_aside(t)}
    if asides:  # "Minsk, de son côté, a annoncé …": the aside and its commas
        gap = [t for t in gap if t.text != "," and t.i not in asides and t.head.i not in asides]
    return all(t.pos_ in ("AUX", "ADV") for t in gap)


def _active_with_avoir(token: Token) -> bool:
    """ "Kigali a rejeté ces accusations" read as a passive: "avoir" makes it active (also when the
    parser took "avaient" for the passive auxiliary: "X et Y avaient recommandé de …")."""
    return not any(c.dep_ in ("aux:pass", "cop") and c.lemma_ != "avoir" for c in token.children) and any(
        c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in token.children)


def _pronominal(token: Token) -> bool:
    """ "Les Républicains s'en sont pris à …" read as a passive: a reflexive clitic makes "être" the
    auxiliary of a pronominal verb, whose subject acts."""
    return any(c.dep_.startswith("expl") and "Yes" in c.morph.get("Reflex") and c.i < token.i
               for c in token.children) and not any(c.dep_ == "obl:agent" for c in token.children)


def _participle_without_auxiliary(token: Token) -> bool:
    return "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense") and not any(
        c.dep_.startswith("aux") for c in token.children)


def _compound_after_simple(token: Token) -> bool:
    """ "a estimé que N'Djamena « protège sa souveraineté » et a appelé le Tchad à …": a compound past
    coordinated with a simple tense inside a reported clause goes with the reporting participle above."""
    head = token.head
    return _participle_with_auxiliary(token) and head.dep_ == "ccomp" and not any(
        c.dep_.startswith("aux") for c in head.children) and "Part" not in head.morph.get("VerbForm")


def _participle_with_auxiliary(token: Token) -> bool:
    return "Part" in token.morph.get("VerbForm") and any(c.dep_.startswith("aux") for c in token.children)


def _stranded_auxiliary(token: Token) -> list[Token]:
    """ "X a pour sa part salué…", "a de son côté dénoncé…": the subject of the auxiliary the parser cut off.

    An adverbial phrase between the auxiliary and the participle often makes
    the parser hang the participle on that phrase and keep the subject on the
    auxiliary; the auxiliary's subject is the participle's. When the parser made
    the reported clause the root ("X a de son côté affirmé qu'environ 500 … se
    trouvaient"), the subject before the auxiliary hangs on that root with it.
    """
    if "Part" not in token.morph.get("VerbForm") or token.lower_.endswith("ant") or any(
            c.dep_.startswith("aux") for c in token.children):
        return None
    for k in range(token.i - 1, max(token.sent.start, token.i - 7) - 1, -1):
        t = token.doc[k]
        if t.pos_ in ("AUX", "VERB") and t.lemma_ in ("avoir", "être") and "Fin" in t.morph.get("VerbForm", ["Fin"]):
            own = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
            if own or t.dep_ != "aux:tense" or t.head.i < token.i:
                return own
            return [c for c in t.head.children if c.dep_ in SUBJECT_DEPS and c.i < t.i]
        if t.pos_ not in _INSERT_POS or t.text in ".;:«»\"":
            return []
    return []


def subject_of(token: Token) -> Token | None:
    """The first subject of ``token`` (see :func:`subjects_of`)."""
    found = subjects_of(token)
    return found[0] if found else None
