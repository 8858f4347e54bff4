"""Token repair: glued words are split, real words are left alone."""
from __future__ import annotations

from kg.extract.tokens import split_point
from kg.nlp import load_nlp


def tokens(text):
    return [t.text for t in load_nlp()(text)]


def test_name_glued_to_a_verb_is_split_when_the_name_appears_alone():
    words = tokens("Lloyd Austina souligné la menace. Austin a ajouté que...")
    assert words[:4] == ["Lloyd", "Austin", "a", "souligné"]


def test_known_name_glued_to_a_relative_pronoun_is_split():
    words = tokens("le président Volodymyr Zelenskiqui dans son discours")
    assert "Zelenski" in words and "qui" in words and "Zelenskiqui" not in words


def test_hyphenated_country_glued_to_the_next_word_is_split():
    words = tokens("la réaction de Royaume-Uniqui, par la voix de son ministre")
    assert words[3:5] == ["Royaume-Uni", "qui"]


def test_common_noun_glued_to_a_pronoun_is_split_when_seen_alone():
    words = tokens("des soldats sont arrivés et 10 000 soldatsdont le déploiement")
    assert "soldatsdont" not in words and words.count("soldats") == 2


def test_capitalised_word_glued_to_the_next_sentence_is_split():
    assert tokens("la guerre en UkraineLe personnel")[3:5] == ["Ukraine", "Le"]


def test_real_words_are_not_split():
    text = "L'Angola, Sofia, Xia et Cuba a signé quoique la Malaisie hésite."
    assert tokens(text) == [t.text for t in load_nlp().make_doc(text)]


def test_offsets_still_point_at_the_text():
    text = "Selon Volodymyr Zelenskiqui dit vrai."
    for t in load_nlp()(text):
        assert text[t.idx : t.idx + len(t.text)] == t.text


def test_split_point_needs_a_known_prefix():
    assert split_point("Austina", {"Austin"}) == 6
    assert split_point("Austina", set()) is None
    assert split_point("Zelenskiqui", set(), frozenset({"Zelenski"})) == 8
    assert split_point("Zelenski", set(), frozenset({"Zelenski"})) is None


def test_an_opening_quote_glued_to_the_stop_before_it_is_its_own_token():
    from conftest import extracted

    records = extracted("Le ton est moins rassurant.«Il manquerait 800 policiers», a dit Paul Morin. "
                        "Ils rejoignent la Force de paix des Nations unies à Chypre (Fpnuc).\"Nous partons\", "
                        "a déclaré le colonel.")
    labels = {e.label for e in records.entities}
    assert "Force de paix des Nations unies à Chypre" in labels
    assert not any("«" in label or '"' in label for label in labels)


def test_an_elided_word_glued_to_an_opening_quotation_mark_is_split():
    assert tokens("Il a dit qu’“aucune unité ne partira”.")[3:6] == ["qu’", "“", "aucune"]


def test_an_opening_mark_glued_to_a_full_stop_and_a_word_is_a_token_of_its_own():
    assert tokens("jusqu'en octobre.“La réponse")[-4:] == [".", "“", "La", "réponse"]
    assert tokens("la mission (Minusca).\"Nous partons")[-6:] == ["Minusca", ")", ".", '"', "Nous", "partons"]
    assert tokens("Il a répondu :«Oui»")[-4:] == [":", "«", "Oui", "»"]


def test_an_opening_mark_glued_to_a_full_stop_opens_a_sentence():
    doc = load_nlp()("Les familles ont dû partir.«Nous reviendrons», dit-elle.")
    mark = next(t for t in doc if t.text == "«")
    assert mark.is_sent_start



def test_tokens_tagged_passing_keeps_the_tagged_tokens_whose_lemma_and_form_pass_in_order():
    from kg.extract.tokens import tokens_tagged_passing

    doc = load_nlp()("Le ministre a déclaré que les soldats partiraient, a-t-il ajouté.")
    verbs = frozenset({"VERB", "AUX"})
    every = [t for t in doc if t.pos_ in verbs]
    assert tokens_tagged_passing(doc, verbs, lambda lemma, text: True) == every
    assert [t.text for t in tokens_tagged_passing(doc, verbs, lambda lemma, text: lemma in ("déclarer", "ajouter"))] \
        == [t.text for t in every if t.lemma_ in ("déclarer", "ajouter")] == ["déclaré", "ajouté"]
    assert tokens_tagged_passing(doc, frozenset({"NOUN"}), lambda lemma, text: text == "déclaré") == []


def test_reported_clauses_finds_the_reporting_verbs_among_other_verbs():
    from kg.extract.speech.clauses import reported_clauses

    doc = load_nlp()("Les soldats sont partis hier. Le ministre a déclaré que la mission continuerait.")
    assert [c.verb_token.text for c in reported_clauses(doc)] == ["déclaré"]


def test_a_breton_ch_split_at_its_apostrophe_is_joined_back():
    from kg.nlp import load_nlp

    doc = load_nlp()("Yann Le Floc'h et Anne Kerc’hoz sont venus. Roc'H-Glaz aussi, c'h seul, puisqu'hier.")
    words = [t.text for t in doc]
    assert "Floc'h" in words and "Kerc’hoz" in words and "Roc'H" in words
    assert "puisqu'" in words and "hier" in words  # (not a "c'h": an elision stays cut)
