//! The domain: platforms and the kinds of fact the capability tables show.
//!
//! Plain data, no I/O. `validate` builds these from untrusted JSON.

/// One kind of fact about a platform. Each is a column in a capability table
/// and a facet group in the filter sidebar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FacetKind {
    DataAccess,
    HardwareServices,
    CompatibleWorkflows,
    DevelopmentTools,
    SupportedLanguages,
    VisualisationTools,
    ProducedWorkflowType,
}

impl FacetKind {
    /// Every kind, in the order the sidebar and the tables show them.
    pub const ALL: [FacetKind; 7] = [
        FacetKind::DataAccess,
        FacetKind::HardwareServices,
        FacetKind::CompatibleWorkflows,
        FacetKind::DevelopmentTools,
        FacetKind::SupportedLanguages,
        FacetKind::VisualisationTools,
        FacetKind::ProducedWorkflowType,
    ];

    /// The one name of this kind: the JSON field, the URL query key and the
    /// `data-facet` attribute all use it.
    pub const fn key(self) -> &'static str {
        match self {
            FacetKind::DataAccess => "dataAccess",
            FacetKind::HardwareServices => "hardwareServices",
            FacetKind::CompatibleWorkflows => "compatibleWorkflows",
            FacetKind::DevelopmentTools => "developmentTools",
            FacetKind::SupportedLanguages => "supportedLanguages",
            FacetKind::VisualisationTools => "visualisationTools",
            FacetKind::ProducedWorkflowType => "producedWorkflowType",
        }
    }

    /// The human label, as the EarthCODE documentation's tables head their columns.
    pub const fn label(self) -> &'static str {
        match self {
            FacetKind::DataAccess => "Data Access",
            FacetKind::HardwareServices => "Specialised Hardware & Services",
            FacetKind::CompatibleWorkflows => "Compatible Workflows",
            FacetKind::DevelopmentTools => "Development Tools",
            FacetKind::SupportedLanguages => "Supported Languages",
            FacetKind::VisualisationTools => "Visualization Tools",
            FacetKind::ProducedWorkflowType => "Produced Workflow Type",
        }
    }

    /// Position in [`FacetKind::ALL`]; used to index per-kind arrays.
    pub const fn index(self) -> usize {
        self as usize
    }

    pub fn from_key(key: &str) -> Option<FacetKind> {
        FacetKind::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

/// One entry in a fact list, e.g. "Sentinel (1, 2, 3, 5P)" or
/// "xcube viewer" with its link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub name: String,
    /// Only ever an http(s) or relative URL (see `validate::safe_url`).
    pub url: Option<String>,
}

/// A link a platform's own documentation gives (pricing, support, ...).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub label: String,
    pub url: String,
}

/// A platform as the explorer shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Platform {
    /// Stable identifier: lower-case letters, digits and hyphens.
    pub id: String,
    pub name: String,
    pub description: String,
    /// Which federation the platform is reached through, e.g. "EDC".
    pub via: Option<String>,
    pub logo_url: Option<String>,
    pub docs_url: Option<String>,
    pub access_url: Option<String>,
    pub links: Vec<Link>,
    /// Fact lists indexed by [`FacetKind::index`].
    pub facts: [Vec<Fact>; 7],
    /// How catalog records name this platform (`recordMatch` in the JSON).
    pub record_match: Vec<MatchRule>,
}

impl Platform {
    pub fn facts(&self, kind: FacetKind) -> &[Fact] {
        self.facts.get(kind.index()).map_or(&[], Vec::as_slice)
    }

    /// Up to two letters for the badge shown when the logo cannot load:
    /// "DeepESDL" → "DE", "CDSE openEO Federation" → "CO".
    pub fn initials(&self) -> String {
        let words: Vec<&str> = self
            .name
            .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
            .filter(|w| w.chars().next().is_some_and(char::is_alphanumeric))
            .collect();
        let mut out = String::new();
        match words.as_slice() {
            [] => {}
            [single] => {
                let capitals: String = single.chars().filter(|c| c.is_uppercase()).take(2).collect();
                if capitals.chars().count() == 2 {
                    out = capitals;
                } else {
                    out.extend(single.chars().take(2).flat_map(char::to_uppercase));
                }
            }
            [first, second, ..] => {
                for word in [first, second] {
                    out.extend(word.chars().take(1).flat_map(char::to_uppercase));
                }
            }
        }
        out
    }
}

/// One rule: every condition given must hold. A platform's rules are
/// alternatives. Text conditions ignore case.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MatchRule {
    /// The link's `rel` equals this.
    pub rel: Option<String>,
    /// The link's href starts with this.
    pub href_prefix: Option<String>,
    /// The link's href (as written or unescaped) contains this.
    pub href_contains: Option<String>,
    /// The link's title contains this.
    pub title_contains: Option<String>,
    /// A record property (`properties` of a feature, top level of a
    /// collection) and the value it must equal; a rule with a property
    /// looks at no link.
    pub property: Option<(String, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Platform {
        Platform { name: name.into(), ..crate::core::platforms::index::tests::platform("x", &[]) }
    }

    #[test]
    fn facet_keys_round_trip_and_are_unique() {
        for kind in FacetKind::ALL {
            assert_eq!(FacetKind::from_key(kind.key()), Some(kind));
            assert_eq!(FacetKind::ALL.get(kind.index()), Some(&kind));
        }
        assert_eq!(FacetKind::from_key("nope"), None);
    }

    #[test]
    fn initials_follow_the_name() {
        assert_eq!(named("DeepESDL").initials(), "DE");
        assert_eq!(named("CDSE openEO Federation").initials(), "CO");
        assert_eq!(named("Pangeo (via EDC)").initials(), "PV");
        assert_eq!(named("pangeo").initials(), "PA");
        assert_eq!(named("").initials(), "");
        assert_eq!(named("Évora").initials(), "ÉV");
    }
}
