//! The static catalog walk as data: which documents to ask for, in what
//! order, and what to make of each answer. The browser (`api::catalog`,
//! several requests in flight) and the snapshot tool (`src/bin/catalog-snapshot.rs`)
//! drive the same `Walk`, so both find exactly the same records.
//!
//! From the root: the workflow and experiment sections (at once), every
//! record they list, and the products the experiments name (asked for as
//! soon as their experiment arrives, not after every record is in).

use std::collections::VecDeque;

use crate::core::catalog::stac::{join_url, Record, RecordKind, StacLink};
use crate::core::order::sorted_unique_by;

/// What the static catalog walk found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StaticCatalog {
    /// Sorted by kind, then id.
    pub records: Vec<Record>,
    /// Record documents that could not be read.
    pub failed: usize,
}

/// What a document of the walk is, so its answer is read the right way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// The catalog's root: its children are the sections.
    Root,
    /// A section (workflows, experiments): its children are records.
    Section,
    /// One record document.
    Record,
}

/// The sections whose records the explorer shows.
const SECTIONS: [&str; 2] = ["/workflows/", "/experiments/"];

/// A walk in progress.
#[derive(Clone, Debug)]
pub struct Walk {
    root: String,
    waiting: VecDeque<(Stop, String)>,
    /// Every URL ever queued (each is asked for once).
    queued: Vec<String>,
    records: Vec<Record>,
    failed: usize,
}

impl Walk {
    /// A walk from the catalog's root document (`catalog.json`).
    pub fn new(root: &str) -> Walk {
        let mut walk = Walk {
            root: root.to_string(),
            waiting: VecDeque::new(),
            queued: Vec::new(),
            records: Vec::new(),
            failed: 0,
        };
        walk.queue(Stop::Root, root.to_string());
        walk
    }

    fn queue(&mut self, stop: Stop, url: String) {
        if !self.queued.contains(&url) {
            self.queued.push(url.clone());
            self.waiting.push_back((stop, url));
        }
    }

    /// The next document to ask for; `None` while nothing is waiting (the
    /// answers still out may queue more).
    pub fn next_request(&mut self) -> Option<(Stop, String)> {
        self.waiting.pop_front()
    }

    /// The `child` and `item` links of the root or of a section arrived.
    pub fn links(&mut self, stop: Stop, links: Vec<StacLink>) {
        for link in links {
            match stop {
                Stop::Root if SECTIONS.iter().any(|s| link.href.contains(s)) => self.queue(Stop::Section, link.href),
                Stop::Section => self.queue(Stop::Record, link.href),
                _ => {}
            }
        }
    }

    /// A record document arrived (`None`: it is no record the explorer
    /// shows). An experiment's products are queued: by their links where it
    /// has them, else at their place in the catalog.
    pub fn record(&mut self, record: Option<Record>) {
        let Some(record) = record else { return };
        if record.kind == RecordKind::Experiment {
            for id in &record.products {
                let linked = record
                    .links
                    .iter()
                    .find(|l| {
                        (l.rel == "child" || l.rel == "related")
                            && crate::core::catalog::stac::linked_id(l, "products") == Some(id.as_str())
                    })
                    .map(|l| l.href.clone());
                let url = linked.unwrap_or_else(|| join_url(&self.root, &format!("products/{id}/collection.json")));
                self.queue(Stop::Record, url);
            }
        }
        self.records.push(record);
    }

    /// A record document could not be fetched or read.
    pub fn failed(&mut self) {
        self.failed += 1;
    }

    /// Documents asked for so far.
    pub fn asked(&self) -> usize {
        self.queued.len() - self.waiting.len()
    }

    /// The records found, each once, sorted by kind then id.
    pub fn finish(self) -> StaticCatalog {
        let records = sorted_unique_by(self.records, |a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));
        StaticCatalog { records, failed: self.failed }
    }
}

#[cfg(test)]
pub(crate) mod tests;
