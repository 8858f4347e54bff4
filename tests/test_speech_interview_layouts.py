"""Interviews printed with the question as a plain paragraph (issue 14, h12-04): the answer under
it is the interviewee's direct quote, whether it opens on a dash, fills a pair of quotation marks,
follows "Q :" / "R :" labels, or is a plain paragraph in an article that says it is an interview;
several people may answer by name. The questions are nobody's words, but a claim they report keeps
its own speaker.

Every text here is written for its test."""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import DIRECT_QUOTE, INDIRECT_SPEECH

_DASHED = ("« Le port doit rester public » : entretien avec la directrice Claire Moreau\n\n"
           "Claire Moreau dirige depuis mars le port autonome de Kribi. De passage à Paris, elle répond "
           "à nos questions.\n\n"
           "Propos recueillis par Paul Léger\n\n"
           "Combien de navires accueillez-vous ?\n"
           "— Environ 900 par an, deux fois plus qu'il y a cinq ans. Les quais ont été allongés l'an dernier.\n\n"
           "Le ministre des Transports, Hugo Bernier, affirme que le port sera privatisé en 2028. Est-ce exact ?\n"
           "— Rien n'est décidé. Mon travail est de rendre le port rentable, pas de le vendre.\n\n"
           "Et les dockers ?\n"
           "— Ils ont obtenu une hausse de salaire en janvier. Le dialogue social fonctionne.\n")


def test_a_dash_answer_under_a_plain_question_paragraph_is_the_interviewees_direct_quote():
    statements = said(_DASHED)
    assert speaker_of(statements, "Rien n'est décidé. Mon travail est de rendre le port rentable, pas de le "
                                  "vendre.", DIRECT_QUOTE) == {"Claire Moreau"}
    assert speaker_of(statements, "Ils ont obtenu une hausse de salaire en janvier. Le dialogue social "
                                  "fonctionne.", DIRECT_QUOTE) == {"Claire Moreau"}


def test_a_claim_reported_inside_an_interview_question_keeps_its_own_speaker():
    statements = said(_DASHED)
    assert speaker_of(statements, "le port sera privatisé en 2028", INDIRECT_SPEECH) == {"Hugo Bernier"}
    assert not [q for who, _, q in statements if "Est-ce exact" in q or "Combien de navires" in q]


def test_an_answer_wholly_in_quotation_marks_under_a_question_is_the_interviewees_direct_quote():
    text = ("Hausse des loyers : « Les familles n'en peuvent plus », alerte le maire de Vénissieux\n\n"
            "ENTRETIEN. Julien Roche, maire de Vénissieux depuis 2020, demande un moratoire sur les expulsions.\n\n"
            "Pourquoi réclamez-vous un moratoire ?\n\n"
            "« Parce que nous recevons chaque semaine des familles menacées d'expulsion. Les loyers ont pris "
            "12 % en deux ans, les salaires non. »\n\n"
            "La préfecture dit que la loi ne le permet pas. Que lui répondez-vous ?\n\n"
            "« Qu'on a su le faire pendant la crise sanitaire. Quand on veut, on peut. »\n")
    assert speaker_of(said(text), "Qu'on a su le faire pendant la crise sanitaire. Quand on veut, on peut.",
                      DIRECT_QUOTE) == {"Julien Roche"}


def test_answers_after_q_and_r_labels_are_the_interviewees_direct_quotes():
    text = ("Fermeture de la maternité de Lannion : le directeur de l'ARS s'explique\n\n"
            "Questions à Marc Delorme, directeur de l'agence régionale de santé de Bretagne.\n\n"
            "Q : Pourquoi fermer la maternité ?\n"
            "R : Faute de pédiatres. Nous n'avons trouvé aucun candidat depuis deux ans.\n\n"
            "Q : Les élus parlent d'une décision comptable.\n"
            "R : C'est faux. La sécurité des mères passe avant tout.\n")
    statements = said(text)
    assert speaker_of(statements, "C'est faux. La sécurité des mères passe avant tout.", DIRECT_QUOTE) == {
        "Marc Delorme"}
    assert not [q for _, _, q in statements if "décision comptable" in q]


