//! The words of the agencies' forms, in Vietnamese and English: sheet names,
//! headings, roles, instructions, the status words of the drop-down and a
//! recurring task's standing for the year. One exhaustive match each, so a
//! word without its translation does not compile. Import reads forms in
//! either language, so both columns matter; it compares the words folded
//! (without accents or case), so a reply typed without diacritics is read.

use crate::lang::Lang;
use crate::model::UpdateStatus;
use crate::recurring::YearStatus;
use crate::status::Status;
use crate::text::fold;

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
                "1. Trang tính \"Nhiệm vụ\": mỗi dòng là một nhiệm vụ cơ quan chủ trì, sau đó là các nhiệm vụ phối hợp.",
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
                "4. Trang tính \"Chỉ tiêu\" (nếu có): điền số liệu thực hiện của năm, không kèm đơn vị, dấu thập phân là dấu chấm hoặc phẩy.",
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

/// A word as typed: exactly (in any case), or typed without any diacritics
/// ("hoan thanh"). A word with some marks but not the right ones
/// ("Hoàn thanh") is not taken: a wrong mark can make another Vietnamese
/// word, so it is not guessed. The one matcher for status words, in a form
/// cell (`plan import`) or on the command line (`update`, `list`).
pub fn same_word(typed: &str, word: &str) -> bool {
    let typed = crate::text::to_nfc(typed.trim()).to_lowercase();
    typed == word.to_lowercase() || (typed.is_ascii() && fold(&typed) == fold(word))
}

/// The words an update's status may be typed as: its code, the drop-down's
/// words of both languages, the words the receipts print, and the other
/// phrase offices write for it ("chưa thực hiện" is as common as "chưa
/// triển khai" in their reports; without it, the nearest word offered was
/// "Dừng thực hiện", the opposite meaning).
fn update_words(s: UpdateStatus) -> [&'static str; 6] {
    use super::Word;
    let also = match s {
        UpdateStatus::NotStarted => "Chưa thực hiện",
        _ => s.key(),
    };
    [
        s.key(),
        status_word(s, Lang::Vi),
        status_word(s, Lang::En),
        Word::UpdateWord(s).text(Lang::Vi),
        Word::UpdateWord(s).text(Lang::En),
        also,
    ]
}

/// An update's status as typed in a form or after `update --status`.
pub fn typed_update_status(typed: &str) -> Option<UpdateStatus> {
    STATUSES
        .into_iter()
        .find(|st| update_words(*st).iter().any(|w| same_word(typed, w)))
}

/// A task's status as typed after `list --status`: its code, its word in
/// either language, or a part of the word between commas that names one
/// status only ("quá hạn" of "Chưa hoàn thành, quá hạn"; "Chưa hoàn thành"
/// names two, so it is not taken).
pub fn typed_task_status(typed: &str) -> Option<Status> {
    use super::Word;
    let whole = Status::ALL.into_iter().find(|st| {
        same_word(typed, st.key())
            || [Lang::Vi, Lang::En]
                .iter()
                .any(|l| same_word(typed, Word::StatusWord(*st).text(*l)))
    });
    if whole.is_some() {
        return whole;
    }
    let mut parts = Status::ALL.into_iter().filter(|st| {
        [Lang::Vi, Lang::En].iter().any(|l| {
            Word::StatusWord(*st)
                .text(*l)
                .split(',')
                .any(|part| same_word(typed, part.trim()))
        })
    });
    match (parts.next(), parts.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// Every word an update's status may be typed as, for the nearest match:
/// each once, as first listed (the code before a word that folds to it).
pub fn update_status_words() -> Vec<&'static str> {
    once_each(STATUSES.iter().flat_map(|s| update_words(*s)))
}

/// Words without a later one that folds to an earlier ("Done" after "done").
fn once_each(words: impl Iterator<Item = &'static str>) -> Vec<&'static str> {
    let mut seen = std::collections::HashSet::new();
    words.filter(|w| seen.insert(fold(w))).collect()
}

/// Every word a task's status may be typed as, for the nearest match.
pub fn task_status_words() -> Vec<&'static str> {
    use super::Word;
    once_each(Status::ALL.iter().flat_map(|s| {
        [
            s.key(),
            Word::StatusWord(*s).text(Lang::Vi),
            Word::StatusWord(*s).text(Lang::En),
        ]
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Vietnamese form says "trang tính", the word of Vietnamese Excel,
    /// never the English "Sheet".
    #[test]
    fn vietnamese_instructions_name_sheets_in_vietnamese() {
        for w in [FormWord::Step1, FormWord::Step4] {
            let vi = w.text(Lang::Vi);
            assert!(vi.contains("Trang tính") && !vi.contains("Sheet"), "{vi}");
        }
    }

    #[test]
    fn status_words_exactly_or_without_any_marks() {
        assert!(same_word("Hoàn thành", "Hoàn thành"));
        assert!(same_word("HOÀN THÀNH", "Hoàn thành"));
        assert!(same_word("hoan thanh", "Hoàn thành"));
        assert!(!same_word("Hoàn thanh", "Hoàn thành"));
        assert!(same_word("done", "done"));
    }

    #[test]
    fn the_nearest_word_is_the_code_before_a_word_spelled_alike() {
        let words = update_status_words();
        assert_eq!(
            crate::text::nearest("dnoe", words.iter().copied()).first(),
            Some(&"done")
        );
        assert!(!words.contains(&"Done"));
    }

    #[test]
    fn update_statuses_typed_in_either_language_or_as_codes() {
        for (typed, want) in [
            ("hoàn thành", UpdateStatus::Done),
            ("hoan thanh", UpdateStatus::Done),
            ("Đang thực hiện", UpdateStatus::InProgress),
            ("dang thuc hien", UpdateStatus::InProgress),
            ("CHƯA TRIỂN KHAI", UpdateStatus::NotStarted),
            ("chưa thực hiện", UpdateStatus::NotStarted),
            ("chua thuc hien", UpdateStatus::NotStarted),
            ("dừng thực hiện", UpdateStatus::Cancelled),
            ("In progress", UpdateStatus::InProgress),
            ("not_started", UpdateStatus::NotStarted),
            ("done", UpdateStatus::Done),
        ] {
            assert_eq!(typed_update_status(typed), Some(want), "{typed}");
        }
        assert_eq!(typed_update_status("dang"), None);
        assert_eq!(typed_update_status("hoàn thanh"), None);
    }

    #[test]
    fn task_statuses_typed_whole_or_by_a_part_that_names_one() {
        for (typed, want) in [
            ("quá hạn", Status::Overdue),
            ("qua han", Status::Overdue),
            ("trong hạn", Status::InProgress),
            ("Hoàn thành đúng hạn", Status::DoneOnTime),
            ("hoan thanh qua han", Status::DoneLate),
            ("thường xuyên", Status::Ongoing),
            ("Overdue", Status::Overdue),
            ("done_late", Status::DoneLate),
            ("Chưa hoàn thành, quá hạn", Status::Overdue),
        ] {
            assert_eq!(typed_task_status(typed), Some(want), "{typed}");
        }
        // Names two statuses.
        assert_eq!(typed_task_status("chưa hoàn thành"), None);
        assert_eq!(typed_task_status("hoàn thành"), None);
    }
}
