"""The GeoNames city index kept in the user's cache folder (kg.geonames)."""
from __future__ import annotations

import pytest

from kg import geonames


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    geonames.city_index.cache_clear()
    yield tmp_path / "newskg"
    geonames.city_index.cache_clear()


def test_the_index_read_back_from_the_cache_folder_equals_a_freshly_built_one(cache_home):
    built = geonames.city_index()
    assert geonames.cache_file().parent == cache_home and geonames.cache_file().exists()
    geonames.city_index.cache_clear()
    assert geonames.city_index() == built == geonames.build_index()
    assert built["koursk"][1] == 538560  # a French alternate name of Kursk


def test_a_damaged_cache_file_is_rebuilt(cache_home):
    geonames.city_index()
    geonames.cache_file().write_bytes(b"\x00 not marshal")
    geonames.city_index.cache_clear()
    assert geonames.city_index()["goma"][1] == 216281
    assert geonames.cache_file().read_bytes() != b"\x00 not marshal"


def test_a_cache_of_another_library_or_module_version_is_neither_read_nor_kept(cache_home):
    cache_home.mkdir(parents=True)
    old = cache_home / "geonames-0000000000000000.marshal"
    old.write_bytes(b"\xfb")  # what an older version left: not this file's name
    assert geonames.cache_file() != old
    geonames.city_index()
    assert not old.exists() and geonames.cache_file().exists()


def test_an_unwritable_cache_folder_only_costs_building_the_index(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    geonames.city_index.cache_clear()
    try:
        assert geonames.city_index()["goma"][1] == 216281
    finally:
        geonames.city_index.cache_clear()
