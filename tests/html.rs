//! `plan report --format html` (issue 15): one self-contained page, every
//! text escaped, in the reader's language, readable with the script off,
//! every chart with a title, a text alternative and its numbers; small
//! enough for the bundled plan and for 10 000 tasks.

mod common;

use common::{repo, run_in, Fixture};
use plan::load::{load_files, InputFile};

fn page(f: &Fixture, extra: &[&str]) -> String {
    let mut args = vec!["report", "--year", "2025", "--format", "html"];
    args.extend(extra);
    let o = f.run(&args);
    assert_eq!(o.code, 0, "{}", o.stderr);
    o.stdout
}

/// The page's markup outside its own `<script>` and `<style>` (whose
/// contents are the program's constants, checked apart).
fn markup(page: &str) -> String {
    let mut out = String::new();
    let mut rest = page;
    loop {
        let next = ["<script>", "<style>"]
            .iter()
            .filter_map(|t| rest.find(t).map(|i| (i, *t)))
            .min();
        let Some((i, tag)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..i + tag.len()]);
        let close = if tag == "<script>" {
            "</script>"
        } else {
            "</style>"
        };
        let end = rest[i..].find(close).expect("a closed element") + i;
        rest = &rest[end..];
    }
}

/// Every tag of the markup: its name and its attributes' names.
fn tags(markup: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for piece in markup.split('<').skip(1) {
        let inner = piece.split('>').next().unwrap_or("");
        let mut words = inner.split_whitespace();
        let name = words
            .next()
            .unwrap_or("")
            .trim_start_matches('/')
            .to_lowercase();
        // Attribute names: what comes before `=` in each `name="value"`,
        // values (quoted, escaped) taken out first.
        let mut attrs = Vec::new();
        let mut in_value = false;
        let mut current = String::new();
        for c in inner.chars().skip(name.len()) {
            match c {
                '"' => in_value = !in_value,
                '=' if !in_value => {
                    attrs.push(current.trim().to_lowercase());
                    current.clear();
                }
                c if !in_value && c.is_whitespace() => current.clear(),
                c if !in_value => current.push(c),
                _ => {}
            }
        }
        out.push((name, attrs));
    }
    out
}

const TAGS: [&str; 36] = [
    "!doctype",
    "html",
    "head",
    "meta",
    "title",
    "script",
    "style",
    "body",
    "main",
    "h1",
    "h2",
    "h3",
    "p",
    "ul",
    "li",
    "nav",
    "strong",
    "a",
    "div",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "span",
    "br",
    "figure",
    "figcaption",
    "details",
    "summary",
    "svg",
    "desc",
    "rect",
    "text",
    "line",
];

const SVG_TAGS: [&str; 3] = ["polyline", "circle", "path"];

/// No element but the page's own, no event handler, no link out, no source
/// to fetch; exactly two scripts (the error hook and the page's script).
fn assert_no_executable_markup(page: &str) {
    let m = markup(page);
    for (name, attrs) in tags(&m) {
        assert!(
            TAGS.contains(&name.as_str()) || SVG_TAGS.contains(&name.as_str()),
            "an element the page does not make: <{name}>"
        );
        for a in attrs {
            assert!(!a.starts_with("on"), "an event handler: {a} on <{name}>");
            assert!(
                !["src", "srcdoc", "formaction", "action", "style"].contains(&a.as_str()),
                "a {a} attribute on <{name}>"
            );
        }
    }
    assert_eq!(m.matches("<script>").count(), 2, "two scripts, the page's");
    assert_eq!(m.matches("<style>").count(), 1);
    for href in m.split("href=\"").skip(1) {
        assert!(href.starts_with('#'), "a link out of the page: {href:.40}");
    }
    for piece in m.split('<').skip(1) {
        let inside = piece.split('>').next().unwrap_or("").to_lowercase();
        assert!(!inside.contains("javascript:"), "a script URL: <{inside}>");
    }
}

const HOSTILE_TITLE: &str = "<script>alert(1)</script>";
const HOSTILE_ATTR: &str = "\\\"><img src=x onerror=alert(1)>";

