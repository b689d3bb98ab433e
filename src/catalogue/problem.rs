//! Why a command could not run, and the likely fix: the messages of exit
//! status 2 on stderr, the warnings and notes a command prints on its way,
//! and the one-line notes of the tooling commands (`fmt`, `init`). In the
//! language of stderr (docs/output.md): `--lang`, else the plan's, else
//! Vietnamese. Commands, flags and file names stay as they are typed.

use super::{Count, Noun};
use crate::dates::{FIRST_YEAR, LAST_YEAR};
use crate::lang::Lang;

#[derive(Clone, Copy, Debug)]
pub enum Problem<'a> {
    /// `words` in the language of stderr, `codes` as JSON gives them.
    UnknownStatus {
        given: &'a str,
        suggestion: Option<&'a str>,
        words: &'a [&'a str],
        codes: &'a [&'a str],
    },
    UnknownTable {
        given: &'a str,
        suggestion: Option<&'a str>,
        tables: &'a [&'a str],
    },
    NotAReportYear {
        year: i32,
    },
    OutDirNeedsCsv,
    /// `plan validate` prints findings as text or JSON only.
    FindingsFormat {
        format: &'a str,
    },
    /// xlsx or docx asked for where there is no file to write it to.
    BinaryNeedsOut {
        format: &'a str,
        /// `plan report` takes --out; other commands do not.
        report: bool,
    },
    /// The office file could not be put together (a value it cannot hold).
    CannotLayOut {
        format: &'a str,
    },
    ComparisonNeedsCompare,
    CsvHoldsOneTable {
        tables: &'a [&'a str],
    },
    CannotCreate {
        path: &'a str,
    },
    PlanHasErrors {
        dir: &'a str,
        errors: usize,
        /// The subcommand that cannot run (`overdue`).
        command: &'a str,
    },
    RangeAndRevision,
    /// `plan forms --agency` for an agency with nothing to report.
    NoForm {
        agency: &'a str,
        year: i32,
        as_of: chrono::NaiveDate,
    },
    /// `plan forms`'s confirmation.
    FormsWritten {
        count: usize,
        year: i32,
        dir: &'a str,
        on: &'a str,
    },
    /// `plan import`: a reply with problems, not taken.
    ReplyRefused {
        file: &'a str,
        problems: usize,
    },
    /// `plan import`'s line per reply.
    ReplyRecorded {
        file: &'a str,
        /// The agency's name, then its id in brackets.
        name: &'a str,
        agency: &'a str,
        year: Option<i32>,
        updates: usize,
        actuals: usize,
        /// The day the report counts as received (recorded now or before),
        /// and its deadline.
        received: Option<chrono::NaiveDate>,
        due: Option<chrono::NaiveDate>,
        same: usize,
    },
    SeveralAgencies {
        given: &'a str,
        count: usize,
        /// The first few, as `"id" (name)`.
        shown: &'a [String],
    },
    UnknownAgency {
        given: &'a str,
        /// The nearest, as `"id" (name)`.
        near: &'a [String],
    },
    AmbiguousId {
        given: &'a str,
        /// A section id, not a task id.
        section: bool,
        ids: &'a [&'a str],
    },
    UnknownTask {
        given: &'a str,
        suggestion: Option<&'a str>,
    },
    UnknownIndicator {
        given: &'a str,
        suggestion: Option<&'a str>,
    },
    UnknownSection {
        given: &'a str,
        sections: &'a [&'a str],
    },
    /// `plan init`'s confirmation.
    Created {
        dir: &'a str,
    },
    /// `plan fmt`'s line per file; `check` when nothing was written.
    Reformatted {
        path: &'a str,
        check: bool,
    },
    /// `words` in the language of stderr, `codes` as JSON gives them.
    UnknownUpdateStatus {
        given: &'a str,
        suggestion: Option<&'a str>,
        words: &'a [&'a str],
        codes: &'a [&'a str],
    },
    /// `--format` or `--bom` given to a command that prints no table.
    NoOutputOptions {
        command: &'a str,
    },
    NoMilestones {
        task: &'a str,
    },
    NoSuchMilestone {
        task: &'a str,
        count: u32,
        given: u32,
    },
    OptionAsText {
        flag: &'a str,
        value: &'a str,
    },
    ControlCharacter {
        code: u32,
    },
    /// A letterhead flag given nothing but spaces.
    BlankFlag {
        flag: &'a str,
    },
    /// A letterhead flag with a control character: the words of the
    /// plan.toml finding, naming the flag.
    FlagControlCharacter {
        flag: &'a str,
        ch: char,
    },
    ActualAlreadyThere {
        indicator: &'a str,
        year: i32,
        value: f64,
        file: &'a str,
    },
    FigureWithComma {
        given: &'a str,
    },
    NotAFigure {
        given: &'a str,
    },
    ReportBeforeItsYear {
        year: i32,
        on: chrono::NaiveDate,
    },
    YearOutsidePlan {
        year: i32,
        first: i32,
    },
    /// A warning, not a refusal: the update or receipt is recorded.
    DateOutsidePlan {
        report: bool,
        on: chrono::NaiveDate,
        why: crate::dates::Outside,
    },
    InvisibleCharacter {
        c: char,
    },
    PlanAlreadyThere {
        dir: &'a str,
    },
    FileAlreadyThere {
        path: &'a str,
    },
    NotAPlanFile {
        path: &'a str,
    },
    FilesNotFormatted,
    NotCanonical {
        changed: usize,
        count: usize,
    },
    CannotRead {
        path: &'a str,
    },
    /// No plan where `--dir` points.
    NoPlan {
        dir: &'a str,
        why: &'a NoPlanWhy,
    },
    /// A date argument that is not a date of the calendar in one of the
    /// shapes `plan` reads.
    NotADate {
        given: &'a str,
    },
    NoSuchDay {
        given: &'a str,
    },
    TwoDigitYear {
        given: &'a str,
        day: &'a str,
        month: &'a str,
        guess: i32,
    },
    /// Digits in the wrong number for a date (`2024-001-01`).
    DateShape {
        given: &'a str,
    },
    DateYearOutside {
        given: &'a str,
        year: i32,
    },
    NoGit,
    CurrentFolder,
    NotInRepository {
        dir: &'a str,
    },
    OutsideRepository {
        dir: &'a str,
        top: &'a str,
    },
    NotARevision {
        rev: &'a str,
    },
    NoSuchCommit {
        rev: &'a str,
    },
    NoCommonAncestor,
    GitCannotList {
        path: &'a str,
        at: &'a str,
        reason: &'a str,
    },
    /// A progress file `plan` was about to append to.
    ProgressNotToml {
        path: &'a str,
    },
    /// A file that is not UTF-8 text (a progress file `plan` was about to
    /// append to, a file `plan fmt` formats): the finding's own words.
    NotText {
        path: &'a str,
        problem: super::finding::Encoding,
    },
    NotTables {
        path: &'a str,
        key: &'a str,
    },
    CannotOpenLock {
        path: &'a str,
    },
    CannotLock {
        path: &'a str,
    },
    LockTaken {
        path: &'a str,
        seconds: f64,
    },
    /// A note while waiting for the lock.
    WaitingForLock {
        dir: &'a str,
        path: &'a str,
    },
    /// `path` is the file to write; the temporary file goes beside it.
    CannotCreateTemporary {
        path: &'a str,
        dir: &'a str,
        reason: &'a str,
    },
    CannotSetPermissions {
        path: &'a str,
    },
    CannotWrite {
        path: &'a str,
        reason: &'a str,
    },
    CannotReplace {
        path: &'a str,
        reason: &'a str,
    },
    CannotCreateFolder {
        dir: &'a str,
        reason: &'a str,
    },
    /// A set of files stopped before its first file was written, or after
    /// some (`written`).
    SetNotWritten {
        dir: &'a str,
        written: &'a [&'a str],
    },
    OwnedByAnother {
        path: &'a str,
        uid: u32,
    },
    CannotKeepOwner {
        path: &'a str,
        reason: &'a str,
    },
    CannotReadLink {
        path: &'a str,
    },
    CannotLookAt {
        path: &'a str,
        reason: &'a str,
    },
    TooManyLinks {
        path: &'a str,
        max: usize,
    },
    NotARegularFile {
        path: &'a str,
        kind: FileSort,
    },
    ReadOnly {
        path: &'a str,
    },
    MayNotWrite {
        path: &'a str,
    },
    CannotOpenForWriting {
        path: &'a str,
        reason: &'a str,
    },
    InsidePlanFolder {
        flag: &'a str,
        path: &'a str,
        dir: &'a str,
    },
    /// `plan merge-file` on a file that is not a plan file.
    NotAMergeable {
        name: &'a str,
    },
    /// `plan merge-file`'s notes when it leaves a conflict.
    MergedWouldNotLoad {
        name: &'a str,
    },
    MergeConflict {
        name: &'a str,
        field: &'a str,
    },
    CannotMerge {
        name: &'a str,
        reason: &'a str,
    },
    MergedNotToml {
        reason: &'a str,
    },
    SideNotToml {
        side: MergeSide,
        reason: &'a str,
    },
    SideInlineArray {
        side: MergeSide,
        array: &'a str,
    },
    NotToml {
        path: &'a str,
        reason: &'a str,
    },
    CannotWriteStdout {
        error: &'a std::io::Error,
    },
    /// A note, not a stop: `diff` compares what loaded.
    SideHasErrors {
        /// A revision, or `None` for the working tree.
        side: Option<&'a str>,
        errors: usize,
    },
    // What analysts type and what `plan` confirms (issue 11, input side).
    /// A warning, not a refusal: a date typed after today is recorded.
    DateAfterToday {
        flag: &'a str,
        on: chrono::NaiveDate,
        today: chrono::NaiveDate,
    },
    /// A warning, not a refusal: a figure for a year that has not ended.
    YearAfterThisYear {
        year: i32,
        this_year: i32,
    },
    /// A file to write into a folder that does not exist.
    FolderMissing {
        path: &'a str,
        dir: &'a str,
    },
    /// `import`: a file that is no workbook (or a damaged one).
    NotAWorkbook {
        path: &'a str,
    },
    /// `received` for a report already received on another day.
    ReportAlreadyReceived {
        name: &'a str,
        agency: &'a str,
        year: i32,
        half_year: bool,
        on: chrono::NaiveDate,
        file: &'a str,
    },
    // ---- helper H (output voice, issue 11 follow-up)
    /// A section's id where a task's was asked for (`plan show PL2.III`).
    TaskIsASection {
        given: &'a str,
        section: &'a str,
        /// Its first and last tasks, when it has any.
        tasks: Option<(&'a str, &'a str)>,
    },
    /// A day past its month's end (`31/02/2025`): said with the month's own
    /// last day.
    DayPastMonthEnd {
        given: &'a str,
        last: chrono::NaiveDate,
    },
    // ---- helper P (analyst review #3)
    /// `received` for an agency that had ended before the deadline of the
    /// report asked for: the report is its successor's (`successors` as
    /// "name (id)", joined; `next` the first successor's id, empty if none).
    ReportOfEndedAgency {
        name: &'a str,
        agency: &'a str,
        year: i32,
        /// Its first day gone: the day after `until`.
        gone: chrono::NaiveDate,
        successors: &'a str,
        next: &'a str,
    },
    // ---- helper Q (an analyst's year)
    /// `report --format docx --out x.xlsx`: the file's extension names
    /// another format than --format.
    OutExtensionMismatch {
        path: &'a str,
        /// The format the extension names (`xlsx`).
        named: &'a str,
        /// The format asked for (`docx`) and the extension it goes with.
        format: &'a str,
        extension: &'a str,
    },
}

