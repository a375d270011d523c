//! Which parts of the explorer an `<earthcode-platforms>` element shows: its
//! `sections` attribute, a list of [`Section::key`]s ("grid tables catalog").
//! The search box, the filters and the result count are always there; so are
//! the views a visitor opens (a platform, the comparison, the chooser).
//!
//! Absent, empty or naming nothing we know, the element shows every section
//! and is *compact* in a narrow host: its tables start folded behind a
//! disclosure (the style sheet decides "narrow", with the filters' fold).
//! A host that lists sections gets exactly those, unfolded.

/// A part of the explorer's results a host can leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The logo grid (the cards).
    Grid,
    /// The two capability tables.
    Tables,
    /// "Search the catalog".
    Catalog,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Grid, Section::Tables, Section::Catalog];

    /// The one name of a section: the attribute's token, the CSS `data-section`.
    pub const fn key(self) -> &'static str {
        match self {
            Section::Grid => "grid",
            Section::Tables => "tables",
            Section::Catalog => "catalog",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The sections shown, and whether the host chose them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sections {
    shown: u8,
    chosen: bool,
}

impl Default for Sections {
    /// Everything, compact in a narrow host.
    fn default() -> Self {
        Sections { shown: Section::ALL.iter().fold(0, |bits, s| bits | s.bit()), chosen: false }
    }
}

impl Sections {
    pub fn shows(self, section: Section) -> bool {
        self.shown & section.bit() != 0
    }

    /// Whether a narrow host folds the tables: only when the host did not choose.
    pub fn compact(self) -> bool {
        !self.chosen
    }
}

/// An attribute's value read: the sections, and the tokens we do not know
/// (ignored; the shell reports them on the console).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub sections: Sections,
    pub unknown: Vec<String>,
}

/// Reads a `sections` value: tokens separated by white space or commas, in
/// any case and order, repeats allowed.
pub fn parse(value: &str) -> Parsed {
    let mut shown = 0;
    let mut unknown = Vec::new();
    for token in value.split(|c: char| c.is_whitespace() || c == ',').filter(|t| !t.is_empty()) {
        let key = token.to_ascii_lowercase();
        match Section::ALL.into_iter().find(|s| s.key() == key) {
            Some(section) => shown |= section.bit(),
            None if !unknown.contains(&token.to_string()) => unknown.push(token.to_string()),
            None => {}
        }
    }
    let sections = if shown == 0 { Sections::default() } else { Sections { shown, chosen: true } };
    Parsed { sections, unknown }
}

#[cfg(test)]
mod tests {
    use super::{parse, Section, Sections};

    fn shown(sections: Sections) -> Vec<&'static str> {
        Section::ALL.into_iter().filter(|s| sections.shows(*s)).map(Section::key).collect()
    }

    #[test]
    fn empty_is_everything_compact() {
        for value in ["", "   ", ",", "\n"] {
            let parsed = parse(value);
            assert_eq!(parsed.sections, Sections::default());
            assert_eq!(shown(parsed.sections), ["grid", "tables", "catalog"]);
            assert!(parsed.sections.compact());
            assert!(parsed.unknown.is_empty());
        }
    }

    #[test]
    fn listed_sections_are_exactly_those_and_not_compact() {
        let parsed = parse("grid");
        assert_eq!(shown(parsed.sections), ["grid"]);
        assert!(!parsed.sections.compact());
        assert_eq!(shown(parse(" Tables,catalog  grid tables ").sections), ["grid", "tables", "catalog"]);
        assert!(!parse("grid tables catalog").sections.compact());
        assert_eq!(shown(parse("catalog").sections), ["catalog"]);
    }

    #[test]
    fn unknown_tokens_are_ignored_and_reported_once() {
        let parsed = parse("grid chart grid chart Map");
        assert_eq!(shown(parsed.sections), ["grid"]);
        assert_eq!(parsed.unknown, ["chart", "Map"]);
        // Nothing known: the default, with what was wrong.
        let parsed = parse("cards");
        assert_eq!(parsed.sections, Sections::default());
        assert_eq!(parsed.unknown, ["cards"]);
    }
}
