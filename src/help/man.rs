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
    let ours = [
        ("NAME", HelpWord::ManName),
        ("SYNOPSIS", HelpWord::ManSynopsis),
        ("DESCRIPTION", HelpWord::ManDescription),
        ("EXTRA", HelpWord::ManExtra),
        ("VERSION", HelpWord::ManVersion),
        (HelpWord::Commands.text(lang), HelpWord::Commands),
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
                roff.control("SH", [word.text(lang).to_uppercase().as_str()]);
                out.push_str(&roff.to_roff());
            }
            None => out.push_str(line),
        }
    }
    out
}
