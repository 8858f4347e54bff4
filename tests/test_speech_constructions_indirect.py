"""Who said what: indirect speech (no quotation marks), constructions of the fifth round of issue 14.

Where reported content ends and which subject speaks, on sentences written
for each construction (fictional people). Speakers are checked by their
entity's label, so the tests hold whatever keys the entity extractor chooses.
"""
from __future__ import annotations

from kg.extract.speech import bounds
from kg.records import INDIRECT_SPEECH
from conftest import said, speaker_of


def indirect(text: str) -> set[str]:
    return {q for _, k, q in said(text) if k == INDIRECT_SPEECH}


# Where the content ends ------------------------------------------------------------------
def test_writers_comment_after_a_comma_with_ce_que_is_not_reported_content():
    found = said("Le quotidien Le Matin a affirmé qu'un émissaire suisse était présent à Oslo mardi, "
                 "ce que Berne n'a pas confirmé.")
    assert speaker_of(found, "un émissaire suisse était présent à Oslo mardi", INDIRECT_SPEECH) == {"Le Matin"}


def test_writers_comment_after_selon_with_ce_qui_is_not_reported_content():
    found = said("Selon Météo-France, les rafales ont atteint 150 km/h sur la côte, ce qui fait de "
                 "Lucie l'une des tempêtes les plus violentes de la décennie.")
    assert speaker_of(found, "les rafales ont atteint 150 km/h sur la côte", INDIRECT_SPEECH) == {"Météo-France"}


def test_apposition_comment_noun_after_the_content_is_the_writers():
    assert "avoir capturé 120 soldats" in indirect(
        "Les rebelles du FLNA affirment avoir capturé 120 soldats, un chiffre invérifiable de source indépendante.")


def test_comment_nouns_come_from_the_data_file():
    text = "avoir capturé 120 soldats, une information que personne n'a confirmée"
    assert bounds.comment_start(text, 0, len(text)) == text.index(",")
    text = "avoir capturé 120 soldats, un bataillon entier"
    assert bounds.comment_start(text, 0, len(text)) == len(text)


def test_running_total_participle_after_a_comma_stays_in_the_content():
    content = ("avoir déployé 600 soldats près de Gao, portant à près de 4.000 le nombre de militaires "
               "dans la région")
    assert content in indirect(f"L'armée malienne a annoncé mardi {content}.")


def test_commenting_participle_after_a_comma_stays_out_of_the_content():
    assert "avoir déployé 600 soldats près de Gao" in indirect(
        "L'armée malienne a annoncé mardi avoir déployé 600 soldats près de Gao, suscitant l'inquiétude "
        "des habitants.")


def test_participle_that_restricts_its_noun_stays_in_the_content():
    found = said("Le ministère russe de la Défense a annoncé des manœuvres dans la région de Pskov "
                 "impliquant environ 2.000 militaires.")
    assert speaker_of(found, "des manœuvres dans la région de Pskov impliquant environ 2.000 militaires",
                      INDIRECT_SPEECH) == {"Ministère russe de la Défense"}


def test_full_stop_glued_after_a_closing_mark_ends_the_content():
    found = said("Le préfet Paul Keraudren a indiqué que les aides seraient versées « d'ici à la fin du mois »."
                 "Une cellule d'information reste ouverte.")
    assert speaker_of(found, "les aides seraient versées « d'ici à la fin du mois »", INDIRECT_SPEECH) == {
        "Paul Keraudren"}


# "de son côté", "pour sa part" -------------------------------------------------------------
def test_object_after_de_son_cote_is_what_was_announced():
    found = said("Le ministère russe de la Défense a annoncé de son côté des manœuvres près de la frontière.")
    assert speaker_of(found, "des manœuvres près de la frontière", INDIRECT_SPEECH) == {
        "Ministère russe de la Défense"}


def test_subject_before_an_auxiliary_cut_off_by_pour_sa_part_speaks():
    found = said("La Pologne a pour sa part annoncé avoir mobilisé des centaines de réservistes.")
    assert speaker_of(found, "avoir mobilisé des centaines de réservistes", INDIRECT_SPEECH) == {"Pologne"}