fn hostile() -> Fixture {
    Fixture::valid()
        .edit(
            "tasks/pl2-01.toml",
            "title = \"Hoàn thành quy hoạch phân khu.\"",
            &format!("title = \"{HOSTILE_TITLE} {HOSTILE_ATTR}\""),
        )
        .edit(
            "tasks/pl2-01.toml",
            "title = \"Quy hoạch\"",
            "title = \"</table></style></script><svg onload=alert(1)>\"",
        )
        .edit(
            "agencies.toml",
            "name = \"Sở Xây dựng\"",
            "name = \"Sở <b onmouseover=alert(1)>Xây</b> dựng' onclick='x\"",
        )
        .edit(
            "indicators.toml",
            "name = \"Tốc độ tăng trưởng GRDP\"",
            "name = \"GRDP <iframe src=//x></iframe>\"",
        )
        .edit(
            "progress/2024.toml",
            "note = \"Kế hoạch đã ban hành\"",
            "note = \"<a href=javascript:alert(1)>x</a>\"",
        )
}

#[test]
fn hostile_titles_find_no_executable_markup() {
    let f = hostile();
    for lang in ["vi", "en"] {
        let page = page(&f, &["--lang", lang]);
        assert_no_executable_markup(&page);
        // The hostile texts are there, as text.
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assert!(page.contains("&lt;/table&gt;&lt;/style&gt;&lt;/script&gt;"));
        assert!(page.contains("&lt;a href=javascript:alert(1)&gt;"));
        // The hostile agency name is its Vietnamese one; English shows name_en.
        if lang == "vi" {
            assert!(page.contains("&#39; onclick=&#39;x"));
        }
    }
    // And every other format still runs on the same plan.
    let md = f.run(&["report", "--year", "2025", "--format", "md"]);
    assert_eq!(md.code, 0, "{}", md.stderr);
}

#[test]
fn the_page_fetches_nothing() {
    let page = std::fs::read_to_string(repo().join("examples/output/report-2025.html")).unwrap();
    assert!(page.contains("content=\"default-src 'none'; "));
    let m = markup(&page);
    // The SVG namespace is a name, never fetched; nothing else is a URL.
    let without_ns = m.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    for bad in ["http:", "https:", "//", "<link", "@import", "url("] {
        assert!(
            !without_ns.contains(bad) || (bad == "//" && !without_ns.contains("\"//")),
            "{bad} in the page"
        );
    }
    for bad in ["@import", "url(", "http"] {
        let css = &page[page.find("<style>").unwrap()..page.find("</style>").unwrap()];
        assert!(!css.contains(bad), "{bad} in the style");
    }
    for bad in [
        "fetch(",
        "XMLHttpRequest",
        "import(",
        "http",
        ".src",
        "WebSocket",
    ] {
        for script in page.split("<script>").skip(1) {
            let script = script.split("</script>").next().unwrap();
            assert!(!script.contains(bad), "{bad} in a script");
        }
    }
}

