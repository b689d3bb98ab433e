//! Sentences with data in them: titles, headings, lines of history, diff
//! facts, confirmations. Data (titles, names, notes) is put in as it is; the
//! renderers escape it for their medium.

use super::{Count, Noun, Word};
use crate::cache::Damage;
use crate::lang::Lang;
use crate::model::{AgencyLevel, UpdateStatus};
use crate::query::diff::{Change, Entity, Kind};
use crate::query::Role;
use crate::status::Status;
use chrono::NaiveDate;

/// The agency a listing is narrowed to.
#[derive(Clone, Copy, Debug)]
pub struct Scope<'a> {
    pub name: &'a str,
    pub id: &'a str,
    pub role: Role,
}

/// One reported update, as a line of history or the report's latest update.
#[derive(Clone, Copy, Debug)]
pub struct UpdateLine<'a> {
    pub on: NaiveDate,
    pub status: UpdateStatus,
    pub milestone: Option<u32>,
    pub note: Option<&'a str>,
    pub source: Option<&'a str>,
}

#[derive(Clone, Copy, Debug)]
pub enum Message<'a> {
    /// The comment a new progress file starts with (`plan` is one line).
    ProgressFileHeader {
        year: i32,
        plan: &'a str,
    },
    ListTitle {
        count: usize,
        as_of: NaiveDate,
    },
    /// `list --agency`: how many of the tasks name the agency itself, and how
    /// many reach it through a collective it belongs to.
    AgencySplit {
        directly: usize,
        through: usize,
    },
    OverdueTitle {
        as_of: NaiveDate,
        scope: Option<Scope<'a>>,
        count: usize,
    },
    OverdueBlockHeading {
        name: &'a str,
        id: &'a str,
        count: usize,
        /// The last day of an agency that has ended, which a letter cannot
        /// reach (`cycle::ended_note`).
        ended: Option<NaiveDate>,
        /// How many of them it took over from each agency that ended
        /// (`cycle::inherited`), so a letter says whose tasks they were.
        inherited: &'a [String],
    },
    /// A terminal table too wide for the screen, shown a block per row.
    RowsAsBlocks {
        columns: usize,
    },
    /// `overdue --by-agency`: a task with several leads is in each block.
    SharedLeads {
        tasks: usize,
        entries: usize,
        total: usize,
    },
    TargetsTitle {
        year: i32,
    },
    AgenciesTitle {
        count: usize,
    },
    ReportTitle {
        plan: &'a str,
        year: i32,
    },
    ReportAsOf {
        as_of: NaiveDate,
    },
    /// The report's summary table in sentences, for the Word report's first
    /// page and the reader of Markdown.
    ReportSummary {
        year: i32,
        counts: &'a crate::query::report::Counts,
    },
    ReportPart {
        number: u8,
        part: Word,
    },
    ReportTableHeading {
        part: Word,
        end: NaiveDate,
    },
    SectionHeading {
        id: &'a str,
        title: &'a str,
    },
    MilestoneLabel {
        number: u32,
    },
    /// A milestone in `show`: `due` is the date as the medium writes it.
    MilestoneLine {
        due: &'a str,
        what: &'a str,
        status: Status,
    },
    /// A line of `show`'s history, `on` its date as the medium writes it;
    /// `later` is the date asked, when the update is after it.
    History {
        update: UpdateLine<'a>,
        on: &'a str,
        later: Option<&'a str>,
    },
    /// The report's "latest update" cell (its source has a column of its own);
    /// `iso` for spreadsheets, which take ISO dates in every language.
    Latest {
        update: UpdateLine<'a>,
        iso: bool,
    },
    OverdueMilestone {
        number: u32,
        what: &'a str,
        title: &'a str,
    },
    DiffNone {
        from: &'a str,
        to: Option<&'a str>,
    },
    DiffCount {
        count: usize,
        from: &'a str,
        to: Option<&'a str>,
    },
    DiffFact(&'a Change),
    /// `plan diff A...B`: the commit where B left A.
    MergeBase {
        base: &'a str,
        a: &'a str,
        b: &'a str,
    },
    Recorded {
        id: &'a str,
        milestone: Option<u32>,
        status: UpdateStatus,
        on: NaiveDate,
        path: &'a str,
        /// False when the same update was already there: nothing written.
        written: bool,
    },
    /// `plan actual`: the figure as given, every digit kept, after the
    /// indicator's name (its id in brackets) and before its unit.
    RecordedActual {
        indicator: &'a str,
        name: &'a str,
        unit: &'a str,
        year: i32,
        value: f64,
        written: bool,
    },
    /// `plan received`: an agency's report for a year or its first half, by
    /// the agency's name (its id in brackets), judged against its deadline.
    RecordedReport {
        agency: &'a str,
        name: &'a str,
        year: i32,
        half_year: bool,
        on: NaiveDate,
        due: Option<NaiveDate>,
        written: bool,
    },
    Wrote {
        files: &'a str,
        dir: &'a str,
    },
    /// "Số: 12/BC-SKHĐT": the document's number, or room to write it.
    DocNumber {
        number: Option<&'a str>,
    },
    /// "Khánh Hòa, ngày 15 tháng 12 năm 2025", or room to write it.
    PlaceAndDate {
        place: Option<&'a str>,
        date: Option<NaiveDate>,
    },
    /// On stderr: the load cache's entry was damaged, so the plan was parsed.
    CacheDamaged {
        path: &'a str,
        damage: Damage,
    },
}

