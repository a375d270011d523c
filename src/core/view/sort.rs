//! Table sorting: a three-step cycle per column, natural order, stable.

use std::cmp::Ordering;

use crate::core::order::{natural_cmp, sort_positions};
use crate::core::platforms::model::{FacetKind, Platform};

/// A column of a capability table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// The platform name.
    Platform,
    /// One kind of fact.
    Facet(FacetKind),
}

impl Column {
    /// The URL and `data-column` name: "platform" or the facet key.
    pub fn key(self) -> &'static str {
        match self {
            Column::Platform => "platform",
            Column::Facet(kind) => kind.key(),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Column::Platform => "Platform",
            Column::Facet(kind) => kind.label(),
        }
    }

    pub fn from_key(key: &str) -> Option<Column> {
        if key == "platform" {
            Some(Column::Platform)
        } else {
            FacetKind::from_key(key).map(Column::Facet)
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Ascending,
    Descending,
}

impl Direction {
    pub fn key(self) -> &'static str {
        match self {
            Direction::Ascending => "asc",
            Direction::Descending => "desc",
        }
    }

    /// The value of `aria-sort`.
    pub fn aria(self) -> &'static str {
        match self {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        }
    }
}

/// How one table is sorted; `None` in an `Option<Sort>` is the file's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sort {
    pub column: Column,
    pub direction: Direction,
}

impl Sort {
    /// `"dataAccess:desc"`.
    pub fn encode(self) -> String {
        format!("{}:{}", self.column.key(), self.direction.key())
    }

    pub fn decode(text: &str) -> Option<Sort> {
        let (column, direction) = text.split_once(':').unwrap_or((text, "asc"));
        let direction = match direction {
            "asc" => Direction::Ascending,
            "desc" => Direction::Descending,
            _ => return None,
        };
        Column::from_key(column).map(|column| Sort { column, direction })
    }
}

/// The next state after a click on `column`'s header:
/// ascending → descending → original order; another column starts ascending.
pub fn cycle(current: Option<Sort>, column: Column) -> Option<Sort> {
    match current {
        Some(Sort { column: c, direction: Direction::Ascending }) if c == column => {
            Some(Sort { column, direction: Direction::Descending })
        }
        Some(Sort { column: c, direction: Direction::Descending }) if c == column => None,
        _ => Some(Sort { column, direction: Direction::Ascending }),
    }
}

/// Orders platform positions in place. Stable; empty lists go last in both
/// directions, so a descending sort still leads with real values.
pub fn sort_rows(platforms: &[Platform], rows: &mut [usize], sort: Option<Sort>) {
    let Some(Sort { column, direction }) = sort else {
        sort_positions(rows, &|a, b| a.cmp(&b));
        return;
    };
    let keys: Vec<Vec<String>> = platforms.iter().map(|p| sort_key(p, column)).collect();
    let empty = Vec::new();
    sort_positions(rows, &|a, b| {
        let (ka, kb) = (keys.get(a).unwrap_or(&empty), keys.get(b).unwrap_or(&empty));
        match (ka.is_empty(), kb.is_empty()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            (false, false) => {
                let order = compare_lists(ka, kb);
                match direction {
                    Direction::Ascending => order,
                    Direction::Descending => order.reverse(),
                }
            }
        }
    });
}

fn sort_key(platform: &Platform, column: Column) -> Vec<String> {
    match column {
        Column::Platform => vec![platform.name.clone()],
        Column::Facet(kind) => platform.facts(kind).iter().map(|f| f.name.clone()).collect(),
    }
}

/// Lists compare entry by entry in natural order; a prefix sorts first.
pub fn compare_lists(a: &[String], b: &[String]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        match natural_cmp(x, y) {
            Ordering::Equal => {}
            other => return other,
        }
    }
    a.len().cmp(&b.len())
}

#[cfg(test)]
mod tests;