def test_de_son_cote_read_as_a_subject_does_not_hide_the_real_subject():
    found = said("L'Inde a de son côté annoncé le rapatriement de 85 ressortissants.")
    assert speaker_of(found, "le rapatriement de 85 ressortissants", INDIRECT_SPEECH) == {"Inde"}


# Datelines ----------------------------------------------------------------------------------
def test_wire_dateline_is_not_part_of_content_before_an_inverted_attribution():
    found = said("LIMA, 3 mai (Agence Andes Presse) — Le Pérou a déployé 2 000 soldats à la frontière, "
                 "a annoncé le ministère péruvien de la Défense.")
    assert "Le Pérou a déployé 2 000 soldats à la frontière" in {q for _, k, q in found if k == INDIRECT_SPEECH}


def test_agency_of_a_wire_dateline_does_not_speak_for_the_first_sentence():
    found = said("QUITO, 3 mai (AEP) – Le ministère équatorien de la Défense a accusé jeudi le Pérou "
                 "d'avoir massé 2 000 soldats à la frontière.")
    speakers = {w for w, k, q in found if k == INDIRECT_SPEECH}
    assert speakers == {"Ministère équatorien de la Défense"}


# Which subject speaks -------------------------------------------------------------------------
def test_relative_after_selon_an_organisation_and_its_acronym_speaks_for_the_organisation():
    found = said("Le vote s'est tenu sans incident, selon la Commission électorale nationale (CEN), "
                 "qui annonce un taux de participation provisoire de 61 %.")
    assert {w for w, k, q in found if k == INDIRECT_SPEECH and q.startswith("un taux de participation")} == {
        "Commission électorale nationale"}


def test_bare_participle_after_a_quoted_relative_shares_the_reporting_verbs_subject():
    found = said("Son porte-parole, Igor Valenko, a affirmé que le pays \"prendra les mesures qui s'imposent\" "
                 "et rappelé que 20.000 soldats avaient participé aux manoeuvres.")
    assert speaker_of(found, "20.000 soldats avaient participé aux manoeuvres", INDIRECT_SPEECH) == {"Igor Valenko"}


def test_coordinated_capitals_left_unattached_by_the_parser_both_speak():
    found = said("Les États-Unis et la France suivent le scrutin. Washington et Paris ont salué le bon "
                 "déroulement du vote.")
    assert speaker_of(found, "le bon déroulement du vote", INDIRECT_SPEECH) == {"États-Unis", "France"}


# "Pour X, …" ---------------------------------------------------------------------------------
def test_pour_an_organisation_is_its_view():
    found = said("Pour l'UDC, qui combattait le texte, ce résultat est un chèque en blanc signé par les villes.")
    assert speaker_of(found, "ce résultat est un chèque en blanc signé par les villes", INDIRECT_SPEECH) == {"UDC"}


def test_relative_after_pour_a_person_is_not_the_view():
    found = said("Pour le chercheur Thomas Béranger, qui étudie les épidémies en Europe, la situation régionale "
                 "s'inscrit dans une tendance continentale.")
    assert speaker_of(found, "la situation régionale s'inscrit dans une tendance continentale",
                      INDIRECT_SPEECH) == {"Thomas Béranger"}


def test_pour_a_country_is_left_alone():
    assert not indirect("Pour la France, la décision est une bonne nouvelle pour les éleveurs.")


# "Selon" a description or the same source ---------------------------------------------------
def test_selon_a_description_of_an_organisation_whose_name_holds_it():
    found = said("Le Syndicat national des dockers a appelé à la grève. Selon le syndicat, 1 200 grévistes ont "
                 "bloqué l'accès aux bassins ouest.")
    assert speaker_of(found, "1 200 grévistes ont bloqué l'accès aux bassins ouest", INDIRECT_SPEECH) == {
        "Syndicat national des dockers"}


def test_selon_a_description_no_organisation_name_holds_is_the_organisation_that_acted_last():
    # (not the last organisation mentioned: the préfecture is named before the union that acted)
    found = said("La préfecture de la Manche a fermé le port. La CGT a appelé à la grève. Selon le syndicat, "
                 "1 200 grévistes ont bloqué l'accès aux bassins ouest.")
    assert speaker_of(found, "1 200 grévistes ont bloqué l'accès aux bassins ouest", INDIRECT_SPEECH) == {"CGT"}


