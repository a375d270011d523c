//! Record descriptions are Markdown from the catalog, which we do not
//! control. A small parser for the CommonMark subset catalog records use
//! (paragraphs, headings, lists, block quotes, code, rules, tables,
//! emphasis, strikethrough, links, images, escapes, common entities) builds
//! a tree; the HTML writer escapes every piece of text and writes only its
//! own tags. Raw HTML in the source is shown as text, links keep only http(s)
//! and relative targets, and images become their alt text.
//!
//! Work is bounded: nesting depth is capped and delimiter searches that
//! failed once are not repeated, so hostile input stays near linear.

use crate::core::platforms::validate::safe_url;

/// Deepest nesting of block containers and of inline spans.
const MAX_DEPTH: usize = 16;
/// Longest link text or destination looked at, in characters.
const MAX_SCAN: usize = 1_000;

/// A link reference definition: `[label]: destination "title"`.
struct Reference {
    label: String,
    dest: String,
    title: Option<String>,
}

enum Block {
    /// Raw inline text; parsed once every reference definition is known.
    Para(String),
    Heading(usize, String),
    Code(String, String),
    Quote(Vec<Block>),
    List {
        start: Option<u64>,
        tight: bool,
        items: Vec<Vec<Block>>,
    },
    Rule,
    /// Alignments (`l`, `c`, `r` or ` `), then rows of cells; the first row is the header.
    Table(Vec<char>, Vec<Vec<String>>),
}

