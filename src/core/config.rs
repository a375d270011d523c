//! `config.json`: where the page finds its data.

use serde::Deserialize;

pub const DEFAULT_PLATFORMS_URL: &str = "platforms.json";
pub const DEFAULT_STAC_API_URL: &str = "https://eoapi.workspace.earthcode.eox.at/stac";
pub const DEFAULT_STATIC_CATALOG_URL: &str =
    "https://esa-earthcode.github.io/open-science-catalog-metadata/catalog.json";

/// Runtime configuration. URLs may be relative: the shell resolves them
/// against the page.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Config {
    #[serde(default = "default_platforms")]
    pub platforms_url: String,
    #[serde(default = "default_stac_api")]
    pub stac_api_url: String,
    #[serde(default = "default_static_catalog")]
    pub static_catalog_url: String,
}

fn default_platforms() -> String {
    DEFAULT_PLATFORMS_URL.into()
}

fn default_stac_api() -> String {
    DEFAULT_STAC_API_URL.into()
}

fn default_static_catalog() -> String {
    DEFAULT_STATIC_CATALOG_URL.into()
}

impl Default for Config {
    fn default() -> Self {
        Config {
            platforms_url: default_platforms(),
            stac_api_url: default_stac_api(),
            static_catalog_url: default_static_catalog(),
        }
    }
}

impl Config {
    /// Parses `config.json`; missing keys take their defaults, unknown keys
    /// are ignored.
    pub fn parse(text: &str) -> Result<Config, String> {
        serde_json::from_str(text).map_err(|e| format!("config.json is not valid: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_keys_take_defaults() {
        assert_eq!(Config::parse("{}"), Ok(Config::default()));
        let config = Config::parse(r#"{"platformsUrl": "data/p.json", "other": 1}"#);
        assert_eq!(config.map(|c| c.platforms_url), Ok("data/p.json".to_string()));
    }

    #[test]
    fn wrong_types_are_errors() {
        let error = Config::parse(r#"{"platformsUrl": 3}"#).err().unwrap_or_default();
        assert!(error.starts_with("config.json is not valid"), "{error}");
        assert!(Config::parse("nope").is_err());
    }
}
