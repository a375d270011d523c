//! STAC and OGC API Records as the Open Science Catalog publishes them:
//! workflows and experiments (record features), products (collections),
//! pages with `next` links, conformance, catalog children.
//!
//! Parsing is lenient where the catalog varies (themes as strings or as
//! `{concepts: [{id}]}`) and strict where it must be (a record needs an id
//! and a kind). It never panics.

use serde_json::{Map, Value};

/// The three kinds of record the explorer shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RecordKind {
    Workflow,
    Experiment,
    Product,
}

impl RecordKind {
    pub fn key(self) -> &'static str {
        match self {
            RecordKind::Workflow => "workflow",
            RecordKind::Experiment => "experiment",
            RecordKind::Product => "product",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RecordKind::Workflow => "Workflow",
            RecordKind::Experiment => "Experiment",
            RecordKind::Product => "Product",
        }
    }

    /// "Workflows", "Experiments", "Products".
    pub fn plural(self) -> &'static str {
        match self {
            RecordKind::Workflow => "Workflows",
            RecordKind::Experiment => "Experiments",
            RecordKind::Product => "Products",
        }
    }

    /// The record's page in the Open Science Catalog's own browser.
    pub fn osc_page(self, id: &str) -> String {
        let id = crate::core::percent::escape(id);
        match self {
            RecordKind::Workflow => format!("https://opensciencedata.esa.int/workflows/{id}/record"),
            RecordKind::Experiment => format!("https://opensciencedata.esa.int/experiments/{id}/record"),
            RecordKind::Product => format!("https://opensciencedata.esa.int/products/{id}/collection"),
        }
    }
}

/// A link of a record, with its href resolved against the record's URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StacLink {
    pub rel: String,
    pub href: String,
    pub title: Option<String>,
    pub media_type: Option<String>,
    /// `POST` for a `next` link that must be posted.
    pub method: Option<String>,
    /// The body to post with a `next` link.
    pub body: Option<Value>,
}

/// One catalog record.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub id: String,
    pub kind: RecordKind,
    pub title: String,
    pub description: String,
    pub keywords: Vec<String>,
    pub themes: Vec<String>,
    pub project: Option<String>,
    pub updated: Option<String>,
    /// `osc:workflow` of an experiment.
    pub workflow: Option<String>,
    /// The products an experiment names: by `child` or `related` links to
    /// `/products/{id}/`, or its `osc:product` property (the catalog uses
    /// all three). Empty for other kinds.
    pub products: Vec<String>,
    /// The experiments a product names: its `osc:experiment` property or
    /// `related` links to `/experiments/{id}/`. Empty for other kinds.
    pub experiments: Vec<String>,
    pub links: Vec<StacLink>,
    /// The record's own properties (top level of a collection), for
    /// property-based match rules.
    pub properties: Map<String, Value>,
}

/// Why a catalog response could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    InvalidJson(String),
    WrongShape(&'static str),
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParseError::InvalidJson(message) => write!(f, "the response is not valid JSON ({message})"),
            ParseError::WrongShape(what) => write!(f, "the response is not {what}"),
        }
    }
}

fn json(text: &str) -> Result<Value, ParseError> {
    serde_json::from_str(text).map_err(|e| ParseError::InvalidJson(e.to_string()))
}

fn text_of(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|list| list.iter().filter_map(|v| text_of(Some(v))).collect())
        .unwrap_or_default()
}

/// Themes as plain ids: `["land"]` or `[{"concepts": [{"id": "land"}]}]`.
fn themes(value: Option<&Value>) -> Vec<String> {
    let mut out = Vec::new();
    for theme in value.and_then(Value::as_array).into_iter().flatten() {
        match theme {
            Value::String(id) => out.push(id.trim().to_string()),
            Value::Object(object) => {
                for concept in object.get("concepts").and_then(Value::as_array).into_iter().flatten() {
                    out.extend(text_of(concept.get("id")).or_else(|| text_of(Some(concept))));
                }
            }
            _ => {}
        }
    }
    out.retain(|t| !t.is_empty());
    out.dedup();
    out
}

