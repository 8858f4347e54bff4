"""A state speaks only where the text makes it speak (issue 14), third round: the agent of a passive
as the antecedent of the next pronoun, a clause after a semicolon that is no verb's content, and
"selon" before a rule or an agreement, which attributes nothing. Sentences written for these tests."""
from conftest import said, speaker_of


def test_the_person_agent_of_a_passive_is_the_antecedent_of_the_next_pronoun():
    statements = said("Le gouvernement malien a fixé jeudi le prix du coton. L'annonce a été faite par le "
                      "ministre de l'Agriculture, Oumar Diarra. « Ce prix protège les producteurs », a-t-il "
                      "expliqué.")
    assert speaker_of(statements, "Ce prix protège les producteurs") == {"Oumar Diarra"}


def test_a_person_subject_of_a_passive_stays_the_antecedent_over_its_agent():
    statements = said("Le ministre Paul Ngono a été reçu mardi par le président Jean Abena. « Nous avons "
                      "avancé », a-t-il déclaré.")
    assert speaker_of(statements, "Nous avons avancé") == {"Paul Ngono"}


def test_a_clause_after_a_semicolon_is_not_what_the_verb_before_it_reports():
    statements = said("- L'Équateur accuse Lima de préparer une offensive ; l'OEA appelle à la retenue.")
    assert not speaker_of(statements, "l'OEA appelle à la retenue")
    assert speaker_of(statements, "préparer une offensive") == {"Équateur"}


def test_selon_before_an_agreement_names_no_source():
    statements = said("Le contingent doit compter 2 000 soldats d'ici juin, selon l'accord signé avec Madrid.")
    assert "Espagne" not in {who for who, _, _ in statements}


def test_recalling_an_ambassador_is_not_speech_even_with_a_quoted_adjunct():
    statements = said("Le Ghana a rappelé vendredi « pour consultations » son ambassadeur à Lomé, au lendemain "
                      "de déclarations du président togolais qu'Accra juge « provocatrices ».")
    assert speaker_of(statements, "pour consultations") == set()
    assert not any(q.startswith("son ambassadeur") for _, _, q in statements)


def test_a_reporting_participle_addressing_the_same_people_goes_on_with_the_appeal():
    statements = said("Le Soudan a lancé un appel aux miliciens pour qu'ils déposent les armes, leur conseillant "
                      "de rentrer chez eux sans attendre.")
    assert speaker_of(statements, "ils déposent les armes, leur conseillant de rentrer chez eux sans attendre") == {
        "Soudan"}


def test_a_chain_of_titles_before_the_apposed_name_keeps_the_person_speaking():
    statements = said("Le Mali enverra 800 soldats dans la zone des trois frontières, a annoncé lundi le ministre "
                      "d'État, ministre de la Défense, le général Sadio Konaté-Diarra, lors d'une cérémonie.")
    assert speaker_of(statements, "Le Mali enverra 800 soldats dans la zone des trois frontières") == {
        "Sadio Konaté-Diarra"}


def test_the_accused_before_de_and_an_infinitive_is_not_part_of_the_accusation():
    statements = said("La Colombie accuse Caracas d'avoir massé des troupes à la frontière.")
    assert speaker_of(statements, "avoir massé des troupes à la frontière") == {"Colombie"}


def test_the_accused_stays_in_the_accusation_when_a_pronoun_on_the_infinitive_needs_it():
    statements = said("Le Mali accuse l'Algérie de les armer.")
    assert speaker_of(statements, "l'Algérie de les armer") == {"Mali"}


def test_a_quoted_attribute_or_goal_after_the_object_of_a_clause_verb_stays_a_quotation():
    statements = said("Rabat juge cette exigence « irrecevable ». Madrid a appelé les deux voisins à la « retenue ».")
    assert speaker_of(statements, "irrecevable", "PartialQuote") == {"Maroc"}
    assert speaker_of(statements, "retenue", "PartialQuote") == {"Espagne"}