def test_selon_la_meme_source_is_the_source_cited_just_before():
    found = said("Le Népal a été informé, selon le ministère népalais des Affaires étrangères. Au moins 300 "
                 "Népalais ont été recrutés, selon la même source.")
    assert speaker_of(found, "Au moins 300 Népalais ont été recrutés", INDIRECT_SPEECH) == {
        "Ministère népalais des Affaires étrangères"}


# What the object takes in --------------------------------------------------------------------
def test_time_phrase_after_faire_etat_de_stays_in_the_content():
    assert "153 incursions aériennes depuis le début de l'année" in indirect(
        "L'armée taïwanaise a fait état de 153 incursions aériennes depuis le début de l'année.")


def test_purpose_clause_after_the_object_stays_in_the_content():
    assert "un plan de 15 milliards de francs CFA pour moderniser la surveillance des côtes" in indirect(
        "La ministre Awa Ndiaye a annoncé en mars un plan de 15 milliards de francs CFA pour moderniser "
        "la surveillance des côtes.")


def test_where_it_was_said_after_the_object_is_not_the_content():
    assert "la défaite" in indirect("La cheffe du parti, Nathalie Dubé, a reconnu la défaite dans un bref "
                                    "discours à Drummondville.")


def test_appeler_quelqu_un_a_la_retenue_reports_the_call_without_the_addressee():
    found = said("L'Union africaine a appelé les deux pays à la retenue.")
    assert speaker_of(found, "la retenue", INDIRECT_SPEECH) == {"Union africaine"}


def test_second_reporting_verb_with_its_auxiliary_after_et_is_a_second_statement():
    found = said("Le Quai d'Orsay s'est dit inquiet et a appelé les deux camps au dialogue.")
    assert speaker_of(found, "au dialogue", INDIRECT_SPEECH) == {"Quai d'Orsay"}
    assert not any("appelé" in q for _, k, q in found if k == INDIRECT_SPEECH)


def test_avant_de_after_an_inverted_speaker_the_parser_took_for_an_object_keeps_that_speaker():
    found = said("La ministre Wanjiru Kamau a parlé. «Ces agences vendent nos jeunes», a dénoncé la cheffe de la "
                 "diplomatie kényane devant le Sénat, avant de préciser que 42 recruteurs avaient été arrêtés.")
    assert speaker_of(found, "42 recruteurs avaient été arrêtés", INDIRECT_SPEECH) == {"Wanjiru Kamau"}


# Where the reported words begin --------------------------------------------------------------
def test_words_after_a_colon_are_what_the_inverted_pronoun_reports():
    found = said("Son directeur, Frédéric Lacaze, est allé plus loin : le groupe pourrait fermer "
                 "l'usine de Voreppe si le blocage se prolongeait, a-t-il averti.")
    assert speaker_of(found, "le groupe pourrait fermer l'usine de Voreppe si le blocage se prolongeait",
                      INDIRECT_SPEECH) == {"Frédéric Lacaze"}


def test_clause_after_mais_is_what_a_trailing_selon_sources():
    found = said("Le nombre de soldats engagés n'a pas été précisé, mais ils seraient « plusieurs milliers », "
                 "selon l'agence Yonhap.")
    assert speaker_of(found, "ils seraient « plusieurs milliers »", INDIRECT_SPEECH) == {"Yonhap"}


def test_subject_the_parser_reads_as_passive_speaks_when_the_auxiliary_is_avoir():
    found = said("Le Rwanda est mis en cause par l'ONU. Kigali a immédiatement rejeté ces accusations.")
    assert speaker_of(found, "ces accusations", INDIRECT_SPEECH) == {"Rwanda"}


def test_a_true_passive_without_agent_names_no_speaker():
    assert not indirect("Le Rwanda a été accusé d'avoir menti sur ses effectifs.")