/// The links of a STAC object, hrefs resolved against `base`.
pub fn links(object: &Value, base: &str) -> Vec<StacLink> {
    object
        .get("links")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|link| {
            let href = text_of(link.get("href"))?;
            Some(StacLink {
                rel: text_of(link.get("rel")).unwrap_or_default(),
                href: join_url(base, &href),
                title: text_of(link.get("title")),
                media_type: text_of(link.get("type")),
                method: text_of(link.get("method")),
                body: link.get("body").filter(|b| b.is_object()).cloned(),
            })
        })
        .collect()
}

/// A record from a record feature, a STAC item or a collection, as the
/// static catalog or the API shapes it. `None` for anything else.
pub fn record(value: &Value, base: &str) -> Option<Record> {
    let object = value.as_object()?;
    let id = text_of(object.get("id"))?;
    let is_collection = object.get("type").and_then(Value::as_str) == Some("Collection");
    let properties = if is_collection {
        object.clone()
    } else {
        object.get("properties").and_then(Value::as_object).cloned().unwrap_or_default()
    };
    let declared = text_of(properties.get("osc:type"))
        .or_else(|| text_of(properties.get("type")).filter(|t| t != "Collection" && t != "Feature"));
    let keywords = strings(properties.get("keywords"));
    let record_links = links(value, base);
    let kind = match declared.as_deref() {
        Some("workflow") => RecordKind::Workflow,
        Some("experiment") => RecordKind::Experiment,
        Some("product") => RecordKind::Product,
        // The API's workflow collections are marked by their keywords.
        _ if is_collection && keywords.first().is_some_and(|k| k.to_lowercase().starts_with("workflow")) => {
            RecordKind::Workflow
        }
        _ => return None,
    };
    Some(Record {
        title: text_of(properties.get("title")).unwrap_or_else(|| id.clone()),
        description: text_of(properties.get("description")).unwrap_or_default(),
        themes: themes(properties.get("themes").or_else(|| properties.get("osc:themes"))),
        project: text_of(properties.get("osc:project")),
        updated: text_of(properties.get("updated")).or_else(|| text_of(properties.get("created"))),
        workflow: text_of(properties.get("osc:workflow")),
        products: match kind {
            RecordKind::Experiment => {
                named(&properties, &record_links, "osc:product", &["child", "related"], "products")
            }
            _ => Vec::new(),
        },
        experiments: match kind {
            RecordKind::Product => named(&properties, &record_links, "osc:experiment", &["related"], "experiments"),
            _ => Vec::new(),
        },
        links: record_links,
        keywords,
        properties,
        id,
        kind,
    })
}

/// The ids of the `section`'s records (`products`, `experiments`) a record
/// names: the `property` (a string or a list of strings), then links of the
/// given rels that point into the section; each id once, in that order.
fn named(
    properties: &Map<String, Value>,
    links: &[StacLink],
    property: &str,
    rels: &[&str],
    section: &str,
) -> Vec<String> {
    let mut ids: Vec<String> = match properties.get(property) {
        Some(Value::Array(list)) => list.iter().filter_map(|v| text_of(Some(v))).collect(),
        other => text_of(other).into_iter().collect(),
    };
    for link in links.iter().filter(|l| rels.contains(&l.rel.as_str())) {
        if let Some(id) = linked_id(link, section) {
            if !ids.iter().any(|known| known == id) {
                ids.push(id.to_string());
            }
        }
    }
    ids
}

/// The id a link points at inside a catalog section:
/// `…/{section}/{id}/collection.json` → `id`.
pub fn linked_id<'l>(link: &'l StacLink, section: &str) -> Option<&'l str> {
    let path = link.href.split(['?', '#']).next()?;
    let mut segments = path.split('/');
    segments.by_ref().find(|s| *s == section)?;
    segments.next().filter(|id| !id.is_empty() && !id.ends_with(".json"))
}

/// One page of an API's results (a listing) and the link to the next.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listing {
    pub records: Vec<Record>,
    pub next: Option<StacLink>,
    /// `numberMatched`, when the server says.
    pub matched: Option<u64>,
}

