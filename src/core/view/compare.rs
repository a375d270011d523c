//! Side-by-side comparison of 2–3 platforms: one row per kind of fact, and
//! whether the platforms differ on it.

use crate::core::order::sorted_unique_by;
use crate::core::platforms::model::{FacetKind, Fact, Platform};
use crate::core::platforms::normalise::{expand, key};

/// The most platforms a comparison holds.
pub const MAX_COMPARED: usize = 3;

/// What a comparison row is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aspect {
    Facet(FacetKind),
    Access,
    Docs,
    /// How many catalog records were published from the platform (a row
    /// only once the catalog is loaded).
    PublishedRecords,
}

impl Aspect {
    pub const ALL: [Aspect; 9] = [
        Aspect::Facet(FacetKind::DataAccess),
        Aspect::Facet(FacetKind::HardwareServices),
        Aspect::Facet(FacetKind::CompatibleWorkflows),
        Aspect::Facet(FacetKind::DevelopmentTools),
        Aspect::Facet(FacetKind::SupportedLanguages),
        Aspect::Facet(FacetKind::VisualisationTools),
        Aspect::Facet(FacetKind::ProducedWorkflowType),
        Aspect::Access,
        Aspect::Docs,
    ];

    /// The row's `data-aspect` name: the facet key, "access" or "docs".
    pub fn key(self) -> &'static str {
        match self {
            Aspect::Facet(kind) => kind.key(),
            Aspect::Access => "access",
            Aspect::Docs => "docs",
            Aspect::PublishedRecords => "publishedRecords",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Aspect::Facet(kind) => kind.label(),
            Aspect::Access => "Access",
            Aspect::Docs => "Documentation",
            Aspect::PublishedRecords => "Published records",
        }
    }

    /// The platform's entries for this row.
    pub fn facts(self, platform: &Platform) -> Vec<Fact> {
        let link = |url: &Option<String>| url.iter().map(|u| Fact { name: u.clone(), url: Some(u.clone()) }).collect();
        match self {
            Aspect::Facet(kind) => platform.facts(kind).to_vec(),
            Aspect::Access => link(&platform.access_url),
            Aspect::Docs => link(&platform.docs_url),
            Aspect::PublishedRecords => Vec::new(),
        }
    }
}

/// One row of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub aspect: Aspect,
    /// One cell per compared platform, in their order.
    pub cells: Vec<Vec<Fact>>,
    /// The platforms do not all offer the same values.
    pub differs: bool,
}

/// The values a cell stands for, normalised: "Sentinel (1, 2)" and
/// "Sentinel-1, Sentinel-2" are the same, and so are "GPU" and "GPUs".
fn value_set(facts: &[Fact]) -> Vec<String> {
    sorted_unique_by(facts.iter().flat_map(|f| expand(&f.name)).map(|v| key(&v)).collect(), |a, b| a.cmp(b))
}

/// The comparison table of `platforms`, every aspect in [`Aspect::ALL`]
/// order, then the published-record counts when known (one per platform).
pub fn compare(platforms: &[&Platform], published: Option<&[usize]>) -> Vec<Row> {
    let mut rows: Vec<Row> = Aspect::ALL
        .into_iter()
        .map(|aspect| {
            let cells: Vec<Vec<Fact>> = platforms.iter().map(|p| aspect.facts(p)).collect();
            let sets: Vec<Vec<String>> = cells.iter().map(|c| value_set(c)).collect();
            let differs = sets.windows(2).any(|pair| pair.first() != pair.last());
            Row { aspect, cells, differs }
        })
        .collect();
    if let Some(counts) = published {
        let cells = counts.iter().map(|n| vec![Fact { name: n.to_string(), url: None }]).collect();
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
        let rows = compare(&[&a, &b], None);
        assert_eq!(rows.len(), Aspect::ALL.len());
        assert!(!row(&rows, Aspect::Facet(DataAccess)).differs, "same values, written differently");
        assert!(!row(&rows, Aspect::Facet(HardwareServices)).differs, "GPU and GPUs are one value");
        assert!(row(&rows, Aspect::Facet(SupportedLanguages)).differs);
        assert!(!row(&rows, Aspect::Facet(DevelopmentTools)).differs, "both empty");
        assert_eq!(row(&rows, Aspect::Facet(SupportedLanguages)).cells[1].len(), 2);
    }

    #[test]
    fn three_platforms_differ_when_any_one_does() {
        let a = platform("a", &[(SupportedLanguages, &["Python"])]);
        let c = platform("c", &[(SupportedLanguages, &["R"])]);
        assert!(row(&compare(&[&a, &a, &c], None), Aspect::Facet(SupportedLanguages)).differs);
        assert!(!row(&compare(&[&a, &a, &a], None), Aspect::Facet(SupportedLanguages)).differs);
    }

    #[test]
    fn published_counts_form_a_row_once_known() {
        let a = platform("a", &[]);
        let b = platform("b", &[]);
        let rows = compare(&[&a, &b], Some(&[7, 0]));
        let last = rows.last().unwrap_or_else(|| panic!("rows"));
        assert_eq!(last.aspect, Aspect::PublishedRecords);
        assert_eq!(
            last.cells,
            [vec![Fact { name: "7".into(), url: None }], vec![Fact { name: "0".into(), url: None }]]
        );
        assert!(last.differs);
        assert!(!compare(&[&a, &b], Some(&[2, 2])).last().is_some_and(|r| r.differs));
        assert_eq!(compare(&[&a, &b], None).len(), Aspect::ALL.len());
    }

    #[test]
    fn links_are_compared_too() {
        let mut a = platform("a", &[]);
        let mut b = platform("b", &[]);
        a.access_url = Some("https://a.example/".into());
        b.access_url = Some("https://b.example/".into());
        a.docs_url = Some("https://docs.example/".into());
        b.docs_url = Some("https://docs.example/".into());
        let rows = compare(&[&a, &b], None);
        assert!(row(&rows, Aspect::Access).differs);
        assert!(!row(&rows, Aspect::Docs).differs);
        assert_eq!(row(&rows, Aspect::Access).cells[0][0].url.as_deref(), Some("https://a.example/"));
    }
}
