use super::*;

fn platform(name: &str, data: &[&str]) -> Platform {
    Platform {
        name: name.into(),
        ..crate::core::platforms::index::tests::platform(&name.to_lowercase(), &[(FacetKind::DataAccess, data)])
    }
}

fn sorted(platforms: &[Platform], sort: Option<Sort>) -> Vec<&str> {
    let mut rows: Vec<usize> = (0..platforms.len()).collect();
    sort_rows(platforms, &mut rows, sort);
    rows.iter().map(|&r| platforms[r].name.as_str()).collect()
}

const DATA: Column = Column::Facet(FacetKind::DataAccess);

fn asc(column: Column) -> Option<Sort> {
    Some(Sort { column, direction: Direction::Ascending })
}

fn desc(column: Column) -> Option<Sort> {
    Some(Sort { column, direction: Direction::Descending })
}

#[test]
fn the_cycle_is_ascending_descending_original() {
    assert_eq!(cycle(None, DATA), asc(DATA));
    assert_eq!(cycle(asc(DATA), DATA), desc(DATA));
    assert_eq!(cycle(desc(DATA), DATA), None);
    assert_eq!(cycle(desc(DATA), Column::Platform), asc(Column::Platform));
}

#[test]
fn natural_order_compares_numbers_as_numbers() {
    assert_eq!(natural_cmp("Sentinel-2", "Sentinel-10"), Ordering::Less);
    assert_eq!(natural_cmp("GOES-17", "GOES-16"), Ordering::Greater);
    assert_eq!(natural_cmp("alpha", "Beta"), Ordering::Less);
    assert_eq!(natural_cmp("a02", "a2"), Ordering::Less, "ties fall back to the exact text");
    assert_eq!(natural_cmp("a", "a"), Ordering::Equal);
    assert_eq!(natural_cmp("99999999999999999999999", "100000000000000000000000"), Ordering::Less);
}

#[test]
fn sorting_is_stable_and_reversible() {
    let platforms = [
        platform("B", &["Sentinel (1, 2, 3)"]),
        platform("A", &["Sentinel (1, 2, 3, 5P)"]),
        platform("C", &["Sentinel (1, 2, 3)"]),
        platform("D", &["CLMS"]),
        platform("E", &[]),
    ];
    assert_eq!(sorted(&platforms, asc(DATA)), ["D", "B", "C", "A", "E"]);
    assert_eq!(sorted(&platforms, desc(DATA)), ["A", "B", "C", "D", "E"], "equal keys keep file order, empty last");
    assert_eq!(sorted(&platforms, None), ["B", "A", "C", "D", "E"]);
    assert_eq!(sorted(&platforms, asc(Column::Platform)), ["A", "B", "C", "D", "E"]);
    assert_eq!(sorted(&platforms, desc(Column::Platform)), ["E", "D", "C", "B", "A"]);
}

#[test]
fn sorts_encode_and_decode() {
    for column in [Column::Platform, DATA, Column::Facet(FacetKind::ProducedWorkflowType)] {
        for sort in [asc(column), desc(column)].into_iter().flatten() {
            assert_eq!(Sort::decode(&sort.encode()), Some(sort));
        }
    }
    assert_eq!(Sort::decode("platform"), asc(Column::Platform));
    assert_eq!(Sort::decode("platform:sideways"), None);
    assert_eq!(Sort::decode("nope:asc"), None);
}

/// The tables sort every platform once per sort and then keep the matching
/// ones in that order; with a stable sort that equals sorting the subset
/// (matching rows come in file order, as a bitset iterates them).
#[test]
fn filtering_the_sorted_list_equals_sorting_the_filtered_list() {
    let platforms = vec![
        platform("B", &["Sentinel-2"]),
        platform("A", &[]),
        platform("C", &["Sentinel-2"]),
        platform("D", &["Landsat-8"]),
        platform("E", &["sentinel-10"]),
    ];
    let subsets: [&[usize]; 4] = [&[0, 2, 4], &[1, 3], &[0, 1, 2, 4], &[]];
    for sort in [None, asc(DATA), desc(DATA), asc(Column::Platform)] {
        let mut all: Vec<usize> = (0..platforms.len()).collect();
        sort_rows(&platforms, &mut all, sort);
        for subset in subsets {
            let mut direct = subset.to_vec();
            sort_rows(&platforms, &mut direct, sort);
            let kept: Vec<usize> = all.iter().copied().filter(|at| subset.contains(at)).collect();
            assert_eq!(kept, direct, "{sort:?} {subset:?}");
        }
    }
}