enum Inline {
    Text(String),
    Code(String),
    Soft,
    Hard,
    /// `em`, `strong` or `del`.
    Span(&'static str, Vec<Inline>),
    Link {
        href: String,
        title: Option<String>,
        children: Vec<Inline>,
    },
}

/// Markdown → safe HTML.
pub fn to_safe_html(markdown: &str) -> String {
    let (blocks, refs) = parse(markdown);
    let mut out = String::new();
    write_blocks(&blocks, &refs, false, &mut out);
    out
}

/// Markdown → plain text (for search and short summaries).
pub fn to_text(markdown: &str) -> String {
    let (blocks, refs) = parse(markdown);
    let mut out = String::new();
    text_blocks(&blocks, &refs, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn parse(markdown: &str) -> (Vec<Block>, Vec<Reference>) {
    let lines: Vec<String> = markdown
        .lines()
        .map(|line| {
            // Leading tabs count as four columns; that is enough for indentation.
            let rest = line.trim_start_matches([' ', '\t']);
            let lead: usize = line.len().saturating_sub(rest.len());
            let cols: usize = line.get(..lead).unwrap_or_default().chars().map(|c| if c == '\t' { 4 } else { 1 }).sum();
            format!("{}{}", " ".repeat(cols), rest.trim_end_matches('\r'))
        })
        .collect();
    let mut refs = Vec::new();
    let blocks = blocks(&lines, 0, &mut refs);
    (blocks, refs)
}

// ---------------------------------------------------------------- blocks

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// `line` without up to `n` leading spaces.
fn drop_cols(line: &str, n: usize) -> &str {
    let k = indent(line).min(n);
    line.get(k..).unwrap_or_default()
}

fn is_rule(t: &str) -> bool {
    let mut marks = t.chars().filter(|c| *c != ' ');
    match marks.next() {
        Some(c @ ('-' | '*' | '_')) => marks.clone().all(|m| m == c) && marks.count() >= 2,
        _ => false,
    }
}

fn atx(t: &str) -> Option<(usize, &str)> {
    let level = t.len() - t.trim_start_matches('#').len();
    let rest = t.get(level..).unwrap_or_default();
    if !(1..=6).contains(&level) || !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    let text = rest.trim();
    // An optional closing run of '#' preceded by a space.
    let closed = text.trim_end_matches('#');
    let text = if closed.is_empty() || closed.ends_with(' ') { closed.trim_end() } else { text };
    Some((level, text))
}

/// Opening code fence: its character, length and info string.
fn fence(t: &str) -> Option<(char, usize, &str)> {
    let c = t.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let n = t.len() - t.trim_start_matches(c).len();
    let info = t.get(n..).unwrap_or_default().trim();
    (n >= 3 && !(c == '`' && info.contains('`'))).then_some((c, n, info))
}

struct Marker {
    /// `None` for a bullet, else the start number.
    start: Option<u64>,
    /// The bullet or the delimiter after the number.
    kind: char,
    /// Column where the item's content starts.
    content: usize,
    empty: bool,
}

fn list_marker(line: &str) -> Option<Marker> {
    let ind = indent(line);
    if ind > 3 {
        return None;
    }
    let t = line.get(ind..).unwrap_or_default();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (start, kind, width) = match t.chars().next()? {
        c @ ('-' | '*' | '+') => (None, c, 1),
        _ if (1..=9).contains(&digits) => {
            let kind = t.get(digits..)?.chars().next().filter(|c| *c == '.' || *c == ')')?;
            (t.get(..digits)?.parse().ok(), kind, digits + 1)
        }
        _ => return None,
    };
    let rest = t.get(width..)?;
    let spaces = indent(rest);
    let empty = is_blank(rest);
    if !empty && spaces == 0 {
        return None;
    }
    let gap = if empty || spaces > 4 { 1 } else { spaces };
    Some(Marker { start, kind, content: ind + width + gap, empty })
}

fn starts_block(line: &str) -> bool {
    let t = line.trim_start();
    indent(line) < 4 && (is_rule(t) || atx(t).is_some() || fence(t).is_some() || t.starts_with('>'))
}

/// May this line end a paragraph by starting a list?
fn interrupts(line: &str) -> bool {
    list_marker(line).is_some_and(|m| !m.empty && m.start.is_none_or(|n| n == 1))
}

fn table_cells(line: &str) -> Vec<String> {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = if t.ends_with('|') && !t.ends_with("\\|") { t.get(..t.len() - 1).unwrap_or_default() } else { t };
    let mut cells = vec![String::new()];
    let mut chars = t.chars();
    while let Some(c) = chars.next() {
        match (c, cells.last_mut()) {
            ('\\', Some(cell)) => match chars.next() {
                Some('|') => cell.push('|'),
                Some(next) => {
                    cell.push('\\');
                    cell.push(next);
                }
                None => cell.push('\\'),
            },
            ('|', _) => cells.push(String::new()),
            (c, Some(cell)) => cell.push(c),
            (_, None) => {}
        }
    }
    cells.iter().map(|c| c.trim().to_string()).collect()
}

/// The alignments of a table's delimiter row, if `line` is one.
fn table_delimiter(line: &str) -> Option<Vec<char>> {
    if !line.contains('-') || !line.contains('|') || !line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
        return None;
    }
    table_cells(line)
        .iter()
        .map(|cell| {
            let dashes = cell.trim_matches(':');
            if dashes.is_empty() || !dashes.chars().all(|c| c == '-') {
                return None;
            }
            Some(match (cell.starts_with(':'), cell.ends_with(':')) {
                (true, true) => 'c',
                (true, false) => 'l',
                (false, true) => 'r',
                (false, false) => ' ',
            })
        })
        .collect()
}

/// `[label]: destination "title"` on one line.
fn reference(line: &str) -> Option<Reference> {
    let t = line.trim().strip_prefix('[')?;
    let close = t.find("]:")?;
    let label = normalise_label(t.get(..close)?);
    let rest = t.get(close + 2..)?.trim();
    let (dest, rest) = match rest.strip_prefix('<') {
        Some(r) => {
            let end = r.find('>')?;
            (r.get(..end)?, r.get(end + 1..)?)
        }
        None => {
            let end = rest.find(' ').unwrap_or(rest.len());
            (rest.get(..end)?, rest.get(end..)?)
        }
    };
    let rest = rest.trim();
    let title = match rest.chars().next() {
        None => None,
        Some(q @ ('"' | '\'' | '(')) => {
            let close = if q == '(' { ')' } else { q };
            Some(unescape(rest.get(1..)?.strip_suffix(close)?))
        }
        Some(_) => return None,
    };
    (!label.is_empty() && !dest.is_empty() && !label.contains(['[', ']'])).then(|| Reference {
        label,
        dest: unescape(dest),
        title,
    })
}

fn normalise_label(label: &str) -> String {
    label.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn blocks(lines: &[String], depth: usize, refs: &mut Vec<Reference>) -> Vec<Block> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        let ind = indent(line);
        let t = line.trim_start();
        if t.is_empty() {
            i += 1;
        } else if ind >= 4 {
            let mut end = i;
            let mut code = Vec::new();
            while let Some(l) = lines.get(i).filter(|l| is_blank(l) || indent(l) >= 4) {
                code.push(drop_cols(l, 4));
                i += 1;
                if !is_blank(l) {
                    end = code.len();
                }
            }
            code.truncate(end);
            out.push(Block::Code(String::new(), code.iter().map(|l| format!("{l}\n")).collect()));
        } else if let Some((c, n, info)) = fence(t) {
            let lang = info.split_whitespace().next().unwrap_or_default().to_string();
            let mut code = String::new();
            i += 1;
            while let Some(l) = lines.get(i) {
                i += 1;
                let lt = l.trim();
                if indent(l) < 4 && lt.len() >= n && lt.chars().all(|x| x == c) {
                    break;
                }
                code.push_str(drop_cols(l, ind));
                code.push('\n');
            }
            out.push(Block::Code(lang, code));
        } else if is_rule(t) {
            out.push(Block::Rule);
            i += 1;
        } else if let Some((level, text)) = atx(t) {
            out.push(Block::Heading(level, text.to_string()));
            i += 1;
        } else if t.starts_with('>') && depth < MAX_DEPTH {
            let mut inner = Vec::new();
            while let Some(l) = lines.get(i) {
                let lt = l.trim_start();
                if let Some(rest) = lt.strip_prefix('>').filter(|_| indent(l) < 4) {
                    inner.push(rest.strip_prefix(' ').unwrap_or(rest).to_string());
                } else if is_blank(l)
                    || inner.last().is_none_or(|p: &String| is_blank(p))
                    || starts_block(l)
                    || interrupts(l)
                {
                    break;
                } else {
                    // A lazy continuation of the quoted paragraph.
                    inner.push(lt.to_string());
                }
                i += 1;
            }
            out.push(Block::Quote(blocks(&inner, depth + 1, refs)));
        } else if let Some(first) = list_marker(line).filter(|_| depth < MAX_DEPTH) {
            i = list(lines, i, first, depth, refs, &mut out);
        } else {
            i = paragraph(lines, i, refs, &mut out);
        }
    }
    out
}

/// Parses the list starting at `lines[i]`; returns the index after it.
fn list(
    lines: &[String],
    mut i: usize,
    first: Marker,
    depth: usize,
    refs: &mut Vec<Reference>,
    out: &mut Vec<Block>,
) -> usize {
    let mut items = Vec::new();
    let mut tight = true;
    let mut marker = first;
    let start = marker.start;
    let kind = marker.kind;
    loop {
        let mut item: Vec<String> =
            vec![lines.get(i).and_then(|l| l.get(marker.content..)).unwrap_or_default().to_string()];
        i += 1;
        while let Some(l) = lines.get(i) {
            let last_blank = item.last().is_none_or(|p| is_blank(p));
            if is_blank(l) {
                if marker.empty && item.len() == 1 {
                    break;
                }
                item.push(String::new());
            } else if indent(l) >= marker.content {
                item.push(l.get(marker.content..).unwrap_or_default().to_string());
            } else if !last_blank && !starts_block(l) && list_marker(l).is_none() {
                item.push(l.trim_start().to_string());
            } else {
                break;
            }
            i += 1;
        }
        let mut trailing = 0;
        while item.last().is_some_and(|p| is_blank(p)) {
            item.pop();
            trailing += 1;
        }
        if item.iter().any(|p| is_blank(p)) {
            tight = false;
        }
        items.push(blocks(&item, depth + 1, refs));
        match lines.get(i).and_then(|l| list_marker(l)) {
            Some(next) if next.kind == kind && next.start.is_some() == start.is_some() => {
                if trailing > 0 {
                    tight = false;
                }
                marker = next;
            }
            _ => {
                // Blank lines after the last item belong to no one.
                i -= trailing.min(i);
                while lines.get(i).is_some_and(|l| is_blank(l)) {
                    i += 1;
                }
                break;
            }
        }
    }
    out.push(Block::List { start, tight, items });
    i
}

/// Parses the paragraph, setext heading, table or reference definitions at
/// `lines[i]`; returns the index after them.
fn paragraph(lines: &[String], mut i: usize, refs: &mut Vec<Reference>, out: &mut Vec<Block>) -> usize {
    let start = i;
    while let Some(r) = lines.get(i).and_then(|l| reference(l)) {
        refs.push(r);
        i += 1;
    }
    // The first line is always taken (even one too deeply nested to be a
    // quote or list), so every call makes progress.
    let Some(first) = lines.get(i).filter(|l| i == start || !(is_blank(l) || starts_block(l) || interrupts(l))) else {
        return i;
    };
    if let Some(aligns) = lines.get(i + 1).filter(|_| first.contains('|')).and_then(|l| table_delimiter(l)) {
        let head = table_cells(first);
        if head.len() == aligns.len() {
            let mut rows = vec![head];
            i += 2;
            while let Some(l) = lines.get(i).filter(|l| !is_blank(l) && !starts_block(l)) {
                let mut row = table_cells(l);
                row.resize(aligns.len(), String::new());
                rows.push(row);
                i += 1;
            }
            out.push(Block::Table(aligns, rows));
            return i;
        }
    }
    let mut text = first.trim_start().to_string();
    i += 1;
    while let Some(l) = lines.get(i) {
        let t = l.trim();
        if indent(l) < 4 && !t.is_empty() && (t.chars().all(|c| c == '=') || t.chars().all(|c| c == '-')) {
            let level = if t.starts_with('=') { 1 } else { 2 };
            out.push(Block::Heading(level, text.trim_end().to_string()));
            return i + 1;
        }
        if is_blank(l) || starts_block(l) || interrupts(l) {
            break;
        }
        text.push('\n');
        text.push_str(l.trim_start());
        i += 1;
    }
    out.push(Block::Para(text.trim_end().to_string()));
    i
}

// --------------------------------------------------------------- inlines

struct Inlines<'a> {
    chars: Vec<char>,
    refs: &'a [Reference],
    /// Delimiter runs (character, length) known to have no closer further on.
    dead: Vec<(char, usize)>,
    in_link: bool,
    depth: usize,
}