impl Message<'_> {
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        let date = |d: NaiveDate| lang.date(d);
        let word = |w: Word| w.text(lang);
        match (*self, lang) {
            (Message::ListTitle { count, as_of }, Vi) => format!(
                "{}; trạng thái tính đến ngày {}.",
                Count::new(count, Noun::Task).text(lang),
                date(as_of)
            ),
            (Message::ListTitle { count, as_of }, En) => format!(
                "{}; status as of {}.",
                Count::new(count, Noun::Task).text(lang),
                date(as_of)
            ),
            (Message::AgencySplit { directly, through }, Vi) => format!(
                "Trong đó {directly} nhiệm vụ giao trực tiếp, {through} nhiệm vụ giao cho một tập thể mà cơ quan là thành viên."
            ),
            (Message::AgencySplit { directly, through }, En) => format!(
                "Of these, {} {} the agency by name and {} {} a collective it belongs to.",
                Count::new(directly, Noun::Task).text(lang),
                if directly == 1 { "names" } else { "name" },
                Count::new(through, Noun::Task).text(lang),
                if through == 1 { "names" } else { "name" },
            ),
            (
                Message::OverdueTitle {
                    as_of,
                    scope,
                    count: 0,
                },
                Vi,
            ) => format!(
                "Không có nhiệm vụ quá hạn tính đến ngày {}{}.",
                date(as_of),
                scope_text(scope, lang)
            ),
            (
                Message::OverdueTitle {
                    as_of,
                    scope,
                    count: 0,
                },
                En,
            ) => format!(
                "Nothing overdue as of {}{}.",
                date(as_of),
                scope_text(scope, lang)
            ),
            (
                Message::OverdueTitle {
                    as_of,
                    scope,
                    count,
                },
                Vi,
            ) => format!(
                "Quá hạn tính đến ngày {}{}: {} chưa ghi nhận hoàn thành.",
                date(as_of),
                scope_text(scope, lang),
                Count::new(count, Noun::TaskOrMilestone).text(lang)
            ),
            (
                Message::OverdueTitle {
                    as_of,
                    scope,
                    count,
                },
                En,
            ) => format!(
                "Overdue as of {}{}: {} with no completion recorded.",
                date(as_of),
                scope_text(scope, lang),
                Count::new(count, Noun::TaskOrMilestone).text(lang)
            ),
            (
                Message::OverdueBlockHeading {
                    name,
                    id,
                    count,
                    ended,
                    inherited,
                },
                l,
            ) => {
                let mut notes: Vec<String> = ended.map(|u| super::cycle::ended_note(u, l)).into_iter().collect();
                if !inherited.is_empty() {
                    let of_which = match l {
                        Vi => "trong đó",
                        En => "of which",
                    };
                    notes.push(format!("{of_which} {}", inherited.join("; ")));
                }
                match notes.is_empty() {
                    true => format!("{name} ({id}): {count}"),
                    false => format!("{name} ({id}): {count} — {}", notes.join("; ")),
                }
            }
            (Message::RowsAsBlocks { columns }, Vi) => format!(
                "Bảng có {columns} cột, rộng hơn màn hình nên mỗi dòng được hiện thành một khối; dùng --wide để xem cả bảng."
            ),
            (Message::RowsAsBlocks { columns }, En) => format!(
                "The table's {columns} columns are wider than the screen, so each row is shown as a block; --wide shows the whole table."
            ),
            (
                Message::SharedLeads {
                    tasks,
                    entries,
                    total,
                },
                Vi,
            ) => format!(
                "Lưu ý: {tasks} nhiệm vụ có nhiều cơ quan chủ trì nên được liệt kê ở khối của từng cơ quan; cộng các khối được {total}, nhiều hơn {entries} mục quá hạn."
            ),
            (
                Message::SharedLeads {
                    tasks,
                    entries,
                    total,
                },
                En,
            ) => format!(
                "Note: {} {} more than one lead and {} in each lead's block, so the blocks add up to {total}, not {entries}.",
                Count::new(tasks, Noun::Task).text(lang),
                if tasks == 1 { "has" } else { "have" },
                if tasks == 1 { "appears" } else { "appear" },
            ),
            (Message::ProgressFileHeader { year, plan }, Vi) => format!(
                "# Những gì đã báo cáo trong năm {year} về các nhiệm vụ của {plan}. Ghi thêm bằng `plan update`, `plan actual`, `plan received` hoặc `plan import`."
            ),
            (Message::ProgressFileHeader { year, plan }, En) => format!(
                "# What was reported in {year} on the tasks of {plan}. Append with `plan update`, `plan actual`, `plan received` or `plan import`."
            ),
            (Message::TargetsTitle { year }, Vi) => {
                format!("Chỉ tiêu, đánh giá đến hết năm {year}.")
            }
            (Message::TargetsTitle { year }, En) => {
                format!("Targets, judged at the end of {year}.")
            }
            (Message::AgenciesTitle { count }, _) => {
                format!("{}.", Count::new(count, Noun::Agency).text(lang))
            }
            (Message::ReportTitle { plan, year }, Vi) => {
                format!("Báo cáo tình hình thực hiện Kế hoạch {plan} năm {year}")
            }
            (Message::ReportTitle { plan, year }, En) => {
                format!("Implementation report of plan {plan} for {year}")
            }
            (Message::ReportAsOf { as_of }, Vi) => format!(
                "Tình hình tính đến ngày {}. Chỉ những gì đã được ghi nhận trong dữ liệu tiến độ mới được tính là hoàn thành.",
                date(as_of)
            ),
            (Message::ReportAsOf { as_of }, En) => format!(
                "State as of {}. Only what the progress records say counts as done.",
                date(as_of)
            ),
            // The summary's partition of every task (each counted once), then
            // how many were due and the share of those overdue.
            (Message::ReportSummary { year, counts: c }, lang) => {
                let share = c
                    .overdue_share()
                    .map(|p| lang.number(p, false))
                    .map(|p| match lang {
                        Vi => format!(", tỷ lệ quá hạn {p}%"),
                        En => format!(", {p}% of them overdue"),
                    })
                    .unwrap_or_default();
                let tasks = Count::new(c.total, Noun::Task).text(lang);
                let due = Count::new(c.due, Noun::Task).text(lang);
                let parts = summary_parts(c, lang);
                match lang {
                    Vi => format!(
                        "Năm {year}, Kế hoạch có {tasks}, trong đó: {parts}. {due} đã đến hạn{share}."
                    ),
                    En => format!("In {year} the plan has {tasks}: {parts}. {due} were due{share}."),
                }
            }
            (Message::ReportPart { number, part }, _) => format!("{number}. {}", word(part)),
            (Message::ReportTableHeading { part, end }, Vi) => {
                format!("{} – đến {}", word(part), date(end))
            }
            (Message::ReportTableHeading { part, end }, En) => {
                format!("{} – as of {}", word(part), date(end))
            }
            (Message::SectionHeading { id, title }, _) => format!("{id} – {title}"),
            (Message::MilestoneLabel { number }, _) => {
                format!("{} {number}", word(Word::Milestone))
            }
            // What the milestone asks first, then its deadline and status:
            // "Hoàn thành" read beside "Chưa hoàn thành" must not look like
            // a status.
            (Message::MilestoneLine { due, what, status }, Vi) => format!(
                "{what} (hạn {due}) — trạng thái: {}",
                lower_first(word(Word::StatusWord(status)))
            ),
            (Message::MilestoneLine { due, what, status }, En) => format!(
                "{what} (due {due}) — status: {}",
                lower_first(word(Word::StatusWord(status)))
            ),
            (Message::History { update, on, later }, _) => {
                let src = update
                    .source
                    .map(|s| format!(" [{s}]"))
                    .unwrap_or_default();
                let later = match (later, lang) {
                    (Some(d), Vi) => format!(" (ghi nhận sau ngày {d}, chưa tính)"),
                    (Some(d), En) => format!(" (recorded after {d}, not counted)"),
                    (None, _) => String::new(),
                };
                let note = update.note.map(|n| format!(" – {n}")).unwrap_or_default();
                format!("{}{note}{src}{later}", update_head(update, lang, on))
            }
            (Message::Latest { update, iso }, _) => {
                let note = update.note.map(|n| format!(" – {n}")).unwrap_or_default();
                let head = if iso {
                    update_head(update, lang, &update.on.format("%Y-%m-%d").to_string())
                } else {
                    update_head(update, lang, &date(update.on))
                };
                format!("{head}{note}")
            }
            (
                Message::OverdueMilestone {
                    number,
                    what,
                    title,
                },
                _,
            ) => format!("[{} {number}: {what}] {title}", word(Word::Milestone)),
            (Message::DiffNone { from, to }, Vi) => format!(
                "Kế hoạch không thay đổi giữa {from} và {}.",
                to.unwrap_or("thư mục làm việc")
            ),
            (Message::DiffNone { from, to }, En) => format!(
                "No change to the plan between {from} and {}.",
                to.unwrap_or("the working tree")
            ),
            (Message::DiffCount { count, from, to }, Vi) => format!(
                "{} của kế hoạch giữa {from} và {}:",
                Count::new(count, Noun::Change).text(lang),
                to.unwrap_or("thư mục làm việc")
            ),
            (Message::DiffCount { count, from, to }, En) => format!(
                "{} to the plan between {from} and {}:",
                Count::new(count, Noun::Change).text(lang),
                to.unwrap_or("the working tree")
            ),
            (Message::DiffFact(c), _) => fact(c, lang),
            (Message::MergeBase { base, a, b }, Vi) => format!("{base} (nơi {b} tách khỏi {a})"),
            (Message::MergeBase { base, a, b }, En) => format!("{base} (where {b} left {a})"),
            (
                Message::Recorded {
                    id,
                    milestone,
                    status,
                    on,
                    path,
                    written,
                },
                Vi,
            ) => format!(
                "{}: {id}{} {} ngày {} ({} tệp {path}){}",
                if written { "đã ghi nhận" } else { "đã có" },
                milestone.map(|m| format!(" (mốc {m})")).unwrap_or_default(),
                word(Word::UpdateWord(status)),
                date(on),
                if written { "ghi vào" } else { "trong" },
                if written { "" } else { "; không ghi gì thêm" }
            ),
            (
                Message::Recorded {
                    id,
                    milestone,
                    status,
                    on,
                    path,
                    written,
                },
                En,
            ) => format!(
                "{}: {id}{} {} on {} ({} {path}){}",
                if written { "recorded" } else { "already recorded" },
                milestone
                    .map(|m| format!(" (milestone {m})"))
                    .unwrap_or_default(),
                word(Word::UpdateWord(status)),
                date(on),
                if written { "written to" } else { "in" },
                if written { "" } else { "; nothing was written" }
            ),
            (
                Message::RecordedActual {
                    indicator,
                    name,
                    unit,
                    year,
                    value,
                    written,
                },
                _,
            ) => {
                let head = match (lang, written) {
                    (Vi, true) => "đã ghi nhận",
                    (Vi, false) => "đã có",
                    (En, true) => "recorded",
                    (En, false) => "already recorded",
                };
                // Every digit as given; a decimal comma in Vietnamese.
                let value = match lang {
                    Vi => value.to_string().replace('.', ","),
                    En => value.to_string(),
                };
                let line = match lang {
                    Vi => format!("{head}: {name} ({indicator}) năm {year}: {value} {unit}"),
                    En => format!("{head}: {name} ({indicator}) for {year}: {value} {unit}"),
                };
                let line = line.trim_end();
                match (lang, written) {
                    (_, true) => line.to_string(),
                    (Vi, false) => format!("{line}; không ghi gì thêm"),
                    (En, false) => format!("{line}; nothing was written"),
                }
            }
            (
                Message::RecordedReport {
                    agency,
                    name,
                    year,
                    half_year,
                    on,
                    due,
                    written,
                },
                _,
            ) => {
                let timing = receipt_timing(on, due, lang);
                match lang {
                    Vi => format!(
                        "{}: {name} ({agency}) nộp báo cáo {} {year}, nhận ngày {}{timing}",
                        if written { "đã ghi nhận" } else { "đã có" },
                        if half_year { "6 tháng đầu năm" } else { "năm" },
                        date(on)
                    ),
                    En => format!(
                        "{}: the {}report of {year} from {name} ({agency}), received on {}{timing}",
                        if written { "recorded" } else { "already recorded" },
                        if half_year { "half-year " } else { "" },
                        date(on)
                    ),
                }
            }
            (Message::Wrote { files, dir }, Vi) => format!("đã ghi {files} vào {dir}"),
            (Message::Wrote { files, dir }, En) => format!("wrote {files} in {dir}"),
            // Left blank for the number the clerical office gives at issue.
            (Message::DocNumber { number: Some(n) }, Vi) => format!("Số: {n}"),
            (Message::DocNumber { number: None }, Vi) => "Số:        /BC-……".into(),
            (Message::DocNumber { number: Some(n) }, En) => format!("No. {n}"),
            (Message::DocNumber { number: None }, En) => "No.        /……".into(),
            (Message::PlaceAndDate { place, date }, lang) => {
                use chrono::Datelike;
                let place = place.unwrap_or(Word::Placeholder.text(lang));
                let blank = Word::Placeholder.text(lang);
                match (date, lang) {
                    // The decree writes a day under 10 and the months 1 and 2
                    // with a leading zero ("ngày 05 tháng 02", "tháng 12").
                    (Some(d), Vi) => {
                        let month = if d.month() <= 2 {
                            format!("{:02}", d.month())
                        } else {
                            d.month().to_string()
                        };
                        format!("{place}, ngày {:02} tháng {month} năm {}", d.day(), d.year())
                    }
                    (None, Vi) => format!("{place}, ngày {blank} tháng {blank} năm {blank}"),
                    (Some(d), En) => format!("{place}, {}", d.format("%-d %B %Y")),
                    (None, En) => format!("{place}, {blank}"),
                }
            }
            (Message::CacheDamaged { path, damage }, Vi) => {
                let how = match damage {
                    Damage::Truncated => "bị cắt cụt",
                    Damage::NotAnEntry => "không phải tệp bộ nhớ đệm của plan",
                    Damage::Checksum => "bị hỏng (mã kiểm tra không khớp)",
                    Damage::Undecodable => "không đọc được bằng phiên bản này",
                };
                format!("ghi chú: tệp bộ nhớ đệm {path} {how} nên đã bỏ qua; kế hoạch được đọc lại từ các tệp và bộ nhớ đệm được ghi lại")
            }
            (Message::CacheDamaged { path, damage }, En) => {
                let how = match damage {
                    Damage::Truncated => "is cut short",
                    Damage::NotAnEntry => "is not a cache file of plan",
                    Damage::Checksum => "is damaged (its checksum does not match)",
                    Damage::Undecodable => "cannot be read by this version",
                };
                format!("note: the load cache {path} {how}, so it was ignored; the plan was read from its files and the cache written again")
            }
        }
    }
}

