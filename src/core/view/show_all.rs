//! "Show all": long lists (the logo grid, the capability tables, a
//! platform's records) render their first entries until the visitor asks
//! for all of them. Filtering, searching and sorting then touch at most
//! that many entries of DOM.

/// Cards the logo grid renders before "Show all" (whole rows of 2, 3 or 4).
pub const GRID_FIRST: usize = 24;

/// Rows a capability table renders before "Show all" (a row is ~70 nodes).
pub const TABLE_FIRST: usize = 12;

/// Records a "Published from this platform" group renders before "Show all".
pub const RECORD_FIRST: usize = 20;

/// Ranked platforms the chooser renders before "Show all".
pub const CHOOSE_FIRST: usize = 12;

/// Example workflows the chooser lists for its top result.
pub const EXAMPLES_FIRST: usize = 5;

/// How many of `total` entries a list that first shows `first` renders.
pub fn visible_count(total: usize, expanded: bool, first: usize) -> usize {
    if expanded {
        total
    } else {
        total.min(first)
    }
}

/// Whether a list of `total` platforms that first shows `first` keeps one
/// view per platform for the page's life, hidden while it does not match
/// (`ui::lists::slots`): when every platform fits the first page, a filter
/// change then only hides and shows views, and bringing them back costs no
/// DOM to build. Longer lists reuse a page of slots instead.
pub fn resident(total: usize, first: usize) -> bool {
    total <= first
}

/// Whether the list needs its "Show all" / "Show fewer" button.
pub fn needs_toggle(total: usize, first: usize) -> bool {
    total > first
}

/// The first entries of `all` that a list renders.
pub fn visible(all: &[usize], expanded: bool, first: usize) -> Vec<usize> {
    all.iter().take(visible_count(all.len(), expanded, first)).copied().collect()
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
