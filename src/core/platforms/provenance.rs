//! Where a platform's facts come from and how old they are: which sources
//! back a field, and whether a field's newest source is older than the
//! configured age ("possibly outdated"). "Today" is passed in.

use crate::core::date::Date;
use crate::core::platforms::model::{FacetKind, Platform, Source};

/// The page's date and how old a source may be before its facts are marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Freshness {
    pub today: Date,
    /// `factMaxAgeMonths` in config.json.
    pub max_age_months: u32,
}

impl Freshness {
    /// A source checked longer ago than the allowed age.
    pub fn is_old(&self, source: &Source) -> bool {
        source.checked.older_than(self.max_age_months, self.today)
    }
}

/// The sources backing `field`, with their 1-based numbers in the list.
pub fn sources_of<'p>(platform: &'p Platform, field: &str) -> Vec<(usize, &'p Source)> {
    platform.sources.iter().enumerate().filter(|(_, s)| s.covers.contains(&field)).map(|(at, s)| (at + 1, s)).collect()
}

/// A field backed only by old sources: shown, marked "possibly outdated".
/// A field no source backs is not marked here (it has no date at all).
pub fn possibly_outdated(platform: &Platform, field: &str, freshness: &Freshness) -> bool {
    let backing = sources_of(platform, field);
    !backing.is_empty() && backing.iter().all(|(_, source)| freshness.is_old(source))
}

/// The fields this platform has a value for (the names `covers` uses).
pub fn present_fields(platform: &Platform) -> Vec<&'static str> {
    let mut fields = vec!["name"];
    let optional = [
        ("description", !platform.description.is_empty()),
        ("via", platform.via.is_some()),
        ("logoUrl", platform.logo_url.is_some()),
        ("docsUrl", platform.docs_url.is_some()),
        ("homepageUrl", platform.homepage_url.is_some()),
        ("accessUrl", platform.access_url.is_some()),
        ("links", !platform.links.is_empty()),
        ("recordMatch", !platform.record_match.is_empty()),
    ];
    fields.extend(optional.iter().filter(|(_, present)| *present).map(|(field, _)| *field));
    fields.extend(FacetKind::ALL.into_iter().filter(|kind| platform.documents(*kind)).map(FacetKind::key));
    let parts = [
        ("access", platform.access.is_some()),
        ("support", platform.support.is_some()),
        ("publishing", platform.publishing.is_some()),
        ("status", platform.status.is_some()),
    ];
    fields.extend(parts.iter().filter(|(_, present)| *present).map(|(field, _)| *field));
    fields
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::platforms::index::tests::platform;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap_or_else(|| panic!("{text}"))
    }

    fn source(checked: &str, covers: &[&'static str]) -> Source {
        Source {
            url: "https://example.org/".into(),
            title: "A page".into(),
            checked: date(checked),
            covers: covers.to_vec(),
        }
    }

    #[test]
    fn a_field_is_outdated_only_when_every_source_of_it_is_old() {
        let mut p = platform("a", &[]);
        p.sources = vec![source("2025-01-10", &["name", "features"]), source("2026-11-01", &["name", "accessUrl"])];
        let fresh = Freshness { today: date("2026-11-28"), max_age_months: 12 };
        assert!(!possibly_outdated(&p, "name", &fresh), "one recent source is enough");
        assert!(possibly_outdated(&p, "features", &fresh));
        assert!(!possibly_outdated(&p, "accessUrl", &fresh));
        assert!(!possibly_outdated(&p, "status", &fresh), "no source: no date to judge");
        let lenient = Freshness { max_age_months: 24, ..fresh };
        assert!(!possibly_outdated(&p, "features", &lenient), "the age is configurable");
        assert_eq!(sources_of(&p, "name").iter().map(|(n, _)| *n).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(sources_of(&p, "accessUrl").iter().map(|(n, _)| *n).collect::<Vec<_>>(), [2]);
    }

    #[test]
    fn present_fields_name_what_the_platform_has() {
        let mut p = platform("a", &[(FacetKind::Features, &["STAC"])]);
        p.facts[FacetKind::DataAccess.index()] = None;
        p.access_url = Some("https://a.example/".into());
        let fields = present_fields(&p);
        assert!(fields.contains(&"features") && fields.contains(&"accessUrl") && fields.contains(&"description"));
        assert!(!fields.contains(&"dataAccess"), "not documented");
        assert!(fields.contains(&"hardwareServices"), "documented as none");
        assert!(!fields.contains(&"access") && !fields.contains(&"homepageUrl"));
    }
}