fn scope_text(scope: Option<Scope>, lang: Lang) -> String {
    scope
        .map(|s| {
            format!(
                " — {} ({}), {}",
                s.name,
                s.id,
                Word::RoleWord(s.role).text(lang)
            )
        })
        .unwrap_or_default()
}

/// "10/06/2022: hoàn thành (mốc 1)": the date (as `on` writes it), what
/// happened, and to what.
/// The report summary's partition of the tasks as clauses: the statuses that
/// have tasks, largest first, each with its count and unit; then one clause
/// for every status with none. The counts add up to the total.
fn summary_parts(c: &crate::query::report::Counts, lang: Lang) -> String {
    let phrase = |s: Status| match (s, lang) {
        (Status::DoneOnTime, Lang::Vi) => "hoàn thành đúng hạn",
        (Status::DoneLate, Lang::Vi) => "hoàn thành nhưng quá hạn",
        // Inferred from the dates, not reported: the table's own words, not
        // "đang thực hiện", which is what an agency reports.
        (Status::InProgress, Lang::Vi) => "chưa hoàn thành và còn trong hạn",
        (Status::Overdue, Lang::Vi) => "quá hạn chưa hoàn thành",
        (Status::Ongoing, Lang::Vi) => "thường xuyên",
        (Status::Cancelled, Lang::Vi) => "dừng thực hiện",
        (Status::DoneOnTime, Lang::En) => "done on time",
        (Status::DoneLate, Lang::En) => "done late",
        (Status::InProgress, Lang::En) => "not yet done and not yet due",
        (Status::Overdue, Lang::En) => "overdue",
        (Status::Ongoing, Lang::En) => "ongoing",
        (Status::Cancelled, Lang::En) => "cancelled",
    };
    let order = [
        Status::Ongoing,
        Status::Overdue,
        Status::InProgress,
        Status::DoneLate,
        Status::DoneOnTime,
        Status::Cancelled,
    ];
    let mut some: Vec<Status> = order.into_iter().filter(|s| c.get(*s) > 0).collect();
    // Largest first; the order above breaks ties.
    some.sort_by_key(|s| std::cmp::Reverse(c.get(*s)));
    let none: Vec<&str> = order
        .into_iter()
        .filter(|s| c.get(*s) == 0)
        .map(phrase)
        .collect();
    let mut clauses: Vec<String> = some
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                Count::new(c.get(*s), Noun::Task).text(lang),
                phrase(*s)
            )
        })
        .collect();
    if !none.is_empty() {
        let (or, lead) = match lang {
            Lang::Vi => (" hoặc ", "không có nhiệm vụ nào"),
            Lang::En => (" or ", "none"),
        };
        let list = match none.split_last() {
            Some((last, [])) => last.to_string(),
            Some((last, rest)) => format!("{}{or}{last}", rest.join(", ")),
            None => String::new(),
        };
        clauses.push(format!("{lead} {list}"));
    }
    clauses.join("; ")
}

