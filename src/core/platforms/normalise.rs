//! Facet value normalisation.
//!
//! The documentation writes facts compactly ("Sentinel (1, 2, 3, 5P)",
//! "SPOT 6/7", "GPUs"). A scientist filters by single values ("Sentinel-2",
//! "SPOT-6", "GPU"). [`expand`] turns one written fact into the values it
//! stands for and [`key`] gives the comparison key that makes spelling
//! variants ("Sentinel 2", "sentinel-2") the same value.

/// The values one written fact stands for, as display labels.
///
/// ```
/// use earthcode_platforms::core::platforms::normalise::expand;
/// assert_eq!(expand("Sentinel (1, 2, 5P)"), ["Sentinel-1", "Sentinel-2", "Sentinel-5P"]);
/// assert_eq!(expand("CBERS-3/4"), ["CBERS-3", "CBERS-4"]);
/// assert_eq!(expand("GPUs"), ["GPU"]);
/// ```
pub fn expand(raw: &str) -> Vec<String> {
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Vec::new();
    }
    if let Some(values) = expand_parenthesised(&text).or_else(|| expand_slashed(&text)) {
        return values;
    }
    vec![singular_acronyms(&text)]
}

/// The comparison key of a value: lower case, letters and digits only.
pub fn key(value: &str) -> String {
    singular_acronyms(value).chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// A short variant token such as "2", "5P" or "16".
fn is_variant(token: &str) -> bool {
    let len = token.chars().count();
    (1..=4).contains(&len)
        && token.chars().all(|c| c.is_ascii_alphanumeric())
        && token.chars().next().is_some_and(|c| c.is_ascii_digit())
}

fn join(base: &str, variants: &[&str]) -> Vec<String> {
    variants.iter().map(|variant| format!("{base}-{variant}")).collect()
}

/// "Sentinel (1, 2, 3, 5P)" and "SPOT (4/5)".
fn expand_parenthesised(text: &str) -> Option<Vec<String>> {
    let inner = text.strip_suffix(')')?;
    let (base, list) = inner.split_once('(')?;
    let base = base.trim_end();
    let variants: Vec<&str> = list.split([',', '/']).map(str::trim).collect();
    (!base.is_empty() && variants.iter().all(|v| is_variant(v))).then(|| join(base, &variants))
}

/// "SPOT 6/7", "CBERS-3/4" and "GOES-16/17".
fn expand_slashed(text: &str) -> Option<Vec<String>> {
    let cut = text.rfind([' ', '-'])?;
    let (base, rest) = (text.get(..cut)?, text.get(cut + 1..)?);
    if !rest.contains('/') || base.is_empty() {
        return None;
    }
    let variants: Vec<&str> = rest.split('/').collect();
    variants.iter().all(|v| is_variant(v)).then(|| join(base, &variants))
}

/// "GPUs" → "GPU": an upper-case acronym with a plural "s".
fn singular_acronyms(text: &str) -> String {
    text.split(' ')
        .map(|word| match word.strip_suffix('s') {
            Some(stem) if stem.chars().count() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()) => stem,
            _ => word,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parenthesised_lists_expand() {
        assert_eq!(expand("Sentinel (1, 2, 3, 5P)"), ["Sentinel-1", "Sentinel-2", "Sentinel-3", "Sentinel-5P"]);
        assert_eq!(expand("SPOT (4/5)"), ["SPOT-4", "SPOT-5"]);
        assert_eq!(expand("Sentinel (1, 2, 3)"), ["Sentinel-1", "Sentinel-2", "Sentinel-3"]);
    }

    #[test]
    fn slashed_variants_expand() {
        assert_eq!(expand("SPOT 6/7"), ["SPOT-6", "SPOT-7"]);
        assert_eq!(expand("CBERS-3/4"), ["CBERS-3", "CBERS-4"]);
        assert_eq!(expand("GOES-16/17"), ["GOES-16", "GOES-17"]);
    }

    #[test]
    fn ordinary_values_stay_whole() {
        assert_eq!(expand("Landsat-8"), ["Landsat-8"]);
        assert_eq!(expand("OGC API Processes"), ["OGC API Processes"]);
        assert_eq!(expand("Pangeo (via EDC)"), ["Pangeo (via EDC)"]);
        assert_eq!(expand("Input/Output tools"), ["Input/Output tools"]);
        assert_eq!(expand("  Dask   Gateway "), ["Dask Gateway"]);
        assert!(expand("   ").is_empty());
    }

    #[test]
    fn acronym_plurals_are_singular() {
        assert_eq!(expand("GPUs"), ["GPU"]);
        assert_eq!(expand("Jupyter notebooks"), ["Jupyter notebooks"]);
        assert_eq!(key("GPUs"), key("GPU"));
        assert_ne!(key("Processes"), key("Processe"));
    }

    #[test]
    fn spelling_variants_share_a_key() {
        assert_eq!(key("Sentinel-2"), "sentinel2");
        assert_eq!(key("sentinel 2"), key("Sentinel-2"));
        assert_eq!(key("SENTINEL2"), key("Sentinel-2"));
        assert_ne!(key("Sentinel-2"), key("Sentinel-3"));
    }

    #[test]
    fn an_expanded_value_meets_its_single_spelling() {
        let expanded: Vec<String> = expand("Sentinel (1, 2, 3)").iter().map(|v| key(v)).collect();
        assert!(expanded.contains(&key("Sentinel-2")));
        assert!(!expanded.contains(&key("Sentinel-5P")));
    }
}