fn inlines(text: &str, refs: &[Reference]) -> Vec<Inline> {
    Inlines::run(text.chars().collect(), refs, false, 0)
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && is_punct(next) => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return Some(char::from_u32(code).filter(|c| *c != '\0').unwrap_or('\u{FFFD}'));
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "times" => '×',
        "micro" => 'µ',
        "plusmn" => '±',
        _ => return None,
    })
}

impl<'a> Inlines<'a> {
    fn run(chars: Vec<char>, refs: &'a [Reference], in_link: bool, depth: usize) -> Vec<Inline> {
        let mut parser = Inlines { chars, refs, dead: Vec::new(), in_link, depth };
        parser.parse()
    }

    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    fn slice(&self, from: usize, to: usize) -> Vec<char> {
        self.chars.get(from..to).unwrap_or_default().to_vec()
    }

    fn run_len(&self, i: usize, c: char) -> usize {
        self.chars.get(i..).unwrap_or_default().iter().take_while(|x| **x == c).count()
    }

    fn parse(&mut self) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut text = String::new();
        let mut i = 0;
        while let Some(c) = self.at(i) {
            let found = match c {
                '\\' => match self.at(i + 1) {
                    Some(n) if is_punct(n) => {
                        text.push(n);
                        i += 2;
                        continue;
                    }
                    Some('\n') => Some((Inline::Hard, i + 2)),
                    _ => None,
                },
                '\n' => {
                    let hard = text.ends_with("  ");
                    text.truncate(text.trim_end_matches(' ').len());
                    Some((if hard { Inline::Hard } else { Inline::Soft }, i + 1))
                }
                '`' => self.code(i),
                '*' | '_' | '~' => self.emphasis(i, c),
                '[' if !self.in_link => self.link(i),
                '!' if !self.in_link && self.at(i + 1) == Some('[') => self.link(i + 1),
                '<' if !self.in_link => self.autolink(i),
                '&' => {
                    let name: String = self.chars.iter().skip(i + 1).take(32).take_while(|x| **x != ';').collect();
                    match entity(&name).filter(|_| self.at(i + 1 + name.chars().count()) == Some(';')) {
                        Some(decoded) => {
                            text.push(decoded);
                            i += name.chars().count() + 2;
                            continue;
                        }
                        None => None,
                    }
                }
                _ => None,
            };
            match found {
                Some((inline, next)) => {
                    if !text.is_empty() {
                        out.push(Inline::Text(std::mem::take(&mut text)));
                    }
                    match inline {
                        // An image leaves its alt text.
                        Inline::Link { children, .. } if c == '!' => out.extend(children),
                        // An unsafe link leaves its text.
                        Inline::Link { href, children, .. } if href.is_empty() => out.extend(children),
                        other => out.push(other),
                    }
                    i = next;
                    if matches!(out.last(), Some(Inline::Soft | Inline::Hard)) {
                        i += self.run_len(i, ' ');
                    }
                }
                None => {
                    text.push(c);
                    i += 1;
                }
            }
        }
        if !text.is_empty() {
            out.push(Inline::Text(text));
        }
        out
    }

    fn code(&mut self, i: usize) -> Option<(Inline, usize)> {
        let n = self.run_len(i, '`');
        if self.dead.contains(&('`', n)) {
            return None;
        }
        let mut j = i + n;
        while j < self.chars.len() {
            let m = self.run_len(j, '`');
            if m == n {
                let body: String = self.slice(i + n, j).into_iter().map(|c| if c == '\n' { ' ' } else { c }).collect();
                let trimmed = body.strip_prefix(' ').and_then(|b| b.strip_suffix(' '));
                let body = match trimmed {
                    Some(t) if !body.trim().is_empty() => t.to_string(),
                    _ => body,
                };
                return Some((Inline::Code(body), j + n));
            }
            j += m.max(1);
        }
        self.dead.push(('`', n));
        None
    }

    fn emphasis(&mut self, i: usize, c: char) -> Option<(Inline, usize)> {
        let n = self.run_len(i, c);
        let before = i.checked_sub(1).and_then(|b| self.at(b));
        let after = self.at(i + n);
        if after.is_none_or(char::is_whitespace) || (c == '_' && before.is_some_and(char::is_alphanumeric)) {
            return None;
        }
        if self.depth >= MAX_DEPTH {
            return None;
        }
        let most = if c == '~' { n.min(2) } else { n.min(3) };
        for take in (1..=most).rev() {
            if let Some(j) = self.closer(i + n, c, take) {
                let open = i + n - take;
                let inner = Inlines::run(self.slice(open + take, j), self.refs, self.in_link, self.depth + 1);
                let tag = |k: usize| match (c, k) {
                    ('~', _) => "del",
                    (_, 1) => "em",
                    _ => "strong",
                };
                let span = if take == 3 {
                    Inline::Span("em", vec![Inline::Span("strong", inner)])
                } else {
                    Inline::Span(tag(take), inner)
                };
                if open > i {
                    // The unmatched part of the opening run stays text.
                    let extra: String = self.slice(i, open).into_iter().collect();
                    return Some((Inline::Span("", vec![Inline::Text(extra), span]), j + take));
                }
                return Some((span, j + take));
            }
        }
        None
    }

    /// Position of a closing run of exactly `take` (or at least 3) `c` after `from`.
    fn closer(&mut self, from: usize, c: char, take: usize) -> Option<usize> {
        if self.dead.contains(&(c, take)) {
            return None;
        }
        let mut j = from;
        while let Some(x) = self.at(j) {
            if x == '\\' {
                j += 2;
                continue;
            }
            if x != c {
                j += 1;
                continue;
            }
            let m = self.run_len(j, c);
            let before = j.checked_sub(1).and_then(|b| self.at(b));
            let after = self.at(j + m);
            let flanking =
                before.is_some_and(|b| !b.is_whitespace()) && !(c == '_' && after.is_some_and(char::is_alphanumeric));
            if flanking && (m == take || (take == 3 && m > 3)) {
                return Some(j);
            }
            j += m;
        }
        self.dead.push((c, take));
        None
    }

    /// `[text](dest "title")`, `[text][label]`, `[label][]` or `[label]` at `i`.
    /// An unsafe destination gives a link with an empty `href`.
    fn link(&mut self, i: usize) -> Option<(Inline, usize)> {
        let mut depth = 0usize;
        let mut j = i + 1;
        let close = loop {
            match self.at(j)? {
                _ if j > i + MAX_SCAN => return None,
                '\\' => j += 1,
                '[' => depth += 1,
                ']' if depth == 0 => break j,
                ']' => depth -= 1,
                _ => {}
            }
            j += 1;
        };
        let label: String = self.slice(i + 1, close).into_iter().collect();
        let (dest, title, next) = match self.at(close + 1) {
            Some('(') => self.destination(close + 2)?,
            Some('[') => {
                let end = (close + 2..close + 2 + MAX_SCAN).find(|k| self.at(*k) == Some(']'))?;
                let inner: String = self.slice(close + 2, end).into_iter().collect();
                let key = normalise_label(if inner.is_empty() { &label } else { &inner });
                let r = self.refs.iter().find(|r| r.label == key)?;
                (r.dest.clone(), r.title.clone(), end + 1)
            }
            _ => {
                let key = normalise_label(&label);
                let r = self.refs.iter().find(|r| r.label == key)?;
                (r.dest.clone(), r.title.clone(), close + 1)
            }
        };
        let children = Inlines::run(self.slice(i + 1, close), self.refs, true, self.depth + 1);
        let href = safe_url(&dest).unwrap_or_default();
        Some((Inline::Link { href, title, children }, next))
    }

    /// The inside of `( … )` from `j`: destination, title, index after `)`.
    fn destination(&self, mut j: usize) -> Option<(String, Option<String>, usize)> {
        let limit = j + MAX_SCAN;
        let skip = |j: &mut usize| {
            while self.at(*j).is_some_and(char::is_whitespace) {
                *j += 1;
            }
        };
        skip(&mut j);
        let mut dest = String::new();
        if self.at(j) == Some('<') {
            j += 1;
            loop {
                match self.at(j)? {
                    '>' => break,
                    '\n' | '<' => return None,
                    x => dest.push(x),
                }
                j += 1;
            }
            j += 1;
        } else {
            let mut parens = 0usize;
            while let Some(x) = self.at(j).filter(|x| !x.is_whitespace()) {
                match x {
                    '\\' if self.at(j + 1).is_some_and(is_punct) => {
                        dest.push(x);
                        j += 1;
                        dest.push(self.at(j)?);
                    }
                    '(' => {
                        parens += 1;
                        dest.push(x);
                    }
                    ')' if parens == 0 => break,
                    ')' => {
                        parens -= 1;
                        dest.push(x);
                    }
                    _ => dest.push(x),
                }
                j += 1;
                if j > limit {
                    return None;
                }
            }
        }
        skip(&mut j);
        let mut title = None;
        if let Some(q @ ('"' | '\'' | '(')) = self.at(j) {
            let close = if q == '(' { ')' } else { q };
            let mut t = String::new();
            j += 1;
            loop {
                match self.at(j)? {
                    x if x == close => break,
                    '\\' if self.at(j + 1).is_some_and(is_punct) => {
                        t.push('\\');
                        j += 1;
                        t.push(self.at(j)?);
                    }
                    x => t.push(x),
                }
                j += 1;
                if j > limit {
                    return None;
                }
            }
            title = Some(unescape(&t));
            j += 1;
            skip(&mut j);
        }
        (self.at(j) == Some(')')).then(|| (unescape(&dest), title, j + 1))
    }

    /// `<scheme:…>`.
    fn autolink(&self, i: usize) -> Option<(Inline, usize)> {
        let end = (i + 1..i + 1 + MAX_SCAN)
            .find(|k| self.at(*k).is_none_or(|x| x == '>' || x == '<' || x.is_whitespace()))?;
        let url: String = self.slice(i + 1, end).into_iter().collect();
        let scheme = url.split(':').next().unwrap_or_default();
        let valid = self.at(end) == Some('>')
            && url.len() > scheme.len()
            && (2..=32).contains(&scheme.len())
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'));
        valid.then(|| {
            let href = safe_url(&url).unwrap_or_default();
            (Inline::Link { href, title: None, children: vec![Inline::Text(url)] }, end + 1)
        })
    }
}

