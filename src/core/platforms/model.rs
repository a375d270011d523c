//! The domain: platforms and the kinds of fact the capability tables show.
//!
//! Plain data, no I/O. `validate` builds these from untrusted JSON.

use crate::core::date::Date;

/// One kind of fact about a platform. Each is a column in a capability table
/// and a facet group in the filter sidebar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FacetKind {
    DataAccess,
    HardwareServices,
    CompatibleWorkflows,
    Features,
    DevelopmentTools,
    SupportedLanguages,
    VisualisationTools,
    ProducedWorkflowType,
}

impl FacetKind {
    /// Every kind, in the order the sidebar and the tables show them.
    pub const ALL: [FacetKind; 8] = [
        FacetKind::DataAccess,
        FacetKind::HardwareServices,
        FacetKind::CompatibleWorkflows,
        FacetKind::Features,
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
            FacetKind::Features => "features",
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
            FacetKind::Features => "Features",
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
    /// The platform's own home page.
    pub homepage_url: Option<String>,
    /// Where a user signs in or starts working.
    pub access_url: Option<String>,
    pub links: Vec<Link>,
    /// Fact lists indexed by [`FacetKind::index`]; `None`: no source
    /// documents this kind ("not documented"), unlike an empty list.
    pub facts: [Option<Vec<Fact>>; 8],
    /// How catalog records name this platform (`recordMatch` in the JSON).
    pub record_match: Vec<MatchRule>,
    pub access: Option<Access>,
    pub support: Option<Support>,
    pub publishing: Option<Publishing>,
    pub status: Option<Status>,
    /// Where the facts come from, each with the date it was checked.
    pub sources: Vec<Source>,
}

impl Platform {
    /// The facts of `kind`; empty when none are documented.
    pub fn facts(&self, kind: FacetKind) -> &[Fact] {
        self.facts.get(kind.index()).and_then(Option::as_deref).unwrap_or(&[])
    }

    /// Whether a source documents facts of `kind` (maybe none).
    pub fn documents(&self, kind: FacetKind) -> bool {
        self.facts.get(kind.index()).is_some_and(Option::is_some)
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

/// How a user can get on a platform (`models` in the JSON).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccessModel {
    /// The user (or their project) pays the operator.
    OwnPayment,
    /// ESA's Network of Resources sponsors the use.
    NorSponsorship,
    /// Some use costs nothing.
    FreeTier,
    /// Use is metered in credits.
    Credits,
}

impl AccessModel {
    pub const ALL: [AccessModel; 4] =
        [AccessModel::OwnPayment, AccessModel::NorSponsorship, AccessModel::FreeTier, AccessModel::Credits];

    /// The JSON value and CSS/test name.
    pub const fn key(self) -> &'static str {
        match self {
            AccessModel::OwnPayment => "own-payment",
            AccessModel::NorSponsorship => "nor-sponsorship",
            AccessModel::FreeTier => "free-tier",
            AccessModel::Credits => "credits",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            AccessModel::OwnPayment => "Own payment",
            AccessModel::NorSponsorship => "NoR sponsorship",
            AccessModel::FreeTier => "Free tier",
            AccessModel::Credits => "Credits",
        }
    }

    pub fn from_key(key: &str) -> Option<AccessModel> {
        AccessModel::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// How access works (`access` in the JSON).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Access {
    pub models: Vec<AccessModel>,
    pub note: Option<String>,
    /// The platform's service page on the Network of Resources portfolio.
    pub nor_url: Option<String>,
    pub price_list_url: Option<String>,
    /// How to request a sponsorship.
    pub sponsorship_url: Option<String>,
}

/// Where to ask for help (`support` in the JSON).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Support {
    pub forum_url: Option<String>,
    /// A plain address (`name@host`), shown as text and as a mailto link.
    pub email: Option<String>,
    pub issues_url: Option<String>,
}

/// How work reaches the Open Science Catalog from the platform.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Publishing {
    /// The tool or guide, e.g. "deep-code".
    pub tool: String,
    pub url: Option<String>,
    pub note: Option<String>,
}

/// How far the platform's EarthCODE integration is documented.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Documented,
    DocumentationInProgress,
    /// On the portal's list of integrated platforms, not in the documentation.
    Listed,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Documented, Status::DocumentationInProgress, Status::Listed];

    pub const fn key(self) -> &'static str {
        match self {
            Status::Documented => "documented",
            Status::DocumentationInProgress => "documentation-in-progress",
            Status::Listed => "listed",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Status::Documented => "Documented",
            Status::DocumentationInProgress => "Documentation in progress",
            Status::Listed => "Listed, not yet documented",
        }
    }

    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Where facts come from: a page, when it was checked, which fields it backs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub url: String,
    pub title: String,
    /// The day the source was last read and found to say what `covers` claims.
    pub checked: Date,
    /// Field names (`FIELDS`) this source backs.
    pub covers: Vec<&'static str>,
}

/// Every field a source can back, by its JSON name.
pub const FIELDS: [&str; 21] = [
    "name",
    "description",
    "via",
    "logoUrl",
    "docsUrl",
    "homepageUrl",
    "accessUrl",
    "links",
    "recordMatch",
    FacetKind::DataAccess.key(),
    FacetKind::HardwareServices.key(),
    FacetKind::CompatibleWorkflows.key(),
    FacetKind::Features.key(),
    FacetKind::DevelopmentTools.key(),
    FacetKind::SupportedLanguages.key(),
    FacetKind::VisualisationTools.key(),
    FacetKind::ProducedWorkflowType.key(),
    "access",
    "support",
    "publishing",
    "status",
];

/// How a field reads to people ("Access URL" for `accessUrl`).
pub fn field_label(field: &str) -> &str {
    if let Some(kind) = FacetKind::from_key(field) {
        return kind.label();
    }
    match field {
        "name" => "Name",
        "description" => "Description",
        "via" => "Reached via",
        "logoUrl" => "Logo",
        "docsUrl" => "Documentation",
        "homepageUrl" => "Homepage",
        "accessUrl" => "Open platform",
        "links" => "Links",
        "recordMatch" => "Catalog records",
        "access" => "Access",
        "support" => "Help",
        "publishing" => "Publishing",
        "status" => "Integration status",
        other => other,
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
    fn every_fact_kind_is_a_field_and_keys_round_trip() {
        for kind in FacetKind::ALL {
            assert!(FIELDS.contains(&kind.key()), "{}", kind.key());
        }
        for model in AccessModel::ALL {
            assert_eq!(AccessModel::from_key(model.key()), Some(model));
        }
        for status in Status::ALL {
            assert_eq!(Status::from_key(status.key()), Some(status));
        }
        assert_eq!(Status::from_key("Documented"), None);
        assert_eq!(AccessModel::from_key("free"), None);
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
