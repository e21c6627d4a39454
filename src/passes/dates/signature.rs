//! The signature block of an official document: who signed it and when.
//!
//! Accepted:
//!
//! - the signing bodies on their own lines over a date line:
//!   `…通知如下。\n\n省人民政府办公厅\n2022年3月4日\n(此件公开发布)`;
//! - an order (令): its header names the body (`某市人民政府令\n第15号`), its
//!   official signs with post and name over the date
//!   (`…现予公布,自2024年1月1日起施行。\n\n市长 张某某\n2023年11月20日`);
//!   the body is the header's, the date the one under the name.
//!
//! Rejected: a date line right after a sentence (`要加快推进工作。\n2019年1月24日`),
//! a post and name inside a sentence (`市长张某某2023年11月20日到企业调研`), and
//! an effective date (`自2024年1月1日起施行`), which is no signature.

use regex::Regex;

use super::{compile, prefix, ymd};
use crate::{PartialDate, Span};

/// Posts whose holder signs an order: 市长 张某某, 部长 李某.
const SIGNING_POSTS: &[&str] = &[
    "主任", "主席", "区长", "县长", "局长", "州长", "市长", "总理", "旗长", "省长", "署长", "行长",
    "部长", "镇长",
];

/// Where an order's header (某市人民政府令 第15号) may stand, in bytes.
const ORDER_HEAD_BYTES: usize = 300;

/// A signature block: the signing bodies and the date under them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Signature {
    /// The text naming the signing bodies (normalized coordinates): the
    /// lines over the date, or an order's header.
    pub(crate) body: Span,
    /// The signature date.
    pub(crate) date: PartialDate,
    /// Where the signature date stands.
    pub(crate) date_at: usize,
}

/// Finds the signature block of an official document.
#[derive(Debug, Clone)]
pub(crate) struct Signatures {
    bodies: Regex,
    official: Regex,
    order: Regex,
}

impl Signatures {
    pub(crate) fn new() -> Self {
        let posts = SIGNING_POSTS.join("|");
        Signatures {
            bodies: compile(
                r"(?xm)
                # one to three short lines naming the signing bodies, with no
                # sentence punctuation, the last ending in a body suffix
                (?P<body>(?:^[\ \t]*[^\n,。:;!?()]{2,40}\n){0,2}
                  ^[\ \t]*[^\n,。:;!?()]{0,40}
                  (?:人民政府|办公厅|办公室|委员会|国务院|中共中央|部|局|厅|委|署|院|行|办)
                  [\ \t]*\n)
                [\ \t]*\n?[\ \t]*
                (?P<date>(?P<y>[0-9]{4})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日)[\ \t]*$
                ",
            ),
            official: compile(&format!(
                r"(?xm)
                # the post and name open a line, or follow the sentence that
                # ends the order when a reposted copy lost its line breaks
                (?:^|。)[\ \t]*
                (?P<body>(?:代理|副)?(?:{posts})[\ \t]*\p{{Han}}{{2,4}}?)
                [\ \t]*\n?[\ \t]*\n?[\ \t]*
                (?P<date>(?P<y>[0-9]{{4}})年(?P<m>[0-9]{{1,2}})月(?P<d>[0-9]{{1,2}})日)[\ \t]*$
                "
            )),
            order: compile(
                r"(?x)
                \A\s*
                (?P<body>[^\n,。:;!?《》]{2,30}?)令
                [\ \t]*\n?[\ \t]*
                # 第15号, (第15号), 〔2024〕第3号
                [(〔\[]?(?:[0-9]{4}[)〕\]])?[\ \t]*第?[\ \t]*[0-9]{1,4}[\ \t]*号
                ",
            ),
        }
    }

    /// The first signature block in `text`.
    pub(crate) fn find(&self, text: &str) -> Option<Signature> {
        let by_bodies = self.bodies.captures(text).and_then(|caps| {
            let body = caps.name("body")?;
            Some(Signature {
                body: Span::new(body.start(), body.end()),
                date: ymd(&caps, "y", "m", "d")?,
                date_at: caps.name("date")?.start(),
            })
        });
        let by_official = self.official.captures(text).and_then(|caps| {
            let post = caps.name("body")?;
            // The order's header names the body its official signs for.
            let body = self
                .order
                .captures(prefix(text, ORDER_HEAD_BYTES))
                .and_then(|order| order.name("body"))
                .unwrap_or(post);
            Some(Signature {
                body: Span::new(body.start(), body.end()),
                date: ymd(&caps, "y", "m", "d")?,
                date_at: caps.name("date")?.start(),
            })
        });
        match (by_bodies, by_official) {
            (Some(a), Some(b)) => Some(if a.date_at <= b.date_at { a } else { b }),
            (a, b) => a.or(b),
        }
    }
}
