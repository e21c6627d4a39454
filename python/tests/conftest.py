"""Shared fixtures: the repository's corpus of policy texts."""

import pathlib

import pytest

CORPUS = pathlib.Path(__file__).resolve().parents[2] / "tests" / "corpus"


@pytest.fixture(scope="session")
def corpus():
    """{stem: text} for every text of tests/corpus, in name order."""
    files = sorted(CORPUS.glob("*.txt"))
    assert len(files) >= 10, f"the corpus is at {CORPUS}"
    return {p.stem: p.read_text(encoding="utf-8") for p in files}
