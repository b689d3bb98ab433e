//! The findings of `plan validate`, one variant per message with the data it
//! names. A finding is stored typed (the load cache keeps it with serde) and
//! put into words only when shown, in the language of the command: its
//! kebab-case `code` never changes with the language.
//!
//! TOML keys, values and file names stay as the file writes them in both
//! languages: the reader searches the file for them.

use super::FileSort;
use crate::lang::Lang;
use crate::model::UpdateStatus;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// The labels around a finding: its severity, `help:` and `note:`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Error,
    Warning,
    Help,
    Note,
}

impl Label {
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Label::Error, Lang::En) => "error",
            (Label::Warning, Lang::En) => "warning",
            (Label::Help, Lang::En) => "help",
            (Label::Note, Lang::En) => "note",
            (Label::Error, Lang::Vi) => "lỗi",
            (Label::Warning, Lang::Vi) => "cảnh báo",
            (Label::Help, Lang::Vi) => "gợi ý",
            (Label::Note, Lang::Vi) => "ghi chú",
        }
    }
}

/// A note of `validate` after its findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FindingNote {
    /// A file did not read, so references between files were not checked.
    ReferencesSkipped,
}

impl FindingNote {
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (FindingNote::ReferencesSkipped, Lang::En) => {
                "references between files (agencies, tasks, indicators) are checked once every file reads"
            }
            (FindingNote::ReferencesSkipped, Lang::Vi) => {
                "tham chiếu giữa các tệp (cơ quan, nhiệm vụ, chỉ tiêu) chỉ được kiểm tra khi mọi tệp đều đọc được"
            }
        }
    }
}

/// `validate`'s last line: what the plan holds, then the findings. In
/// Vietnamese the parts are apart by semicolons, since "cơ quan, đơn vị"
/// holds a comma.
pub fn summary(dir: &str, holds: &[super::Count], found: &[super::Count], lang: Lang) -> String {
    let join = |counts: &[super::Count], sep: &str| {
        counts
            .iter()
            .map(|c| c.text(lang))
            .collect::<Vec<_>>()
            .join(sep)
    };
    match lang {
        Lang::En => format!("{dir}: {}: {}", join(holds, ", "), join(found, ", ")),
        Lang::Vi => format!("{dir}: {}: {}", join(holds, "; "), join(found, ", ")),
    }
}

/// The table a key is read from, as messages name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    PlanFile,
    AgenciesFile,
    IndicatorsFile,
    AmendmentsFile,
    TasksFile,
    ProgressFile,
    Section,
    Group,
    Reporting,
    /// plan.toml's `[report]`: the letterhead of the Word report.
    ReportHead,
    Task,
    Milestone,
    Agency,
    Indicator,
    Target,
    Update,
    Actual,
    Report,
    Amendment,
    AddedTask,
}

impl Part {
    /// A whole file, named by its path.
    pub fn is_file(self) -> bool {
        matches!(
            self,
            Part::PlanFile
                | Part::AgenciesFile
                | Part::IndicatorsFile
                | Part::AmendmentsFile
                | Part::TasksFile
                | Part::ProgressFile
        )
    }

    /// The part and the id that names it, where it has one:
    /// `nhiệm vụ [[task]] "PL2.I.1"`; a table without an id of its own by
    /// its number in its owner: `mốc [[task.milestone]] số 2 của "PL2.I.1"`.
    pub fn named(self, owner: &Option<String>, number: Option<usize>, lang: Lang) -> String {
        match (owner, number, lang) {
            (Some(id), Some(n), Lang::En) => format!("{} {n} of \"{id}\"", self.text(lang)),
            (Some(id), Some(n), Lang::Vi) => format!("{} số {n} của \"{id}\"", self.text(lang)),
            (Some(id), None, _) => format!("{} \"{id}\"", self.text(lang)),
            (None, _, _) => self.text(lang).to_string(),
        }
    }

    pub fn text(self, lang: Lang) -> &'static str {
        use Lang::{En, Vi};
        match (self, lang) {
            (Part::PlanFile, _) => "plan.toml",
            (Part::AgenciesFile, _) => "agencies.toml",
            (Part::IndicatorsFile, _) => "indicators.toml",
            (Part::AmendmentsFile, _) => "amendments.toml",
            (Part::Section, _) => "[section]",
            (Part::Reporting, _) => "[reporting]",
            (Part::ReportHead, _) => "[report]",
            (Part::TasksFile, En) => "a tasks file",
            (Part::ProgressFile, En) => "a progress file",
            (Part::Group, En) => "group",
            (Part::Task, En) => "task",
            (Part::Milestone, En) => "milestone",
            (Part::Agency, En) => "agency",
            (Part::Indicator, En) => "indicator",
            (Part::Target, En) => "target",
            (Part::Update, En) => "update",
            (Part::Actual, En) => "actual",
            (Part::Report, En) => "report",
            (Part::Amendment, En) => "amendment",
            (Part::AddedTask, En) => "an added task",
            (Part::TasksFile, Vi) => "tệp nhiệm vụ",
            (Part::ProgressFile, Vi) => "tệp tiến độ",
            (Part::Group, Vi) => "nhóm [[section.group]]",
            (Part::Task, Vi) => "nhiệm vụ [[task]]",
            (Part::Milestone, Vi) => "mốc [[task.milestone]]",
            (Part::Agency, Vi) => "cơ quan [[agency]]",
            (Part::Indicator, Vi) => "chỉ tiêu [[indicator]]",
            (Part::Target, Vi) => "mục tiêu [[indicator.target]]",
            (Part::Update, Vi) => "cập nhật [[update]]",
            (Part::Actual, Vi) => "số liệu thực hiện [[actual]]",
            (Part::Report, Vi) => "báo cáo [[report]]",
            (Part::Amendment, Vi) => "điều chỉnh [[amendment]]",
            (Part::AddedTask, Vi) => "nhiệm vụ bổ sung [amendment.add]",
        }
    }
}

/// What an id names, in the findings about ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdKind {
    Task,
    Section,
    Agency,
    Indicator,
}

impl IdKind {
    fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (IdKind::Task, Lang::En) => "task",
            (IdKind::Section, Lang::En) => "section",
            (IdKind::Agency, Lang::En) => "agency",
            (IdKind::Indicator, Lang::En) => "indicator",
            (IdKind::Task, Lang::Vi) => "nhiệm vụ",
            (IdKind::Section, Lang::Vi) => "phần",
            (IdKind::Agency, Lang::Vi) => "cơ quan",
            (IdKind::Indicator, Lang::Vi) => "chỉ tiêu",
        }
    }
}

/// Why an id is not in the safe alphabet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdProblem {
    Empty,
    TooLong { max: usize },
    BadStart { ch: char },
    Contains { ch: char },
}

impl IdProblem {
    fn text(self, lang: Lang) -> String {
        let shown = |c: char| {
            if c.is_ascii_graphic() {
                format!("\"{c}\"")
            } else {
                super::char_name(c, lang)
            }
        };
        match (self, lang) {
            (IdProblem::Empty, Lang::En) => "it is empty".into(),
            (IdProblem::TooLong { max }, Lang::En) => format!("it is longer than {max} characters"),
            (IdProblem::BadStart { ch }, Lang::En) => {
                format!("it starts with {}, not a letter or a digit", shown(ch))
            }
            (IdProblem::Contains { ch }, Lang::En) => format!("it contains {}", shown(ch)),
            (IdProblem::Empty, Lang::Vi) => "mã để trống".into(),
            (IdProblem::TooLong { max }, Lang::Vi) => format!("mã dài hơn {max} ký tự"),
            (IdProblem::BadStart { ch }, Lang::Vi) => {
                format!(
                    "mã bắt đầu bằng {}, không phải chữ cái hay chữ số",
                    shown(ch)
                )
            }
            (IdProblem::Contains { ch }, Lang::Vi) => format!("mã chứa {}", shown(ch)),
        }
    }
}

/// The type a key must have.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    String,
    Strings,
    Date,
    DateWithoutTime,
    WholeNumber,
    WholeNumbers,
    Number,
    Boolean,
    Table { key: String },
    Tables { key: String },
}

impl Expected {
    fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Expected::String, Lang::En) => "a string".into(),
            (Expected::Strings, Lang::En) => "an array of strings".into(),
            (Expected::Date, Lang::En) => "a date".into(),
            (Expected::DateWithoutTime, Lang::En) => "a date (no time of day)".into(),
            (Expected::WholeNumber, Lang::En) => "a whole number".into(),
            (Expected::WholeNumbers, Lang::En) => "an array of whole numbers".into(),
            (Expected::Number, Lang::En) => "a number".into(),
            (Expected::Boolean, Lang::En) => "true or false".into(),
            (Expected::Table { key }, Lang::En) => format!("a table `[{key}]`"),
            (Expected::Tables { key }, Lang::En) => format!("an array of tables `[[{key}]]`"),
            (Expected::String, Lang::Vi) => "một chuỗi ký tự".into(),
            (Expected::Strings, Lang::Vi) => "một mảng các chuỗi ký tự".into(),
            (Expected::Date, Lang::Vi) => "một ngày".into(),
            (Expected::DateWithoutTime, Lang::Vi) => "một ngày (không kèm giờ)".into(),
            (Expected::WholeNumber, Lang::Vi) => "một số nguyên".into(),
            (Expected::WholeNumbers, Lang::Vi) => "một mảng các số nguyên".into(),
            (Expected::Number, Lang::Vi) => "một số".into(),
            (Expected::Boolean, Lang::Vi) => "true hoặc false".into(),
            (Expected::Table { key }, Lang::Vi) => format!("một bảng `[{key}]`"),
            (Expected::Tables { key }, Lang::Vi) => format!("một mảng bảng `[[{key}]]`"),
        }
    }
}

/// The type a TOML value has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TomlType {
    String,
    Integer,
    Float,
    Boolean,
    Datetime,
    Array,
    Table,
}

impl TomlType {
    fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (TomlType::String, Lang::En) => "a string",
            (TomlType::Integer, Lang::En) => "an integer",
            (TomlType::Float, Lang::En) => "a float",
            (TomlType::Boolean, Lang::En) => "a boolean",
            (TomlType::Datetime, Lang::En) => "a datetime",
            (TomlType::Array, Lang::En) => "an array",
            (TomlType::Table, Lang::En) => "a table",
            (TomlType::String, Lang::Vi) => "một chuỗi ký tự",
            (TomlType::Integer, Lang::Vi) => "một số nguyên",
            (TomlType::Float, Lang::Vi) => "một số thập phân",
            (TomlType::Boolean, Lang::Vi) => "một giá trị true/false",
            (TomlType::Datetime, Lang::Vi) => "một ngày giờ",
            (TomlType::Array, Lang::Vi) => "một mảng",
            (TomlType::Table, Lang::Vi) => "một bảng",
        }
    }
}

/// How to write a value of the right type, when there is a pointed way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TypeHint {
    Quote,
    StringArray,
    Date,
    /// "15,4" in quotes: the number to write.
    DecimalPoint {
        value: String,
    },
    NumberWithoutQuotes,
    /// A date the reader could read (`"31/12/2022"`, a datetime): the same
    /// date as a TOML date.
    DateToWrite {
        date: NaiveDate,
    },
    /// One text where a list is wanted (`lead = "sxd"`): the list of it.
    ListOf {
        value: String,
    },
}

/// What a TOML syntax error most likely is, read from the line it is on,
/// when the parser's own words would mislead an analyst typing by hand.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SyntaxHint {
    /// A date typed as people write it (`31/12/2022`, `2022-6-30`): the
    /// TOML date, when it reads as one.
    Date {
        key: Option<String>,
        date: Option<NaiveDate>,
    },
    /// Typographic quotes (“ ” ‘ ’) where TOML needs `"`: the text in
    /// straight quotes.
    CurlyQuotes { key: Option<String>, fixed: String },
    /// A text without quotes: the text in quotes.
    Unquoted { key: String, fixed: String },
    /// An array whose `]` is missing, and the line it opened on.
    UnclosedArray { key: Option<String>, line: usize },
}

/// Why a date of a file is implausible for the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outside {
    BeforeIssue { issued: NaiveDate },
    AfterHorizon { horizon: NaiveDate },
}

impl Outside {
    /// The words `update` warns with too: one fact, one wording.
    fn text(self, lang: Lang) -> String {
        match self {
            Outside::BeforeIssue { issued } => crate::dates::Outside::Before(issued),
            Outside::AfterHorizon { horizon } => crate::dates::Outside::After(horizon),
        }
        .text(lang)
    }
}

/// Why a file's bytes are not text that can be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    Utf16Bom,
    Utf16Zeros,
    NotUtf8 { byte: u8, line: usize },
}