# An institution designated by its kind -------------------------------------------------------
def test_le_ministere_is_the_last_ministry_named_not_the_last_organisation():
    found = said("Le Kenya enverra 600 policiers, a annoncé le ministère kényan des Affaires étrangères. "
                 "L'ONU a salué la décision. Le déploiement reste soumis à un financement durable, "
                 "a précisé le ministère.")
    assert speaker_of(found, "Le déploiement reste soumis à un financement durable", INDIRECT_SPEECH) == {
        "Ministère kényan des Affaires étrangères"}


def test_le_ministere_with_other_words_is_not_a_ministry_named_otherwise():
    found = said("Le Népal a été informé, selon le ministère népalais des Affaires étrangères. "
                 "D'après le ministère sri-lankais de la Défense, environ 1.000 anciens militaires "
                 "ont rejoint les forces russes.")
    assert "Ministère népalais des Affaires étrangères" not in speaker_of(
        found, "environ 1.000 anciens militaires ont rejoint les forces russes", INDIRECT_SPEECH)


def test_l_armee_with_no_army_named_before_names_nobody():
    assert not any(w == "CGT" and q.startswith("la situation") for w, _, q in said(
        "La CGT a appelé à la grève. Selon l'armée, la situation est calme."))


# A court's requisition ------------------------------------------------------------------------
def test_weekday_after_the_verb_is_not_its_object():
    assert "l'envoi de 300 soldats" in indirect("La ministre Anne Roux a annoncé lundi l'envoi de 300 soldats.")


def test_requisition_with_a_dont_incise_goes_on_to_contre_the_accused_not_to_who_he_is():
    assert "quatre ans d'emprisonnement, dont deux avec sursis, contre Paul Mercier" in indirect(
        "La procureure Hélène Roux a requis jeudi quatre ans d'emprisonnement, dont deux avec sursis, "
        "contre Paul Mercier, ancien maire de la commune, jugé depuis lundi.")


def test_subject_with_a_relative_before_its_verb_is_not_reported_content():
    found = said("La France est engagée. Paris, qui fournit environ 700 militaires à la Finul, a annoncé l'envoi "
                 "d'une compagnie de renfort de 150 hommes.")
    assert speaker_of(found, "l'envoi d'une compagnie de renfort de 150 hommes", INDIRECT_SPEECH) == {"France"}
    assert not any(q.startswith("Paris, qui") for _, k, q in found if k == INDIRECT_SPEECH)


def test_clause_with_a_verb_before_a_relative_stays_reported_content():
    assert "Les troupes resteront sur place jusqu'en mai, qui est la date prévue" in indirect(
        "Les troupes resteront sur place jusqu'en mai, qui est la date prévue, a annoncé le ministère "
        "français des Armées.")


def test_relative_clause_the_parser_hung_on_the_verb_describes_the_noun_before_it():
    assert "son inquiétude face à l'escalade qu'entraînerait l'arrivée de mercenaires dans le conflit" in indirect(
        "L'Autriche a fait part de son inquiétude face à l'escalade qu'entraînerait l'arrivée de mercenaires "
        "dans le conflit.")


def test_pour_a_view_ends_before_a_colon_that_gives_the_writers_evidence():
    found = said("Pour le chercheur Thomas Béranger, la situation régionale s'inscrit dans une tendance "
                 "continentale : l'OMS a recensé 120 000 cas en Europe en 2025.")
    assert speaker_of(found, "la situation régionale s'inscrit dans une tendance continentale",
                      INDIRECT_SPEECH) == {"Thomas Béranger"}


def test_selon_a_description_with_a_plain_adjective_is_the_organisation_whose_name_holds_the_noun():
    found = said("La Haute Autorité de santé a rendu son avis. Selon l'autorité sanitaire, la mesure pourrait "
                 "éviter des milliers d'hospitalisations.")
    assert speaker_of(found, "la mesure pourrait éviter des milliers d'hospitalisations", INDIRECT_SPEECH) == {
        "Haute Autorité de santé"}


# Two content clauses of one verb -------------------------------------------------------------
def test_que_a_et_que_b_is_two_statements_of_the_same_speaker():
    found = said("Marc Dulac a indiqué que la route sera fermée et que les écoles resteront ouvertes.")
    assert speaker_of(found, "la route sera fermée", INDIRECT_SPEECH) == {"Marc Dulac"}
    assert speaker_of(found, "les écoles resteront ouvertes", INDIRECT_SPEECH) == {"Marc Dulac"}


