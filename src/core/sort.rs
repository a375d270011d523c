//! Table sorting: a three-step cycle per column, natural order, stable.

use std::cmp::Ordering;

use super::model::{FacetKind, Platform};
use super::order::sort_positions;

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

/// Case-insensitive order in which digit runs compare as numbers:
/// "Sentinel-2" < "Sentinel-10", "GOES-16" < "GOES-17". Ties fall back to
/// the exact text so the order is total.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a.chars().peekable(), b.chars().peekable());
    loop {
        match (x.peek().copied(), y.peek().copied()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(cx), Some(cy)) if cx.is_ascii_digit() && cy.is_ascii_digit() => {
                let nx = take_digits(&mut x);
                let ny = take_digits(&mut y);
                let order = nx
                    .trim_start_matches('0')
                    .len()
                    .cmp(&ny.trim_start_matches('0').len())
                    .then_with(|| nx.trim_start_matches('0').cmp(ny.trim_start_matches('0')));
                if order != Ordering::Equal {
                    return order;
                }
            }
            (Some(cx), Some(cy)) => {
                let order = cx.to_lowercase().cmp(cy.to_lowercase());
                if order != Ordering::Equal {
                    return order;
                }
                x.next();
                y.next();
            }
        }
    }
}

fn take_digits(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> String {
    let mut digits = String::new();
    while let Some(c) = chars.peek().copied().filter(char::is_ascii_digit) {
        digits.push(c);
        chars.next();
    }
    digits
}

#[cfg(test)]
mod tests;
