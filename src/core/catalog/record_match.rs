//! Which platform a catalog record was published from, by rules that live in
//! `platforms.json` (`recordMatch`), and the chain workflow → experiments →
//! products. Pure and deterministic.

use crate::core::catalog::stac::{Record, RecordKind, StacLink};
use crate::core::order::natural_cmp;
use crate::core::order::{sorted_by, sorted_unique_by};
use crate::core::percent::unescape;
use crate::core::platforms::model::{MatchRule, Platform};

impl MatchRule {
    fn is_empty(&self) -> bool {
        self == &MatchRule::default()
    }

    fn link_matches(&self, link: &StacLink) -> bool {
        let lower = |s: &str| s.to_lowercase();
        let href = lower(&link.href);
        let unescaped = lower(&unescape(&link.href));
        self.rel.as_ref().is_none_or(|rel| lower(rel) == lower(&link.rel))
            && self.href_prefix.as_ref().is_none_or(|p| href.starts_with(&lower(p)))
            && self.href_contains.as_ref().is_none_or(|c| href.contains(&lower(c)) || unescaped.contains(&lower(c)))
            && self
                .title_contains
                .as_ref()
                .is_none_or(|t| link.title.as_deref().is_some_and(|title| lower(title).contains(&lower(t))))
    }

    /// How this rule matches `record`: `Some(Some(link))` through a link,
    /// `Some(None)` through a property, `None` not at all.
    fn matches<'r>(&self, record: &'r Record) -> Option<Option<&'r StacLink>> {
        if self.is_empty() {
            return None;
        }
        if let Some((name, expected)) = &self.property {
            let value = record.properties.get(name)?;
            let hit = match value {
                serde_json::Value::String(s) => s.eq_ignore_ascii_case(expected),
                serde_json::Value::Array(list) => {
                    list.iter().any(|v| v.as_str().is_some_and(|s| s.eq_ignore_ascii_case(expected)))
                }
                other => &other.to_string() == expected,
            };
            return hit.then_some(None);
        }
        record.links.iter().find(|link| self.link_matches(link)).map(Some)
    }
}

/// A platform a record can be opened on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlatformMatch {
    /// Position of the platform in the platform list.
    pub platform: usize,
    /// The record's own link to it (e.g. "Open notebook on the DeepESDL
    /// platform"), else the platform's access URL.
    pub open_url: Option<String>,
}

/// Whether `record` names `platform`: one of its rules matches.
fn names_platform(record: &Record, platform: &Platform) -> bool {
    platform.record_match.iter().any(|rule| rule.matches(record).is_some())
}

/// The platforms `record` names, in platform-list order.
pub fn platforms_of(record: &Record, platforms: &[Platform]) -> Vec<PlatformMatch> {
    platforms
        .iter()
        .enumerate()
        .filter_map(|(position, platform)| {
            let hits: Vec<Option<&StacLink>> = platform.record_match.iter().filter_map(|r| r.matches(record)).collect();
            if hits.is_empty() {
                return None;
            }
            // Prefer a link that opens the record itself over the platform's home.
            let best = hits
                .iter()
                .flatten()
                .max_by_key(|link| (link.rel == "related", link.href.len()))
                .map(|link| link.href.clone())
                .or_else(|| platform.access_url.clone());
            Some(PlatformMatch { platform: position, open_url: best })
        })
        .collect()
}

/// The platforms a record (at `position` in `records`) can be opened on:
/// those it names, and those whose workflow chain produced it (a product
/// names no platform itself), the latter through the platform's access URL.
pub fn openers(
    position: usize,
    platforms: &[Platform],
    records: &[Record],
    published: &[Published],
) -> Vec<PlatformMatch> {
    let Some(record) = records.get(position) else { return Vec::new() };
    let mut found = platforms_of(record, platforms);
    for (platform, set) in published.iter().enumerate() {
        if set.lists(position) && !found.iter().any(|m| m.platform == platform) {
            let open_url = platforms.get(platform).and_then(|p| p.access_url.clone());
            found.push(PlatformMatch { platform, open_url });
        }
    }
    sorted_by(found, |a, b| a.platform.cmp(&b.platform))
}

/// The records at `positions` (in `records`), each with the platforms it
/// opens on ([`openers`]); positions past the end are skipped.
pub fn with_openers(
    positions: &[usize],
    platforms: &[Platform],
    records: &[Record],
    published: &[Published],
) -> Vec<(Record, Vec<PlatformMatch>)> {
    positions
        .iter()
        .filter_map(|&at| Some((records.get(at)?.clone(), openers(at, platforms, records, published))))
        .collect()
}

