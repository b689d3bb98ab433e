//! What can be wrong in an agency's filled form, as `plan import` says it:
//! the message, and the fix. The place (`sxd.xlsx › Nhiệm vụ › F7`) is added
//! by the importer.

use super::form::{status_word, FormWord, STATUSES};
use crate::lang::Lang;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub enum ReplyFault {
    NoMetaSheet {
        sheet: &'static str,
    },
    OtherPlan {
        form_plan: String,
        plan: String,
    },
    NoAgencyAndYear,
    NoSheet {
        sheet: FormWord,
    },
    ReceivedBeforeYear {
        received: NaiveDate,
        year: i32,
    },
    NoHeaderRow,
    NoColumn {
        column: FormWord,
    },
    NotATask {
        id: String,
    },
    NotItsTask {
        task: String,
        agency: String,
    },
    ControlCharacter {
        code: u32,
    },
    NoStatus,
    NotAStatus {
        word: String,
        nearest: Option<String>,
    },
    NoDate {
        year: i32,
    },
    NotADate {
        given: String,
    },
    AfterArrival {
        date: NaiveDate,
        received: NaiveDate,
    },
    OutsideYear {
        date: NaiveDate,
        year: i32,
    },
    NoFigure,
    NotAnIndicator {
        id: String,
    },
    NotItsIndicator {
        indicator: String,
        agency: String,
    },
    FigureRecorded {
        indicator: String,
        year: i32,
        value: f64,
    },
    TwoRows {
        indicator: String,
    },
    NotANumber {
        given: String,
    },
    /// A form sent back with no cell filled in.
    NothingFilled {
        received: chrono::NaiveDate,
    },
    /// "1,000": a decimal comma or a thousands separator, not guessed.
    AmbiguousFigure {
        given: String,
    },
}

