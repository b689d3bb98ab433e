//! `plan man`'s pages in the language of help: clap_mangen renders the
//! localized command, and the section headings it writes in English (`.SH
//! NAME`, `.SH SYNOPSIS`, …) are said in ours. A heading is a control line of
//! its own, and roff escapes any text line that would start with `.`, so a
//! whole line equal to `.SH NAME` can only be clap_mangen's heading.

use crate::catalogue::help::HelpWord;
use crate::lang::Lang;

/// plan.1 alone, or with it a `plan-COMMAND.1` for every command (the pages
/// plan.1 refers to): each with its file name.
pub fn pages(lang: Lang, every_command: bool) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let cmd = super::localize::command(lang, super::localize::Layout::Man);
    let mut commands = vec![cmd.clone()];
    if every_command {
        commands.extend(cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
    }
    let mut pages = Vec::new();
    for command in commands {
        // The footer names the program and its version on every page; a
        // command's own page would otherwise show its name alone.
        let man = clap_mangen::Man::new(command)
            .manual(HelpWord::ManManual.text(lang))
            .source(format!("plan {}", env!("CARGO_PKG_VERSION")));
        let mut out = Vec::new();
        man.render(&mut out)?;
        pages.push((man.get_filename(), headings(&out, lang).into_bytes()));
    }
    Ok(pages)
}

/// clap_mangen's own headings, the command list's heading in capitals as
/// every other heading (clap_mangen writes it as the help does), and the
/// words above a list of values: italic, so `\fI` that no text can hold
/// (roff doubles every backslash of a text).
fn headings(page: &[u8], lang: Lang) -> String {
    let values = format!("\\fI{}\\fR", HelpWord::ValuesHeading.text(lang));
    // clap_mangen's English words are the catalogue's English ones.
    let theirs = format!("\\fI{}\\fR", HelpWord::ValuesHeading.text(Lang::En));
    let page = String::from_utf8_lossy(page).replace(&theirs, &values);
    // The letterhead options' heading, which clap_mangen writes in
    // capitals, flag and all.
    let letter = HelpWord::LetterHeading.text(lang).to_uppercase();
    let ours = [
        ("NAME", HelpWord::ManName),
        ("SYNOPSIS", HelpWord::ManSynopsis),
        ("DESCRIPTION", HelpWord::ManDescription),
        ("EXTRA", HelpWord::ManExtra),
        ("VERSION", HelpWord::ManVersion),
        (HelpWord::Commands.text(lang), HelpWord::Commands),
        (letter.as_str(), HelpWord::LetterHeading),
    ];
    let mut out = String::with_capacity(page.len());
    for line in page.split_inclusive('\n') {
        // clap_mangen leaves the empty date out of `.TH plan 1  "source"
        // "manual"` instead of writing `""`, so man took the source for the
        // date and the manual for the source.
        if line.starts_with(".TH ") {
            out.push_str(&line.replacen("  ", " \"\" ", 1));
            continue;
        }
        let heading = line.trim_end_matches('\n').strip_prefix(".SH ");
        match heading.and_then(|h| {
            ours.iter()
                .find(|(theirs, _)| *theirs == h.trim_matches('"'))
        }) {
            Some((_, word)) => {
                let mut roff = roff::Roff::new();
                roff.control("SH", [heading_case(word.text(lang)).as_str()]);
                out.push_str(&roff.to_roff());
            }
            None => out.push_str(line),
        }
    }
    out
}

/// A man page heading in capitals, as man pages set them, except a command
/// line it quotes: "Word report (--format docx)" becomes "WORD REPORT
/// (--format docx)", since `--FORMAT DOCX` is not what a reader types.
fn heading_case(text: &str) -> String {
    match text.find(" (-") {
        Some(at) => format!("{}{}", text[..at].to_uppercase(), &text[at..]),
        None => text.to_uppercase(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_heading_is_in_capitals_but_a_command_line_it_quotes_is_not() {
        assert_eq!(
            super::heading_case("Báo cáo Word (--format docx)"),
            "BÁO CÁO WORD (--format docx)"
        );
        assert_eq!(
            super::heading_case("Tùy chọn (ghi chú)"),
            "TÙY CHỌN (GHI CHÚ)"
        );
    }

    #[test]
    fn the_report_page_quotes_its_flag_as_typed() {
        for (lang, heading) in [
            (
                crate::lang::Lang::Vi,
                ".SH \"BÁO CÁO WORD (--format docx)\"",
            ),
            (crate::lang::Lang::En, ".SH \"WORD REPORT (--format docx)\""),
        ] {
            let pages = super::pages(lang, true).unwrap();
            let (_, report) = pages
                .iter()
                .find(|(name, _)| name == "plan-report.1")
                .unwrap();
            let report = String::from_utf8_lossy(report);
            assert!(report.lines().any(|l| l == heading), "{report}");
        }
    }
}
