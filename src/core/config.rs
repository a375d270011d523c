//! `config.json`: where the page finds its data.

use serde::Deserialize;

pub const DEFAULT_PLATFORMS_URL: &str = "platforms.json";
pub const DEFAULT_STAC_API_URL: &str = "https://eoapi.workspace.earthcode.eox.at/stac";
pub const DEFAULT_STATIC_CATALOG_URL: &str =
    "https://esa-earthcode.github.io/open-science-catalog-metadata/catalog.json";

/// Runtime configuration. URLs may be relative: the shell resolves them
/// against `config.json` (`Config::located`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Config {
    /// Empty: `config.json` names no list, so the one shipped with the
    /// element (`Shipped`), else `platforms.json` beside `config.json`.
    #[serde(default)]
    pub platforms_url: String,
    #[serde(default = "default_stac_api")]
    pub stac_api_url: String,
    #[serde(default = "default_static_catalog")]
    pub static_catalog_url: String,
    /// How long one catalog request may take, in milliseconds (100 to 120,000).
    #[serde(default = "default_timeout")]
    pub request_timeout_ms: u32,
    /// The catalog snapshot made at build time (`src/bin/catalog-snapshot.rs`;
    /// the build writes this key when it has one). Empty: no snapshot, the
    /// page waits for the live catalog.
    #[serde(default)]
    pub catalog_snapshot_url: String,
    /// Static catalog requests in flight at once (1 to 32).
    #[serde(default = "default_concurrency")]
    pub catalog_concurrency: u32,
    /// A fact whose sources were all checked longer ago than this many
    /// months is marked "possibly outdated" (1 to 1,200).
    #[serde(default = "default_fact_max_age")]
    pub fact_max_age_months: u32,
}

/// Measured (docs/BENCHMARKS.md, "Catalog at 100 ms per request"): more
/// requests in flight than this gained nothing over HTTP/1.1, where the
/// browser opens at most six connections to a host.
pub const DEFAULT_CATALOG_CONCURRENCY: u32 = 6;

fn default_concurrency() -> u32 {
    DEFAULT_CATALOG_CONCURRENCY
}

/// A year: the documentation's platform pages change about that often.
pub const DEFAULT_FACT_MAX_AGE_MONTHS: u32 = 12;

fn default_fact_max_age() -> u32 {
    DEFAULT_FACT_MAX_AGE_MONTHS
}

fn default_stac_api() -> String {
    DEFAULT_STAC_API_URL.into()
}

/// Ten seconds: a slow API still answers, a dead one is reported in time.
pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;

fn default_timeout() -> u32 {
    DEFAULT_TIMEOUT_MS
}

fn default_static_catalog() -> String {
    DEFAULT_STATIC_CATALOG_URL.into()
}

impl Default for Config {
    fn default() -> Self {
        Config {
            platforms_url: String::new(),
            stac_api_url: default_stac_api(),
            static_catalog_url: default_static_catalog(),
            request_timeout_ms: DEFAULT_TIMEOUT_MS,
            catalog_snapshot_url: String::new(),
            catalog_concurrency: DEFAULT_CATALOG_CONCURRENCY,
            fact_max_age_months: DEFAULT_FACT_MAX_AGE_MONTHS,
        }
    }
}

impl Config {
    /// Static catalog requests in flight at once.
    pub fn in_flight(&self) -> usize {
        usize::try_from(self.catalog_concurrency).unwrap_or(1)
    }

    pub fn timeout(&self) -> std::time::Duration {
        std::time::Duration::from_millis(u64::from(self.request_timeout_ms))
    }

    /// Parses `config.json`; missing keys take their defaults, unknown keys
    /// are ignored.
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        let config: Config = serde_json::from_str(text).map_err(|e| ConfigError(e.to_string()))?;
        Ok(Config {
            request_timeout_ms: config.request_timeout_ms.clamp(100, 120_000),
            catalog_concurrency: config.catalog_concurrency.clamp(1, 32),
            fact_max_age_months: config.fact_max_age_months.clamp(1, 1_200),
            ..config
        })
    }
}

/// `config.json` is not valid; says where (serde's line and column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError(String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "config.json is not valid: {}", self.0)
    }
}

/// Settings a host page gives directly (the element's attributes). Each one
/// present replaces the `config.json` value; blank ones are absent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overrides {
    pub platforms_url: Option<String>,
    pub stac_api_url: Option<String>,
    pub static_catalog_url: Option<String>,
}

impl Overrides {
    pub fn new(platforms_url: &str, stac_api_url: &str, static_catalog_url: &str) -> Self {
        let present = |value: &str| Some(value.trim().to_string()).filter(|v| !v.is_empty());
        Overrides {
            platforms_url: present(platforms_url),
            stac_api_url: present(stac_api_url),
            static_catalog_url: present(static_catalog_url),
        }
    }
}

/// The files shipped beside the element's module, located by the module
/// itself (`new URL("./platforms.json", import.meta.url)`), so they are found
/// after a bundler has moved and renamed them. Empty: not shipped / not given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shipped {
    pub platforms_url: String,
    pub catalog_snapshot_url: String,
}

