"""Type stubs of the native module; use the functions of ``zhengce`` instead."""

from typing import Any, Dict, List, Optional, Tuple

__version__: str

def extract_json(
    text: str, id: Optional[str] = None, reference_date: Optional[str] = None
) -> str: ...
def extract_batch_json(
    texts: List[str],
    ids: Optional[List[Optional[str]]] = None,
    threads: Optional[int] = None,
    reference_date: Optional[str] = None,
) -> List[str]: ...
def columns(kind: str) -> List[Tuple[str, str]]: ...
def tables() -> List[str]: ...
def table(
    items: List[str],
    kind: str,
    documents: bool = False,
    ids: Optional[List[Optional[str]]] = None,
    threads: Optional[int] = None,
    reference_date: Optional[str] = None,
) -> Dict[str, List[Any]]: ...
