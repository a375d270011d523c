//! The platform index: facet values, membership bitsets and search text,
//! computed once when the platform list loads.

use crate::core::bitset::BitSet;
use crate::core::order::natural_cmp;
use crate::core::order::sorted_by;
use crate::core::platforms::model::{FacetKind, Platform};
use crate::core::platforms::normalise::{expand, key};

/// One value of a facet, e.g. "Sentinel-2" of data access.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValue {
    /// The comparison key ([`key`]); unique within its facet.
    pub key: String,
    /// The first spelling met in the file.
    pub label: String,
    /// The platforms that have it.
    pub members: BitSet,
}

/// Everything the filters need, precomputed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlatformIndex {
    pub platforms: Vec<Platform>,
    /// Values per facet, indexed by [`FacetKind::index`]: the most common
    /// first, ties in natural order. The order does not change while filtering.
    values: [Vec<FacetValue>; 8],
    /// Lower-case text of every field, per platform.
    search_text: Vec<String>,
    /// The same as comparison keys, `|`-separated, per platform.
    search_keys: Vec<String>,
}

impl PlatformIndex {
    pub fn new(platforms: Vec<Platform>) -> Self {
        let count = platforms.len();
        let mut values: [Vec<FacetValue>; 8] = Default::default();
        for kind in FacetKind::ALL {
            let Some(slot) = values.get_mut(kind.index()) else { continue };
            let mut found: Vec<FacetValue> = Vec::new();
            let mut position_of = std::collections::HashMap::new();
            for (position, platform) in platforms.iter().enumerate() {
                for label in platform.facts(kind).iter().flat_map(|fact| expand(&fact.name)) {
                    let value_key = key(&label);
                    if value_key.is_empty() {
                        continue;
                    }
                    let at = *position_of.entry(value_key.clone()).or_insert_with(|| {
                        found.push(FacetValue { key: value_key, label, members: BitSet::empty(count) });
                        found.len() - 1
                    });
                    if let Some(value) = found.get_mut(at) {
                        value.members.insert(position);
                    }
                }
            }
            *slot = sorted_by(found, |a, b| {
                b.members.count().cmp(&a.members.count()).then_with(|| natural_cmp(&a.label, &b.label))
            });
        }
        let search_text = platforms.iter().map(|p| searchable(p).join("\n").to_lowercase()).collect();
        let search_keys =
            platforms.iter().map(|p| searchable(p).iter().map(|t| key(t)).collect::<Vec<_>>().join("|")).collect();
        PlatformIndex { platforms, values, search_text, search_keys }
    }

    pub fn len(&self) -> usize {
        self.platforms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.platforms.is_empty()
    }

    pub fn values(&self, kind: FacetKind) -> &[FacetValue] {
        self.values.get(kind.index()).map_or(&[], Vec::as_slice)
    }

    pub fn value(&self, kind: FacetKind, value_key: &str) -> Option<&FacetValue> {
        self.values(kind).iter().find(|v| v.key == value_key)
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.platforms.iter().position(|p| p.id == id)
    }

    /// Platforms whose text contains every word of `query`, either as typed
    /// (case-insensitive) or with punctuation ignored ("sentinel 2" finds
    /// "Sentinel (1, 2, 3)" through its expanded value "Sentinel-2").
    pub fn search(&self, query: &str) -> BitSet {
        let words: Vec<(String, String)> = query.split_whitespace().map(|w| (w.to_lowercase(), key(w))).collect();
        let joined = key(query);
        let mut hits = BitSet::empty(self.len());
        for (position, (text, keys)) in self.search_text.iter().zip(&self.search_keys).enumerate() {
            let every_word = words.iter().all(|(lower, word_key)| {
                text.contains(lower.as_str()) || (!word_key.is_empty() && keys.contains(word_key.as_str()))
            });
            if every_word || (!joined.is_empty() && keys.contains(joined.as_str())) {
                hits.insert(position);
            }
        }
        hits
    }
}

/// Every text a free-text search looks at: names, description, facts (as
/// written and expanded), links, the status, access models, publishing tool.
fn searchable(platform: &Platform) -> Vec<String> {
    let mut texts = vec![platform.name.clone(), platform.id.clone(), platform.description.clone()];
    texts.extend(platform.via.clone());
    for kind in FacetKind::ALL {
        for fact in platform.facts(kind) {
            texts.push(fact.name.clone());
            texts.extend(expand(&fact.name));
        }
    }
    texts.extend(platform.links.iter().map(|l| l.label.clone()));
    texts.extend(platform.status.map(|s| s.label().to_string()));
    if let Some(access) = &platform.access {
        texts.extend(access.models.iter().map(|m| m.label().to_string()));
    }
    texts.extend(platform.publishing.as_ref().map(|p| p.tool.clone()));
    texts
}

#[cfg(test)]
pub(crate) mod tests;
