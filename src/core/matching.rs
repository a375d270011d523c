//! Which platform a catalog record was published from, by rules that live in
//! `platforms.json` (`recordMatch`), and the chain workflow → experiments →
//! products. Pure and deterministic.

use std::collections::BTreeSet;

use super::model::Platform;
use super::sort::natural_cmp;
use super::stac::{Record, RecordKind, StacLink};
use super::url_state::unescape;

/// One rule: every condition given must hold. A platform's rules are
/// alternatives. Text conditions ignore case.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MatchRule {
    /// The link's `rel` equals this.
    pub rel: Option<String>,
    /// The link's href starts with this.
    pub href_prefix: Option<String>,
    /// The link's href (as written or unescaped) contains this.
    pub href_contains: Option<String>,
    /// The link's title contains this.
    pub title_contains: Option<String>,
    /// A record property (`properties` of a feature, top level of a
    /// collection) and the value it must equal; a rule with a property
    /// looks at no link.
    pub property: Option<(String, String)>,
}

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
        let listed = set.workflows.contains(&position)
            || set.experiments.contains(&position)
            || set.products.contains(&position);
        if listed && !found.iter().any(|m| m.platform == platform) {
            let open_url = platforms.get(platform).and_then(|p| p.access_url.clone());
            found.push(PlatformMatch { platform, open_url });
        }
    }
    found.sort_by_key(|m| m.platform);
    found
}

/// Records published from one platform, as positions in the record list,
/// each kind sorted by title.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Published {
    pub workflows: Vec<usize>,
    pub experiments: Vec<usize>,
    pub products: Vec<usize>,
}

impl Published {
    pub fn len(&self) -> usize {
        self.workflows.len() + self.experiments.len() + self.products.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The product id a link points at: `…/products/{id}/collection.json`.
fn product_id(link: &StacLink) -> Option<&str> {
    let path = link.href.split(['?', '#']).next()?;
    let mut segments = path.split('/');
    segments.by_ref().find(|s| *s == "products")?;
    segments.next().filter(|id| !id.is_empty())
}

/// What was published from `platform`: records that name it, the
/// experiments of its workflows (`osc:workflow`), and the products of those
/// experiments (their `child` links, or the product's `osc:experiment`).
pub fn published_from(platform: usize, platforms: &[Platform], records: &[Record]) -> Published {
    let direct: BTreeSet<usize> = records
        .iter()
        .enumerate()
        .filter(|(_, r)| platforms_of(r, platforms).iter().any(|m| m.platform == platform))
        .map(|(at, _)| at)
        .collect();
    let of_kind = |kind: RecordKind, set: &BTreeSet<usize>| -> BTreeSet<usize> {
        set.iter().copied().filter(|&at| records.get(at).is_some_and(|r| r.kind == kind)).collect()
    };
    let workflows = of_kind(RecordKind::Workflow, &direct);
    let workflow_ids: BTreeSet<&str> =
        workflows.iter().filter_map(|&at| records.get(at)).map(|r| r.id.as_str()).collect();
    let mut experiments = of_kind(RecordKind::Experiment, &direct);
    for (at, record) in records.iter().enumerate() {
        if record.kind == RecordKind::Experiment && record.workflow.as_deref().is_some_and(|w| workflow_ids.contains(w))
        {
            experiments.insert(at);
        }
    }
    let experiment_records: Vec<&Record> = experiments.iter().filter_map(|&at| records.get(at)).collect();
    let experiment_ids: BTreeSet<&str> = experiment_records.iter().map(|r| r.id.as_str()).collect();
    let produced: BTreeSet<&str> = experiment_records
        .iter()
        .flat_map(|r| r.links.iter().filter(|l| l.rel == "child").filter_map(product_id))
        .collect();
    let mut products = of_kind(RecordKind::Product, &direct);
    for (at, record) in records.iter().enumerate() {
        let by_experiment = record.experiment.as_deref().is_some_and(|e| experiment_ids.contains(e));
        if record.kind == RecordKind::Product && (by_experiment || produced.contains(record.id.as_str())) {
            products.insert(at);
        }
    }
    let sorted = |set: BTreeSet<usize>| -> Vec<usize> {
        let mut list: Vec<usize> = set.into_iter().collect();
        list.sort_by(|&a, &b| match (records.get(a), records.get(b)) {
            (Some(x), Some(y)) => natural_cmp(&x.title, &y.title).then_with(|| x.id.cmp(&y.id)),
            _ => a.cmp(&b),
        });
        list
    };
    Published { workflows: sorted(workflows), experiments: sorted(experiments), products: sorted(products) }
}

#[cfg(test)]
mod tests;
