//! A platform's logo, or its initials when there is none or it fails to load.

use std::cell::RefCell;

use leptos::prelude::*;

use crate::core::platforms::model::Platform;

/// A platform's logo, or its initials when there is no logo or it fails to load.
#[component]
pub fn Logo(
    /// Whose logo.
    platform: Platform,
) -> impl IntoView {
    logo(&platform)
}

thread_local! {
    /// Logo URLs that failed to load on this page: shown as initials at
    /// once when their card comes back, without asking again.
    static FAILED_LOGOS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

pub fn logo(platform: &Platform) -> impl IntoView + use<> {
    let known_bad = |url: &String| FAILED_LOGOS.with(|failed| failed.borrow().contains(url));
    let failed = RwSignal::new(platform.logo_url.as_ref().is_none_or(known_bad));
    let initials = platform.initials();
    let name = platform.name.clone();
    let src = platform.logo_url.clone().unwrap_or_default();
    view! {
        <div class="logo">
            {move || {
                if failed.get() {
                    view! {
                        <span class="initials" role="img" aria-label=format!("{name} (logo unavailable)")>
                            {initials.clone()}
                        </span>
                    }
                        .into_any()
                } else {
                    let bad = src.clone();
                    view! {
                        <img
                            src=src.clone()
                            alt=format!("{name} logo")
                            width="180"
                            height="80"
                            loading="lazy"
                            decoding="async"
                            on:error=move |_| {
                                FAILED_LOGOS.with(|failed| failed.borrow_mut().push(bad.clone()));
                                // The card may show another platform by now.
                                let _ = failed.try_set(true);
                            }
                        />
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
