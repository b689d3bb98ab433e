//! The Word backend: the document laid out as an administrative report under
//! Decree 30/2020/NĐ-CP, so that it can go to the People's Committee as it
//! is. A4 with the decree's margins (top and bottom 20 mm, left 30 mm, right
//! 15 mm), Times New Roman: 13 pt for the letterhead, 14 pt for the body,
//! 12 pt in tables. The letterhead is a borderless two-column table, as
//! offices lay it out: the issuer and number on the left, the national title,
//! motto, place and date on the right. Then the kind of document and its
//! title, the paragraphs, the tables as Word tables, and the recipients
//! beside the signature. In English the national title and motto are left
//! out: a plain layout for readers abroad.

use super::cells::{CellText, Medium};
use super::type_width;
use crate::catalogue::{Message, OrStop, Problem, Stop, Word};
use crate::document::{Block, Document, Letterhead, Table};
use crate::lang::Lang;
use crate::workbook::FONT;
use anyhow::Result;
use docx_rs::{
    AlignmentType, BorderType, BreakType, Docx, Header, HeightRule, LineSpacing, PageMargin,
    PageNum, PageOrientationType, PageSize, Paragraph, ParagraphBorder, ParagraphBorderPosition,
    ParagraphBorders, Run, RunFonts, SectionProperty, Shading, SpecialIndentType, Table as WTable,
    TableCell, TableLayoutType, TableRow, WidthType,
};

/// Sizes in half-points, as Word counts them.
const BODY: usize = 28;
const LETTERHEAD: usize = 26;
const NATIONAL_TITLE: usize = 24;
const TABLE: usize = 24;
const RECIPIENTS: usize = 22;
/// A4 in twentieths of a point, and the text's width between the margins.
const A4: (u32, u32) = (11_906, 16_838);
const MM: f64 = 56.7;
const TEXT_WIDTH: usize = 9_355;
/// The text's width on a landscape page (297 − 30 − 15 mm).
const LANDSCAPE_WIDTH: usize = 14_288;

pub fn docx(doc: &Document, lang: Lang) -> Result<Vec<u8>> {
    let blocks = &doc.blocks;
    let shown =
        |b: &Block| matches!(b, Block::Table(t) if !t.sheet_only) || matches!(b, Block::Chart(_));
    // The report in words, signed, on portrait pages; the tables after it as
    // its appendix on landscape pages (from the heading above the first),
    // as offices attach them, so that a wide table has room.
    let cut = blocks
        .iter()
        .position(shown)
        .map(|i| match i.checked_sub(1).map(|h| &blocks[h]) {
            Some(Block::Heading(..)) => i - 1,
            _ => i,
        });
    let mut d = Docx::new()
        .default_fonts(fonts())
        // The tables' size is the default: they are most of the runs of a
        // long report, and a run at the default carries no size of its own.
        .default_size(TABLE)
        .page_margin(margins())
        // The page number at the top, from the second page on (the decree's).
        .header(page_number());
    d = match cut {
        Some(_) => d
            .page_size(A4.1, A4.0)
            .page_orient(PageOrientationType::Landscape),
        None => d.page_size(A4.0, A4.1).title_pg(),
    };
    let head = doc.letterhead.clone().unwrap_or_default();
    d = d.add_table(letterhead(&head, lang));
    for (i, block) in blocks.iter().enumerate() {
        if Some(i) == cut {
            d = d
                .add_paragraph(Paragraph::new())
                .add_table(signature(&head, lang))
                .add_paragraph(Paragraph::new().section_property(first_section()))
                .add_paragraph(
                    centred(run(&upper(Word::Appendix.text(lang)), BODY).bold())
                        .line_spacing(LineSpacing::new().after(240)),
                );
        }
        let width = match cut {
            Some(c) if i >= c => LANDSCAPE_WIDTH,
            _ => TEXT_WIDTH,
        };
        d = match block {
            Block::Title(t) => title(d, t, lang),
            Block::Heading(_, t) => d.add_paragraph(
                body(t)
                    .keep_next(true)
                    .line_spacing(LineSpacing::new().before(120).after(60)),
            ),
            Block::Paragraph(t) => d.add_paragraph(
                body_text(t)
                    .align(AlignmentType::Both)
                    .indent(None, Some(SpecialIndentType::FirstLine(720)), None, None)
                    .line_spacing(LineSpacing::new().after(120)),
            ),
            Block::Lines(lines) => lines.iter().fold(d, |d, l| {
                d.add_paragraph(
                    plain(&format!("- {l}"), BODY)
                        .align(AlignmentType::Both)
                        .indent(None, Some(SpecialIndentType::FirstLine(720)), None, None),
                )
            }),
            Block::Table(t) if t.sheet_only => d,
            Block::Table(t) => table(d, t, lang, width),
            // Word does not draw here: the chart's title, then its numbers.
            Block::Chart(c) => table(
                d.add_paragraph(
                    body(&c.title)
                        .keep_next(true)
                        .line_spacing(LineSpacing::new().before(120).after(60)),
                ),
                &c.table(),
                lang,
                width,
            ),
        };
    }
    if cut.is_none() {
        d = d
            .add_paragraph(Paragraph::new())
            .add_table(signature(&head, lang));
    }
    let mut out = std::io::Cursor::new(Vec::new());
    // `pack` streams each part into the archive, never the whole XML at once.
    d.pack(&mut out).or_stop(lay_out)?;
    deflate(&out.into_inner())
}

