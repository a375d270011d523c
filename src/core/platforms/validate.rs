//! Validation of `platforms.json`, which the page fetches and does not trust.
//!
//! Unknown fields are tolerated. A platform that lacks a required field (`id`,
//! `name`), or has one of the wrong type, is left out and named in an
//! [`Issue`]; the other platforms load. A fact list that is absent is "not
//! documented" (an empty one says the platform has none). An optional field or a list entry that is wrong is
//! dropped on its own, so nothing valid is lost. The rules mirror
//! `public/platforms.schema.json`.

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::core::date::Date;
use crate::core::platforms::model::{
    Access, AccessModel, FacetKind, Fact, Link, MatchRule, Platform, Publishing, Source, Status, Support, FIELDS,
};

/// The whole file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not JSON at all (or empty); the parser's message.
    NotJson(String),
    /// JSON, but not an object with a `platforms` list.
    WrongShape(&'static str),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::NotJson(message) => write!(f, "the platform list is not valid JSON ({message})"),
            FileError::WrongShape(what) => write!(f, "the platform list has the wrong shape: {what}"),
        }
    }
}

/// What happens to the data because of an [`Issue`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Consequence {
    /// The platform is not shown.
    PlatformSkipped,
    /// The field (or list entry) is ignored; the platform is shown.
    FieldIgnored,
}

/// One problem found in one platform.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// The platform's id, or `#N` (1-based position) when it has none.
    pub platform: String,
    /// The field, with a list position where it applies: `dataAccess[2]`.
    pub field: String,
    pub problem: String,
    pub consequence: Consequence,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let outcome = match self.consequence {
            Consequence::PlatformSkipped => "platform not shown",
            Consequence::FieldIgnored => "ignored",
        };
        write!(f, "platform {}: field \"{}\" {} ({outcome})", self.platform, self.field, self.problem)
    }
}

/// The valid platforms, in file order, and what was wrong with the rest.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    pub platforms: Vec<Platform>,
    pub issues: Vec<Issue>,
}

/// The largest file accepted, in bytes. Far above any real list; it keeps a
/// hostile or broken server from freezing the page.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;
/// Longest string kept in any field, in characters; longer ones are cut.
pub const MAX_TEXT_CHARS: usize = 2_000;

/// The file's top level: the platform list left as unparsed JSON text.
#[derive(Deserialize)]
struct Root<'a> {
    #[serde(borrow, default, deserialize_with = "present")]
    platforms: Option<&'a RawValue>,
}

/// A field that is there, even as `null` (which is then not a list).
fn present<'de, D: Deserializer<'de>>(field: D) -> Result<Option<&'de RawValue>, D::Error> {
    <&RawValue>::deserialize(field).map(Some)
}

/// Parses and validates the text of a `platforms.json`. `today` is the
/// caller's date: a source checked after it is an error.
pub fn parse_platforms(text: &str, today: Date) -> Result<Loaded, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::WrongShape("the file is larger than 8 MiB"));
    }
    if text.trim().is_empty() {
        return Err(FileError::NotJson("the file is empty".into()));
    }
    // Each platform is parsed into a `Value` on its own, validated and
    // dropped: the whole file never exists as one `Value` tree, which would
    // take several times the file's size at once (and WASM memory does not
    // shrink again; issue #5).
    let root: Root = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => FileError::WrongShape("the top level must be an object"),
        _ => FileError::NotJson(e.to_string()),
    })?;
    // Serde would also read a struct from a list.
    if !text.trim_start().starts_with('{') {
        return Err(FileError::WrongShape("the top level must be an object"));
    }
    let Some(list) = root.platforms else {
        return Err(FileError::WrongShape("the field \"platforms\" is missing"));
    };
    let entries: Vec<&RawValue> =
        serde_json::from_str(list.get()).map_err(|_| FileError::WrongShape("\"platforms\" must be a list"))?;
    let mut loaded = Loaded::default();
    let mut seen = HashSet::new();
    for (position, entry) in entries.into_iter().enumerate() {
        let mut checker = Checker { platform: format!("#{}", position + 1), issues: Vec::new(), today };
        // Already checked as JSON by the parse above.
        let entry: Value = serde_json::from_str(entry.get()).unwrap_or(Value::Null);
        match checker.platform(&entry) {
            Some(platform) if seen.insert(platform.id.clone()) => loaded.platforms.push(platform),
            Some(_) => {
                checker.issues.clear();
                checker.skip("id", "repeats an earlier platform's id");
            }
            // A platform that is not shown only reports why.
            None => checker.issues.retain(|issue| issue.consequence == Consequence::PlatformSkipped),
        }
        loaded.issues.append(&mut checker.issues);
    }
    Ok(loaded)
}

