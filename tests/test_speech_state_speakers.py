"""A state speaks only where the text makes it speak (issue 14): not through a demonym that says
where people or outlets come from, not beside the spokesperson who speaks for its army, not through
a verb inside another speaker's words. Sentences written for these tests."""
from conftest import said, speaker_of


def test_a_demonym_on_media_does_not_make_the_country_speak():
    statements = said("Les médias brésiliens font état d'une hausse des prix à Brasilia.")
    assert "Brésil" not in {who for who, _, _ in statements}


def test_the_press_of_a_country_after_selon_is_not_the_country():
    statements = said("Selon la presse argentine, le gouvernement prépare un nouveau plan d'austérité.")
    assert "Argentine" not in {who for who, _, _ in statements}


def test_a_quantity_of_nationals_does_not_speak_for_their_countries():
    statements = said("Des milliers de Népalais et de Kényans partis en Russie, Katmandou exige leur retour.")
    assert "Kenya" not in speaker_of(statements, "leur retour")


def test_officials_named_by_a_demonym_still_speak_for_their_state():
    statements = said("Des responsables argentins ont affirmé que le plan serait retiré.")
    assert speaker_of(statements, "le plan serait retiré") == {"Argentine"}


def test_a_present_participle_right_after_its_noun_has_that_noun_as_subject():
    statements = said("Recrutés par des agences promettant des emplois en Europe, des Népalais se retrouvent au front.")
    assert not speaker_of(statements, "des emplois en Europe")


def test_a_spokesperson_after_a_topic_opening_speaks_for_himself_only():
    statements = said("Côté sénégalais, le porte-parole des Forces armées sénégalaises (FAS), le général-major "
                      "Abdoulaye Ndiaye-Sarr, a salué un accord qui \"ouvre une nouvelle page\".")
    assert speaker_of(statements, "ouvre une nouvelle page") == {"Abdoulaye Ndiaye-Sarr"}


def test_a_quote_only_verb_inside_reported_speech_is_no_speech_act_of_the_state():
    statements = said("La porte-parole du Kremlin, Olga Petrova, a averti que Moscou prendrait des "
                      "«mesures de rétorsion» adaptées.")
    assert "Russie" not in {who for who, _, _ in statements}
    assert speaker_of(statements, "mesures de rétorsion", "PartialQuote") == {"Olga Petrova"}


def test_a_state_named_inside_reported_speech_still_speaks_with_a_verb_of_its_own():
    statements = said("Le ministre Jean Dupuis a rappelé que le Maroc avait démenti ces informations.")
    assert speaker_of(statements, "ces informations") == {"Maroc"}


def test_a_source_at_a_ministry_is_the_ministry_not_its_country():
    statements = said("Un chiffre que conteste une source au ministère angolais de la Défense, pour qui près de "
                      "3 000 Namibiens sont déjà présents dans la province, «sans compter les unités de police».")
    assert speaker_of(statements, "sans compter les unités de police") == {"Ministère angolais de la Défense"}


def test_a_place_after_a_plural_official_noun_still_does_not_speak():
    statements = said("Les dirigeants de l'opposition à Séoul ont affirmé que le vote était truqué.")
    assert not speaker_of(statements, "le vote était truqué")


def test_a_compound_past_after_a_reported_simple_tense_goes_with_the_reporting_verb():
    statements = said("Le ministre Paul Roy a affirmé que la France soutient l'accord et a appelé ses "
                      "partenaires à le signer.")
    assert speaker_of(statements, "ses partenaires à le signer") == {"Paul Roy"}


def test_a_ministry_with_a_hyphenated_demonym_speaks_not_its_country():
    statements = said("D'après le ministère sri-lankais de la Défense, environ 800 anciens militaires auraient "
                      "rejoint les forces russes.")
    assert speaker_of(statements, "environ 800 anciens militaires auraient rejoint les forces russes") == {
        "Ministère sri-lankais de la Défense"}


def test_an_institution_after_a_topic_opening_is_the_subject():
    statements = said("Côté exécutif, l'Élysée a fait savoir que le président «suivait le dossier de près».")
    assert speaker_of(statements, "suivait le dossier de près", "PartialQuote") == {"Élysée"}


def test_a_name_after_a_comma_in_a_headline_is_the_subject_of_its_verb():
    statements = said("Mali : Dakar envoie 800 soldats, Bamako parle de « soutien fraternel »\n\n"
                      "Le Sénégal a commencé lundi à déployer 800 soldats au Mali, a annoncé le ministère "
                      "sénégalais de la Défense.")
    assert speaker_of(statements, "soutien fraternel") == {"Mali"}


def test_a_headline_content_stops_where_a_named_subject_starts_a_clause():
    statements = said("Sommet de Rio : Paris et Berlin plaident pour une « taxe mondiale », Washington se tient "
                      "à l'écart\n\nLes dirigeants du G20 se sont réunis mardi à Rio de Janeiro.")
    assert speaker_of(statements, "taxe mondiale", "PartialQuote") == {"France", "Allemagne"}
    assert not any("Washington" in quote for _, _, quote in statements)


def test_a_reported_clause_keeps_its_fronted_subordinate():
    statements = said("Le ministre Paul Roy a affirmé que si Moscou attaque, Washington répondra fermement.")
    assert speaker_of(statements, "si Moscou attaque, Washington répondra fermement") == {"Paul Roy"}


def test_selon_lesquelles_is_a_relative_not_a_source():
    statements = said("Le ministère canadien de la Défense a démenti les rumeurs selon lesquelles le Canada "
                      "s'apprêterait à retirer 500 soldats de Lettonie.")
    assert "Canada" not in {who for who, _, _ in statements}


def test_a_share_of_a_people_in_a_poll_is_not_their_state():
    statements = said("Selon un sondage publié dimanche, 58 % des Belges jugent le gouvernement incapable "
                      "d'aller au bout de la législature.")
    assert "Belgique" not in {who for who, _, _ in statements}


def test_a_judgement_without_agent_is_not_the_words_of_the_headline_subject():
    statements = said("Liban : Madrid dépêchera 80 gendarmes, une contribution jugée «modeste»\n\n"
                      "Le gouvernement espagnol enverra quatre-vingts gendarmes au Liban.")
    assert not speaker_of(statements, "modeste")


def test_a_name_before_a_passive_participle_in_a_headline_does_not_speak():
    statements = said("Langues : le ministre et le maire s’affrontent, Madrid appelé à « respecter les règles »\n\n"
                      "Le ton est monté mercredi au conseil municipal.")
    assert "Espagne" not in {who for who, _, _ in statements}
