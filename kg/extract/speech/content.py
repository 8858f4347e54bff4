"""What a reporting verb reports: the head of its content in the parse.

"Austin a confirmé l'arrivée de ces troupes": the verb's object is what
was said. "Les États-Unis ont déclaré mercredi que jusqu'à 3 000 soldats…":
the complement clause is. "Zelensky a demandé à ses alliés de prendre…":
the infinitive is (the addressee is left out). Where the parse fails, the
words after the verb are read linearly. :mod:`.extent` then fixes the span.
"""
from __future__ import annotations

from spacy.tokens import Token

from . import bounds, coordinated, extent, objects, subjects, verbs
from .verbs import is_speech_noun

_INTERROGATIVES = {"comment", "pourquoi", "combien", "où", "quand"}
_RELATIVE_SOURCE = ("selon lesquelles", "selon lesquels", "selon laquelle", "selon lequel")
_REFLEXIVES = {"se", "s'", "s’"}
_PRONOUN_OBJECTS = {"le", "la", "l'", "les", "en", "y", "ce", "cela", "ça", "lui", "leur", "se", "s'"}


def content_of(token: Token, verb: verbs.ReportingVerb) -> tuple[int, int] | None:
    """The character span of what ``token`` reports, or None if it reports nothing."""
    if (antecedent := quoted_relative_antecedent(token)) is not None:
        return extent.span(antecedent)
    children = list(token.children)
    if subjects.relative_que(token) is not None:  # "les mesures qu'a annoncées X": X is no object
        children = [c for c in children if not (c.dep_ == "obj" and c.i > token.i)]
    expression = {t.i for t in token.doc[token.i + 1 : token.i + 6]
                  if t.lower_ in verb.words}
    clause = next((c for c in children if c.dep_ == "ccomp" and not _misread_relative(c)
                   and not extent.misread_preposition(c)
                   and not _past_semicolon(token, c) or (
        c.dep_ == "advcl" and c.i > token.i and any(g.dep_ == "mark" and g.lower_ in coordinated.CLAUSE_MARKS
                                                    for g in c.children))), None)
    if clause is None:  # "s'attendent à ce qu'ils entrent …": the parse made the clause a relative on "ce"
        clause = _ce_que_clause(token)
    if clause is not None and (promised := _infinitive_before_condition(token, clause)) is not None:
        # "avait promis en septembre d'envoyer 850 hommes si le Conseil …": the parse took the condition
        tokens = list(token.doc[promised.i : max(t.i for t in clause.subtree) + 1])
        return extent.span(extent.extend(token, extent.trim(token, tokens)))
    infinitive = next((c for c in children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                       and c.i > token.i and c.i not in expression), None)
    if infinitive is None and verb.target_object:
        infinitive = _infinitive_on_target(token)
    if infinitive is not None and infinitive.text[:1].isupper():
        # "a défendu sur France Inter une « mesure … »": a capitalised word read as a verb is a name's end;
        # its object is the reporting verb's
        children = [c for c in children if c is not infinitive] + [c for c in infinitive.children if c.dep_ == "obj"]
        infinitive = None
    channel = next((c for c in children if c.dep_.startswith("obl") and c.i > token.i and is_speech_noun(c)), None)
    # a weekday alone is not the object ("a requis jeudi quatre ans …"); one the parser made the head
    # of the object keeps it, and extent.trim drops the day
    obj = next((c for c in children if c.dep_ == "obj" and c.i not in expression
                and not (c.lower_ in extent.TIME_WORDS and not list(c.children))
                and c.lower_ not in _PRONOUN_OBJECTS and c.pos_ != "PRON" and not objects.is_repetition(c)
                and not (c.text in ("»", "”", "›") and c.left_edge.i == c.i)), None)
    # (a closing mark read as a word heads the object only if the parse hung the quotation on it)
    if (early := objects.object_on_time_word(token)) is not None and (obj is None or early.i < obj.i):
        obj = early
    if (voiced := objects.object_after_voice(token)) is not None and (
            obj is None or obj.pos_ == "PROPN" and obj.i < voiced.i):
        obj = voiced  # "a dénoncé par la voix de son ministre, X, la présence …" (X is who spoke)
    if obj is None and clause is None and infinitive is None:
        obj = (objects.object_after_aside(token) or objects.object_on_stranded_auxiliary(token)
               or objects.object_after_circumstance(token)
               or objects.partitive_object(token, verb) or objects.reflexive_object(token, verb)
               or objects.object_after_against(token) or objects.estimate_phrase(token))
    if obj is not None and clause is None and infinitive is None and objects.says_nothing(obj):
        return None  # "un officier, qui a requis l'anonymat, …"
    attribute = next((c for c in children if c.dep_ == "xcomp" and c.pos_ in ("ADJ", "NOUN") and c.i > token.i
                      and c.i > 0 and c.doc[c.left_edge.i].text in extent.OPEN_MARKS), None)
    if attribute is None and obj is not None:
        attribute = objects.quoted_attribute_after(token, obj, after_de=not verb.target_object)
    if clause is None and infinitive is None and attribute is not None and (
            obj is None or obj.i > attribute.i):  # "a jugé « excessif » le coût de l'opération"
        tokens = objects.attribute_first(attribute, obj)
    elif clause is None and infinitive is None and attribute is not None:
        tokens = extent.subtree(obj) + [t for t in token.doc[obj.right_edge.i + 1 : attribute.right_edge.i + 1]]
    elif clause is None and infinitive is None and obj is None and verb.reflexive and (adjective := next(
            (c for c in children if c.dep_ == "xcomp" and c.pos_ == "ADJ" and c.i > token.i), None)) is not None:
        tokens = extent.subtree(adjective, extent.participial_children(adjective))  # "se dit prête à rouvrir …"
    elif clause is not None:  # "que A et que B": B is a statement of its own (reported_clauses)
        seconds = _second_clauses(clause)
        tokens = extent.subtree(clause, extent.participial_children(clause) | seconds)
        if seconds:  # words after "et que" the parser hung on A are B's ("et qu'aucune baisse n'était « … »")
            link = min(token.doc[i].left_edge.i for i in seconds)
            tokens = [t for t in tokens if t.i < link]
        if clause.i < token.i:  # a fronted clause belongs to an inversion
            return None
        if clause.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and not any(t.pos_ in ("VERB", "AUX") for t in tokens) \
                and any(t.pos_ in ("VERB", "AUX") for t in token.doc[clause.right_edge.i + 1 : token.sent.end]):
            # "a estimé que 1 800 soldats, c'était « encore trop peu » pour …": a "que" clause whose verb
            # the parse put in a sentence of its own goes on to the sentence's end
            tokens = list(token.doc[clause.left_edge.i : token.sent.end])
    elif infinitive is not None:  # "et d'armer …" is a statement of its own (coordinated.second_clauses)
        tokens = extent.subtree(infinitive, extent.participial_children(infinitive) | {
            c.i for c in infinitive.children if coordinated.is_second_infinitive(c)})
        tokens += [c for c in children if c.dep_ == "mark" and c.i < infinitive.i and c.i > token.i]
        tokens += [t for c in children if c.dep_ == "advcl" and c.i > infinitive.i and _is_condition(c)
                   for t in c.subtree]  # "a promis de rouvrir trois maternités si le budget le permet"
        if obj is not None and obj.i < infinitive.i and _clitic_before(infinitive):
            # the addressee is no content ("appeler Pyongyang à retirer", "accuser Kigali d'avoir massé"
            # report "retirer …", "avoir massé …": tests/gold/README.md), unless a pronoun on the
            # infinitive leaves it unreadable without it ("accuser X de les financer")
            tokens += [t for t in extent.subtree(obj) if t not in tokens]
        else:
            tokens = _without_leading_preposition(tokens, infinitive)
        # "a indiqué avoir placé en alerte quelque 3 000 hommes": the object hung on the reporting verb
        tokens += _following_modifiers(token, max(t.i for t in tokens))
        tokens += _compound_infinitive_rest(token, infinitive, max(t.i for t in tokens))
    elif obj is not None and verb.needs_clause and (
            goal := objects.goal_after(token, obj, verb.target_object)) is not None:
        if verb.target_object:  # "a appelé Pékin à la retenue": what is called for, not who is called
            # (with what the parser hung on the person after the goal: "à un rassemblement samedi devant …")
            tokens = [t for t in extent.subtree(obj) if t.i >= goal.left_edge.i] if goal.head == obj \
                else extent.subtree(goal)
            tokens = _without_leading_preposition(tokens, goal)
            tokens += _coordinated_infinitive(token, max(t.i for t in tokens))
        else:  # "a regretté la perte d'un cadre à quelques mois de …": the phrase is the object's
            tokens = extent.subtree(obj) + ([] if goal.head == obj else extent.subtree(goal))
        tokens += _following_modifiers(token, max(t.i for t in tokens))  # "… face aux tentatives de fraude"
    elif obj is not None and (not verb.needs_clause or extent.holds_quote(obj) and not _inside_reported_clause(token)):
        # "a décrit un système « pensé pour durer »": quoted words make the object speech
        tokens = extent.subtree(obj, extent.participial_children(obj) | objects.relatives_set_apart(obj))
        tokens += _following_modifiers(token, max(t.i for t in tokens))
        tokens = sorted(tokens, key=lambda t: t.i)
        if (figure := objects.figure_before(token, obj)) is not None:  # "estime à 2 500 le nombre de …"
            tokens = [t for t in extent.subtree(figure) if t.i > figure.left_edge.i] + tokens
        elif tokens and tokens[0].lower_ == "à" and obj.dep_.startswith("obl"):
            tokens = tokens[1:]  # (the same parsed as one "à" phrase: objects.estimate_phrase)
        if (recipient := objects.recipient_after(token, obj, verb.lemma)) is not None:
            tokens = [t for t in tokens if t.i < recipient.left_edge.i]  # "promet 1 100 soldats à l'UA"
        if verb.reflexive and extent.holds_quote(obj) and tokens and tokens[0].dep_ == "case" and \
                tokens[0].lower_ in ("de", "d'", "d’"):
            tokens = tokens[1:]  # "s'est félicité d'une « … »"
    elif verb.words and not verb.needs_clause and (found := _expression_content(token, expression)) and (
            channel is None or channel not in found):  # before a channel: "a plaidé pour une OCS « … », selon …"
        tokens = found + _following_modifiers(token, max(t.i for t in found))  # "a fait état de X depuis …"
    elif channel is not None and (after := _after_channel(token, channel, verb)):
        tokens = after
    elif obj is None and objects.reflexive_de_phrase(token, verb) is not None:
        return None  # "s'inquiètent de la présence de troupes": unquoted, the writer's account of a feeling
    else:
        tokens = sorted(_linear_content(token), key=lambda t: t.i)
        if tokens and tokens[0].dep_.startswith("aux") and tokens[0].head.i > tokens[0].i:
            # "affirme de son côté avoir tué …" (the infinitive hung on the aside)
            tokens += _compound_infinitive_rest(token, tokens[0].head, max(t.i for t in tokens))
    if not tokens:
        return None
    tokens = extent.extend(token, extent.trim(token, tokens))
    tokens = _after_relative_source(tokens)
    if tokens and tokens[0].lower_ in _INTERROGATIVES:
        return None  # "sans dire comment…": an indirect question, not a claim
    if not tokens or len([t for t in tokens if any(c.isalnum() for c in t.text)]) < 2 \
            and not any(t.pos_ == "PROPN" for t in tokens) and not _lone_infinitive(tokens, infinitive):
        return None  # "l'acquittement", "vingt-cinq ans", "1 500 soldats" (a figure counts) are two words
    return extent.span(tokens)