/// Keeps an http(s) or relative URL; anything else (`javascript:`, `data:`,
/// control characters, ...) gives `None`.
pub fn safe_url(raw: &str) -> Option<String> {
    let url = raw.trim();
    if url.is_empty() || url.chars().any(char::is_control) || url.chars().count() > MAX_TEXT_CHARS {
        return None;
    }
    // Browsers ignore ASCII tab and newline inside a scheme; none are left here,
    // but an embedded space before ':' must not hide one either.
    let scheme_end = url.find([':', '/', '?', '#']);
    match scheme_end {
        Some(at) if url.get(at..at + 1) == Some(":") => {
            let scheme = url.get(..at).unwrap_or_default().to_ascii_lowercase();
            (scheme == "http" || scheme == "https").then(|| url.to_string())
        }
        _ => Some(url.to_string()),
    }
}

/// Keeps an absolute http(s) URL only (a source must say where it is).
fn web_url(raw: &str) -> Option<String> {
    safe_url(raw).filter(|url| {
        let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
        lower.starts_with("http://") || lower.starts_with("https://")
    })
}

/// A plain e-mail address: one `@` between a local part and a dotted host,
/// no white space, no characters a mailto link would need to escape.
fn is_email(text: &str) -> bool {
    let ok = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    match text.split_once('@') {
        Some((local, host)) => {
            !local.is_empty()
                && host.contains('.')
                && !host.starts_with('.')
                && !host.ends_with('.')
                && local.chars().all(ok)
                && host.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        }
        None => false,
    }
}