impl ReplyFault {
    /// The message and the fix.
    pub fn text(&self, lang: Lang) -> (String, String) {
        let say = |vi: String, en: String| match lang {
            Lang::Vi => vi,
            Lang::En => en,
        };
        let d = |x: NaiveDate| x.format("%d/%m/%Y").to_string();
        let statuses = || STATUSES.map(|st| status_word(st, lang)).join(", ");
        let pick = || {
            say(
                format!("chọn một trạng thái trong danh sách: {}", statuses()),
                format!("pick one from the list: {}", statuses()),
            )
        };
        let sheets = || {
            say(
                "không đổi tên hay xóa các sheet của phiếu".into(),
                "do not rename or delete the form's sheets".into(),
            )
        };
        let first_row = || {
            say(
                "không sửa dòng tiêu đề của phiếu".into(),
                "do not change the form's first row".into(),
            )
        };
        let (message, help) = match self {
            ReplyFault::NoMetaSheet { sheet } => (
                say(
                    format!("không có sheet \"{sheet}\": đây không phải là phiếu do `plan forms` tạo"),
                    format!("has no sheet \"{sheet}\": it is not a form made by `plan forms`"),
                ),
                say(
                    "điền vào phiếu cơ quan tổng hợp đã gửi, không chép các trang tính sang tệp Excel khác".into(),
                    "fill in the form the aggregator sent, without copying its sheets into another workbook".into(),
                ),
            ),
            ReplyFault::OtherPlan { form_plan, plan } => (
                say(
                    format!("là phiếu của kế hoạch \"{form_plan}\", không phải của \"{plan}\""),
                    format!("is a form of plan \"{form_plan}\", not of \"{plan}\""),
                ),
                say(
                    "nhập phiếu vào đúng kế hoạch đã tạo ra nó (--dir)".into(),
                    "import it into the plan it was made for (--dir)".into(),
                ),
            ),
            ReplyFault::NoAgencyAndYear => (
                say(
                    "không ghi cơ quan của kế hoạch và năm báo cáo".into(),
                    "does not name an agency of the plan and a year".into(),
                ),
                say(
                    "tạo lại phiếu bằng `plan forms`".into(),
                    "make the form again with `plan forms`".into(),
                ),
            ),
            ReplyFault::NoSheet { sheet } => (
                say(
                    format!("không có sheet \"{}\"", sheet.text(lang)),
                    format!("has no sheet \"{}\"", sheet.text(lang)),
                ),
                sheets(),
            ),
            ReplyFault::ReceivedBeforeYear { received, year } => (
                say(
                    format!("ghi ngày nhận {}, trước năm {year} mà phiếu báo cáo", d(*received)),
                    format!("is dated {received}, before the year {year} it reports on"),
                ),
                say(
                    "ghi ngày phiếu đến: --received DD/MM/YYYY".into(),
                    "give the day it arrived: --received DD/MM/YYYY".into(),
                ),
            ),
            ReplyFault::NoHeaderRow => (
                say(
                    "không có dòng tiêu đề với \"ID\" ở cột đầu tiên".into(),
                    "has no header row with \"ID\" in its first column".into(),
                ),
                first_row(),
            ),
            ReplyFault::NoColumn { column } => (
                say(
                    format!("không có cột \"{}\"", column.text(lang)),
                    format!("has no column \"{}\"", column.text(lang)),
                ),
                say(
                    "không xóa hay đổi tên các cột nền vàng".into(),
                    "do not delete or rename the yellow columns".into(),
                ),
            ),
            ReplyFault::NotATask { id } => (
                say(
                    format!("\"{id}\" không phải là nhiệm vụ của kế hoạch"),
                    format!("\"{id}\" is not a task of the plan"),
                ),
                say(
                    "giữ nguyên cột ID như phiếu đã gửi; chép lại ID của dòng từ phiếu gốc".into(),
                    "the ID column must stay as the form gave it; copy the row's ID back from the form sent".into(),
                ),
            ),
            ReplyFault::NotItsTask { task, agency } => (
                say(
                    format!("{task} không phải là nhiệm vụ của {agency}"),
                    format!("{task} is not a task of {agency}"),
                ),
                say(
                    "chỉ báo cáo các nhiệm vụ trong phiếu của cơ quan mình; nhiệm vụ này do cơ quan khác báo cáo".into(),
                    "report only the tasks of your own form; another agency reports this one".into(),
                ),
            ),
            ReplyFault::ControlCharacter { code } => (
                say(
                    format!("có ký tự điều khiển U+{code:04X}"),
                    format!("contains the control character U+{code:04X}"),
                ),
                say(
                    "gõ lại nội dung, bỏ ký tự đó".into(),
                    "retype the text without it".into(),
                ),
            ),
            ReplyFault::NoStatus => (
                say(
                    "dòng có báo cáo nhưng không có trạng thái".into(),
                    "the row reports something but has no status".into(),
                ),
                pick(),
            ),
            ReplyFault::NotAStatus { word, nearest } => (
                say(
                    format!("\"{word}\" không phải là một trạng thái"),
                    format!("\"{word}\" is not a status"),
                ),
                match nearest {
                    Some(n) => super::did_you_mean(n, lang),
                    None => pick(),
                },
            ),
            ReplyFault::NoDate { year } => (
                say(
                    "dòng không có ngày".into(),
                    "the row has no date".into(),
                ),
                say(
                    format!("ghi ngày có kết quả, trong năm {year}: dd/mm/{year}"),
                    format!("give the day the result holds from, in {year}: dd/mm/{year}"),
                ),
            ),
            ReplyFault::NotADate { given } => (
                say(
                    format!("\"{given}\" không phải là một ngày"),
                    format!("\"{given}\" is not a date"),
                ),
                say(
                    "ghi theo dạng dd/mm/yyyy, ví dụ 10/12/2025".into(),
                    "write it as dd/mm/yyyy, e.g. 10/12/2025".into(),
                ),
            ),
            ReplyFault::AfterArrival { date, received } => (
                say(
                    format!("{} sau ngày nhận phiếu ({})", d(*date), d(*received)),
                    format!("{} is after the reply arrived ({})", d(*date), d(*received)),
                ),
                say(
                    "kết quả chỉ được báo cáo khi đã có: kiểm tra lại ngày, hoặc --received".into(),
                    "a result is reported once it happened: check the date, or --received".into(),
                ),
            ),
            ReplyFault::OutsideYear { date, year } => (
                say(
                    format!("{} nằm ngoài năm {year}, năm mà phiếu này báo cáo", d(*date)),
                    format!("{} is outside {year}, the year this form reports on", d(*date)),
                ),
                say(
                    format!("ghi một ngày trong năm {year}; kết quả của năm khác ghi vào phiếu của năm đó"),
                    format!("give a day of {year}; a result of another year goes in that year's form"),
                ),
            ),
            ReplyFault::NoFigure => (
                say(
                    "dòng có nguồn hoặc ghi chú nhưng không có số liệu".into(),
                    "the row has a source or note but no figure".into(),
                ),
                say(
                    "ghi số liệu, hoặc xóa trắng dòng".into(),
                    "give the figure, or clear the row".into(),
                ),
            ),
            ReplyFault::NotAnIndicator { id } => (
                say(
                    format!("\"{id}\" không phải là chỉ tiêu của kế hoạch"),
                    format!("\"{id}\" is not an indicator of the plan"),
                ),
                say(
                    "giữ nguyên cột ID như phiếu đã gửi".into(),
                    "the ID column must stay as the form gave it".into(),
                ),
            ),
            ReplyFault::NotItsIndicator { indicator, agency } => (
                say(
                    format!("{indicator} không phải là chỉ tiêu do {agency} báo cáo"),
                    format!("{indicator} is not an indicator {agency} reports"),
                ),
                say(
                    "chỉ báo cáo các chỉ tiêu trong phiếu của cơ quan mình".into(),
                    "report only the indicators of your own form".into(),
                ),
            ),
            ReplyFault::FigureRecorded { indicator, year, value } => (
                say(
                    format!("{indicator} đã có số liệu năm {year}: {}", lang.number(*value, false)),
                    format!("{indicator} already has a figure for {year}: {value}"),
                ),
                one_figure(lang),
            ),
            ReplyFault::TwoRows { indicator } => (
                say(
                    format!("{indicator} có hai dòng trong phiếu này"),
                    format!("{indicator} has two rows in this form"),
                ),
                one_figure(lang),
            ),
            ReplyFault::NotANumber { given } => (
                say(
                    format!("\"{given}\" không phải là một số"),
                    format!("\"{given}\" is not a number"),
                ),
                say(
                    "chỉ ghi con số, không kèm đơn vị: 7,5 hoặc 7.5".into(),
                    "write the figure alone, without its unit: 7,5 or 7.5".into(),
                ),
            ),
            ReplyFault::NothingFilled { received } => (
                say(
                    "chưa điền ô nào, nên không được ghi nhận là báo cáo".into(),
                    "no cell is filled in, so it is not recorded as a report".into(),
                ),
                say(
                    format!("nếu cơ quan thực sự chưa gửi báo cáo, bỏ tệp này; nếu phiếu trống chính là báo cáo, chạy lại với --partial để vẫn ghi nhận ngày nhận báo cáo {}", lang.date(*received)),
                    format!("if the agency has not really reported, leave this file out; if the empty form is its report, run again with --partial to record the receipt of {}", lang.date(*received)),
                ),
            ),
            ReplyFault::AmbiguousFigure { given } => (
                say(
                    format!("\"{given}\": không rõ dấu phẩy hay dấu chấm ở đây là dấu thập phân hay dấu phân cách hàng nghìn"),
                    format!("\"{given}\": the comma or point may be a decimal mark or a thousands separator"),
                ),
                say(
                    "ghi số nguyên không có dấu phân cách hàng nghìn (104000), số thập phân không để đúng ba chữ số sau dấu (104 hoặc 104,0; 7,1250)".into(),
                    "write a whole number without a thousands separator (104000), a decimal without exactly three digits after the mark (104 or 104.0; 7.1250)".into(),
                ),
            ),
        };
        (message, help)
    }
}

