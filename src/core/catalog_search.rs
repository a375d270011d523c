//! Catalog search helpers: the `q` sent to the API, the fallback search over
//! the static catalog, and finding an API result's static record (the API
//! drops platform links and renames ids, so platform matching needs it).

use super::markdown::to_text;
use super::stac::{Record, RecordKind};

/// The user's words as a pgstac `q`: every word required. Characters
/// pgstac's parser rejects (quotes, parentheses, operators) are dropped:
/// two bare words or a stray `(` would otherwise be an HTTP 500.
pub fn api_query(text: &str) -> String {
    text.split_whitespace()
        .map(|word| word.chars().filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.')).collect::<String>())
        .map(|word| word.trim_matches(['-', '.']).to_string())
        .filter(|word| !word.is_empty() && !["and", "or", "not"].contains(&word.to_lowercase().as_str()))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// Each record's searchable text, lower case: title, id, keywords, themes,
/// project and the description as text. Built once per catalog walk, so a
/// search only scans it.
pub fn record_texts(records: &[Record]) -> Vec<String> {
    records
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {} {} {}",
                r.title,
                r.id,
                r.keywords.join(" "),
                r.themes.join(" "),
                r.project.as_deref().unwrap_or_default(),
                to_text(&r.description)
            )
            .to_lowercase()
        })
        .collect()
}

/// Records of the given kinds whose text ([`record_texts`]) contains every
/// word (case-insensitive), in catalog order.
pub fn static_search(records: &[Record], texts: &[String], text: &str, kinds: &[RecordKind]) -> Vec<usize> {
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    records
        .iter()
        .zip(texts)
        .enumerate()
        .filter(|(_, (r, haystack))| kinds.contains(&r.kind) && words.iter().all(|w| haystack.contains(w.as_str())))
        .map(|(at, _)| at)
        .collect()
}

/// The static-catalog record an API result stands for: same kind and id,
/// or the id without the suffix the crawler adds (`-workflow`, `-experiment`).
pub fn static_twin(api_record: &Record, records: &[Record]) -> Option<usize> {
    let suffix = match api_record.kind {
        RecordKind::Workflow => Some("-workflow"),
        RecordKind::Experiment => Some("-experiment"),
        RecordKind::Product => None,
    };
    let bare = suffix.and_then(|s| api_record.id.strip_suffix(s));
    let find = |id: &str| records.iter().position(|r| r.kind == api_record.kind && r.id == id);
    find(&api_record.id).or_else(|| bare.and_then(find))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::stac::record;
    use serde_json::json;

    fn make(kind: &str, id: &str, title: &str) -> Record {
        let value = json!({"type": "Feature", "id": id, "properties": {"type": kind, "title": title, "description": "Uses **Sentinel-2** <b>data</b>", "keywords": ["ice"]}});
        record(&value, "https://x.example/r.json").unwrap_or_else(|| panic!("record"))
    }

    #[test]
    fn api_queries_never_carry_syntax_pgstac_rejects() {
        assert_eq!(api_query("glacier pulse"), "glacier AND pulse");
        assert_eq!(api_query("  (sea ice) \"leads\" OR"), "sea AND ice AND leads");
        assert_eq!(api_query("sentinel-2 -x"), "sentinel-2 AND x");
        assert_eq!(api_query("()"), "");
        assert_eq!(api_query("éclair"), "éclair");
    }

    #[test]
    fn static_search_needs_every_word_anywhere() {
        let records = [
            make("workflow", "a", "Glacier pulse"),
            make("experiment", "b", "Sea ice"),
            make("workflow", "c", "Other"),
        ];
        let all = [RecordKind::Workflow, RecordKind::Experiment, RecordKind::Product];
        let texts = record_texts(&records);
        assert_eq!(static_search(&records, &texts, "glacier", &all), [0]);
        assert_eq!(static_search(&records, &texts, "ICE sentinel-2", &all), [0, 1, 2]);
        assert_eq!(static_search(&records, &texts, "sea ice", &all), [1]);
        assert_eq!(static_search(&records, &texts, "data", &all), [0, 1, 2], "the description is searched as text");
        assert_eq!(static_search(&records, &texts, "ice", &[RecordKind::Experiment]), [1]);
    }

    #[test]
    fn api_ids_find_their_static_twin() {
        let records = [
            make("workflow", "glacier-pulse", "W"),
            make("experiment", "glacier-pulse", "E"),
            make("experiment", "harbour-watch-experiment", "H"),
        ];
        assert_eq!(static_twin(&make("workflow", "glacier-pulse-workflow", "W"), &records), Some(0));
        assert_eq!(static_twin(&make("experiment", "glacier-pulse-experiment", "E"), &records), Some(1));
        assert_eq!(static_twin(&make("experiment", "harbour-watch-experiment", "H"), &records), Some(2));
        assert_eq!(static_twin(&make("workflow", "unknown", "U"), &records), None);
    }
}
