"""The working state of one article while extractors run over it.

An :class:`Analysis` carries the article, its clean text, the spaCy ``Doc``
and the records found so far. Each extractor reads what earlier ones added
(statements need the entities) and adds its own records; nothing in here is
exported as is.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from .records import Article, ArticleRecords, Entity, Mention


@dataclass
class Analysis:
    article: Article
    text: str  # clean text: same length and offsets as article.text
    doc: Doc
    records: ArticleRecords = field(init=False)

    def __post_init__(self) -> None:
        self.records = ArticleRecords(article=self.article)
        self._entities: dict[str, Entity] = {}
        self._token_starts: list[int] | None = None
        self._mention_starts: list[int] = []  # each mention's start, beside records.mentions

    # Entities -------------------------------------------------------------
    def add_entity(self, entity: Entity) -> Entity:
        """Add ``entity``, or merge it into the one with the same key."""
        known = self._entities.get(entity.key)
        if known is None:
            self._entities[entity.key] = entity
            self.records.entities.append(entity)
            return entity
        known.absorb(entity)
        return known

    def entity(self, key: str) -> Entity | None:
        return self._entities.get(key)

    def add_mention(self, start: int, end: int, key: str) -> Mention:
        """Record that ``article.text[start:end]`` names entity ``key``."""
        mention = Mention(start, end, self.article.text[start:end], key)
        mentions = self.records.mentions
        i = bisect_left(mentions, (start, end), key=lambda m: (m.start, m.end))
        if i < len(mentions) and mentions[i] == mention:
            return mention
        starts = self._starts()
        mentions.insert(i, mention)
        starts.insert(i, start)
        return mention

    def _starts(self) -> list[int]:
        """Each mention's start, in the mentions' order (kept beside them: the
        look-ups below then bisect plain integers, not a key function's calls)."""
        mentions = self.records.mentions
        if len(self._mention_starts) != len(mentions):
            self._mention_starts = [m.start for m in mentions]
        return self._mention_starts

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying wholly inside ``[start, end)``, in text order."""
        mentions = self.records.mentions
        starts = self._starts()
        i = bisect_left(starts, start)
        n = len(mentions)
        found = []
        while i < n and starts[i] < end:
            if mentions[i].end <= end:
                found.append(mentions[i])
            i += 1
        return found

    def mention_at(self, offset: int) -> Mention | None:
        """The mention covering character ``offset``, if any."""
        for m in self.mentions_in(max(0, offset - 200), offset + 200):
            if m.start <= offset < m.end:
                return m
        return None

    # Text -----------------------------------------------------------------
    def original(self, start: int, end: int) -> str:
        """The article's own characters for a span (quotes keep their typography)."""
        return self.article.text[start:end]

    def token_starts(self) -> list[int]:
        """Each token's character offset, in order (computed once: a long article's doc
        must not be scanned per lookup, which would make extraction quadratic)."""
        if self._token_starts is None:
            self._token_starts = self.doc.to_array([IDX]).ravel().tolist()
        return self._token_starts

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that start inside ``[start, end)``, in order."""
        starts = self.token_starts()
        return [self.doc[i] for i in range(bisect_left(starts, start), bisect_left(starts, end))]

    def sentence_at(self, offset: int) -> Span:
        """The sentence of the ``Doc`` that contains character ``offset``."""
        token = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if token is None or len(token) == 0:
            i = min(bisect_left(self.token_starts(), offset), len(self.doc) - 1)
            return self.doc[i].sent
        return token[0].sent
