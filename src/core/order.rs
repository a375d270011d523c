//! The app's one sort: a stable merge sort of positions with a comparator
//! behind `&dyn`. Every `slice::sort_by` / `BTreeSet` over a new type is
//! another copy of std's sort in the WASM (about 3 KB each, issue #5), so the
//! core sorts through here instead.

use std::cmp::Ordering;

/// Sorts `positions` stably: equal elements keep their order.
pub fn sort_positions(positions: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    let len = positions.len();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            if let (Some(left), Some(right), Some(out)) =
                (positions.get(start..middle), positions.get(middle..end), merged.get_mut(start..end))
            {
                merge(left, right, out, cmp);
            }
            start = end;
        }
        positions.copy_from_slice(&merged);
        width *= 2;
    }
}

/// Merges two sorted runs into `out`; on ties the left run goes first.
fn merge(left: &[usize], right: &[usize], out: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    let (mut left, mut right) = (left.iter().peekable(), right.iter().peekable());
    for slot in out {
        let take_right = match (left.peek(), right.peek()) {
            (Some(&&l), Some(&&r)) => cmp(r, l) == Ordering::Less,
            (None, _) => true,
            (Some(_), None) => false,
        };
        let next = if take_right { right.next() } else { left.next() };
        *slot = next.copied().unwrap_or_default();
    }
}

/// `items` sorted stably by `cmp`.
pub fn sorted_by<T>(items: Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) -> Vec<T> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => cmp(x, y),
        _ => a.cmp(&b),
    });
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|at| slots.get_mut(at).and_then(Option::take)).collect()
}

/// `items` sorted by `cmp`, each run of equal elements kept once (the first).
pub fn sorted_unique_by<T>(items: Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) -> Vec<T> {
    let mut list = sorted_by(items, &cmp);
    list.dedup_by(|b, a| cmp(a, b) == Ordering::Equal);
    list
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
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std_and_is_stable() {
        // Pairs (key, original position): ties must keep their order.
        let mut seed = 7_u64;
        for len in [0, 1, 2, 3, 7, 16, 33, 100, 1_006] {
            let keys: Vec<u64> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    (seed >> 33) % 10
                })
                .collect();
            let mut ours: Vec<usize> = (0..len).collect();
            sort_positions(&mut ours, &|a, b| keys[a].cmp(&keys[b]));
            let mut std: Vec<usize> = (0..len).collect();
            std.sort_by_key(|&at| keys[at]);
            assert_eq!(ours, std, "length {len}");
        }
    }

    #[test]
    fn sorted_unique_keeps_the_first_of_equals() {
        let words = vec!["b", "A", "a", "c", "B"];
        let unique = sorted_unique_by(words, |x, y| x.to_lowercase().cmp(&y.to_lowercase()));
        assert_eq!(unique, ["A", "b", "c"]);
    }
}