/// A word in the middle of a sentence: its first letter small.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn update_head(u: UpdateLine, lang: Lang, on: &str) -> String {
    let m = u
        .milestone
        .map(|m| format!(" ({} {m})", Word::Milestone.text(lang).to_lowercase()))
        .unwrap_or_default();
    format!("{on}: {}{m}", Word::UpdateWord(u.status).text(lang))
}

fn entity(e: Entity, lang: Lang) -> &'static str {
    use Lang::{En, Vi};
    match (e, lang) {
        (Entity::Plan, Vi) => "kế hoạch",
        (Entity::Section, Vi) => "phần",
        (Entity::Task, Vi) => "nhiệm vụ",
        (Entity::Agency, Vi) => "cơ quan",
        (Entity::Amendment, Vi) => "điều chỉnh",
        (Entity::Indicator, Vi) => "chỉ tiêu",
        (Entity::Target, Vi) => "mục tiêu",
        (Entity::Update, Vi) => "cập nhật",
        (Entity::Actual, Vi) => "số liệu thực hiện",
        (Entity::Report, Vi) => "báo cáo",
        (Entity::Plan, En) => "plan",
        (Entity::Section, En) => "section",
        (Entity::Task, En) => "task",
        (Entity::Agency, En) => "agency",
        (Entity::Amendment, En) => "amendment",
        (Entity::Indicator, En) => "indicator",
        (Entity::Target, En) => "target",
        (Entity::Update, En) => "update",
        (Entity::Actual, En) => "actual",
        (Entity::Report, En) => "report",
    }
}