def test_second_que_clause_after_a_channel_noun_is_its_own_statement():
    found = said("À Tunis, le ministère de la Défense a assuré dans un communiqué que le calme est revenu "
                 "et que quelque 4 000 militaires sont désormais engagés dans la région.")
    assert speaker_of(found, "quelque 4 000 militaires sont désormais engagés dans la région",
                      INDIRECT_SPEECH) == {"Ministère de la Défense"}
    assert "le calme est revenu" in indirect(
        "À Tunis, le ministère de la Défense a assuré dans un communiqué que le calme est revenu "
        "et que quelque 4 000 militaires sont désormais engagés dans la région.")


def test_que_after_where_it_was_said_opens_the_content_not_a_relative():
    found = said("Le ministre, Paul Garnier, a assuré mardi devant les députés que la France « tiendra "
                 "ses engagements » et qu'elle pourrait envoyer 500 hommes.")
    assert speaker_of(found, "la France « tiendra ses engagements »", INDIRECT_SPEECH) == {"Paul Garnier"}
    assert speaker_of(found, "elle pourrait envoyer 500 hommes", INDIRECT_SPEECH) == {"Paul Garnier"}


def test_quoted_copular_clause_after_que_is_reported_speech():
    found = said('Le ministère de la Défense a assuré que "la situation est sous contrôle".')
    assert speaker_of(found, '"la situation est sous contrôle"', INDIRECT_SPEECH) == {"Ministère de la Défense"}


def test_quoted_copular_clause_after_pour_qui_stays_a_quote_only():
    found = said("Le ministre tunisien, Ali Mejri, pour qui « la mobilité est un droit, pas une faveur », "
                 "a regretté un texte « bancal ».")
    assert not speaker_of(found, "« la mobilité est un droit, pas une faveur »", INDIRECT_SPEECH)


# Inverted attributions with something after the speaker ----------------------------------------
def test_where_it_was_said_after_an_inverted_named_speaker_keeps_the_inversion():
    found = said("La France a proposé l'envoi d'une trentaine de formateurs, a annoncé la ministre "
                 "déléguée chargée des Armées, Claire Morin, lors d'une visite à Tbilissi.")
    assert speaker_of(found, "La France a proposé l'envoi d'une trentaine de formateurs",
                      INDIRECT_SPEECH) == {"Claire Morin"}


def test_selon_qui_after_an_inverted_speaker_keeps_the_inversion():
    found = said("Les troupes togolaises enverront environ 900 soldats, a indiqué leur chef d'état-major, "
                 "le général Koffi Adjo, selon qui le pays « a déjà beaucoup donné ».")
    assert speaker_of(found, "Les troupes togolaises enverront environ 900 soldats",
                      INDIRECT_SPEECH) == {"Koffi Adjo"}


def test_object_after_a_reported_infinitive_stays_in_the_content():
    assert "avoir placé en alerte quelque 2 000 hommes de la brigade basée à Arica" in indirect(
        "Au Chili, le ministère de la Défense a indiqué avoir placé en alerte quelque 2 000 hommes "
        "de la brigade basée à Arica.")


def test_de_son_cote_before_the_participle_and_a_que_clause_made_root_keeps_the_subject():
    found = said("Un sénateur canadien, Paul Hébert, a de son côté affirmé sur la chaîne InfoPlus "
                 "qu'environ 300 instructeurs se trouvaient déjà en Lettonie.")
    assert speaker_of(found, "environ 300 instructeurs se trouvaient déjà en Lettonie",
                      INDIRECT_SPEECH) == {"Paul Hébert"}


def test_quoted_attribute_before_the_object_of_juger_is_reported_with_the_object():
    found = said("Le président du groupe, Paul Kälin, a jugé «excessif» le coût de l'opération, estimé à 4 millions.")
    assert speaker_of(found, "«excessif» le coût de l'opération", INDIRECT_SPEECH) == {"Paul Kälin"}
    assert "«excessif» le coût de l'opération, estimé à 4 millions" not in indirect(
        "Le président du groupe, Paul Kälin, a jugé «excessif» le coût de l'opération, estimé à 4 millions.")