/// An item collection (`/search`, `/collections/{id}/items`) or a
/// collection list (`/collections`).
pub fn listing(text: &str, base: &str) -> Result<Listing, ParseError> {
    let value = json(text)?;
    let list = value
        .get("features")
        .or_else(|| value.get("collections"))
        .and_then(Value::as_array)
        .ok_or(ParseError::WrongShape("a list of features or collections"))?;
    let records = list.iter().filter_map(|v| record(v, base)).collect();
    let next = links(&value, base).into_iter().find(|l| l.rel == "next");
    let matched = value.get("numberMatched").and_then(Value::as_u64);
    Ok(Listing { records, next, matched })
}

/// What a STAC API's landing page says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Landing {
    /// `conformsTo` of the landing page (may be empty: then ask `conformance`).
    pub conforms_to: Vec<String>,
    pub conformance_url: Option<String>,
    pub search_url: Option<String>,
    pub collections_url: Option<String>,
}

/// An API landing page (`/`), links resolved against `base`.
pub fn landing(text: &str, base: &str) -> Result<Landing, ParseError> {
    let value = json(text)?;
    if !value.is_object() {
        return Err(ParseError::WrongShape("a STAC API landing page"));
    }
    let links = links(&value, base);
    let find = |rel: &str| links.iter().find(|l| l.rel == rel).map(|l| l.href.clone());
    Ok(Landing {
        conforms_to: strings(value.get("conformsTo")),
        conformance_url: find("conformance"),
        search_url: links
            .iter()
            .find(|l| l.rel == "search" && l.method.as_deref().is_none_or(|m| m.eq_ignore_ascii_case("GET")))
            .map(|l| l.href.clone()),
        collections_url: find("data"),
    })
}

/// Remembers the pages already fetched in one search, so a `next` link
/// that repeats or cycles ends the paging instead of looping.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Visited(Vec<String>);

impl Visited {
    /// The link to follow next, or `None` when there is none or it was seen.
    pub fn next(&mut self, link: Option<StacLink>) -> Option<StacLink> {
        let link = link?;
        let key = format!(
            "{} {} {}",
            link.method.as_deref().unwrap_or("GET"),
            link.href,
            link.body.clone().unwrap_or_default()
        );
        if self.0.contains(&key) {
            return None;
        }
        self.0.push(key);
        Some(link)
    }
}

/// A single record document (a static catalog's `record.json` or `collection.json`).
pub fn document(text: &str, base: &str) -> Result<Option<Record>, ParseError> {
    Ok(record(&json(text)?, base))
}

/// The conformance classes of an API (`/conformance`, or the landing page's `conformsTo`).
pub fn conformance(text: &str) -> Result<Vec<String>, ParseError> {
    let value = json(text)?;
    let list =
        value.get("conformsTo").and_then(Value::as_array).ok_or(ParseError::WrongShape("a conformance document"))?;
    Ok(list.iter().filter_map(|v| text_of(Some(v))).collect())
}

/// Whether `/search` honours `q`. Without the free-text class it ignores
/// `q` silently, so a caller must not rely on it.
pub fn search_has_free_text(classes: &[String]) -> bool {
    classes.iter().any(|c| c.contains("item-search#free-text"))
}

/// Whether `/collections` honours `q`.
pub fn collections_have_free_text(classes: &[String]) -> bool {
    classes.iter().any(|c| c.contains("collection-search#free-text"))
}

/// The `child` and `item` links of a static catalog node.
pub fn children(text: &str, base: &str) -> Result<Vec<StacLink>, ParseError> {
    let value = json(text)?;
    if !value.is_object() {
        return Err(ParseError::WrongShape("a STAC catalog"));
    }
    Ok(links(&value, base).into_iter().filter(|l| l.rel == "child" || l.rel == "item").collect())
}

/// Resolves `href` against `base` ([`crate::core::url::resolve`], RFC
/// 3986). A link only resolves against a real address: with a base that is
/// not absolute (none, in a test), `href` stays as written.
pub fn join_url(base: &str, href: &str) -> String {
    if base.contains("://") {
        crate::core::url::resolve(href, base)
    } else {
        href.to_string()
    }
}

#[cfg(test)]
mod tests;
