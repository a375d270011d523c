//! Property tests of the core (proptest): the URL codec round-trips, the
//! filters agree with their counts, sorting is a stable permutation, and
//! matching is deterministic.

use proptest::prelude::*;

use crate::core::catalog::record_match::{platforms_of, published_from};
use crate::core::catalog::stac::{Record, RecordKind, StacLink};
use crate::core::platforms::index::{tests::platform, PlatformIndex};
use crate::core::platforms::model::{FacetKind, Platform};
use crate::core::view::filter::{facet_counts, matches, Filters};
use crate::core::view::sort::{compare_lists, sort_rows, Column, Direction, Sort};
use crate::core::view::state::ViewState;
use crate::core::view::tables::TableId;
use crate::core::view::url_state::{decode, merge};

/// Written facts that overlap after normalisation, so filters bite.
const VOCABULARY: [&str; 10] =
    ["Sentinel (1, 2)", "Sentinel-2", "GPU", "GPUs", "Python", "R", "Dask Gateway", "SPOT 6/7", "Jupyter", "CLMS"];

fn any_kind() -> impl Strategy<Value = FacetKind> {
    proptest::sample::select(FacetKind::ALL.to_vec())
}

fn any_platforms() -> impl Strategy<Value = Vec<Platform>> {
    let facts = proptest::collection::vec((any_kind(), proptest::sample::subsequence(VOCABULARY.to_vec(), 0..4)), 0..5);
    proptest::collection::vec(facts, 0..12).prop_map(|all| {
        all.into_iter()
            .enumerate()
            .map(|(n, facts)| {
                let lists: Vec<(FacetKind, &[&str])> = facts.iter().map(|(k, v)| (*k, v.as_slice())).collect();
                platform(&format!("p{n}"), &lists)
            })
            .collect()
    })
}

fn any_filters() -> impl Strategy<Value = Filters> {
    let picks = proptest::collection::vec((any_kind(), proptest::sample::select(VOCABULARY.to_vec())), 0..4);
    (picks, proptest::sample::select(vec!["", "gpu", "sentinel 2", "python r", "zzz"])).prop_map(|(picks, query)| {
        let mut filters = Filters::default();
        filters.query = query.to_string();
        for (kind, label) in picks {
            for value in crate::core::platforms::normalise::expand(label) {
                filters.select(kind, &value);
            }
        }
        filters
    })
}

fn any_sort() -> impl Strategy<Value = Option<Sort>> {
    let columns: Vec<Column> =
        std::iter::once(Column::Platform).chain(FacetKind::ALL.into_iter().map(Column::Facet)).collect();
    proptest::option::of((proptest::sample::select(columns), any::<bool>()).prop_map(|(column, up)| Sort {
        column,
        direction: if up { Direction::Ascending } else { Direction::Descending },
    }))
}