/// The words of a diff's entity and kind of change, for CSV cells.
pub fn entity_word(e: Entity, lang: Lang) -> &'static str {
    entity(e, lang)
}

pub fn kind_word(k: &Kind, lang: Lang) -> &'static str {
    use Lang::{En, Vi};
    match (k, lang) {
        (Kind::Added, Vi) => "thêm",
        (Kind::Removed, Vi) => "bỏ",
        (Kind::Changed, Vi) => "sửa",
        (Kind::Added, En) => "added",
        (Kind::Removed, En) => "removed",
        (Kind::Changed, En) => "changed",
    }
}

/// One line a fact, for people and pull-request reviews. Field names are the
/// plan files' own keys (`due`, `lead`): what a reviewer edits.
fn fact(c: &Change, lang: Lang) -> String {
    use Lang::{En, Vi};
    let none = Word::NoValue.text(lang);
    let value = |v: &Option<String>| -> String {
        match v.as_deref().filter(|v| !v.is_empty()) {
            Some(v) => diff_value(c, v, lang, false),
            None => none.to_string(),
        }
    };
    let id = diff_id(c, lang, false);
    let e = entity(c.entity, lang);
    match (c.entity, &c.kind, lang) {
        (Entity::Update, Kind::Added, _) => {
            let (task, on) = update_parts(&c.id, lang, false);
            match lang {
                Vi => format!("cập nhật mới {task}: {} ngày {on}", value(&c.after)),
                En => format!("new update {task}: {} on {on}", value(&c.after)),
            }
        }
        (Entity::Update, Kind::Removed, Vi) => format!("bỏ cập nhật: {id}"),
        (Entity::Update, Kind::Removed, En) => format!("update removed: {id}"),
        (Entity::Actual, Kind::Added, Vi) => {
            format!("số liệu thực hiện mới {id}: {}", value(&c.after))
        }
        (Entity::Actual, Kind::Added, En) => format!("new actual {id}: {}", value(&c.after)),
        (Entity::Report, Kind::Added, Vi) => {
            format!("báo cáo mới {id}, nhận ngày {}", value(&c.after))
        }
        (Entity::Report, Kind::Added, En) => {
            format!("new report {id}, received {}", value(&c.after))
        }
        (_, Kind::Added, Vi) => match &c.after {
            Some(t) => format!("{id}  {e} mới: {t}"),
            None => format!("{id}  {e} mới"),
        },
        (_, Kind::Added, En) => match &c.after {
            Some(t) => format!("{id}  new {e}: {t}"),
            None => format!("{id}  new {e}"),
        },
        (_, Kind::Removed, Vi) => format!("{id}  bỏ {e}"),
        (_, Kind::Removed, En) => format!("{id}  {e} removed"),
        (_, Kind::Changed, _) => format!(
            "{id}  {}  {} → {}",
            c.field.as_deref().map(|f| field(f, lang)).unwrap_or(""),
            value(&c.before),
            value(&c.after)
        ),
    }
}

