"""Unnamed sources that claim: "selon des sources diplomatiques occidentales", "a indiqué une source militaire"."""
from __future__ import annotations

from spacy.tokens import Doc

from ....gazetteer import Gazetteer
from ...found import Found
from .heads import at_words, heads
from .spans import DE, org

_CLAIM_INTROS = {"selon", "d'après", "après"}


def _inverted_after_verb(doc: Doc, det: int) -> bool:
    """Whether the words before ``det`` are a reporting verb whose subject follows:
    "», glisse pour sa part un proche", "…, a indiqué une source militaire",
    "a-t-on appris mercredi de source judiciaire"."""
    i = det - 1
    while i >= 0 and det - i <= 4 and doc[i].pos_ not in {"VERB", "AUX"}:
        if doc[i].is_punct:
            return False
        i -= 1
    if i < 0 or doc[i].pos_ not in {"VERB", "AUX"}:
        return False
    if doc[i].lemma_ == "apprendre":
        return True
    j = i - 1
    while j >= 0 and (doc[j].pos_ == "AUX" or doc[j].lower_ in {"-t-", "t"}):
        j -= 1
    return j >= 0 and doc[j].is_punct


def unnamed_sources(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"selon des sources diplomatiques occidentales", "une source sécuritaire a indiqué".

    Only sources that claim (after "selon"/"d'après", or the subject of a
    verb) and that no demonym ties to a country.
    """
    found = []
    for t in map(doc.__getitem__, at_words(doc, heads().words("source"))):
        if t.i == 0:
            continue
        det = doc[t.i - 1]
        if det.lower_ not in {"des", "une", "un", "de", "d'", "plusieurs", "deux", "trois"}:
            continue
        before = doc[t.i - 2].lower_ if t.i >= 2 else ""
        end = t.i + 1
        while end < len(doc) and end - t.i < 6:
            w = doc[end]
            if (w.pos_ == "ADJ" and end + 2 < len(doc) and doc[end + 1].lower_ in {"à", "en", "dans", "au"}
                    and doc[end + 2].text[:1].isupper()):
                # "un diplomate présent à Abuja": the context, not the source; but
                # "des sources humanitaires à Adré" are humanitarian sources
                if w.is_lower and "Part" not in w.morph.get("VerbForm") and not w.lower_.startswith("présent"):
                    end += 1
                break
            if w.is_lower and (w.pos_ == "ADJ" or w.dep_ == "amod" and w.is_alpha) or w.lower_ in {"proche", "proches"}:
                end += 1  # (the tagger may call a rare adjective an adverb: "un diplomate caribéen")
            elif (w.lower_ in DE and end + 1 < len(doc) and doc[end - 1].lower_ in {"proche", "proches"}):
                end += 2 if doc[end + 1].is_lower and doc[end + 1].pos_ != "DET" else 3
            else:
                break
        following = doc[end:end + 3].text.replace(" - ", "-").replace(" -", "-").split()
        if any(gaz.country_of(w.text) for w in doc[t.i:end]) or (following and gaz.country_of(following[0])):
            continue  # "des sources sud-coréennes": that country speaks
        if end == t.i + 1 and end < len(doc) and doc[end].lower_ in DE:
            continue  # "des sources du renseignement ukrainien": that service is the source
        # an inverted subject ("…», glisse un proche") or "a-t-on appris de source judiciaire"
        verb_before = _inverted_after_verb(doc, t.i - 1)
        claims = before in _CLAIM_INTROS or verb_before or (
            det.lower_ in {"une", "des", "un", "plusieurs"} and (
                t.dep_ in {"nsubj", "nsubj:pass"} or (end < len(doc) and doc[end].pos_ in {"AUX", "VERB"})))
        if not claims or end == t.i + 1:
            continue  # a bare "des sources" names nothing
        label = doc[t.i:end].text
        found.append(org(doc, t.i, end, label))
    return found
