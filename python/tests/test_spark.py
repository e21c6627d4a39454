"""zhengce.spark: a PySpark job in local mode writes goals to Parquet."""

import os
import sys

import pytest

import zhengce
import zhengce.spark

pyspark = pytest.importorskip("pyspark")
pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def spark():
    # Workers run this interpreter, which has zhengce installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("zhengce-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "5")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_schema_is_the_table_columns():
    assert zhengce.spark.schema("goals").startswith("`id` string, `subject` string")
    assert "`deadline` bigint" in zhengce.spark.schema("goals")
    assert "`cap` boolean" in zhengce.spark.schema("incentives")


def test_goals_of_the_corpus_to_parquet(spark, corpus, tmp_path):
    rows = list(corpus.items())
    texts = spark.createDataFrame(rows, "id string, text string").repartition(2)
    goals = texts.mapInPandas(zhengce.spark.records("goals"), zhengce.spark.schema("goals"))
    out = str(tmp_path / "goals.parquet")
    goals.write.parquet(out)

    back = pd.read_parquet(out).sort_values(["id", "span_start"]).reset_index(drop=True)
    expected = pd.DataFrame(zhengce.table(list(corpus.values()), "goals", ids=list(corpus)))
    expected = expected.sort_values(["id", "span_start"]).reset_index(drop=True)
    assert len(back) == len(expected) > 5
    assert list(back.columns) == list(expected.columns)
    assert back["surface"].tolist() == expected["surface"].tolist()
    assert back["deadline"].astype("Int64").tolist() == expected["deadline"].astype("Int64").tolist()
    assert back["base_value"].isna().tolist() == expected["base_value"].isna().tolist()
    assert str(back["span_start"].dtype) == "int64"


def test_plans_with_a_null_text(spark):
    rows = [("a", "工信部印发《关于加快推进算力建设的通知》。"), ("b", None)]
    texts = spark.createDataFrame(rows, "id string, text string")
    plans = texts.mapInPandas(zhengce.spark.records("plans"), zhengce.spark.schema("plans"))
    got = plans.collect()
    assert [(r["id"], r["issuers"]) for r in got] == [("a", "工业和信息化部")]
