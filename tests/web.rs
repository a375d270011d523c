//! Browser tests: the real components mounted in headless Chromium through
//! wasm-bindgen-test-runner. Run: `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use earthcode_platforms::core::date::Date;
use earthcode_platforms::core::platforms::index::PlatformIndex;
use earthcode_platforms::core::platforms::validate::{parse_platforms, Loaded};
use earthcode_platforms::ui::page::ExplorerPage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn shipped() -> Loaded {
    parse_platforms(include_str!("../public/platforms.json"), Date::LAST).expect("the shipped list is valid")
}

/// Mounts the explorer on a fresh container with a clean URL.
fn mount(loaded: Loaded) -> (HtmlElement, leptos::mount::UnmountHandle<impl Mountable>) {
    let window = web_sys::window().expect("window");
    window
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?"))
        .expect("url");
    let document = window.document().expect("document");
    let container: HtmlElement = document.create_element("div").expect("div").unchecked_into();
    document.body().expect("body").append_child(&container).expect("append");
    let index = Arc::new(PlatformIndex::new(loaded.platforms));
    let issues = loaded.issues;
    let handle = leptos::mount::mount_to(
        container.clone(),
        move || view! { <ExplorerPage index=index.clone() issues=issues.clone() /> },
    );
    (container, handle)
}

fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.unchecked_into()).collect()
}

fn one(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector).expect("selector").unwrap_or_else(|| panic!("no {selector}")).unchecked_into()
}

fn visible_cards(root: &Element) -> Vec<String> {
    all(root, ".card").into_iter().filter(|c| !c.hidden()).filter_map(|c| c.get_attribute("data-platform")).collect()
}

fn rows(root: &Element, table: &str) -> Vec<String> {
    all(root, &format!("#{table} tbody tr"))
        .into_iter()
        .filter(|r| !r.hidden())
        .filter_map(|r| r.get_attribute("data-platform"))
        .collect()
}

fn status(root: &Element) -> String {
    one(root, "[role=status]").text_content().unwrap_or_default()
}

