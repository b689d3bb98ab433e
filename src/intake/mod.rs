//! The December cycle's intake: forms that go out to the agencies as
//! workbooks, and replies that come back and are checked cell by cell before
//! anything is recorded.

pub mod forms;
pub mod import;
pub mod words;

use crate::lang::Lang;
use crate::recurring::YearStatus;

/// A recurring task's standing for the year, in words, on the form.
pub fn year_status_word(s: YearStatus, lang: Lang) -> &'static str {
    match (s, lang) {
        (YearStatus::Done, Lang::Vi) => "Đã báo cáo hoàn thành trong năm",
        (YearStatus::InProgress, Lang::Vi) => "Đã báo cáo đang thực hiện",
        (YearStatus::Pending, Lang::Vi) => "Chưa báo cáo (chưa đến hạn)",
        (YearStatus::NotReported, Lang::Vi) => "Chưa báo cáo (quá hạn)",
        (YearStatus::Cancelled, Lang::Vi) => "Dừng thực hiện",
        (YearStatus::Done, Lang::En) => "Reported done this year",
        (YearStatus::InProgress, Lang::En) => "Reported in progress",
        (YearStatus::Pending, Lang::En) => "Not reported yet (not due)",
        (YearStatus::NotReported, Lang::En) => "Not reported (overdue)",
        (YearStatus::Cancelled, Lang::En) => "Cancelled",
    }
}
