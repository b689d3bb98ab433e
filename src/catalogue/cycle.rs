//! The words of the yearly cycle: recurring tasks judged each year, the agency
//! scorecard, the difficulties section and the comparison with another year.

use crate::lang::Lang;
use crate::recurring::YearStatus;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CycleWord {
    // Parts of the report.
    Recurring,
    Scorecard,
    Difficulties,
    Comparison,
    // Columns.
    DueDoneOnTime,
    DueInProgress,
    DoneEarly,
    CompletionRate,
    OnTimeRate,
    Age30,
    Age90,
    Age180,
    AgeOver180,
    RecurringCount,
    RecurringReported,
    RecurringNotReported,
    Date,
    Result,
    DifficultiesCol,
    Recommendations,
    Evidence,
    Measure,
    ThisYear,
    OtherYear,
    Difference,
    /// The sentence under the summary saying what each column counts.
    SummaryNote,
    /// The table of reports owed and not received (`overdue --reports`).
    MissingReports,
    ReportKind,
    OwedAnnual,
    OwedHalfYear,
    OwedAggregate,
    /// Label of a recurring task's record year by year (`plan show`).
    ByYear,
    /// Label of the amendments a task's terms rest on (`plan show`).
    Amended,
    /// Under the recurring table: how a year is judged.
    RecurringNote,
    YearStatus(YearStatus),
}