/// Records published from one platform, as positions in the record list,
/// each kind sorted by title.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Published {
    pub workflows: Vec<usize>,
    pub experiments: Vec<usize>,
    pub products: Vec<usize>,
    /// All of them in position order, to answer [`Published::lists`] fast.
    positions: Vec<usize>,
}

impl Published {
    fn new(workflows: Vec<usize>, experiments: Vec<usize>, products: Vec<usize>) -> Self {
        let all = [&workflows, &experiments, &products].into_iter().flatten().copied().collect();
        let positions = sorted_unique_by(all, |a, b| a.cmp(b));
        Published { workflows, experiments, products, positions }
    }

    /// Whether the record at `position` is among them.
    pub fn lists(&self, position: usize) -> bool {
        self.positions.binary_search(&position).is_ok()
    }

    pub fn len(&self) -> usize {
        self.workflows.len() + self.experiments.len() + self.products.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The kinds that have records, in the order the detail view lists
    /// them (workflows, experiments, products), each with its records.
    pub fn groups(&self) -> Vec<(RecordKind, &[usize])> {
        [
            (RecordKind::Workflow, self.workflows.as_slice()),
            (RecordKind::Experiment, self.experiments.as_slice()),
            (RecordKind::Product, self.products.as_slice()),
        ]
        .into_iter()
        .filter(|(_, list)| !list.is_empty())
        .collect()
    }
}

/// What the page says when some record documents could not be read.
pub fn unread_notice(failed: usize) -> Option<String> {
    match failed {
        0 => None,
        1 => Some("1 catalog record could not be read; the others are shown.".to_string()),
        n => Some(format!("{n} catalog records could not be read; the others are shown.")),
    }
}

/// What was published from `platform`: records that name it, the
/// experiments of its workflows (`osc:workflow`), and the products of those
/// experiments (those the experiment names, or that name the experiment:
/// see `Record::products` and `Record::experiments`).
pub fn published_from(platform: usize, platforms: &[Platform], records: &[Record]) -> Published {
    // Only this platform's rules. Asking every record for every platform, once
    // per platform, made the catalog's lists quadratic in the platforms (1.5 s
    // of load at 1,006 platforms).
    let direct: Vec<usize> = platforms
        .get(platform)
        .map(|owner| {
            (0..records.len()).filter(|&at| records.get(at).is_some_and(|r| names_platform(r, owner))).collect()
        })
        .unwrap_or_default();
    let of_kind = |kind: RecordKind| -> Vec<usize> {
        direct.iter().copied().filter(|&at| records.get(at).is_some_and(|r| r.kind == kind)).collect()
    };
    let ids = |list: &[usize]| -> Vec<&str> {
        sorted_unique_by(list.iter().filter_map(|&at| records.get(at)).map(|r| r.id.as_str()).collect(), |a, b| {
            a.cmp(b)
        })
    };
    let has = |sorted: &[&str], id: &str| sorted.binary_search(&id).is_ok();
    let workflows = of_kind(RecordKind::Workflow);
    let workflow_ids = ids(&workflows);
    let mut experiments = of_kind(RecordKind::Experiment);
    experiments.extend((0..records.len()).filter(|&at| {
        records.get(at).is_some_and(|r| {
            r.kind == RecordKind::Experiment && r.workflow.as_deref().is_some_and(|w| has(&workflow_ids, w))
        })
    }));
    let experiment_ids = ids(&experiments);
    let produced: Vec<&str> = sorted_unique_by(
        experiments
            .iter()
            .filter_map(|&at| records.get(at))
            .flat_map(|r| r.products.iter().map(String::as_str))
            .collect(),
        |a, b| a.cmp(b),
    );
    let mut products = of_kind(RecordKind::Product);
    products.extend((0..records.len()).filter(|&at| {
        records.get(at).is_some_and(|r| {
            let by_experiment = r.experiments.iter().any(|e| has(&experiment_ids, e));
            r.kind == RecordKind::Product && (by_experiment || has(&produced, &r.id))
        })
    }));
    // By title in natural order, then id; each record once.
    let sorted = |list: Vec<usize>| -> Vec<usize> {
        sorted_unique_by(list, |&a, &b| match (records.get(a), records.get(b)) {
            (Some(x), Some(y)) => natural_cmp(&x.title, &y.title).then_with(|| x.id.cmp(&y.id)).then(a.cmp(&b)),
            _ => a.cmp(&b),
        })
    };
    Published::new(sorted(workflows), sorted(experiments), sorted(products))
}

#[cfg(test)]
mod tests;
