//! The words of the agencies' forms, in Vietnamese and English: sheet names,
//! headings, roles, instructions and the status words of the drop-down. One
//! exhaustive match, so a word without its translation does not compile.
//! Import reads forms in either language, so both columns matter.

use crate::lang::Lang;
use crate::model::UpdateStatus;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum W {
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
pub const FILL: [W; 6] = [
    W::ColStatus,
    W::ColDate,
    W::ColResult,
    W::ColDifficulties,
    W::ColRecommendations,
    W::ColEvidence,
];

impl W {
    pub fn text(self, lang: Lang) -> &'static str {
        let (vi, en) = match self {
            W::SheetCover => ("Hướng dẫn", "Instructions"),
            W::SheetTasks => ("Nhiệm vụ", "Tasks"),
            W::SheetIndicators => ("Chỉ tiêu", "Indicators"),
            W::Title => ("PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH", "REPORT ON THE PLAN'S TASKS"),
            W::Plan => ("Kế hoạch", "Plan"),
            W::Agency => ("Cơ quan báo cáo", "Reporting agency"),
            W::Year => ("Năm báo cáo", "Year reported"),
            W::Deadline => ("Hạn gửi báo cáo", "Send it back by"),
            W::FormDate => ("Tình trạng tính đến ngày", "Standing as of"),
            W::Instructions => ("Cách điền", "How to fill it in"),
            W::Step1 => (
                "1. Sheet \"Nhiệm vụ\": mỗi dòng là một nhiệm vụ cơ quan chủ trì, sau đó là các nhiệm vụ phối hợp.",
                "1. Sheet \"Tasks\": one row per task the agency leads, then the tasks it supports.",
            ),
            W::Step2 => (
                "2. Chỉ điền các cột có nền vàng: Trạng thái (chọn trong danh sách), Ngày, Kết quả, Khó khăn, Kiến nghị, Văn bản. Không sửa cột ID và tên nhiệm vụ.",
                "2. Fill only the yellow columns: Status (pick from the list), Date, Result, Difficulties, Recommendations, Evidence. Do not change the ID or the task.",
            ),
            W::Step3 => (
                "3. Ngày là ngày có kết quả (dd/mm/yyyy), trong năm báo cáo. Dòng để trống được hiểu là không có cập nhật.",
                "3. The date is the day the result holds from (dd/mm/yyyy), within the year reported. A row left empty reports nothing.",
            ),
            W::Step4 => (
                "4. Sheet \"Chỉ tiêu\" (nếu có): điền số liệu thực hiện của năm, không kèm đơn vị, dấu thập phân là dấu chấm hoặc phẩy.",
                "4. Sheet \"Indicators\" (if there is one): the year's actual figure, without its unit.",
            ),
            W::Step5 => (
                "5. Lưu tệp với tên cũ và gửi lại trước hạn.",
                "5. Save the file under its name and send it back before the deadline.",
            ),
            W::ColTask => ("Nhiệm vụ", "Task"),
            W::ColRole => ("Vai trò", "Role"),
            W::ColDue => ("Hạn hoàn thành", "Deadline"),
            W::ColStanding => ("Tình trạng đến ngày lập phiếu", "Standing on the form's date"),
            W::ColStatus => ("Trạng thái", "Status"),
            W::ColDate => ("Ngày", "Date"),
            W::ColResult => ("Kết quả, sản phẩm", "Result or product"),
            W::ColDifficulties => ("Khó khăn, vướng mắc", "Difficulties and obstacles"),
            W::ColRecommendations => ("Kiến nghị, đề xuất", "Recommendations"),
            W::ColEvidence => ("Văn bản (số, ngày hoặc đường dẫn)", "Evidence (document number, date or link)"),
            W::ColIndicator => ("Chỉ tiêu", "Indicator"),
            W::ColUnit => ("Đơn vị", "Unit"),
            W::ColActual => ("Thực hiện năm", "Actual for the year"),
            W::ColSource => ("Nguồn số liệu", "Source of the figure"),
            W::ColNote => ("Ghi chú", "Note"),
            W::Lead => ("Chủ trì", "Lead"),
            W::Support => ("Phối hợp", "Support"),
            W::SupportBlock => ("Nhiệm vụ phối hợp thực hiện", "Tasks the agency supports"),
            W::Ongoing => ("Thường xuyên", "Ongoing"),
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