/// Why there is no plan in a folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoPlanWhy {
    NotAFolder,
    NoFolder,
    NoPlanToml,
    /// The operating system's reason.
    CannotLook(String),
}

/// What a path is when it is not what was expected there: not a regular
/// file, or (for a folder of the layout) a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileSort {
    File,
    Folder,
    Fifo,
    Socket,
    CharDevice,
    BlockDevice,
    Special,
}

/// The three versions a merge driver reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeSide {
    Ancestor,
    Ours,
    Theirs,
}

impl Problem<'_> {
    /// The message, then `help:` (`gợi ý:`) with the fix, as every error of
    /// `plan` reads.
    pub fn text(&self, lang: Lang) -> String {
        let say = |vi: String, en: String| match lang {
            Lang::Vi => vi,
            Lang::En => en,
        };
        let dym = |s: Option<&str>| match (s, lang) {
            (Some(d), Lang::Vi) => format!("có phải là \"{d}\" không? "),
            (Some(d), Lang::En) => format!("did you mean \"{d}\"? "),
            (None, _) => String::new(),
        };
        let count = |n: usize, noun: Noun| Count::new(n, noun).text(lang);
        let errors = |n: usize| count(n, Noun::Error);
        let window = year_window(lang);
        let shapes = say(
            "ghi 2024-01-31, 31/01/2024, 31.01.2024 hoặc 31-01-2024 (một ngày có thật trong lịch)"
                .into(),
            "write 2024-01-31, 31/01/2024, 31.01.2024 or 31-01-2024 (a real day of the calendar)"
                .into(),
        );
        match *self {
            Problem::UnknownStatus {
                given,
                suggestion,
                words,
                codes,
            } => say(
                format!(
                    "không có trạng thái \"{given}\"\n  gợi ý: {}trạng thái là một trong: {} (hoặc mã {})",
                    dym(suggestion),
                    quoted(words),
                    codes.join(", ")
                ),
                format!(
                    "unknown status \"{given}\"\n  help: {}a status is one of: {} (or the code {})",
                    dym(suggestion),
                    quoted(words),
                    codes.join(", ")
                ),
            ),
            Problem::UnknownTable {
                given,
                suggestion,
                tables,
            } => say(
                format!(
                    "không có bảng \"{given}\"\n  gợi ý: {}các bảng là {}",
                    dym(suggestion),
                    tables.join(", ")
                ),
                format!(
                    "unknown table \"{given}\"\n  help: {}the tables are {}",
                    dym(suggestion),
                    tables.join(", ")
                ),
            ),
            Problem::NotAReportYear { year } => say(
                format!("{year} không phải là năm mà kế hoạch báo cáo\n  gợi ý: --year 2025"),
                format!("{year} is not a year a plan reports on\n  help: --year 2025"),
            ),
            Problem::BinaryNeedsOut { format, report: true } => say(
                format!("--format {format} ghi ra một tệp, không phải văn bản để xem trên màn hình\n  gợi ý: thêm --out bao-cao.{format}"),
                format!("--format {format} writes a file, not text for the screen\n  help: add --out report.{format}"),
            ),
            Problem::BinaryNeedsOut { format, report: false } => say(
                format!("--format {format} chỉ dùng được với `plan report`\n  gợi ý: plan report --format {format} --out bao-cao.{format}"),
                format!("--format {format} is written by `plan report` only\n  help: plan report --format {format} --out report.{format}"),
            ),
            Problem::CannotLayOut { format } => say(
                format!("không tạo được tệp {format}\n  gợi ý: đây là lỗi của plan: xin báo lại kèm câu lệnh đã gây ra lỗi"),
                format!("cannot put the {format} file together\n  help: this is a bug in plan: please report it with the command that made it"),
            ),
            Problem::FindingsFormat { format } => say(
                format!("lệnh validate chỉ xuất kết quả kiểm tra dạng văn bản hoặc JSON, không xuất {format}\n  gợi ý: dùng --format json cho trình soạn thảo và CI"),
                format!("validate prints findings as text or JSON, not {format}\n  help: use --format json for editors and CI"),
            ),
            Problem::OutDirNeedsCsv => say(
                "--out-dir ghi các bảng của báo cáo thành các tệp CSV\n  gợi ý: thêm --format csv, hoặc dùng --out FILE để có một văn bản Markdown".into(),
                "--out-dir writes the report's tables as CSV files\n  help: add --format csv, or use --out FILE for one Markdown document".into(),
            ),
            Problem::ComparisonNeedsCompare => say(
                "bảng so sánh cần một năm để so sánh\n  gợi ý: thêm --compare YEAR, ví dụ --year 2025 --compare 2024".into(),
                "the comparison table needs a year to compare with\n  help: add --compare YEAR, e.g. --year 2025 --compare 2024".into(),
            ),
            Problem::CsvHoldsOneTable { tables } => say(
                format!(
                    "một tệp CSV chỉ chứa một bảng: chọn --table {}\n  gợi ý: hoặc dùng --out-dir DIR để ghi mọi bảng, mỗi bảng một tệp",
                    tables.join("|")
                ),
                format!(
                    "CSV holds one table: choose --table {}\n  help: or --out-dir DIR to write every table, one file each",
                    tables.join("|")
                ),
            ),
            Problem::CannotWriteStdout { error } => {
                let reason = io_reason(error);
                say(
                    format!("không ghi được ra đầu ra chuẩn: {reason}\n  gợi ý: kiểm tra nơi nhận đầu ra (ổ đĩa đã đầy?)"),
                    format!("cannot write to standard output: {reason}\n  help: check where the output goes (a full disk?)"),
                )
            }
            Problem::UnknownUpdateStatus {
                given,
                suggestion,
                words,
                codes,
            } => say(
                format!(
                    "không có trạng thái \"{given}\"\n  gợi ý: {}trạng thái của một cập nhật là một trong: {} (hoặc mã {})",
                    dym(suggestion),
                    quoted(words),
                    codes.join(", ")
                ),
                format!(
                    "unknown status \"{given}\"\n  help: {}an update's status is one of: {} (or the code {})",
                    dym(suggestion),
                    quoted(words),
                    codes.join(", ")
                ),
            ),
            Problem::NoOutputOptions { command } => say(
                format!("`plan {command}` không in bảng nào; --format và --bom không áp dụng cho lệnh này, nên chưa làm gì\n  gợi ý: chạy lại lệnh mà không có các tùy chọn đó"),
                format!("`plan {command}` prints no table; --format and --bom do not apply to it, so nothing was done\n  help: run it again without them"),
            ),
            Problem::NoMilestones { task } => say(
                format!("nhiệm vụ {task} không có mốc nào\n  gợi ý: bỏ --milestone để cập nhật chính nhiệm vụ"),
                format!("task {task} has no milestones\n  help: leave out --milestone to update the task itself"),
            ),
            Problem::NoSuchMilestone { task, count, given } => say(
                format!("nhiệm vụ {task} có các mốc từ 1 đến {count}, không có mốc {given}\n  gợi ý: `plan show {task}` liệt kê các mốc"),
                format!("task {task} has milestones 1 to {count}, not {given}\n  help: `plan show {task}` lists them"),
            ),
            Problem::OptionAsText { flag, value } => say(
                format!("{flag} nhận \"{value}\", là tên một tùy chọn chứ không phải nội dung\n  gợi ý: đặt nội dung của {flag} trong ngoặc kép: {flag} \"…\""),
                format!("{flag} was given \"{value}\", the name of an option, not a text\n  help: give {flag} its text in quotes: {flag} \"…\""),
            ),
            Problem::BlankFlag { flag } => say(
                format!("{flag} không có nội dung\n  gợi ý: ghi nội dung cho {flag}, hoặc bỏ {flag} để chừa chỗ điền tay"),
                format!("{flag} was given no text\n  help: give {flag} its text, or leave {flag} out to leave room to fill in by hand"),
            ),
            Problem::FlagControlCharacter { flag, ch } => say(
                format!("{flag} chứa ký tự điều khiển {}\n  gợi ý: {}", char_name(ch, Lang::Vi), LETTER_CONTROL_HELP[1]),
                format!("{flag} contains the control character {}\n  help: {}", char_name(ch, Lang::En), LETTER_CONTROL_HELP[0]),
            ),
            Problem::ControlCharacter { code } => say(
                format!("nội dung có ký tự điều khiển U+{code:04X}\n  gợi ý: xóa ký tự đó rồi chạy lại lệnh"),
                format!("the text contains the control character U+{code:04X}\n  help: remove it and run the command again"),
            ),
            Problem::ActualAlreadyThere { indicator, year, value, file } => say(
                format!("{indicator} đã có số liệu thực hiện năm {year}: {} (trong {file}); chưa ghi gì\n  gợi ý: nếu số liệu đã được điều chỉnh, hãy sửa mục đó", lang.number(value, false)),
                format!("{indicator} already has an actual for {year}: {value} (in {file}); nothing was written\n  help: if the figure was corrected, edit that entry"),
            ),
            Problem::FigureWithComma { given } => {
                // The two readings, written so that each has one meaning.
                let (plain, decimal) = crate::figure::readings(given);
                let comma = given.contains(',');
                say(
                    format!(
                        "\"{given}\": không rõ {} ở đây là dấu thập phân hay dấu phân cách hàng nghìn\n  gợi ý: ghi {plain} nếu là số nguyên (không dùng dấu phân cách hàng nghìn){}",
                        if comma { "dấu phẩy" } else { "dấu chấm" },
                        decimal.as_deref().map(|d| format!(", hoặc {d} nếu là số thập phân")).unwrap_or_default()
                    ),
                    format!(
                        "\"{given}\": the {} may be a decimal mark or a thousands separator\n  help: write {plain} for a whole number (no thousands separator){}",
                        if comma { "comma" } else { "point" },
                        decimal.as_deref().map(|d| format!(", or {d} for a decimal")).unwrap_or_default()
                    ),
                )
            }
            Problem::NotAFigure { given } => say(
                format!("\"{given}\" không phải là một số\n  gợi ý: chỉ viết con số, không kèm đơn vị: 7,5 hoặc 7.5"),
                format!("\"{given}\" is not a number\n  help: write the figure alone, without its unit: 7.5 or 7,5"),
            ),
            Problem::ReportBeforeItsYear { year, on } => say(
                format!("báo cáo năm {year} không thể đến vào ngày {}, trước khi năm đó bắt đầu\n  gợi ý: kiểm tra --year và --on", lang.date(on)),
                format!("a report of {year} cannot have arrived on {on}, before the year began\n  help: check --year and --on"),
            ),
            Problem::DateOutsidePlan { report, on, why } => say(
                format!(
                    "cảnh báo: {} ghi ngày {}, {}\n  gợi ý: kiểm tra năm trong --on; `plan validate` sẽ tiếp tục báo điều này\n",
                    if report { "báo cáo" } else { "cập nhật" },
                    lang.date(on),
                    why.text(lang)
                ),
                format!(
                    "warning: the {} is dated {on}, {}\n  help: check the year of --on; `plan validate` will keep reporting it\n",
                    if report { "report" } else { "update" },
                    why.text(lang)
                ),
            ),
            Problem::InvisibleCharacter { c } => say(
                format!("nội dung có ký tự vô hình {}\n  gợi ý: xóa ký tự đó (thường do dán từ PDF hoặc trang web) rồi chạy lại lệnh", char_name(c, lang)),
                format!("the text contains the invisible character {}\n  help: remove it (it was likely pasted from a PDF or a web page) and run the command again", char_name(c, lang)),
            ),
            Problem::YearOutsidePlan { year, first } => {
                // "Four digits" only helps when fewer (or more) were typed.
                let four = !(1000..=9999).contains(&year);
                say(
                    format!("năm {year} nằm ngoài các năm của kế hoạch\n  gợi ý: kế hoạch ban hành năm {first}; ghi {}năm từ năm đó trở đi", if four { "đủ bốn chữ số của " } else { "" }),
                    format!("{year} is outside the plan's years\n  help: the plan was issued in {first}; give a {}year from then on", if four { "four-digit " } else { "" }),
                )
            }
            Problem::PlanAlreadyThere { dir } => say(
                format!("{dir} đã có một kế hoạch (có plan.toml); chưa ghi gì\n  gợi ý: chọn một thư mục trống, hoặc sửa kế hoạch đang có ở đó"),
                format!("{dir} already holds a plan (it has plan.toml); nothing was written\n  help: choose an empty folder, or edit the plan that is there"),
            ),
            Problem::FileAlreadyThere { path } => say(
                format!("{path} đã có; chưa ghi gì"),
                format!("{path} already exists; nothing was written"),
            ),
            Problem::NotAPlanFile { path } => say(
                format!("{path} không phải là tệp của kế hoạch\n  gợi ý: các tệp của kế hoạch là plan.toml, agencies.toml, indicators.toml, tasks/*.toml và progress/*.toml"),
                format!("{path} is not a plan file\n  help: plan files are plan.toml, agencies.toml, indicators.toml, tasks/*.toml and progress/*.toml"),
            ),
            Problem::FilesNotFormatted => say(
                "có tệp không định dạng được; chưa ghi gì vào các tệp đó\n  gợi ý: `plan validate` chỉ ra chỗ sai".into(),
                "some files could not be formatted; nothing was written to them\n  help: `plan validate` shows what is wrong".into(),
            ),
            Problem::NotCanonical { changed, count } => say(
                format!("{changed} trên {count} tệp chưa ở dạng chuẩn; hãy chạy `plan fmt`"),
                format!("{changed} of {count} files are not in the canonical form; run `plan fmt`"),
            ),
            Problem::CannotRead { path } => say(
                format!("không đọc được {path}"),
                format!("cannot read {path}"),
            ),
            Problem::NotToml { path, reason } => say(
                format!("{path}: không phải TOML hợp lệ: {reason}"),
                format!("{path}: not valid TOML: {reason}"),
            ),
            Problem::Created { dir } => say(
                format!("đã tạo một kế hoạch mới trong {dir}: hãy sửa các tệp, rồi chạy `plan validate --dir {dir}`"),
                format!("created a new plan in {dir}: edit its files, then run `plan validate --dir {dir}`"),
            ),
            Problem::Reformatted { path, check: true } => say(
                format!("sẽ định dạng lại {path}"),
                format!("would reformat {path}"),
            ),
            Problem::Reformatted { path, check: false } => say(
                format!("đã định dạng lại {path}"),
                format!("reformatted {path}"),
            ),
            Problem::SeveralAgencies { given, count, shown } => {
                let more = if count > shown.len() { ", …" } else { "" };
                say(
                    format!("\"{given}\" khớp với {count} cơ quan: {}{more}\n  gợi ý: gõ thêm tên, hoặc dùng mã", shown.join(", ")),
                    format!("\"{given}\" fits {count} agencies: {}{more}\n  help: type more of the name, or the id", shown.join(", ")),
                )
            }
            Problem::UnknownAgency { given, near: [] } => say(
                format!("không có cơ quan \"{given}\"\n  gợi ý: `plan agencies` liệt kê các cơ quan; dùng được mã, tên viết tắt hoặc tên, có dấu hay không dấu đều được"),
                format!("unknown agency \"{given}\"\n  help: `plan agencies` lists them; an id, an alias or a name works, with or without diacritics"),
            ),
            Problem::UnknownAgency { given, near } => say(
                format!("không có cơ quan \"{given}\"\n  gợi ý: có phải là {} không?", near.join(" hoặc ")),
                format!("unknown agency \"{given}\"\n  help: did you mean {}?", near.join(" or ")),
            ),
            Problem::AmbiguousId { given, section, ids } => say(
                format!(
                    "\"{given}\" có thể là {} {}\n  gợi ý: ghi đầy đủ mã",
                    if section { "phần" } else { "nhiệm vụ" },
                    ids.join(" hoặc ")
                ),
                format!(
                    "\"{given}\" could be the {} {}\n  help: write the whole id",
                    if section { "section" } else { "task" },
                    ids.join(" or ")
                ),
            ),
            Problem::UnknownTask { given, suggestion: Some(n) } => say(
                format!("không có nhiệm vụ \"{given}\"\n  gợi ý: có phải là \"{n}\" không?"),
                format!("unknown task \"{given}\"\n  help: did you mean \"{n}\"?"),
            ),
            Problem::UnknownTask { given, suggestion: None } => say(
                format!("không có nhiệm vụ \"{given}\"\n  gợi ý: mã nhiệm vụ có dạng PL2.III.14 hoặc PL1.a.1; `plan list` liệt kê các nhiệm vụ"),
                format!("unknown task \"{given}\"\n  help: task ids look like PL2.III.14 or PL1.a.1; `plan list` lists them"),
            ),
            Problem::UnknownIndicator { given, suggestion: Some(n) } => say(
                format!("không có chỉ tiêu \"{given}\"\n  gợi ý: có phải là \"{n}\" không?"),
                format!("unknown indicator \"{given}\"\n  help: did you mean \"{n}\"?"),
            ),
            Problem::UnknownIndicator { given, suggestion: None } => say(
                format!("không có chỉ tiêu \"{given}\"\n  gợi ý: `plan targets` liệt kê các chỉ tiêu kèm mã"),
                format!("unknown indicator \"{given}\"\n  help: `plan targets` lists the indicators with their ids"),
            ),
            Problem::UnknownSection { given, sections } => say(
                format!("không có phần \"{given}\"\n  gợi ý: các phần là {}", sections.join(", ")),
                format!("unknown section \"{given}\"\n  help: sections are {}", sections.join(", ")),
            ),
            Problem::NoForm { agency, year, as_of } => say(
                format!("{agency} không có phiếu báo cáo năm {year}: cơ quan không có nhiệm vụ hay chỉ tiêu nào phải báo cáo tính đến ngày {}, hoặc không tự gửi báo cáo\n  gợi ý: `plan list --agency {agency} --role any` liệt kê các nhiệm vụ của cơ quan", lang.date(as_of)),
                format!("{agency} has no form for {year}: it has no task or indicator to report on {as_of}, or sends no report of its own\n  help: `plan list --agency {agency} --role any` shows its tasks"),
            ),
            Problem::FormsWritten { count: n, year, dir, on } => say(
                format!("đã ghi {} báo cáo năm {year} vào {dir}, với tình trạng của từng nhiệm vụ tính đến ngày {on}", count(n, Noun::Form)),
                format!("wrote {} for {year} to {dir}, with the standing of each task on {on}", count(n, Noun::Form)),
            ),
            Problem::ReplyRefused { file, problems } => say(
                format!("{file}: {}; chưa ghi nhận gì (sửa rồi nhập lại, hoặc dùng --partial để ghi nhận các dòng hợp lệ)", count(problems, Noun::Problem)),
                format!("{file}: {}; nothing recorded (fix them and import again, or --partial for the valid rows)", count(problems, Noun::Problem)),
            ),
            Problem::ReplyRecorded { file, name, agency, year, updates, actuals, received, due, same } => {
                let received = received.map(|on| {
                    let timing = super::message::receipt_timing(on, due, lang);
                    say(
                        format!("; ngày nhận báo cáo: {}{timing}", lang.date(on)),
                        format!("; report received on {}{timing}", lang.date(on)),
                    )
                });
                let received = received.unwrap_or_default();
                say(
                    format!(
                        "{file}: {name} ({agency}){}: đã ghi nhận {}, {}{received}{}",
                        year.map(|y| format!(", báo cáo năm {y}")).unwrap_or_default(),
                        count(updates, Noun::Update),
                        count(actuals, Noun::Actual),
                        if same > 0 { format!("; {same} mục đã có từ trước") } else { String::new() }
                    ),
                    format!(
                        "{file}: {name} ({agency}){}: recorded {}, {}{received}{}",
                        year.map(|y| format!(", report of {y}")).unwrap_or_default(),
                        count(updates, Noun::Update),
                        count(actuals, Noun::Actual),
                        if same > 0 { format!("; {same} already recorded") } else { String::new() }
                    ),
                )
            }
            Problem::RangeAndRevision => say(
                "chỉ đưa một khoảng A...B hoặc hai phiên bản, không đưa cả hai\n  gợi ý: plan diff origin/main...HEAD".into(),
                "give either a range A...B or two revisions, not both\n  help: plan diff origin/main...HEAD".into(),
            ),
            Problem::CannotCreate { path } => say(
                format!("không tạo được {path}"),
                format!("cannot create {path}"),
            ),
            Problem::PlanHasErrors { dir, errors: n, command } => say(
                format!("kế hoạch trong {dir} còn {} nên chưa thể chạy lệnh `plan {command}`\n  gợi ý: sửa các lỗi (`plan validate` liệt kê đầy đủ), rồi chạy lại lệnh", errors(n)),
                format!("the plan in {dir} has {}, so `plan {command}` cannot run\n  help: fix them (`plan validate` shows them all), then run the command again", errors(n)),
            ),
            Problem::SideHasErrors { side, errors: n } => say(
                format!(
                    "ghi chú: kế hoạch tại {} có {}; những mục không nạp được sẽ được so sánh như thể không có",
                    side.unwrap_or("thư mục làm việc"),
                    errors(n)
                ),
                format!(
                    "note: the plan at {} has {}; entities that did not load are compared as missing",
                    side.unwrap_or("the working tree"),
                    errors(n)
                ),
            ),
            Problem::NoPlan { dir, why } => {
                let why_vi = match why {
                    NoPlanWhy::NotAFolder => "đó không phải là thư mục".to_string(),
                    NoPlanWhy::NoFolder => "thư mục không tồn tại".to_string(),
                    NoPlanWhy::NoPlanToml => "thư mục không có plan.toml".to_string(),
                    NoPlanWhy::CannotLook(e) => format!("không xem được plan.toml của thư mục: {e}"),
                };
                let why_en = match why {
                    NoPlanWhy::NotAFolder => "it is not a folder".to_string(),
                    NoPlanWhy::NoFolder => "the folder does not exist".to_string(),
                    NoPlanWhy::NoPlanToml => "the folder has no plan.toml".to_string(),
                    NoPlanWhy::CannotLook(e) => format!("its plan.toml cannot be looked at: {e}"),
                };
                say(
                    format!("không tìm thấy kế hoạch trong {dir}: {why_vi}\n  gợi ý: chỉ đến thư mục kế hoạch bằng --dir PATH hoặc biến PLAN_DIR, hoặc tạo kế hoạch mới bằng `plan init DIR`"),
                    format!("no plan found in {dir}: {why_en}\n  help: point to a plan folder with --dir PATH or the PLAN_DIR variable, or create one with `plan init DIR`"),
                )
            }
            Problem::NotADate { given } => say(
                format!("\"{given}\" không phải là một ngày\n  gợi ý: {shapes}"),
                format!("\"{given}\" is not a date\n  help: {shapes}"),
            ),
            Problem::NoSuchDay { given } => say(
                format!("\"{given}\" không phải là một ngày: lịch không có ngày đó\n  gợi ý: {shapes}"),
                format!("\"{given}\" is not a date: that day is not in the calendar\n  help: {shapes}"),
            ),
            Problem::TwoDigitYear { given, day, month, guess } => say(
                format!("\"{given}\" ghi năm bằng hai chữ số, có thể thuộc bất kỳ thế kỷ nào\n  gợi ý: ghi năm đủ bốn chữ số: {day}/{month}/{guess}"),
                format!("\"{given}\" has a two-digit year, which could be any century\n  help: write the year in full: {day}/{month}/{guess}"),
            ),
            Problem::DateShape { given } => say(
                format!("\"{given}\" không phải là một ngày\n  gợi ý: {shapes}; {window}"),
                format!("\"{given}\" is not a date\n  help: {shapes}; {window}"),
            ),
            Problem::DateYearOutside { given, year } => say(
                format!("\"{given}\" thuộc năm {year}\n  gợi ý: {window}; hãy kiểm tra lại năm"),
                format!("\"{given}\" is in the year {year}\n  help: {window}; check the year"),
            ),
            Problem::NoGit => say(
                "không chạy được git; git đã được cài đặt chưa?".into(),
                "cannot run git; is it installed?".into(),
            ),
            Problem::CurrentFolder => say(
                "không đọc được thư mục hiện hành".into(),
                "cannot read the current folder".into(),
            ),
            Problem::NotInRepository { dir } => say(
                format!("{dir} không nằm trong một kho git\n  gợi ý: plan diff so sánh kế hoạch ở hai phiên bản git; hãy chạy lệnh trong một bản sao của kho"),
                format!("{dir} is not inside a git repository\n  help: plan diff compares the plan at two git revisions; run it in a clone"),
            ),
            Problem::OutsideRepository { dir, top } => say(
                format!("{dir} nằm ngoài kho git tại {top}"),
                format!("{dir} is outside the repository at {top}"),
            ),
            Problem::NotARevision { rev } => say(
                format!("\"{rev}\" không phải là một phiên bản\n  gợi ý: đưa một commit, nhánh hoặc thẻ, ví dụ HEAD~1 hoặc main"),
                format!("\"{rev}\" is not a revision\n  help: give a commit, branch or tag, such as HEAD~1 or main"),
            ),
            Problem::NoSuchCommit { rev } => say(
                format!("\"{rev}\" không chỉ đến commit nào trong kho này\n  gợi ý: `git log --oneline` liệt kê các commit"),
                format!("\"{rev}\" names no commit in this repository\n  help: `git log --oneline` lists the commits"),
            ),
            Problem::NoCommonAncestor => say(
                "hai phiên bản không có tổ tiên chung\n  gợi ý: so sánh trực tiếp: plan diff A B".into(),
                "the two revisions have no common ancestor\n  help: compare them directly: plan diff A B".into(),
            ),
            Problem::GitCannotList { path, at, reason } => say(
                format!("git không liệt kê được {path} tại {at}: {reason}"),
                format!("git could not list {path} at {at}: {reason}"),
            ),
            Problem::ProgressNotToml { path } => say(
                format!("{path} không phải TOML hợp lệ; hãy sửa tệp trước (`plan validate`)"),
                format!("{path} is not valid TOML; fix it first (`plan validate`)"),
            ),
            Problem::NotText { path, problem } => {
                let finding = super::Finding::Encoding { problem };
                let help = finding.help(lang).unwrap_or_default();
                let message = finding.text(lang);
                say(
                    format!("{path}: {message}\n  gợi ý: {help}"),
                    format!("{path}: {message}\n  help: {help}"),
                )
            }
            Problem::NotTables { path, key } => say(
                format!("{path}: `{key}` không phải là danh sách các bảng [[{key}]]\n  gợi ý: ghi thành các bảng [[{key}]] (`plan fmt` làm việc này)"),
                format!("{path}: `{key}` is not a list of [[{key}]] tables\n  help: write it as [[{key}]] tables (`plan fmt` does this)"),
            ),
            Problem::CannotOpenLock { path } => say(
                format!("không mở được tệp khóa {path}; plan cần ghi được vào thư mục kế hoạch để thay đổi kế hoạch"),
                format!("cannot open the lock file {path}; plan needs to write in the plan folder to change it"),
            ),
            Problem::CannotLock { path } => say(
                format!("không khóa được {path}"),
                format!("cannot lock {path}"),
            ),
            Problem::LockTaken { path, seconds } => say(
                format!("một lệnh `plan` khác đã giữ khóa {path} trong {} giây; chưa ghi gì\n  gợi ý: chạy lại lệnh khi lệnh kia đã xong, hoặc chờ lâu hơn với --lock-timeout SECS (hoặc PLAN_LOCK_TIMEOUT)", lang.number(seconds, false)),
                format!("another `plan` held the lock {path} for {seconds} s; nothing was written\n  help: run the command again when the other one has finished, or wait longer with --lock-timeout SECS (or PLAN_LOCK_TIMEOUT)"),
            ),
            Problem::WaitingForLock { dir, path } => say(
                format!("đang chờ một lệnh `plan` khác đang thay đổi {dir} (khóa {path})…"),
                format!("waiting for another `plan` that is changing {dir} (lock {path})…"),
            ),
            Problem::CannotCreateTemporary { path, dir, reason } => say(
                format!("không ghi được {path}: không tạo được tệp tạm trong thư mục {dir} ({reason})\n  gợi ý: kiểm tra quyền ghi vào {dir}, hoặc ghi vào một thư mục khác"),
                format!("cannot write {path}: cannot create a temporary file in the folder {dir} ({reason})\n  help: check that you may write in {dir}, or write somewhere else"),
            ),
            Problem::CannotSetPermissions { path } => say(
                format!("không đặt được quyền truy cập của {path}"),
                format!("cannot set the permissions of {path}"),
            ),
            Problem::CannotWrite { path, reason } => say(
                format!("không ghi được {path}: {reason}"),
                format!("cannot write {path}: {reason}"),
            ),
            Problem::CannotReplace { path, reason } => say(
                format!("không thay được {path}: {reason}"),
                format!("cannot replace {path}: {reason}"),
            ),
            Problem::CannotCreateFolder { dir, reason } => say(
                format!("không tạo được thư mục {dir}: {reason}"),
                format!("cannot create the folder {dir}: {reason}"),
            ),
            Problem::SetNotWritten { dir, written: [] } => say(
                format!("chưa ghi gì vào {dir}"),
                format!("nothing was written to {dir}"),
            ),
            Problem::SetNotWritten { dir, written } => say(
                format!("chỉ ghi được {} vào {dir}", written.join(", ")),
                format!("only {} of the set were written to {dir}", written.join(", ")),
            ),
            Problem::OwnedByAnother { path, uid } => say(
                format!("{path} thuộc về người dùng khác (uid {uid}); thay tệp này sẽ khiến nó thuộc về bạn\n  gợi ý: chạy lệnh với tư cách chủ sở hữu tệp"),
                format!("{path} belongs to another user (uid {uid}); replacing it would make it yours\n  help: run the command as its owner"),
            ),
            Problem::CannotKeepOwner { path, reason } => say(
                format!("không giữ được chủ sở hữu của {path}: {reason}"),
                format!("cannot keep the owner of {path}: {reason}"),
            ),
            Problem::CannotReadLink { path } => say(
                format!("không đọc được liên kết {path}"),
                format!("cannot read the link {path}"),
            ),
            Problem::CannotLookAt { path, reason } => say(
                format!("không xem được {path}: {reason}"),
                format!("cannot look at {path}: {reason}"),
            ),
            Problem::TooManyLinks { path, max } => say(
                format!("{path} đi qua hơn {max} liên kết tượng trưng (một vòng lặp?)\n  gợi ý: chỉ đến một tệp"),
                format!("{path} leads through more than {max} symbolic links (a loop?)\n  help: point it at a file"),
            ),
            Problem::NotARegularFile { path, kind } => say(
                format!("{path} là {}, không phải tệp thông thường; plan chỉ thay các tệp thông thường\n  gợi ý: đưa tên của một tệp (`--out -` ghi ra màn hình)", kind.text(lang)),
                format!("{path} is {}, not a regular file; plan replaces only regular files\n  help: give the name of a file (`--out -` writes to the screen)", kind.text(lang)),
            ),
            Problem::ReadOnly { path } => say(
                format!("{path} chỉ cho phép đọc\n  gợi ý: cho phép ghi (`chmod u+w`) nếu tệp cần thay đổi"),
                format!("{path} is read-only\n  help: make it writable (`chmod u+w`) if it should change"),
            ),
            Problem::MayNotWrite { path } => say(
                format!("bạn không có quyền ghi {path}\n  gợi ý: hỏi chủ sở hữu tệp, hoặc ghi vào nơi khác"),
                format!("you may not write {path}\n  help: ask its owner, or write somewhere else"),
            ),
            Problem::CannotOpenForWriting { path, reason } => say(
                format!("không mở được {path} để ghi: {reason}"),
                format!("cannot open {path} for writing: {reason}"),
            ),
            Problem::InsidePlanFolder { flag, path, dir } => say(
                format!("{flag} {path} nằm trong thư mục kế hoạch {dir}; một báo cáo ở đó có thể ghi đè tệp của kế hoạch, nên chưa ghi gì\n  gợi ý: ghi vào nơi khác, hoặc thêm --force nếu đúng ý bạn"),
                format!("{flag} {path} is inside the plan folder {dir}; a report there could overwrite the plan's own files, so nothing was written\n  help: write it elsewhere, or add --force if you mean it"),
            ),
            Problem::NotAMergeable { name } => say(
                format!("{name} không phải là tệp của kế hoạch (plan.toml, agencies.toml, indicators.toml, tasks/*.toml, progress/*.toml)\n  gợi ý: đưa đường dẫn của tệp trong kho bằng --path %P, như docs/review.md hướng dẫn"),
                format!("{name} is not a plan file (plan.toml, agencies.toml, indicators.toml, tasks/*.toml, progress/*.toml)\n  help: pass the file's path in the repository with --path %P, as docs/review.md shows"),
            ),
            Problem::MergedWouldNotLoad { name } => say(
                format!("{name}: tệp sau khi hợp nhất sẽ không nạp được, nên được để lại ở dạng xung đột:"),
                format!("{name}: the merged file would not load, so it is left as a conflict:"),
            ),
            Problem::MergeConflict { name, field } => say(
                format!("{name}: xung đột: {field} bị sửa khác nhau ở hai nhánh"),
                format!("{name}: conflict: {field} was changed differently on both sides"),
            ),
            Problem::CannotMerge { name, reason } => say(
                format!("{name}: không hợp nhất được: {reason}"),
                format!("{name}: cannot merge: {reason}"),
            ),
            Problem::MergedNotToml { reason } => say(
                format!("không phải TOML hợp lệ: {reason}"),
                format!("not valid TOML: {reason}"),
            ),
            Problem::SideNotToml { side, reason } => say(
                format!("{} không phải TOML hợp lệ: {reason}", side.text(lang)),
                format!("{} is not valid TOML: {reason}", side.text(lang)),
            ),
            Problem::SideInlineArray { side, array } => say(
                format!("{} ghi `{array}` dạng mảng trên một dòng; `plan fmt` đổi thành các bảng [[{array}]]", side.text(lang)),
                format!("{} writes `{array}` as an inline array; `plan fmt` turns it into [[{array}]] tables", side.text(lang)),
            ),
            Problem::DateAfterToday { flag, on, today } => say(
                format!(
                    "cảnh báo: ngày {} trong {flag} còn ở tương lai (hôm nay là {}); vẫn ghi nhận\n  gợi ý: nếu gõ nhầm, kiểm tra {flag}; ngày này sẽ được tính như đã xảy ra\n",
                    lang.date(on),
                    lang.date(today)
                ),
                format!(
                    "warning: {} in {flag} is after today ({}); recorded all the same\n  help: if it is a typo, check {flag}; the date counts as if it had happened\n",
                    lang.date(on),
                    lang.date(today)
                ),
            ),
            Problem::YearAfterThisYear { year, this_year } => say(
                format!("cảnh báo: năm {year} chưa kết thúc (năm nay là {this_year}); vẫn ghi nhận số liệu\n  gợi ý: nếu gõ nhầm, kiểm tra --year\n"),
                format!("warning: {year} has not ended (this year is {this_year}); the figure is recorded all the same\n  help: if it is a typo, check --year\n"),
            ),
            Problem::FolderMissing { path, dir } => say(
                format!("không ghi được {path}: thư mục {dir} không tồn tại\n  gợi ý: tạo thư mục trước (mkdir -p {dir}) hoặc ghi vào một thư mục có sẵn"),
                format!("cannot write {path}: the folder {dir} does not exist\n  help: create it first (mkdir -p {dir}) or write into a folder that exists"),
            ),
            Problem::NotAWorkbook { path } => say(
                format!("{path} không phải là tệp Excel (.xlsx) đọc được: tệp hỏng hoặc không phải bảng tính\n  gợi ý: mở tệp bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi nhập lại; hoặc gửi lại biểu mẫu do `plan forms` tạo"),
                format!("{path} is not an Excel workbook (.xlsx) that can be read: it is damaged or no spreadsheet\n  help: open it in Excel or LibreOffice, save it as .xlsx and import it again; or send the form `plan forms` made again"),
            ),
            Problem::ReportAlreadyReceived { name, agency, year, half_year, on, file } => say(
                format!(
                    "đã ghi nhận báo cáo {} {year} của {name} ({agency}), nhận ngày {}; chưa ghi gì\n  gợi ý: nếu ngày đó sai, sửa received_on trong {file}",
                    if half_year { "6 tháng đầu năm" } else { "năm" },
                    lang.date(on)
                ),
                format!(
                    "the {}report of {year} from {name} ({agency}) is already recorded, received on {}; nothing was written\n  help: if that day is wrong, correct received_on in {file}",
                    if half_year { "half-year " } else { "" },
                    lang.date(on)
                ),
            ),
            // ---- helper H
            Problem::ReportOfEndedAgency { name, agency, year, gone, successors, next } => {
                let (vi_help, en_help) = if next.is_empty() {
                    (
                        "gợi ý: cơ quan này không còn báo cáo; kiểm tra --year".to_string(),
                        "help: it owes no report any more; check --year".to_string(),
                    )
                } else {
                    (
                        format!("gợi ý: plan received {next} --year {year} --on dd/mm/{year}"),
                        format!("help: plan received {next} --year {year} --on dd/mm/{year}"),
                    )
                };
                let (vi_whose, en_whose) = if successors.is_empty() {
                    (String::new(), String::new())
                } else {
                    (
                        format!("; báo cáo năm {year} là của {successors}"),
                        format!("; the report of {year} belongs to {successors}"),
                    )
                };
                say(
                    format!("{name} ({agency}) đã kết thúc hoạt động từ {}{vi_whose}; chưa ghi gì\n  {vi_help}", lang.date(gone)),
                    format!("{name} ({agency}) ceased to exist on {gone}{en_whose}; nothing was written\n  {en_help}"),
                )
            }
            Problem::DayPastMonthEnd { given, last } => {
                let (month, days) = (last.format("%m/%Y"), last.format("%d"));
                let (dmy, iso, dots, dashes) = (
                    last.format("%d/%m/%Y"),
                    last.format("%Y-%m-%d"),
                    last.format("%d.%m.%Y"),
                    last.format("%d-%m-%Y"),
                );
                say(
                    format!("\"{given}\" không phải là một ngày: tháng {month} chỉ có {days} ngày\n  gợi ý: ví dụ {dmy} (cũng nhận {iso}, {dots}, {dashes})"),
                    format!("\"{given}\" is not a date: month {month} has {days} days\n  help: e.g. {dmy} (also {iso}, {dots}, {dashes})"),
                )
            }
            Problem::OutExtensionMismatch { path, named, format, extension } => say(
                format!("--out {path} có đuôi .{named} nhưng --format là {format}: tệp sẽ không mở được đúng cách\n  gợi ý: bỏ --format để ghi {named} theo đuôi tệp, hoặc đặt tên tệp đuôi .{extension}"),
                format!("--out {path} ends in .{named} but --format is {format}: the file would not open as it should\n  help: leave out --format to write {named} as the extension says, or name the file .{extension}"),
            ),
            Problem::TaskIsASection { given, section, tasks } => {
                let (vi, en) = match tasks {
                    Some((a, b)) if a == b => (format!(" (nhiệm vụ {a})"), format!(" (task {a})")),
                    Some((a, b)) => (format!(" (các nhiệm vụ {a} đến {b})"), format!(" (tasks {a} to {b})")),
                    None => (String::new(), String::new()),
                };
                say(
                    format!("\"{given}\" là một phần, không phải một nhiệm vụ\n  gợi ý: plan list --section {section}{vi}"),
                    format!("\"{given}\" is a section, not a task\n  help: plan list --section {section}{en}"),
                )
            }
        }
    }
}

