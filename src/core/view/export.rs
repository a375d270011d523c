//! Exports of what the page shows: CSV (RFC 4180) and the platforms.json subset.

use serde_json::{json, Map, Value};

use crate::core::platforms::model::{FacetKind, Fact, MatchRule, Platform};
use crate::core::view::compare::Row;
use crate::core::view::sort::Column;
use crate::core::view::tables::TableId;

/// What a cell says when no source gives the fact.
pub const NOT_DOCUMENTED: &str = "not documented";
/// What a fact says when all its sources are old.
pub const POSSIBLY_OUTDATED: &str = "possibly outdated";

/// How a list of facts reads in one cell, the same as the tables show it.
pub fn cell_text(facts: &[Fact]) -> String {
    facts.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join(", ")
}

/// One CSV field: quoted when it holds a comma, quote, CR or LF, with quotes doubled.
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Records as CSV: CRLF line ends, a header row first (RFC 4180).
pub fn csv(records: &[Vec<String>]) -> String {
    records.iter().map(|r| r.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(",") + "\r\n").collect()
}

/// A capability table as CSV, with the given rows (platform positions) in order.
pub fn table_csv(platforms: &[Platform], rows: &[usize], table: TableId) -> String {
    let columns = table.columns();
    let mut records = vec![columns.iter().map(|c| c.label().to_string()).collect::<Vec<_>>()];
    for platform in rows.iter().filter_map(|&at| platforms.get(at)) {
        records.push(
            columns
                .iter()
                .map(|&column| match column {
                    Column::Platform => platform.name.clone(),
                    Column::Facet(kind) if !platform.documents(kind) => NOT_DOCUMENTED.to_string(),
                    Column::Facet(kind) => cell_text(platform.facts(kind)),
                })
                .collect(),
        );
    }
    csv(&records)
}

/// The comparison as CSV: one column per platform and a "Differs" column.
pub fn comparison_csv(names: &[&str], rows: &[Row]) -> String {
    let mut header = vec!["Capability".to_string()];
    header.extend(names.iter().map(|n| n.to_string()));
    header.push("Differs".to_string());
    let mut records = vec![header];
    for row in rows {
        let mut record = vec![row.aspect.label().to_string()];
        record.extend(row.cells.iter().map(|c| match (c.documented, c.outdated) {
            (false, _) => NOT_DOCUMENTED.to_string(),
            (true, false) => cell_text(&c.facts),
            (true, true) => format!("{} ({POSSIBLY_OUTDATED})", cell_text(&c.facts)),
        }));
        record.push(if row.differs { "yes" } else { "no" }.to_string());
        records.push(record);
    }
    csv(&records)
}

/// A platform in the `platforms.json` format, as validated (fields that
/// failed validation are not in it).
pub fn platform_json(platform: &Platform) -> Value {
    let mut object = Map::new();
    object.insert("id".into(), json!(platform.id));
    object.insert("name".into(), json!(platform.name));
    if !platform.description.is_empty() {
        object.insert("description".into(), json!(platform.description));
    }
    insert_present(
        &mut object,
        [
            ("via", &platform.via),
            ("logoUrl", &platform.logo_url),
            ("docsUrl", &platform.docs_url),
            ("homepageUrl", &platform.homepage_url),
            ("accessUrl", &platform.access_url),
        ],
    );
    if !platform.links.is_empty() {
        let links: Vec<Value> = platform.links.iter().map(|l| json!({ "label": l.label, "url": l.url })).collect();
        object.insert("links".into(), Value::Array(links));
    }
    if !platform.record_match.is_empty() {
        let rules: Vec<Value> = platform.record_match.iter().map(rule_json).collect();
        object.insert("recordMatch".into(), Value::Array(rules));
    }
    for kind in FacetKind::ALL.into_iter().filter(|kind| platform.documents(*kind)) {
        let facts: Vec<Value> = platform
            .facts(kind)
            .iter()
            .map(|fact| match &fact.url {
                Some(url) => json!({ "name": fact.name, "url": url }),
                None => json!(fact.name),
            })
            .collect();
        object.insert(kind.key().into(), Value::Array(facts));
    }
    provenance_json(platform, &mut object);
    Value::Object(object)
}

/// Access, support, publishing, status and sources, where present.
fn provenance_json(platform: &Platform, object: &mut Map<String, Value>) {
    if let Some(access) = &platform.access {
        let mut part = Map::new();
        part.insert("models".into(), access.models.iter().map(|m| m.key()).collect());
        insert_present(
            &mut part,
            [
                ("note", &access.note),
                ("norUrl", &access.nor_url),
                ("priceListUrl", &access.price_list_url),
                ("sponsorshipUrl", &access.sponsorship_url),
            ],
        );
        object.insert("access".into(), Value::Object(part));
    }
    if let Some(support) = &platform.support {
        let mut part = Map::new();
        insert_present(
            &mut part,
            [("forumUrl", &support.forum_url), ("email", &support.email), ("issuesUrl", &support.issues_url)],
        );
        object.insert("support".into(), Value::Object(part));
    }
    if let Some(publishing) = &platform.publishing {
        let mut part = Map::new();
        part.insert("tool".into(), json!(publishing.tool));
        insert_present(&mut part, [("url", &publishing.url), ("note", &publishing.note)]);
        object.insert("publishing".into(), Value::Object(part));
    }
    if let Some(status) = platform.status {
        object.insert("status".into(), json!(status.key()));
    }
    if !platform.sources.is_empty() {
        let sources = platform
            .sources
            .iter()
            .map(|s| json!({ "url": s.url, "title": s.title, "checked": s.checked.to_string(), "covers": s.covers }))
            .collect();
        object.insert("sources".into(), Value::Array(sources));
    }
}

/// Adds the optional string fields that are set.
fn insert_present<const N: usize>(object: &mut Map<String, Value>, fields: [(&str, &Option<String>); N]) {
    for (field, value) in fields {
        if let Some(value) = value {
            object.insert(field.into(), json!(value));
        }
    }
}

fn rule_json(rule: &MatchRule) -> Value {
    let mut object = Map::new();
    insert_present(
        &mut object,
        [
            ("rel", &rule.rel),
            ("hrefPrefix", &rule.href_prefix),
            ("hrefContains", &rule.href_contains),
            ("titleContains", &rule.title_contains),
        ],
    );
    if let Some((property, equals)) = &rule.property {
        object.insert("property".into(), json!(property));
        object.insert("equals".into(), json!(equals));
    }
    Value::Object(object)
}

/// The `platforms.json` subset of the given rows, in their order, pretty-printed.
pub fn platforms_json(platforms: &[Platform], rows: &[usize]) -> String {
    let list: Vec<Value> = rows.iter().filter_map(|&at| platforms.get(at)).map(platform_json).collect();
    serde_json::to_string_pretty(&json!({ "platforms": list })).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests;
