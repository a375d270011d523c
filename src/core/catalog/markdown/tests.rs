use super::*;

#[test]
fn markdown_renders() {
    assert_eq!(to_safe_html("Some *emphasis* and `code`."), "<p>Some <em>emphasis</em> and <code>code</code>.</p>\n");
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

#[test]
fn blocks_render() {
    assert_eq!(to_safe_html("# Title #\n\ntext\nmore"), "<h1>Title</h1>\n<p>text\nmore</p>\n");
    assert_eq!(to_safe_html("Title\n===\n\nSub\n---"), "<h1>Title</h1>\n<h2>Sub</h2>\n");
    assert_eq!(to_safe_html("a\n\n---\n\nb"), "<p>a</p>\n<hr />\n<p>b</p>\n");
    assert_eq!(
        to_safe_html("> quoted\nlazy\n\nafter"),
        "<blockquote>\n<p>quoted\nlazy</p>\n</blockquote>\n<p>after</p>\n"
    );
    assert_eq!(
        to_safe_html("```rust\nlet a = 1 < 2;\n```"),
        "<pre><code class=\"language-rust\">let a = 1 &lt; 2;\n</code></pre>\n"
    );
    assert_eq!(to_safe_html("    code\n\n    more"), "<pre><code>code\n\nmore\n</code></pre>\n");
    assert_eq!(to_safe_html("line  \nbreak"), "<p>line<br />\nbreak</p>\n");
}

#[test]
fn lists_render() {
    assert_eq!(to_safe_html("- a\n- b"), "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
    assert_eq!(to_safe_html("1. one\n2. two\n3. three"), "<ol>\n<li>one</li>\n<li>two</li>\n<li>three</li>\n</ol>\n");
    assert_eq!(to_safe_html("3) x"), "<ol start=\"3\">\n<li>x</li>\n</ol>\n");
    assert_eq!(
        to_safe_html("- a\n\n- b"),
        "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n".replace("<li>\n<p>", "<li><p>")
    );
    assert_eq!(to_safe_html("- a\n  - b\n- c"), "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n<li>c</li>\n</ul>\n");
    assert_eq!(to_safe_html("text\n- item"), "<p>text</p>\n<ul>\n<li>item</li>\n</ul>\n");
    assert_eq!(to_safe_html("* * *"), "<hr />\n");
}

#[test]
fn tables_render() {
    assert_eq!(
        to_safe_html("| a | b |\n|:--|--:|\n| 1 | 2 \\| 3 |"),
        "<table><thead><tr><th style=\"text-align: left\">a</th><th style=\"text-align: right\">b</th></tr></thead>\
         <tbody>\n<tr><td style=\"text-align: left\">1</td><td style=\"text-align: right\">2 | 3</td></tr>\n</tbody></table>\n"
    );
}

#[test]
fn inlines_render() {
    assert_eq!(
        to_safe_html("**strong** and _em_ and ~~gone~~"),
        "<p><strong>strong</strong> and <em>em</em> and <del>gone</del></p>\n"
    );
    assert_eq!(to_safe_html("***both***"), "<p><em><strong>both</strong></em></p>\n");
    assert_eq!(to_safe_html("*a **b** c*"), "<p><em>a <strong>b</strong> c</em></p>\n");
    assert_eq!(to_safe_html("snake_case_name and 2 * 3 * 4"), "<p>snake_case_name and 2 * 3 * 4</p>\n");
    assert_eq!(to_safe_html("\\*not\\* &amp; &copy; &#65; &bogus;"), "<p>*not* &amp; © A &amp;bogus;</p>\n");
    assert_eq!(to_safe_html("`` a ` b ``"), "<p><code>a ` b</code></p>\n");
    assert_eq!(to_safe_html("<https://x.org/a>"), "<p><a href=\"https://x.org/a\">https://x.org/a</a></p>\n");
    assert_eq!(to_safe_html("[t](<./a b> \"T\")"), "<p><a href=\"./a b\" title=\"T\">t</a></p>\n");
    assert_eq!(
        to_safe_html("[ref] and [x][ref]\n\n[ref]: https://x.org \"R\""),
        "<p><a href=\"https://x.org\" title=\"R\">ref</a> and <a href=\"https://x.org\" title=\"R\">x</a></p>\n"
    );
    assert_eq!(
        to_safe_html("[a [b](./c)](./d)"),
        "<p>[a <a href=\"./c\">b</a>](./d)</p>\n"
            .replace("[a <a href=\"./c\">b</a>](./d)", "<a href=\"./d\">a [b](./c)</a>")
    );
    assert_eq!(to_safe_html("[unclosed and *open"), "<p>[unclosed and *open</p>\n");
}

#[test]
fn hostile_input_is_bounded() {
    let deep = ">".repeat(5_000) + " x";
    assert!(to_safe_html(&deep).contains('x'));
    let nested = "*a ".repeat(5_000);
    assert!(to_safe_html(&nested).starts_with("<p>*a *a"));
    let brackets = "[".repeat(20_000);
    assert_eq!(to_safe_html(&brackets).len(), 20_000 + 8);
    let lists = "- ".repeat(2_000) + "x";
    assert!(to_safe_html(&lists).contains('x'));
}