impl CycleWord {
    pub fn text(self, lang: Lang) -> &'static str {
        use CycleWord::*;
        use Lang::{En, Vi};
        match (self, lang) {
            (Recurring, Vi) => "Nhiệm vụ thường xuyên theo cơ quan chủ trì",
            (Recurring, En) => "Recurring tasks by lead agency",
            (Scorecard, Vi) => "Kết quả thực hiện của các cơ quan chủ trì",
            (Scorecard, En) => "The lead agencies' record",
            (Difficulties, Vi) => "Khó khăn, vướng mắc và kiến nghị",
            (Difficulties, En) => "Difficulties and recommendations",
            (Comparison, Vi) => "So sánh với năm trước",
            (Comparison, En) => "Year on year",
            (DueDoneOnTime, Vi) => "Đến hạn, hoàn thành đúng hạn",
            (DueDoneOnTime, En) => "Due, done on time",
            (DueInProgress, Vi) => "Đến hạn đúng ngày báo cáo, chưa ghi nhận hoàn thành",
            (DueInProgress, En) => "Due on the report's date, not yet done",
            (DoneEarly, Vi) => "Hoàn thành trước hạn",
            (DoneEarly, En) => "Done ahead of the deadline",
            (CompletionRate, Vi) => "Tỷ lệ hoàn thành (%)",
            (CompletionRate, En) => "Completion rate (%)",
            (OnTimeRate, Vi) => "Tỷ lệ đúng hạn (%)",
            (OnTimeRate, En) => "On-time rate (%)",
            (Age30, Vi) => "Quá hạn đến 30 ngày",
            (Age30, En) => "Overdue ≤ 30 days",
            (Age90, Vi) => "Quá hạn 31–90 ngày",
            (Age90, En) => "Overdue 31–90 days",
            (Age180, Vi) => "Quá hạn 91–180 ngày",
            (Age180, En) => "Overdue 91–180 days",
            (AgeOver180, Vi) => "Quá hạn trên 180 ngày",
            (AgeOver180, En) => "Overdue > 180 days",
            (RecurringCount, Vi) => "Số nhiệm vụ thường xuyên",
            (RecurringCount, En) => "Recurring tasks",
            (RecurringReported, Vi) => "Thường xuyên: đã báo cáo",
            (RecurringReported, En) => "Recurring: reported",
            (RecurringNotReported, Vi) => "Thường xuyên: chưa báo cáo",
            (RecurringNotReported, En) => "Recurring: not reported",
            (Date, Vi) => "Ngày",
            (Date, En) => "Date",
            (Result, Vi) => "Kết quả",
            (Result, En) => "Result",
            (DifficultiesCol, Vi) => "Khó khăn, vướng mắc",
            (DifficultiesCol, En) => "Difficulties",
            (Recommendations, Vi) => "Kiến nghị",
            (Recommendations, En) => "Recommendations",
            (Evidence, Vi) => "Văn bản",
            (Evidence, En) => "Evidence",
            (Measure, Vi) => "Chỉ số",
            (Measure, En) => "Measure",
            (ThisYear, Vi) => "Năm báo cáo",
            (ThisYear, En) => "This year",
            (OtherYear, Vi) => "Năm so sánh",
            (OtherYear, En) => "Year compared",
            (Difference, Vi) => "Tăng (+), giảm (−)",
            (Difference, En) => "Change",
            (SummaryNote, Vi) => "Các cột từ \"Hoàn thành đúng hạn\" đến \"Dừng thực hiện\" chia mọi nhiệm vụ, mỗi nhiệm vụ một lần, và cộng lại bằng \"Tổng số\". \"Đến hạn\" là các nhiệm vụ có hạn cuối đến ngày báo cáo (hoặc đã quá hạn một mốc), chưa tính nhiệm vụ dừng thực hiện: bằng \"Đến hạn, hoàn thành đúng hạn\" cộng \"Hoàn thành quá hạn\" cộng \"Chưa hoàn thành, quá hạn\" cộng \"Đến hạn đúng ngày báo cáo, chưa ghi nhận hoàn thành\" (hạn đúng ngày báo cáo thì ngày đó chưa quá hạn); nhiệm vụ hoàn thành trước khi đến hạn được tính vào \"Hoàn thành đúng hạn\" nhưng chưa vào \"Đến hạn\".",
            (SummaryNote, En) => "The columns from \"Done on time\" to \"Cancelled\" divide every task, each once, and add up to \"Total\". \"Due\" counts the tasks whose final deadline has come by the report's date (or that are overdue on a milestone), cancelled ones aside: it equals \"Due, done on time\" plus \"Done late\" plus \"Overdue\" plus \"Due on the report's date, not yet done\" (a task due that very day is not overdue yet); a task done before its deadline came counts as \"Done on time\" but not yet as \"Due\".",
            (RecurringNote, Vi) => "Nhiệm vụ thường xuyên được đánh giá theo từng năm: đã báo cáo hoàn thành hoặc đang thực hiện trong năm; chưa báo cáo (quá hạn) khi đã qua hạn gửi báo cáo năm mà chưa có cập nhật của năm; chưa đến hạn khi chưa qua hạn đó.",
            (RecurringNote, En) => "A recurring task is judged on each year: reported done or in progress during the year; not reported once the agencies' deadline has passed with no update of the year; pending before that deadline.",
            (MissingReports, Vi) => "Báo cáo chưa nhận",
            (MissingReports, En) => "Reports not received",
            (ReportKind, Vi) => "Loại báo cáo",
            (ReportKind, En) => "Report",
            (OwedAnnual, Vi) => "Báo cáo năm",
            (OwedAnnual, En) => "Annual report",
            (OwedHalfYear, Vi) => "Báo cáo 6 tháng",
            (OwedHalfYear, En) => "Half-year report",
            (OwedAggregate, Vi) => "Báo cáo tổng hợp gửi UBND tỉnh",
            (OwedAggregate, En) => "Aggregate report to the People's Committee",
            (ByYear, Vi) => "Kết quả từng năm",
            (ByYear, En) => "Year by year",
            (Amended, Vi) => "Sửa đổi, bổ sung",
            (Amended, En) => "Amended by",
            (YearStatus(s), l) => year_status(s, l),
        }
    }
}

fn year_status(s: YearStatus, lang: Lang) -> &'static str {
    use Lang::{En, Vi};
    match (s, lang) {
        (YearStatus::Done, Vi) => "Đã báo cáo hoàn thành",
        (YearStatus::InProgress, Vi) => "Đã báo cáo đang thực hiện",
        (YearStatus::Pending, Vi) => "Chưa đến hạn báo cáo",
        (YearStatus::NotReported, Vi) => "Chưa báo cáo",
        (YearStatus::Cancelled, Vi) => "Dừng thực hiện",
        (YearStatus::Done, En) => "Reported done",
        (YearStatus::InProgress, En) => "Reported in progress",
        (YearStatus::Pending, En) => "Not yet due",
        (YearStatus::NotReported, En) => "Not reported",
        (YearStatus::Cancelled, En) => "Cancelled",
    }
}

/// "Năm 2025 so với năm 2024" as a heading.
pub fn compared(year: i32, other: i32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("So sánh năm {year} với năm {other}"),
        Lang::En => format!("{year} compared with {other}"),
    }
}

/// An agency that took a task over from one the decision named.
pub fn heir(name: &str, from: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{name} (kế thừa {from})"),
        Lang::En => format!("{name} (successor to {from})"),
    }
}