fn any_view_state() -> impl Strategy<Value = ViewState> {
    let label = "[^\\s][^\\u0000]{0,12}"
        .prop_filter("has a key", |l: &String| !crate::core::platforms::normalise::key(l).is_empty() && l.trim() == l);
    let id = "[a-z0-9][a-z0-9-]{0,10}";
    (
        ".{0,16}",
        proptest::collection::vec((any_kind(), label), 0..5),
        any_sort(),
        any_sort(),
        proptest::option::of(id),
        proptest::collection::btree_set(id, 0..4),
        any::<bool>(),
    )
        .prop_map(|(query, picks, infrastructure, fair, platform, compare, comparing)| {
            let mut state = ViewState { platform, comparing, ..ViewState::default() };
            state.filters.query = query;
            for (kind, label) in picks {
                state.filters.select(kind, &label);
            }
            state.sorts[TableId::Infrastructure.index()] = infrastructure;
            state.sorts[TableId::Fair.index()] = fair;
            for id in compare {
                state.toggle_compare(&id);
            }
            state
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn url_state_round_trips(state in any_view_state(), prefix in proptest::sample::select(vec!["", "ecp-"])) {
        prop_assert_eq!(decode(&merge("?host=1", prefix, &state), prefix), state);
    }

    #[test]
    fn filtering_agrees_with_the_counts(platforms in any_platforms(), filters in any_filters()) {
        let index = PlatformIndex::new(platforms);
        let hits = matches(&index, &filters);
        prop_assert!(hits.iter().all(|p| p < index.len()), "a subset of the platforms");
        for kind in FacetKind::ALL {
            let counts = facet_counts(&index, &filters, kind);
            for (value, count) in index.values(kind).iter().zip(counts) {
                // The count of a value is what selecting only it in its facet would show.
                let mut only = filters.clone();
                for label in filters.selected(kind).values() {
                    only.deselect(kind, label);
                }
                only.select(kind, &value.label);
                prop_assert_eq!(count, matches(&index, &only).count(), "{:?} {}", kind, value.label);
            }
            // Every match has, in each facet with a selection, one of the selected values.
            for p in hits.iter() {
                let selected = filters.selected(kind);
                prop_assert!(selected.is_empty() || selected.keys().any(|k| index.value(kind, k).is_some_and(|v| v.members.contains(p))));
            }
        }
    }

    #[test]
    fn sorting_is_a_stable_permutation(platforms in any_platforms(), sort in any_sort()) {
        let mut rows: Vec<usize> = (0..platforms.len()).collect();
        sort_rows(&platforms, &mut rows, sort);
        let mut seen = rows.clone();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..platforms.len()).collect::<Vec<_>>(), "a permutation");
        if let Some(Sort { column, direction }) = sort {
            let key = |at: usize| -> Vec<String> {
                match column {
                    Column::Platform => vec![platforms[at].name.clone()],
                    Column::Facet(kind) => platforms[at].facts(kind).iter().map(|f| f.name.clone()).collect(),
                }
            };
            for pair in rows.windows(2) {
                let (a, b) = (key(pair[0]), key(pair[1]));
                if a.is_empty() || b.is_empty() {
                    prop_assert!(!a.is_empty() || b.is_empty(), "empty lists go last");
                    continue;
                }
                let order = compare_lists(&a, &b);
                let order = if direction == Direction::Ascending { order } else { order.reverse() };
                prop_assert!(order != std::cmp::Ordering::Greater, "in order");
                if order == std::cmp::Ordering::Equal {
                    prop_assert!(pair[0] < pair[1], "ties keep the file order");
                }
            }
        }
    }

    #[test]
    fn record_platforms_come_from_its_links_in_any_order(links in proptest::collection::vec((0usize..4, 0usize..4), 0..6), reverse in any::<bool>()) {
        let platforms = crate::core::platforms::validate::parse_platforms(include_str!("../../public/platforms.json"), crate::core::date::Date::LAST)
            .map(|l| l.platforms)
            .unwrap_or_default();
        let rels = ["application-originating-platform", "application-platform", "related", "via"];
        let hrefs = ["https://deep.earthsystemdatalab.net/hub/x", "https://pangeo.io", "https://workspace.cif.hub-otc.eox.at/",
            "https://editor.openeo.org/?server=https://openeofed.dataspace.copernicus.eu/openeo"];
        let mut record_links: Vec<StacLink> = links
            .iter()
            .map(|&(r, h)| StacLink { rel: rels[r].into(), href: hrefs[h].into(), ..StacLink::default() })
            .collect();
        let record = |links: Vec<StacLink>| Record {
            id: "w".into(), kind: RecordKind::Workflow, title: "W".into(), description: String::new(), keywords: vec![],
            themes: vec![], project: None, updated: None, workflow: None, products: vec![], experiments: vec![], links,
            properties: Default::default(),
        };
        let first = platforms_of(&record(record_links.clone()), &platforms);
        let ids = |m: &[crate::core::catalog::record_match::PlatformMatch]| m.iter().map(|m| m.platform).collect::<Vec<_>>();
        // A record names a platform when any one of its links does.
        let mut by_link: Vec<usize> = record_links
            .iter()
            .flat_map(|link| ids(&platforms_of(&record(vec![link.clone()]), &platforms)))
            .collect();
        by_link.sort_unstable();
        by_link.dedup();
        prop_assert_eq!(ids(&first), by_link, "the platforms of the record are those of its links");
        if reverse {
            record_links.reverse();
        }
        prop_assert_eq!(ids(&first), ids(&platforms_of(&record(record_links.clone()), &platforms)), "link order does not matter");
        let records = vec![record(record_links)];
        // A lone workflow is published from exactly the platforms it names.
        for p in 0..platforms.len() {
            let listed = published_from(p, &platforms, &records).workflows == [0];
            prop_assert_eq!(listed, ids(&first).contains(&p), "platform {}", p);
        }
    }
}

mod choose {
    use proptest::prelude::*;

    use super::{any_kind, any_platforms, VOCABULARY};
    use crate::core::platforms::index::PlatformIndex;
    use crate::core::platforms::model::{Access, AccessModel, Platform};
    use crate::core::view::choose::{rank, Fit, Need, Needs, Verdict};
    use crate::core::view::url_state::{decode, merge};

