"""zhengce on Spark: records of a DataFrame of texts with ``mapInPandas``.

A job over a DataFrame with an ``id`` and a ``text`` column::

    import zhengce.spark
    goals = texts.mapInPandas(zhengce.spark.records("goals"), zhengce.spark.schema("goals"))
    goals.write.parquet("goals.parquet")

Each output row is one record, with the columns of ``zhengce.table`` (and of
``zhengce --table``). Spark runs one task per core, so each task extracts on
one thread by default. Needs pandas and pyarrow on the workers; pyspark
itself is imported only by Spark, never by this module.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator, Optional

from . import DateLike, columns, table

__all__ = ["records", "schema"]

_SPARK_TYPES = {"str": "string", "int": "bigint", "float": "double", "bool": "boolean"}
_PANDAS_TYPES = {"str": "object", "int": "Int64", "float": "Float64", "bool": "boolean"}


def schema(kind: str = "goals") -> str:
    """The Spark schema of a table, as a DDL string for ``mapInPandas``
    (``"id string, subject string, ..."``)."""
    return ", ".join(f"`{name}` {_SPARK_TYPES[ty]}" for name, ty in columns(kind))


def records(
    kind: str = "goals",
    id_col: str = "id",
    text_col: str = "text",
    threads: Optional[int] = 1,
    reference_date: DateLike = None,
) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """A function for ``DataFrame.mapInPandas`` that turns batches of
    ``(id_col, text_col)`` rows into batches of ``kind`` records.

    Pair it with :func:`schema` of the same kind. A null text counts as an
    empty document; a null id becomes the row's position in its batch.
    """
    names_types = columns(kind)

    def extract_batches(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        for batch in batches:
            texts = ["" if t is None else str(t) for t in batch[text_col].tolist()]
            ids = batch[id_col].tolist() if id_col in batch.columns else None
            cols = table(texts, kind, ids=ids, threads=threads, reference_date=reference_date)
            yield pd.DataFrame(
                {
                    name: pd.array(cols[name], dtype=_PANDAS_TYPES[ty])
                    for name, ty in names_types
                }
            )

    return extract_batches
