//! Record descriptions are Markdown from the catalog, which we do not
//! control. They are rendered with pulldown-cmark; raw HTML in them is
//! shown as text, links keep only http(s) and relative targets, and images
//! become their alt text. The output holds only tags pulldown-cmark writes.

use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};

use super::validate::safe_url;

/// Markdown → safe HTML.
pub fn to_safe_html(markdown: &str) -> String {
    let mut open_links: Vec<bool> = Vec::new();
    let events =
        Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).filter_map(|event| {
            match event {
                Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
                Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                    let safe = safe_url(&dest_url).is_some();
                    open_links.push(safe);
                    safe.then_some(Event::Start(Tag::Link { link_type, dest_url, title, id }))
                }
                Event::End(TagEnd::Link) => open_links.pop().unwrap_or(false).then_some(Event::End(TagEnd::Link)),
                // The alt text between these stays, as text.
                Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
                other => Some(other),
            }
        });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

/// Markdown → plain text (for search and short summaries).
pub fn to_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => out.push_str(&text),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_renders() {
        assert_eq!(
            to_safe_html("Some *emphasis* and `code`."),
            "<p>Some <em>emphasis</em> and <code>code</code>.</p>\n"
        );
        assert_eq!(
            to_safe_html("[docs](https://x.org/a?b=1&c=2)"),
            "<p><a href=\"https://x.org/a?b=1&amp;c=2\">docs</a></p>\n"
        );
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = to_safe_html("before <script>alert(1)</script> <img src=x onerror=alert(2)> after");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
        let block = to_safe_html("<div onclick=\"x()\">\nhello\n</div>");
        assert!(!block.contains("<div"), "{block}");
    }

    #[test]
    fn unsafe_links_lose_their_target_but_keep_their_text() {
        let html = to_safe_html("[click](javascript:alert(1)) and [data](data:text/html,x) and [ok](./rel)");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("data:text"), "{html}");
        assert!(html.starts_with("<p>click and data and "), "{html}");
        assert!(html.contains("<a href=\"./rel\">ok</a>"), "{html}");
        let nested = to_safe_html("[**bold** link](vbscript:x)");
        assert_eq!(nested, "<p><strong>bold</strong> link</p>\n");
    }

    #[test]
    fn images_become_their_alt_text() {
        assert_eq!(to_safe_html("![a chart](https://x.org/c.png)"), "<p>a chart</p>\n");
        assert_eq!(to_safe_html("![x](javascript:alert(1))"), "<p>x</p>\n");
    }

    #[test]
    fn plain_text_drops_markup() {
        assert_eq!(
            to_text("# Title\n\nSome *text* with <b>html</b>.\n\n- a\n- b"),
            "Title Some text with <b>html</b>. a b"
        );
    }
}