def test_plain_answers_under_plain_questions_of_an_announced_interview_are_direct_quotes():
    text = ("Nicolas Ferrand : « Le vélo électrique a sauvé nos ventes »\n\n"
            "Le patron du fabricant nantais Cycles Ferrand revient sur une année difficile. Interview.\n\n"
            "Comment se porte votre entreprise ?\n\n"
            "Mieux qu'on ne le craignait. Nos ventes de vélos classiques ont reculé de 20 %.\n\n"
            "L'électrique a compensé, et au-delà.\n\n"
            "Faut-il une prime d'État plus généreuse ?\n\n"
            "Oui, sans hésiter. Une prime de 400 euros changerait la donne pour nous.\n")
    statements = said(text)
    assert speaker_of(statements, "Mieux qu'on ne le craignait. Nos ventes de vélos classiques ont reculé de "
                                  "20 %.\n\nL'électrique a compensé, et au-delà.", DIRECT_QUOTE) == {"Nicolas Ferrand"}
    assert speaker_of(statements, "Oui, sans hésiter. Une prime de 400 euros changerait la donne pour nous.",
                      DIRECT_QUOTE) == {"Nicolas Ferrand"}


def test_question_subheads_of_an_explainer_are_no_interview():
    # an interview is mentioned, but the questions address nobody and the paragraphs are the newsroom's
    text = ("Carburants : le ministre Paul Roux exclut une baisse des taxes\n\n"
            "Dans une interview au Parisien, le ministre de l'Économie, Paul Roux, a exclu toute baisse des taxes.\n\n"
            "Pourquoi les prix montent-ils ?\n\n"
            "Le baril de brent a gagné 15 % depuis l'été. Les raffineries européennes tournent au ralenti.\n\n"
            "Le gouvernement peut-il agir ?\n\n"
            "Les marges budgétaires sont faibles. Une baisse de taxe coûterait 3 milliards.\n")
    assert not [q for who, k, q in said(text) if k == DIRECT_QUOTE]


def test_dash_lines_of_facts_under_questions_are_no_interview():
    text = ("Municipales : les têtes de liste à Rennes\n\n"
            "La maire sortante Nathalie Appéré brigue un troisième mandat. Voici ses adversaires.\n\n"
            "Qui mène la liste de droite ?\n"
            "— Charles Compagnon, conseiller municipal d'opposition, mène une liste d'union.\n\n"
            "Et les écologistes ?\n"
            "— Ils partent seuls, derrière l'adjointe Léa Morvan.\n")
    assert not [q for who, k, q in said(text) if "liste d'union" in q or "partent seuls" in q]


def test_several_interviewees_answer_the_same_question_each_by_name_then_dash():
    text = ("Après le rapport sur l'hôpital public\n\n"
            "Deux membres de la commission, Véronique Lenoir et Antoine Garnier, reviennent sur ses conclusions.\n\n"
            "Quelles recommandations ont le plus surpris ?\n\n"
            "Véronique Lenoir – Sans doute la fin de la tarification à l'activité. Je ne pensais pas qu'on irait "
            "si loin.\n\n"
            "Antoine Garnier – Pour moi, c'est le chapitre sur les urgences. Nous avons entendu des soignants "
            "épuisés.\n\n"
            "Le gouvernement va-t-il suivre ?\n\n"
            "V. L. – Il s'y est engagé. Nous verrons au budget.\n")
    statements = said(text)
    assert speaker_of(statements, "Pour moi, c'est le chapitre sur les urgences. Nous avons entendu des soignants "
                                  "épuisés.", DIRECT_QUOTE) == {"Antoine Garnier"}
    assert speaker_of(statements, "Il s'y est engagé. Nous verrons au budget.", DIRECT_QUOTE) == {"Véronique Lenoir"}


def test_a_question_and_its_quoted_answer_in_one_paragraph_are_an_interviews_exchange():
    text = ("Lomme : le maire Jean Delattre s'explique après la démission de son adjoint\n\n"
            "Le maire de Lomme, Jean Delattre, a répondu à nos questions.\n\n"
            "– Comment réagissez-vous au départ de votre premier adjoint ? «Cela couvait depuis des mois. Nous "
            "n'avions plus la même ligne.»\n\n"
            "– Allez-vous le remplacer ? «Le conseil municipal votera le 12 mars. Je proposerai une adjointe.»\n")
    statements = said(text)
    assert speaker_of(statements, "Le conseil municipal votera le 12 mars. Je proposerai une adjointe.",
                      DIRECT_QUOTE) == {"Jean Delattre"}
    assert not [q for _, _, q in statements if "Allez-vous" in q]


