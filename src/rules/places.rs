//! places: not written yet.

use crate::Document;
use crate::Error;
use crate::rules::Context;

/// The places pass.
#[derive(Debug, Clone)]
pub(crate) struct Rules {}

impl Rules {
    /// Builds the pass from the embedded gazetteer plus `extra` user rows.
    pub(crate) fn new(_extra: &[String]) -> Result<Self, Error> {
        Ok(Rules {})
    }

    pub(crate) fn run(&self, _cx: &Context<'_>, _doc: &mut Document) {}
}
