"""Direct quotes, fourteenth round (issue 14, tuned on the eleventh held-back set): the subject of
a clause an inverted incise reports, ...

Every sentence here is written for its test."""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import DIRECT_QUOTE


def test_the_subject_of_a_clause_before_an_inverted_incise_is_not_the_pronouns_antecedent():
    text = ("« Nous ne fermerons aucune gare », a assuré le ministre des Transports, Paul Mercier. "
            "Les soldats suisses ne feront aucun contrôle, a-t-il ajouté : « Seuls les horaires du soir "
            "seront allégés. »")
    assert speaker_of(said(text), "Seuls les horaires du soir seront allégés.", DIRECT_QUOTE) == {"Paul Mercier"}