def _infinitive_before_condition(token: Token, clause: Token) -> Token | None:
    """The infinitive after "de/d'" between a reporting verb and a "si" clause the parser made its
    complement ("promettre de faire X si Y"): what was said is the infinitive with its condition."""
    if not _is_condition(clause):
        return None
    return next((t for t in token.doc[token.i + 1 : clause.left_edge.i]
                 if t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Inf"]
                 and t.doc[t.i - 1].lower_ in ("de", "d'", "d’")), None)


def _is_condition(clause: Token) -> bool:
    """A clause opened by "si" ("si le budget le permet")."""
    return clause.left_edge.lower_ == "si" and clause.left_edge.i < clause.i


def _ce_que_clause(token: Token) -> Token | None:
    """ "s'attendre à ce que …", "se réjouir de ce que …": the clause after "à/de ce que", which the
    parser may hang as a relative on "ce" (then "ce" is the verb's oblique argument)."""
    for c in token.children:
        if c.dep_ == "obl:arg" and c.lower_ == "ce" and c.i > token.i and any(
                g.dep_ == "case" and g.lower_ in ("à", "de") for g in c.children):
            relative = next((g for g in c.children if g.dep_ == "acl:relcl" and g.i > c.i), None)
            if relative is not None and c.doc[c.i + 1].lower_ in ("que", "qu'", "qu’"):
                return relative
    return None


