"""Who said what: partial quotes, constructions of session 10 (issue 14).

Which speaker a partial quote gets when the parser misreads the verb that
governs it, when the quotation is the predicate right after the auxiliary,
when it sits inside someone else's report, or when a headline puts a topic
before a colon. Sentences are written for each construction (fictional
people); speakers are checked by their entity's label.
"""
from __future__ import annotations

from kg.records import DIRECT_QUOTE, PARTIAL_QUOTE
from tests.test_speech_constructions import said, speaker_of


def test_reporting_verb_read_as_a_noun_after_an_aside_governs_the_quote():
    # the parser reads "juge" as a noun in apposition to the subject
    found = said("Le Parti socialiste, de son côté, juge le calendrier « dicté par Bruxelles ».")
    assert speaker_of(found, "dicté par Bruxelles", PARTIAL_QUOTE) == {"Parti socialiste"}


def test_reporting_verb_read_as_a_noun_after_a_relative_clause_is_the_antecedents():
    found = said("Le sénateur Paul Vernier, qui n'a pas voté le texte, juge les mesures « tardives mais utiles ».")
    assert speaker_of(found, "tardives mais utiles", PARTIAL_QUOTE) == {"Paul Vernier"}


def test_quoted_participle_after_the_auxiliary_is_the_subjects_words():
    found = said("Le ministère de la Santé a \"pris acte\" de la décision et indiqué qu'un nouveau décret "
                 "serait publié.")
    assert speaker_of(found, "pris acte", PARTIAL_QUOTE) == {"Ministère de la Santé"}


def test_quoted_participle_after_a_relative_clause_is_the_antecedents_words():
    found = said("La CEDEAO, dont les trois pays se sont retirés en janvier 2025, a « pris acte » de "
                 "l'initiative. Elle a appelé à « une coordination régionale » contre les groupes armés.")
    assert speaker_of(found, "pris acte", PARTIAL_QUOTE) == {"Cédéao"}  # (the known organisation's label)
    assert speaker_of(found, "une coordination régionale", PARTIAL_QUOTE) == {"Cédéao"}


def test_negated_quoted_participle_is_nobodys():
    found = said("Le ministère de la Santé n'a pas « pris acte » de la décision.")
    assert speaker_of(found, "pris acte", PARTIAL_QUOTE) == set()


def test_quote_only_verb_inside_anothers_report_keeps_the_reporter():
    # "prendre « … »" reports only when it governs a quotation: inside Volkov's report, the words are his
    found = said("Le Kremlin a fustigé une «provocation». Son porte-parole, Igor Volkov, a affirmé que la "
                 "Russie prendrait «toutes les mesures utiles» pour protéger la frontière.")
    assert speaker_of(found, "toutes les mesures utiles", PARTIAL_QUOTE) == {"Igor Volkov"}


def test_soupirer_attributes_an_inverted_quote_and_selon_lui_follows_it():
    found = said("« Deux escadrons, c'est peu. Dans un mois, ils repartent », soupire le maire de Dunkerque, "
                 "Paul Lemaire. Selon lui, les commerçants « ferment plus tôt ».")
    assert speaker_of(found, "Deux escadrons, c'est peu. Dans un mois, ils repartent", DIRECT_QUOTE) == {
        "Paul Lemaire"}
    assert speaker_of(found, "ferment plus tôt", PARTIAL_QUOTE) == {"Paul Lemaire"}


def test_headline_topic_before_a_colon_is_not_a_speaker():
    found = said("Sommet de l'OCS: Pékin et Moscou plaident pour un \"ordre multipolaire\"\n\n"
                 "BICHKEK (AFP) - Les dirigeants des pays membres se sont retrouvés jeudi.")
    assert speaker_of(found, "ordre multipolaire", PARTIAL_QUOTE) == {"Chine", "Russie"}


def test_pour_and_a_demonstrative_description_is_the_person_named_before():
    found = said("« Nous tiendrons », a assuré le secrétaire du syndicat, Kévin Morel. Pour ce soudeur de "
                 "41 ans, la proposition de la direction « ne couvre même pas l'inflation ».")
    assert speaker_of(found, "ne couvre même pas l'inflation", PARTIAL_QUOTE) == {"Kévin Morel"}


def test_pour_and_a_thing_is_nobodys_view():
    found = said("« Nous tiendrons », a assuré le secrétaire du syndicat, Kévin Morel. Pour ce projet, la "
                 "direction prévoit « une enveloppe ».")
    assert speaker_of(found, "une enveloppe", PARTIAL_QUOTE) == set()


