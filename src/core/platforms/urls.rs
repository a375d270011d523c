//! A platform list's URLs are relative to the file they are written in, as
//! `config.json`'s are: a site that serves its own `platforms.json` can
//! point logos and documentation links at its own copies with relative URLs
//! ("logos/deepesdl.webp", "../Platforms/DeepESDL"). Absolute URLs stay as
//! they are. Sources are absolute already (validation requires it).

use super::model::Platform;
use crate::core::url::resolve;

/// Every link of every platform resolved against `base`, the platform
/// list's own URL (absolute in the browser; relative to the page in the
/// prerender, where the list sits beside it).
pub fn resolve_urls(platforms: Vec<Platform>, base: &str) -> Vec<Platform> {
    let fix = |url: &mut String| *url = resolve(url, base);
    let fix_some = |url: &mut Option<String>| {
        if let Some(url) = url {
            *url = resolve(url, base);
        }
    };
    platforms
        .into_iter()
        .map(|mut p| {
            for url in [&mut p.logo_url, &mut p.docs_url, &mut p.homepage_url, &mut p.access_url] {
                fix_some(url);
            }
            p.links.iter_mut().for_each(|link| fix(&mut link.url));
            p.facts.iter_mut().flatten().flatten().for_each(|fact| fix_some(&mut fact.url));
            if let Some(access) = &mut p.access {
                for url in [&mut access.nor_url, &mut access.price_list_url, &mut access.sponsorship_url] {
                    fix_some(url);
                }
            }
            if let Some(support) = &mut p.support {
                fix_some(&mut support.forum_url);
                fix_some(&mut support.issues_url);
            }
            if let Some(publishing) = &mut p.publishing {
                fix_some(&mut publishing.url);
            }
            p
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::resolve_urls;
    use crate::core::date::Date;
    use crate::core::platforms::model::FacetKind;
    use crate::core::platforms::validate::parse_platforms;

    const FILE: &str = r##"{ "platforms": [{
        "id": "local", "name": "Local",
        "logoUrl": "logos/local.svg",
        "docsUrl": "../guide/local",
        "homepageUrl": "https://local.example.org/",
        "accessUrl": "/start",
        "links": [{ "label": "Pricing", "url": "pricing.html" }],
        "support": { "forumUrl": "forum/", "issuesUrl": "https://issues.example.org/" },
        "publishing": { "tool": "deep-code", "url": "#publishing" },
        "access": { "models": ["credits"], "norUrl": "nor/local" },
        "dataAccess": ["Sentinel"], "hardwareServices": ["GPU"], "compatibleWorkflows": ["Jupyter notebooks"],
        "developmentTools": ["Jupyter"], "supportedLanguages": ["Python"],
        "visualisationTools": [{ "name": "Viewer", "url": "viewer/" }], "producedWorkflowType": ["OGC API Processes"]
    }] }"##;

    #[test]
    fn relative_urls_resolve_against_the_file_and_absolute_ones_stay() {
        let today = Date::new(2026, 11, 28).unwrap_or(Date::LAST);
        let loaded = parse_platforms(FILE, today).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(loaded.issues, vec![]);
        let base = "https://docs.example.org/documentation/data/platforms.json";
        let platforms = resolve_urls(loaded.platforms, base);
        let p = platforms.first().unwrap_or_else(|| panic!("one platform"));
        assert_eq!(p.logo_url.as_deref(), Some("https://docs.example.org/documentation/data/logos/local.svg"));
        assert_eq!(p.docs_url.as_deref(), Some("https://docs.example.org/documentation/guide/local"));
        assert_eq!(p.homepage_url.as_deref(), Some("https://local.example.org/"));
        assert_eq!(p.access_url.as_deref(), Some("https://docs.example.org/start"));
        assert_eq!(
            p.links.first().map(|l| l.url.as_str()),
            Some("https://docs.example.org/documentation/data/pricing.html")
        );
        let support = p.support.as_ref().unwrap_or_else(|| panic!("support"));
        assert_eq!(support.forum_url.as_deref(), Some("https://docs.example.org/documentation/data/forum/"));
        assert_eq!(support.issues_url.as_deref(), Some("https://issues.example.org/"));
        let publishing = p.publishing.as_ref().and_then(|x| x.url.as_deref());
        assert_eq!(publishing, Some("https://docs.example.org/documentation/data/platforms.json#publishing"));
        let nor = p.access.as_ref().and_then(|a| a.nor_url.as_deref());
        assert_eq!(nor, Some("https://docs.example.org/documentation/data/nor/local"));
        let viewer = p.facts(FacetKind::VisualisationTools).first().and_then(|f| f.url.as_deref());
        assert_eq!(viewer, Some("https://docs.example.org/documentation/data/viewer/"));
    }

    /// The prerender's base: the page resolves what stays relative the same
    /// way (a bare fragment names the list itself, as it does live).
    #[test]
    fn beside_the_page_relative_urls_are_unchanged() {
        let today = Date::new(2026, 11, 28).unwrap_or(Date::LAST);
        let loaded = parse_platforms(FILE, today).unwrap_or_else(|e| panic!("{e}"));
        let mut expected = loaded.platforms.clone();
        if let Some(publishing) = expected.first_mut().and_then(|p| p.publishing.as_mut()) {
            publishing.url = Some("platforms.json#publishing".into());
        }
        assert_eq!(resolve_urls(loaded.platforms, "platforms.json"), expected);
    }
}