def _second_clauses(token: Token) -> set[int]:
    """ "et que B" clauses hanging off ``token``: statements of their own."""
    return {c.i for c in token.children if coordinated.is_second_clause(c)}


def _expression_content(token: Token, expression: set[int]) -> list[Token]:
    """Content of "mettre en garde contre X", "faire part de X", "lancer un appel … pour que"."""
    heads = [token, *(token.doc[i] for i in expression)]
    after = max(expression) if expression else token.i
    # the first phrase after the expression, whichever word the parse hung it on ("fait état de
    # douze blessés dans la soirée": "blessés" on "état", "soirée" on "fait")
    for c in sorted((c for head in heads for c in head.children), key=lambda t: t.i):
        if c.i <= after or c.dep_ not in ("obl", "obl:arg", "obl:mod", "nmod", "advcl", "ccomp"):
            continue
        case = [g for g in c.children if g.dep_ in ("case", "mark")]
        if c.dep_.startswith("obl") and any(g.lower_ in ("à", "au", "aux") and g.i not in expression
                                            for g in case):
            continue  # the addressee ("appeler à la retenue": the "à" of the expression is not)
        stop = {g.i for g in case if g.lower_ != "qu'" and g.lower_ != "que"}
        found = sorted(extent.subtree(c, stop | extent.participial_children(c)), key=lambda t: t.i)
        while found and found[0].lower_ in ("pour", "afin", "contre", "de", "d'", "sur"):
            found = found[1:]
        return found
    return []


