//! The root component: loads the configuration and the platform list, then
//! shows the explorer, or a clear error with Retry.

use leptos::prelude::*;

use super::explorer::ExplorerPage;
use crate::api::{load_config, load_platforms, LoadError};
use crate::core::config::Config;
use crate::core::validate::Loaded;

async fn load() -> Result<(Config, Loaded), LoadError> {
    let config = load_config("config.json").await?;
    let loaded = load_platforms(&config.platforms_url).await?;
    Ok((config, loaded))
}

#[component]
pub fn App() -> impl IntoView {
    let data = LocalResource::new(load);
    view! {
        <main id="main">
            <Suspense fallback=|| view! { <p class="loading" role="status">"Loading platforms…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok((config, loaded)) => view! { <ExplorerPage loaded config /> }.into_any(),
                        Err(error) => view! {
                            <div class="load-error" role="alert">
                                <h1>"The platform list could not be loaded"</h1>
                                <p>{error.to_string()}</p>
                                <button type="button" class="button" on:click=move |_| data.refetch()>"Retry"</button>
                            </div>
                        }
                        .into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}
