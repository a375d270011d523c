//! The documentation page's prose, in our own words, with its links.

use leptos::prelude::*;

/// Title, introduction (then `children`: the chooser's link) and the access
/// and sponsorship note.
#[component]
pub fn Intro(children: Children) -> impl IntoView {
    view! {
        <header class="page-header">
            <h1>"Working with Platforms"</h1>
            <p class="lead">
                "EarthCODE works with a growing set of cloud platforms that give Earth-observation scientists data, "
                "development tools and compute, all with FAIR publishing to the Open Science Catalog built in. "
                "Filter by what your work needs, compare capabilities, and open a platform to see everything it offers."
            </p>
            {children()}
            <aside class="note" aria-labelledby="access-heading">
                <h2 id="access-heading">"Access and sponsorship"</h2>
                <ul>
                    <li>"Already have an account on a platform? You can pay for your own usage."</li>
                    <li>
                        "Otherwise, request sponsored resources through ESA's "
                        <a href="https://nor-discover.org/">"Network of Resources (NoR)"</a> "."
                    </li>
                    <li>
                        "The "
                        <a href="https://esa-earthcode.github.io/documentation/Training%20and%20Resources/NoR">"NoR tutorial"</a>
                        " walks through an application step by step."
                    </li>
                </ul>
            </aside>
        </header>
    }
}

/// "Choosing tools and platforms": what the platforms share and where they differ.
#[component]
pub fn Choosing() -> impl IntoView {
    view! {
        <section class="prose" aria-labelledby="choosing-heading">
            <h2 id="choosing-heading">"Choosing tools and platforms"</h2>
            <p>
                "One EarthCODE account signs you in everywhere: the EarthCODE Portal, the EarthCODE Forum, every integrated "
                "platform and the Open Science Catalog. Every integrated platform can be sponsored through NoR and comes with "
                "tooling that publishes your work to the Open Science Catalog; several run more than one kind of workflow, so "
                "work can move between them."
            </p>
            <p>"Where they differ:"</p>
            <ul>
                <li>"which data they hold and how you reach it;"</li>
                <li>"how you develop workflows;"</li>
                <li>"specialised hardware and infrastructure;"</li>
                <li>"visualisation tools."</li>
            </ul>
            <p>
                "For worked examples, see "
                <a href="https://esa-earthcode.github.io/documentation/Getting%20started%20with%20EarthCODE/10%20minutes%20to%20EarthCODE">
                    "10 Minutes to EarthCODE"
                </a> "."
            </p>
        </section>
    }
}

/// "Accessing data" and "Developing and publishing workflows", with tutorials.
#[component]
pub fn DataAndWorkflows() -> impl IntoView {
    view! {
        <section class="prose" aria-labelledby="data-heading">
            <h2 id="data-heading">"Accessing data on EarthCODE"</h2>
            <p>
                "Finding data and using it are two steps. First search the Open Science Catalog: each result is a STAC "
                "record with metadata and a link to the data. Then read the data itself, ideally from a platform next to "
                "it when it is in a cloud-optimised format."
            </p>
            <ul>
                <li>
                    <a href="https://esa-earthcode.github.io/tutorials/prr-stac-download-example/">"Tutorial: find and access data"</a>
                </li>
                <li>
                    <a href="https://esa-earthcode.github.io/tutorials/stac-and-data-access/">"Tutorial: the catalog from Pangeo"</a>
                </li>
            </ul>
        </section>
        <section class="prose" aria-labelledby="workflows-heading">
            <h2 id="workflows-heading">"Developing and publishing workflows"</h2>
            <p>
                "The integrated platforms let you build, test and publish workflows as reproducible experiments: code, "
                "inputs and configuration packaged together as one FAIR research object that runs on your machine or "
                "anywhere in EarthCODE."
            </p>
            <ul>
                <li><a href="https://esa-earthcode.github.io/tutorials/workflow/">"Tutorial: openEO workflows"</a></li>
                <li>
                    <a href="https://esa-earthcode.github.io/tutorials/pangeo-on-earthcode/">"Tutorial: an analysis on Pangeo"</a>
                </li>
                <li>
                    <a href="https://esa-earthcode.github.io/tutorials/publish-pangeo/">"Tutorial: publish a data cube and its workflow"</a>
                </li>
            </ul>
        </section>
    }
}

/// The release this page was built from (Cargo.toml's version, the one
/// place it is written); the element reports it as its `version` property.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The page's footer: the explorer's name and version.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="page-footer">
            "EarthCODE Platform Explorer " <span class="version">{VERSION}</span>
        </footer>
    }
}
