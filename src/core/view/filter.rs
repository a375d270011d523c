//! Filter semantics: OR within a facet, AND across facets and the search
//! text; disjunctive counts; what excludes everything.

use std::collections::BTreeMap;

use crate::core::bitset::BitSet;
use crate::core::platforms::index::PlatformIndex;
use crate::core::platforms::model::FacetKind;
use crate::core::platforms::normalise::key;

/// The active filters. Selected values are held as key → label, so spelling
/// variants in a URL collapse into one selection.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filters {
    pub query: String,
    selected: [BTreeMap<String, String>; 8],
}

/// One active filter, as a chip shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Active {
    /// `None` for the search text.
    pub kind: Option<FacetKind>,
    pub key: String,
    pub label: String,
}

impl Active {
    /// "Data Access: Sentinel-2" or "Search: gpu".
    pub fn describe(&self) -> String {
        match self.kind {
            Some(kind) => format!("{}: {}", kind.label(), self.label),
            None => format!("Search: “{}”", self.label),
        }
    }
}

impl Filters {
    pub fn selected(&self, kind: FacetKind) -> &BTreeMap<String, String> {
        static EMPTY: BTreeMap<String, String> = BTreeMap::new();
        self.selected.get(kind.index()).unwrap_or(&EMPTY)
    }

    pub fn is_selected(&self, kind: FacetKind, label: &str) -> bool {
        self.selected(kind).contains_key(&key(label))
    }

    /// Adds the value, keeping the first spelling; empty keys are ignored.
    pub fn select(&mut self, kind: FacetKind, label: &str) {
        let value_key = key(label);
        if let (Some(map), false) = (self.selected.get_mut(kind.index()), value_key.is_empty()) {
            map.entry(value_key).or_insert_with(|| label.trim().to_string());
        }
    }

    pub fn deselect(&mut self, kind: FacetKind, label: &str) {
        if let Some(map) = self.selected.get_mut(kind.index()) {
            map.remove(&key(label));
        }
    }

    pub fn toggle(&mut self, kind: FacetKind, label: &str) {
        if self.is_selected(kind, label) {
            self.deselect(kind, label);
        } else {
            self.select(kind, label);
        }
    }

    pub fn clear(&mut self) {
        *self = Filters::default();
    }

    pub fn is_empty(&self) -> bool {
        self.query.trim().is_empty() && self.selected.iter().all(BTreeMap::is_empty)
    }

    /// The active filters in sidebar order, the search text first.
    pub fn active(&self) -> Vec<Active> {
        let mut list = Vec::new();
        let query = self.query.trim();
        if !query.is_empty() {
            list.push(Active { kind: None, key: String::new(), label: query.to_string() });
        }
        for kind in FacetKind::ALL {
            for (value_key, label) in self.selected(kind) {
                list.push(Active { kind: Some(kind), key: value_key.clone(), label: label.clone() });
            }
        }
        list
    }

    /// The same filters without one active filter.
    pub fn without(&self, active: &Active) -> Filters {
        let mut rest = self.clone();
        match active.kind {
            Some(kind) => rest.deselect(kind, &active.label),
            None => rest.query.clear(),
        }
        rest
    }
}

/// The platforms one facet's selection lets through; `None` when nothing
/// is selected (everything passes).
fn facet_mask(index: &PlatformIndex, filters: &Filters, kind: FacetKind) -> Option<BitSet> {
    let selected = filters.selected(kind);
    if selected.is_empty() {
        return None;
    }
    let mut mask = BitSet::empty(index.len());
    for value_key in selected.keys() {
        if let Some(value) = index.value(kind, value_key) {
            mask.union_with(&value.members);
        }
    }
    Some(mask)
}

/// Each filter's mask, computed once: the search text (the costly one) and
/// every facet's selection.
struct Masks {
    search: BitSet,
    facets: Vec<(FacetKind, BitSet)>,
}

impl Masks {
    fn new(index: &PlatformIndex, filters: &Filters) -> Self {
        let facets =
            FacetKind::ALL.into_iter().filter_map(|kind| facet_mask(index, filters, kind).map(|m| (kind, m))).collect();
        Masks { search: index.search(&filters.query), facets }
    }

    /// The platforms that pass every filter except, optionally, one facet's.
    fn except(&self, except: Option<FacetKind>) -> BitSet {
        let mut mask = self.search.clone();
        for (_, facet) in self.facets.iter().filter(|(kind, _)| Some(*kind) != except) {
            mask.intersect_with(facet);
        }
        mask
    }

    fn counts(&self, index: &PlatformIndex, kind: FacetKind) -> Vec<usize> {
        let others = self.except(Some(kind));
        index.values(kind).iter().map(|value| value.members.count_and(&others)).collect()
    }
}

/// The platforms that pass all filters.
pub fn matches(index: &PlatformIndex, filters: &Filters) -> BitSet {
    Masks::new(index, filters).except(None)
}

/// For each value of `kind` (in [`PlatformIndex::values`] order), how many
/// platforms would match if it were selected: the facet's own selection is
/// ignored, every other filter applies.
pub fn facet_counts(index: &PlatformIndex, filters: &Filters, kind: FacetKind) -> Vec<usize> {
    Masks::new(index, filters).counts(index, kind)
}

/// [`facet_counts`] of every kind, indexed by [`FacetKind::index`], searching
/// the text only once.
pub fn all_facet_counts(index: &PlatformIndex, filters: &Filters) -> Vec<Vec<usize>> {
    let masks = Masks::new(index, filters);
    FacetKind::ALL.into_iter().map(|kind| masks.counts(index, kind)).collect()
}

/// Why nothing matches: every active filter, each with the number of
/// platforms that would show if it alone were removed.
pub fn exclusions(index: &PlatformIndex, filters: &Filters) -> Vec<(Active, usize)> {
    filters
        .active()
        .into_iter()
        .map(|active| {
            let count = matches(index, &filters.without(&active)).count();
            (active, count)
        })
        .collect()
}

#[cfg(test)]
mod tests;
