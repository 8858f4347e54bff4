"""Who said what: direct and partial quotes of the sixth attribution round of issue 14 (seen on h4 and h5).

Every sentence is invented for the test (fictional people and outlets).
Speakers are checked by their entity's label, so the tests hold whatever
keys the entity extractor chooses.
"""
from __future__ import annotations

from kg.extract.speech.quotes import find_quotes
from kg.records import DIRECT_QUOTE, PARTIAL_QUOTE
from conftest import said, speaker_of


def _quotes(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


# Antecedents of "il"/"elle" the parser gives no subject ---------------------------------
def test_pronoun_after_a_sentence_headed_by_an_apposed_name_is_that_person():
    text = ("« Nous avons tout perdu », a raconté le maire, Hugo Blanchard. "
            "Devant la mairie, la voisine du sinistré, Odile Ferrat, décrit un quartier « dévasté ». "
            "Elle ajoute : « Personne n'est venu nous aider. »")
    assert speaker_of(said(text), "Personne n'est venu nous aider.") == {"Odile Ferrat"}


def test_pronoun_after_a_copular_sentence_is_its_subject():
    text = ("« Le calendrier sera tenu », a assuré la préfète, Agnès Mourot. "
            "Le général Bastien Corlay n'est pas du même avis. "
            "« Il nous manque encore trois semaines », a-t-il averti.")
    assert speaker_of(said(text), "Il nous manque encore trois semaines") == {"Bastien Corlay"}


def test_a_subject_inside_an_inverted_attribution_is_not_the_next_pronouns_antecedent():
    # ("Bruxelles" inside "Bruxelles-Nord" reads as an institution: the subject the parser sees)
    text = ("Quelque 300 policiers ont été mobilisés, a indiqué la porte-parole de la zone Bruxelles-Nord, "
            "Salomé Vautrin. « Nos équipes sont épuisées », a-t-elle reconnu.")
    assert speaker_of(said(text), "Nos équipes sont épuisées") == {"Salomé Vautrin"}


# Inverted attributions ----------------------------------------------------------------------
def test_a_channel_after_the_inverted_speaker_is_not_the_speaker():
    text = ("Le ministre de l'Intérieur, Gilles Marchetti, a visité la caserne. « Nous tiendrons "
            "le cap », a expliqué le ministre au micro de nos confrères de Radio Littoral.")
    assert speaker_of(said(text), "Nous tiendrons le cap", DIRECT_QUOTE) == {"Gilles Marchetti"}


def test_justifier_and_pester_attribute_a_quote_after_it():
    text = ("« Le site perdait de l'argent chaque mois », a justifié le directeur général, Éric Vallon. "
            "« Il n'y a jamais faute », a pesté l'entraîneur Romain Duquesne.")
    found = said(text)
    assert speaker_of(found, "Le site perdait de l'argent chaque mois") == {"Éric Vallon"}
    assert speaker_of(found, "Il n'y a jamais faute") == {"Romain Duquesne"}


def test_an_unnamed_noun_with_a_name_in_apposition_is_that_person():
    text = "« Il connaît chaque sentier », confie un voisin, Marcel Ribot, venu de Pau pour aider."
    assert speaker_of(said(text), "Il connaît chaque sentier") == {"Marcel Ribot"}


def test_a_demonym_in_the_apposed_title_does_not_hide_the_person():
    text = ("« Le vote s'est tenu dans le calme », a déclaré lundi la cheffe de la mission "
            "d'observation de l'Union africaine, l'ancienne ministre sénégalaise Awa Ndour-Fall.")
    assert speaker_of(said(text), "Le vote s'est tenu dans le calme") == {"Awa Ndour-Fall"}


def test_a_coprésidente_title_before_a_name_gives_the_person():
    text = "« La ville devient un camp retranché », a regretté leur coprésidente, Inès Bovet."
    assert speaker_of(said(text), "La ville devient un camp retranché") == {"Inès Bovet"}


def test_an_unaccented_preposition_before_the_inverted_subject_is_skipped():
    text = ('"Nous irons jusqu\'au bout", a declare a la television nationale le chef d\'etat-major, '
            'le general Issa Tandjagou.')
    assert speaker_of(said(text), "Nous irons jusqu'au bout") == {"Issa Tandjagou"}


# Unnamed sources ---------------------------------------------------------------------------
def test_an_indefinite_source_with_a_nationality_is_its_country_not_the_last_person():
    text = ("« Nos soldats restent sur place », a assuré le ministre libanais de la Défense, Karim Nassar. "
            "Selon un responsable militaire israélien, le mouvement disposerait de « plusieurs milliers "
            "de combattants » dans la région.")
    found = said(text)
    assert "Karim Nassar" not in speaker_of(found, "plusieurs milliers de combattants")
    assert speaker_of(found, "plusieurs milliers de combattants", PARTIAL_QUOTE) == {"Israël"}


def test_a_relative_after_an_apposition_is_on_the_named_actor():
    text = ("Le chiffre est contesté par Radio Kivu, la station proche des rebelles du M23, qui évoque "
            "« près de 5 000 hommes » dans la province.")
    assert speaker_of(said(text), "près de 5 000 hommes", PARTIAL_QUOTE) == {"Radio Kivu"}


# Reaction headings --------------------------------------------------------------------------
def test_reaction_heading_with_the_words_on_the_same_line():
    text = ("Les réactions\n"
            "Julien Carrel (Nantes) : On a manqué d'efficacité devant le but. Il faudra mieux faire.\n"
            "Paul Verdier (Brest) : Le groupe a montré du caractère jusqu'au bout.\n")
    found = said(text)
    assert speaker_of(found, "On a manqué d'efficacité devant le but. Il faudra mieux faire.",
                      DIRECT_QUOTE) == {"Julien Carrel"}
    assert speaker_of(found, "Le groupe a montré du caractère jusqu'au bout.", DIRECT_QUOTE) == {"Paul Verdier"}


# Quotation marks ----------------------------------------------------------------------------
def test_a_straight_quote_glued_to_the_full_stop_before_it_opens():
    text = ('La ministre, Chloé Aubertin, a défendu son texte mardi."Nous avons écouté chacun", '
            'a-t-elle déclaré.')
    assert _quotes(text) == ["Nous avons écouté chacun"]
    assert speaker_of(said(text), "Nous avons écouté chacun", DIRECT_QUOTE) == {"Chloé Aubertin"}


def test_a_quote_over_two_paragraphs_with_one_pair_of_marks_is_one_quote():
    text = ('Le chef coutumier Joseph Kanza résume : "Les soldats partent, les pillards restent.\n'
            'Nous demandons que l\'État reste."\nLa suite est "incertaine" selon lui.')
    assert _quotes(text)[0] == "Les soldats partent, les pillards restent.\nNous demandons que l'État reste."


def test_a_new_guillemet_at_each_paragraph_keeps_one_quote_per_paragraph():
    text = "Il a déclaré : « Le premier point.\n« Le second point. »\nFin."
    assert _quotes(text) == ["Le premier point.", "Le second point."]


# Headlines ----------------------------------------------------------------------------------
def test_a_headline_quote_takes_the_speaker_of_the_same_words_in_the_body():
    text = ("Procès à Arras : « Je n'ai jamais voulu frapper », répète l'accusé\n"
            "Au premier jour de son procès, Kévin Dumoulin, 29 ans, a maintenu sa version. "
            "« Je n'ai jamais voulu frapper », répète Kévin Dumoulin devant la cour.")
    found = [(who, q) for who, k, q in said(text) if q == "Je n'ai jamais voulu frapper"]
    assert len(found) == 2 and {who for who, _ in found} == {"Kévin Dumoulin"}


def test_a_headline_that_names_its_own_speaker_keeps_it():
    text = ("Rome dénonce une « provocation »\n"
            "Le ministère italien des Affaires étrangères a dénoncé une « provocation » dans un communiqué.")
    found = said(text)
    headline = [who for who, k, q in found if q == "provocation"]
    assert "Italie" in headline


# Quotations with no attribution of their own --------------------------------------------------
def test_a_quote_after_its_speakers_description_goes_on_with_the_next_quote():
    text = ("« Je n'ai jamais voulu le blesser », répète Kévin Dumoulin, jugé pour les coups portés à "
            "son voisin, Marc Lebrun, blessé en mai dans un parking de Douai. « On s'est disputés, j'ai paniqué. »")
    assert speaker_of(said(text), "On s'est disputés, j'ai paniqué.", DIRECT_QUOTE) == {"Kévin Dumoulin"}


def test_a_whole_sentence_quoted_alone_after_narration_is_its_subjects():
    text = ("Le témoin hésite. La présidente, Hélène Vasseur, ne le lâche pas. "
            "« Vous avez vu l'arme ce soir-là, monsieur ? » Le témoin baisse les yeux.")
    assert speaker_of(said(text), "Vous avez vu l'arme ce soir-là, monsieur ?", DIRECT_QUOTE) == {"Hélène Vasseur"}


def test_a_town_after_a_description_does_not_make_it_a_name():
    text = ("La lieutenante Claire Deswaef montre la colline. « Nous tenons nos positions », raconte la jeune "
            "officière de Namur, à la tête d'une trentaine de démineurs.")
    assert speaker_of(said(text), "Nous tenons nos positions", DIRECT_QUOTE) == {"Claire Deswaef"}


def test_a_relative_after_a_person_in_apposition_is_on_the_person():
    text = ("Une offre accueillie froidement par le porte-parole de l'armée soudanaise, le général Idriss "
            "Kamal, qui a affirmé que ses troupes « n'ont besoin de personne ».")
    assert speaker_of(said(text), "n'ont besoin de personne", PARTIAL_QUOTE) == {"Idriss Kamal"}


def test_le_prevenu_is_not_the_prosecutor_named_just_before():
    text = ("RENNES - Le parquet a requis trois ans contre Julien Marzin, 47 ans, jugé pour abus de confiance. "
            "« Il a trahi ses clients », a lancé le procureur, Hervé Quéméner. "
            "Le prévenu, voix blanche, a reconnu « des erreurs de gestion ».")
    assert speaker_of(said(text), "des erreurs de gestion", PARTIAL_QUOTE) == {"Julien Marzin"}


def test_selon_lui_right_before_a_quote_inside_a_report_wins_over_the_report():
    text = ("Le Kremlin a en revanche fustigé une «provocation». Son porte-parole, Igor Lebedev, a affirmé que "
            "la Russie prendrait «toutes les mesures nécessaires» pour garantir la sécurité de l'enclave de "
            "Kaliningrad, où, selon lui, «aucune activité particulière» n'a été ordonnée.")
    assert speaker_of(said(text), "aucune activité particulière", PARTIAL_QUOTE) == {"Igor Lebedev"}


def test_a_nationality_after_a_title_finds_the_person_whose_role_left_it_unsaid():
    text = ("« Nous protégeons nos populations », a assuré le porte-parole du gouvernement, Mahamat Abakar. "
            "Port-Soudan accuse le Tchad de laisser passer des mercenaires. Des accusations « sans fondement », "
            "a rétorqué le porte-parole tchadien.")
    assert speaker_of(said(text), "sans fondement") == {"Mahamat Abakar"}


def test_a_second_verb_after_a_reported_clause_is_the_first_verbs_subjects():
    text = ('La présidente du groupe centriste, Claire Dumas, a estimé qu\'un report "affaiblirait la majorité" '
            'et a appelé ses élus à "garder leur calme".')
    assert speaker_of(said(text), "garder leur calme", PARTIAL_QUOTE) == {"Claire Dumas"}


def test_ce_responsable_takes_up_the_unnamed_source_introduced_with_that_noun():
    text = ("« Les renforts arrivent », a assuré le ministre libanais de la Défense, Karim Nassar. "
            "Selon un responsable militaire israélien, le mouvement garde « des milliers de combattants ». "
            "« Nous ne bougerons pas », a affirmé ce responsable, qui a requis l'anonymat.")
    assert speaker_of(said(text), "Nous ne bougerons pas", DIRECT_QUOTE) == {"Israël"}


def test_a_quote_over_two_paragraphs_takes_the_attribution_after_its_closing_mark():
    text = ("«On a mal commencé. On a laissé jouer l'adversaire.\n\n"
            "Ensuite on a réagi, et c'est ce que je retiendrai», a analysé Marc Tanguy en conférence de presse.")
    assert speaker_of(said(text), "On a mal commencé. On a laissé jouer l'adversaire.\n\n"
                                  "Ensuite on a réagi, et c'est ce que je retiendrai", DIRECT_QUOTE) == {"Marc Tanguy"}

