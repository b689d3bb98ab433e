//! The words of the files `plan` writes for people to read in a text editor
//! or in `git diff`: the comments heading each file of `plan init`'s skeleton,
//! the labels `plan textconv` names each entity of a plan file by, and the
//! names `plan merge-file` gives an entry in conflict.
//!
//! A skeleton's comment points at no path of the repository: the analyst's
//! plan folder holds no docs/ folder.

use crate::lang::Lang;

/// The comment at the top of each file of `plan init`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SkeletonNote {
    Plan,
    Agencies,
    Indicators,
    Section,
    GitAttributes,
    GitIgnore,
}

impl SkeletonNote {
    /// The comment's lines, without the leading `# `.
    pub fn lines(self, lang: Lang) -> &'static [&'static str] {
        use Lang::{En, Vi};
        use SkeletonNote::*;
        match (self, lang) {
            (Plan, Vi) => &[
                "Quyết định mà thư mục kế hoạch này theo dõi: số hiệu, tên, cơ quan và ngày ban",
                "hành, ngôn ngữ hiển thị (vi hoặc en) và hạn báo cáo hằng năm (tháng-ngày).",
                "Sau mỗi lần sửa, kiểm tra bằng lệnh `plan validate`.",
            ],
            (Plan, En) => &[
                "The decision this plan folder tracks: its number, title, issuer and date, the",
                "language of the output (vi or en) and the yearly reporting deadlines (month-day).",
                "After each edit, check it with `plan validate`.",
            ],
            (Agencies, Vi) => &[
                "Mọi cơ quan mà quyết định giao chủ trì hoặc phối hợp thực hiện nhiệm vụ;",
                "`name_en` là tên tiếng Anh, dùng khi xem bằng --lang en.",
            ],
            (Agencies, En) => &[
                "Every agency the decision names as lead or coordinator of a task; `name_en`",
                "is its English name, shown with --lang en.",
            ],
            (Indicators, Vi) => &[
                "Các chỉ tiêu có mục tiêu bằng số: `year` là năm cần đạt một mức, `period` là",
                "giai đoạn của một tốc độ hoặc một tổng.",
            ],
            (Indicators, En) => &[
                "Numeric targets: a `year` to reach a level, or a `period` for a rate or a total.",
            ],
            (Section, Vi) => &["Một phần của phụ lục quyết định; mỗi phần một tệp."],
            (Section, En) => &["One section of the decision's appendix; one file per section."],
            (GitAttributes, Vi) => &[
                "Để `git diff` hiện các tệp kế hoạch thành từng dòng dễ đọc và git hợp nhất",
                "chúng theo từng mục, mỗi bản sao (clone) cài hai trình điều khiển này một lần:",
                "  git config diff.plan.textconv \"plan textconv\"",
                "  git config merge.plan.driver \"plan merge-file %O %A %B --path %P\"",
                "Nếu không, git so sánh và hợp nhất các tệp này như văn bản thường.",
            ],
            (GitAttributes, En) => &[
                "Plan files are read in `git diff` as facts, and merged entity by entity, by",
                "`plan`. Each clone sets the two drivers up once:",
                "  git config diff.plan.textconv \"plan textconv\"",
                "  git config merge.plan.driver \"plan merge-file %O %A %B --path %P\"",
                "Without them git diffs and merges these files as plain text.",
            ],
            (GitIgnore, Vi) => &[
                "Những gì `plan` để lại trong thư mục kế hoạch mà git không cần giữ: khóa của",
                "người đang ghi, và tệp tạm của một lần ghi bị ngắt giữa chừng.",
            ],
            (GitIgnore, En) => &[
                "What `plan` leaves in the plan folder and git need not keep: the writers'",
                "lock, and the temporary file of a write that was killed.",
            ],
        }
    }

    /// The comment as the file's first lines.
    pub fn comment(self, lang: Lang) -> String {
        self.lines(lang)
            .iter()
            .map(|l| format!("# {l}\n"))
            .collect()
    }
}