/// Why a file or folder of the layout was not read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadProblem {
    /// `tasks` or `progress` is not a folder.
    NotAFolder {
        name: String,
        kind: FileSort,
    },
    NotRegular {
        kind: FileSort,
    },
    TooLarge {
        mib: u64,
    },
    /// Not UTF-8, or with control characters: shown with escapes.
    NameNotText,
    PermissionDenied,
    /// Listed, but gone when opened (a broken link).
    NotFound,
    /// The system's own words (`Permission denied (os error 13)`).
    System {
        error: String,
    },
}

impl ReadProblem {
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (ReadProblem::NotAFolder { name, kind }, Lang::En) => {
                format!("`{name}` is {}, not a folder", kind.text(lang))
            }
            (ReadProblem::NotRegular { kind }, Lang::En) => format!(
                "it is {}, not a regular file, so it was not opened",
                kind.text(lang)
            ),
            (ReadProblem::TooLarge { mib }, Lang::En) => format!(
                "the file is larger than {mib} MiB, the most a plan file may be; a plan file this big is not a plan file"
            ),
            (ReadProblem::PermissionDenied, Lang::En) => "permission denied".into(),
            (ReadProblem::NotFound, Lang::En) => {
                "it does not exist (a link to nothing?)".into()
            }
            (ReadProblem::PermissionDenied, Lang::Vi) => "không có quyền đọc".into(),
            (ReadProblem::NotFound, Lang::Vi) => {
                "không tồn tại (có thể là liên kết đến nơi không còn)".into()
            }
            (ReadProblem::NameNotText, Lang::En) => {
                "the file name is not plain UTF-8 text (shown here with escapes); rename the file".into()
            }
            (ReadProblem::NotAFolder { name, kind }, Lang::Vi) => {
                format!("`{name}` là {}, không phải thư mục", kind.text(lang))
            }
            (ReadProblem::NotRegular { kind }, Lang::Vi) => format!(
                "đây là {}, không phải tệp thông thường, nên không được mở",
                kind.text(lang)
            ),
            (ReadProblem::TooLarge { mib }, Lang::Vi) => format!(
                "tệp lớn hơn {mib} MiB, mức tối đa của một tệp kế hoạch; tệp lớn như vậy không phải là tệp kế hoạch"
            ),
            (ReadProblem::NameNotText, Lang::Vi) => {
                "tên tệp không phải văn bản UTF-8 thuần (hiển thị ở đây bằng mã thoát); hãy đổi tên tệp".into()
            }
            (ReadProblem::System { error }, _) => error.clone(),
        }
    }
}

/// Other commands read files too (`fmt`, `merge-file`): in English there,
/// as their other errors are.
impl std::fmt::Display for ReadProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for ReadProblem {}

/// One figure of an indicator, with where it is written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub year: i32,
    pub value: f64,
    pub at: String,
}

/// Everything `validate` can find. Ids, keys and values are the file's own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Finding {
    // Reading a file.
    Unreadable {
        folder: bool,
        problem: ReadProblem,
    },
    Encoding {
        problem: Encoding,
    },
    Bom,
    Crlf,
    TomlSyntax {
        message: String,
        /// What the error most likely is, read from its line.
        likely: Option<SyntaxHint>,
    },
    MissingAgenciesFile,
    LeftoverTempFile {
        path: String,
    },
    // Keys and values of a table.
    MissingKey {
        part: Part,
        owner: Option<String>,
        number: Option<usize>,
        key: String,
        example: String,
    },
    WrongType {
        part: Part,
        /// The id of the task, agency, indicator… the table is or is part of.
        owner: Option<String>,
        /// Which of the owner's tables (`[[task.milestone]]` 2), counted
        /// from 1, for a table with no id of its own.
        number: Option<usize>,
        key: String,
        expected: Expected,
        found: TomlType,
        hint: Option<TypeHint>,
    },
    NotARealDate {
        key: String,
    },
    NumberTooLarge {
        key: String,
    },
    NumberNotFinite {
        key: String,
    },
    UnknownKey {
        part: Part,
        owner: Option<String>,
        number: Option<usize>,
        key: String,
        suggestion: Option<String>,
        /// Other keys as near as `suggestion` (`signer` and `signer_title`
        /// for `signer_name`).
        also: Vec<String>,
        known: Vec<String>,
    },
    ControlChar {
        ch: char,
    },
    InvisibleChar {
        ch: char,
    },
    NotNfc,
    BadYear {
        key: String,
        year: i64,
        first: i32,
        last: i32,
    },
    NotAKnownWord {
        key: String,
        given: String,
        suggestion: Option<String>,
        words: Vec<String>,
    },
    // plan.toml.
    UnknownLanguage {
        given: String,
    },
    MultiLineId,
    NotAMonthDay {
        given: String,
    },
    /// A control character, a tab included, in a line of `[report]`'s
    /// letterhead: the key is named, as a report flag's refusal names it.
    LetterheadControlChar {
        key: String,
        ch: char,
    },
    /// `recipients = ["", "  "]`: a line "- ;" under "Nơi nhận:".
    BlankRecipient,
    // agencies.toml, indicators.toml.
    EmptyAgencyName,
    PeriodNotTwoYears,
    TargetYearAndPeriod,
    TargetNeedsWhen,
    MinAboveMax,
    TargetNeedsValue,
    TargetSeveralValues,
    // tasks/.
    NoSection,
    TaskOutsideSection {
        task: String,
        section: String,
    },
    EmptyTaskTitle,
    NoLead,
    EmptyLead {
        task: String,
    },
    NoSchedule {
        task: String,
    },
    NoMilestones {
        task: String,
    },
    SeveralScheduleKinds {
        task: String,
    },
    NoScheduleKind {
        task: String,
    },
    // progress/, amendments.toml.
    InlineUpdates,
    MilestoneFromOne,
    AmendmentSeveralScheduleKinds,
    AmendmentChangesNothing,
    AmendmentMixed,
    // References between files.
    UnknownAgency {
        id: String,
        role: String,
        spelling_of: Option<String>,
        suggestion: Option<String>,
    },
    NotAGroup {
        id: String,
    },
    UnknownIndicator {
        id: String,
        suggestion: Option<String>,
    },
    UnknownTask {
        id: String,
        suggestion: Option<String>,
    },
    UnknownMilestone {
        task: String,
        number: u32,
        count: usize,
    },
    // Ids.
    BadId {
        kind: IdKind,
        id: String,
        problem: IdProblem,
        fix: Option<String>,
    },
    DuplicateId {
        kind: IdKind,
        id: String,
        first: String,
    },
    // The plan over its life.
    SuccessorWithoutUntil {
        agency: String,
    },
    UntilWithoutSource {
        agency: String,
        until: NaiveDate,
    },
    AgencyEndsBeforePlan {
        until: NaiveDate,
        issued: NaiveDate,
    },
    SuccessorCycle {
        agency: String,
    },
    AmendmentBeforePlan {
        decision: String,
        issued: NaiveDate,
    },
    RetroactiveAmendment {
        decision: String,
        from: NaiveDate,
        issued: NaiveDate,
    },
    AmendmentBeforeTask {
        decision: String,
        task: String,
        from: NaiveDate,
        added: NaiveDate,
    },
    AddedTaskExists {
        task: String,
    },
    AddedTaskOutsideSection {
        task: String,
    },
    // Figures.
    DuplicateActual {
        indicator: String,
        year: i32,
        first: f64,
        first_at: String,
        value: f64,
    },
    RateBelowMinus100 {
        indicator: String,
        year: i32,
        value: f64,
    },
    /// `combined` is the result as Rust prints it (`NaN`, `inf`): JSON has
    /// no such number.
    CombinedNotFinite {
        indicator: String,
        first: i32,
        last: i32,
        combined: String,
        figures: Vec<Figure>,
    },
    // Dates.
    StartAfterDue {
        task: String,
        start: NaiveDate,
        due: NaiveDate,
    },
    MilestoneOrder {
        task: String,
        later: NaiveDate,
        earlier: NaiveDate,
    },
    DueBeforeIssue {
        task: String,
        due: NaiveDate,
        issued: NaiveDate,
    },
    /// `first` and `then` are update status keys (`done`).
    ConflictingUpdates {
        task: String,
        on: NaiveDate,
        first: String,
        then: String,
    },
    UpdateOutsidePlan {
        task: String,
        on: NaiveDate,
        outside: Outside,
    },
    ReportOutsidePlan {
        agency: String,
        on: NaiveDate,
        outside: Outside,
    },
    /// A second receipt of one agency's report for one year (or half-year):
    /// the scorecard counts the earliest, so a later one is a mistake or a
    /// correction left half-done.
    DuplicateReport {
        agency: String,
        year: i32,
        half_year: bool,
        first_on: NaiveDate,
        first_at: String,
        on: NaiveDate,
    },
    // ---- helper P (analyst review #6)
    /// A status typed by hand as the commands take it ("dang thuc hien",
    /// "Hoàn thành", "done" in another case): the file takes only the code,
    /// named in `suggestion`.
    StatusWordNotCode {
        key: String,
        given: String,
        suggestion: String,
    },
}

/// A number as the file holds it, with a decimal comma in Vietnamese; never
/// rounded, since the reader looks for it in the file.
fn num(v: f64, lang: Lang) -> String {
    match lang {
        Lang::En => v.to_string(),
        Lang::Vi => v.to_string().replace('.', ","),
    }
}

