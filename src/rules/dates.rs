//! dates: not written yet.

use crate::rules::Context;
use crate::{Error, PartialDate};

/// The dates pass: the document's own date.
#[derive(Debug, Clone)]
pub(crate) struct Rules {}

impl Rules {
    pub(crate) fn new() -> Result<Self, Error> {
        Ok(Rules {})
    }

    /// The document's own date when the text states it.
    pub(crate) fn published(&self, _cx: &Context<'_>) -> Option<PartialDate> {
        None
    }
}