/// A date of the diff as the medium writes it: ISO in a spreadsheet, the
/// reader's form for people.
fn diff_date(d: NaiveDate, lang: Lang, sheet: bool) -> String {
    if sheet {
        d.format("%Y-%m-%d").to_string()
    } else {
        lang.date(d)
    }
}

/// A value of `plan diff` in the reader's words: a date in the medium's
/// form, a code as its word, a figure with the reader's decimal mark (a point
/// in a spreadsheet). The diff keeps the files' own spellings (JSON shows
/// them); this is where they become words.
pub fn diff_value(c: &Change, v: &str, lang: Lang, sheet: bool) -> String {
    if let Ok(d) = v.parse::<NaiveDate>() {
        return diff_date(d, lang, sheet);
    }
    match c.field.as_deref() {
        Some("status") | None if c.entity == Entity::Update => UpdateStatus::parse(v)
            .map(|s| Word::UpdateWord(s).text(lang).to_string())
            .unwrap_or_else(|| v.to_string()),
        Some("level") => AgencyLevel::parse(v)
            .map(|l| Word::LevelWord(l).text(lang).to_string())
            .unwrap_or_else(|| v.to_string()),
        Some("value") | None if matches!(c.entity, Entity::Actual | Entity::Target) => v
            .parse::<f64>()
            .map(|n| lang.number(n, sheet))
            .unwrap_or_else(|_| v.to_string()),
        _ => v.to_string(),
    }
}

