//! Side-by-side comparison of 2–3 platforms: one row per kind of fact, and
//! whether the platforms differ on it.

use crate::core::order::sorted_unique_by;
use crate::core::platforms::model::{FacetKind, Fact, Platform};
use crate::core::platforms::normalise::{expand, key};
use crate::core::platforms::provenance::{possibly_outdated, Freshness};

/// The most platforms a comparison holds.
pub const MAX_COMPARED: usize = 3;

/// What a comparison row is about. Its key is the platform field it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aspect {
    Status,
    Facet(FacetKind),
    /// How access works (models).
    Access,
    AccessUrl,
    HomepageUrl,
    DocsUrl,
    Support,
    Publishing,
    Sources,
    /// How many catalog records were published from the platform (a row
    /// only once the catalog is loaded).
    PublishedRecords,
}

impl Aspect {
    pub const ALL: [Aspect; 16] = [
        Aspect::Status,
        Aspect::Facet(FacetKind::DataAccess),
        Aspect::Facet(FacetKind::HardwareServices),
        Aspect::Facet(FacetKind::CompatibleWorkflows),
        Aspect::Facet(FacetKind::Features),
        Aspect::Facet(FacetKind::DevelopmentTools),
        Aspect::Facet(FacetKind::SupportedLanguages),
        Aspect::Facet(FacetKind::VisualisationTools),
        Aspect::Facet(FacetKind::ProducedWorkflowType),
        Aspect::Access,
        Aspect::AccessUrl,
        Aspect::HomepageUrl,
        Aspect::DocsUrl,
        Aspect::Support,
        Aspect::Publishing,
        Aspect::Sources,
    ];

    /// The row's `data-aspect` name: the platform field it shows.
    pub fn key(self) -> &'static str {
        match self {
            Aspect::Status => "status",
            Aspect::Facet(kind) => kind.key(),
            Aspect::Access => "access",
            Aspect::AccessUrl => "accessUrl",
            Aspect::HomepageUrl => "homepageUrl",
            Aspect::DocsUrl => "docsUrl",
            Aspect::Support => "support",
            Aspect::Publishing => "publishing",
            Aspect::Sources => "sources",
            Aspect::PublishedRecords => "publishedRecords",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Aspect::Status => "Integration status",
            Aspect::Facet(kind) => kind.label(),
            Aspect::Access => "Access",
            Aspect::AccessUrl => "Open platform",
            Aspect::HomepageUrl => "Homepage",
            Aspect::DocsUrl => "Documentation",
            Aspect::Support => "Help",
            Aspect::Publishing => "Publishing to the catalog",
            Aspect::Sources => "Sources",
            Aspect::PublishedRecords => "Published records",
        }
    }

    /// The platform's entries for this row; `None`: not documented.
    pub fn facts(self, platform: &Platform) -> Option<Vec<Fact>> {
        let text = |name: &str| Fact { name: name.to_string(), url: None };
        let link = |name: &str, url: &str| Fact { name: name.to_string(), url: Some(url.to_string()) };
        let own_link = |url: &Option<String>| url.as_deref().map(|u| vec![link(u, u)]);
        match self {
            Aspect::Status => platform.status.map(|s| vec![text(s.label())]),
            Aspect::Facet(kind) => platform.documents(kind).then(|| platform.facts(kind).to_vec()),
            Aspect::Access => platform.access.as_ref().map(|a| a.models.iter().map(|m| text(m.label())).collect()),
            Aspect::AccessUrl => own_link(&platform.access_url),
            Aspect::HomepageUrl => own_link(&platform.homepage_url),
            Aspect::DocsUrl => own_link(&platform.docs_url),
            Aspect::Support => platform.support.as_ref().map(|s| {
                let mut facts = Vec::new();
                facts.extend(s.forum_url.as_deref().map(|u| link("Forum", u)));
                facts.extend(s.email.as_deref().map(|e| link(e, &format!("mailto:{e}"))));
                facts.extend(s.issues_url.as_deref().map(|u| link("Issue tracker", u)));
                facts
            }),
            Aspect::Publishing => platform.publishing.as_ref().map(|p| match &p.url {
                Some(url) => vec![link(&p.tool, url)],
                None => vec![text(&p.tool)],
            }),
            Aspect::Sources => Some(
                platform.sources.iter().map(|s| link(&format!("{}, checked {}", s.title, s.checked), &s.url)).collect(),
            ),
            Aspect::PublishedRecords => None,
        }
    }
}