/// A note when an agency asked for was merged away by the date asked.
pub fn succeeded(
    name: &str,
    until: Option<chrono::NaiveDate>,
    source: Option<&str>,
    successor: &str,
    lang: Lang,
) -> String {
    // Said as every other end is ("chấm dứt hoạt động từ ngày …", the first
    // day without it), not a second way ("hoạt động đến ngày …").
    let gone = until
        .map(|d| lang.date(d.succ_opt().unwrap_or(d)))
        .unwrap_or_default();
    let source = source.map(|s| format!(" ({s})")).unwrap_or_default();
    match lang {
        Lang::Vi => format!(
            "ghi chú: {name} chấm dứt hoạt động từ ngày {gone}{source}, nhiệm vụ chuyển cho {successor}; hiển thị các nhiệm vụ của {successor}"
        ),
        Lang::En => format!(
            "note: {name} ceased to exist on {gone}{source}; its tasks passed to {successor}, so these are {successor}'s tasks"
        ),
    }
}

/// An agency that ended by the date asked and still holds tasks: in the plan
/// as it stands, that is one with no successor recorded, so nobody has taken
/// its part over, and the reader is told so (and where to record one).
///
/// In a table cell it is said short, when only: a report's tables name such
/// an agency in every row it supports (90 times in the 2025 report), and
/// that nobody took over is said once, where its own tasks are listed
/// (`overdue --by-agency`'s heading, the note of `--agency`).
pub fn ended(name: &str, until: chrono::NaiveDate, lang: Lang) -> String {
    let gone = lang.date(until.succ_opt().unwrap_or(until));
    match lang {
        Lang::Vi => format!("{name} (chấm dứt hoạt động từ ngày {gone})"),
        Lang::En => format!("{name} (ceased to exist on {gone})"),
    }
}

/// What `ended` says after the name: when, and that nobody took over.
pub fn ended_note(until: chrono::NaiveDate, lang: Lang) -> String {
    // The first day it no longer exists: "from" a day reads plainly, "from
    // after" a day does not.
    let gone = lang.date(until.succ_opt().unwrap_or(until));
    match lang {
        Lang::Vi => {
            format!("chấm dứt hoạt động từ ngày {gone}; kế hoạch chưa ghi cơ quan kế thừa")
        }
        Lang::En => format!("ceased to exist on {gone}; the plan names no successor"),
    }
}

/// A note when an agency asked for ended by the date asked and the plan
/// names no successor: its tasks are shown as its own, and where to record
/// who took them over.
pub fn ended_alone(
    name: &str,
    until: chrono::NaiveDate,
    source: Option<&str>,
    lang: Lang,
) -> String {
    let source = source.map(|s| format!(" ({s})")).unwrap_or_default();
    let gone = lang.date(until.succ_opt().unwrap_or(until));
    match lang {
        Lang::Vi => format!(
            "ghi chú: {name} chấm dứt hoạt động từ ngày {gone}{source}; kế hoạch chưa ghi cơ quan kế thừa, nên hiển thị các nhiệm vụ vẫn ghi cho {name}\n  gợi ý: khi có văn bản giao lại nhiệm vụ, ghi successor = \"…\" cho cơ quan này trong agencies.toml"
        ),
        Lang::En => format!(
            "note: {name} ceased to exist on {gone}{source}; the plan names no successor, so these are the tasks still assigned to {name}\n  help: once an act assigns its tasks, record successor = \"…\" for it in agencies.toml"
        ),
    }
}

/// In an agency's block of overdue tasks: how many of them it took over
/// from an agency that ended, and from which.
pub fn inherited(count: usize, from: &str, until: chrono::NaiveDate, lang: Lang) -> String {
    let gone = lang.date(until.succ_opt().unwrap_or(until));
    match lang {
        Lang::Vi => {
            format!("{count} nhiệm vụ/mốc kế thừa {from} (chấm dứt hoạt động từ ngày {gone})")
        }
        Lang::En => format!("{count} taken over from {from} (ceased to exist on {gone})"),
    }
}

/// "2024: Chưa báo cáo", one line of a recurring task's record.
pub fn year_line(year: i32, status: YearStatus, lang: Lang) -> String {
    format!("{year}: {}", year_status(status, lang))
}

/// One amendment in force: its decision, from when, and what it changed.
pub fn amendment_line(
    number: &str,
    issued_on: chrono::NaiveDate,
    from: chrono::NaiveDate,
    change: &str,
    lang: Lang,
) -> String {
    match lang {
        Lang::Vi => format!(
            "{number} ngày {}, áp dụng từ {}: {change}",
            lang.date(issued_on),
            lang.date(from)
        ),
        Lang::En => format!(
            "{number} of {}, from {}: {change}",
            lang.date(issued_on),
            lang.date(from)
        ),
    }
}