def test_selon_a_pronoun_then_a_clause_with_a_quote_inside_is_reported_speech():
    found = said('La députée Anne Roux a critiqué le projet. Selon elle, le texte "sacrifie les communes rurales".')
    assert speaker_of(found, 'le texte "sacrifie les communes rurales"', INDIRECT_SPEECH) == {"Anne Roux"}


def test_selon_then_only_a_copula_and_a_quote_is_a_partial_quote_alone():
    found = said("Selon la CGT, c'est « une trahison ».")
    assert not [q for _, k, q in found if k == INDIRECT_SPEECH]
    assert speaker_of(found, "une trahison") == {"CGT"}


def test_quote_with_a_comma_inside_the_object_is_reported_whole():
    assert "un fils « doux, trop naïf »" in indirect(
        "À la barre, la mère de la victime, Anne Duval, décrit un fils « doux, trop naïf ».")


def test_present_verb_after_an_apposition_read_as_a_participle_has_the_noun_for_subject():
    found = said("À la barre, la mère de la victime, Anne Duval, décrit un fils « doux, trop naïf ».")
    assert speaker_of(found, "un fils « doux, trop naïf »", INDIRECT_SPEECH) == {"Anne Duval"}


def test_second_verb_after_puis_shares_the_first_verbs_subject():
    found = said("Le prévenu, Paul Mercier, 41 ans, était nerveux. L'accusé baisse les yeux, puis assure "
                 "qu'il s'en servait pour bricoler.")
    assert speaker_of(found, "il s'en servait pour bricoler", INDIRECT_SPEECH) == {"Paul Mercier"}


def test_object_hung_on_the_auxiliary_before_de_son_cote_is_what_was_promised():
    found = said("Le Chili a de son côté promis plusieurs centaines de soldats.")
    assert speaker_of(found, "plusieurs centaines de soldats", INDIRECT_SPEECH) == {"Chili"}


# Who an indefinite source is ----------------------------------------------------------------
def test_selon_an_indefinite_official_is_never_a_person_named_before():
    found = said("« Nous tiendrons », a assuré le ministre libanais de la Défense, Karim Nassar. Selon un "
                 "responsable militaire israélien, le Hezbollah disposerait encore de milliers de combattants.")
    assert "Karim Nassar" not in speaker_of(
        found, "le Hezbollah disposerait encore de milliers de combattants", INDIRECT_SPEECH)


def test_selon_an_indefinite_official_with_a_nationality_is_that_country():
    found = said("« La mission avance », a confirmé le commandant de la mission, Paul Mwangi. Selon un "
                 "diplomate américain, moins d'un millier de policiers étrangers sont présents en Haïti.")
    assert speaker_of(found, "moins d'un millier de policiers étrangers sont présents en Haïti",
                      INDIRECT_SPEECH) == {"États-Unis"}


def test_mais_and_a_new_subject_with_a_reporting_verb_ends_the_first_content():
    found = said("Son président, Marc Kessler, a fait savoir qu'il ne s'y opposerait pas mais il a jugé "
                 "«excessif» le coût de l'opération.")
    assert speaker_of(found, "il ne s'y opposerait pas", INDIRECT_SPEECH) == {"Marc Kessler"}


# Pronouns after a sentence that names someone without a statement -------------------------------
def test_il_after_c_est_and_a_name_is_the_one_named():
    found = said("« Nous partirons en mai », a déclaré le colonel Marc Henry. Le général, c'est l'Espagnol "
                 "Álvaro Ruiz. Ce mercredi, il a confirmé que 300 soldats arriveraient en juin.")
    assert speaker_of(found, "300 soldats arriveraient en juin", INDIRECT_SPEECH) == {"Álvaro Ruiz"}


def test_il_after_a_copular_sentence_about_a_named_person_is_that_person():
    found = said("« Les chiffres sont faux », a affirmé le député Paul Kolani. Le gouverneur de la province, "
                 "le général Jean Mbuyi, n'est pas du même avis. Il a affirmé que 2 500 casques bleus "
                 "étaient encore présents.")
    assert speaker_of(found, "2 500 casques bleus étaient encore présents", INDIRECT_SPEECH) == {"Jean Mbuyi"}


