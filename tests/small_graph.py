"""A small, hand-written corpus for the query and analytics tests.

Built from records (kg.records -> kg.resolve -> kg.mapping), so these tests
do not depend on how well the extractors do. Two articles:

- a1: Lloyd Austin and Antony Blinken (both affiliated with the United States)
  speak about North Korea and Russia; the United States claim a deployment
  from North Korea to Russia, at Koursk (a place located in Russia).
- a2: Volodymyr Zelensky speaks about North Korea; Kim Jong Un and Kim Yo Jong
  are mentioned (two "Kim"s, for ambiguity). Séoul is mentioned and linked to
  nothing.
"""
from __future__ import annotations

from datetime import date

from kg.mapping import to_dataset
from kg.records import (
    COUNTRY,
    ORGANIZATION,
    PERSON,
    PLACE,
    Article,
    ArticleRecords,
    Deployment,
    Entity,
    Mention,
    Statement,
)
from kg.resolve import resolve

US, KP, RU, UA, KR = "country/US", "country/KP", "country/RU", "country/UA", "country/KR"
AUSTIN, BLINKEN, ZELENSKY = "person/lloyd-austin", "person/antony-blinken", "person/volodymyr-zelensky"
KIM_JU, KIM_YJ = "person/kim-jong-un", "person/kim-yo-jong"
KOURSK, SEOUL, PENTAGON = "place/koursk", "place/seoul", "org/pentagone"


def _mentions(keys):
    return [Mention(i * 10, i * 10 + 5, key, key) for i, key in enumerate(keys)]


def _statement(start, speaker, about, quote):
    return Statement(
        start=start,
        end=start + len(quote),
        speaker=speaker,
        quote=quote,
        kind="DirectQuote",
        evidence=f"« {quote} », a-t-il dit.",
        verb="dire",
        about=about,
    )


def small_records() -> list[ArticleRecords]:
    a1 = Article(
        id="a1", text="x" * 500, source="a1.txt", title="Premier article", date=date(2024, 10, 31)
    )
    a2 = Article(id="a2", text="x" * 500, source="a2.txt", title="Second article")
    e1 = [
        Entity(US, COUNTRY, "États-Unis", aliases=["Washington"], wikidata="Q30"),
        Entity(KP, COUNTRY, "Corée du Nord", aliases=["Pyongyang"], wikidata="Q423"),
        Entity(RU, COUNTRY, "Russie", aliases=["Moscou"], wikidata="Q159"),
        Entity(AUSTIN, PERSON, "Lloyd Austin", aliases=["Austin"],
               roles=["secrétaire à la Défense"], affiliations=[PENTAGON]),
        Entity(PENTAGON, ORGANIZATION, "Pentagone", affiliations=[US]),
        Entity(BLINKEN, PERSON, "Antony Blinken", roles=["secrétaire d'État"], affiliations=[US]),
        Entity(KOURSK, PLACE, "Koursk", located_in=RU),
    ]
    r1 = ArticleRecords(
        article=a1,
        entities=e1,
        mentions=_mentions([e.key for e in e1]),
        statements=[
            _statement(100, AUSTIN, [KP, RU], "Ces soldats sont en Russie"),
            _statement(200, BLINKEN, [RU], "Nous n'avons pas vu ces troupes"),
        ],
        deployments=[
            Deployment(
                start=300, end=340, evidence="Des milliers de soldats envoyés à Koursk.",
                qualifier="Vague", origin=KP, destination=RU, place=KOURSK,
                status="Sent", claimant=US,
            )
        ],
    )
    e2 = [
        Entity(UA, COUNTRY, "Ukraine", wikidata="Q212"),
        Entity(KP, COUNTRY, "Corée du Nord", wikidata="Q423"),
        Entity(ZELENSKY, PERSON, "Volodymyr Zelensky", affiliations=[UA]),
        Entity(KIM_JU, PERSON, "Kim Jong Un", affiliations=[KP]),
        Entity(KIM_YJ, PERSON, "Kim Yo Jong", affiliations=[KP]),
        Entity(SEOUL, PLACE, "Séoul"),
    ]
    r2 = ArticleRecords(
        article=a2,
        entities=e2,
        mentions=_mentions([e.key for e in e2]),
        statements=[_statement(50, ZELENSKY, [KP, KIM_JU], "Pyongyang se moque des vies")],
    )
    return [r1, r2]


def small_dataset():
    """The small corpus as an RDF dataset, as ``kg build`` would export it."""
    return to_dataset(resolve(small_records()))
