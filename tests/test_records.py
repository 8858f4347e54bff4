"""Records turn into plain dicts (for the cache and the store's digests) and back."""
from dataclasses import asdict

from kg.records import ArticleRecords


def test_to_dict_is_exactly_asdict(seeds_records):
    for records in seeds_records.values():
        data = records.to_dict()
        assert data == asdict(records)
        assert ArticleRecords.from_dict(data) == records


def test_to_dict_copies_lists_so_the_records_stay_untouched(seeds_records):
    records = next(iter(seeds_records.values()))
    data = records.to_dict()
    data["statements"][0]["about"].append("x")
    data["entities"].clear()
    assert records.entities and "x" not in records.statements[0].about