fn page_number() -> Header {
    Header::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .add_page_num(PageNum::new()),
    )
}

/// The decree's margins: top and bottom 20 mm, left 30 mm, right 15 mm.
fn margins() -> PageMargin {
    let mm = |v: f64| (v * MM).round() as i32;
    PageMargin {
        top: mm(20.0),
        bottom: mm(20.0),
        left: mm(30.0),
        right: mm(15.0),
        header: mm(10.0),
        footer: mm(10.0),
        gutter: 0,
    }
}

/// The end of the first section: portrait, and no number on its first page
/// (no header of its own there). It shares the document's page-number header,
/// which `Docx::header` registers as the first.
fn first_section() -> SectionProperty {
    SectionProperty::new()
        .page_margin(margins())
        .page_size(PageSize::new().size(A4.0, A4.1))
        .header(page_number(), "rIdHeader1")
        .title_pg()
}

fn lay_out() -> Stop {
    Problem::CannotLayOut { format: "docx" }.into()
}

/// docx-rs stores its parts uncompressed: a report of 10 000 tasks would be
/// tens of megabytes to e-mail. The same parts, in the same order, deflated.
fn deflate(stored: &[u8]) -> Result<Vec<u8>> {
    use zip::write::SimpleFileOptions;
    let mut from = zip::ZipArchive::new(std::io::Cursor::new(stored)).or_stop(lay_out)?;
    let mut to = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    // The fastest level: most of the gain in size for a fraction of the time.
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    for i in 0..from.len() {
        let mut part = from.by_index(i).or_stop(lay_out)?;
        if part.is_dir() {
            continue;
        }
        let name = part.name().or_stop(lay_out)?.to_string();
        to.start_file(name.as_str(), options).or_stop(lay_out)?;
        if name == "word/document.xml" {
            let mut xml = String::new();
            std::io::Read::read_to_string(&mut part, &mut xml).or_stop(lay_out)?;
            std::io::Write::write_all(&mut to, repeat_header_rows(&xml).as_bytes())
                .or_stop(lay_out)?;
        } else {
            std::io::copy(&mut part, &mut to).or_stop(lay_out)?;
        }
    }
    Ok(to.finish().or_stop(lay_out)?.into_inner())
}

/// Marks each table's header row as one Word repeats at the top of every
/// page the table runs onto (`<w:tblHeader/>`), which docx-rs 0.4 cannot
/// write. `table` gives its header rows, and no other row, a height of
/// [`HEADER_MARK`] with the automatic rule (no height of its own, as every
/// row has); that property, as docx-rs writes it, is replaced by the mark.
/// A test counts the marks.
fn repeat_header_rows(xml: &str) -> String {
    xml.replace(HEADER_ROW, "<w:tblHeader />")
}

/// A height no row needs: "at least 0.5 twip, else as tall as the text".
const HEADER_MARK: f32 = 0.5;
/// The header row's height as docx-rs 0.4 writes it.
const HEADER_ROW: &str = r#"<w:trHeight w:val="0.5" w:hRule="auto" />"#;

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

/// Text Word can hold: no control characters but line breaks and tabs.
fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

/// A run of text at `size`, its lines kept as line breaks. A table's cell
/// relies on the document's defaults (font and size), which keeps the XML
/// of a 10 000-task appendix a third smaller and quicker to write.
fn run(text: &str, size: usize) -> Run {
    let r = match size {
        TABLE => Run::new(),
        _ => Run::new().size(size).fonts(fonts()),
    };
    lines(r, text)
}

fn lines(mut r: Run, text: &str) -> Run {
    let text = clean(text);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            r = r.add_break(BreakType::TextWrapping);
        }
        r = r.add_text(line);
    }
    r
}

fn plain(text: &str, size: usize) -> Paragraph {
    Paragraph::new().add_run(run(text, size))
}

/// A heading: bold, at the body's size.
fn body(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text, BODY).bold())
}

fn body_text(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text, BODY))
}

fn centred(r: Run) -> Paragraph {
    Paragraph::new()
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().after(0))
        .add_run(r)
}

/// A horizontal line: an empty paragraph's top border, `side` twentieths of
/// a point in from either side of its cell, 4 pt below the text above it
/// (the space before a paragraph lies above its top border), so that the
/// line does not touch the letters' descenders and marks ("Ọ", "Ạ").
fn rule(side: i32) -> Paragraph {
    let mut p = Paragraph::new()
        .indent(Some(side), None, Some(side), None)
        .line_spacing(LineSpacing::new().before(RULE_GAP).after(0).line(120))
        .size(6);
    // `with_empty`: docx-rs's default borders are all four sides.
    p.property = p.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Top)
                .val(BorderType::Single)
                .size(6),
        ),
    );
    p
}

