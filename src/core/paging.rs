//! Long lists (the logo grid, the capability tables) render their first
//! page of entries until the visitor asks for all of them. Filtering,
//! searching and sorting then touch at most a page of DOM.

/// Cards the logo grid renders before "Show all" (whole rows of 2, 3 or 4).
pub const GRID_PAGE: usize = 24;

/// Rows a capability table renders before "Show all" (a row is ~70 nodes).
pub const TABLE_PAGE: usize = 12;

/// Records a "Published from this platform" group renders before "Show all".
pub const RECORD_PAGE: usize = 20;

/// How many of `total` entries a list of pages of `page` renders.
pub fn shown(total: usize, expanded: bool, page: usize) -> usize {
    if expanded {
        total
    } else {
        total.min(page)
    }
}

/// Whether the list needs its "Show all" / "Show fewer" button.
pub fn needs_toggle(total: usize, page: usize) -> bool {
    total > page
}

/// The first entries of `all` that a list renders.
pub fn page_of(all: &[usize], expanded: bool, page: usize) -> Vec<usize> {
    all.iter().take(shown(all.len(), expanded, page)).copied().collect()
}

/// The toggle's text: "Show all 1,006 platforms" or "Show fewer"; `noun`
/// is the plural of what the list holds.
pub fn toggle_label(total: usize, expanded: bool, noun: &str) -> String {
    if expanded {
        "Show fewer".to_string()
    } else {
        format!("Show all {} {noun}", thousands(total))
    }
}

/// "1,006": digits grouped by three with commas.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests;