/// What a change is about, in the reader's words: an update by its task,
/// milestone and date ("PL2.I.5 (mốc 1) ngày 01/06/2024"), a figure or a
/// receipt by its id and year ("urbanisation năm 2025"), an amendment by
/// its task and first day. The keys are `query::diff`'s.
pub fn diff_id(c: &Change, lang: Lang, sheet: bool) -> String {
    let year = |rest: &str| match lang {
        Lang::Vi => format!("năm {rest}"),
        Lang::En => rest.to_string(),
    };
    // For people, the subject by name and id, as `actual` and `received`
    // confirm it; a spreadsheet's code column keeps the id alone.
    let named = |id: &str| match c.name_in(lang).filter(|_| !sheet) {
        Some(name) => format!("{name} ({id})"),
        None => id.to_string(),
    };
    match c.entity {
        Entity::Update => {
            let (task, on) = update_parts(&c.id, lang, sheet);
            match lang {
                Lang::Vi => format!("{task} ngày {on}"),
                Lang::En => format!("{task} on {on}"),
            }
        }
        Entity::Actual | Entity::Target => match c.id.split_once(' ') {
            Some((id, when)) if when.contains('-') && lang == Lang::Vi => {
                format!("{} giai đoạn {when}", named(id))
            }
            Some((id, when)) => format!("{} {}", named(id), year(when)),
            None => named(&c.id),
        },
        Entity::Report => {
            let (head, h1) = match c.id.strip_suffix(" H1") {
                Some(h) => (h, true),
                None => (c.id.as_str(), false),
            };
            let named = match head.split_once(' ') {
                Some((agency, when)) => format!("{} {}", named(agency), year(when)),
                None => named(head),
            };
            match (h1, lang) {
                (false, _) => named,
                (true, Lang::Vi) => format!("{named} (6 tháng đầu năm)"),
                (true, Lang::En) => format!("{named} (first half)"),
            }
        }
        Entity::Amendment => match c.id.split_once(" from ") {
            Some((task, from)) => {
                let from = from
                    .parse::<NaiveDate>()
                    .map(|d| diff_date(d, lang, sheet))
                    .unwrap_or_else(|_| from.to_string());
                match lang {
                    Lang::Vi => format!("{task} từ ngày {from}"),
                    Lang::En => format!("{task} from {from}"),
                }
            }
            None => c.id.clone(),
        },
        _ => c.id.clone(),
    }
}

/// The task (with its milestone) and the date of an update's diff key,
/// "PL2.I.5 milestone 1 on 2024-06-01" (see `query::diff`).
fn update_parts(key: &str, lang: Lang, sheet: bool) -> (String, String) {
    let (head, on) = key.split_once(" on ").unwrap_or((key, ""));
    let (task, milestone) = match head.split_once(" milestone ") {
        Some((t, m)) => (t, Some(m)),
        None => (head, None),
    };
    let on = on
        .parse::<NaiveDate>()
        .map(|d| diff_date(d, lang, sheet))
        .unwrap_or_else(|_| on.to_string());
    let m = milestone
        .map(|m| format!(" ({} {m})", Word::Milestone.text(lang).to_lowercase()))
        .unwrap_or_default();
    (format!("{task}{m}"), on)
}

