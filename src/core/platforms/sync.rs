//! Staying in sync with EarthCODE's own lists (`platforms-check`): the
//! documentation's per-platform JSON files (`.vitepress/data/platforms/*.json`:
//! `id`, `name`, `logo`, `href`, `datasets`, `languages`, `features`) and the
//! portal's `pages/integrated-platforms.json` (a list of `title`, `link`,
//! `access`, `icon`, …). Pure: the caller reads the files. The portal is the
//! authority for names, homepages and access URLs; the documentation for
//! the datasets, languages and features it lists.

use std::fmt;

use serde_json::Value;

use crate::core::platforms::model::{FacetKind, Platform};
use crate::core::platforms::normalise::{expand, key};

/// Where the documentation site serves its pages (`href` is relative to it).
pub const DOCS_SITE: &str = "https://esa-earthcode.github.io/documentation";

/// One platform of the documentation's explorer data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocsPlatform {
    pub id: String,
    pub name: String,
    /// `href` made absolute on [`DOCS_SITE`].
    pub docs_url: Option<String>,
    pub datasets: Vec<String>,
    pub languages: Vec<String>,
    pub features: Vec<String>,
}

/// One entry of the portal's integrated-platforms list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PortalPlatform {
    pub title: String,
    pub link: Option<String>,
    pub access: Option<String>,
}

fn text(value: &Value, field: &str) -> Option<String> {
    value.get(field).and_then(Value::as_str).map(str::trim).filter(|t| !t.is_empty()).map(str::to_string)
}

fn texts(value: &Value, field: &str) -> Vec<String> {
    value.get(field).and_then(Value::as_array).map_or_else(Vec::new, |list| {
        list.iter().filter_map(Value::as_str).map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect()
    })
}

/// Reads one documentation file; `file` names it in the error.
pub fn parse_docs_platform(file: &str, json: &str) -> Result<DocsPlatform, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| format!("{file}: not valid JSON ({e})"))?;
    if !value.is_object() {
        return Err(format!("{file}: must be one JSON object"));
    }
    let id = text(&value, "id").ok_or_else(|| format!("{file}: \"id\" is missing"))?;
    let href = text(&value, "href");
    Ok(DocsPlatform {
        name: text(&value, "name").unwrap_or_else(|| id.clone()),
        id,
        docs_url: href.map(|h| if h.starts_with('/') { format!("{DOCS_SITE}{h}") } else { h }),
        datasets: texts(&value, "datasets"),
        languages: texts(&value, "languages"),
        features: texts(&value, "features"),
    })
}

/// Reads the portal's list; entries without a title are skipped.
pub fn parse_portal(json: &str) -> Result<Vec<PortalPlatform>, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| format!("the portal list is not valid JSON ({e})"))?;
    let list = value.as_array().ok_or("the portal list must be a JSON list")?;
    Ok(list
        .iter()
        .filter_map(|entry| {
            Some(PortalPlatform {
                title: text(entry, "title")?,
                link: text(entry, "link"),
                access: text(entry, "access"),
            })
        })
        .collect())
}

/// One difference, about one platform.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// On the portal's list, not in ours.
    MissingFromPortal { title: String },
    /// In the documentation, not in ours.
    MissingFromDocs { id: String, name: String },
    /// Ours, but not on the portal's list.
    NotOnPortal,
    /// A URL (`field`) other than the source's.
    OtherUrl { field: &'static str, source: &'static str, theirs: String, ours: Option<String> },
    /// A value the documentation lists under `field` that ours lacks.
    MissingValue { field: &'static str, value: String },
}