fn one_figure(lang: Lang) -> String {
    match lang {
        Lang::Vi => "mỗi chỉ tiêu chỉ một số liệu cho mỗi năm; số liệu điều chỉnh thay cho số liệu cũ trong tệp tiến độ".into(),
        Lang::En => "keep one figure per indicator and year; a corrected figure replaces the old one in its progress file".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fault_has_its_fix_in_both_languages() {
        let d = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
        let s = || "x".to_string();
        let faults = [
            ReplyFault::NoMetaSheet { sheet: "_plan" },
            ReplyFault::OtherPlan {
                form_plan: s(),
                plan: s(),
            },
            ReplyFault::NoAgencyAndYear,
            ReplyFault::NoSheet {
                sheet: FormWord::SheetTasks,
            },
            ReplyFault::ReceivedBeforeYear {
                received: d,
                year: 2026,
            },
            ReplyFault::NoHeaderRow,
            ReplyFault::NoColumn {
                column: FormWord::ColStatus,
            },
            ReplyFault::NotATask { id: s() },
            ReplyFault::NotItsTask {
                task: s(),
                agency: s(),
            },
            ReplyFault::ControlCharacter { code: 27 },
            ReplyFault::NoStatus,
            ReplyFault::NotAStatus {
                word: s(),
                nearest: None,
            },
            ReplyFault::NotAStatus {
                word: s(),
                nearest: Some(s()),
            },
            ReplyFault::NoDate { year: 2025 },
            ReplyFault::NotADate { given: s() },
            ReplyFault::AfterArrival {
                date: d,
                received: d,
            },
            ReplyFault::OutsideYear {
                date: d,
                year: 2024,
            },
            ReplyFault::NoFigure,
            ReplyFault::NotAnIndicator { id: s() },
            ReplyFault::NotItsIndicator {
                indicator: s(),
                agency: s(),
            },
            ReplyFault::FigureRecorded {
                indicator: s(),
                year: 2025,
                value: 7.5,
            },
            ReplyFault::TwoRows { indicator: s() },
            ReplyFault::NotANumber { given: s() },
            ReplyFault::AmbiguousFigure { given: s() },
            ReplyFault::NothingFilled {
                received: chrono::NaiveDate::from_ymd_opt(2025, 12, 10).unwrap(),
            },
        ];
        for f in faults {
            let (vi, vi_help) = f.text(Lang::Vi);
            let (en, en_help) = f.text(Lang::En);
            assert_ne!((&vi, &vi_help), (&en, &en_help), "{f:?}");
            assert!(!vi_help.is_empty() && !en_help.is_empty(), "{f:?}");
            let vietnamese = |t: &str| t.chars().any(|c| c.is_alphabetic() && !c.is_ascii());
            assert!(
                !vietnamese(&en) && !vietnamese(&en_help),
                "{f:?} [en]: {en} {en_help}"
            );
        }
    }
}