    /// Platforms with access models (or none) and, sometimes, a kind undocumented.
    fn any_index() -> impl Strategy<Value = (PlatformIndex, Vec<usize>)> {
        let extras = proptest::collection::vec(
            (
                proptest::option::of(proptest::sample::subsequence(AccessModel::ALL.to_vec(), 0..4)),
                proptest::option::of(any_kind()),
                0usize..4,
            ),
            12,
        );
        (any_platforms(), extras).prop_map(|(platforms, extras)| {
            let mut counts = Vec::new();
            let platforms: Vec<Platform> = platforms
                .into_iter()
                .zip(extras)
                .map(|(mut p, (models, hidden, published))| {
                    p.access = models.map(|models| Access { models, ..Access::default() });
                    if let Some(kind) = hidden {
                        p.facts[kind.index()] = None;
                    }
                    counts.push(published);
                    p
                })
                .collect();
            (PlatformIndex::new(platforms), counts)
        })
    }

    fn any_need() -> impl Strategy<Value = Need> {
        prop_oneof![
            (any_kind(), proptest::sample::select(VOCABULARY.to_vec()), any::<bool>())
                .prop_map(|(kind, label, must)| Need::facet(kind, label, must)),
            (proptest::sample::select(AccessModel::ALL.to_vec()), any::<bool>())
                .prop_map(|(m, must)| Need::access(m, must)),
            any::<bool>().prop_map(Need::examples),
        ]
    }

    fn any_needs() -> impl Strategy<Value = Vec<Need>> {
        proptest::collection::vec(any_need(), 0..8).prop_map(|list| {
            let mut needs = Needs::default();
            for need in list {
                needs.set(need);
            }
            needs.list().to_vec()
        })
    }

    fn met(fit: &Fit) -> Vec<bool> {
        fit.verdicts.iter().map(|v| *v == Verdict::Met).collect()
    }

    fn ids(index: &PlatformIndex, fits: &[Fit]) -> Vec<String> {
        fits.iter().filter_map(|f| index.platforms.get(f.position)).map(|p| p.id.clone()).collect()
    }

    proptest! {
        #[test]
        fn a_platform_meeting_more_never_ranks_below((index, counts) in any_index(), needs in any_needs(), known in any::<bool>()) {
            let published = known.then_some(counts.as_slice());
            let fits = rank(&index, &needs, published);
            prop_assert_eq!(fits.len(), index.len(), "every platform is listed");
            for (above, a) in fits.iter().enumerate() {
                for b in fits.iter().skip(above + 1) {
                    let (ma, mb) = (met(a), met(b));
                    let b_superset = ma.iter().zip(&mb).all(|(a, b)| !a || *b) && ma != mb;
                    prop_assert!(!b_superset, "{:?} meets more than {:?} but ranks below", b.position, a.position);
                }
            }
        }

        #[test]
        fn a_need_everyone_meets_changes_no_order((index, counts) in any_index(), needs in any_needs(), must in any::<bool>()) {
            let published = Some(counts.as_slice());
            let before = ids(&index, &rank(&index, &needs, published));
            // Examples every platform meets: every platform published something.
            let everyone: Vec<usize> = counts.iter().map(|c| c + 1).collect();
            let mut more = needs.clone();
            if more.iter().any(|n| *n == Need::examples(!must)) { return Ok(()); }
            more.push(Need::examples(must));
            let before_all = ids(&index, &rank(&index, &needs, Some(&everyone)));
            let after = ids(&index, &rank(&index, &more, Some(&everyone)));
            prop_assert_eq!(before_all, after);
            prop_assert_eq!(before.len(), index.len());
        }

        #[test]
        fn the_order_does_not_depend_on_the_input_order((index, counts) in any_index(), needs in any_needs(), seed in any::<u64>()) {
            let fits = rank(&index, &needs, Some(&counts));
            prop_assert_eq!(&fits, &rank(&index, &needs, Some(&counts)), "deterministic");
            // The same platforms, rotated: the same ids come out.
            let turn = if index.is_empty() { 0 } else { (seed as usize) % index.len() };
            let mut platforms = index.platforms.clone();
            platforms.rotate_left(turn);
            let mut turned_counts = counts.clone();
            turned_counts.rotate_left(turn);
            let turned = PlatformIndex::new(platforms);
            prop_assert_eq!(ids(&index, &fits), ids(&turned, &rank(&turned, &needs, Some(&turned_counts))));
        }

        #[test]
        fn needs_survive_the_url_and_junk_never_panics(needs in any_needs(), junk in proptest::collection::vec(".{0,12}", 0..20), prefix in proptest::sample::select(vec!["", "ecp-"])) {
            let mut state = crate::core::view::state::ViewState::default();
            for need in &needs {
                state.needs.set(need.clone());
            }
            let back = decode(&merge("", prefix, &state), prefix);
            prop_assert_eq!(back.needs.list(), state.needs.list());
            let query: Vec<String> = junk.iter().enumerate().map(|(n, j)| format!("{prefix}{}={j}", if n % 2 == 0 { "need" } else { "want" })).collect();
            let decoded = decode(&query.join("&"), prefix);
            prop_assert!(decoded.needs.list().len() <= junk.len());
        }
    }
}