/// What one platform (ours by id, or theirs by name) differs in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Our id, or the source's name for a platform we lack.
    pub platform: String,
    pub difference: Difference,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Difference::MissingFromPortal { title } => {
                write!(f, "missing: the portal lists \"{title}\"; platforms.json has no platform of that name")
            }
            Difference::MissingFromDocs { id, name } => {
                write!(f, "missing: the documentation has \"{id}\" ({name}); platforms.json has no such id")
            }
            Difference::NotOnPortal => write!(f, "not on the portal's list of integrated platforms (by name)"),
            Difference::OtherUrl { field, source, theirs, ours } => match ours {
                Some(ours) => write!(f, "{field}: the {source} says {theirs}, platforms.json says {ours}"),
                None => write!(f, "{field}: the {source} says {theirs}, platforms.json has none"),
            },
            Difference::MissingValue { field, value } => {
                write!(f, "{field}: the documentation lists \"{value}\", platforms.json does not")
            }
        }
    }
}

/// URLs compare without a trailing slash and case in scheme and host.
fn same_url(a: &str, b: &str) -> bool {
    let norm = |u: &str| u.trim().trim_end_matches('/').to_ascii_lowercase();
    norm(a) == norm(b)
}

fn same_name(a: &str, b: &str) -> bool {
    key(a) == key(b)
}

/// Everything that differs between our platforms and the two sources, ours
/// in file order first, then what only the sources have.
pub fn differences(ours: &[Platform], docs: &[DocsPlatform], portal: &[PortalPlatform]) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut note = |platform: &str, difference| found.push(Finding { platform: platform.to_string(), difference });
    for platform in ours {
        match portal.iter().find(|entry| same_name(&entry.title, &platform.name)) {
            None => note(&platform.id, Difference::NotOnPortal),
            Some(entry) => {
                let urls = [
                    ("homepageUrl", &entry.link, &platform.homepage_url),
                    ("accessUrl", &entry.access, &platform.access_url),
                ];
                for (field, theirs, own) in urls {
                    if let Some(theirs) = theirs {
                        if !own.as_deref().is_some_and(|own| same_url(own, theirs)) {
                            let difference = Difference::OtherUrl {
                                field,
                                source: "portal",
                                theirs: theirs.clone(),
                                ours: own.clone(),
                            };
                            note(&platform.id, difference);
                        }
                    }
                }
            }
        }
        let Some(doc) = docs.iter().find(|d| d.id == platform.id) else { continue };
        if let Some(theirs) = &doc.docs_url {
            if !platform.docs_url.as_deref().is_some_and(|own| same_url(own, theirs)) {
                let difference = Difference::OtherUrl {
                    field: "docsUrl",
                    source: "documentation",
                    theirs: theirs.clone(),
                    ours: platform.docs_url.clone(),
                };
                note(&platform.id, difference);
            }
        }
        let lists = [
            (FacetKind::DataAccess, &doc.datasets),
            (FacetKind::SupportedLanguages, &doc.languages),
            (FacetKind::Features, &doc.features),
        ];
        for (kind, values) in lists {
            let have: Vec<String> =
                platform.facts(kind).iter().flat_map(|f| expand(&f.name)).map(|v| key(&v)).collect();
            for value in values.iter() {
                let covered = expand(value).iter().all(|v| have.contains(&key(v)));
                if !covered {
                    note(&platform.id, Difference::MissingValue { field: kind.key(), value: value.clone() });
                }
            }
        }
    }
    for entry in portal.iter().filter(|e| !ours.iter().any(|p| same_name(&p.name, &e.title))) {
        note(&entry.title, Difference::MissingFromPortal { title: entry.title.clone() });
    }
    for doc in docs.iter().filter(|d| !ours.iter().any(|p| p.id == d.id)) {
        note(&doc.id, Difference::MissingFromDocs { id: doc.id.clone(), name: doc.name.clone() });
    }
    found
}