def test_partitive_object_is_what_was_asked_for():
    found = said("L'Organisation mondiale de la santé réclame de l'aide pour les réfugiés du Darfour.")
    assert speaker_of(found, "de l'aide pour les réfugiés du Darfour",
                      INDIRECT_SPEECH) == {"Organisation mondiale de la santé"}


def test_infinitive_content_before_a_colon_quote_is_reported_too():
    found = said("La sœur de la victime, Nadia Roux, est venue. Elle dit ne pas attendre d'excuses : "
                 "« Il a eu deux ans pour en faire. »")
    assert speaker_of(found, "ne pas attendre d'excuses", INDIRECT_SPEECH) == {"Nadia Roux"}
    assert speaker_of(found, "Il a eu deux ans pour en faire.") == {"Nadia Roux"}


def test_trailing_selon_content_starts_after_a_glued_full_stop():
    found = said("A Niamey, la societe civile s'inquiete du sort des populations.Plus de 40 000 personnes ont fui "
                 "leurs villages depuis janvier, selon le Haut-Commissariat des Nations unies pour les refugies.")
    assert "Plus de 40 000 personnes ont fui leurs villages depuis janvier" in {
        q for _, k, q in found if k == INDIRECT_SPEECH}


def test_participle_describing_the_source_after_a_trailing_selon_leaves_the_content_before():
    found = said("Au total, la mission européenne mobilise environ 1 100 marins de six pays, d'après "
                 "l'état-major de l'Otan, installé à Larissa, en Grèce.")
    # the opening "Au total," stays: before a trailing source it is the sentence's own (ind21, 187a935)
    assert speaker_of(found, "Au total, la mission européenne mobilise environ 1 100 marins de six pays",
                      INDIRECT_SPEECH) == {"Otan"}


def test_even_straight_quotes_in_the_content_are_closed_and_a_gerund_after_them_is_left_out():
    found = said('Le préfet, Laurent Mazet, a dit vouloir éviter "toute escalade", tout en prévenant que '
                 'les blocages ne seraient "pas tolérés".')
    assert speaker_of(found, 'vouloir éviter "toute escalade"', INDIRECT_SPEECH) == {"Laurent Mazet"}


def test_modifier_after_the_goal_of_appeler_stays_in_the_content():
    assert "« la plus grande vigilance » face aux tentatives d'hameçonnage" in indirect(
        "La directrice, Amel Jaziri, a parlé. Elle a appelé les assurés à « la plus grande vigilance » "
        "face aux tentatives d'hameçonnage.")


def test_an_indefinite_group_is_not_the_organisation_named_before():
    found = said("La Caisse nationale d'assurance maladie a confirmé lundi avoir été la cible d'une cyberattaque. "
                 "Un groupe de pirates a revendiqué l'attaque sur une messagerie chiffrée.")
    assert not speaker_of(found, "l'attaque sur une messagerie chiffrée")


def test_recalling_an_ambassador_to_a_capital_reports_nothing():
    found = said("L'Algérie a rappelé mardi « pour consultations » son ambassadeur à Rabat.")
    assert not [q for _, k, q in found if k == INDIRECT_SPEECH]


def test_appeler_a_country_to_restraint_is_still_reported():
    assert "la retenue" in indirect("L'ONU a appelé les deux pays à la retenue.")


def test_description_after_pour_a_named_person_is_not_the_content():
    found = said("Pour le chercheur Idriss Gamar, spécialiste du Sahel à l'Institut de recherche sur la paix, "
                 "le renforcement tchadien « est d'abord un message politique ».")
    assert speaker_of(found, "le renforcement tchadien « est d'abord un message politique »",
                      INDIRECT_SPEECH) == {"Idriss Gamar"}


def test_inverted_title_then_demonym_and_name_is_the_named_person():
    found = said("Un second contingent de 200 policiers est attendu à Bamako, a confirmé lundi le commandant "
                 "de la mission, le Kényan Godfrey Otieno.")
    assert speaker_of(found, "Un second contingent de 200 policiers est attendu à Bamako",
                      INDIRECT_SPEECH) == {"Godfrey Otieno"}


