//! experts: not written yet.

use crate::Document;
use crate::Error;
use crate::rules::Context;

/// The experts pass.
#[derive(Debug, Clone)]
pub(crate) struct Rules {}

impl Rules {
    pub(crate) fn new() -> Result<Self, Error> {
        Ok(Rules {})
    }

    pub(crate) fn run(&self, _cx: &Context<'_>, _doc: &mut Document) {}
}