/// One platform's entry in a row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    pub facts: Vec<Fact>,
    /// A source gives this (maybe as "none"); otherwise "not documented".
    pub documented: bool,
    /// Every source backing it is older than the allowed age.
    pub outdated: bool,
}

/// One row of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub aspect: Aspect,
    /// One cell per compared platform, in their order.
    pub cells: Vec<Cell>,
    /// The platforms do not all offer the same values.
    pub differs: bool,
}

/// The values a cell stands for, normalised: "Sentinel (1, 2)" and
/// "Sentinel-1, Sentinel-2" are the same, and so are "GPU" and "GPUs".
fn value_set(cell: &Cell) -> (bool, Vec<String>) {
    let values = cell.facts.iter().flat_map(|f| expand(&f.name)).map(|v| key(&v)).collect();
    (cell.documented, sorted_unique_by(values, |a, b| a.cmp(b)))
}

/// The comparison table of `platforms`, every aspect in [`Aspect::ALL`]
/// order, then the published-record counts when known (one per platform).
/// With `freshness`, cells whose sources are all old are marked.
pub fn compare(platforms: &[&Platform], published: Option<&[usize]>, freshness: Option<&Freshness>) -> Vec<Row> {
    let mut rows: Vec<Row> = Aspect::ALL
        .into_iter()
        .map(|aspect| {
            let cells: Vec<Cell> = platforms
                .iter()
                .map(|p| {
                    let facts = aspect.facts(p);
                    let outdated = freshness.is_some_and(|f| possibly_outdated(p, aspect.key(), f));
                    Cell { documented: facts.is_some(), facts: facts.unwrap_or_default(), outdated }
                })
                .collect();
            let sets: Vec<_> = cells.iter().map(value_set).collect();
            let differs = sets.windows(2).any(|pair| pair.first() != pair.last());
            Row { aspect, cells, differs }
        })
        .collect();
    if let Some(counts) = published {
        let cells = counts
            .iter()
            .map(|n| Cell { facts: vec![Fact { name: n.to_string(), url: None }], documented: true, outdated: false })
            .collect();
        let differs = counts.windows(2).any(|pair| pair.first() != pair.last());
        rows.push(Row { aspect: Aspect::PublishedRecords, cells, differs });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::platforms::index::tests::platform;
    use FacetKind::*;

    fn row(rows: &[Row], aspect: Aspect) -> &Row {
        rows.iter().find(|r| r.aspect == aspect).unwrap_or_else(|| panic!("no row {aspect:?}"))
    }

    #[test]
    fn rows_differ_only_where_the_values_differ() {
        let a = platform(
            "a",
            &[(DataAccess, &["Sentinel (1, 2)"]), (HardwareServices, &["GPU"]), (SupportedLanguages, &["Python"])],
        );
        let b = platform(
            "b",
            &[
                (DataAccess, &["Sentinel-2", "Sentinel-1"]),
                (HardwareServices, &["GPUs"]),
                (SupportedLanguages, &["Python", "R"]),
            ],
        );
        let rows = compare(&[&a, &b], None, None);
        assert_eq!(rows.len(), Aspect::ALL.len());
        assert!(!row(&rows, Aspect::Facet(DataAccess)).differs, "same values, written differently");
        assert!(!row(&rows, Aspect::Facet(HardwareServices)).differs, "GPU and GPUs are one value");
        assert!(row(&rows, Aspect::Facet(SupportedLanguages)).differs);
        assert!(!row(&rows, Aspect::Facet(DevelopmentTools)).differs, "both empty");
        assert_eq!(row(&rows, Aspect::Facet(SupportedLanguages)).cells[1].facts.len(), 2);
    }

    #[test]
    fn three_platforms_differ_when_any_one_does() {
        let a = platform("a", &[(SupportedLanguages, &["Python"])]);
        let c = platform("c", &[(SupportedLanguages, &["R"])]);
        assert!(row(&compare(&[&a, &a, &c], None, None), Aspect::Facet(SupportedLanguages)).differs);
        assert!(!row(&compare(&[&a, &a, &a], None, None), Aspect::Facet(SupportedLanguages)).differs);
    }

    #[test]
    fn published_counts_form_a_row_once_known() {
        let a = platform("a", &[]);
        let b = platform("b", &[]);
        let rows = compare(&[&a, &b], Some(&[7, 0]), None);
        let last = rows.last().unwrap_or_else(|| panic!("rows"));
        assert_eq!(last.aspect, Aspect::PublishedRecords);
        let counts: Vec<&str> = last.cells.iter().map(|c| c.facts[0].name.as_str()).collect();
        assert_eq!(counts, ["7", "0"]);
        assert!(last.differs);
        assert!(!compare(&[&a, &b], Some(&[2, 2]), None).last().is_some_and(|r| r.differs));
        assert_eq!(compare(&[&a, &b], None, None).len(), Aspect::ALL.len());
    }

    #[test]
    fn links_are_compared_too() {
        let mut a = platform("a", &[]);
        let mut b = platform("b", &[]);
        a.access_url = Some("https://a.example/".into());
        b.access_url = Some("https://b.example/".into());
        a.docs_url = Some("https://docs.example/".into());
        b.docs_url = Some("https://docs.example/".into());
        let rows = compare(&[&a, &b], None, None);
        assert!(row(&rows, Aspect::AccessUrl).differs);
        assert!(!row(&rows, Aspect::DocsUrl).differs);
        assert_eq!(row(&rows, Aspect::AccessUrl).cells[0].facts[0].url.as_deref(), Some("https://a.example/"));
        assert!(!row(&rows, Aspect::HomepageUrl).cells[0].documented);
    }

    #[test]
    fn not_documented_differs_from_documented_and_old_sources_are_marked() {
        use crate::core::date::Date;
        use crate::core::platforms::model::{Access, AccessModel, Source, Status};
        let date = |t: &str| Date::parse(t).unwrap_or_else(|| panic!("{t}"));
        let mut a = platform("a", &[(Features, &["STAC"])]);
        let mut b = platform("b", &[(Features, &["STAC"])]);
        b.facts[Features.index()] = None;
        a.status = Some(Status::Documented);
        a.access = Some(Access { models: vec![AccessModel::FreeTier], ..Access::default() });
        a.sources = vec![Source {
            url: "https://old.example/".into(),
            title: "Old page".into(),
            checked: date("2024-01-01"),
            covers: vec!["features", "status"],
        }];
        let fresh = Freshness { today: date("2026-11-28"), max_age_months: 12 };
        let rows = compare(&[&a, &b], None, Some(&fresh));
        let features = row(&rows, Aspect::Facet(Features));
        assert!(features.differs && features.cells[0].documented && !features.cells[1].documented);
        assert!(features.cells[0].outdated && !features.cells[1].outdated);
        assert_eq!(row(&rows, Aspect::Status).cells[0].facts[0].name, "Documented");
        assert_eq!(row(&rows, Aspect::Access).cells[0].facts[0].name, "Free tier");
        assert_eq!(row(&rows, Aspect::Sources).cells[0].facts[0].name, "Old page, checked 2024-01-01");
        assert!(
            !compare(&[&a, &b], None, None).iter().any(|r| r.cells.iter().any(|c| c.outdated)),
            "no clock, no marks"
        );
        let keys: Vec<&str> = Aspect::ALL.iter().map(|a| a.key()).collect();
        for key in keys.iter().filter(|k| **k != "sources") {
            assert!(crate::core::platforms::model::FIELDS.contains(key), "{key} is a field");
        }
    }
}