/// The words for the plan files' keys that `plan diff` compares. A key not
/// listed here is shown as written (a reviewer knows it from the file).
pub fn field(key: &str, lang: Lang) -> &str {
    use Lang::{En, Vi};
    match (key, lang) {
        ("id", _) => "ID",
        ("title", Vi) => "tên",
        ("title", En) => "title",
        ("section", Vi) => "phần",
        ("section", En) => "section",
        ("lead", Vi) => "cơ quan chủ trì",
        ("lead", En) => "lead",
        ("support", Vi) => "cơ quan phối hợp",
        ("support", En) => "support",
        ("schedule", Vi) => "tiến độ",
        ("schedule", En) => "schedule",
        ("start", Vi) => "bắt đầu",
        ("start", En) => "start",
        ("due", Vi) => "hạn",
        ("due", En) => "due",
        ("ongoing", Vi) => "thường xuyên",
        ("ongoing", En) => "ongoing",
        ("milestones", Vi) => "các mốc",
        ("milestones", En) => "milestones",
        ("deliverables", Vi) => "kết quả/sản phẩm",
        ("deliverables", En) => "deliverables",
        ("indicators", Vi) => "chỉ tiêu theo dõi",
        ("indicators", En) => "indicators",
        ("reports", Vi) => "chế độ báo cáo",
        ("reports", En) => "reporting",
        ("name", Vi) => "tên",
        ("name", En) => "name",
        ("name_en", Vi) => "tên tiếng Anh",
        ("name_en", En) => "English name",
        ("aliases", Vi) => "tên khác",
        ("aliases", En) => "aliases",
        ("level", Vi) => "cấp",
        ("level", En) => "level",
        ("member_of", Vi) => "thuộc",
        ("member_of", En) => "member of",
        ("unit", Vi) => "đơn vị",
        ("unit", En) => "unit",
        ("better", Vi) => "chiều tốt",
        ("better", En) => "better",
        ("aggregate", Vi) => "cách tổng hợp",
        ("aggregate", En) => "aggregate",
        ("monitored_by", Vi) => "cơ quan theo dõi",
        ("monitored_by", En) => "monitored by",
        ("note", Vi) => "ghi chú",
        ("note", En) => "note",
        ("value", Vi) => "giá trị",
        ("value", En) => "value",
        ("status", Vi) => "trạng thái",
        ("status", En) => "status",
        ("source", Vi) => "nguồn",
        ("source", En) => "source",
        ("received_on", Vi) => "ngày nhận",
        ("received_on", En) => "received on",
        ("reference", Vi) => "số văn bản",
        ("reference", En) => "reference",
        ("issued_on", Vi) => "ngày ban hành",
        ("issued_on", En) => "issued on",
        ("annual_due", Vi) => "hạn báo cáo năm",
        ("annual_due", En) => "annual report due",
        (other, _) => other,
    }
}

/// " (đúng hạn; hạn 15/12/2025)", " (quá hạn 2 ngày; hạn …)": a receipt
/// judged against its deadline, or nothing when the plan sets none.
pub fn receipt_timing(on: NaiveDate, due: Option<NaiveDate>, lang: Lang) -> String {
    let Some(due) = due else {
        return String::new();
    };
    let late = (on - due).num_days();
    let d = lang.date(due);
    match lang {
        Lang::Vi if late > 0 => format!(" (quá hạn {late} ngày; hạn {d})"),
        Lang::Vi => format!(" (đúng hạn; hạn {d})"),
        Lang::En if late == 1 => format!(" (1 day late; due {d})"),
        Lang::En if late > 0 => format!(" ({late} days late; due {d})"),
        Lang::En => format!(" (on time; due {d})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(
        kind: Kind,
        field: Option<&str>,
        before: Option<&str>,
        after: Option<&str>,
    ) -> Change {
        Change {
            entity: Entity::Update,
            id: "PL2.I.5 milestone 1 on 2024-06-01".into(),
            kind,
            field: field.map(String::from),
            before: before.map(String::from),
            after: after.map(String::from),
            name: None,
            name_en: None,
        }
    }

    #[test]
    fn diff_facts_about_updates_speak_the_readers_language() {
        let added = change(Kind::Added, None, None, Some("in_progress"));
        assert_eq!(
            Message::DiffFact(&added).text(Lang::Vi),
            "cập nhật mới PL2.I.5 (mốc 1): đang thực hiện ngày 01/06/2024"
        );
        assert_eq!(
            Message::DiffFact(&added).text(Lang::En),
            "new update PL2.I.5 (milestone 1): in progress on 2024-06-01"
        );
        let changed = change(
            Kind::Changed,
            Some("status"),
            Some("in_progress"),
            Some("done"),
        );
        assert_eq!(
            Message::DiffFact(&changed).text(Lang::Vi),
            "PL2.I.5 (mốc 1) ngày 01/06/2024  trạng thái  đang thực hiện → hoàn thành"
        );
        let removed = change(Kind::Removed, None, None, None);
        assert_eq!(
            Message::DiffFact(&removed).text(Lang::En),
            "update removed: PL2.I.5 (milestone 1) on 2024-06-01"
        );
        let level = Change {
            entity: Entity::Agency,
            id: "sxd".into(),
            kind: Kind::Changed,
            field: Some("level".into()),
            before: Some("province".into()),
            after: Some("group".into()),
            name: None,
            name_en: None,
        };
        assert_eq!(
            Message::DiffFact(&level).text(Lang::Vi),
            "sxd  cấp  Cấp tỉnh → Tập thể"
        );
    }
}