/// The address bar's query, once the explorer has written it (a task
/// after the next frame: two frames and a task are enough).
async fn search() -> String {
    next_frame().await;
    next_frame().await;
    sleep(0).await;
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().expect("window").request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn renders_every_platform_in_grid_and_both_tables() {
    let (root, handle) = mount(shipped());
    let ids = [
        "deepesdl",
        "edc-eoxhub",
        "pangeo-edc",
        "cdse-openeo",
        "cocalc-edc",
        "polar-tep-edc",
        "insula",
        "geohazards-tep",
    ];
    assert_eq!(visible_cards(&root), ids);
    assert_eq!(rows(&root, "infrastructure"), ids);
    assert_eq!(rows(&root, "fair"), ids);
    assert_eq!(status(&root), "Showing all 8 platforms");
    assert_eq!(all(&root, ".facet").len(), 8);
    assert!(all(&root, ".show-all").is_empty(), "eight platforms need no Show all");
    // Every card has the same summary lines, in the same order.
    for card in all(&root, ".card") {
        let card: web_sys::Element = card.unchecked_into();
        let lines = card.query_selector_all("[data-summary]").expect("q");
        let keys: Vec<String> = (0..lines.length())
            .filter_map(|i| lines.item(i))
            .filter_map(|n| n.unchecked_into::<web_sys::Element>().get_attribute("data-summary"))
            .collect();
        assert_eq!(keys, ["supportedLanguages", "features", "dataAccess", "access"]);
        assert!(card.query_selector(".badge[data-status]").expect("q").is_some(), "a status badge");
    }
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_facet_click_filters_grid_tables_count_and_url() {
    let (root, handle) = mount(shipped());
    one(&root, "[data-facet=supportedLanguages] input[data-value=R]").click();
    leptos::task::tick().await;
    assert_eq!(visible_cards(&root), ["cdse-openeo"]);
    assert_eq!(rows(&root, "infrastructure"), ["cdse-openeo"]);
    assert_eq!(rows(&root, "fair"), ["cdse-openeo"]);
    assert_eq!(status(&root), "Showing 1 of 8 platforms");
    assert_eq!(search().await, "?supportedLanguages=R");
    assert_eq!(all(&root, ".chip").len(), 1);

    // Disjunctive counts: the language facet still counts all its values.
    let python = one(&root, "[data-facet=supportedLanguages] input[data-value=Python]");
    let count = python.parent_element().expect("label").query_selector(".count").expect("q").expect("count");
    assert_eq!(count.text_content().as_deref(), Some("6"), "the six documented platforms name Python");

    one(&root, ".clear-all").click();
    leptos::task::tick().await;
    assert_eq!(visible_cards(&root).len(), 8);
    assert_eq!(search().await, "");
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_header_click_cycles_the_sort() {
    let (root, handle) = mount(shipped());
    let header = || one(&root, "#infrastructure th:first-child");
    one(&root, "#infrastructure button[data-column=platform]").click();
    leptos::task::tick().await;
    assert_eq!(header().get_attribute("aria-sort").as_deref(), Some("ascending"));
    assert_eq!(rows(&root, "infrastructure").first().map(String::as_str), Some("cdse-openeo"));
    assert_eq!(all(&root, "#infrastructure th[aria-sort]").len(), 1);
    assert_eq!(all(&root, "#fair th[aria-sort]").len(), 0, "tables sort independently");

    one(&root, "#infrastructure button[data-column=platform]").click();
    leptos::task::tick().await;
    assert_eq!(header().get_attribute("aria-sort").as_deref(), Some("descending"));
    assert_eq!(rows(&root, "infrastructure").first().map(String::as_str), Some("polar-tep-edc"));

    one(&root, "#infrastructure button[data-column=platform]").click();
    leptos::task::tick().await;
    assert_eq!(header().get_attribute("aria-sort"), None);
    assert_eq!(rows(&root, "infrastructure").first().map(String::as_str), Some("deepesdl"));
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_platform_link_opens_the_detail_and_back_returns() {
    let (root, handle) = mount(shipped());
    one(&root, "#card-deepesdl").click();
    leptos::task::tick().await;
    assert_eq!(one(&root, "#platform-detail-heading").text_content().as_deref(), Some("DeepESDL"));
    assert!(one(&root, ".explorer").hidden());
    assert_eq!(search().await, "?platform=deepesdl");
    let data = one(&root, ".detail dd[data-facet=dataAccess]").text_content().unwrap_or_default();
    assert!(data.contains("Proba-V"), "{data}");

    one(&root, ".detail .back").click();
    leptos::task::tick().await;
    assert!(root.query_selector(".detail").expect("q").is_none());
    assert!(!one(&root, ".explorer").hidden());
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_logo_that_cannot_load_becomes_an_initials_badge() {
    let text = include_str!("../public/platforms.json").replace(
        "https://esa-earthcode.github.io/documentation/img/platforms/platform_logos/deepesdl.webp",
        "/this-logo-does-not-exist.png",
    );
    let (root, handle) = mount(parse_platforms(&text, Date::LAST).expect("valid"));
    let badge = async {
        for _ in 0..100 {
            if let Ok(Some(badge)) = root.query_selector("[data-platform=deepesdl] .initials") {
                return Some(badge);
            }
            sleep(20).await;
        }
        None
    };
    let badge = badge.await.expect("the badge replaces the broken logo");
    assert_eq!(badge.text_content().as_deref(), Some("DE"));
    assert_eq!(badge.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(badge.get_attribute("aria-label").as_deref(), Some("DeepESDL (logo unavailable)"));
    drop(handle);
    root.remove();
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().expect("window").set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn compare_boxes_fill_the_tray_and_cap_at_three() {
    let (root, handle) = mount(shipped());
    for id in ["deepesdl", "cdse-openeo", "pangeo-edc"] {
        one(&root, &format!(".card[data-platform={id}] input[data-compare]")).click();
        leptos::task::tick().await;
    }
    let tray = one(&root, ".compare-tray").text_content().unwrap_or_default();
    assert!(tray.contains("3 of 3 picked: DeepESDL, CDSE OpenEO, Pangeo stack on EDC"), "{tray}");
    let fourth: web_sys::HtmlInputElement =
        one(&root, ".card[data-platform=edc-eoxhub] input[data-compare]").unchecked_into();
    assert!(fourth.disabled(), "a fourth pick is refused");
    let row: web_sys::HtmlInputElement =
        one(&root, "#fair tr[data-platform=cdse-openeo] input[data-compare]").unchecked_into();
    assert!(row.checked(), "the table row shows the same pick");
    assert_eq!(search().await, "?compare=deepesdl&compare=cdse-openeo&compare=pangeo-edc");
    drop(handle);
    root.remove();
}

/// The shipped list repeated under new ids: `count` platforms.
fn many(count: usize) -> Loaded {
    let base = shipped().platforms;
    let platforms = (0..count)
        .filter_map(|n| {
            let mut p = base.get(n % base.len())?.clone();
            p.id = format!("{}-{n}", p.id);
            p.name = format!("{} {n}", p.name);
            Some(p)
        })
        .collect();
    Loaded { platforms, issues: Vec::new() }
}

#[wasm_bindgen_test]
async fn long_lists_render_a_page_and_show_all_on_request() {
    use earthcode_platforms::core::view::show_all::{GRID_FIRST, TABLE_FIRST};
    let (root, handle) = mount(many(60));
    assert_eq!(status(&root), "Showing all 60 platforms");
    assert_eq!(visible_cards(&root).len(), GRID_FIRST);
    assert_eq!(rows(&root, "infrastructure").len(), TABLE_FIRST);
    assert_eq!(rows(&root, "fair").len(), TABLE_FIRST);
    let buttons = all(&root, ".show-all button");
    assert_eq!(buttons.len(), 3);
    let grid = one(&root, ".show-all button[aria-controls=logo-grid]");
    assert_eq!(grid.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(grid.text_content().unwrap_or_default().starts_with("Show all 60 platforms"));
    grid.click();
    leptos::task::tick().await;
    assert_eq!(visible_cards(&root).len(), 60);
    assert_eq!(grid.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(grid.text_content().unwrap_or_default().starts_with("Show fewer"));
    assert_eq!(rows(&root, "fair").len(), TABLE_FIRST, "each list has its own button");
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn picks_survive_rows_being_removed_and_recreated() {
    let (root, handle) = mount(many(60));
    one(&root, ".card[data-platform=deepesdl-0] input[data-compare]").click();
    leptos::task::tick().await;
    let input: web_sys::HtmlInputElement = one(&root, "#platform-search").unchecked_into();
    for text in ["zzz-nothing", "", "pangeo", ""] {
        input.set_value(text);
        input.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
        leptos::task::tick().await;
        sleep(0).await;
    }
    let row: web_sys::HtmlInputElement =
        one(&root, "#fair tr[data-platform=deepesdl-0] input[data-compare]").unchecked_into();
    assert!(row.checked(), "a re-created row shows the pick");
    one(&root, "#fair tr[data-platform=deepesdl-0] input[data-compare]").click();
    leptos::task::tick().await;
    sleep(0).await;
    let card: web_sys::HtmlInputElement =
        one(&root, ".card[data-platform=deepesdl-0] input[data-compare]").unchecked_into();
    assert!(!card.checked(), "unpicked from the row, unpicked on the card");
    drop(handle);
    root.remove();
}

/// Rows and cards come and go with every filter change; each registers with
/// a `Fanout` and must unregister when it goes (see `ui::lists::fanout`:
/// a slot that read a long-lived signal would leave a subscriber behind).
#[wasm_bindgen_test]
async fn slots_leave_no_watchers_behind() {
    use earthcode_platforms::ui::lists::fanout::live_watchers;
    let before = live_watchers();
    let (root, handle) = mount(many(60));
    let input: web_sys::HtmlInputElement = one(&root, "#platform-search").unchecked_into();
    let type_text = |text: &str| {
        input.set_value(text);
        input.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
    };
    let shown = live_watchers();
    assert!(shown > before, "the page's slots are registered ({before} → {shown})");
    for cycle in 0..20 {
        type_text("zzz-nothing");
        leptos::task::tick().await;
        assert!(visible_cards(&root).is_empty(), "cycle {cycle}: the filter removes every card");
        assert!(live_watchers() < shown, "cycle {cycle}: removed slots unregister");
        type_text("");
        leptos::task::tick().await;
        assert_eq!(visible_cards(&root).len(), 24, "cycle {cycle}: clearing brings the first cards back");
        assert_eq!(live_watchers(), shown, "cycle {cycle}: as many watchers as slots, not more");
    }
    drop(handle);
    root.remove();
    assert_eq!(live_watchers(), before, "unmounting unregisters every slot");
}

#[wasm_bindgen_test]
async fn the_chooser_ranks_on_a_ticked_need_and_writes_it_to_the_url() {
    let (root, handle) = mount(shipped());
    one(&root, ".chooser-link a").click();
    leptos::task::tick().await;
    assert!(one(&root, ".explorer").hidden());
    assert_eq!(search().await, "?view=choose");
    let r = all(&root, "fieldset[data-need=supportedLanguages] li.need > label:first-child")
        .into_iter()
        .find(|label| label.text_content().unwrap_or_default().trim() == "R")
        .expect("R is a choice");
    one(&r, "input").click();
    leptos::task::tick().await;
    let status = one(&root, ".chooser-status").text_content().unwrap_or_default();
    assert_eq!(status, "Best fit: CDSE OpenEO. 1 of 8 platforms meet every must have.");
    let ranked: Vec<String> =
        all(&root, ".chooser li.fit").into_iter().filter_map(|li| li.get_attribute("data-platform")).collect();
    assert_eq!(ranked.len(), 8);
    assert_eq!(ranked.first().map(String::as_str), Some("cdse-openeo"));
    assert_eq!(search().await, "?need=supportedLanguages:R&view=choose");
    one(&root, ".chooser .back").click();
    leptos::task::tick().await;
    assert!(root.query_selector(".chooser").expect("q").is_none());
    drop(handle);
    root.remove();
}

/// Types `text` into the search box as one input event.
fn type_search(root: &Element, text: &str) {
    let input: web_sys::HtmlInputElement = one(root, "#platform-search").unchecked_into();
    input.set_value(text);
    input.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
}

/// At 8 platforms every card and row fits the first page, so each platform
/// keeps its own: a filter hides the others, and clearing it shows the same
/// elements again instead of building new ones (issue #16).
#[wasm_bindgen_test]
async fn short_lists_hide_what_does_not_match_and_bring_back_the_same_elements() {
    let (root, handle) = mount(shipped());
    let cards = all(&root, ".card");
    let rows_before = all(&root, "#fair tbody tr");
    assert_eq!(cards.len(), 8);
    type_search(&root, "openeo");
    leptos::task::tick().await;
    assert_eq!(visible_cards(&root), ["cdse-openeo"]);
    assert_eq!(rows(&root, "fair"), ["cdse-openeo"]);
    assert_eq!(all(&root, ".card").len(), 8, "the other cards are hidden, not removed");
    assert_eq!(all(&root, ".card[hidden]").len(), 7);
    type_search(&root, "");
    leptos::task::tick().await;
    assert_eq!(visible_cards(&root).len(), 8);
    let again = all(&root, ".card");
    assert!(cards.iter().zip(&again).all(|(a, b)| a.is_same_node(Some(b))), "the same card elements, in order");
    let rows_again = all(&root, "#fair tbody tr");
    assert!(rows_before.iter().zip(&rows_again).all(|(a, b)| a.is_same_node(Some(b))), "the same rows");
    // A sort moves the rows it keeps; hidden ones stay hidden.
    one(&root, "[data-facet=supportedLanguages] input[data-value=R]").click();
    leptos::task::tick().await;
    one(&root, "#fair button.sort[data-column=platform]").click();
    leptos::task::tick().await;
    assert_eq!(rows(&root, "fair"), ["cdse-openeo"]);
    one(&root, ".clear-all").click();
    leptos::task::tick().await;
    assert_eq!(rows(&root, "fair").len(), 8);
    assert_eq!(all(&root, "#fair tbody tr").len(), 8, "still one row per platform after sorting");
    let names: Vec<String> = all(&root, "#fair tbody tr th a").into_iter().filter_map(|a| a.text_content()).collect();
    let in_order = names
        .windows(2)
        .all(|w| earthcode_platforms::core::order::natural_cmp(&w[0], &w[1]) != std::cmp::Ordering::Greater);
    assert!(in_order, "the rows moved into name order: {names:?}");
    drop(handle);
    root.remove();
}

/// Search keystrokes write the address bar once typing pauses, not once per
/// keystroke; a click right after typing keeps the typed text in the entry
/// Back returns to.
#[wasm_bindgen_test]
async fn a_search_is_written_to_the_address_once_typing_pauses() {
    let location = || web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let (root, handle) = mount(shipped());
    for text in ["op", "open", "openeo"] {
        type_search(&root, text);
        leptos::task::tick().await;
        next_frame().await;
        sleep(0).await;
    }
    assert_eq!(status(&root), "Showing 1 of 8 platforms");
    assert_eq!(location(), "", "not written while typing");
    sleep(400).await;
    assert_eq!(location(), "?q=openeo", "written once typing paused");

    type_search(&root, "python");
    one(&root, "[data-facet=supportedLanguages] input[data-value=R]").click();
    leptos::task::tick().await;
    assert_eq!(search().await, "?q=python&supportedLanguages=R");
    web_sys::window().expect("window").history().expect("history").back().expect("back");
    // Back is asynchronous: wait for it (at most 2 s) before the next test runs.
    for _ in 0..100 {
        if location() != "?q=python&supportedLanguages=R" {
            break;
        }
        sleep(20).await;
    }
    assert_eq!(location(), "?q=python", "Back returns to the typed text");
    leptos::task::tick().await;
    assert_eq!(status(&root), "Showing 6 of 8 platforms", "and shows the search without the filter");
    drop(handle);
    root.remove();
}