// ---------------------------------------------------------------- output

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

fn write_inlines(items: &[Inline], out: &mut String) {
    for item in items {
        match item {
            Inline::Text(t) => escape(t, out),
            Inline::Code(t) => {
                out.push_str("<code>");
                escape(t, out);
                out.push_str("</code>");
            }
            Inline::Soft => out.push('\n'),
            Inline::Hard => out.push_str("<br />\n"),
            Inline::Span("", children) => write_inlines(children, out),
            Inline::Span(tag, children) => {
                out.push_str(&format!("<{tag}>"));
                write_inlines(children, out);
                out.push_str(&format!("</{tag}>"));
            }
            Inline::Link { href, title, children } => {
                out.push_str("<a href=\"");
                escape(href, out);
                if let Some(title) = title {
                    out.push_str("\" title=\"");
                    escape(title, out);
                }
                out.push_str("\">");
                write_inlines(children, out);
                out.push_str("</a>");
            }
        }
    }
}

fn write_blocks(blocks: &[Block], refs: &[Reference], tight: bool, out: &mut String) {
    for block in blocks {
        if tight && !matches!(block, Block::Para(_)) && !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        match block {
            Block::Para(text) if tight => write_inlines(&inlines(text, refs), out),
            Block::Para(text) => {
                out.push_str("<p>");
                write_inlines(&inlines(text, refs), out);
                out.push_str("</p>\n");
            }
            Block::Heading(level, text) => {
                out.push_str(&format!("<h{level}>"));
                write_inlines(&inlines(text, refs), out);
                out.push_str(&format!("</h{level}>\n"));
            }
            Block::Code(lang, code) => {
                out.push_str("<pre><code");
                if !lang.is_empty() {
                    out.push_str(" class=\"language-");
                    escape(lang, out);
                    out.push('"');
                }
                out.push('>');
                escape(code, out);
                out.push_str("</code></pre>\n");
            }
            Block::Quote(inner) => {
                out.push_str("<blockquote>\n");
                write_blocks(inner, refs, false, out);
                out.push_str("</blockquote>\n");
            }
            Block::List { start, tight, items } => {
                let tag = if start.is_some() { "ol" } else { "ul" };
                match start {
                    Some(n) if *n != 1 => out.push_str(&format!("<ol start=\"{n}\">\n")),
                    _ => out.push_str(&format!("<{tag}>\n")),
                }
                for item in items {
                    out.push_str("<li>");
                    write_blocks(item, refs, *tight, out);
                    out.push_str("</li>\n");
                }
                out.push_str(&format!("</{tag}>\n"));
            }
            Block::Rule => out.push_str("<hr />\n"),
            Block::Table(aligns, rows) => {
                out.push_str("<table>");
                for (r, row) in rows.iter().enumerate() {
                    let cell = if r == 0 { "th" } else { "td" };
                    out.push_str(if r == 0 { "<thead><tr>" } else { "<tr>" });
                    for (text, align) in row.iter().zip(aligns) {
                        let style = match align {
                            'l' => " style=\"text-align: left\"",
                            'c' => " style=\"text-align: center\"",
                            'r' => " style=\"text-align: right\"",
                            _ => "",
                        };
                        out.push_str(&format!("<{cell}{style}>"));
                        write_inlines(&inlines(text, refs), out);
                        out.push_str(&format!("</{cell}>"));
                    }
                    out.push_str(if r == 0 { "</tr></thead><tbody>\n" } else { "</tr>\n" });
                }
                out.push_str("</tbody></table>\n");
            }
        }
    }
}

fn text_inlines(items: &[Inline], out: &mut String) {
    for item in items {
        match item {
            Inline::Text(t) | Inline::Code(t) => out.push_str(t),
            Inline::Soft | Inline::Hard => out.push(' '),
            Inline::Span(_, children) | Inline::Link { children, .. } => {
                text_inlines(children, out);
                out.push(' ');
            }
        }
    }
}

fn text_blocks(blocks: &[Block], refs: &[Reference], out: &mut String) {
    for block in blocks {
        match block {
            Block::Para(text) | Block::Heading(_, text) => text_inlines(&inlines(text, refs), out),
            Block::Code(_, code) => out.push_str(code),
            Block::Quote(inner) => text_blocks(inner, refs, out),
            Block::List { items, .. } => items.iter().for_each(|item| {
                text_blocks(item, refs, out);
                out.push(' ');
            }),
            Block::Rule => {}
            Block::Table(_, rows) => rows.iter().flatten().for_each(|cell| {
                text_inlines(&inlines(cell, refs), out);
                out.push(' ');
            }),
        }
        out.push(' ');
    }
}

#[cfg(test)]
mod tests;