/// The space between a letterhead's line and the text above it.
const RULE_GAP: u32 = 80;

/// Uppercase, as the decree writes the names of bodies and the title.
fn upper(s: &str) -> String {
    s.to_uppercase()
}

fn blank(lang: Lang) -> String {
    Word::Placeholder.text(lang).to_string()
}

/// A cell of a borderless layout table, `width` twentieths of a point wide.
fn layout_cell(width: usize, paragraphs: Vec<Paragraph>) -> TableCell {
    paragraphs
        .into_iter()
        .fold(TableCell::new().width(width, WidthType::Dxa), |c, p| {
            c.add_paragraph(p)
        })
        .clear_all_border()
}

fn layout_table(left: TableCell, right: TableCell, widths: [usize; 2]) -> WTable {
    let width = widths[0] + widths[1];
    // Centred on the text: past the margins by half the extra width.
    let indent = -((width.saturating_sub(TEXT_WIDTH) / 2) as i32);
    WTable::without_borders(vec![TableRow::new(vec![left, right])])
        .set_grid(widths.to_vec())
        .layout(TableLayoutType::Fixed)
        .indent(indent)
        .width(width, WidthType::Dxa)
}

/// The issuer and number on the left; national title, motto, place and date
/// on the right (Decree 30/2020/NĐ-CP, Appendix I, the layout of a report).
fn letterhead(h: &Letterhead, lang: Lang) -> WTable {
    // Wider than the text by half a margin each side, as offices set it, so
    // that the national title keeps to one line.
    let widths = [4_100, 6_200];
    let parent = h.parent.as_deref().map(upper);
    let issuer = h
        .issuer
        .as_deref()
        .map(upper)
        .unwrap_or_else(|| blank(lang));
    let mut left = Vec::new();
    if let Some(p) = parent {
        left.push(centred(run(&p, LETTERHEAD)));
    }
    left.push(centred(run(&issuer, LETTERHEAD).bold()));
    // A line under the issuer a third of the column long, one under the
    // motto as long as the motto.
    left.push(rule((widths[0] as i32) / 3));
    left.push(centred(run("", LETTERHEAD)));
    left.push(centred(run(
        &Message::DocNumber {
            number: h.number.as_deref(),
        }
        .text(lang),
        LETTERHEAD,
    )));
    let mut right = Vec::new();
    if lang == Lang::Vi {
        right.push(centred(
            run(Word::NationalTitle.text(lang), NATIONAL_TITLE).bold(),
        ));
        right.push(centred(run(Word::Motto.text(lang), BODY).bold()));
        right.push(rule(800));
        right.push(centred(run("", LETTERHEAD)));
    }
    right.push(centred(
        run(
            &Message::PlaceAndDate {
                place: h.place.as_deref(),
                date: h.dated,
            }
            .text(lang),
            BODY,
        )
        .italic(),
    ));
    layout_table(
        layout_cell(widths[0], left),
        layout_cell(widths[1], right),
        widths,
    )
}

/// "BÁO CÁO" and the subject under it, centred and bold: the title of the
/// document split after the kind it begins with.
fn title(d: Docx, t: &str, lang: Lang) -> Docx {
    let kind = Word::ReportKind.text(lang);
    let subject = t
        .get(..kind.len())
        .filter(|k| k.to_lowercase() == kind.to_lowercase())
        .map(|_| t[kind.len()..].trim());
    let d = d.add_paragraph(Paragraph::new().line_spacing(LineSpacing::new().before(240)));
    match subject {
        Some(s) if !s.is_empty() => {
            let mut chars = s.chars();
            let s: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            d.add_paragraph(centred(run(&upper(kind), BODY).bold()))
                .add_paragraph(
                    centred(run(&s, BODY).bold()).line_spacing(LineSpacing::new().after(240)),
                )
        }
        _ => d.add_paragraph(
            centred(run(t, BODY).bold()).line_spacing(LineSpacing::new().after(240)),
        ),
    }
}

