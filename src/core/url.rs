//! Reference resolution (RFC 3986, section 5.2): a URL that a data file
//! gives relative to itself, made relative to nothing (or, for a relative
//! base, to what the base is relative to). The browser's `URL` does the
//! same; this one also runs natively, in the prerender.

/// A URL's five parts; `path` may be empty.
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

fn is_scheme(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

fn split(url: &str) -> Parts<'_> {
    let (rest, fragment) = url.split_once('#').map_or((url, None), |(r, f)| (r, Some(f)));
    let (rest, query) = rest.split_once('?').map_or((rest, None), |(r, q)| (r, Some(q)));
    let (scheme, rest) = match rest.split_once(':') {
        Some((scheme, after)) if is_scheme(scheme) => (Some(scheme), after),
        _ => (None, rest),
    };
    let (authority, path) = match rest.strip_prefix("//") {
        Some(after) => {
            let end = after.find('/').unwrap_or(after.len());
            (Some(after.get(..end).unwrap_or_default()), after.get(end..).unwrap_or_default())
        }
        None => (None, rest),
    };
    Parts { scheme, authority, path, query, fragment }
}

/// Removes `.` and `..` segments from an absolute path ("/a/b/../c" → "/a/c").
fn remove_dots(path: &str) -> String {
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let last = segments.len().saturating_sub(1);
    let mut out: Vec<&str> = Vec::new();
    for (at, segment) in segments.into_iter().enumerate() {
        match segment {
            "." | ".." => {
                if segment == ".." {
                    out.pop();
                }
                if at == last {
                    out.push("");
                }
            }
            other => out.push(other),
        }
    }
    format!("/{}", out.join("/"))
}

/// `reference` resolved against `base`. An absolute reference is returned
/// as written. A relative base keeps the result relative (its dot segments
/// are left for whoever resolves it next), so a file beside the page gives
/// the same URLs as the page would.
pub fn resolve(reference: &str, base: &str) -> String {
    let reference = reference.trim();
    let r = split(reference);
    if r.scheme.is_some() {
        return reference.to_string();
    }
    let b = split(base.trim());
    let rooted = b.scheme.is_some() || b.authority.is_some() || b.path.starts_with('/');
    let tidy = |path: String| if rooted && path.starts_with('/') { remove_dots(&path) } else { path };
    let (authority, path, query) = if r.authority.is_some() {
        (r.authority, tidy(r.path.to_string()), r.query)
    } else if r.path.is_empty() {
        (b.authority, b.path.to_string(), r.query.or(b.query))
    } else if r.path.starts_with('/') {
        (b.authority, tidy(r.path.to_string()), r.query)
    } else {
        let merged = match b.path.rfind('/') {
            Some(at) => format!("{}{}", b.path.get(..=at).unwrap_or_default(), r.path),
            None if b.authority.is_some() => format!("/{}", r.path),
            None => r.path.to_string(),
        };
        (b.authority, tidy(merged), r.query)
    };
    let mut out = String::with_capacity(base.len() + reference.len());
    if let Some(scheme) = b.scheme {
        out.push_str(scheme);
        out.push(':');
    }
    if let Some(authority) = authority {
        out.push_str("//");
        out.push_str(authority);
    }
    out.push_str(&path);
    for (mark, part) in [('?', query), ('#', r.fragment)] {
        if let Some(part) = part {
            out.push(mark);
            out.push_str(part);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::resolve;

    /// RFC 3986, 5.4.1 and 5.4.2.
    #[test]
    fn the_rfc_examples_resolve() {
        let base = "http://a/b/c/d;p?q";
        let cases = [
            ("g:h", "g:h"),
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"),
            ("g;x", "http://a/b/c/g;x"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            ("./../g", "http://a/b/g"),
            ("g/../h", "http://a/b/c/h"),
        ];
        for (reference, expected) in cases {
            assert_eq!(resolve(reference, base), expected, "{reference}");
        }
    }

    #[test]
    fn data_files_resolve_their_urls_against_themselves() {
        let file = "https://example.org/docs/explorer/platforms.json";
        assert_eq!(resolve("logos/a.svg", file), "https://example.org/docs/explorer/logos/a.svg");
        assert_eq!(resolve("../Platforms/DeepESDL", file), "https://example.org/docs/Platforms/DeepESDL");
        assert_eq!(resolve("/documentation/x", file), "https://example.org/documentation/x");
        assert_eq!(resolve("https://other.org/a.png", file), "https://other.org/a.png");
        assert_eq!(resolve("HTTPS://other.org/a.png", file), "HTTPS://other.org/a.png");
        assert_eq!(resolve("  logos/a.svg ", file), "https://example.org/docs/explorer/logos/a.svg");
        assert_eq!(resolve("a", "https://example.org"), "https://example.org/a");
    }

    /// The prerender's base is the file beside the page: the page resolves the rest.
    #[test]
    fn a_relative_base_keeps_urls_relative() {
        assert_eq!(resolve("logos/a.svg", "platforms.json"), "logos/a.svg");
        assert_eq!(resolve("../a", "platforms.json"), "../a");
        assert_eq!(resolve("logos/a.svg", "data/platforms.json"), "data/logos/a.svg");
        assert_eq!(resolve("../a", "data/platforms.json"), "data/../a");
        assert_eq!(resolve("/x/../y", "platforms.json"), "/x/../y");
        assert_eq!(resolve("/x/../y", "/data/platforms.json"), "/y");
        assert_eq!(resolve("https://a.org/x", "platforms.json"), "https://a.org/x");
    }
}