impl FileSort {
    pub(crate) fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (FileSort::File, Lang::Vi) => "một tệp",
            (FileSort::File, Lang::En) => "a file",
            (FileSort::Folder, Lang::Vi) => "một thư mục",
            (FileSort::Fifo, Lang::Vi) => "một đường ống có tên (FIFO)",
            (FileSort::Socket, Lang::Vi) => "một socket",
            (FileSort::CharDevice, Lang::Vi) => "một thiết bị ký tự",
            (FileSort::BlockDevice, Lang::Vi) => "một thiết bị khối",
            (FileSort::Special, Lang::Vi) => "một tệp đặc biệt",
            (FileSort::Folder, Lang::En) => "a folder",
            (FileSort::Fifo, Lang::En) => "a named pipe (FIFO)",
            (FileSort::Socket, Lang::En) => "a socket",
            (FileSort::CharDevice, Lang::En) => "a character device",
            (FileSort::BlockDevice, Lang::En) => "a block device",
            (FileSort::Special, Lang::En) => "a special file",
        }
    }
}

impl MergeSide {
    fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (MergeSide::Ancestor, Lang::Vi) => "bản gốc chung của hai nhánh (base)",
            (MergeSide::Ours, Lang::Vi) => "phía của nhánh hiện tại (ours)",
            (MergeSide::Theirs, Lang::Vi) => "phía của nhánh được hợp nhất vào (theirs)",
            (MergeSide::Ancestor, Lang::En) => "the common ancestor",
            (MergeSide::Ours, Lang::En) => "our side",
            (MergeSide::Theirs, Lang::En) => "their side",
        }
    }
}