def test_quotations_after_a_narratives_rhetorical_questions_are_no_interview_answers():
    text = ("Sécheresse : les maraîchers de la Crau à bout\n\n"
            "Le préfet Hugo Martel a réuni lundi les agriculteurs de la plaine.\n\n"
            "Que faire quand les puits sont vides ?\n\n"
            "« Nous arrosons la nuit, et encore. »\n\n"
            "Et l'an prochain ?\n\n"
            "« Je ne sais pas si nous tiendrons. »\n")
    assert speaker_of(said(text), "Je ne sais pas si nous tiendrons.") == set()


def test_the_person_an_interview_is_presented_with_answers_not_the_first_person_of_the_headline():
    text = ("Retraites : face à Paul Roux, la CGT ne lâche rien. Entretien avec Sophie Binet\n\n"
            "Le ministre du Travail maintient sa réforme. La secrétaire générale de la CGT, Sophie Binet, répond.\n\n"
            "Le ministre dit que le texte sera voté en juin. Y croyez-vous ?\n"
            "— Non. Il n'a pas de majorité.\n\n"
            "Quelle est la suite ?\n"
            "— Une grève le 12 mars. Nous appelons tous les salariés à y participer.\n")
    assert speaker_of(said(text), "Non. Il n'a pas de majorité.", DIRECT_QUOTE) == {"Sophie Binet"}


def test_a_radio_interview_opened_by_labels_then_plain_questions_and_answers_is_the_guests():
    text = ("Tchad : « Le dialogue national a été confisqué », dénonce l'opposant Moussa Kaya\n\n"
            "L'opposant tchadien Moussa Kaya vit en exil à Lomé depuis mars. Il est l'invité de Claire Rivet.\n\n"
            "RFI : Moussa Kaya, vous avez quitté Ndjamena en pleine nuit. Pourquoi ?\n\n"
            "Moussa Kaya : Parce que ma vie était menacée. Deux de mes proches ont été arrêtés la veille.\n\n"
            "Comptez-vous rentrer avant les élections ?\n\n"
            "Je rentrerai quand ma sécurité sera garantie. Pour l'instant, rien ne le permet.\n\n"
            "Que demandez-vous aux partenaires du Tchad ?\n\n"
            "Qu'ils cessent de fermer les yeux. Nous ne demandons pas d'ingérence, seulement de la cohérence.\n")
    statements = said(text)
    assert speaker_of(statements, "Parce que ma vie était menacée. Deux de mes proches ont été arrêtés la veille.",
                      DIRECT_QUOTE) == {"Moussa Kaya"}
    assert speaker_of(statements, "Je rentrerai quand ma sécurité sera garantie. Pour l'instant, rien ne le "
                                  "permet.", DIRECT_QUOTE) == {"Moussa Kaya"}


def test_a_dash_line_stating_something_signs_no_question_before_it():
    text = ("Municipales : qui sont les candidats à Rennes ?\n\n"
            "Quatre listes sont déposées. Voici leurs têtes de liste.\n\n"
            "Qui mène la liste de gauche ?\n"
            "— Nathalie Appéré, maire sortante, brigue un troisième mandat.\n\n"
            "Et à droite ?\n"
            "— Charles Compagnon, conseiller municipal d'opposition, mène une liste d'union.\n")
    assert said(text) == []


def test_vox_pop_dash_answers_naming_their_own_speakers_are_theirs_not_an_interviewees():
    text = ("Réforme des retraites : les Rennais partagés\n\n"
            "Nous avons interrogé des passants place de la République, à Rennes, avec le député Paul Garnier.\n\n"
            "Que pensez-vous de la réforme ?\n"
            "— Je la trouve injuste pour les carrières longues, estime Marie Le Goff, aide-soignante.\n\n"
            "Et vous, irez-vous manifester ?\n"
            "— Sans doute pas, j'ai trop de travail, répond Yann Tanguy, artisan.\n")
    statements = said(text)
    assert speaker_of(statements, "Sans doute pas, j'ai trop de travail", DIRECT_QUOTE) == {"Yann Tanguy"}
    assert "Paul Garnier" not in {who for who, _, _ in statements}