/// How `plan textconv` names what a line of a plan file belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileLabel {
    Plan,
    Section,
    Update,
    Actual,
    Report,
    Amendment,
    Milestone,
    Target,
    Group,
    /// "from" a date: an amendment's first day.
    From,
}

impl FileLabel {
    pub fn text(self, lang: Lang) -> &'static str {
        use FileLabel::*;
        use Lang::{En, Vi};
        match (self, lang) {
            (Plan, Vi) => "kế hoạch",
            (Section, Vi) => "phần",
            (Update, Vi) => "cập nhật",
            (Actual, Vi) => "số liệu thực hiện",
            (Report, Vi) => "báo cáo",
            (Amendment, Vi) => "điều chỉnh",
            (Milestone, Vi) => "mốc",
            (Target, Vi) => "mục tiêu",
            (Group, Vi) => "nhóm",
            (From, Vi) => "từ",
            (Plan, En) => "plan",
            (Section, En) => "section",
            (Update, En) => "update",
            (Actual, En) => "actual",
            (Report, En) => "report",
            (Amendment, En) => "amendment",
            (Milestone, En) => "milestone",
            (Target, En) => "target",
            (Group, En) => "group",
            (From, En) => "from",
        }
    }

    /// The label of a table of a plan file, by its TOML key.
    pub fn of_key(key: &str) -> Option<FileLabel> {
        Some(match key {
            "section" => FileLabel::Section,
            "update" => FileLabel::Update,
            "actual" => FileLabel::Actual,
            "report" => FileLabel::Report,
            "amendment" => FileLabel::Amendment,
            "milestone" => FileLabel::Milestone,
            "target" => FileLabel::Target,
            "group" => FileLabel::Group,
            _ => return None,
        })
    }
}

/// What identifies an entry of a plan file, read from the entry itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct EntryKey<'a> {
    pub id: Option<&'a str>,
    pub task: Option<&'a str>,
    pub on: Option<chrono::NaiveDate>,
    pub milestone: Option<i64>,
    pub indicator: Option<&'a str>,
    pub agency: Option<&'a str>,
    pub year: Option<i64>,
}

/// An entry of a plan file named as an analyst would ("cập nhật của
/// PL2.II.1 ngày 01/01/2023"), for `merge-file`'s conflicts; `None` when its
/// key fields are missing (the caller falls back to the file's words).
pub fn entry_name(array: &str, k: EntryKey, lang: Lang) -> Option<String> {
    use Lang::{En, Vi};
    let label = FileLabel::of_key(array).map(|l| l.text(lang));
    Some(match (array, lang) {
        ("update", _) => {
            let (task, on) = (k.task?, lang.date(k.on?));
            let m = k.milestone.map(|m| match lang {
                Vi => format!(" (mốc {m})"),
                En => format!(" (milestone {m})"),
            });
            let m = m.unwrap_or_default();
            match lang {
                Vi => format!("cập nhật của {task}{m} ngày {on}"),
                En => format!("the update of {task}{m} on {on}"),
            }
        }
        ("actual", Vi) => format!("số liệu thực hiện {} năm {}", k.indicator?, k.year?),
        ("actual", En) => format!("the actual of {} for {}", k.indicator?, k.year?),
        ("report", Vi) => format!("báo cáo năm {} của {}", k.year?, k.agency?),
        ("report", En) => format!("the report of {} for {}", k.agency?, k.year?),
        (_, Vi) => match array {
            "task" => format!("nhiệm vụ {}", k.id?),
            "agency" => format!("cơ quan {}", k.id?),
            "indicator" => format!("chỉ tiêu {}", k.id?),
            _ => format!("{} {}", label?, k.id?),
        },
        (_, En) => format!("{} {}", label.unwrap_or(array), k.id?),
    })
}