/// Keys or values of the file, each between `mark`s, so a reader sees they
/// are written as they are.
fn listed(items: &[String], mark: char) -> String {
    items
        .iter()
        .map(|i| format!("{mark}{i}{mark}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// An update status key in words (`in_progress` → "đang thực hiện").
fn status(key: &str, lang: Lang) -> String {
    match UpdateStatus::parse(key) {
        Some(s) => super::Word::UpdateWord(s).text(lang).to_string(),
        None => key.to_string(),
    }
}

/// The toml parser's descriptions of a syntax error, in Vietnamese: the ones
/// an analyst meets typing by hand (each tried on a plan file). Left quoted
/// in English, as no hand-edit of a plan file was found to give them: a
/// signed or doubly prefixed radix integer, recursion too deep, a comment
/// with a control character or an unexpected end of one, and the parser's
/// internal "missing … opening" states.
const TOML_DESCRIPTIONS: &[(&str, &str)] = &[
    ("invalid basic string", "chuỗi trong ngoặc kép không hợp lệ (thường do thiếu dấu \" đóng)"),
    ("invalid multi-line basic string", "chuỗi nhiều dòng không hợp lệ (thường do thiếu \"\"\" đóng)"),
    ("string values must be quoted", "giá trị văn bản phải đặt trong dấu ngoặc kép"),
    ("key with no value", "khóa không có giá trị"),
    ("missing value", "thiếu giá trị"),
    ("missing value for key", "khóa thiếu giá trị"),
    ("missing assignment between key-value pairs", "thiếu dấu `=` giữa khóa và giá trị"),
    ("extra assignment between key-value pairs", "thừa dấu `=` giữa khóa và giá trị"),
    ("extra `=`", "thừa dấu `=`"),
    ("missing comma between array elements", "thiếu dấu phẩy giữa các phần tử của mảng"),
    ("missing comma between key-value pairs", "thiếu dấu phẩy giữa các cặp khóa và giá trị"),
    ("extra comma in array", "thừa dấu phẩy trong mảng"),
    ("extra comma in inline table", "thừa dấu phẩy trong bảng viết trên một dòng"),
    ("unclosed array", "mảng chưa được đóng"),
    ("unclosed table", "tên bảng chưa được đóng"),
    ("unclosed array table", "tên mảng bảng chưa được đóng"),
    ("unclosed inline table", "bảng viết trên một dòng chưa được đóng"),
    ("duplicate key", "khóa bị lặp lại"),
    ("invalid value", "giá trị không hợp lệ"),
    ("invalid unquoted key", "khóa không hợp lệ (khóa không đặt trong ngoặc kép chỉ gồm chữ cái không dấu, chữ số, `-` và `_`)"),
    ("invalid key-value pair", "cặp khóa và giá trị không hợp lệ"),
    ("unexpected content", "có nội dung không đúng chỗ"),
    ("unexpected key or value", "có khóa hoặc giá trị không đúng chỗ"),
    ("unexpected leading zero", "số không được bắt đầu bằng chữ số 0"),
    ("missing opening quote", "thiếu dấu ngoặc kép mở"),
    ("unquoted keys cannot be empty", "khóa không đặt trong ngoặc kép không được để trống"),
    ("invalid date", "ngày không hợp lệ"),
    ("invalid datetime", "ngày giờ không hợp lệ"),
    ("invalid date-time", "ngày giờ không hợp lệ"),
    ("invalid time", "giờ không hợp lệ"),
    ("invalid offset", "múi giờ không hợp lệ"),
    ("invalid literal string", "chuỗi trong ngoặc đơn không hợp lệ (thường do thiếu dấu ' đóng)"),
    ("invalid multi-line literal string", "chuỗi nhiều dòng trong ngoặc đơn không hợp lệ (thường do thiếu ''' đóng)"),
    // A backslash typed in a title ("C:\Users", "a \ b") starts an escape.
    ("missing escaped value", "dấu \\ trong chuỗi ngoặc kép phải đi cùng một ký tự đặc biệt; muốn viết chính dấu \\ thì ghi \\\\ hoặc đặt chuỗi trong ngoặc đơn"),
    ("too few unicode value digits", "dấu \\ trong chuỗi ngoặc kép mở một mã Unicode (\\u, \\U, \\x) chưa đủ chữ số; muốn viết chính dấu \\ thì ghi \\\\ hoặc đặt chuỗi trong ngoặc đơn"),
    ("invalid fraction", "phần thập phân không hợp lệ (cần chữ số sau dấu chấm)"),
    ("invalid mantissa", "số không hợp lệ (cần chữ số trước dấu chấm)"),
    ("invalid exponent", "số mũ không hợp lệ"),
    ("invalid boolean", "giá trị đúng/sai không hợp lệ (viết true hoặc false, chữ thường)"),
    ("`_` may only go between digits", "dấu `_` chỉ được đặt giữa hai chữ số"),
    ("radix must be lowercase", "tiền tố cơ số phải viết chữ thường"),
    ("unexpected `=` in array", "thừa dấu `=` trong mảng"),
    ("unexpected sign", "dấu + hoặc - không đúng chỗ"),
    ("redundant numeric sign", "thừa dấu + hoặc -"),
    ("keys cannot be multi-line basic strings", "khóa không được là chuỗi nhiều dòng"),
    ("keys cannot be multi-line literal strings", "khóa không được là chuỗi nhiều dòng"),
    ("carriage return must be followed by newline", "ký tự xuống dòng CR đứng một mình (lưu lại tệp với kiểu xuống dòng LF hoặc CRLF)"),
];

/// What the parser expected instead, in Vietnamese.
const TOML_EXPECTED: &[(&str, &str)] = &[
    ("key", "một khóa"),
    ("value", "một giá trị"),
    ("newline", "xuống dòng"),
    ("nothing", "không có gì thêm"),
    ("basic string", "một chuỗi trong ngoặc kép"),
    ("literal string", "một chuỗi trong ngoặc đơn"),
    ("numbers", "chữ số"),
    ("digits", "chữ số"),
    ("letters", "chữ cái"),
    ("a four-digit year (YYYY)", "năm bốn chữ số (YYYY)"),
    ("a two-digit month (MM)", "tháng hai chữ số (MM)"),
    ("a two-digit day (DD)", "ngày hai chữ số (DD)"),
    ("a two-digit hour (HH)", "giờ hai chữ số (HH)"),
    ("a two-digit minute (MM)", "phút hai chữ số (MM)"),
    ("a two-digit second (SS)", "giây hai chữ số (SS)"),
    ("year or hour", "năm hoặc giờ"),
    ("day", "ngày"),
    ("month", "tháng"),
    ("hour", "giờ"),
    ("minute", "phút"),
    ("second", "giây"),
    ("`T` between date and time", "`T` giữa ngày và giờ"),
    ("+OFFSET", "+HH:MM"),
    ("-OFFSET", "-HH:MM"),
    (
        "unicode hexadecimal value",
        "chữ số hệ mười sáu của mã Unicode",
    ),
    (
        "multi-line basic string",
        "một chuỗi nhiều dòng trong ngoặc kép",
    ),
];

/// The toml parser's descriptions that src/load/syntax.rs reads a hint
/// from: the parser's words, kept with the others of [`TOML_DESCRIPTIONS`].
pub mod parser_says {
    pub const MISSING_COMMA: &str = "missing comma between array elements";
    pub const UNCLOSED_ARRAY: &str = "unclosed array";
    pub const UNQUOTED_STRING: &str = "string values must be quoted";
}

/// Descriptions whose "expected …" list misleads rather than helps: an
/// escape's list of letters is parser noise, and "string values must be
/// quoted, expected literal string" reads as advice to use single quotes.
const TOML_NO_EXPECTED: &[&str] = &[
    "missing escaped value",
    "too few unicode value digits",
    "string values must be quoted",
];

/// The parser's English, without the tails [`TOML_NO_EXPECTED`] drops, and
/// a backslash explained as the Vietnamese explains it.
fn toml_message_en(message: &str) -> String {
    let description = message
        .split_once(", expected ")
        .map_or(message, |(d, _)| d);
    match description {
        "missing escaped value" => "a \\ in a \"…\" string must start an escape such as \\n; to write the \\ itself, write \\\\ or put the text in '…' quotes".into(),
        "too few unicode value digits" => "a \\ in a \"…\" string starts a Unicode code (\\u, \\U, \\x) without enough digits; to write the \\ itself, write \\\\ or put the text in '…' quotes".into(),
        d if TOML_NO_EXPECTED.contains(&d) => d.to_string(),
        _ => message.to_string(),
    }
}

/// A text as a TOML basic string, for a line to copy into a file.
fn toml_string(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// "did you mean "a" or "b"?" for keys equally near what was typed.
fn did_you_mean_any(keys: &[&str], lang: Lang) -> String {
    let quoted: Vec<String> = keys.iter().map(|k| format!("\"{k}\"")).collect();
    match lang {
        Lang::En => format!("did you mean {}?", quoted.join(" or ")),
        Lang::Vi => format!("có phải là {} không?", quoted.join(" hoặc ")),
    }
}

/// `key = value`, or the value alone when it is not a key's (an array item).
fn assignment(key: &Option<String>, value: &str) -> String {
    match key {
        Some(k) => format!("{k} = {value}"),
        None => value.to_string(),
    }
}

/// A syntax error read for what it most likely is (en, vi).
fn syntax_hint_text(hint: &SyntaxHint) -> (String, String) {
    match hint {
        SyntaxHint::Date { .. } => (
            "a date is written as a TOML date, year-month-day with two-digit month and day, without quotes".into(),
            "ngày phải viết theo kiểu ngày của TOML: năm-tháng-ngày, tháng và ngày đủ hai chữ số, không có dấu ngoặc kép".into(),
        ),
        SyntaxHint::CurlyQuotes { .. } => (
            "“ ” and ‘ ’ are typographic quotes (a word processor puts them in); TOML text is written in straight quotes \"".into(),
            "“ ” và ‘ ’ là dấu ngoặc kép cong (do trình soạn thảo văn bản tự đổi); văn bản trong TOML phải đặt trong dấu ngoặc kép thẳng \"".into(),
        ),
        SyntaxHint::Unquoted { .. } => (
            "a text value is written in quotes".into(),
            "giá trị văn bản phải đặt trong dấu ngoặc kép".into(),
        ),
        SyntaxHint::UnclosedArray { key: Some(key), line } => (
            format!("the array `{key}` opened on line {line} is not closed with `]`"),
            format!("mảng `{key}` mở ở dòng {line} chưa được đóng bằng dấu `]`"),
        ),
        SyntaxHint::UnclosedArray { key: None, line } => (
            format!("the array opened on line {line} is not closed with `]`"),
            format!("mảng mở ở dòng {line} chưa được đóng bằng dấu `]`"),
        ),
    }
}

/// The line to write for a [`SyntaxHint`] (en, vi).
fn syntax_hint_help(hint: &SyntaxHint) -> (String, String) {
    match hint {
        SyntaxHint::Date { key, date } => {
            let example = date.map_or_else(|| "2022-06-30".to_string(), |d| d.to_string());
            let line = assignment(key, &example);
            match date {
                Some(_) => (format!("write {line}"), format!("viết {line}")),
                None => (
                    format!("write the date like {line}"),
                    format!("viết ngày theo mẫu {line}"),
                ),
            }
        }
        SyntaxHint::CurlyQuotes { key, fixed } => {
            let line = assignment(key, fixed);
            (
                format!("write {line} (or turn off smart quotes in your editor)"),
                format!("viết {line} (hoặc tắt chế độ tự đổi dấu ngoặc kép của trình soạn thảo)"),
            )
        }
        SyntaxHint::Unquoted { key, fixed } => {
            let line = format!("{key} = {fixed}");
            (format!("write {line}"), format!("viết {line}"))
        }
        SyntaxHint::UnclosedArray { line, .. } => (
            format!("add `]` after the array's last element (it opened on line {line}); every other check waits for the file to parse"),
            format!("thêm dấu `]` sau phần tử cuối của mảng (mảng mở ở dòng {line}); các kiểm tra khác chỉ chạy khi tệp đọc được"),
        ),
    }
}

/// A message of the toml parser (`description, expected a, b`) in
/// Vietnamese, or None when a part of it is not one the catalogue knows:
/// then it is quoted as it is rather than half translated.
fn toml_message_vi(message: &str) -> Option<String> {
    let (description, expected) = match message.split_once(", expected ") {
        Some((d, e)) => (d, Some(e)),
        None => (message, None),
    };
    let quiet = TOML_NO_EXPECTED.contains(&description);
    let (_, description) = TOML_DESCRIPTIONS
        .iter()
        .find(|(en, _)| *en == description)?;
    let Some(expected) = expected.filter(|_| !quiet) else {
        return Some(description.to_string());
    };
    let items = expected
        .split(", ")
        .map(|item| {
            // Known words first: "`T` between date and time" is words too.
            if let Some((_, vi)) = TOML_EXPECTED.iter().find(|(en, _)| *en == item) {
                return Some(vi.to_string());
            }
            // A literal is shown in backticks (`` `=` ``): the same in Vietnamese.
            if item.starts_with('`') || item.starts_with('\'') {
                return Some(item.to_string());
            }
            if let Some((unit, range)) = item.split_once(" between ") {
                let (from, to) = range.split_once(" and ")?;
                let unit = match unit {
                    "day" => "ngày",
                    "month" => "tháng",
                    "hour" | "hours" => "giờ",
                    "minute" | "minutes" => "phút",
                    "second" => "giây",
                    _ => return None,
                };
                return Some(format!("{unit} từ {from} đến {to}"));
            }
            None
        })
        .collect::<Option<Vec<_>>>()?;
    Some(format!("{description}; cần có {}", items.join(" hoặc ")))
}

/// A TOML parser's error in the words `validate` gives it (translated where
/// the catalogue knows the parser's message), with its line and column in
/// `text`: for the commands that parse a file without validating it
/// (`merge-file`, `fmt`).
pub fn toml_error(text: &str, e: &toml_edit::TomlError, lang: Lang) -> String {
    let message = e.message().trim();
    let hint = e
        .span()
        .and_then(|span| crate::load::syntax::hint(text, span.start, message));
    let what = Finding::TomlSyntax {
        message: message.to_string(),
        likely: hint,
    }
    .text(lang);
    let Some(before) = e.span().and_then(|s| text.get(..s.start)) else {
        return what;
    };
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    match lang {
        Lang::Vi => format!("{what} (dòng {line}, cột {col})"),
        Lang::En => format!("{what} (line {line}, column {col})"),
    }
}

const SAVE_AS_UTF8_EN: &str =
    "save the file as UTF-8 (in Notepad or Excel: Save As, Encoding \"UTF-8\"), then run the command again";
const SAVE_AS_UTF8_VI: &str =
    "lưu lại tệp ở dạng UTF-8 (trong Notepad hoặc Excel: Save As, chọn Encoding \"UTF-8\") rồi chạy lại lệnh";

impl Finding {
    /// The stable name of the check, the same in every language.
    pub fn code(&self) -> &'static str {
        use Finding::*;
        match self {
            Unreadable { .. } => "unreadable",
            Encoding { .. } => "encoding",
            Bom => "bom",
            Crlf => "crlf",
            TomlSyntax { .. } => "toml-syntax",
            MissingAgenciesFile => "missing-file",
            LeftoverTempFile { .. } => "leftover-temp-file",
            MissingKey { .. }
            | NoSection
            | NoLead
            | NoSchedule { .. }
            | UntilWithoutSource { .. } => "missing-field",
            WrongType { .. } => "wrong-type",
            NotARealDate { .. } => "bad-date",
            NumberTooLarge { .. } | NumberNotFinite { .. } => "bad-number",
            UnknownKey { .. } => "unknown-key",
            ControlChar { .. } => "control-char",
            InvisibleChar { .. } => "invisible-char",
            LetterheadControlChar { .. } => "control-char",
            BlankRecipient => "empty-text",
            NotNfc => "not-nfc",
            BadYear { .. } => "bad-year",
            NotAKnownWord { .. }
            | UnknownLanguage { .. }
            | NotAMonthDay { .. }
            | PeriodNotTwoYears
            | MilestoneFromOne => "bad-value",
            MultiLineId => "multi-line-id",
            EmptyAgencyName | EmptyTaskTitle => "empty-text",
            TargetYearAndPeriod | TargetNeedsWhen => "target-when",
            MinAboveMax | TargetNeedsValue | TargetSeveralValues => "target-value",
            TaskOutsideSection { .. } | AddedTaskOutsideSection { .. } => "task-outside-section",
            EmptyLead { .. } => "empty-lead",
            NoMilestones { .. } => "no-milestones",
            SeveralScheduleKinds { .. } | NoScheduleKind { .. } | AmendmentSeveralScheduleKinds => {
                "schedule-kind"
            }
            InlineUpdates => "inline-updates",
            AmendmentChangesNothing | AmendmentMixed => "amendment-kind",
            UnknownAgency { .. } => "unknown-agency",
            NotAGroup { .. } => "not-a-group",
            UnknownIndicator { .. } => "unknown-indicator",
            UnknownTask { .. } => "unknown-task",
            UnknownMilestone { .. } => "unknown-milestone",
            BadId { .. } => "bad-id",
            DuplicateId { .. } | AddedTaskExists { .. } => "duplicate-id",
            SuccessorWithoutUntil { .. } => "successor-without-until",
            AgencyEndsBeforePlan { .. } => "date-before-plan",
            SuccessorCycle { .. } => "successor-cycle",
            AmendmentBeforePlan { .. } => "amendment-before-plan",
            RetroactiveAmendment { .. } => "retroactive-amendment",
            AmendmentBeforeTask { .. } => "amendment-before-task",
            DuplicateActual { .. } => "duplicate-actual",
            RateBelowMinus100 { .. } => "rate-below-minus-100",
            CombinedNotFinite { .. } => "not-finite",
            StartAfterDue { .. } => "start-after-due",
            MilestoneOrder { .. } => "milestone-order",
            DueBeforeIssue { .. } => "due-before-issue",
            ConflictingUpdates { .. } => "conflicting-updates",
            UpdateOutsidePlan { .. } | ReportOutsidePlan { .. } => "date-outside-plan",
            DuplicateReport { .. } => "duplicate-report",
            StatusWordNotCode { .. } => "bad-value",
        }
    }

    /// Warnings do not stop other commands (and fail `validate` only with
    /// `--deny-warnings`): what is possible but usually a mistake.
    pub fn severity(&self) -> Severity {
        use Finding::*;
        match self {
            Bom
            | Crlf
            | NotNfc
            | LeftoverTempFile { .. }
            | RetroactiveAmendment { .. }
            | DueBeforeIssue { .. }
            | ConflictingUpdates { .. }
            | UpdateOutsidePlan { .. }
            | ReportOutsidePlan { .. }
            | DuplicateReport { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The message, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let (en, vi) = self.texts(lang);
        match lang {
            Lang::En => en,
            Lang::Vi => vi,
        }
    }

    /// The fix, in `lang`, when there is one to suggest.
    pub fn help(&self, lang: Lang) -> Option<String> {
        let (en, vi) = self.helps(lang)?;
        Some(match lang {
            Lang::En => en,
            Lang::Vi => vi,
        })
    }

    /// The message in English and in Vietnamese; `lang` formats the dates
    /// and names the parts, so only the one asked for is right.
    fn texts(&self, lang: Lang) -> (String, String) {
        use Finding::*;
        let d = |date: &NaiveDate| lang.date(*date);
        match self {
            Unreadable { folder: false, problem } => (
                format!("cannot read the file: {}", problem.text(lang)),
                format!("không đọc được tệp: {}", problem.text(lang)),
            ),
            Unreadable { folder: true, problem } => (
                format!("cannot read the folder: {}", problem.text(lang)),
                format!("không đọc được thư mục: {}", problem.text(lang)),
            ),
            Encoding { problem: super::finding::Encoding::Utf16Bom } => (
                "the file is UTF-16 (it starts with a UTF-16 byte-order mark); plan files must be UTF-8".into(),
                "tệp được lưu ở dạng UTF-16 (bắt đầu bằng dấu thứ tự byte UTF-16); các tệp kế hoạch phải ở dạng UTF-8".into(),
            ),
            Encoding { problem: super::finding::Encoding::Utf16Zeros } => (
                "the file looks like UTF-16 (half its bytes are zero); plan files must be UTF-8".into(),
                "tệp có vẻ được lưu ở dạng UTF-16 (một nửa số byte bằng 0); các tệp kế hoạch phải ở dạng UTF-8".into(),
            ),
            Encoding { problem: super::finding::Encoding::NotUtf8 { byte, line } } => (
                format!("the file is not UTF-8: byte 0x{byte:02X} on line {line} is not valid UTF-8 (it may be saved in a legacy code page such as Windows-1258 or TCVN3)"),
                format!("tệp không ở dạng UTF-8: byte 0x{byte:02X} ở dòng {line} không hợp lệ trong UTF-8 (có thể tệp được lưu bằng bảng mã cũ như Windows-1258 hoặc TCVN3)"),
            ),
            Bom => (
                "the file starts with a UTF-8 byte-order mark".into(),
                "tệp bắt đầu bằng dấu thứ tự byte (BOM) của UTF-8".into(),
            ),
            Crlf => (
                "the file has Windows (CRLF) line endings".into(),
                "tệp dùng ký tự xuống dòng kiểu Windows (CRLF)".into(),
            ),
            // The parser speaks English: its common messages are translated,
            // the rest quoted as they are.
            // The same lead-in as every other syntax error in Vietnamese.
            TomlSyntax { likely: Some(hint), .. } => {
                let (en, vi) = syntax_hint_text(hint);
                (en, format!("sai cú pháp TOML: {vi}"))
            }
            TomlSyntax { message, likely: None } => (
                toml_message_en(message),
                match toml_message_vi(message) {
                    Some(vi) => format!("sai cú pháp TOML: {vi}"),
                    None => format!("sai cú pháp TOML (thông báo của bộ đọc TOML: {message})"),
                },
            ),
            MissingAgenciesFile => (
                "the plan has no agencies.toml".into(),
                "kế hoạch không có tệp agencies.toml".into(),
            ),
            LeftoverTempFile { .. } => (
                "a temporary file left by a write that was interrupted; nothing reads it".into(),
                "tệp tạm còn sót lại từ một lần ghi bị gián đoạn; không lệnh nào đọc tệp này".into(),
            ),
            MissingKey { part, owner, number, key, .. } => (
                format!("{} has no `{key}`", part.named(owner, *number, lang)),
                format!("{} thiếu `{key}`", part.named(owner, *number, lang)),
            ),
            WrongType { part, owner, number, key, expected, found, .. } => (
                format!("`{key}` of {} must be {}, not {}", part.named(owner, *number, lang), expected.text(lang), found.text(lang)),
                format!("`{key}` của {} phải là {}, không phải {}", part.named(owner, *number, lang), expected.text(lang), found.text(lang)),
            ),
            NotARealDate { key } => (
                format!("`{key}` is not a real date"),
                format!("`{key}` không phải là một ngày có thật"),
            ),
            NumberTooLarge { key } => (
                format!("`{key}` is too large"),
                format!("`{key}` quá lớn"),
            ),
            NumberNotFinite { key } => (
                format!("`{key}` must be a finite number"),
                format!("`{key}` phải là một số hữu hạn"),
            ),
            UnknownKey { part, owner, number, key, .. } => (
                format!("unknown key `{key}` in {}", part.named(owner, *number, lang)),
                format!("khóa `{key}` không được dùng trong {}", part.named(owner, *number, lang)),
            ),
            ControlChar { ch } => (
                format!("text contains the control character {}", super::char_name(*ch, lang)),
                format!("văn bản chứa ký tự điều khiển {}", super::char_name(*ch, lang)),
            ),
            InvisibleChar { ch } => (
                format!("text contains the invisible character {}", super::char_name(*ch, lang)),
                format!("văn bản chứa ký tự ẩn {}", super::char_name(*ch, lang)),
            ),
            NotNfc => (
                "text is not in Unicode NFC (letters and accents stored apart)".into(),
                "văn bản chưa ở dạng chuẩn Unicode NFC (chữ và dấu được lưu tách rời)".into(),
            ),
            BadYear { key, year, .. } => (
                format!("`{key}` is in the year {year}"),
                format!("`{key}` rơi vào năm {year}"),
            ),
            NotAKnownWord { key, given, .. } => (
                format!("\"{given}\" is not a known {key}"),
                format!("\"{given}\" không phải là giá trị hợp lệ của `{key}`"),
            ),
            UnknownLanguage { given } => (
                format!("unknown language \"{given}\""),
                format!("ngôn ngữ \"{given}\" không được hỗ trợ"),
            ),
            MultiLineId => (
                "the decision's `id` spans more than one line".into(),
                "số hiệu quyết định (`id`) bị viết trên nhiều dòng".into(),
            ),
            NotAMonthDay { given } => (
                format!("\"{given}\" is not a month and day"),
                format!("\"{given}\" không phải là tháng và ngày"),
            ),
            LetterheadControlChar { key, ch } => (
                format!("`{key}` of [report] contains the control character {}", super::char_name(*ch, lang)),
                format!("`{key}` của [report] chứa ký tự điều khiển {}", super::char_name(*ch, lang)),
            ),
            BlankRecipient => (
                "a recipient in `recipients` of [report] is blank".into(),
                "một nơi nhận trong `recipients` của [report] để trống".into(),
            ),
            EmptyAgencyName => (
                "agency name is empty".into(),
                "tên cơ quan để trống".into(),
            ),
            PeriodNotTwoYears => (
                "a period is two years, first to last".into(),
                "`period` gồm hai năm: năm đầu và năm cuối".into(),
            ),
            TargetYearAndPeriod => (
                "a target has a `year` or a `period`, not both".into(),
                "mục tiêu có `year` hoặc `period`, không có cả hai".into(),
            ),
            TargetNeedsWhen => (
                "a target needs a `year` or a `period`".into(),
                "mục tiêu cần có `year` hoặc `period`".into(),
            ),
            MinAboveMax => (
                "`min` is larger than `max`".into(),
                "`min` lớn hơn `max`".into(),
            ),
            TargetNeedsValue => (
                "a target needs `value`, `min`/`max` or `text`".into(),
                "mục tiêu cần có `value`, `min`/`max` hoặc `text`".into(),
            ),
            TargetSeveralValues => (
                "a target has exactly one of `value`, `min`/`max` or `text`".into(),
                "mỗi mục tiêu chỉ có một trong `value`, `min`/`max` hoặc `text`".into(),
            ),
            NoSection => (
                "a tasks file has no [section]".into(),
                "tệp nhiệm vụ không có [section]".into(),
            ),
            TaskOutsideSection { task, section } => (
                format!("task \"{task}\" is not in section \"{section}\" of this file"),
                format!("nhiệm vụ \"{task}\" không thuộc phần \"{section}\" của tệp này"),
            ),
            EmptyTaskTitle => (
                "task title is empty".into(),
                "tên nhiệm vụ để trống".into(),
            ),
            NoLead => ("task has no `lead`".into(), "nhiệm vụ thiếu `lead`".into()),
            EmptyLead { task } => (
                format!("task \"{task}\" has no lead agency"),
                format!("nhiệm vụ \"{task}\" không có cơ quan chủ trì"),
            ),
            NoSchedule { task } => (
                format!("task \"{task}\" has no `schedule`"),
                format!("nhiệm vụ \"{task}\" thiếu `schedule`"),
            ),
            NoMilestones { task } => (
                format!("task \"{task}\" has `milestone` but no milestone that reads"),
                format!("nhiệm vụ \"{task}\" có `milestone` nhưng không có mốc nào đọc được"),
            ),
            SeveralScheduleKinds { task } => (
                format!("task \"{task}\" has more than one of `due`, `milestone` and `ongoing`"),
                format!("nhiệm vụ \"{task}\" có nhiều hơn một trong `due`, `milestone` và `ongoing`"),
            ),
            NoScheduleKind { task } => (
                format!("task \"{task}\" has no `due`, no `milestone` and is not `ongoing`"),
                format!("nhiệm vụ \"{task}\" không có `due`, không có `milestone` và cũng không có `ongoing`"),
            ),
            InlineUpdates => (
                "updates are written as an inline array `update = [{ … }]`".into(),
                "các cập nhật được viết thành mảng trên một dòng `update = [{ … }]`".into(),
            ),
            MilestoneFromOne => (
                "milestones are numbered from 1".into(),
                "các mốc được đánh số từ 1".into(),
            ),
            AmendmentSeveralScheduleKinds => (
                "the amendment sets more than one of `due`, `milestone` and `ongoing`".into(),
                "điều chỉnh ghi nhiều hơn một trong `due`, `milestone` và `ongoing`".into(),
            ),
            AmendmentChangesNothing => (
                "the amendment changes nothing".into(),
                "điều chỉnh này không thay đổi nội dung nào".into(),
            ),
            AmendmentMixed => (
                "an amendment either changes a task's terms, cancels it, or adds one".into(),
                "mỗi điều chỉnh chỉ làm một việc: thay đổi nội dung một nhiệm vụ, dừng một nhiệm vụ, hoặc bổ sung một nhiệm vụ".into(),
            ),
            UnknownAgency { id, role, .. } => (
                format!("unknown agency \"{id}\" ({role})"),
                format!("cơ quan \"{id}\" ghi ở `{role}` không có trong agencies.toml"),
            ),
            NotAGroup { id } => (
                format!("\"{id}\" is not a collective"),
                format!("\"{id}\" không phải là một tập thể (nhóm cơ quan)"),
            ),
            UnknownIndicator { id, .. } => (
                format!("unknown indicator \"{id}\""),
                format!("chỉ tiêu \"{id}\" không có trong indicators.toml"),
            ),
            UnknownTask { id, .. } => (
                format!("unknown task \"{id}\""),
                format!("nhiệm vụ \"{id}\" không có trong kế hoạch"),
            ),
            UnknownMilestone { task, number, .. } => (
                format!("task \"{task}\" has no milestone {number}"),
                format!("nhiệm vụ \"{task}\" không có mốc {number}"),
            ),
            BadId { kind, id, problem, .. } => (
                format!("{} id \"{id}\" is not a safe id: {}", kind.text(lang), problem.text(lang)),
                format!("mã {} \"{id}\" không hợp lệ: {}", kind.text(lang), problem.text(lang)),
            ),
            DuplicateId { kind, id, .. } => (
                format!("{} id \"{id}\" is used twice", kind.text(lang)),
                format!("mã {} \"{id}\" bị dùng hai lần", kind.text(lang)),
            ),
            SuccessorWithoutUntil { agency } => (
                format!("agency \"{agency}\" has a successor but no last day"),
                format!("cơ quan \"{agency}\" có cơ quan kế thừa nhưng không có ngày hoạt động cuối cùng"),
            ),
            UntilWithoutSource { agency, until } => (
                format!("agency \"{agency}\" ends on {} with no `source`", d(until)),
                format!("cơ quan \"{agency}\" kết thúc hoạt động ngày {} nhưng thiếu `source`", d(until)),
            ),
            AgencyEndsBeforePlan { until, issued } => (
                format!("the agency's last day ({}) is before the plan was issued ({})", d(until), d(issued)),
                format!("ngày hoạt động cuối cùng của cơ quan ({}) trước ngày ban hành kế hoạch ({})", d(until), d(issued)),
            ),
            SuccessorCycle { agency } => (
                format!("agency \"{agency}\" succeeds itself through its successors"),
                format!("cơ quan \"{agency}\" tự kế thừa chính mình qua chuỗi cơ quan kế thừa"),
            ),
            AmendmentBeforePlan { decision, issued } => (
                format!("the amendment by {decision} is dated before the plan was issued ({})", d(issued)),
                format!("điều chỉnh theo {decision} có ngày trước ngày ban hành kế hoạch ({})", d(issued)),
            ),
            RetroactiveAmendment { decision, from, issued } => (
                format!("the amendment by {decision} applies from {}, before it was issued ({})", d(from), d(issued)),
                format!("điều chỉnh theo {decision} áp dụng từ ngày {}, trước ngày ban hành ({})", d(from), d(issued)),
            ),
            AmendmentBeforeTask { decision, task, from, added } => (
                format!("the amendment by {decision} changes task \"{task}\" from {}, before the task is added ({})", d(from), d(added)),
                format!("điều chỉnh theo {decision} thay đổi nhiệm vụ \"{task}\" từ ngày {}, trước ngày nhiệm vụ được bổ sung ({})", d(from), d(added)),
            ),
            AddedTaskExists { task } => (
                format!("the amendment adds task \"{task}\", which the plan already has"),
                format!("điều chỉnh bổ sung nhiệm vụ \"{task}\", nhưng kế hoạch đã có nhiệm vụ này"),
            ),
            AddedTaskOutsideSection { task } => (
                format!("the added task \"{task}\" belongs to no section of the plan"),
                format!("nhiệm vụ bổ sung \"{task}\" không thuộc phần nào của kế hoạch"),
            ),
            DuplicateActual { indicator, year, first, first_at, value } => (
                format!("indicator \"{indicator}\" has two figures for {year}: {} at {first_at} and {} here", num(*first, lang), num(*value, lang)),
                format!("chỉ tiêu \"{indicator}\" có hai số liệu cho năm {year}: {} tại {first_at} và {} tại đây", num(*first, lang), num(*value, lang)),
            ),
            RateBelowMinus100 { indicator, year, value } => (
                format!("indicator \"{indicator}\" is a growth rate combined as a compound yearly rate, and {} for {year} is −100 % or below", num(*value, lang)),
                format!("chỉ tiêu \"{indicator}\" là tốc độ tăng trưởng tính bình quân nhân theo năm, nhưng số liệu năm {year} là {}, từ −100 % trở xuống", num(*value, lang)),
            ),
            CombinedNotFinite { indicator, first, last, combined, figures } => {
                let list = figures
                    .iter()
                    .map(|f| format!("{} = {} ({})", f.year, num(f.value, lang), f.at))
                    .collect::<Vec<_>>()
                    .join(", ");
                (
                    format!("the figures of indicator \"{indicator}\" for {first}–{last} combine to {combined}, not a number: {list}"),
                    format!("các số liệu của chỉ tiêu \"{indicator}\" giai đoạn {first}–{last} khi tổng hợp cho ra {combined}, không phải là một số: {list}"),
                )
            }
            StartAfterDue { task, start, due } => (
                format!("task \"{task}\" starts on {} but is due on {}", d(start), d(due)),
                format!("nhiệm vụ \"{task}\" bắt đầu ngày {} nhưng có hạn hoàn thành ngày {}", d(start), d(due)),
            ),
            MilestoneOrder { task, later, earlier } => (
                format!("milestones of task \"{task}\" are out of date order: {} comes after {}", d(later), d(earlier)),
                format!("các mốc của nhiệm vụ \"{task}\" không theo thứ tự thời gian: ngày {} đứng sau ngày {}", d(later), d(earlier)),
            ),
            DueBeforeIssue { task, due, issued } => (
                format!("task \"{task}\" is due on {}, before the decision was issued ({})", d(due), d(issued)),
                format!("nhiệm vụ \"{task}\" có hạn ngày {}, trước ngày ban hành quyết định ({})", d(due), d(issued)),
            ),
            ConflictingUpdates { task, on, first, then } => (
                format!("two updates of \"{task}\" on {} disagree: {} then {}", d(on), status(first, lang), status(then, lang)),
                format!("hai cập nhật của \"{task}\" cùng ngày {} không khớp nhau: {} rồi {}", d(on), status(first, lang), status(then, lang)),
            ),
            UpdateOutsidePlan { task, on, outside } => (
                format!("the update of \"{task}\" is dated {}, {}", d(on), outside.text(lang)),
                format!("cập nhật của \"{task}\" ghi ngày {}, {}", d(on), outside.text(lang)),
            ),
            ReportOutsidePlan { agency, on, outside } => (
                format!("the report of \"{agency}\" was received on {}, {}", d(on), outside.text(lang)),
                format!("báo cáo của \"{agency}\" được ghi nhận ngày {}, {}", d(on), outside.text(lang)),
            ),
            DuplicateReport { agency, year, half_year, first_on, first_at, on } => (
                format!(
                    "the {}report of {year} from \"{agency}\" is recorded twice: received on {} at {first_at}, and on {} here; the earliest counts",
                    if *half_year { "half-year " } else { "" },
                    d(first_on),
                    d(on)
                ),
                format!(
                    "báo cáo {} {year} của \"{agency}\" được ghi nhận hai lần: nhận ngày {} tại {first_at}, và ngày {} tại đây; ngày sớm hơn được tính",
                    if *half_year { "6 tháng đầu năm" } else { "năm" },
                    d(first_on),
                    d(on)
                ),
            ),
            StatusWordNotCode { key, given, .. } => (
                format!("\"{given}\" is not a known {key}"),
                format!("\"{given}\" không phải là giá trị hợp lệ của `{key}`"),
            ),
        }
    }

    fn helps(&self, lang: Lang) -> Option<(String, String)> {
        use Finding::*;
        let s = |en: &str, vi: &str| Some((en.to_string(), vi.to_string()));
        match self {
            Unreadable { .. } => s(
                "check that it exists, is a regular file (or, for tasks/ and progress/, a folder), and that you may read it",
                "kiểm tra xem tệp có tồn tại không, có phải là tệp thông thường không (riêng tasks/ và progress/ là thư mục), và bạn có quyền đọc không",
            ),
            Encoding { .. } => s(SAVE_AS_UTF8_EN, SAVE_AS_UTF8_VI),
            Bom => s(
                "harmless, but some TOML tools reject it; `plan fmt` removes it",
                "không gây hại, nhưng một số công cụ TOML không đọc được; `plan fmt` sẽ bỏ dấu này",
            ),
            Crlf => s(
                "`plan fmt` converts them to LF so git diffs stay clean",
                "`plan fmt` chuyển sang kiểu LF để các thay đổi trong git rõ ràng",
            ),
            TomlSyntax { likely: Some(hint), .. } => Some(syntax_hint_help(hint)),
            TomlSyntax { likely: None, .. } => s(
                "fix the TOML syntax here; every other check waits for the file to parse",
                "sửa cú pháp TOML tại đây; các kiểm tra khác chỉ chạy khi tệp đọc được",
            ),
            MissingAgenciesFile => s(
                "every lead and coordinating agency is declared there",
                "mọi cơ quan chủ trì và phối hợp đều được khai báo trong tệp này",
            ),
            LeftoverTempFile { path } => {
                // One shell word, whatever the path holds.
                let quoted = format!("'{}'", path.replace('\'', "'\\''"));
                Some((format!("remove it: rm {quoted}"), format!("xóa tệp này: rm {quoted}")))
            }
            MissingKey { key, example, .. } => Some((
                format!("add a line `{key} = {example}`"),
                format!("thêm dòng `{key} = {example}`"),
            )),
            WrongType { key, hint, .. } => match hint.as_ref()? {
                TypeHint::Quote => Some((
                    format!("write it in quotes: {key} = \"…\""),
                    format!("viết giá trị trong dấu ngoặc kép: {key} = \"…\""),
                )),
                TypeHint::StringArray => {
                    let t = format!("{key} = [\"…\", \"…\"]");
                    Some((t.clone(), t))
                }
                TypeHint::Date => Some((
                    format!("write a TOML date without quotes: {key} = 2022-06-30"),
                    format!("viết ngày theo kiểu TOML, không có dấu ngoặc kép: {key} = 2022-06-30"),
                )),
                TypeHint::DateToWrite { date } => Some((
                    format!("write a TOML date without quotes: {key} = {date}"),
                    format!("viết ngày theo kiểu TOML, không có dấu ngoặc kép: {key} = {date}"),
                )),
                TypeHint::ListOf { value } => {
                    let list = format!("{key} = [{}]", toml_string(value));
                    Some((
                        format!("a list is written in brackets, even of one: {list}"),
                        format!("danh sách được viết trong ngoặc vuông, kể cả khi chỉ có một phần tử: {list}"),
                    ))
                }
                TypeHint::DecimalPoint { value } => Some((
                    format!("numbers are written without quotes, with a decimal point: {key} = {value}"),
                    format!("số được viết không có dấu ngoặc kép, dùng dấu chấm thập phân: {key} = {value}"),
                )),
                TypeHint::NumberWithoutQuotes => Some((
                    format!("numbers are written without quotes: {key} = 15.4; a qualitative target uses `text`"),
                    format!("số được viết không có dấu ngoặc kép: {key} = 15.4; mục tiêu định tính dùng `text`"),
                )),
            },
            NotARealDate { .. } => s(
                "check the day and the month: 2022-02-30 is no day of the calendar",
                "kiểm tra ngày và tháng: 2022-02-30 không phải là một ngày có thật",
            ),
            NumberTooLarge { .. } | NumberNotFinite { .. } => None,
            UnknownKey { part, suggestion, also, known, .. } => Some(match suggestion {
                Some(k) if !also.is_empty() => {
                    let all: Vec<&str> = std::iter::once(k).chain(also).map(String::as_str).collect();
                    (did_you_mean_any(&all, Lang::En), did_you_mean_any(&all, Lang::Vi))
                }
                Some(k) => (super::did_you_mean(k, Lang::En), super::did_you_mean(k, Lang::Vi)),
                None => (
                    format!("the keys of {} are: {}", part.text(lang), listed(known, '`')),
                    format!("các khóa của {}: {}", part.text(lang), listed(known, '`')),
                ),
            }),
            ControlChar { .. } => s(
                "delete it: control characters can rewrite a terminal or hide text; write a line break as a real line break in a \"\"\"multi-line\"\"\" string",
                "hãy xóa ký tự này: ký tự điều khiển có thể làm thay đổi màn hình dòng lệnh hoặc che giấu văn bản; muốn xuống dòng thì xuống dòng thật trong chuỗi \"\"\"nhiều dòng\"\"\"",
            ),
            InvisibleChar { .. } => s(
                "delete it (it was likely pasted from a PDF or a web page): two texts that look the same must be the same; a line break is a real line break in a \"\"\"multi-line\"\"\" string",
                "hãy xóa ký tự này (thường do sao chép từ tệp PDF hoặc trang web): hai đoạn văn bản trông giống nhau phải thực sự giống nhau; muốn xuống dòng thì xuống dòng thật trong chuỗi \"\"\"nhiều dòng\"\"\"",
            ),
            NotNfc => s(
                "run `plan fmt` to store it in NFC, so identical-looking lines compare equal",
                "chạy `plan fmt` để lưu ở dạng NFC, để các dòng trông giống nhau được so sánh là bằng nhau",
            ),
            BadYear { first, last, .. } => Some((
                format!("years from {first} to {last} are accepted; write the year in full, e.g. 2022"),
                format!("chỉ chấp nhận các năm từ {first} đến {last}; hãy viết năm đủ bốn chữ số, ví dụ 2022"),
            )),
            NotAKnownWord { key, suggestion, words, .. } => {
                // Quoted: values to write, not words of a sentence.
                let list = listed(words, '"');
                Some(match suggestion {
                    Some(w) => (
                        format!("{} (`{key}` is one of: {list})", super::did_you_mean(w, Lang::En)),
                        format!("{} (`{key}` nhận một trong các giá trị: {list})", super::did_you_mean(w, Lang::Vi)),
                    ),
                    None => (
                        format!("`{key}` is one of: {list}"),
                        format!("`{key}` nhận một trong các giá trị: {list}"),
                    ),
                })
            }
            UnknownLanguage { .. } => s(
                "language is \"vi\" or \"en\"",
                "`language` là \"vi\" hoặc \"en\"",
            ),
            MultiLineId => s(
                "write the number on one line, as the decision prints it: id = \"1165/QĐ-UBND\"",
                "viết số hiệu trên một dòng, đúng như trong quyết định: id = \"1165/QĐ-UBND\"",
            ),
            NotAMonthDay { .. } => s(
                "write \"MM-DD\", e.g. \"12-15\" for 15 December",
                "viết theo dạng \"MM-DD\", ví dụ \"12-15\" là ngày 15 tháng 12",
            ),
            LetterheadControlChar { .. } => s(
                super::LETTER_CONTROL_HELP[0],
                super::LETTER_CONTROL_HELP[1],
            ),
            BlankRecipient => s(
                "write the recipient's name, or delete the empty string from the list",
                "ghi tên nơi nhận, hoặc xóa chuỗi rỗng khỏi danh sách",
            ),
            EmptyAgencyName => s(
                "write the agency's name as the decision gives it",
                "ghi tên cơ quan đúng như trong quyết định",
            ),
            PeriodNotTwoYears => s("period = [2021, 2025]", "period = [2021, 2025]"),
            TargetYearAndPeriod => s(
                "`year` for a level to reach, `period` for a yearly rate or a total",
                "`year` cho mức cần đạt, `period` cho tốc độ bình quân năm hoặc tổng của cả giai đoạn",
            ),
            TargetNeedsWhen => s(
                "add `year = 2025` (a level to reach) or `period = [2021, 2025]` (a rate or total)",
                "thêm `year = 2025` (mức cần đạt) hoặc `period = [2021, 2025]` (tốc độ hoặc tổng)",
            ),
            MinAboveMax => s(
                "`min` is the lower end of the range and `max` the upper",
                "`min` là cận dưới của khoảng và `max` là cận trên",
            ),
            TargetNeedsValue => s(
                "value = 7.1 for a number, min = 1 and max = 1.5 for a range, text = \"…\" for a qualitative target",
                "value = 7.1 cho một con số, min = 1 và max = 1.5 cho một khoảng, text = \"…\" cho mục tiêu định tính",
            ),
            TargetSeveralValues => s(
                "keep the one the decision states and delete the others",
                "giữ lại cách ghi đúng như quyết định và xóa các cách còn lại",
            ),
            NoSection => s(
                "start the file with the section it holds:\n[section]\nid = \"PL2.I\"\ntitle = \"…\"",
                "mở đầu tệp bằng phần mà tệp chứa:\n[section]\nid = \"PL2.I\"\ntitle = \"…\"",
            ),
            TaskOutsideSection { section, .. } => Some((
                format!("task ids in this file start with \"{section}.\", e.g. \"{section}.1\"; move the task to its section's file or fix the id"),
                format!("mã nhiệm vụ trong tệp này bắt đầu bằng \"{section}.\", ví dụ \"{section}.1\"; chuyển nhiệm vụ sang tệp của phần chứa nó hoặc sửa lại mã"),
            )),
            EmptyTaskTitle => s(
                "copy the whole cell of the decision's task column",
                "chép nguyên văn ô ở cột nhiệm vụ của quyết định",
            ),
            NoLead => s(
                "add the lead agency (\"cơ quan chủ trì\"): lead = [\"agency-id\"]",
                "thêm cơ quan chủ trì bằng mã của cơ quan, ví dụ lead = [\"sxd\"]",
            ),
            EmptyLead { .. } => s(
                "every task has a lead agency (\"cơ quan chủ trì\"): lead = [\"agency-id\"]",
                "mỗi nhiệm vụ có một cơ quan chủ trì, ghi bằng mã của cơ quan, ví dụ lead = [\"sxd\"]",
            ),
            NoSchedule { .. } => s(
                "copy the decision's \"tiến độ\" cell verbatim: schedule = \"Hoàn thành trong tháng 6/2022\" (only Appendix I tasks, which have `reports`, have none)",
                "chép nguyên văn ô tiến độ của quyết định: schedule = \"Hoàn thành trong tháng 6/2022\" (chỉ nhiệm vụ của Phụ lục I, có `reports`, mới không cần)",
            ),
            NoMilestones { .. } => s(
                "write [[task.milestone]] tables with `what` and `due`, or use `due = 2025-12-31` for one deadline, or `ongoing = true`",
                "viết các bảng [[task.milestone]] có `what` và `due`, hoặc dùng `due = 2025-12-31` nếu chỉ có một thời hạn, hoặc `ongoing = true`",
            ),
            SeveralScheduleKinds { .. } => s(
                "keep one: `due` for one deadline, `[[task.milestone]]` for several, `ongoing = true` for no end date",
                "chỉ giữ một: `due` cho một thời hạn, `[[task.milestone]]` cho nhiều mốc, `ongoing = true` cho nhiệm vụ không có ngày kết thúc",
            ),
            NoScheduleKind { .. } => s(
                "derive it from the schedule: \"trong tháng 6/2022\" → due = 2022-06-30; \"Thường xuyên\" → ongoing = true",
                "suy ra từ tiến độ: \"trong tháng 6/2022\" → due = 2022-06-30; \"Thường xuyên\" → ongoing = true",
            ),
            InlineUpdates => s(
                "write each as an [[update]] table (`plan fmt` does this), so `plan update` can add to the file",
                "viết mỗi cập nhật thành một bảng [[update]] (`plan fmt` làm việc này) để `plan update` có thể ghi thêm vào tệp",
            ),
            MilestoneFromOne => s(
                "milestone = 1 is the task's first [[task.milestone]]",
                "milestone = 1 là [[task.milestone]] đầu tiên của nhiệm vụ",
            ),
            AmendmentSeveralScheduleKinds => s(
                "keep the one the decision sets",
                "chỉ giữ lại cách mà quyết định điều chỉnh quy định",
            ),
            AmendmentChangesNothing => s(
                "give the new terms (title, lead, support, due, [[amendment.milestone]] or ongoing), cancel = true, or an [amendment.add] task",
                "ghi nội dung mới (title, lead, support, due, [[amendment.milestone]] hoặc ongoing), hoặc cancel = true, hoặc một nhiệm vụ [amendment.add]",
            ),
            AmendmentMixed => s(
                "split it into one [[amendment]] per kind of change, each citing the decision",
                "tách thành nhiều [[amendment]], mỗi mục một loại thay đổi, mục nào cũng dẫn số hiệu quyết định",
            ),
            UnknownAgency { id, spelling_of, suggestion, .. } => Some(match (spelling_of, suggestion) {
                (Some(s), _) => (
                    format!("\"{id}\" is a spelling of agency \"{s}\"; write the id: \"{s}\""),
                    format!("\"{id}\" là một cách viết tên cơ quan \"{s}\"; hãy ghi mã: \"{s}\""),
                ),
                (None, Some(s)) => (super::did_you_mean(s, Lang::En), super::did_you_mean(s, Lang::Vi)),
                (None, None) => (
                    "add the agency to agencies.toml, or use the id of one listed there".into(),
                    "thêm cơ quan vào agencies.toml, hoặc dùng mã của một cơ quan đã có trong tệp đó".into(),
                ),
            }),
            NotAGroup { .. } => s(
                "`member_of` names agencies of level \"group\", such as \"ubnd-cap-huyen\"",
                "`member_of` chỉ ghi các cơ quan có `level = \"group\"`, ví dụ \"ubnd-cap-huyen\"",
            ),
            UnknownIndicator { suggestion, .. } => Some(match suggestion {
                Some(s) => (super::did_you_mean(s, Lang::En), super::did_you_mean(s, Lang::Vi)),
                None => (
                    "use the id of an indicator in indicators.toml".into(),
                    "dùng mã của một chỉ tiêu trong indicators.toml".into(),
                ),
            }),
            UnknownTask { suggestion, .. } => Some(match suggestion {
                Some(s) => (super::did_you_mean(s, Lang::En), super::did_you_mean(s, Lang::Vi)),
                None => (
                    "use the id of a task in tasks/, e.g. \"PL2.II.1\"".into(),
                    "dùng mã của một nhiệm vụ trong thư mục tasks/, ví dụ \"PL2.II.1\"".into(),
                ),
            }),
            UnknownMilestone { task, count, .. } => Some(if *count == 0 {
                (
                    "this task has no milestones: leave `milestone` out to update the task itself".into(),
                    "nhiệm vụ này không có mốc: bỏ `milestone` để cập nhật chính nhiệm vụ".into(),
                )
            } else {
                (
                    format!("task \"{task}\" has milestones 1 to {count}"),
                    format!("nhiệm vụ \"{task}\" có các mốc từ 1 đến {count}"),
                )
            }),
            BadId { problem: _, fix, .. } => {
                let max = crate::check::MAX_ID_CHARS;
                let (en_eg, vi_eg) = match fix {
                    Some(f) => (format!(", e.g. \"{f}\""), format!(", ví dụ \"{f}\"")),
                    None => (String::new(), String::new()),
                };
                Some((
                    format!("ids use ASCII letters, digits, \".\", \"-\" and \"_\" (at most {max}, starting with a letter or digit){en_eg}; the name in Vietnamese goes in `name` or `title`"),
                    format!("mã chỉ gồm chữ cái không dấu, chữ số, \".\", \"-\" và \"_\" (tối đa {max} ký tự, bắt đầu bằng chữ cái hoặc chữ số){vi_eg}; tên tiếng Việt ghi ở `name` hoặc `title`"),
                ))
            }
            DuplicateId { first, .. } => Some((
                format!("it is first defined at {first}; give this one its own id"),
                format!("mã này đã được khai báo tại {first}; hãy đặt cho mục này một mã riêng"),
            )),
            SuccessorWithoutUntil { .. } => s(
                "add until = YYYY-MM-DD, the last day before the successor took over, from the act in `source`",
                "thêm until = YYYY-MM-DD, ngày cuối cùng trước khi cơ quan kế thừa tiếp nhận, theo văn bản ghi ở `source`",
            ),
            UntilWithoutSource { .. } => s(
                "cite the act that decided it: source = \"Nghị định số 45/2025/NĐ-CP ngày 28/02/2025\"",
                "dẫn văn bản quyết định việc này: source = \"Nghị định số 45/2025/NĐ-CP ngày 28/02/2025\"",
            ),
            AgencyEndsBeforePlan { .. } => s(
                "changes recorded here happen during the plan's life; check the year",
                "các thay đổi ghi ở đây diễn ra trong thời gian thực hiện kế hoạch; hãy kiểm tra lại năm",
            ),
            SuccessorCycle { .. } => s(
                "a successor is the agency that takes over; follow the chain and remove the link back",
                "cơ quan kế thừa là cơ quan tiếp nhận nhiệm vụ; hãy dò theo chuỗi và bỏ liên kết quay ngược lại",
            ),
            AmendmentBeforePlan { .. } => s(
                "an amendment changes the plan after it was issued; check the year",
                "điều chỉnh chỉ thay đổi kế hoạch sau khi kế hoạch được ban hành; hãy kiểm tra lại năm",
            ),
            RetroactiveAmendment { .. } => s(
                "reports of dates before it was issued now read the amended terms; check `from` against the decision",
                "báo cáo tính đến các ngày trước khi ban hành nay sẽ đọc theo nội dung đã điều chỉnh; hãy đối chiếu `from` với quyết định",
            ),
            AmendmentBeforeTask { .. } => s(
                "an added task can be amended from the day it is added on",
                "nhiệm vụ bổ sung chỉ được điều chỉnh từ ngày được bổ sung",
            ),
            AddedTaskExists { .. } => s(
                "give the new task an id of its own, or amend the existing task instead",
                "đặt mã riêng cho nhiệm vụ mới, hoặc điều chỉnh nhiệm vụ đã có",
            ),
            AddedTaskOutsideSection { .. } => s(
                "start its id with the id of its section, e.g. \"PL2.III.27\"",
                "mã nhiệm vụ phải bắt đầu bằng mã của phần chứa nó, ví dụ \"PL2.III.27\"",
            ),
            DuplicateActual { .. } => s(
                "keep the one figure that was published for that year and delete the other; a corrected figure replaces the old one",
                "giữ lại số liệu đã công bố cho năm đó và xóa số còn lại; số liệu đính chính thay cho số cũ",
            ),
            RateBelowMinus100 { .. } => s(
                "a growth rate of −100 % means nothing is left, so no compound rate exists; check the figure (a percentage, e.g. 7.5 for 7.5 %)",
                "tốc độ tăng trưởng −100 % nghĩa là không còn gì, nên không tính được tốc độ bình quân; hãy kiểm tra số liệu (ghi theo phần trăm, ví dụ 7.5 cho 7,5 %)",
            ),
            CombinedNotFinite { .. } => s(
                "one of these figures is far too large or wrong in sign; correct it in its progress file",
                "một trong các số liệu này quá lớn hoặc sai dấu; hãy sửa trong tệp tiến độ tương ứng",
            ),
            StartAfterDue { .. } => s(
                "check both dates against the decision's schedule",
                "đối chiếu cả hai ngày với tiến độ trong quyết định",
            ),
            MilestoneOrder { .. } => s(
                "list milestones earliest first; updates refer to them by number",
                "xếp các mốc theo thứ tự từ sớm đến muộn; các cập nhật gọi mốc theo số thứ tự",
            ),
            DueBeforeIssue { .. } => s(
                "a deadline before the decision is likely a typo in the year",
                "thời hạn trước ngày ban hành quyết định nhiều khả năng do gõ nhầm năm",
            ),
            ConflictingUpdates { .. } => s(
                "the later one counts; delete the one that is wrong, or give each its own date",
                "cập nhật ghi sau được tính; hãy xóa cập nhật sai, hoặc ghi đúng ngày cho từng cập nhật",
            ),
            UpdateOutsidePlan { .. } => s(
                "check the year of `on`; an update counts from its date, so a wrong year changes whether the task was done on time",
                "kiểm tra năm ở `on`; cập nhật được tính từ ngày ghi, nên sai năm sẽ làm sai kết quả đánh giá hoàn thành đúng hạn",
            ),
            ReportOutsidePlan { .. } => s(
                "check the year of `received_on`",
                "kiểm tra năm ở `received_on`",
            ),
            DuplicateReport { .. } => s(
                "keep the one [[report]] with the day the report really arrived and delete the other",
                "giữ lại một [[report]] với ngày thực sự nhận báo cáo và xóa mục còn lại",
            ),
            // The commands take the words; the file keeps the code, so that
            // it reads the same whatever language it was typed in.
            StatusWordNotCode { suggestion, .. } => Some((
                format!(
                    "in the file, write the code \"{suggestion}\" ({})",
                    status(suggestion, Lang::En)
                ),
                format!(
                    "trong tệp, ghi mã \"{suggestion}\" ({})",
                    status(suggestion, Lang::Vi)
                ),
            )),
        }
    }
}

/// The words a message says itself, as written: without what is quoted or
/// in backticks or brackets (the file's ids, keys, values and TOML), file
/// names, `key = value` examples and `U+XXXX` names. What is left must be in
/// the message's language: the tests hold every finding to it.
pub fn own_words(text: &str) -> Vec<String> {
    let mut kept = String::new();
    let mut close = None;
    let mut brackets = 0;
    for c in text.chars() {
        match (close, c) {
            (Some(end), _) if c == end => close = None,
            (Some(_), _) => {}
            (None, '[') => brackets += 1,
            (None, ']') if brackets > 0 => brackets -= 1,
            (None, _) if brackets > 0 => {}
            (None, '"' | '`') => close = Some(c),
            (None, _) => kept.push(c),
        }
    }
    let pieces: Vec<&str> = kept.split_whitespace().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        if pieces.get(i + 1) == Some(&"=") {
            i += 3;
            continue;
        }
        let p = pieces[i];
        if !p.contains(".toml") && !p.contains('/') && !p.starts_with("U+") {
            // `_` is part of a word: `in_progress` is one, a code.
            out.extend(
                p.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .filter(|w| !w.is_empty())
                    .map(str::to_string),
            );
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_does_not_change_with_the_language_and_the_words_do() {
        let f = Finding::UnknownAgency {
            id: "sokhdt".into(),
            role: "lead".into(),
            spelling_of: None,
            suggestion: Some("skhdt".into()),
        };
        assert_eq!(f.code(), "unknown-agency");
        assert_eq!(f.text(Lang::En), "unknown agency \"sokhdt\" (lead)");
        assert_eq!(
            f.text(Lang::Vi),
            "cơ quan \"sokhdt\" ghi ở `lead` không có trong agencies.toml"
        );
        assert_eq!(f.help(Lang::Vi).unwrap(), "có phải là \"skhdt\" không?");
    }

    #[test]
    fn the_parsers_common_messages_are_translated_and_the_rest_quoted() {
        let vi = |m: &str| {
            Finding::TomlSyntax {
                message: m.to_string(),
                likely: None,
            }
            .text(Lang::Vi)
        };
        assert_eq!(
            vi("invalid basic string, expected `\"`"),
            "sai cú pháp TOML: chuỗi trong ngoặc kép không hợp lệ (thường do thiếu dấu \" đóng); cần có `\"`"
        );
        assert_eq!(
            vi("invalid date, expected day between 01 and 28"),
            "sai cú pháp TOML: ngày không hợp lệ; cần có ngày từ 01 đến 28"
        );
        assert_eq!(
            vi("string values must be quoted, expected literal string"),
            "sai cú pháp TOML: giá trị văn bản phải đặt trong dấu ngoặc kép"
        );
        // Not known, whole or in part: quoted, never half translated.
        assert_eq!(
            vi("integers with a radix cannot be signed, expected `0x`"),
            "sai cú pháp TOML (thông báo của bộ đọc TOML: integers with a radix cannot be signed, expected `0x`)"
        );
        assert_eq!(
            vi("invalid value, expected something new"),
            "sai cú pháp TOML (thông báo của bộ đọc TOML: invalid value, expected something new)"
        );
    }

    #[test]
    fn dates_and_numbers_are_written_as_each_language_writes_them() {
        let day = NaiveDate::from_ymd_opt(2022, 6, 30).unwrap();
        let f = Finding::DueBeforeIssue {
            task: "PL2.I.1".into(),
            due: day,
            issued: day,
        };
        assert!(f.text(Lang::Vi).contains("30/06/2022"));
        assert!(f.text(Lang::En).contains("2022-06-30"));
        assert_eq!(num(7.25, Lang::Vi), "7,25");
        assert_eq!(num(7.25, Lang::En), "7.25");
        let c = Finding::ConflictingUpdates {
            task: "PL2.I.1".into(),
            on: day,
            first: "done".into(),
            then: "in_progress".into(),
        };
        assert!(c.text(Lang::Vi).ends_with("hoàn thành rồi đang thực hiện"));
    }

    #[test]
    fn a_finding_survives_serde_as_the_cache_stores_it() {
        let f = Finding::CombinedNotFinite {
            indicator: "grdp".into(),
            first: 2021,
            last: 2025,
            combined: "NaN".into(),
            figures: vec![Figure {
                year: 2021,
                value: -150.0,
                at: "progress/2021.toml:3:1".into(),
            }],
        };
        let json = serde_json::to_string(&f).unwrap();
        assert_eq!(serde_json::from_str::<Finding>(&json).unwrap(), f);
    }

    /// Which variant a finding is, numbered: a new variant does not compile
    /// here until it is numbered, and then needs a sample below.
    fn ordinal(f: &Finding) -> usize {
        use Finding::*;
        match f {
            Unreadable { .. } => 0,
            Encoding { .. } => 1,
            Bom => 2,
            Crlf => 3,
            TomlSyntax { .. } => 4,
            MissingAgenciesFile => 5,
            LeftoverTempFile { .. } => 6,
            MissingKey { .. } => 7,
            WrongType { .. } => 8,
            NotARealDate { .. } => 9,
            NumberTooLarge { .. } => 10,
            NumberNotFinite { .. } => 11,
            UnknownKey { .. } => 12,
            ControlChar { .. } => 13,
            InvisibleChar { .. } => 14,
            NotNfc => 15,
            BadYear { .. } => 16,
            NotAKnownWord { .. } => 17,
            UnknownLanguage { .. } => 18,
            MultiLineId => 19,
            NotAMonthDay { .. } => 20,
            EmptyAgencyName => 21,
            PeriodNotTwoYears => 22,
            TargetYearAndPeriod => 23,
            TargetNeedsWhen => 24,
            MinAboveMax => 25,
            TargetNeedsValue => 26,
            TargetSeveralValues => 27,
            NoSection => 28,
            TaskOutsideSection { .. } => 29,
            EmptyTaskTitle => 30,
            NoLead => 31,
            EmptyLead { .. } => 32,
            NoSchedule { .. } => 33,
            NoMilestones { .. } => 34,
            SeveralScheduleKinds { .. } => 35,
            NoScheduleKind { .. } => 36,
            InlineUpdates => 37,
            MilestoneFromOne => 38,
            AmendmentSeveralScheduleKinds => 39,
            AmendmentChangesNothing => 40,
            AmendmentMixed => 41,
            UnknownAgency { .. } => 42,
            NotAGroup { .. } => 43,
            UnknownIndicator { .. } => 44,
            UnknownTask { .. } => 45,
            UnknownMilestone { .. } => 46,
            BadId { .. } => 47,
            DuplicateId { .. } => 48,
            SuccessorWithoutUntil { .. } => 49,
            UntilWithoutSource { .. } => 50,
            AgencyEndsBeforePlan { .. } => 51,
            SuccessorCycle { .. } => 52,
            AmendmentBeforePlan { .. } => 53,
            RetroactiveAmendment { .. } => 54,
            AmendmentBeforeTask { .. } => 55,
            AddedTaskExists { .. } => 56,
            AddedTaskOutsideSection { .. } => 57,
            DuplicateActual { .. } => 58,
            RateBelowMinus100 { .. } => 59,
            CombinedNotFinite { .. } => 60,
            StartAfterDue { .. } => 61,
            MilestoneOrder { .. } => 62,
            DueBeforeIssue { .. } => 63,
            ConflictingUpdates { .. } => 64,
            UpdateOutsidePlan { .. } => 65,
            ReportOutsidePlan { .. } => 66,
            DuplicateReport { .. } => 67,
            StatusWordNotCode { .. } => 68,
            LetterheadControlChar { .. } => 69,
            BlankRecipient => 70,
        }
    }

    const VARIANTS: usize = 71;

    /// At least one finding of every variant, and of each branch of a
    /// message or help that has several.
    fn samples() -> Vec<Finding> {
        use Finding::*;
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let s = |t: &str| t.to_string();
        let task = || s("PL2.I.3");
        let mut v = vec![
            Encoding {
                problem: super::Encoding::Utf16Bom,
            },
            Encoding {
                problem: super::Encoding::Utf16Zeros,
            },
            Encoding {
                problem: super::Encoding::NotUtf8 {
                    byte: 0xD5,
                    line: 2,
                },
            },
            Bom,
            Crlf,
            TomlSyntax {
                message: s("expected `=`"),
                likely: None,
            },
            TomlSyntax {
                message: s("missing escaped value, expected `b`, `e`"),
                likely: None,
            },
            MissingAgenciesFile,
            LeftoverTempFile {
                path: s("plan/progress/.plan-tmp-ab12CD~"),
            },
            NotARealDate { key: s("due") },
            NumberTooLarge { key: s("year") },
            NumberNotFinite { key: s("value") },
            ControlChar { ch: '\u{1B}' },
            InvisibleChar { ch: '\u{200B}' },
            NotNfc,
            BadYear {
                key: s("due"),
                year: 22,
                first: 1900,
                last: 2199,
            },
            UnknownLanguage { given: s("fr") },
            MultiLineId,
            NotAMonthDay { given: s("15/12") },
            LetterheadControlChar {
                key: s("place"),
                ch: '\t',
            },
            BlankRecipient,
            EmptyAgencyName,
            PeriodNotTwoYears,
            TargetYearAndPeriod,
            TargetNeedsWhen,
            MinAboveMax,
            TargetNeedsValue,
            TargetSeveralValues,
            NoSection,
            TaskOutsideSection {
                task: s("PL2.II.3"),
                section: s("PL2.I"),
            },
            EmptyTaskTitle,
            NoLead,
            EmptyLead { task: task() },
            NoSchedule { task: task() },
            NoMilestones { task: task() },
            SeveralScheduleKinds { task: task() },
            NoScheduleKind { task: task() },
            InlineUpdates,
            MilestoneFromOne,
            AmendmentSeveralScheduleKinds,
            AmendmentChangesNothing,
            AmendmentMixed,
            NotAGroup { id: s("sxd") },
            UnknownMilestone {
                task: task(),
                number: 3,
                count: 0,
            },
            UnknownMilestone {
                task: task(),
                number: 3,
                count: 2,
            },
            DuplicateId {
                kind: IdKind::Section,
                id: s("PL2.I"),
                first: s("plan/tasks/a.toml:2:6"),
            },
            SuccessorWithoutUntil { agency: s("skhdt") },
            UntilWithoutSource {
                agency: s("skhdt"),
                until: day(2025, 2, 28),
            },
            AgencyEndsBeforePlan {
                until: day(2021, 2, 28),
                issued: day(2022, 4, 29),
            },
            SuccessorCycle { agency: s("skhdt") },
            AmendmentBeforePlan {
                decision: s("123/QĐ-UBND"),
                issued: day(2022, 4, 29),
            },
            RetroactiveAmendment {
                decision: s("123/QĐ-UBND"),
                from: day(2024, 1, 1),
                issued: day(2024, 1, 10),
            },
            AmendmentBeforeTask {
                decision: s("123/QĐ-UBND"),
                task: task(),
                from: day(2024, 1, 1),
                added: day(2024, 2, 1),
            },
            AddedTaskExists { task: task() },
            AddedTaskOutsideSection { task: s("PL9.1") },
            DuplicateActual {
                indicator: s("grdp"),
                year: 2024,
                first: 7.1,
                first_at: s("plan/progress/2024.toml:3"),
                value: 7.25,
            },
            RateBelowMinus100 {
                indicator: s("grdp"),
                year: 2024,
                value: -120.5,
            },
            CombinedNotFinite {
                indicator: s("grdp"),
                first: 2021,
                last: 2025,
                combined: s("inf"),
                figures: vec![Figure {
                    year: 2021,
                    value: 1e308,
                    at: s("plan/progress/2021.toml:3"),
                }],
            },
            StartAfterDue {
                task: task(),
                start: day(2022, 7, 1),
                due: day(2022, 6, 30),
            },
            MilestoneOrder {
                task: task(),
                later: day(2021, 12, 31),
                earlier: day(2023, 3, 31),
            },
            DueBeforeIssue {
                task: task(),
                due: day(2021, 12, 31),
                issued: day(2022, 4, 29),
            },
            ConflictingUpdates {
                task: task(),
                on: day(2024, 1, 15),
                first: s("in_progress"),
                then: s("done"),
            },
        ];
        for outside in [
            Outside::BeforeIssue {
                issued: day(2022, 4, 29),
            },
            Outside::AfterHorizon {
                horizon: day(2030, 12, 31),
            },
        ] {
            v.push(UpdateOutsidePlan {
                task: task(),
                on: day(2019, 1, 1),
                outside,
            });
            v.push(ReportOutsidePlan {
                agency: s("sxd"),
                on: day(2019, 1, 1),
                outside,
            });
        }
        for half_year in [false, true] {
            v.push(DuplicateReport {
                agency: s("sxd"),
                year: 2025,
                half_year,
                first_on: day(2025, 12, 14),
                first_at: s("plan/progress/2025.toml:3"),
                on: day(2025, 12, 16),
            });
        }
        v.push(StatusWordNotCode {
            key: s("status"),
            given: s("dang thuc hien"),
            suggestion: s("in_progress"),
        });
        for (folder, problem) in [
            (
                false,
                ReadProblem::NotRegular {
                    kind: FileSort::Fifo,
                },
            ),
            (
                true,
                ReadProblem::NotAFolder {
                    name: s("tasks"),
                    kind: FileSort::File,
                },
            ),
            (false, ReadProblem::TooLarge { mib: 64 }),
            (false, ReadProblem::NameNotText),
            (true, ReadProblem::PermissionDenied),
            (false, ReadProblem::NotFound),
            (
                false,
                ReadProblem::System {
                    error: s("Permission denied (os error 13)"),
                },
            ),
        ] {
            v.push(Unreadable { folder, problem });
        }
        for part in [
            Part::PlanFile,
            Part::TasksFile,
            Part::Task,
            Part::AddedTask,
            Part::Target,
        ] {
            v.push(MissingKey {
                part,
                owner: None,
                number: None,
                key: s("title"),
                example: s("\"…\""),
            });
            v.push(MissingKey {
                part,
                owner: Some(s("PL2.I.2")),
                number: Some(2),
                key: s("what"),
                example: s("\"…\""),
            });
            v.push(UnknownKey {
                part,
                owner: None,
                number: None,
                key: s("prority"),
                suggestion: None,
                also: Vec::new(),
                known: vec![s("id"), s("title")],
            });
        }
        v.push(UnknownKey {
            part: Part::Task,
            owner: Some(s("PL2.I.1")),
            number: None,
            key: s("titel"),
            suggestion: Some(s("title")),
            also: Vec::new(),
            known: vec![s("title")],
        });
        v.push(UnknownKey {
            part: Part::Milestone,
            owner: Some(s("PL2.I.2")),
            number: Some(2),
            key: s("signer_name"),
            suggestion: Some(s("signer")),
            also: vec![s("signer_title")],
            known: vec![s("signer"), s("signer_title")],
        });
        let date = Some(day(2022, 12, 31));
        for likely in [
            SyntaxHint::Date {
                key: Some(s("due")),
                date,
            },
            SyntaxHint::Date {
                key: None,
                date: None,
            },
            SyntaxHint::CurlyQuotes {
                key: Some(s("schedule")),
                fixed: s("\"Năm 2022\""),
            },
            SyntaxHint::Unquoted {
                key: s("schedule"),
                fixed: s("\"Năm 2022\""),
            },
            SyntaxHint::UnclosedArray {
                key: Some(s("deliverables")),
                line: 15,
            },
            SyntaxHint::UnclosedArray {
                key: None,
                line: 15,
            },
        ] {
            v.push(TomlSyntax {
                message: s("string values must be quoted, expected literal string"),
                likely: Some(likely),
            });
        }
        for (expected, found, hint) in [
            (Expected::Date, TomlType::String, Some(TypeHint::Date)),
            (
                Expected::Date,
                TomlType::String,
                Some(TypeHint::DateToWrite {
                    date: day(2025, 6, 30),
                }),
            ),
            (
                Expected::Strings,
                TomlType::String,
                Some(TypeHint::ListOf { value: s("sxd") }),
            ),
            (Expected::String, TomlType::Integer, Some(TypeHint::Quote)),
            (
                Expected::Strings,
                TomlType::String,
                Some(TypeHint::StringArray),
            ),
            (
                Expected::Number,
                TomlType::String,
                Some(TypeHint::DecimalPoint { value: s("7.1") }),
            ),
            (
                Expected::Number,
                TomlType::String,
                Some(TypeHint::NumberWithoutQuotes),
            ),
            (Expected::DateWithoutTime, TomlType::Datetime, None),
            (Expected::WholeNumber, TomlType::Float, None),
            (Expected::WholeNumbers, TomlType::Array, None),
            (Expected::Boolean, TomlType::Boolean, None),
            (
                Expected::Table {
                    key: s("reporting"),
                },
                TomlType::Table,
                None,
            ),
            (Expected::Tables { key: s("task") }, TomlType::Array, None),
        ] {
            v.push(WrongType {
                part: Part::Milestone,
                owner: Some(s("PL2.I.1")),
                number: Some(1),
                key: s("due"),
                expected,
                found,
                hint,
            });
        }
        for suggestion in [Some(s("done")), None] {
            v.push(NotAKnownWord {
                key: s("status"),
                given: s("finished"),
                suggestion,
                words: vec![s("done"), s("in_progress")],
            });
        }
        for (spelling_of, suggestion) in [
            (Some(s("skhdt")), None),
            (None, Some(s("skhdt"))),
            (None, None),
        ] {
            v.push(UnknownAgency {
                id: s("SKHĐT"),
                role: s("support"),
                spelling_of,
                suggestion,
            });
        }
        for suggestion in [Some(s("grdp")), None] {
            v.push(UnknownIndicator {
                id: s("grpd"),
                suggestion: suggestion.clone(),
            });
            v.push(UnknownTask {
                id: s("PL2.I.99"),
                suggestion,
            });
        }
        for (problem, fix) in [
            (IdProblem::Empty, None),
            (IdProblem::TooLong { max: 64 }, None),
            (IdProblem::BadStart { ch: '-' }, Some(s("x"))),
            (IdProblem::Contains { ch: '\u{200B}' }, Some(s("skhdt"))),
        ] {
            v.push(BadId {
                kind: IdKind::Agency,
                id: s("skh\\u{200B}dt"),
                problem,
                fix,
            });
        }
        v
    }

    /// English words no Vietnamese sentence has.
    const ENGLISH: &[&str] = &[
        "the",
        "is",
        "of",
        "not",
        "has",
        "no",
        "in",
        "to",
        "and",
        "or",
        "for",
        "with",
        "must",
        "be",
        "are",
        "it",
        "this",
        "that",
        "from",
        "by",
        "on",
        "at",
        "an",
        "file",
        "task",
        "agency",
        "indicator",
        "unknown",
        "did",
        "you",
        "mean",
        "add",
        "write",
        "check",
        "year",
        "date",
        "value",
        "number",
        "text",
        "empty",
        "keys",
    ];

    /// The load cache stores findings in postcard, which has no missing
    /// fields: a field skipped when unset made a plan with that finding
    /// unreadable from the cache on every run.
    #[test]
    fn every_finding_round_trips_through_the_cache_format() {
        for f in samples() {
            let bytes = postcard::to_stdvec(&f).unwrap();
            let back: Finding =
                postcard::from_bytes(&bytes).unwrap_or_else(|e| panic!("{f:?}: {e}"));
            assert_eq!(back, f);
        }
    }

    #[test]
    fn a_backslash_and_an_unquoted_text_lose_the_parsers_list() {
        for message in [
            "missing escaped value, expected `b`, `e`, `f`, `n`",
            "string values must be quoted, expected literal string",
        ] {
            let f = Finding::TomlSyntax {
                message: message.into(),
                likely: None,
            };
            for lang in [Lang::Vi, Lang::En] {
                let text = f.text(lang);
                assert!(
                    !text.contains("`b`") && !text.contains("literal") && !text.contains("cần có"),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn every_finding_speaks_vietnamese_and_english_apart() {
        let samples = samples();
        let mut seen: Vec<usize> = samples.iter().map(ordinal).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(
            seen,
            (0..VARIANTS).collect::<Vec<_>>(),
            "a variant has no sample"
        );
        for f in &samples {
            for lang in [Lang::Vi, Lang::En] {
                let text = f.text(lang);
                let help = f.help(lang).unwrap_or_default();
                assert!(!text.is_empty(), "{f:?}");
                for part in [&text, &help] {
                    let words: Vec<String> =
                        own_words(part).iter().map(|w| w.to_lowercase()).collect();
                    if lang == Lang::Vi {
                        let english: Vec<&String> = words
                            .iter()
                            .filter(|w| ENGLISH.contains(&w.as_str()))
                            .collect();
                        assert!(english.is_empty(), "English {english:?} in: {part}");
                    } else {
                        let vietnamese: Vec<&String> = words
                            .iter()
                            .filter(|w| w.chars().any(|c| c.is_alphabetic() && !c.is_ascii()))
                            .collect();
                        assert!(
                            vietnamese.is_empty(),
                            "Vietnamese {vietnamese:?} in: {part}"
                        );
                    }
                }
            }
            // Never the same sentence in both: one of them was not translated.
            assert_ne!(f.text(Lang::Vi), f.text(Lang::En), "{f:?}");
        }
    }
}