def test_que_clause_after_a_citant_incise_is_the_content():
    assert "l'administration envisageait de rapatrier 3.000 soldats" in indirect(
        "Le quotidien Le Matin avait affirmé mardi, citant deux responsables américains sous couvert "
        "d'anonymat, que l'administration envisageait de rapatrier 3.000 soldats.")


def test_parler_d_a_noun_with_words_of_its_own_around_a_quote_is_reported_speech():
    found = said("Le commandant de la police, Pierre Rochat, a parlé d'un dispositif «inédit par son ampleur».")
    assert speaker_of(found, "un dispositif «inédit par son ampleur»", INDIRECT_SPEECH) == {"Pierre Rochat"}


def test_parler_d_a_quoted_noun_alone_is_a_partial_quote_only():
    found = said("Le ministère des Armées parle d'un « test grandeur nature ».")
    assert not [q for _, k, q in found if k == INDIRECT_SPEECH]


def test_l_accuse_is_not_the_woman_presiding():
    found = said("« Je n'ai jamais voulu sa mort », répète Dylan Vercoutre. La présidente, Hélène Gaudefroy, "
                 "ne le lâche pas. L'accusé baisse les yeux, puis assure qu'il s'en servait pour ouvrir les cartons.")
    assert speaker_of(found, "il s'en servait pour ouvrir les cartons", INDIRECT_SPEECH) == {"Dylan Vercoutre"}


def test_institution_described_in_the_lead_is_the_one_named_later():
    found = said("Festival : Arles sous haute surveillance\nLa préfecture annonce un dispositif de sécurité "
                 "« sans précédent » pour le festival.\nLe festival attend 60 000 spectateurs. La préfecture "
                 "des Bouches-du-Rhône a mobilisé 800 policiers.")
    assert speaker_of(found, "un dispositif de sécurité « sans précédent » pour le festival",
                      INDIRECT_SPEECH) == {"Préfecture des Bouches-du-Rhône"}


def test_trailing_selon_after_a_quoted_apposition_judges_only_the_quoted_noun():
    found = said('Haïti : le Kenya va envoyer 600 policiers supplémentaires, un "tournant" selon le '
                 'gouvernement haïtien\nLe Kenya a confirmé jeudi.')
    assert not [q for _, k, q in found if k == INDIRECT_SPEECH and "600 policiers" in q]
    assert speaker_of(found, "tournant") == {"Haïti"}


def test_spokesperson_with_a_nationality_is_the_one_spokesperson_named_before():
    found = said("« Il s'agit de protéger nos populations », a assuré à Radio Monde le porte-parole du "
                 "gouvernement, Ahmat Béchir. Le Soudan accuse le Tchad d'armer les rebelles. Des accusations "
                 "« sans fondement », a rétorqué le porte-parole tchadien.")
    assert speaker_of(found, "Des accusations « sans fondement »", INDIRECT_SPEECH) == {"Ahmat Béchir"}


def test_relative_after_a_comma_on_the_object_is_the_writers_addition():
    assert "« un engagement historique » de l’Allemagne" in indirect(
        "La ministre lituanienne, Aušra Jankauskaitė, a salué « un engagement historique » de l’Allemagne, "
        "qui consacrera 2,3 milliards d’euros aux infrastructures.")


def test_description_after_selon_a_named_person_is_not_the_content():
    found = said("Selon Anaïs Durrieu, commandant du groupement de gendarmerie des Pyrénées-Orientales, "
                 "le dispositif sera maintenu \"au moins jusqu'à Pâques\".")
    assert speaker_of(found, "le dispositif sera maintenu \"au moins jusqu'à Pâques\"",
                      INDIRECT_SPEECH) == {"Anaïs Durrieu"}


def test_evidence_phrase_a_l_appui_after_the_content_is_the_writers():
    found = said("La députée Sandrine Lecoq-Arnaud a répliqué que le gouvernement avait « oublié les campagnes », "
                 "chiffres de l'Insee à l'appui.")
    assert speaker_of(found, "le gouvernement avait « oublié les campagnes »", INDIRECT_SPEECH) == {
        "Sandrine Lecoq-Arnaud"}
