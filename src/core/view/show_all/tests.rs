use super::*;

#[test]
fn short_lists_show_everything_and_need_no_button() {
    for page in [GRID_FIRST, TABLE_FIRST] {
        assert_eq!(visible_count(6, false, page), 6);
        assert!(!needs_toggle(6, page));
        assert!(!needs_toggle(page, page));
        assert_eq!(visible(&[5, 3, 1], false, page), [5, 3, 1]);
    }
}

#[test]
fn long_lists_show_a_page_until_expanded() {
    let all: Vec<usize> = (0..1006).rev().collect();
    assert!(needs_toggle(all.len(), GRID_FIRST));
    let page = visible(&all, false, GRID_FIRST);
    assert_eq!(page.len(), GRID_FIRST);
    assert_eq!(page.first(), Some(&1005));
    assert_eq!(visible(&all, true, GRID_FIRST), all);
    assert_eq!(visible_count(1006, true, TABLE_FIRST), 1006);
}

#[test]
fn labels() {
    assert_eq!(toggle_label(1006, false, "platforms"), "Show all 1,006 platforms");
    assert_eq!(toggle_label(3411, false, "records"), "Show all 3,411 records");
    assert_eq!(toggle_label(1006, true, "platforms"), "Show fewer");
    assert_eq!(thousands(0), "0");
    assert_eq!(thousands(999), "999");
    assert_eq!(thousands(1000), "1,000");
    assert_eq!(thousands(1234567), "1,234,567");
}

#[test]
fn lists_that_fit_their_first_page_keep_a_view_per_platform() {
    // 6 and 8 platforms: every card and row stays, hidden when it does not match.
    for total in [0, 6, 8, TABLE_FIRST] {
        assert!(resident(total, TABLE_FIRST));
        assert!(resident(total, GRID_FIRST));
    }
    // Longer lists reuse a page of slots (at 1,006 platforms: 24 cards, 12 rows).
    assert!(!resident(TABLE_FIRST + 1, TABLE_FIRST));
    assert!(resident(GRID_FIRST, GRID_FIRST));
    assert!(!resident(1006, GRID_FIRST));
}
