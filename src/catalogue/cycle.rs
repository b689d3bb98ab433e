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
            (SummaryNote, Vi) => "Các cột từ \"Hoàn thành đúng hạn\" đến \"Dừng thực hiện\" chia mọi nhiệm vụ, mỗi nhiệm vụ một lần, và cộng lại bằng \"Tổng số\". \"Đến hạn\" là các nhiệm vụ có hạn cuối đã đến (hoặc đã quá hạn một mốc), chưa tính nhiệm vụ dừng thực hiện: bằng \"Đến hạn, hoàn thành đúng hạn\" cộng \"Hoàn thành quá hạn\" cộng \"Chưa hoàn thành, quá hạn\"; nhiệm vụ hoàn thành trước khi đến hạn được tính vào \"Hoàn thành đúng hạn\" nhưng chưa vào \"Đến hạn\".",
            (SummaryNote, En) => "The columns from \"Done on time\" to \"Cancelled\" divide every task, each once, and add up to \"Total\". \"Due\" counts the tasks whose final deadline has come (or that are overdue on a milestone), cancelled ones aside: it equals \"Due, done on time\" plus \"Done late\" plus \"Overdue\"; a task done before its deadline came counts as \"Done on time\" but not yet as \"Due\".",
            (RecurringNote, Vi) => "Nhiệm vụ thường xuyên được đánh giá theo từng năm: đã báo cáo hoàn thành hoặc đang thực hiện trong năm; chưa báo cáo (quá hạn) khi đã qua hạn gửi báo cáo năm mà chưa có cập nhật của năm; chưa đến hạn khi chưa qua hạn đó.",
            (RecurringNote, En) => "A recurring task is judged on each year: reported done or in progress during the year; not reported once the agencies' deadline has passed with no update of the year; pending before that deadline.",
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