def _after_channel(verb: Token, channel: Token, reporting: verbs.ReportingVerb) -> list[Token]:
    """What follows "dans un communiqué", "lors d'un point de presse", "sur son compte X".

    The parser hangs the content on the channel noun ("a fustigé dans un
    communiqué des violences…"); it is what comes after the noun phrase.
    """
    doc = verb.doc
    core = {channel.i}
    for c in channel.children:
        if c.i < channel.i or c.dep_ in ("amod", "flat:name", "appos", "nummod") or (
                c.dep_ == "nmod" and c.lower_ in ("presse", "x", "facebook", "twitter", "instagram", "telegram")):
            core.update(t.i for t in c.subtree)
    first = max(core) + 1
    if first >= len(doc) or doc[first].is_punct and doc[first].text not in "«“\"‹":
        return []
    if doc[first].lower_ in ("que", "qu'"):  # "dans un communiqué que …" (often parsed as a relative)
        head = doc[first].head
        if head.i <= first:
            return []
        # the parser often hangs the clause's words on the channel noun: read up to "et que …"
        tokens = [t for t in doc[first + 1 : verb.sent.end] if t.text not in ".;!?"]
        link = coordinated.link_at(tokens)
        return tokens[:link] if link is not None else tokens
    if reporting.needs_clause:
        return _linear_content(verb, window=max(8, first - verb.i + 3))
    end = max(t.i for t in verb.subtree)
    tokens = [t for t in doc[first : end + 1] if t.sent == verb.sent]
    return tokens if tokens and tokens[0].lower_ in ("des", "de", "d'", "du", "la", "le", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "leurs", "cette", "ce", "ces") else []