/// A table as a Word table: a header row repeated on every page, a group's
/// heading as a row across the table, the column widths shared out by how
/// much each column holds.
fn table(d: Docx, t: &Table, lang: Lang, page: usize) -> Docx {
    let ct = CellText {
        lang,
        medium: Medium::People,
    };
    let headers: Vec<&str> = t.columns.iter().map(|c| c.label.text(lang)).collect();
    let n = headers.len().max(1);
    let rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .chain(t.groups.iter().flat_map(|g| g.rows.iter()))
        .map(|r| r.iter().map(|c| ct.text(c)).collect())
        .collect();
    let Layout { widths, size } = layout(&headers, &rows, n, page);
    let head_row = TableRow::new(
        headers
            .iter()
            .zip(&widths)
            .map(|(h, w)| {
                TableCell::new()
                    .width(*w, WidthType::Dxa)
                    .shading(Shading::new().fill("D9E1F2"))
                    .add_paragraph(centred(run(h, size).bold()))
            })
            .collect(),
    )
    .cant_split()
    .row_height(HEADER_MARK)
    .height_rule(HeightRule::Auto);
    let mut wrows = vec![head_row];
    // A row is kept on one page, as a reader expects of a task's line,
    // unless it is taller than a page and could not be.
    let data_row = |cells: &[String]| {
        let row = TableRow::new(
            (0..n)
                .map(|i| {
                    let text = cells.get(i).map(String::as_str).unwrap_or("");
                    // Its width is the grid's (a fixed layout).
                    TableCell::new().add_paragraph(plain(text, size))
                })
                .collect(),
        );
        match taller_than_a_page(cells, &widths, size) {
            true => row,
            false => row.cant_split(),
        }
    };
    let mut at = 0;
    let mut next = |count: usize| {
        let slice = &rows[at..at + count];
        at += count;
        slice
    };
    for r in next(t.rows.len()) {
        wrows.push(data_row(r));
    }
    for g in &t.groups {
        wrows.push(
            TableRow::new(vec![TableCell::new()
                .grid_span(n)
                .width(page, WidthType::Dxa)
                .add_paragraph(
                    Paragraph::new().add_run(run(&g.heading, size).bold()),
                )])
            .cant_split(),
        );
        for r in next(g.rows.len()) {
            wrows.push(data_row(r));
        }
    }
    d.add_table(
        WTable::new(wrows)
            .set_grid(widths)
            .layout(TableLayoutType::Fixed)
            .width(page, WidthType::Dxa),
    )
    .add_paragraph(Paragraph::new())
}

/// Sizes a table may be set in, in half-points: 12 pt, and a step or two
/// smaller for a table whose words do not all fit the landscape page at
/// 12 pt (the scorecard's 17 columns), as offices set a wide appendix,
/// rather than break its headings and ids inside words. Below 10 pt a
/// printed table is hard to read; a table that needs less breaks words.
const TABLE_SIZES: [usize; 3] = [TABLE, 22, 20];

/// Room a cell's text loses to the cell's margins (Word's default, 0.19 cm
/// each side) and a little more, so that a word measured to fit does.
const CELL_MARGIN: usize = 250;

/// How a table is set: its columns' widths and its type size.
struct Layout {
    widths: Vec<usize>,
    size: usize,
}

/// The width of a text's longest unbreakable word, in thousandths of the
/// type size (the same at every size). Only a space is taken as a place to
/// break: Word and LibreOffice do not
/// break a date ("30/06/2025") and should not break an id
/// ("ubnd-cap-huyen") at its hyphens.
fn longest_units(s: &str, bold: bool) -> usize {
    s.split_whitespace()
        .map(|w| type_width::units(w, bold))
        .max()
        .unwrap_or(0)
}

/// The largest of [`TABLE_SIZES`] at which every heading's and every cell's
/// longest word fits its column, and the widths at that size; see
/// [`column_widths`].
fn layout(headers: &[&str], rows: &[Vec<String>], n: usize, page: usize) -> Layout {
    // Each column's longest word (heading or cell) is measured once, in
    // units of the type size, and scaled to each size tried.
    let longest: Vec<usize> = (0..n)
        .map(|i| {
            let head = headers.get(i).map_or(0, |h| longest_units(h, true));
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| longest_units(c, false))
                .fold(head, usize::max)
        })
        .collect();
    let need = |size: usize| -> Vec<usize> {
        longest
            .iter()
            // A word longer than a third of the page is broken rather
            // than starve the other columns.
            .map(|u| (type_width::at_size(*u, size) + CELL_MARGIN).min(page / 3))
            .collect()
    };
    let (size, need) = TABLE_SIZES
        .into_iter()
        .map(|size| (size, need(size)))
        .find(|(_, need)| need.iter().sum::<usize>() <= page)
        .unwrap_or_else(|| {
            let smallest = TABLE_SIZES[TABLE_SIZES.len() - 1];
            (smallest, need(smallest))
        });
    Layout {
        widths: column_widths(&need, rows, n, page, size),
        size,
    }
}