/// The text people read: the markup without tags, scripts or styles.
fn text(page: &str) -> String {
    let m = markup(page)
        .replace("<script></script>", "")
        .replace("<style></style>", "");
    let mut out = String::new();
    let mut in_tag = false;
    for c in m.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn vietnamese_or_english_with_their_dates_and_numbers() {
    let f = Fixture::example();
    let vi = text(&page(&f, &[]));
    let en = text(&page(&f, &["--lang", "en"]));
    assert!(vi.contains("31/12/2025"), "a Vietnamese date");
    assert!(vi.contains("7,16"), "a decimal comma");
    assert!(vi.contains("Biểu đồ") && vi.contains("Chưa hoàn thành, quá hạn"));
    assert!(en.contains("2025-12-31") && en.contains("7.16"));
    assert!(en.contains("Charts") && en.contains("Overdue, no completion recorded"));
    for code in [
        "done_on_time",
        "done_late",
        "in_progress",
        "not_reported",
        "on_track",
        "no_data",
    ] {
        assert!(!vi.contains(code) && !en.contains(code), "a code: {code}");
    }
    for english in ["Charts", "Done on time", "Path needed", "Search the table"] {
        assert!(!vi.contains(english), "English in Vietnamese: {english}");
    }
    let html_vi = page(&f, &[]);
    assert!(html_vi.contains("<html lang=\"vi\">"));
    assert!(html_vi.contains("data-search=\"Tìm trong bảng\""));
}

#[test]
fn every_chart_has_a_title_a_text_alternative_and_its_numbers() {
    let page = std::fs::read_to_string(repo().join("examples/output/report-2025.html")).unwrap();
    let figures: Vec<&str> = page.split("<figure").skip(1).collect();
    // Status, overdue, scorecard, recurring, five indicators.
    assert_eq!(figures.len(), 9);
    for f in figures {
        let f = f.split("</figure>").next().unwrap();
        assert!(f.contains("<figcaption>") && f.contains("<p class=\"alt\">"));
        assert!(f.contains("role=\"img\"") && f.contains("<title id="));
        assert!(f.contains("<desc id="), "a text alternative in the SVG");
        assert!(f.contains("<details><summary>") && f.contains("<table class=\"data\""));
    }
    // With the script off, every task is in the page and no row is hidden.
    let m = markup(&page);
    for id in ["PL1.1", "PL2.I.1", "PL2.I.7"] {
        assert!(m.contains(&format!("<td class=\"id\">{id}</td>")), "{id}");
    }
    assert!(!m.contains(" hidden"));
    // A print stylesheet for A4.
    assert!(page.contains("@page { size: A4;") && page.contains("@media print"));
}

#[test]
fn html_to_a_file_and_to_stdout_are_the_same() {
    let f = Fixture::example();
    let out = f.dir.path().join("report.html");
    let o = f.run(&[
        "report",
        "--year",
        "2025",
        "--format",
        "html",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), page(&f, &[]));
}

#[test]
fn the_bundled_plan_page_is_under_a_megabyte() {
    let o = run_in(&repo(), &["report", "--year", "2025", "--format", "html"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let size = o.stdout.len();
    assert!(size < 1_000_000, "{size} bytes");
    assert_no_executable_markup(&o.stdout);
}

#[test]
fn ten_thousand_tasks_make_a_page_under_ten_megabytes() {
    let files: Vec<InputFile> = plan::generate::plan(10_000, 1)
        .into_iter()
        .map(|(rel, text)| InputFile {
            rel,
            bytes: Ok(text.into_bytes()),
        })
        .collect();
    let loaded = load_files("plan", files);
    assert!(!loaded.has_errors());
    let plan = &loaded.plan;
    let r = plan::query::report::annual(plan, 2025);
    let lang = plan::lang::Lang::Vi;
    let doc = plan::compose::report::document(plan, &r, None, lang, None);
    let bytes = plan::render::Backend::Html.render(&doc, lang).unwrap();
    assert!(bytes.len() < 10_000_000, "{} bytes", bytes.len());
    // The task table is all there for a reader without script; the script
    // shows it a page at a time.
    let page = String::from_utf8(bytes).unwrap();
    assert!(page.matches("<tr>").count() > 10_000);
}

#[test]
fn every_reading_command_writes_a_page() {
    let f = hostile();
    for args in [
        &["list", "--as-of", "31/12/2025"][..],
        &["overdue", "--as-of", "31/12/2025", "--by-agency"],
        &["show", "PL2.I.4"],
        &["targets", "--year", "2025"],
        &["agencies"],
        &["report", "--year", "2025", "--table", "tasks"],
    ] {
        let mut all = args.to_vec();
        all.extend(["--format", "html"]);
        let o = f.run(&all);
        assert_eq!(o.code, 0, "plan {}: {}", all.join(" "), o.stderr);
        assert!(o.stdout.starts_with("<!DOCTYPE html>"));
        assert_no_executable_markup(&o.stdout);
    }
}