def _linear_content(verb: Token, window: int = 8) -> list[Token]:
    """A "que …" clause or "de + infinitive" shortly after the verb, whatever the parse.

    The parser sometimes hangs the clause on a nearby noun ("a ajouté lors de
    la conférence que …", "accusée … en février de fournir …").
    """
    doc = verb.doc
    window += _incise_length(verb)  # "a affirmé mardi, citant deux responsables …, que …"
    end = min(verb.sent.end, verb.i + 1 + window)
    for t in doc[verb.i + 1 : end]:
        if t.text in ".;:!?" or (t.pos_ in ("VERB", "AUX") and t.head != t and t.dep_ not in ("acl", "aux:pass", "aux:tense", "cop", "ccomp", "xcomp") and t.i != t.head.i and "Fin" in t.morph.get("VerbForm") and t.head.i < t.i):
            break
        if t.lower_ in ("avoir", "être") and t.dep_.startswith("aux") and "Inf" in t.morph.get("VerbForm") \
                and t.head.i > t.i:  # "affirme de son côté avoir tué …", the infinitive hung on "côté"
            return extent.subtree(t.head, extent.participial_children(t.head))
        if t.lower_ in coordinated.CLAUSE_MARKS and t.dep_ != "mark" and t.i == verb.i + 1:
            return coordinated.up_to_link(list(doc[t.i + 1 : verb.sent.end]))  # "rappelant que l'armée
            # peine à recruter" with "que" misparsed: the complementizer right after the verb
        if t.lower_ in coordinated.CLAUSE_MARKS and t.dep_ != "mark" and _after_verb_phrase(verb, t):
            # "a assuré devant les députés que la France …" read as a relative on "députés"
            tokens = [x for x in doc[t.i + 1 : verb.sent.end] if x.text not in ".;!?"]
            link = coordinated.link_at(tokens)
            return tokens[:link] if link is not None else tokens
        if t.dep_ == "mark" and t.head.i > t.i:
            if t.lower_ in coordinated.CLAUSE_MARKS:  # (a misparse may make the clause the root: nothing before "que")
                clause = [x for x in extent.subtree(t.head, extent.participial_children(t.head)) if x.i > t.i]
                if not any(x.pos_ in ("VERB", "AUX") for x in clause):  # "que le Royaume-Uni était prêt" cut
                    return coordinated.up_to_link(list(doc[t.i + 1 : verb.sent.end]))  # as a relative on a noun
                return clause
            if t.lower_ in ("de", "d'") and "Inf" in t.head.morph.get("VerbForm"):
                return [t, *extent.subtree(t.head, extent.participial_children(t.head))]
            if t.lower_ == "à" and "Inf" in t.head.morph.get("VerbForm"):  # "appeler X à …"
                objects = [c for c in verb.children if c.dep_ == "obj" and c.i < t.i]
                lead = extent.subtree(objects[0]) if objects else []
                return [*lead, t, *extent.subtree(t.head, extent.participial_children(t.head))]
    return []


def _after_verb_phrase(verb: Token, que: Token) -> bool:
    """ "que" right after a phrase on the reporting verb ("devant les députés", "à la presse"): the
    parser took it for a relative pronoun, but a relative's verb would then have two objects or the
    phrase is where or to whom it was said."""
    doc = verb.doc
    if que.i == 0 or doc[que.i - 1].pos_ not in ("NOUN", "PROPN") or que.head.i <= que.i:
        return False
    phrase = doc[que.i - 1]
    while phrase.dep_ in ("nmod", "flat:name", "amod") and phrase.head.i < phrase.i:
        phrase = phrase.head
    on_verb = phrase.head == verb and phrase.dep_.startswith("obl")
    return on_verb and any(c.dep_ in ("obj", "nsubj") and c.i != que.i and c.i > que.i for c in que.head.children)


def _incise_length(verb: Token) -> int:
    """Tokens of a ", citant X," / ", selon X," incise right after ``verb`` (and its day), else 0."""
    doc = verb.doc
    k = verb.i + 1
    while k < verb.sent.end and doc[k].text != "," and k - verb.i <= 2:
        k += 1
    if k >= verb.sent.end - 1 or doc[k].text != "," or not (
            doc[k + 1].lower_.endswith("ant") or doc[k + 1].lower_ in ("selon", "d'après")):
        return 0
    close = next((t.i for t in doc[k + 1 : min(k + 20, verb.sent.end)] if t.text == ","), None)
    return close - verb.i if close is not None else 0


def _compound_infinitive_rest(verb: Token, infinitive: Token, end: int) -> list[Token]:
    """ "affirme avoir tué « plus de 100 militaires » et s'être emparé de 14 blindés", "a indiqué avoir
    placé en alerte quelque 12 000 soldats et déployé des batteries …", "avoir détecté 71 avions et 14
    navires": the parse may hang the compound infinitive's object, a second object coordinated with it
    and its second participle (which shares "avoir"/"être") on the reporting verb;
    they go on with the content, up to a comma or a participle of another reporting verb."""
    if not any(c.dep_.startswith("aux") and c.lemma_ in ("avoir", "être") and "Inf" in c.morph.get("VerbForm")
               for c in infinitive.children):
        return []
    out: list[Token] = []
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i <= end:
            continue
        sub = sorted(c.subtree, key=lambda t: t.i)
        if sub[0].i != end + 1:
            break
        second = c.dep_ == "conj" and c.pos_ == "VERB" and sub[0].lower_ == "et" and "Part" in c.morph.get(
            "VerbForm") and not any(g.dep_.startswith("nsubj") or g.dep_.startswith("aux") and "Inf" not in
                                    g.morph.get("VerbForm") for g in c.children) and verbs.match(c) is None
        # "avoir détecté 71 avions et 14 navires": a second object coordinated with the first
        also = c.dep_ == "conj" and c.pos_ == "NOUN" and sub[0].lower_ == "et"
        if not (second or also or c.dep_ in ("dep", "obj") and c.pos_ == "NOUN"):
            break
        out.extend(sub)
        end = sub[-1].i
    while out and out[-1].is_punct and out[-1].text not in extent.OPEN_MARKS.values():
        out = out[:-1]
    return out if not any(t.text in ",;" for t in out) else []