def test_le_meme_officier_is_the_officer_who_spoke_before():
    found = said("« Le retrait se fait dans l'ordre », a assuré le colonel Diego Suárez. Le même officier a "
                 "indiqué que 120 soldats resteront à l'aéroport \"pour assurer la transition\".")
    assert speaker_of(found, "pour assurer la transition", PARTIAL_QUOTE) == {"Diego Suárez"}


def test_thanking_someone_for_quoted_words_says_them():
    found = said("À Erevan, le ministre arménien de la Défense, Davit Arakelian, a remercié la France pour ce "
                 "« signal de confiance ».")
    assert speaker_of(found, "signal de confiance", PARTIAL_QUOTE) == {"Davit Arakelian"}


def test_sending_someone_back_to_quoted_words_says_them():
    found = said("Interrogée sur la présence américaine, la porte-parole Mei Zhou a renvoyé Washington à ses "
                 "“responsabilités”.")
    assert speaker_of(found, "responsabilités", PARTIAL_QUOTE) == {"Mei Zhou"}


def test_celle_ci_is_the_person_named_last_not_the_last_subject():
    found = said("Le Parti socialiste a désigné sa tête de liste, Julie Marchal, une enseignante de 48 ans. "
                 "Celle-ci a promis « une ville apaisée » et estimé que le logement était « la priorité du "
                 "mandat ».")
    assert speaker_of(found, "une ville apaisée", PARTIAL_QUOTE) == {"Julie Marchal"}
    assert speaker_of(found, "la priorité du mandat", PARTIAL_QUOTE) == {"Julie Marchal"}


def test_a_l_en_croire_is_read_like_selon_elle():
    found = said("La maire, Odile Perrin, a défendu son bilan. À l'en croire, la ville a aussi « rattrapé son "
                 "retard » en matière de logement.")
    assert speaker_of(found, "rattrapé son retard", PARTIAL_QUOTE) == {"Odile Perrin"}


def test_par_l_intermediaire_of_a_named_body_makes_the_body_speak():
    found = said("Le Royaume-Uni, par l’intermédiaire de son ministère des Affaires étrangères, a condamné "
                 "« dans les termes les plus fermes » les essais de missiles.")
    assert {who for who, k, q in found if q == "dans les termes les plus fermes"} and all(
        "Ministère" in who for who, k, q in found if q == "dans les termes les plus fermes")


def test_described_person_with_a_demonym_is_the_person_not_the_country():
    found = said("Les Européens veulent convaincre Bruno Keller, élu en novembre. Le milliardaire américain a "
                 "promis de régler le conflit « en une semaine ».")
    assert speaker_of(found, "en une semaine", PARTIAL_QUOTE) == {"Bruno Keller"}


def test_s_attendre_a_ce_que_with_a_typographic_apostrophe_reports_its_clause():
    found = said("Les États-Unis s’attendent à ce qu’ils entrent en combat « dans les prochains jours ».")
    assert speaker_of(found, "dans les prochains jours", PARTIAL_QUOTE) == {"États-Unis"}


def test_s_en_prendre_a_with_etre_is_active_and_its_participle_goes_on():
    found = said("Les Républicains s’en sont pris pour leur part à une majorité “à bout de souffle”, raillant "
                 "par la voix de leur porte-parole local une équipe qui “gère la ville comme un club”.")
    assert speaker_of(found, "à bout de souffle", PARTIAL_QUOTE) == {"Les Républicains"}
    assert speaker_of(found, "gère la ville comme un club", PARTIAL_QUOTE) == {"Les Républicains"}


def test_verb_after_a_relative_clause_the_parser_cut_off_speaks_for_the_antecedent():
    found = said("La ministre Lee Min-ji a répondu aux députés. Lee, qui ne peut être démise que par le "
                 "président, a rejeté « toute dissimulation ».")
    assert speaker_of(found, "toute dissimulation", PARTIAL_QUOTE) == {"Lee Min-ji"}


def test_headline_quote_then_pour_and_a_role_is_that_persons_view():
    found = said("Mer Rouge : la frégate appareille avec 165 marins, « une mission à haut risque » pour la "
                 "ministre\n\nLa ministre de la Défense, Annelies Peeters, a salué l'équipage.")
    assert speaker_of(found, "une mission à haut risque", PARTIAL_QUOTE) == {"Annelies Peeters"}


def test_depeindre_reports_the_quoted_object():
    found = said("Escroquerie : quatre ans requis contre le patron de Solaria\nAu tribunal correctionnel de "
                 "Nantes, le parquet a dépeint mardi un « système » ayant visé 400 ménages.\n\nLe parquet de "
                 "Nantes a requis quatre ans de prison.")
    assert speaker_of(found, "système", PARTIAL_QUOTE) == {"Parquet de Nantes"}