/// The report: one block per platform, its differences indented below.
pub fn report(findings: &[Finding]) -> String {
    let mut out = String::new();
    let mut last: Option<&str> = None;
    for finding in findings {
        if last != Some(finding.platform.as_str()) {
            out.push_str(&format!("{}\n", finding.platform));
            last = Some(&finding.platform);
        }
        out.push_str(&format!("  - {}\n", finding.difference));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::platforms::index::tests::platform;

    fn ours() -> Vec<Platform> {
        let mut a =
            platform("alpha", &[(FacetKind::Features, &["STAC"]), (FacetKind::DataAccess, &["Sentinel (1, 2)"])]);
        a.name = "Alpha Lab".into();
        a.homepage_url = Some("https://alpha.example/".into());
        a.access_url = Some("https://hub.alpha.example/".into());
        a.docs_url = Some(format!("{DOCS_SITE}/Platforms/Alpha"));
        let mut b = platform("beta", &[]);
        b.name = "Beta".into();
        vec![a, b]
    }

    #[test]
    fn both_formats_parse() {
        let doc = parse_docs_platform(
            "alpha.json",
            r#"{"id": "alpha", "name": "Alpha", "logo": "/img/a.png", "href": "/Platforms/Alpha",
                "datasets": ["Sentinel-2"], "languages": ["Python"], "features": ["STAC", 3]}"#,
        );
        let doc = doc.unwrap_or_default();
        assert_eq!(doc.docs_url.as_deref(), Some("https://esa-earthcode.github.io/documentation/Platforms/Alpha"));
        assert_eq!(doc.features, ["STAC"]);
        assert!(parse_docs_platform("x.json", "[]").is_err_and(|e| e.starts_with("x.json")));
        assert!(parse_docs_platform("x.json", r#"{"name": "X"}"#).is_err_and(|e| e.contains("\"id\" is missing")));
        let portal = parse_portal(
            r#"[{"title": "Alpha Lab", "link": "https://alpha.example", "access": "https://a"}, {"tag": "x"}]"#,
        );
        assert_eq!(portal.map(|p| p.len()), Ok(1));
        assert!(parse_portal("{}").is_err());
    }

    #[test]
    fn differences_name_platform_field_and_both_values() {
        let docs = vec![
            DocsPlatform {
                id: "alpha".into(),
                name: "Alpha".into(),
                docs_url: Some(format!("{DOCS_SITE}/Platforms/Alpha")),
                datasets: vec!["Sentinel-1".into(), "Sentinel-2".into(), "Landsat-8".into()],
                languages: vec!["Python".into()],
                features: vec!["stac".into(), "Dask Gateway".into()],
            },
            DocsPlatform { id: "gamma".into(), name: "Gamma".into(), ..DocsPlatform::default() },
        ];
        let portal = vec![
            PortalPlatform {
                title: "Alpha Lab".into(),
                link: Some("https://ALPHA.example".into()),
                access: Some("https://other.alpha.example/".into()),
            },
            PortalPlatform { title: "Delta".into(), link: None, access: None },
        ];
        let text = report(&differences(&ours(), &docs, &portal));
        assert_eq!(
            text,
            "alpha\n\
             \x20 - accessUrl: the portal says https://other.alpha.example/, platforms.json says https://hub.alpha.example/\n\
             \x20 - dataAccess: the documentation lists \"Landsat-8\", platforms.json does not\n\
             \x20 - supportedLanguages: the documentation lists \"Python\", platforms.json does not\n\
             \x20 - features: the documentation lists \"Dask Gateway\", platforms.json does not\n\
             beta\n\
             \x20 - not on the portal's list of integrated platforms (by name)\n\
             Delta\n\
             \x20 - missing: the portal lists \"Delta\"; platforms.json has no platform of that name\n\
             gamma\n\
             \x20 - missing: the documentation has \"gamma\" (Gamma); platforms.json has no such id\n"
        );
    }

    #[test]
    fn nothing_differs_when_everything_agrees() {
        let portal = vec![
            PortalPlatform {
                title: "alpha lab".into(),
                link: Some("https://alpha.example".into()),
                access: Some("https://hub.alpha.example".into()),
            },
            PortalPlatform { title: "Beta".into(), link: None, access: None },
        ];
        assert_eq!(differences(&ours(), &[], &portal), []);
    }
}