def _following_modifiers(verb: Token, end: int) -> list[Token]:
    """Modifiers of the verb that continue its object (ending at token ``end``) up to the next comma.

    "exprimer des préoccupations quant à la possibilité que…", "revendiquer des
    avancées dans la région de Donetsk", "a annoncé un plan … pour moderniser …",
    "a fait état de 153 incursions depuis janvier": the parser hangs them on the
    verb, and may take a quotation right after the object for a second object.
    Where it was said ("dans un bref discours") is not part of it.
    """
    doc = verb.doc
    out: list[Token] = []
    participle_only = False
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i == end + 1 and c.text in extent.OPEN_MARKS.values() and c.text != '"' and _opened_after_determiner(c):
            end = c.i  # "craint une « deuxième vague » avant l'été": the closing mark hung on the verb (a
            continue  # whole quoted object, "« une manœuvre » à six mois des élections", ends at its mark)
        if c.i == end + 1 and c.text in extent.OPEN_MARKS.values() and c.text != '"' and _opened_after(c, verb):
            end, participle_only = c.i, True  # "évoque «environ 20 000 militaires» stationnés …" (only a
            continue  # participle may follow: "« une manœuvre » à six mois des élections" ends at its mark)
        if c.i == end + 1 and c.dep_ in ("advcl", "acl", "xcomp") and c.pos_ == "VERB" and "Part" in c.morph.get(
                "VerbForm") and "Past" in c.morph.get("Tense") and doc[end].text in extent.OPEN_MARKS.values():
            out.extend(sorted(c.subtree, key=lambda t: t.i))  # "évoque « 20 000 militaires » stationnés dans le
            break  # nord": a past participle right after the quoted object qualifies it
        if participle_only:
            break
        if c.i <= end or c.pos_ == "PUNCT" and c.text not in extent.OPEN_MARKS:
            continue  # (a comma still stops what follows it, below)
        sub = sorted(c.subtree, key=lambda t: t.i)
        if c.dep_ in ("obl", "obl:mod", "nmod") and bounds.situates(c.text) and doc[end].pos_ == "PROPN" and \
                doc[end + 1].text == "," and sub[0].i == end + 2 and sub[0].lower_ in ("dans", "en"):
            # "… à Urumqi, dans la région autonome du Xinjiang": where the place is (not a relative
            # after a comma, the writer's background: "…, dans l'Est du pays, où les rebelles …")
            sub = sorted(extent.subtree(c, {g.i for g in c.children if g.dep_ == "acl:relcl"
                                            and doc[g.left_edge.i - 1].text == ","}), key=lambda t: t.i)
            while sub and sub[-1].is_punct:
                sub = sub[:-1]
            out.extend(sub)
            end = sub[-1].i
            continue
        if c.dep_ in ("advcl", "acl", "conj", "xcomp") and bounds.continues(c.text) and \
                doc[end + 1].text == "," and sub[0].i == end + 2:
            out.extend(sub)  # "a confirmé trois nouveaux cas, portant à 38 le nombre …": the total goes on
            break
        quoted = sub[0].text in extent.OPEN_MARKS  # "des contrôles « au faciès »" parsed as a second object
        purpose = c.dep_ == "advcl" and sub[0].lower_ in ("pour", "afin")  # "… pour moderniser les côtes"
        purpose = purpose or _misread_relative(c)  # "… face à l'escalade qu'entraînerait …"
        # "quatre ans, dont deux avec sursis, contre X": the comma closes an incise of the object
        closes = c.dep_ == "obl:arg" and sub[0].i == end + 2 and doc[end + 1].text == "," and _open_incise(
            doc, verb.i, end)
        # "fait état de 37 soldats tués lors d'attaques …": "lors" hung on the verb (not "lors d'un point de presse")
        when = c.dep_ == "advmod" and c.lower_ == "lors" and not any(is_speech_noun(g) for g in c.children)
        # (a phrase with its own preposition the parse left unlabelled, "dep", is one: "réclame 160 euros pour tous")
        oblique = c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") or c.dep_ == "dep" and any(
            g.dep_ == "case" and g.i == c.left_edge.i for g in c.children)
        if not oblique and not quoted and not purpose and not when \
                or sub[0].i != end + 1 and not closes or is_speech_noun(c):
            break
        if not closes and any(t.text in ",;" for t in doc[end + 1 : sub[0].i + 1]):
            break
        if closes:  # "contre Gérard Mancelli, ancien président du club, jugé …": the name, not who he is
            sub = sorted(extent.subtree(c, {g.i for g in c.children if g.i > c.i and doc[g.left_edge.i - 1].text == ","}),
                         key=lambda t: t.i)
            while sub and sub[-1].is_punct:
                sub = sub[:-1]
        out.extend(sub)
        end = sub[-1].i
    return out