/// Clean text for display: control characters removed, length bounded.
fn clean_text(raw: &str) -> String {
    raw.chars().filter(|c| !c.is_control() || *c == '\n').take(MAX_TEXT_CHARS).collect::<String>().trim().to_string()
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

struct Checker {
    platform: String,
    issues: Vec<Issue>,
    today: Date,
}

impl Checker {
    fn report(&mut self, field: &str, problem: impl Into<String>, consequence: Consequence) {
        self.issues.push(Issue {
            platform: self.platform.clone(),
            field: field.to_string(),
            problem: problem.into(),
            consequence,
        });
    }

    fn skip(&mut self, field: &str, problem: impl Into<String>) {
        self.report(field, problem, Consequence::PlatformSkipped);
    }

    fn ignore(&mut self, field: &str, problem: impl Into<String>) {
        self.report(field, problem, Consequence::FieldIgnored);
    }

    fn platform(&mut self, entry: &Value) -> Option<Platform> {
        let Value::Object(object) = entry else {
            self.skip("(platform)", format!("must be an object, found {}", type_name(entry)));
            return None;
        };
        let id = self.required_text(object, "id");
        if let Some(id) = &id {
            if is_valid_id(id) {
                self.platform = format!("\"{id}\"");
            } else {
                self.skip("id", "must be 1–64 lower-case letters, digits or hyphens");
            }
        }
        let name = self.required_text(object, "name");
        let mut facts: [Option<Vec<Fact>>; 8] = Default::default();
        for kind in FacetKind::ALL {
            if let Some(slot) = facts.get_mut(kind.index()) {
                *slot = self.fact_list(object, kind);
            }
        }
        Some(Platform {
            id: id.filter(|id| is_valid_id(id))?,
            name: name?,
            description: self.optional_text(object, "description", "description").unwrap_or_default(),
            via: self.optional_text(object, "via", "via"),
            logo_url: self.optional_url(object, "logoUrl", "logoUrl"),
            docs_url: self.optional_url(object, "docsUrl", "docsUrl"),
            homepage_url: self.optional_url(object, "homepageUrl", "homepageUrl"),
            access_url: self.optional_url(object, "accessUrl", "accessUrl"),
            links: self.links(object),
            facts,
            record_match: self.record_match(object),
            access: self.access(object),
            support: self.support(object),
            publishing: self.publishing(object),
            status: self.status(object),
            sources: self.sources(object),
        })
    }

    /// An optional object field; anything but an object is reported and ignored.
    fn optional_object<'v>(&mut self, object: &'v Map<String, Value>, field: &str) -> Option<&'v Map<String, Value>> {
        match object.get(field) {
            None | Some(Value::Null) => None,
            Some(Value::Object(inner)) => Some(inner),
            Some(other) => {
                self.ignore(field, format!("must be an object, found {}", type_name(other)));
                None
            }
        }
    }

    /// `access`: how a user gets on (`models`, `note`, and the NoR service,
    /// price list and sponsorship request pages).
    fn access(&mut self, object: &Map<String, Value>) -> Option<Access> {
        let inner = self.optional_object(object, "access")?;
        let mut models = Vec::new();
        for (position, entry) in self.optional_list(inner, "access.models", "models").iter().enumerate() {
            match entry.as_str().and_then(AccessModel::from_key) {
                Some(model) if !models.contains(&model) => models.push(model),
                Some(_) => {}
                None => self.ignore(
                    &format!("access.models[{position}]"),
                    "must be one of own-payment, nor-sponsorship, free-tier, credits",
                ),
            }
        }
        Some(Access {
            models,
            note: self.optional_text(inner, "note", "access.note"),
            nor_url: self.optional_url(inner, "norUrl", "access.norUrl"),
            price_list_url: self.optional_url(inner, "priceListUrl", "access.priceListUrl"),
            sponsorship_url: self.optional_url(inner, "sponsorshipUrl", "access.sponsorshipUrl"),
        })
    }

    /// `support`: where to ask for help.
    fn support(&mut self, object: &Map<String, Value>) -> Option<Support> {
        let inner = self.optional_object(object, "support")?;
        let email = self.optional_text(inner, "email", "support.email");
        let email = match email {
            Some(address) if !is_email(&address) => {
                self.ignore("support.email", "must be an e-mail address (name@host)");
                None
            }
            other => other,
        };
        Some(Support {
            forum_url: self.optional_url(inner, "forumUrl", "support.forumUrl"),
            email,
            issues_url: self.optional_url(inner, "issuesUrl", "support.issuesUrl"),
        })
    }

    /// `publishing`: the tool or guide that takes work to the Open Science Catalog.
    fn publishing(&mut self, object: &Map<String, Value>) -> Option<Publishing> {
        let inner = self.optional_object(object, "publishing")?;
        let tool = self.text_in(inner, "tool", "publishing.tool")?;
        Some(Publishing {
            tool,
            url: self.optional_url(inner, "url", "publishing.url"),
            note: self.optional_text(inner, "note", "publishing.note"),
        })
    }

    fn status(&mut self, object: &Map<String, Value>) -> Option<Status> {
        let text = self.optional_text(object, "status", "status")?;
        let status = Status::from_key(&text);
        if status.is_none() {
            self.ignore("status", "must be one of documented, documentation-in-progress, listed");
        }
        status
    }

    /// `sources`: each `{url, title, checked, covers}`. A source without a
    /// usable url, title or date is dropped; a `covers` entry naming no
    /// field is dropped alone.
    fn sources(&mut self, object: &Map<String, Value>) -> Vec<Source> {
        let entries = self.optional_list(object, "sources", "sources");
        let mut sources = Vec::new();
        for (position, entry) in entries.iter().enumerate() {
            let at = format!("sources[{position}]");
            let Value::Object(inner) = entry else {
                self.ignore(&at, format!("must be an object, found {}", type_name(entry)));
                continue;
            };
            let url = match inner.get("url") {
                Some(Value::String(url)) => web_url(url),
                _ => None,
            };
            if url.is_none() {
                self.ignore(&format!("{at}.url"), "must be an absolute http(s) URL");
            }
            let title = self.text_in(inner, "title", &format!("{at}.title"));
            let checked = match inner.get("checked") {
                None | Some(Value::Null) => {
                    self.ignore(&format!("{at}.checked"), "is missing: a source needs the date it was checked");
                    None
                }
                Some(Value::String(text)) => match Date::parse(text.trim()) {
                    Some(date) if date > self.today => {
                        self.ignore(
                            &format!("{at}.checked"),
                            format!("is in the future ({date}, today is {})", self.today),
                        );
                        None
                    }
                    Some(date) => Some(date),
                    None => {
                        self.ignore(&format!("{at}.checked"), "must be a date YYYY-MM-DD");
                        None
                    }
                },
                Some(other) => {
                    self.ignore(&format!("{at}.checked"), format!("must be a date string, found {}", type_name(other)));
                    None
                }
            };
            let mut covers = Vec::new();
            for (index, name) in self.optional_list(inner, &format!("{at}.covers"), "covers").iter().enumerate() {
                match name.as_str().and_then(|n| FIELDS.iter().find(|f| **f == n.trim())) {
                    Some(field) => covers.push(*field),
                    None => self.ignore(&format!("{at}.covers[{index}]"), "names no field of a platform"),
                }
            }
            if let (Some(url), Some(title), Some(checked)) = (url, title, checked) {
                sources.push(Source { url, title, checked, covers });
            }
        }
        sources
    }

    fn required_text(&mut self, object: &Map<String, Value>, field: &str) -> Option<String> {
        match object.get(field) {
            None => {
                self.skip(field, "is missing");
                None
            }
            Some(Value::String(text)) if !clean_text(text).is_empty() => Some(clean_text(text)),
            Some(Value::String(_)) => {
                self.skip(field, "must not be empty");
                None
            }
            Some(other) => {
                self.skip(field, format!("must be a string, found {}", type_name(other)));
                None
            }
        }
    }

    /// The text a part of an optional field needs (`publishing.tool`): when
    /// it is missing, empty or not a string, that is reported (the part is
    /// ignored) and `None` returned.
    fn text_in(&mut self, object: &Map<String, Value>, key: &str, field: &str) -> Option<String> {
        let text = self.optional_text(object, key, field);
        if text.is_none() && matches!(object.get(key), None | Some(Value::Null | Value::String(_))) {
            self.ignore(field, "is missing or empty");
        }
        text
    }

    /// An optional text at `object[key]`, reported as `field` when wrong.
    fn optional_text(&mut self, object: &Map<String, Value>, key: &str, field: &str) -> Option<String> {
        match object.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) => Some(clean_text(text)).filter(|t| !t.is_empty()),
            Some(other) => {
                self.ignore(field, format!("must be a string, found {}", type_name(other)));
                None
            }
        }
    }

    /// An optional URL at `object[key]`, reported as `field` when wrong.
    fn optional_url(&mut self, object: &Map<String, Value>, key: &str, field: &str) -> Option<String> {
        let text = match object.get(key) {
            None | Some(Value::Null) => return None,
            Some(Value::String(text)) => text,
            Some(other) => {
                self.ignore(field, format!("must be a string, found {}", type_name(other)));
                return None;
            }
        };
        let url = safe_url(text);
        if url.is_none() {
            self.ignore(field, "must be an http(s) or relative URL");
        }
        url
    }

    fn fact_list(&mut self, object: &Map<String, Value>, kind: FacetKind) -> Option<Vec<Fact>> {
        let field = kind.key();
        let entries = match object.get(field) {
            // Not documented: shown as such, unlike an empty list.
            None | Some(Value::Null) => return None,
            Some(Value::Array(entries)) => entries,
            Some(other) => {
                self.ignore(field, format!("must be a list, found {}", type_name(other)));
                return None;
            }
        };
        let mut facts = Vec::with_capacity(entries.len());
        for (position, entry) in entries.iter().enumerate() {
            let at = format!("{field}[{position}]");
            match entry {
                Value::String(name) if !clean_text(name).is_empty() => {
                    facts.push(Fact { name: clean_text(name), url: None });
                }
                Value::Object(fact) => {
                    let name = match fact.get("name") {
                        Some(Value::String(name)) if !clean_text(name).is_empty() => clean_text(name),
                        _ => {
                            self.ignore(&at, "must have a non-empty \"name\" string");
                            continue;
                        }
                    };
                    let url = self.optional_url(fact, "url", &format!("{at}.url"));
                    facts.push(Fact { name, url });
                }
                other => {
                    self.ignore(&at, format!("must be a non-empty string or an object, found {}", type_name(other)))
                }
            }
        }
        Some(facts)
    }

    /// An optional list at `object[key]`; anything but a list is reported
    /// (as `field`) and ignored.
    fn optional_list<'v>(&mut self, object: &'v Map<String, Value>, field: &str, key: &str) -> &'v [Value] {
        match object.get(key) {
            None | Some(Value::Null) => &[],
            Some(Value::Array(entries)) => entries,
            Some(other) => {
                self.ignore(field, format!("must be a list, found {}", type_name(other)));
                &[]
            }
        }
    }

    /// `recordMatch`: a list of rules, each an object of string conditions
    /// (`rel`, `hrefPrefix`, `hrefContains`, `titleContains`, or `property`
    /// with `equals`). A rule with no usable condition is dropped.
    fn record_match(&mut self, object: &Map<String, Value>) -> Vec<MatchRule> {
        let entries = self.optional_list(object, "recordMatch", "recordMatch");
        let mut rules = Vec::new();
        for (position, entry) in entries.iter().enumerate() {
            let text = |field: &str| entry.get(field).and_then(Value::as_str).map(clean_text).filter(|t| !t.is_empty());
            let rule = MatchRule {
                rel: text("rel"),
                href_prefix: text("hrefPrefix"),
                href_contains: text("hrefContains"),
                title_contains: text("titleContains"),
                property: text("property").zip(text("equals")),
            };
            if entry.is_object() && rule != MatchRule::default() {
                rules.push(rule);
            } else {
                self.ignore(&format!("recordMatch[{position}]"), "must be an object with at least one condition");
            }
        }
        rules
    }

    fn links(&mut self, object: &Map<String, Value>) -> Vec<Link> {
        let entries = self.optional_list(object, "links", "links");
        let mut links = Vec::new();
        for (position, entry) in entries.iter().enumerate() {
            let at = format!("links[{position}]");
            let (Some(Value::String(label)), Some(Value::String(url))) = (entry.get("label"), entry.get("url")) else {
                self.ignore(&at, "must be an object with \"label\" and \"url\" strings");
                continue;
            };
            match (clean_text(label), safe_url(url)) {
                (label, Some(url)) if !label.is_empty() => links.push(Link { label, url }),
                (label, None) if !label.is_empty() => self.ignore(&at, "must have an http(s) or relative URL"),
                _ => self.ignore(&at, "must have a non-empty label"),
            }
        }
        links
    }
}

#[cfg(test)]
mod tests;