impl Config {
    /// Every URL made absolute by `resolve` (against `config.json`); a file
    /// `config.json` does not name is the shipped one, if any, else
    /// `platforms.json` beside `config.json` (the snapshot: none).
    pub fn located(self, shipped: &Shipped, resolve: impl Fn(&str) -> String) -> Config {
        let file = |named: &str, shipped: &str, fallback: &str| match named.trim() {
            "" if !shipped.is_empty() => shipped.to_string(),
            "" if fallback.is_empty() => String::new(),
            "" => resolve(fallback),
            url => resolve(url),
        };
        Config {
            platforms_url: file(&self.platforms_url, &shipped.platforms_url, DEFAULT_PLATFORMS_URL),
            catalog_snapshot_url: file(&self.catalog_snapshot_url, &shipped.catalog_snapshot_url, ""),
            stac_api_url: resolve(&self.stac_api_url),
            static_catalog_url: resolve(&self.static_catalog_url),
            ..self
        }
    }

    /// This configuration with the host's settings applied.
    pub fn overridden(self, overrides: &Overrides) -> Config {
        let pick = |own: String, given: &Option<String>| given.clone().unwrap_or(own);
        Config {
            platforms_url: pick(self.platforms_url, &overrides.platforms_url),
            stac_api_url: pick(self.stac_api_url, &overrides.stac_api_url),
            static_catalog_url: pick(self.static_catalog_url, &overrides.static_catalog_url),
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_given_replace_the_file_and_blank_ones_do_not() {
        let overrides = Overrides::new(" ", "http://127.0.0.1:8081/", "");
        assert_eq!(overrides.platforms_url, None);
        let config = Config { request_timeout_ms: 500, ..Config::default() }.overridden(&overrides);
        assert_eq!(config.stac_api_url, "http://127.0.0.1:8081/");
        assert_eq!(config.platforms_url, "");
        assert_eq!(config.static_catalog_url, DEFAULT_STATIC_CATALOG_URL);
        assert_eq!(config.request_timeout_ms, 500);
    }

    fn at_the_file(url: &str) -> String {
        format!("https://host/explorer/{url}")
    }

    #[test]
    fn files_config_json_names_win_over_shipped_ones() {
        let shipped = Shipped {
            platforms_url: "https://host/assets/platforms-1a2b.json".into(),
            catalog_snapshot_url: "https://host/assets/catalog-snapshot-3c4d.json".into(),
        };
        let named = Config::parse(r#"{"platformsUrl": "mine.json", "catalogSnapshotUrl": "snap.json"}"#)
            .map(|c| c.located(&shipped, at_the_file));
        assert_eq!(named.as_ref().map(|c| c.platforms_url.as_str()), Ok("https://host/explorer/mine.json"));
        assert_eq!(named.as_ref().map(|c| c.catalog_snapshot_url.as_str()), Ok("https://host/explorer/snap.json"));
        let unnamed = Config::default().located(&shipped, at_the_file);
        assert_eq!(unnamed.platforms_url, shipped.platforms_url);
        assert_eq!(unnamed.catalog_snapshot_url, shipped.catalog_snapshot_url);
        assert_eq!(unnamed.stac_api_url, at_the_file(DEFAULT_STAC_API_URL));
    }

    #[test]
    fn without_shipped_files_the_list_is_beside_config_json_and_there_is_no_snapshot() {
        let config = Config::default().located(&Shipped::default(), at_the_file);
        assert_eq!(config.platforms_url, "https://host/explorer/platforms.json");
        assert_eq!(config.catalog_snapshot_url, "");
    }

    #[test]
    fn missing_keys_take_defaults() {
        assert_eq!(Config::parse("{}"), Ok(Config::default()));
        let config = Config::parse(r#"{"platformsUrl": "data/p.json", "other": 1}"#);
        assert_eq!(config.map(|c| c.platforms_url), Ok("data/p.json".to_string()));
    }

    #[test]
    fn the_timeout_is_bounded() {
        assert_eq!(Config::parse(r#"{"requestTimeoutMs": 5}"#).map(|c| c.request_timeout_ms), Ok(100));
        assert_eq!(Config::parse(r#"{"requestTimeoutMs": 2500}"#).map(|c| c.request_timeout_ms), Ok(2500));
        assert_eq!(Config::parse("{}").map(|c| c.request_timeout_ms), Ok(DEFAULT_TIMEOUT_MS));
    }

    #[test]
    fn the_fact_age_has_a_default_and_bounds() {
        assert_eq!(Config::parse("{}").map(|c| c.fact_max_age_months), Ok(12));
        assert_eq!(Config::parse(r#"{"factMaxAgeMonths": 6}"#).map(|c| c.fact_max_age_months), Ok(6));
        assert_eq!(Config::parse(r#"{"factMaxAgeMonths": 0}"#).map(|c| c.fact_max_age_months), Ok(1));
        assert!(Config::parse(r#"{"factMaxAgeMonths": "a year"}"#).is_err());
    }

    #[test]
    fn wrong_types_are_errors() {
        let error = Config::parse(r#"{"platformsUrl": 3}"#).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(error.starts_with("config.json is not valid"), "{error}");
        assert!(Config::parse("nope").is_err());
    }
}
