//! The catalog snapshot: a static walk's result, taken at build time by
//! `src/bin/catalog-snapshot.rs` and shipped as `catalog-snapshot.json`
//! beside `platforms.json`. The page shows it at once and replaces it with
//! the live walk when that ends.
//!
//! Each record is written as a small STAC feature (absolute links, the
//! properties the explorer reads) that `stac::record` reads back, so the
//! page parses a snapshot with the code it parses the catalog with.

use serde_json::{Map, Value};

use crate::core::catalog::stac::{record, ParseError, Record};
use crate::core::catalog::walk::StaticCatalog;
use crate::core::date::Date;

/// A walk's result and when it was taken.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    /// When the walk ended, `YYYY-MM-DDTHH:MM:SSZ`.
    pub taken_at: String,
    /// The catalog it walked.
    pub source: String,
    pub catalog: StaticCatalog,
}

impl Snapshot {
    /// `YYYY-MM-DD` of `taken_at`.
    pub fn day(&self) -> &str {
        self.taken_at.get(..10).unwrap_or(&self.taken_at)
    }

    /// Whole days from the snapshot to `today`; `None` when its date cannot
    /// be read.
    pub fn age_in_days(&self, today: Date) -> Option<i64> {
        taken_on(&self.taken_at).map(|day| day.days_until(today))
    }
}

/// The day of a `YYYY-MM-DDTHH:MM:SSZ` timestamp (or of a bare date).
fn taken_on(timestamp: &str) -> Option<Date> {
    timestamp.get(..10).and_then(Date::parse)
}

/// Reads `catalog-snapshot.json`. A record that cannot be read is left out
/// and counted with the walk's own failures.
pub fn parse(text: &str) -> Result<Snapshot, ParseError> {
    let value: Value = serde_json::from_str(text).map_err(|e| ParseError::InvalidJson(e.to_string()))?;
    let shape = ParseError::WrongShape("a catalog snapshot");
    let taken_at =
        value.get("takenAt").and_then(Value::as_str).filter(|t| taken_on(t).is_some()).ok_or(shape.clone())?;
    let source = value.get("source").and_then(Value::as_str).unwrap_or_default();
    let list = value.get("records").and_then(Value::as_array).ok_or(shape)?;
    let records: Vec<Record> = list.iter().filter_map(|r| record(r, source)).collect();
    let unread = list.len() - records.len();
    let failed = value.get("failed").and_then(Value::as_u64).and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
    Ok(Snapshot {
        taken_at: taken_at.to_string(),
        source: source.to_string(),
        catalog: StaticCatalog { records, failed: failed + unread },
    })
}

/// Keys of a record's properties the explorer never reads: left out of the
/// snapshot to keep it small.
const BULKY: [&str; 14] = [
    "links",
    "extent",
    "assets",
    "item_assets",
    "summaries",
    "providers",
    "stac_extensions",
    "stac_version",
    "conformsTo",
    "geometry",
    "bbox",
    "linkTemplates",
    "contacts",
    "formats",
];

/// `catalog-snapshot.json` for `snapshot` (compact JSON).
pub fn to_json(snapshot: &Snapshot) -> String {
    let records: Vec<Value> = snapshot.catalog.records.iter().map(record_json).collect();
    let mut object = Map::new();
    object.insert("takenAt".into(), Value::from(snapshot.taken_at.clone()));
    object.insert("source".into(), Value::from(snapshot.source.clone()));
    object.insert("failed".into(), Value::from(snapshot.catalog.failed));
    object.insert("records".into(), Value::Array(records));
    Value::Object(object).to_string()
}

/// One record as a STAC feature that `stac::record` reads back as the same
/// record (but for the properties left out).
fn record_json(r: &Record) -> Value {
    let mut properties: Map<String, Value> = r
        .properties
        .iter()
        .filter(|(key, _)| !BULKY.contains(&key.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    properties.insert("type".into(), Value::from(r.kind.key()));
    properties.insert("title".into(), Value::from(r.title.clone()));
    properties.insert("description".into(), Value::from(r.description.clone()));
    let mut set = |key: &str, value: Option<Value>| match value {
        Some(value) => {
            properties.insert(key.into(), value);
        }
        None => {
            properties.remove(key);
        }
    };
    set("keywords", (!r.keywords.is_empty()).then(|| Value::from(r.keywords.clone())));
    set("themes", (!r.themes.is_empty()).then(|| Value::from(r.themes.clone())));
    set("osc:themes", None);
    set("osc:project", r.project.clone().map(Value::from));
    set("updated", r.updated.clone().map(Value::from));
    set("created", None);
    set("osc:workflow", r.workflow.clone().map(Value::from));
    set("osc:product", (!r.products.is_empty()).then(|| Value::from(r.products.clone())));
    set("osc:experiment", (!r.experiments.is_empty()).then(|| Value::from(r.experiments.clone())));
    let links: Vec<Value> = r
        .links
        .iter()
        .map(|l| {
            let mut link = Map::new();
            link.insert("rel".into(), Value::from(l.rel.clone()));
            link.insert("href".into(), Value::from(l.href.clone()));
            let mut optional = |key: &str, value: &Option<String>| {
                if let Some(value) = value {
                    link.insert(key.into(), Value::from(value.clone()));
                }
            };
            optional("title", &l.title);
            optional("type", &l.media_type);
            optional("method", &l.method);
            if let Some(body) = &l.body {
                link.insert("body".into(), body.clone());
            }
            Value::Object(link)
        })
        .collect();
    let mut feature = Map::new();
    feature.insert("type".into(), Value::from("Feature"));
    feature.insert("id".into(), Value::from(r.id.clone()));
    feature.insert("properties".into(), Value::Object(properties));
    feature.insert("links".into(), Value::Array(links));
    Value::Object(feature)
}

#[cfg(test)]
mod tests;
