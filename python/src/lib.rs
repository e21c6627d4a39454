//! `zhengce._zhengce`: the native half of the Python package.
//!
//! Documents cross into Python as the contract's JSON text, parsed by the
//! Python half with `json.loads`. Serializing happens on the worker threads
//! with the interpreter released, so that half of the conversion runs in
//! parallel; what is left under the lock, `json.loads` in C, took about a
//! seventh of the single-thread extraction time on the test corpus (0.05 s
//! against 0.32 s for 1,100 texts), so building dicts object by object from
//! Rust, under the lock, would gain little. Tables cross as typed columns
//! (lists of str, int, float, bool or None) built from `zhengce::table`, the
//! definition the CLI's CSV uses.

use std::sync::LazyLock;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use rayon::prelude::*;
use zhengce::table::{Cell, Table};
use zhengce::{Document, Extractor, PartialDate};

/// The embedded extractor, built on first use and shared; a reference date
/// gives a cheap view of it that shares every table.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

fn extractor(reference_date: Option<&str>) -> PyResult<Extractor> {
    let date = reference_date
        .map(str::parse::<PartialDate>)
        .transpose()
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok(match date {
        Some(date) => EXTRACTOR.with_reference_date(date),
        None => EXTRACTOR.clone(),
    })
}

fn to_json(doc: &Document) -> String {
    serde_json::to_string(doc).expect("a Document always serializes: its map keys are strings")
}

/// Runs `f` on a pool of `threads` workers, or on the global pool.
fn on_pool<T: Send>(threads: Option<usize>, f: impl FnOnce() -> T + Send) -> PyResult<T> {
    match threads {
        None => Ok(f()),
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(|pool| pool.install(f))
            .map_err(|e| PyValueError::new_err(format!("cannot start {n} threads: {e}"))),
    }
}

/// The contract JSON of one text.
#[pyfunction]
#[pyo3(signature = (text, id=None, reference_date=None))]
fn extract_json(
    py: Python<'_>,
    text: &str,
    id: Option<String>,
    reference_date: Option<&str>,
) -> PyResult<String> {
    let extractor = extractor(reference_date)?;
    Ok(py.detach(|| {
        let mut doc = extractor.extract(text);
        doc.id = id;
        to_json(&doc)
    }))
}

/// The contract JSON of many texts, extracted in parallel without the
/// interpreter lock.
#[pyfunction]
#[pyo3(signature = (texts, ids=None, threads=None, reference_date=None))]
fn extract_batch_json(
    py: Python<'_>,
    texts: Vec<String>,
    ids: Option<Vec<Option<String>>>,
    threads: Option<usize>,
    reference_date: Option<&str>,
) -> PyResult<Vec<String>> {
    let ids = ids_for(ids, texts.len())?;
    let extractor = extractor(reference_date)?;
    py.detach(|| {
        on_pool(threads, || {
            texts
                .par_iter()
                .zip(ids)
                .map(|(text, id)| {
                    let mut doc = extractor.extract(text);
                    doc.id = id;
                    to_json(&doc)
                })
                .collect()
        })
    })
}

fn ids_for(ids: Option<Vec<Option<String>>>, n: usize) -> PyResult<Vec<Option<String>>> {
    match ids {
        None => Ok(vec![None; n]),
        Some(ids) if ids.len() == n => Ok(ids),
        Some(ids) => Err(PyValueError::new_err(format!(
            "{} ids for {n} texts: give one id per text",
            ids.len()
        ))),
    }
}

fn table_named(kind: &str) -> PyResult<Table> {
    kind.parse::<Table>()
        .map_err(|e| PyValueError::new_err(e.to_string()))
}

/// Columns of a table: (name, type) with type one of str, int, float, bool.
#[pyfunction]
fn columns(kind: &str) -> PyResult<Vec<(&'static str, &'static str)>> {
    Ok(table_named(kind)?
        .columns()
        .iter()
        .map(|c| (c.name, c.ty.as_str()))
        .collect())
}

/// The names of the tables.
#[pyfunction]
fn tables() -> Vec<&'static str> {
    Table::ALL.iter().map(|t| t.as_str()).collect()
}

/// A tidy table of one record kind as {column: list}; `items` are texts, or
/// contract documents as JSON text when `documents` is true.
#[pyfunction]
#[pyo3(signature = (items, kind, documents=false, ids=None, threads=None, reference_date=None))]
fn table<'py>(
    py: Python<'py>,
    items: Vec<String>,
    kind: &str,
    documents: bool,
    ids: Option<Vec<Option<String>>>,
    threads: Option<usize>,
    reference_date: Option<&str>,
) -> PyResult<Bound<'py, PyDict>> {
    let table = table_named(kind)?;
    let ids = ids_for(ids, items.len())?;
    let extractor = extractor(reference_date)?;
    let docs: Vec<Result<Document, String>> = py.detach(|| {
        on_pool(threads, || {
            items
                .par_iter()
                .zip(ids)
                .enumerate()
                .map(|(i, (item, id))| {
                    let mut doc = if documents {
                        serde_json::from_str::<Document>(item)
                            .map_err(|e| format!("document {i} is not a contract document: {e}"))?
                    } else {
                        extractor.extract(item)
                    };
                    if id.is_some() || doc.id.is_none() {
                        doc.id = Some(id.unwrap_or_else(|| i.to_string()));
                    }
                    Ok(doc)
                })
                .collect()
        })
    })?;
    let docs: Vec<Document> = docs
        .into_iter()
        .collect::<Result<_, _>>()
        .map_err(PyValueError::new_err)?;
    let columns = table.columns();
    let mut values: Vec<Vec<Bound<'py, PyAny>>> = vec![Vec::new(); columns.len()];
    for doc in &docs {
        for row in table.rows(doc) {
            for (column, cell) in values.iter_mut().zip(row) {
                column.push(cell_to_py(py, cell)?);
            }
        }
    }
    let dict = PyDict::new(py);
    for (column, values) in columns.iter().zip(values) {
        dict.set_item(column.name, PyList::new(py, values)?)?;
    }
    Ok(dict)
}

fn cell_to_py<'py>(py: Python<'py>, cell: Cell<'_>) -> PyResult<Bound<'py, PyAny>> {
    Ok(match cell {
        Cell::Null => py.None().into_bound(py),
        Cell::Str(s) => s.as_ref().into_pyobject(py)?.into_any(),
        Cell::Int(n) => n.into_pyobject(py)?.into_any(),
        Cell::Float(x) => x.into_pyobject(py)?.into_any(),
        Cell::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
    })
}

/// Native functions behind the `zhengce` package; use the package's API.
#[pymodule]
fn _zhengce(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract_json, m)?)?;
    m.add_function(wrap_pyfunction!(extract_batch_json, m)?)?;
    m.add_function(wrap_pyfunction!(columns, m)?)?;
    m.add_function(wrap_pyfunction!(tables, m)?)?;
    m.add_function(wrap_pyfunction!(table, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