/// What an amendment changes, in words: the changed fields, a cancellation,
/// or an addition.
pub fn change_words(fields: &[&'static str], cancel: bool, add: bool, lang: Lang) -> String {
    let word = |f: &'static str| -> &'static str {
        match (f, lang) {
            ("title", Lang::Vi) => "nội dung nhiệm vụ",
            ("lead", Lang::Vi) => "cơ quan chủ trì",
            ("support", Lang::Vi) => "cơ quan phối hợp",
            ("due", Lang::Vi) => "thời hạn",
            ("milestone", Lang::Vi) => "các mốc",
            ("ongoing", Lang::Vi) => "chuyển thành nhiệm vụ thường xuyên",
            ("title", _) => "the task's wording",
            ("lead", _) => "the lead",
            ("support", _) => "the support",
            ("due", _) => "the deadline",
            ("milestone", _) => "the milestones",
            ("ongoing", _) => "made recurring",
            (other, _) => other,
        }
    };
    match (cancel, add, lang) {
        (true, _, Lang::Vi) => "dừng thực hiện nhiệm vụ".into(),
        (true, _, Lang::En) => "the task cancelled".into(),
        (_, true, Lang::Vi) => "bổ sung nhiệm vụ".into(),
        (_, true, Lang::En) => "the task added".into(),
        _ => fields
            .iter()
            .map(|f| word(f))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// A field of an update beyond its status: "Khó khăn: …".
pub fn detail(label: CycleWord, text: &str, lang: Lang) -> String {
    format!("  {}: {text}", label.text(lang))
}

/// The line under `plan overdue`'s title about reports owed: how many are
/// missing. Nothing when none are, or when the plan records no receipt at all
/// (then none are chased, so the task list is not drowned in them), unless
/// the user asked for the reports (`listed`).
pub fn missing_reports(count: Option<usize>, listed: bool, lang: Lang) -> Option<String> {
    Some(match (count, listed, lang) {
        (None, false, _) | (Some(0), false, _) => return None,
        (None, true, Lang::Vi) => "Kế hoạch chưa ghi nhận báo cáo nào của các cơ quan (plan received), nên chưa theo dõi báo cáo chưa nhận.".into(),
        (None, true, Lang::En) => "The plan records no agency report yet (plan received), so reports owed are not chased.".into(),
        (Some(0), true, Lang::Vi) => "Không có báo cáo nào quá hạn chưa nhận.".into(),
        (Some(0), true, Lang::En) => "No report is overdue.".into(),
        (Some(n), false, Lang::Vi) => format!("Có {n} báo cáo quá hạn chưa nhận (thêm --reports để xem danh sách)."),
        (Some(n), false, Lang::En) => format!("{n} report(s) overdue and not received (plan overdue --reports lists them)."),
        (Some(n), true, Lang::Vi) => format!("Có {n} báo cáo quá hạn chưa nhận, liệt kê dưới đây."),
        (Some(n), true, Lang::En) => format!("{n} report(s) overdue and not received, listed below."),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    /// An analyst's words: the first day without the agency, and the
    /// successor named once.
    #[test]
    fn an_ended_or_merged_agency_is_said_plainly() {
        let d = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
        assert_eq!(
            ended("UBND các huyện", d, Lang::Vi),
            "UBND các huyện (chấm dứt hoạt động từ ngày 01/07/2025)"
        );
        assert_eq!(
            ended("District committees", d, Lang::En),
            "District committees (ceased to exist on 2025-07-01)"
        );
        assert_eq!(
            ended_note(d, Lang::Vi),
            "chấm dứt hoạt động từ ngày 01/07/2025; kế hoạch chưa ghi cơ quan kế thừa"
        );
        let merged = succeeded(
            "Sở Kế hoạch và Đầu tư",
            NaiveDate::from_ymd_opt(2025, 2, 28),
            Some("Nghị quyết 1/NQ"),
            "Sở Tài chính",
            Lang::Vi,
        );
        assert_eq!(
            merged,
            "ghi chú: Sở Kế hoạch và Đầu tư chấm dứt hoạt động từ ngày 01/03/2025 (Nghị quyết 1/NQ), nhiệm vụ chuyển cho Sở Tài chính; hiển thị các nhiệm vụ của Sở Tài chính"
        );
    }
}