/// Widths in twentieths of a point that add up to the text's width. Each
/// column first gets `need`, the room for its longest word, so that no word
/// is broken across lines (scaled down only when the table cannot hold them
/// at the smallest size). What is left goes, a sixty-fourth at a time, to
/// the column where it makes the rows shortest in all (a row is as tall as
/// its tallest cell): a column of long titles gets the room while it makes
/// rows shorter, a column that sets a row's height is widened before one
/// that does not, and an empty column gets only its words' room. Where more
/// room shortens no row, it goes by how much a cell of each column holds.
fn column_widths(
    need: &[usize],
    rows: &[Vec<String>],
    n: usize,
    page: usize,
    size: usize,
) -> Vec<usize> {
    let sum: usize = need.iter().sum();
    let mut widths: Vec<usize> = match sum <= page {
        true => need.to_vec(),
        false => need.iter().map(|w| w * page / sum).collect(),
    };
    let mut rest = page.saturating_sub(widths.iter().sum());
    // At most 200 rows, spread over the table, are measured: a 10 000-task
    // appendix is laid out as quickly as a short one.
    let every = (rows.len() / 200).max(1);
    let measured: Vec<Vec<Vec<usize>>> = rows
        .iter()
        .step_by(every)
        .map(|r| {
            (0..n)
                .map(|i| {
                    r.get(i).map_or_else(Vec::new, |c| {
                        c.split('\n')
                            .map(|l| type_width::twips(l, false, size))
                            .collect()
                    })
                })
                .collect()
        })
        .collect();
    let held: Vec<f64> = (0..n)
        .map(|i| {
            measured
                .iter()
                .map(|r| r[i].iter().sum::<usize>())
                .sum::<usize>() as f64
        })
        .collect();
    // Lines counted in fractions, so that a step that takes a fraction of
    // a line off a tall cell counts (whole lines would see no gain in one
    // step, and the room would go elsewhere).
    let height = |w: &[usize]| -> f64 {
        measured
            .iter()
            .map(|r| {
                r.iter()
                    .zip(w)
                    .map(|(c, w)| lines_in(c, *w))
                    .fold(1.0, f64::max)
            })
            .sum()
    };
    let step = (rest / 64).max(1);
    while rest > 0 && n > 0 {
        let give = step.min(rest);
        let best = (0..n)
            .map(|i| {
                widths[i] += give;
                let h = height(&widths);
                widths[i] -= give;
                (i, h, held[i] / widths[i].max(1) as f64)
            })
            .min_by(|a, b| a.1.total_cmp(&b.1).then(b.2.total_cmp(&a.2)))
            .map_or(0, |b| b.0);
        widths[best] += give;
        rest -= give;
    }
    widths
}

/// [`line_count`] in fractions of a line.
fn lines_in(measured: &[usize], width: usize) -> f64 {
    let room = width.saturating_sub(CELL_MARGIN).max(1) as f64;
    measured
        .iter()
        .map(|m| (*m as f64 * 1.1 / room).max(1.0))
        .sum::<f64>()
        .max(1.0)
}

/// How many lines a cell of paragraphs `measured` wide takes in a column
/// `width` wide: each paragraph at least one, a tenth more than its width
/// for the room lost where lines break between words.
fn line_count(measured: &[usize], width: usize) -> usize {
    let room = width.saturating_sub(CELL_MARGIN).max(1);
    measured
        .iter()
        .map(|m| (m + m / 10).div_ceil(room).max(1))
        .sum::<usize>()
        .max(1)
}

/// Whether a row of `cells` in columns of `widths` at `size` is taller than
/// a landscape page's text: such a row must be let split across pages.
/// Lines are counted as [`line_count`] does, at Word's single spacing of Times.
fn taller_than_a_page(cells: &[String], widths: &[usize], size: usize) -> bool {
    let page = (A4.0 as f64 - 2.0 * 20.0 * MM) as usize;
    let line = size * 10 * 115 / 100;
    let tallest = cells
        .iter()
        .zip(widths)
        .map(|(c, w)| {
            let measured: Vec<usize> = c
                .split('\n')
                .map(|l| type_width::twips(l, false, size))
                .collect();
            line_count(&measured, *w)
        })
        .max()
        .unwrap_or(1);
    tallest * line > page
}

/// The lines under "Nơi nhận:": "- " and each recipient with ";", then
/// "- Lưu: VT.", unless a recipient already is the archive line ("Lưu: VT,
/// TH."): that one is kept as written and no second is added. Only the
/// archive word with its colon counts ("Lưu trữ tỉnh" is a recipient).
fn recipient_lines(recipients: &[String], lang: Lang) -> Vec<String> {
    let archive = Word::Archive.text(lang);
    let word = archive.split(':').next().unwrap_or_default().to_lowercase();
    let is_archive = |r: &str| {
        let r = r.trim_start().to_lowercase();
        r.strip_prefix(&word)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    };
    let mut lines: Vec<String> = match recipients.is_empty() {
        true => vec![format!("- {};", blank(lang))],
        false => recipients
            .iter()
            .map(|r| match is_archive(r) {
                true => format!("- {}", r.trim()),
                false => format!("- {};", r.trim_end_matches([';', '.'])),
            })
            .collect(),
    };
    if !recipients.iter().any(|r| is_archive(r)) {
        lines.push(format!("- {archive}"));
    }
    lines
}