def _opened_after(close: Token, verb: Token) -> bool:
    """The quotation ``close`` ends opened after ``verb`` with no other mark between: "évoque « 20 000 … »"."""
    doc = close.doc
    marks = [t for t in doc[verb.i + 1 : close.i] if t.text in extent.OPEN_MARKS or t.text in extent.OPEN_MARKS.values()]
    return len(marks) == 1 and marks[0].text in extent.OPEN_MARKS and marks[0].text != '"'


def _opened_after_determiner(close: Token) -> bool:
    """The quotation ``close`` ends opened right after a determiner: "une « deuxième vague »"."""
    doc = close.doc
    opening = next((t for t in reversed(doc[max(0, close.i - 30) : close.i]) if t.text in extent.OPEN_MARKS), None)
    return opening is not None and opening.i > 0 and doc[opening.i - 1].pos_ == "DET"


def _infinitive_on_target(verb: Token) -> Token | None:
    """The infinitive the parser hung on the person addressed or accused ("a appelé les habitants à
    vider …", "reproche à un propriétaire d'avoir loué …": an acl of the object): the verb's content."""
    for target in verb.children:
        if target.dep_ not in ("obj", "obl:arg", "iobj") or target.i < verb.i:
            continue
        for child in target.children:
            if child.dep_ == "acl" and child.i > target.i and child.pos_ in ("VERB", "AUX") and any(
                    m.dep_ == "mark" and m.lower_ in coordinated.INTRODUCERS for m in child.children) \
                    and coordinated.is_infinitive(child):
                return child
    return None


def _coordinated_infinitive(verb: Token, end: int) -> list[Token]:
    """ "a appelé les parties à la retenue et à reprendre le dialogue": a second call the parser
    coordinated with the reporting verb right after the first goal goes on with it."""
    second = next((c for c in verb.children if c.dep_ == "conj" and c.left_edge.i == end + 1
                   and c.left_edge.dep_ == "cc" and "Inf" in c.morph.get("VerbForm")
                   and any(m.dep_ == "mark" and m.lower_ in coordinated.INTRODUCERS for m in c.children)), None)
    return extent.subtree(second) if second is not None else []


def _lone_infinitive(tokens: list[Token], infinitive: Token | None) -> bool:
    """ "Berne promet d'agir", "menace de démissionner": the infinitive alone is what was said (the
    content has dropped its "de", tests/gold/README.md)."""
    return infinitive is not None and [t.i for t in tokens] == [infinitive.i] and \
        "Inf" in infinitive.morph.get("VerbForm")


def _without_leading_preposition(tokens: list[Token], head: Token) -> list[Token]:
    """The content without the "de/d'/à" that introduces it ("a promis de rouvrir" reports "rouvrir",
    "appelle à la retenue" "la retenue": tests/gold/README.md); "au/aux" hold an article and stay."""
    ordered = sorted(tokens, key=lambda t: t.i)
    if ordered and ordered[0].lower_ in coordinated.INTRODUCERS and ordered[0].head == head and ordered[0].i < head.i:
        return ordered[1:]
    return ordered


def _clitic_before(infinitive: Token) -> bool:
    """ "de les financer", "de lui envoyer": an object pronoun on the infinitive, whose words say
    little without the phrase before them."""
    return any(c.pos_ == "PRON" and c.i < infinitive.i and c.dep_ in ("obj", "iobj", "obl:arg", "expl:comp")
               and c.lower_ not in _REFLEXIVES for c in infinitive.children)  # "à se protéger" reads alone


