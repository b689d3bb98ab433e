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
use crate::catalogue::{Message, OrStop, Problem, Stop, Word};
use crate::document::{Block, Document, Letterhead, Table};
use crate::lang::Lang;
use crate::workbook::FONT;
use anyhow::Result;
use docx_rs::{
    AlignmentType, BorderType, BreakType, Docx, Header, LineSpacing, PageMargin, PageNum,
    PageOrientationType, PageSize, Paragraph, ParagraphBorder, ParagraphBorderPosition,
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
                .add_paragraph(Paragraph::new().section_property(first_section()));
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
/// write. The header row is the only row `table` makes with `cantSplit`, so
/// that property, as docx-rs writes it, finds them; a test counts them.
fn repeat_header_rows(xml: &str) -> String {
    xml.replace(CANT_SPLIT, concat!("<w:cantSplit />", "<w:tblHeader />"))
}

/// A row property as docx-rs 0.4 writes it.
const CANT_SPLIT: &str = "<w:cantSplit />";

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
/// a point in from either side of its cell.
fn rule(side: i32) -> Paragraph {
    let mut p = Paragraph::new()
        .indent(Some(side), None, Some(side), None)
        .line_spacing(LineSpacing::new().after(0).line(120))
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
    let widths = column_widths(&headers, &rows, n, page);
    let head_row = TableRow::new(
        headers
            .iter()
            .zip(&widths)
            .map(|(h, w)| {
                TableCell::new()
                    .width(*w, WidthType::Dxa)
                    .shading(Shading::new().fill("D9E1F2"))
                    .add_paragraph(centred(run(h, TABLE).bold()))
            })
            .collect(),
    )
    .cant_split();
    let mut wrows = vec![head_row];
    let data_row = |cells: &[String]| {
        TableRow::new(
            (0..n)
                .map(|i| {
                    let text = cells.get(i).map(String::as_str).unwrap_or("");
                    // Its width is the grid's (a fixed layout).
                    TableCell::new().add_paragraph(plain(text, TABLE))
                })
                .collect(),
        )
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
        wrows.push(TableRow::new(vec![TableCell::new()
            .grid_span(n)
            .width(page, WidthType::Dxa)
            .add_paragraph(
                Paragraph::new().add_run(run(&g.heading, TABLE).bold()),
            )]));
        for r in next(g.rows.len()) {
            wrows.push(data_row(r));
        }
    }
    d.add_table(
        WTable::new(wrows)
            .set_grid(widths.clone())
            .layout(TableLayoutType::Fixed)
            .width(page, WidthType::Dxa),
    )
    .add_paragraph(Paragraph::new())
}

/// Widths in twentieths of a point that add up to the text's width. Each
/// column first gets room for its longest word (12-point Times is about 140
/// a character, a bold heading about 155, plus the cell's margins), so that
/// no word is broken across lines; a heading's words always fit, a cell's
/// may be squeezed when the table is too wide for all of them. What is left
/// goes to the columns by how much a cell of each holds on average, so that
/// on a typical row each column takes about as many lines as the others: a
/// column of long titles gets the room, one mostly empty does not, and no
/// row is made tall by one cramped column.
fn column_widths(headers: &[&str], rows: &[Vec<String>], n: usize, page: usize) -> Vec<usize> {
    const CHAR: f64 = 140.0;
    const BOLD: f64 = 155.0;
    const MARGIN: f64 = 230.0;
    // A line may break after a space, a hyphen or a slash ("digital-" /
    // "transformation-rank", "09-NQ/" / "TW"): the longest piece between.
    let longest_word = |s: &str| {
        s.split(|c: char| c.is_whitespace() || c == '-' || c == '/')
            .map(|w| w.chars().count() + 1)
            .max()
            .unwrap_or(0)
    };
    let page = page as f64;
    let count = rows.len().max(1) as f64;
    let columns: Vec<(f64, f64, f64)> = (0..n)
        .map(|i| {
            let head = headers.get(i).map_or(0, |h| longest_word(h)) as f64 * BOLD + MARGIN;
            let (word, total) = rows
                .iter()
                .filter_map(|r| r.get(i))
                .fold((0, 0), |(w, t), c| {
                    (w.max(longest_word(c)), t + c.chars().count())
                });
            // No column wider than a third of the page for its word alone.
            let word = (word.max(3) as f64 * CHAR + MARGIN).min(page / 3.0);
            (
                head.min(page / 3.0),
                (word - head).max(0.0),
                total as f64 / count,
            )
        })
        .collect();
    // A table too wide for its words (the scorecard's 17 columns) gives them
    // seven tenths of the page: the headings' words first, the cells' in
    // what remains of that.
    let heads: f64 = columns.iter().map(|c| c.0).sum();
    let extras: f64 = columns.iter().map(|c| c.1).sum();
    let room = page * 0.7;
    let (head_scale, extra_scale) = if heads + extras <= room {
        (1.0, 1.0)
    } else if heads <= room {
        (1.0, (room - heads) / extras.max(1.0))
    } else {
        (room / heads, 0.0)
    };
    let words: Vec<f64> = columns
        .iter()
        .map(|(h, e, _)| h * head_scale + e * extra_scale)
        .collect();
    let rest = (page - words.iter().sum::<f64>()).max(0.0);
    let shares: Vec<f64> = columns.iter().map(|c| c.2).collect();
    let total = shares.iter().sum::<f64>();
    words
        .iter()
        .zip(&shares)
        .map(|(w, s)| match total > 0.0 {
            true => (w + s / total * rest) as usize,
            false => (w + rest / n as f64) as usize,
        })
        .collect()
}

/// "Nơi nhận:" and its list on the left, the signer on the right, with room
/// for the signature and the seal between the title and the name.
fn signature(h: &Letterhead, lang: Lang) -> WTable {
    let widths = [4_300, TEXT_WIDTH - 4_300];
    let mut left = vec![
        Paragraph::new().add_run(run(Word::RecipientsLabel.text(lang), TABLE).bold().italic())
    ];
    let archive = Word::Archive.text(lang);
    let mut recipients: Vec<String> = h.recipients.clone();
    if recipients.is_empty() {
        recipients.push(blank(lang));
    }
    for r in &recipients {
        left.push(
            Paragraph::new()
                .line_spacing(LineSpacing::new().after(0))
                .add_run(run(
                    &format!("- {};", r.trim_end_matches([';', '.'])),
                    RECIPIENTS,
                )),
        );
    }
    left.push(plain(&format!("- {archive}"), RECIPIENTS));
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

    #[test]
    fn widths_fill_the_page_and_give_a_title_the_most_room() {
        let rows = vec![vec![
            "PL2.I.1".to_string(),
            "Rà soát và triển khai thực hiện đồng bộ các nhiệm vụ, giải pháp nhằm hoàn thành chỉ tiêu".to_string(),
            "Sở Xây dựng".to_string(),
        ]];
        let w = column_widths(&["ID", "Nhiệm vụ", "Chủ trì"], &rows, 3, TEXT_WIDTH);
        assert!(w.iter().sum::<usize>() <= TEXT_WIDTH);
        assert!(w.iter().sum::<usize>() > TEXT_WIDTH - 10);
        assert!(w[1] > w[0] && w[1] > w[2], "{w:?}");
    }

    /// The report's task table: a long title, short ids and dates, a column
    /// nearly always empty. The title gets the most room, each heading's
    /// longest word fits (no "Nguồ/n"), and an empty column gets no more
    /// than its heading needs.
    #[test]
    fn widths_follow_what_the_cells_hold_and_headings_fit() {
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
                "Sở Tài chính (kế thừa Sở Kế hoạch và Đầu tư)",
                "Năm 2025",
                "31/12/2025",
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
        let w = column_widths(&headers, &rows, headers.len(), LANDSCAPE_WIDTH);
        let sum: usize = w.iter().sum();
        assert!(
            sum <= LANDSCAPE_WIDTH && sum > LANDSCAPE_WIDTH - 10,
            "{w:?}"
        );
        assert!(
            w.iter().all(|x| x <= &w[1]),
            "the title has the most: {w:?}"
        );
        // "Nguồn": five letters of bold 12-point Times and the margins.
        assert!(w[7] >= 6 * 155 + 230, "{w:?}");
        assert!(w[7] < w[6] && w[7] < w[2], "{w:?}");
        // The latest update holds more than the deadline.
        assert!(w[6] > w[4], "{w:?}");
    }

    /// Each table's header row is one Word repeats on every page the table
    /// runs onto, and no other row is.
    #[test]
    fn a_tables_header_row_repeats_on_every_page() {
        use crate::document::Cell;
        let mut doc = Document::new("t", "p", None, &());
        for _ in 0..2 {
            let mut t = Table::new("t", &[Word::Task, Word::Due]);
            for i in 0..200 {
                t.rows
                    .push(vec![Cell::text(format!("task {i}")), Cell::Empty]);
            }
            doc.push(Block::Table(t));
        }
        let bytes = docx(&doc, Lang::Vi).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
            .unwrap();
        assert_eq!(xml.matches("<w:tblHeader />").count(), 2);
        // In the first row of each of the two data tables.
        for table in xml.split("<w:tbl>").filter(|t| t.contains("task 0")) {
            let first_row = table.split("</w:tr>").next().unwrap();
            assert!(first_row.contains("<w:tblHeader />"), "{first_row}");
        }
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
