"""zhengce.extract and zhengce.extract_batch."""

import datetime
import threading

import pytest

import zhengce

NOTICE = "2025年3月，國家數據局印發《數字中國建設2025年行動方案》。\n到2025年底，全市智能算力規模突破100EFLOPS。"
LISTS = ["plans", "agencies", "places", "target_years", "goals", "experts", "numbers", "incentives"]


def test_extract_gives_the_contract():
    doc = zhengce.extract(NOTICE, id="n1")
    assert doc["id"] == "n1"
    assert set(LISTS) <= set(doc)
    assert doc["plans"][0]["title"] == "数字中国建设2025年行动方案"
    assert doc["goals"][0]["base"] == {"value": 1e20, "unit": "FLOPS"}


def test_spans_are_byte_offsets_into_the_text(corpus):
    text = corpus["news-compute"]
    data = text.encode("utf-8")
    doc = zhengce.extract(text)
    checked = 0
    for name in LISTS:
        for record in doc[name]:
            start, end = record["span"]
            assert data[start:end].decode("utf-8") == record["surface"], name
            checked += 1
    assert checked > 20


def test_reference_date_as_date_or_string():
    text = "到明年底，全市数据中心机架规模达到10万架。"
    as_date = zhengce.extract(text, reference_date=datetime.date(2024, 2, 29))
    as_str = zhengce.extract(text, reference_date="2024-02-29")
    assert as_date == as_str
    assert as_date["goals"][0]["deadline"] == 2025
    assert zhengce.extract(text)["goals"] == [], "no deadline, no goal"


def test_impossible_reference_date_is_an_error():
    with pytest.raises(ValueError, match="does not exist"):
        zhengce.extract("x", reference_date="2025-02-30")
    with pytest.raises(TypeError):
        zhengce.extract("x", reference_date=20250101)


def test_batch_equals_one_by_one_in_order(corpus):
    texts = list(corpus.values())
    ids = list(corpus)
    batch = zhengce.extract_batch(texts, ids=ids)
    assert [d["id"] for d in batch] == ids
    assert batch == [zhengce.extract(t, id=i) for t, i in zip(texts, ids)]
    assert zhengce.extract_batch(texts, ids=ids, threads=1) == batch


def test_batch_checks_its_arguments():
    with pytest.raises(ValueError, match="one id per text"):
        zhengce.extract_batch(["a", "b"], ids=["only one"])
    with pytest.raises(ValueError, match="at least 1"):
        zhengce.extract_batch(["a"], threads=0)
    assert zhengce.extract_batch([]) == []


def test_batch_releases_the_interpreter(corpus):
    texts = list(corpus.values()) * 20
    started, done = threading.Event(), threading.Event()
    result = []

    def work():
        started.set()
        result.append(zhengce.extract_batch(texts, threads=1))
        done.set()

    worker = threading.Thread(target=work)
    worker.start()
    started.wait()
    spins = 0
    while not done.is_set():
        spins += 1
    worker.join()
    assert len(result[0]) == len(texts)
    # Holding the lock, the batch would leave this thread no turn until it returned.
    assert spins > 10_000, spins
