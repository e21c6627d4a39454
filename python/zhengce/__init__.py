"""zhengce (政策): typed records from Chinese government policy texts.

Plans named in 《》, government bodies, places with GB/T 2260 codes, target
years, numeric goals, quoted experts, document numbers and incentives, each
with a byte span into the input and the exact surface text.

>>> import zhengce
>>> doc = zhengce.extract("工信部印发《关于推进制造业数字化转型的实施意见》。")
>>> doc["agencies"][0]["name"]
'工业和信息化部'

``extract`` and ``extract_batch`` return the output contract (see
``docs/CONTRACT.md`` in the repository) as plain dicts; ``table`` returns one
record kind as tidy columns, ready for ``pandas.DataFrame(...)`` or
``polars.DataFrame(...)``; ``zhengce.spark`` runs the same on Spark.

The extraction runs in Rust with the interpreter lock released; batches use
every core unless ``threads`` says otherwise.
"""

from __future__ import annotations

import datetime
import json
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from . import _zhengce

__all__ = ["TABLES", "columns", "extract", "extract_batch", "table", "__version__"]

__version__: str = _zhengce.__version__

#: The record kinds ``table`` and ``columns`` accept, in the document's order.
TABLES: Tuple[str, ...] = tuple(_zhengce.tables())

DateLike = Union[str, datetime.date, None]


def _date(reference_date: DateLike) -> Optional[str]:
    if reference_date is None or isinstance(reference_date, str):
        return reference_date
    if isinstance(reference_date, datetime.datetime):
        return reference_date.date().isoformat()
    if isinstance(reference_date, datetime.date):
        return reference_date.isoformat()
    raise TypeError(
        f"reference_date must be a datetime.date or a 'YYYY[-MM[-DD]]' string, "
        f"not {type(reference_date).__name__}"
    )


def _ids(ids: Optional[Iterable[Any]], n: int) -> Optional[List[Optional[str]]]:
    if ids is None:
        return None
    out = [None if i is None else str(i) for i in ids]
    if len(out) != n:
        raise ValueError(f"{len(out)} ids for {n} texts: give one id per text")
    return out


def extract(
    text: str, id: Optional[str] = None, reference_date: DateLike = None
) -> Dict[str, Any]:
    """Extract every record from one text.

    Args:
        text: the document, any script (simplified or traditional).
        id: written to the result's ``id`` field.
        reference_date: the date relative dates (今年, 明年) resolve against
            when the text states none; a ``datetime.date`` or a
            ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"`` string.

    Returns:
        The output contract as a dict: ``id``, ``published``, and the lists
        ``plans``, ``agencies``, ``places``, ``target_years``, ``goals``,
        ``experts``, ``numbers``, ``incentives``.

    Raises:
        ValueError: the reference date is malformed or does not exist.
    """
    return json.loads(_zhengce.extract_json(text, id, _date(reference_date)))


def extract_batch(
    texts: Sequence[str],
    ids: Optional[Sequence[Any]] = None,
    threads: Optional[int] = None,
    reference_date: DateLike = None,
) -> List[Dict[str, Any]]:
    """Extract many texts in parallel; results in the order of ``texts``.

    Args:
        texts: the documents.
        ids: one id per text (converted with ``str``), or None for no ids.
        threads: worker threads; None uses one per core.
        reference_date: as for :func:`extract`.

    Returns:
        One contract dict per text.
    """
    texts = list(texts)
    raw = _zhengce.extract_batch_json(
        texts, _ids(ids, len(texts)), threads, _date(reference_date)
    )
    return [json.loads(doc) for doc in raw]


def columns(kind: str) -> List[Tuple[str, str]]:
    """The columns of a table: ``(name, type)`` pairs, type one of ``str``,
    ``int``, ``float``, ``bool``; ``id`` first."""
    return list(_zhengce.columns(kind))


def table(
    docs_or_texts: Iterable[Union[str, Mapping[str, Any]]],
    kind: str,
    ids: Optional[Sequence[Any]] = None,
    threads: Optional[int] = None,
    reference_date: DateLike = None,
) -> Dict[str, List[Any]]:
    """One record kind as tidy columns: ``{column: list}``, one row per record.

    The columns are those of the ``zhengce --table`` CSV: ``id`` first,
    ``span_start``/``span_end``, ``base_value``/``base_unit``, lists joined
    with ``;``, None where a value is missing.

    >>> import pandas as pd                                   # doctest: +SKIP
    >>> pd.DataFrame(zhengce.table(texts, "goals"))           # doctest: +SKIP

    Args:
        docs_or_texts: texts to extract, or contract dicts (from
            :func:`extract` or read back from JSON Lines); not mixed.
        kind: one of :data:`TABLES` (``goals``, ``plans``, ``agencies``, …).
        ids: one id per item; by default a document's own ``id``, else its
            position (``"0"``, ``"1"``, …).
        threads: worker threads for texts; None uses one per core.
        reference_date: as for :func:`extract`.

    Raises:
        ValueError: an unknown kind, a dict that is not a contract document,
            or ids of the wrong length.
        TypeError: items that are neither all str nor all dicts.
    """
    items = list(docs_or_texts)
    documents = bool(items) and not isinstance(items[0], str)
    if documents:
        if not all(isinstance(item, Mapping) for item in items):
            raise TypeError("give texts (str) or documents (dict), not a mix")
        payload = [json.dumps(item, ensure_ascii=False) for item in items]
    else:
        if not all(isinstance(item, str) for item in items):
            raise TypeError("give texts (str) or documents (dict), not a mix")
        payload = items
    return _zhengce.table(
        payload,
        kind,
        documents,
        _ids(ids, len(items)),
        threads,
        _date(reference_date),
    )