impl crate::dates::Outside {
    /// Why a date is implausible for the plan, to follow the date in a
    /// sentence.
    pub fn text(self, lang: Lang) -> String {
        use crate::dates::Outside;
        match (self, lang) {
            (Outside::Before(from), Lang::Vi) => {
                format!("trước ngày ban hành quyết định ({})", lang.date(from))
            }
            (Outside::After(to), Lang::Vi) => format!(
                "sau thời hạn cuối của kế hoạch ({}, ngày cuối của năm cuối cùng có thời hạn hoặc mục tiêu)",
                lang.date(to)
            ),
            (Outside::Before(from), Lang::En) => {
                format!("before the decision was issued ({})", lang.date(from))
            }
            (Outside::After(to), Lang::En) => format!(
                "after the plan's horizon ({}, the end of the last year it sets a deadline or a target for)",
                lang.date(to)
            ),
        }
    }
}

/// English, as diagnostics (English for now) print it.
impl std::fmt::Display for crate::dates::Outside {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// A character a person should know by name: "U+200B (zero-width space)".
/// The fix for a control character in a line of the letterhead, in English
/// and Vietnamese: the same words for a report flag and for `[report]`.
pub const LETTER_CONTROL_HELP: [&str; 2] = [
    "delete it: control characters can rewrite a terminal or hide text, and a line of the letterhead holds no tab",
    "hãy xóa ký tự này: ký tự điều khiển có thể làm thay đổi màn hình dòng lệnh hoặc che giấu văn bản, và một dòng của phần đầu văn bản không chứa tab",
];

pub fn char_name(c: char, lang: Lang) -> String {
    use crate::text::Invisible as I;
    let name = match (crate::text::invisible_kind(c), lang) {
        (I::SoftHyphen, Lang::Vi) => "dấu gạch nối mềm",
        (I::ArabicLetterMark, Lang::Vi) => "dấu chữ Ả Rập",
        (I::ZeroWidthSpace, Lang::Vi) => "khoảng trắng độ rộng 0",
        (I::ZeroWidthNonJoiner, Lang::Vi) => "ký tự không nối độ rộng 0",
        (I::ZeroWidthJoiner, Lang::Vi) => "ký tự nối độ rộng 0",
        (I::LeftToRightMark, Lang::Vi) => "dấu trái sang phải",
        (I::RightToLeftMark, Lang::Vi) => "dấu phải sang trái",
        (I::LineSeparator, Lang::Vi) => "ký tự ngăn dòng",
        (I::ParagraphSeparator, Lang::Vi) => "ký tự ngăn đoạn",
        (I::WordJoiner, Lang::Vi) => "ký tự nối từ",
        (I::ByteOrderMark, Lang::Vi) => "dấu thứ tự byte",
        (I::Bidi, Lang::Vi) => "ký tự điều khiển hướng chữ",
        (I::Tag, Lang::Vi) => "ký tự thẻ",
        (I::CarriageReturn, Lang::Vi) => "ký tự về đầu dòng",
        (I::Escape, Lang::Vi) => "ký tự escape",
        (I::Control, Lang::Vi) => "ký tự điều khiển",
        (I::Other, Lang::Vi) => "ký tự vô hình",
        (I::SoftHyphen, Lang::En) => "soft hyphen",
        (I::ArabicLetterMark, Lang::En) => "Arabic letter mark",
        (I::ZeroWidthSpace, Lang::En) => "zero-width space",
        (I::ZeroWidthNonJoiner, Lang::En) => "zero-width non-joiner",
        (I::ZeroWidthJoiner, Lang::En) => "zero-width joiner",
        (I::LeftToRightMark, Lang::En) => "left-to-right mark",
        (I::RightToLeftMark, Lang::En) => "right-to-left mark",
        (I::LineSeparator, Lang::En) => "line separator",
        (I::ParagraphSeparator, Lang::En) => "paragraph separator",
        (I::WordJoiner, Lang::En) => "word joiner",
        (I::ByteOrderMark, Lang::En) => "byte-order mark",
        (I::Bidi, Lang::En) => "bidi control",
        (I::Tag, Lang::En) => "tag character",
        (I::CarriageReturn, Lang::En) => "carriage return",
        (I::Escape, Lang::En) => "escape",
        (I::Control, Lang::En) => "control character",
        (I::Other, Lang::En) => "invisible character",
    };
    format!("U+{:04X} ({name})", c as u32)
}

/// `did you mean "x"?`, for the nearest of what a person might have meant.
pub fn did_you_mean(nearest: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("có phải là \"{nearest}\" không?"),
        Lang::En => format!("did you mean \"{nearest}\"?"),
    }
}