def _inside_reported_clause(verb: Token) -> bool:
    """ "a indiqué que le pays restait « engagé » à conclure un accord qui garantisse « … »": a verb
    without a subject of its own that reports only through the quotation in its object, inside the
    clause another reporting verb governs, is part of that report; the quoted words are the outer
    speaker's, not those of the subject it borrows."""
    if any(c.dep_ in subjects.SUBJECT_DEPS for c in verb.children):
        return False  # a verb with a subject of its own ("…, qui évoque une « … »") reports for it
    while verb.dep_ == "xcomp":  # "engagé à conclure": up to the verb it completes (a coordinated verb,
        # "estime que … et met en avant « … »" misread as a conj inside the clause, stays its own)
        verb = verb.head
    return verb.dep_ == "ccomp" and verbs.match(verb.head) is not None


def _past_semicolon(verb: Token, clause: Token) -> bool:
    """ "Le Cambodge accuse Bangkok de préparer une offensive ; l'Asean appelle à la retenue": a clause
    after a semicolon is a sentence of its own the parser hung on the verb, not what the verb reports."""
    return clause.i > verb.i and any(t.text == ";" for t in verb.doc[verb.i + 1 : clause.left_edge.i])


def _misread_relative(clause: Token) -> bool:
    """ "l'escalade qu'entraînerait l'entrée …" hung on the verb as its clause: the "que" is a
    relative pronoun right after a noun, so the clause describes that noun."""
    mark = next((g for g in clause.children if g.dep_ == "mark" and g.lower_ in coordinated.CLAUSE_MARKS), None)
    if mark is None or mark.i < 2:
        return False
    doc = mark.doc
    if doc[mark.i - 1].text == "," and any(c.dep_ == "obj" and c.right_edge.i == mark.i - 2
                                           for c in clause.head.children):
        return True  # "réclame un calendrier de retrait, que le Conseil doit examiner": on the object
    return "Rel" in mark.morph.get("PronType") and doc[mark.i - 1].pos_ in ("NOUN", "PROPN")


def _open_incise(doc, start: int, end: int) -> bool:
    """A ", dont …" / ", soit …" incise opened in ``doc[start:end + 1]`` and not closed yet."""
    commas = [t.i for t in doc[start + 1 : end + 1] if t.text == ","]
    return bool(commas) and commas[-1] + 1 <= end and doc[commas[-1] + 1].lower_ in ("dont", "soit")


def _after_relative_source(tokens: list[Token]) -> list[Token]:
    """ "détenir des informations selon lesquelles X": what was said is X."""
    words = [t.lower_ for t in tokens]
    for k in range(len(words) - 1):
        if f"{words[k]} {words[k + 1]}" in _RELATIVE_SOURCE:
            return tokens[k + 2 :]
    return tokens


_NOUN_PHRASE_DEPS = frozenset(("det", "amod", "nummod", "advmod", "case"))


def quoted_relative_antecedent(verb: Token) -> list[Token] | None:
    """ "C'est un dispositif « hors norme » qu'a détaillé le préfet", "une « réforme bâclée » que
    l'opposition dénonce": a reporting verb whose object is a relative "que" reports its antecedent,
    when the antecedent's phrase (up to the "que") holds a quotation. Unquoted ("les mesures qu'a
    annoncées X"), the antecedent is the writer's account, not the speaker's words."""
    que = subjects.relative_que(verb)
    if que is None or not que.i:
        return None
    doc = verb.doc
    k = que.i - 1
    if doc[k].text == "," and k:
        k -= 1
    head = doc[k].head if doc[k].is_punct else doc[k]
    while head.dep_ in ("amod", "nmod", "advmod", "flat:name") and head.head.i < head.i and (
            head.head.pos_ in ("NOUN", "PROPN") or head.pos_ not in ("NOUN", "PROPN")):
        head = head.head  # "un budget « de combat » qu'…": the phrase's head noun, not its complement
    if head.pos_ not in ("NOUN", "PROPN") or head.i >= que.i:
        return None
    # the noun phrase: its own words before the noun, not the subject or copula of "c'est"
    first = min([t.i for c in head.children if c.i < head.i and c.dep_ in _NOUN_PHRASE_DEPS for t in c.subtree]
                + [head.i])
    tokens = list(doc[first : que.i])
    while tokens and tokens[-1].text == ",":
        tokens.pop()
    if not any(t.text in extent.OPEN_MARKS for t in tokens) or not any(
            t.text in extent.OPEN_MARKS.values() for t in tokens):
        return None
    return tokens
