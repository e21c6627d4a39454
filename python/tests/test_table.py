"""zhengce.table: tidy columns, the same as the CLI's CSV."""

import pytest

import zhengce

NUMBERS_AND_INCENTIVES = {
    "id": "hand",
    "published": None,
    "numbers": [
        {
            "number": "国发〔2019〕4号",
            "prefix": "国发",
            "year": 2019,
            "seq": 4,
            "issuer": "中华人民共和国国务院",
            "plan": "国家职业教育改革实施方案",
            "surface": "国发〔2019〕4号",
            "span": [3, 24],
        }
    ],
    "incentives": [
        {
            "kind": "reward",
            "value": 20.0,
            "max": None,
            "unit": "万元",
            "base": {"value": 200000.0, "unit": "CNY"},
            "cap": True,
            "condition": "年纳税首次突破500万元的企业",
            "surface": "最高奖励20万元",
            "span": [30, 51],
        },
        {
            "kind": "subsidy",
            "value": 1.0,
            "max": 3.0,
            "unit": "%",
            "base": None,
            "cap": False,
            "condition": None,
            "surface": "补贴1%至3%",
            "span": [60, 75],
        },
    ],
}


def test_every_table_has_its_columns_in_order(corpus):
    texts = list(corpus.values())
    for kind in zhengce.TABLES:
        names = [name for name, _ in zhengce.columns(kind)]
        assert names[0] == "id"
        assert names[-3:] == ["surface", "span_start", "span_end"]
        cols = zhengce.table(texts, kind)
        assert list(cols) == names
        assert len({len(values) for values in cols.values()}) == 1, kind


def test_one_row_per_record_from_texts_or_documents(corpus):
    texts, ids = list(corpus.values()), list(corpus)
    docs = zhengce.extract_batch(texts, ids=ids)
    from_texts = zhengce.table(texts, "goals", ids=ids)
    from_docs = zhengce.table(docs, "goals")
    assert from_texts == from_docs
    expected = [(d["id"], g["surface"]) for d in docs for g in d["goals"]]
    assert list(zip(from_texts["id"], from_texts["surface"])) == expected
    assert len(expected) > 5


def test_columns_have_their_types(corpus):
    python_types = {"str": str, "int": int, "float": float, "bool": bool}
    for kind in ("plans", "goals", "experts"):
        cols = zhengce.table(list(corpus.values()), kind)
        for name, ty in zhengce.columns(kind):
            for value in cols[name]:
                assert value is None or type(value) is python_types[ty], (kind, name, value)


def test_hand_built_numbers_and_incentives_flatten():
    numbers = zhengce.table([NUMBERS_AND_INCENTIVES], "numbers")
    assert numbers["id"] == ["hand"]
    assert numbers["seq"] == [4]
    assert numbers["span_start"] == [3] and numbers["span_end"] == [24]
    incentives = zhengce.table([NUMBERS_AND_INCENTIVES], "incentives")
    assert incentives["kind"] == ["reward", "subsidy"]
    assert incentives["base_value"] == [200000.0, None]
    assert incentives["base_unit"] == ["CNY", None]
    assert incentives["cap"] == [True, False]
    assert incentives["max"] == [None, 3.0]


def test_lists_are_joined_and_ids_default_to_positions():
    text = "工业和信息化部、国家发展改革委联合印发《算力基础设施高质量发展行动计划》。"
    plans = zhengce.table(["", text], "plans")
    assert plans["id"] == ["1"]
    assert plans["issuers"] == ["工业和信息化部;国家发展和改革委员会"]


def test_bad_arguments_are_errors():
    with pytest.raises(ValueError, match="goals"):
        zhengce.table(["x"], "goal")
    with pytest.raises(TypeError, match="not a mix"):
        zhengce.table(["x", {"id": "y"}], "goals")
    with pytest.raises(ValueError, match="document 0"):
        zhengce.table([{"plans": [{"title": 3}]}], "plans")
    empty = zhengce.table([], "places")
    assert list(empty) == [name for name, _ in zhengce.columns("places")]
    assert all(values == [] for values in empty.values())


def test_pandas_frame_in_one_line(corpus):
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(zhengce.table(list(corpus.values()), "places", ids=list(corpus)))
    assert list(frame.columns)[:3] == ["id", "name", "level"]
    assert frame["code"].str.fullmatch(r"\d{6}").all()
    assert len(frame) == sum(len(d["places"]) for d in zhengce.extract_batch(list(corpus.values())))
