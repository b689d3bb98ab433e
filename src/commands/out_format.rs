//! The format of `plan report --out FILE`: the one asked for, else the one
//! the file's extension names, so `--out bao-cao.docx` writes a Word file and
//! never terminal text under a .docx name (which Word refuses to open).

use crate::catalogue::Problem;
use crate::cli::Format;
use anyhow::{bail, Result};
use std::path::Path;

/// `given` (--format) when there is one and the extension does not name
/// another; the extension's format when --format is not given; else none
/// (the command's default). A mismatch is refused before any work.
pub fn for_out(given: Option<Format>, out: Option<&Path>) -> Result<Option<Format>> {
    let named = out.and_then(Format::of_extension);
    match (given, named) {
        (Some(g), Some(n)) if g != n => bail!(Problem::OutExtensionMismatch {
            path: &out.map(|p| p.display().to_string()).unwrap_or_default(),
            named: n.name(),
            format: g.name(),
            extension: g.extension(),
        }
        .stop()),
        (Some(g), _) => Ok(Some(g)),
        (None, n) => Ok(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<&Path> {
        Some(Path::new(s))
    }

    #[test]
    fn the_extension_chooses_when_format_is_not_given() {
        assert_eq!(for_out(None, p("r.docx")).unwrap(), Some(Format::Docx));
        assert_eq!(for_out(None, p("r.XLSX")).unwrap(), Some(Format::Xlsx));
        assert_eq!(for_out(None, p("r.htm")).unwrap(), Some(Format::Html));
        assert_eq!(for_out(None, p("r.md")).unwrap(), Some(Format::Md));
        assert_eq!(for_out(None, p("r.csv")).unwrap(), Some(Format::Csv));
        assert_eq!(for_out(None, p("r.json")).unwrap(), Some(Format::Json));
        assert_eq!(for_out(None, p("r.txt")).unwrap(), None);
        assert_eq!(for_out(None, p("-")).unwrap(), None);
        assert_eq!(for_out(None, None).unwrap(), None);
    }

    #[test]
    fn a_format_the_extension_agrees_with_or_says_nothing_about_is_kept() {
        let f = Some(Format::Md);
        assert_eq!(for_out(f, p("r.md")).unwrap(), f);
        assert_eq!(for_out(f, p("r.txt")).unwrap(), f);
        assert_eq!(for_out(f, None).unwrap(), f);
    }

    #[test]
    fn a_format_the_extension_contradicts_is_refused() {
        let e = for_out(Some(Format::Docx), p("x.xlsx")).unwrap_err();
        let text = format!("{e}");
        assert!(text.contains("x.xlsx") && text.contains("docx"), "{text}");
        assert!(for_out(Some(Format::Table), p("x.docx")).is_err());
    }
}
