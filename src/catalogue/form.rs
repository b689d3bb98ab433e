//! The words of the agencies' forms, in Vietnamese and English: sheet names,
//! headings, roles, instructions, the status words of the drop-down and a
//! recurring task's standing for the year. One exhaustive match each, so a
//! word without its translation does not compile. Import reads forms in
//! either language, so both columns matter; it compares the words folded
//! (without accents or case), so a reply typed without diacritics is read.

use crate::lang::Lang;
use crate::model::UpdateStatus;
use crate::recurring::YearStatus;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormWord {
    SheetCover,
    SheetTasks,
    SheetIndicators,
    Title,
    Plan,
    Agency,
    Year,
    Deadline,
    FormDate,
    Instructions,
    Step1,
    Step2,
    Step3,
    Step4,
    Step5,
    ColTask,
    ColRole,
    ColDue,
    ColStanding,
    ColStatus,
    ColDate,
    ColResult,
    ColDifficulties,
    ColRecommendations,
    ColEvidence,
    ColIndicator,
    ColUnit,
    ColActual,
    ColSource,
    ColNote,
    Lead,
    Support,
    SupportBlock,
    Ongoing,
}

/// The words a column heading to fill begins with: import finds the columns
/// by these, whatever follows them and in whichever order they stand.
pub const FILL: [FormWord; 6] = [
    FormWord::ColStatus,
    FormWord::ColDate,
    FormWord::ColResult,
    FormWord::ColDifficulties,
    FormWord::ColRecommendations,
    FormWord::ColEvidence,
];

impl FormWord {
    pub fn text(self, lang: Lang) -> &'static str {
        let (vi, en) = match self {
            FormWord::SheetCover => ("Hướng dẫn", "Instructions"),
            FormWord::SheetTasks => ("Nhiệm vụ", "Tasks"),
            FormWord::SheetIndicators => ("Chỉ tiêu", "Indicators"),
            FormWord::Title => ("PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH", "REPORT ON THE PLAN'S TASKS"),
            FormWord::Plan => ("Kế hoạch", "Plan"),
            FormWord::Agency => ("Cơ quan báo cáo", "Reporting agency"),
            FormWord::Year => ("Năm báo cáo", "Year reported"),
            FormWord::Deadline => ("Hạn gửi báo cáo", "Send it back by"),
            FormWord::FormDate => ("Tình trạng tính đến ngày", "Standing as of"),
            FormWord::Instructions => ("Cách điền", "How to fill it in"),
            FormWord::Step1 => (
                "1. Sheet \"Nhiệm vụ\": mỗi dòng là một nhiệm vụ cơ quan chủ trì, sau đó là các nhiệm vụ phối hợp.",
                "1. Sheet \"Tasks\": one row per task the agency leads, then the tasks it supports.",
            ),
            FormWord::Step2 => (
                "2. Chỉ điền các cột có nền vàng: Trạng thái (chọn trong danh sách), Ngày, Kết quả, Khó khăn, Kiến nghị, Văn bản. Không sửa cột ID và tên nhiệm vụ.",
                "2. Fill only the yellow columns: Status (pick from the list), Date, Result, Difficulties, Recommendations, Evidence. Do not change the ID or the task.",
            ),
            FormWord::Step3 => (
                "3. Ngày là ngày có kết quả (dd/mm/yyyy), trong năm báo cáo. Dòng để trống được hiểu là không có cập nhật.",
                "3. The date is the day the result holds from (dd/mm/yyyy), within the year reported. A row left empty reports nothing.",
            ),
            FormWord::Step4 => (
                "4. Sheet \"Chỉ tiêu\" (nếu có): điền số liệu thực hiện của năm, không kèm đơn vị, dấu thập phân là dấu chấm hoặc phẩy.",
                "4. Sheet \"Indicators\" (if there is one): the year's actual figure, without its unit.",
            ),
            FormWord::Step5 => (
                "5. Lưu tệp với tên cũ và gửi lại trước hạn.",
                "5. Save the file under its name and send it back before the deadline.",
            ),
            FormWord::ColTask => ("Nhiệm vụ", "Task"),
            FormWord::ColRole => ("Vai trò", "Role"),
            FormWord::ColDue => ("Hạn hoàn thành", "Deadline"),
            FormWord::ColStanding => ("Tình trạng đến ngày lập phiếu", "Standing on the form's date"),
            FormWord::ColStatus => ("Trạng thái", "Status"),
            FormWord::ColDate => ("Ngày", "Date"),
            FormWord::ColResult => ("Kết quả, sản phẩm", "Result or product"),
            FormWord::ColDifficulties => ("Khó khăn, vướng mắc", "Difficulties and obstacles"),
            FormWord::ColRecommendations => ("Kiến nghị, đề xuất", "Recommendations"),
            FormWord::ColEvidence => ("Văn bản (số, ngày hoặc đường dẫn)", "Evidence (document number, date or link)"),
            FormWord::ColIndicator => ("Chỉ tiêu", "Indicator"),
            FormWord::ColUnit => ("Đơn vị", "Unit"),
            FormWord::ColActual => ("Thực hiện năm", "Actual for the year"),
            FormWord::ColSource => ("Nguồn số liệu", "Source of the figure"),
            FormWord::ColNote => ("Ghi chú", "Note"),
            FormWord::Lead => ("Chủ trì", "Lead"),
            FormWord::Support => ("Phối hợp", "Support"),
            FormWord::SupportBlock => ("Nhiệm vụ phối hợp thực hiện", "Tasks the agency supports"),
            FormWord::Ongoing => ("Thường xuyên", "Ongoing"),
        };
        match lang {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }

    /// The words a heading begins with that import looks for (before any
    /// comma or bracket): "Kết quả" for "Kết quả, sản phẩm".
    pub fn stem(self, lang: Lang) -> &'static str {
        let t = self.text(lang);
        let end = t.find([',', '(']).unwrap_or(t.len());
        t[..end].trim_end()
    }
}

/// The status words of the drop-down, in the form's language.
pub fn status_word(s: UpdateStatus, lang: Lang) -> &'static str {
    match (s, lang) {
        (UpdateStatus::NotStarted, Lang::Vi) => "Chưa triển khai",
        (UpdateStatus::InProgress, Lang::Vi) => "Đang thực hiện",
        (UpdateStatus::Done, Lang::Vi) => "Hoàn thành",
        (UpdateStatus::Cancelled, Lang::Vi) => "Dừng thực hiện",
        (UpdateStatus::NotStarted, Lang::En) => "Not started",
        (UpdateStatus::InProgress, Lang::En) => "In progress",
        (UpdateStatus::Done, Lang::En) => "Done",
        (UpdateStatus::Cancelled, Lang::En) => "Cancelled",
    }
}

pub const STATUSES: [UpdateStatus; 4] = [
    UpdateStatus::NotStarted,
    UpdateStatus::InProgress,
    UpdateStatus::Done,
    UpdateStatus::Cancelled,
];

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