/// The years any date of `plan` may have, as a sentence.
pub fn year_window(lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("chỉ nhận các năm từ {FIRST_YEAR} đến {LAST_YEAR}"),
        Lang::En => format!("years from {FIRST_YEAR} to {LAST_YEAR} are accepted"),
    }
}

/// The word before the reason a command stopped: `error: …`.
pub fn error_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "lỗi",
        Lang::En => "error",
    }
}

/// The mark, in a conflict, of the side that deleted the entity.
pub fn deleted_on_this_side(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "(đã xóa ở phía này)",
        Lang::En => "(deleted on this side)",
    }
}

/// The word before the fix: `help: …`.
pub fn help_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "gợi ý",
        Lang::En => "help",
    }
}

/// The operating system's reason, without the "(os error N)" code people
/// cannot act on. (The reason itself is the system's, in its language.)
pub fn io_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Words as a list of quoted words: "hoàn thành", "đang thực hiện".
fn quoted(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    /// English words no Vietnamese message may hold once what is typed
    /// (`commands`, `--flags`, `DIR`, paths, values) is taken out.
    const ENGLISH: &[&str] = &[
        // Not "in", "to", "an", "no": Vietnamese words too ("in" is print).
        "the", "is", "not", "of", "and", "or", "a", "help", "error", "warning", "note", "cannot",
        "unknown", "task", "agency", "file", "folder", "date", "year", "write", "read", "lock",
        "nothing", "was", "has", "did", "you", "mean",
    ];

    fn typed_out(text: &str) -> String {
        let mut out = String::new();
        for (i, piece) in text.split(['`', '"']).enumerate() {
            if i % 2 == 0 {
                out.push_str(piece);
            }
        }
        out.split_whitespace()
            .filter(|w| {
                !w.starts_with('-')
                    && !w
                        .chars()
                        .any(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && !w.contains(['/', '.', '_', '*'])
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn every_problem_speaks_vietnamese_without_english_words() {
        let d = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
        let io = std::io::Error::other("x");
        let why = NoPlanWhy::NoPlanToml;
        let shown = ["x".to_string()];
        let problems = [
            Problem::UnknownStatus {
                given: "x",
                suggestion: Some("y"),
                words: &["y"],
                codes: &["z"],
            },
            Problem::UnknownTable {
                given: "x",
                suggestion: None,
                tables: &["y"],
            },
            Problem::NotAReportYear { year: 1 },
            Problem::FindingsFormat { format: "csv" },
            Problem::OutDirNeedsCsv,
            Problem::BinaryNeedsOut {
                format: "xlsx",
                report: true,
            },
            Problem::BinaryNeedsOut {
                format: "xlsx",
                report: false,
            },
            Problem::CannotLayOut { format: "xlsx" },
            Problem::ComparisonNeedsCompare,
            Problem::CsvHoldsOneTable { tables: &["y"] },
            Problem::CannotCreate { path: "x" },
            Problem::PlanHasErrors {
                dir: "x",
                errors: 2,
                command: "overdue",
            },
            Problem::RangeAndRevision,
            Problem::NoForm {
                agency: "x",
                year: 2025,
                as_of: d,
            },
            Problem::FormsWritten {
                count: 1,
                year: 2025,
                dir: "x",
                on: "y",
            },
            Problem::ReplyRefused {
                file: "x",
                problems: 1,
            },
            Problem::ReplyRecorded {
                file: "x",
                name: "y",
                agency: "y",
                year: Some(2025),
                updates: 1,
                actuals: 1,
                received: Some(d),
                due: Some(d),
                same: 1,
            },
            Problem::SeveralAgencies {
                given: "x",
                count: 9,
                shown: &shown,
            },
            Problem::UnknownAgency {
                given: "x",
                near: &[],
            },
            Problem::UnknownAgency {
                given: "x",
                near: &shown,
            },
            Problem::AmbiguousId {
                given: "x",
                section: true,
                ids: &["y"],
            },
            Problem::UnknownTask {
                given: "x",
                suggestion: None,
            },
            Problem::UnknownTask {
                given: "x",
                suggestion: Some("y"),
            },
            Problem::UnknownIndicator {
                given: "x",
                suggestion: None,
            },
            Problem::UnknownSection {
                given: "x",
                sections: &["y"],
            },
            Problem::Created { dir: "x" },
            Problem::Reformatted {
                path: "x",
                check: true,
            },
            Problem::Reformatted {
                path: "x",
                check: false,
            },
            Problem::UnknownUpdateStatus {
                given: "x",
                suggestion: None,
                words: &["y"],
                codes: &["z"],
            },
            Problem::NoOutputOptions { command: "update" },
            Problem::NoMilestones { task: "x" },
            Problem::NoSuchMilestone {
                task: "x",
                count: 2,
                given: 3,
            },
            Problem::OptionAsText {
                flag: "--note",
                value: "--x",
            },
            Problem::ControlCharacter { code: 27 },
            Problem::BlankFlag { flag: "--issuer" },
            Problem::FlagControlCharacter {
                flag: "--place",
                ch: '\t',
            },
            Problem::ActualAlreadyThere {
                indicator: "x",
                year: 2025,
                value: 7.5,
                file: "y",
            },
            Problem::FigureWithComma { given: "x" },
            Problem::NotAFigure { given: "x" },
            Problem::ReportBeforeItsYear { year: 2025, on: d },
            Problem::YearOutsidePlan {
                year: 2019,
                first: 2022,
            },
            Problem::DateOutsidePlan {
                report: true,
                on: d,
                why: crate::dates::Outside::Before(d),
            },
            Problem::DateOutsidePlan {
                report: false,
                on: d,
                why: crate::dates::Outside::After(d),
            },
            Problem::InvisibleCharacter { c: '\u{200B}' },
            Problem::PlanAlreadyThere { dir: "x" },
            Problem::FileAlreadyThere { path: "x" },
            Problem::NotAPlanFile { path: "x" },
            Problem::FilesNotFormatted,
            Problem::NotCanonical {
                changed: 1,
                count: 2,
            },
            Problem::CannotRead { path: "x" },
            Problem::NotToml {
                path: "x",
                reason: "",
            },
            Problem::CannotWriteStdout { error: &io },
            Problem::SideHasErrors {
                side: None,
                errors: 1,
            },
            Problem::NoPlan {
                dir: "x",
                why: &why,
            },
            Problem::NotADate { given: "x" },
            Problem::NoSuchDay { given: "x" },
            Problem::TwoDigitYear {
                given: "x",
                day: "1",
                month: "2",
                guess: 2024,
            },
            Problem::DateShape { given: "x" },
            Problem::DateYearOutside {
                given: "x",
                year: 1,
            },
            Problem::NoGit,
            Problem::CurrentFolder,
            Problem::NotInRepository { dir: "x" },
            Problem::OutsideRepository { dir: "x", top: "y" },
            Problem::NotARevision { rev: "x" },
            Problem::NoSuchCommit { rev: "x" },
            Problem::NoCommonAncestor,
            Problem::GitCannotList {
                path: "x",
                at: "y",
                reason: "",
            },
            Problem::ProgressNotToml { path: "x" },
            Problem::NotText {
                path: "x",
                problem: super::super::finding::Encoding::Utf16Bom,
            },
            Problem::NotTables {
                path: "x",
                key: "update",
            },
            Problem::CannotOpenLock { path: "x" },
            Problem::CannotLock { path: "x" },
            Problem::LockTaken {
                path: "x",
                seconds: 1.5,
            },
            Problem::WaitingForLock {
                dir: "x",
                path: "y",
            },
            Problem::CannotCreateTemporary {
                path: "x",
                dir: "x",
                reason: "",
            },
            Problem::CannotSetPermissions { path: "x" },
            Problem::CannotWrite {
                path: "x",
                reason: "",
            },
            Problem::CannotReplace {
                path: "x",
                reason: "",
            },
            Problem::CannotCreateFolder {
                dir: "x",
                reason: "",
            },
            Problem::SetNotWritten {
                dir: "x",
                written: &[],
            },
            Problem::SetNotWritten {
                dir: "x",
                written: &["y"],
            },
            Problem::OwnedByAnother { path: "x", uid: 0 },
            Problem::CannotKeepOwner {
                path: "x",
                reason: "",
            },
            Problem::CannotReadLink { path: "x" },
            Problem::CannotLookAt {
                path: "x",
                reason: "",
            },
            Problem::TooManyLinks { path: "x", max: 40 },
            Problem::NotARegularFile {
                path: "x",
                kind: FileSort::Fifo,
            },
            Problem::ReadOnly { path: "x" },
            Problem::MayNotWrite { path: "x" },
            Problem::CannotOpenForWriting {
                path: "x",
                reason: "",
            },
            Problem::InsidePlanFolder {
                flag: "--out",
                path: "x",
                dir: "y",
            },
            Problem::NotAMergeable { name: "x" },
            Problem::MergedWouldNotLoad { name: "x" },
            Problem::MergeConflict {
                name: "x",
                field: "y",
            },
            Problem::CannotMerge {
                name: "x",
                reason: "",
            },
            Problem::MergedNotToml { reason: "" },
            Problem::SideNotToml {
                side: MergeSide::Ours,
                reason: "",
            },
            Problem::SideInlineArray {
                side: MergeSide::Theirs,
                array: "x",
            },
            // Issue 11, input side.
            Problem::DateAfterToday {
                flag: "--on",
                on: d,
                today: d,
            },
            Problem::YearAfterThisYear {
                year: 2030,
                this_year: 2026,
            },
            Problem::NotAWorkbook { path: "x" },
            Problem::FolderMissing {
                path: "x/y",
                dir: "x",
            },
            Problem::ReportAlreadyReceived {
                name: "x",
                agency: "sxd",
                year: 2025,
                half_year: false,
                on: d,
                file: "plan/progress/2025.toml",
            },
            Problem::DayPastMonthEnd {
                given: "31/02/2025",
                last: chrono::NaiveDate::from_ymd_opt(2025, 2, 28).unwrap(),
            },
            Problem::ReportOfEndedAgency {
                name: "x",
                agency: "skhdt",
                year: 2025,
                gone: d,
                successors: "y (stc)",
                next: "stc",
            },
            Problem::OutExtensionMismatch {
                path: "x.xlsx",
                named: "xlsx",
                format: "docx",
                extension: "docx",
            },
            Problem::TaskIsASection {
                given: "pl2.iii",
                section: "PL2.III",
                tasks: Some(("PL2.III.1", "PL2.III.26")),
            },
        ];
        for p in problems {
            let vi = p.text(Lang::Vi);
            let en = p.text(Lang::En);
            assert_ne!(vi, en, "{p:?} is the same in both languages");
            let words: Vec<String> = typed_out(&vi)
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .collect();
            for w in ENGLISH {
                assert!(
                    !words.iter().any(|x| x == w),
                    "{p:?} [vi] says the English {w:?}: {vi}"
                );
            }
            if vi.contains('\n') {
                assert!(vi.contains("\n  gợi ý: "), "{p:?} [vi]: {vi}");
            }
            if en.contains('\n') {
                assert!(en.contains("\n  help: "), "{p:?} [en]: {en}");
            }
            assert!(
                !en.chars().any(|c| c.is_alphabetic() && !c.is_ascii()),
                "{p:?} [en] holds Vietnamese: {en}"
            );
        }
    }
}