/// "Nơi nhận:" and its list on the left, the signer on the right, with room
/// for the signature and the seal between the title and the name.
fn signature(h: &Letterhead, lang: Lang) -> WTable {
    let widths = [4_300, TEXT_WIDTH - 4_300];
    let mut left = vec![
        Paragraph::new().add_run(run(Word::RecipientsLabel.text(lang), TABLE).bold().italic())
    ];
    let mut lines = recipient_lines(&h.recipients, lang);
    let last = lines.pop().unwrap_or_default();
    for line in &lines {
        left.push(
            Paragraph::new()
                .line_spacing(LineSpacing::new().after(0))
                .add_run(run(line, RECIPIENTS)),
        );
    }
    left.push(plain(&last, RECIPIENTS));
    let title = h
        .signer_title
        .as_deref()
        .map(upper)
        .unwrap_or_else(|| blank(lang));
    let name = h.signer.clone().unwrap_or_else(|| blank(lang));
    let mut right = vec![centred(run(&title, BODY).bold())];
    for _ in 0..4 {
        right.push(centred(run("", BODY)));
    }
    right.push(centred(run(&name, BODY).bold()));
    layout_table(
        layout_cell(widths[0], left),
        layout_cell(widths[1], right),
        widths,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn longest_word(s: &str, bold: bool, size: usize) -> usize {
        type_width::at_size(longest_units(s, bold), size)
    }

    /// Every heading's and every cell's longest word fits its column at
    /// the size the table is set in, with the cell's margins.
    fn assert_words_fit(headers: &[&str], rows: &[Vec<String>], l: &Layout) {
        for (i, w) in l.widths.iter().enumerate() {
            let head = longest_word(headers[i], true, l.size);
            let cell = rows
                .iter()
                .map(|r| longest_word(&r[i], false, l.size))
                .max()
                .unwrap_or(0);
            assert!(
                head.max(cell) + 216 <= *w,
                "column {i} ({}) is {w} wide for a word of {}",
                headers[i],
                head.max(cell)
            );
        }
    }

    #[test]
    fn widths_fill_the_page_and_give_a_title_the_most_room() {
        let rows = vec![vec![
            "PL2.I.1".to_string(),
            "Rà soát và triển khai thực hiện đồng bộ các nhiệm vụ, giải pháp nhằm hoàn thành chỉ tiêu".to_string(),
            "Sở Xây dựng".to_string(),
        ]];
        let l = layout(&["ID", "Nhiệm vụ", "Chủ trì"], &rows, 3, TEXT_WIDTH);
        let w = &l.widths;
        assert!(w.iter().sum::<usize>() <= TEXT_WIDTH);
        assert!(w.iter().sum::<usize>() > TEXT_WIDTH - 10);
        assert!(w[1] > w[0] && w[1] > w[2], "{w:?}");
        assert_eq!(l.size, TABLE);
    }

    /// The report's task table: a long title, short ids and dates, a column
    /// nearly always empty. The title gets the most room, every word fits
    /// (no "Nguồ/n", no "30/06/202" / "5", no "ubnd-/cap-/huyen"), and an
    /// empty column gets no more than its heading needs.
    #[test]
    fn widths_follow_what_the_cells_hold_and_words_fit() {
        let headers = [
            "ID",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Tiến độ",
            "Hạn",
            "Trạng thái",
            "Cập nhật gần nhất",
            "Nguồn",
        ];
        let row = |id: &str, latest: &str| -> Vec<String> {
            [
                id,
                "Rà soát và triển khai thực hiện đồng bộ các nhiệm vụ, giải pháp nhằm hoàn thành chỉ tiêu về tăng trưởng kinh tế, chuyển dịch cơ cấu kinh tế.",
                "ubnd-cap-huyen",
                "Năm 2025",
                "30/06/2025",
                "Chưa hoàn thành, trong hạn",
                latest,
                "",
            ]
            .map(String::from)
            .to_vec()
        };
        let rows: Vec<Vec<String>> = (0..40)
            .map(|i| match i % 2 {
                0 => row("PL2.VIII.13", "Chưa ghi nhận cập nhật"),
                _ => row(
                    "PL1.a.1",
                    "Đang thực hiện – 10/06/2025: Đã trình dự thảo đề án lên UBND tỉnh",
                ),
            })
            .collect();
        let l = layout(&headers, &rows, headers.len(), LANDSCAPE_WIDTH);
        let w = &l.widths;
        let sum: usize = w.iter().sum();
        assert!(
            sum <= LANDSCAPE_WIDTH && sum > LANDSCAPE_WIDTH - 10,
            "{w:?}"
        );
        assert!(
            w.iter().all(|x| x <= &w[1]),
            "the title has the most: {w:?}"
        );
        assert_eq!(l.size, TABLE);
        assert_words_fit(&headers, &rows, &l);
        // A date, measured: more than the 1 258 twips that broke it.
        assert!(w[4] >= type_width::twips("30/06/2025", false, TABLE) + 216);
        assert!(w[7] < w[6] && w[7] < w[2], "{w:?}");
        // The latest update holds more than the deadline.
        assert!(w[6] > w[4], "{w:?}");
    }

    /// Room left after the words goes where rows get shorter: two columns
    /// holding as much share it about evenly, an empty one gets only its
    /// heading's room.
    #[test]
    fn room_goes_where_it_makes_rows_shorter() {
        let text = "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố ".repeat(3);
        let rows: Vec<Vec<String>> = (0..20)
            .map(|_| vec![text.clone(), text.clone(), String::new()])
            .collect();
        let headers = ["Nhiệm vụ", "Cơ quan", "Nguồn"];
        let l = layout(&headers, &rows, 3, LANDSCAPE_WIDTH);
        let w = &l.widths;
        assert_eq!(w.iter().sum::<usize>(), LANDSCAPE_WIDTH, "{w:?}");
        assert!(w[0].abs_diff(w[1]) * 10 < w[0], "{w:?}");
        assert_eq!(
            w[2],
            longest_word("Nguồn", true, TABLE) + CELL_MARGIN,
            "{w:?}"
        );
    }

    /// One very long cell makes its row the table's tallest: its column gets
    /// the room, though a column of middling cells holds more on average.
    #[test]
    fn the_column_that_makes_a_row_tall_gets_the_room() {
        let middling = "Sở Xây dựng; Sở Tài chính; Sở Nội vụ".to_string();
        let mut rows: Vec<Vec<String>> = (0..19)
            .map(|_| vec![middling.clone(), String::new()])
            .collect();
        rows.push(vec![middling.clone(), "ghi chú rất dài ".repeat(40)]);
        let l = layout(&["Cơ quan", "Ghi chú"], &rows, 2, LANDSCAPE_WIDTH);
        assert!(l.widths[1] > l.widths[0], "{:?}", l.widths);
    }

    /// The scorecard's 17 columns cannot hold their headings' words at
    /// 12 pt on a landscape page: the table is set a size or two smaller,
    /// and then every word fits.
    #[test]
    fn a_table_too_wide_for_its_words_is_set_smaller_and_they_fit() {
        let headers = [
            "Mã",
            "Cơ quan",
            "Đến hạn",
            "Hoàn thành đúng hạn",
            "Hoàn thành quá hạn",
            "Chưa hoàn thành, quá hạn",
            "Chưa hoàn thành, trong hạn",
            "Tỷ lệ hoàn thành (%)",
            "Tỷ lệ đúng hạn (%)",
            "Quá hạn đến 30 ngày",
            "Quá hạn 31–90 ngày",
            "Quá hạn 91–180 ngày",
            "Quá hạn trên 180 ngày",
            "Thường xuyên: đã báo cáo",
            "Thường xuyên: chưa báo cáo",
            "Báo cáo năm",
            "Ngày nhận",
        ];
        let mut row: Vec<String> = vec!["ubnd-cap-huyen".into(), "UBND cấp huyện".into()];
        row.extend((0..13).map(|i| (i * 7).to_string()));
        row.extend(["Chưa nhận".into(), "15/12/2025".into()]);
        let rows = vec![row];
        let l = layout(&headers, &rows, headers.len(), LANDSCAPE_WIDTH);
        assert!(l.size < TABLE, "{}", l.size);
        assert!(l.widths.iter().sum::<usize>() <= LANDSCAPE_WIDTH);
        assert_words_fit(&headers, &rows, &l);
    }

    /// Words that fit no page at any size are broken rather than make the
    /// table wider than the page.
    #[test]
    fn a_table_of_words_no_page_holds_stays_on_the_page() {
        let headers: Vec<&str> = vec!["Nhiệm-vụ-không-có-khoảng-trắng"; 30];
        let rows = vec![vec!["x".repeat(200); 30]];
        let l = layout(&headers, &rows, 30, LANDSCAPE_WIDTH);
        assert_eq!(l.size, 20);
        assert!(l.widths.iter().sum::<usize>() <= LANDSCAPE_WIDTH);
    }

    fn document_xml(doc: &Document) -> String {
        let bytes = docx(doc, Lang::Vi).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
            .unwrap();
        xml
    }

    /// Each table's header row is one Word repeats on every page the table
    /// runs onto, and no other row is; every body row is kept on one page.
    #[test]
    fn a_tables_header_row_repeats_on_every_page_and_rows_do_not_split() {
        use crate::document::{Cell, Group};
        let mut doc = Document::new("t", "p", None, &());
        for _ in 0..2 {
            let mut t = Table::new("t", &[Word::Task, Word::Due]);
            for i in 0..200 {
                t.rows
                    .push(vec![Cell::text(format!("task {i}")), Cell::Empty]);
            }
            t.groups.push(Group {
                heading: "PL1".into(),
                cells: Vec::new(),
                rows: vec![vec![Cell::text("in a group"), Cell::Empty]].into(),
            });
            doc.push(Block::Table(t));
        }
        let xml = document_xml(&doc);
        assert_eq!(xml.matches("<w:tblHeader />").count(), 2);
        assert!(!xml.contains("<w:trHeight"), "the mark is replaced");
        for table in xml.split("<w:tbl>").filter(|t| t.contains("task 0")) {
            let rows: Vec<&str> = table.split("</w:tr>").collect();
            // The header row first, and only it.
            assert!(rows[0].contains("<w:tblHeader />"), "{}", rows[0]);
            // 200 rows, the group's heading and its row: none splits.
            let body = &rows[1..rows.len() - 1];
            assert_eq!(body.len(), 202);
            for r in body {
                assert!(r.contains("<w:cantSplit />"), "{r}");
                assert!(!r.contains("<w:tblHeader />"), "{r}");
            }
        }
    }

    /// The tables after the signature are its appendix, headed so; the
    /// letterhead's lines keep a gap below the text above them.
    #[test]
    fn the_appendix_is_headed_and_the_letterheads_lines_stand_clear() {
        use crate::document::Cell;
        let mut t = Table::new("t", &[Word::Task, Word::Due]);
        t.rows.push(vec![Cell::text("a task"), Cell::Empty]);
        let mut doc = Document::new("t", "p", None, &());
        doc.push(Block::Paragraph("words".into()));
        doc.push(Block::Table(t));
        let xml = document_xml(&doc);
        let after_signature = xml.split("<w:sectPr>").nth(1).unwrap();
        let heading = after_signature.find("PHỤ LỤC").unwrap();
        assert!(heading < after_signature.find("a task").unwrap());
        let rules = xml.split("<w:pBdr>").skip(1).count();
        assert_eq!(rules, 2);
        for (before, _) in xml.split("<w:pBdr>").zip(0..rules) {
            let ppr = before.rsplit("<w:pPr>").next().unwrap();
            assert!(ppr.contains(&format!("w:before=\"{RULE_GAP}\"")), "{ppr}");
        }
    }

    #[test]
    fn the_archive_line_is_added_once() {
        let lines = |r: &[&str]| {
            let r: Vec<String> = r.iter().map(|s| s.to_string()).collect();
            recipient_lines(&r, Lang::Vi)
        };
        assert_eq!(
            lines(&["UBND tỉnh (b/c)."]),
            ["- UBND tỉnh (b/c);", "- Lưu: VT."]
        );
        assert_eq!(
            lines(&["UBND tỉnh", "Lưu: VT, TH."]),
            ["- UBND tỉnh;", "- Lưu: VT, TH."]
        );
        assert_eq!(lines(&["lưu : VT"]), ["- lưu : VT"]);
        // The provincial archive is a recipient, not the archive line.
        assert_eq!(lines(&["Lưu trữ tỉnh"]), ["- Lưu trữ tỉnh;", "- Lưu: VT."]);
        assert_eq!(lines(&[]), ["- ……;", "- Lưu: VT."]);
    }

    /// A row taller than a page could not be kept on one: it is let split.
    #[test]
    fn a_row_taller_than_a_page_may_split() {
        use crate::document::Cell;
        let mut t = Table::new("t", &[Word::Task, Word::Due]);
        t.rows.push(vec![Cell::text("short"), Cell::Empty]);
        t.rows.push(vec![
            Cell::text(vec!["Một dòng của một ghi chú rất dài"; 400].join("\n")),
            Cell::Empty,
        ]);
        let mut doc = Document::new("t", "p", None, &());
        doc.push(Block::Table(t));
        let xml = document_xml(&doc);
        let table = xml.split("<w:tbl>").find(|t| t.contains("short")).unwrap();
        let rows: Vec<&str> = table.split("</w:tr>").collect();
        assert!(rows[1].contains("<w:cantSplit />"));
        assert!(!rows[2].contains("<w:cantSplit />"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// Any text in any cell and heading: both office files are made, and
        /// the Word document reads back.
        #[test]
        fn any_text_makes_both_office_files(
            heading in "\\PC{0,80}",
            cells in proptest::collection::vec("(\\PC|[\\x00-\\x1f\\n])*", 1..6),
            day in 0i64..60_000,
        ) {
            use crate::document::Cell;
            let date = chrono::NaiveDate::from_ymd_opt(1850, 1, 1).unwrap()
                + chrono::Duration::days(day);
            let mut t = Table::new("t", &[Word::Task, Word::Due]);
            for c in &cells {
                t.rows.push(vec![Cell::text(c.clone()), Cell::Date(date)]);
            }
            let mut doc = Document::new("t", "p", None, &());
            doc.push(Block::Heading(2, heading.clone()));
            doc.push(Block::Table(t));
            let bytes = docx(&doc, Lang::Vi).unwrap();
            proptest::prop_assert!(docx_rs::read_docx(&bytes).is_ok());
            proptest::prop_assert!(super::super::xlsx::xlsx(&doc, Lang::Vi).is_ok());
        }
    }

    #[test]
    fn control_characters_are_dropped_and_line_breaks_kept() {
        assert_eq!(clean("a\u{1}b\nc\td"), "ab\nc\td");
    }
}
