//! GitHub Markdown tables that keep their columns whatever the cells hold.

use super::Listing;

pub fn markdown(listing: &Listing) -> String {
    let mut out = String::new();
    let line = |cells: &mut dyn Iterator<Item = String>| {
        let cells: Vec<String> = cells.collect();
        format!("| {} |\n", cells.join(" | "))
    };
    out.push_str(&line(&mut listing.headers.iter().map(|h| cell(h))));
    out.push_str(&line(
        &mut listing.headers.iter().map(|_| "---".to_string()),
    ));
    for r in &listing.rows {
        out.push_str(&line(&mut r.iter().map(|c| cell(c))));
    }
    out
}

/// A cell's text with `|` escaped and line breaks as `<br>`, so every row keeps
/// its columns.
pub fn cell(s: &str) -> String {
    if s.is_empty() {
        return " ".into();
    }
    if !s.contains(['\\', '|', '\n', '\r']) {
        return s.to_string();
    }
    let s = s.replace('\\', "\\\\").replace('|', "\\|");
    let s = s.replace("\r\n", "\n").replace('\n', "<br>");
    if s.is_empty() {
        " ".into()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipes_and_line_breaks_stay_inside_their_cell() {
        let mut l = Listing::new(&["a", "b"]);
        l.rows.push(vec!["x | y".into(), "1\n2".into()]);
        assert_eq!(
            markdown(&l),
            "| a | b |\n| --- | --- |\n| x \\| y | 1<br>2 |\n"
        );
    }
}
