//! A number and its noun: "1 task", "2 tasks", "2 nhiệm vụ". Plurals are done
//! here and only here (Vietnamese nouns do not change with the number).

use crate::lang::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Task,
    TaskOrMilestone,
    Agency,
    Change,
    Error,
    Warning,
    File,
    Section,
    Indicator,
    Form,
    Problem,
    Update,
    Actual,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count {
    pub n: usize,
    pub noun: Noun,
}

impl Count {
    pub fn new(n: usize, noun: Noun) -> Count {
        Count { n, noun }
    }

    pub fn text(self, lang: Lang) -> String {
        let one = self.n == 1;
        let word = match (self.noun, lang) {
            (Noun::Task, Lang::Vi) => "nhiệm vụ",
            (Noun::TaskOrMilestone, Lang::Vi) => "nhiệm vụ/mốc",
            (Noun::Agency, Lang::Vi) => "cơ quan, đơn vị",
            (Noun::Change, Lang::Vi) => "thay đổi",
            (Noun::Error, Lang::Vi) => "lỗi",
            (Noun::Warning, Lang::Vi) => "cảnh báo",
            (Noun::File, Lang::Vi) => "tệp",
            (Noun::Section, Lang::Vi) => "phần",
            (Noun::Indicator, Lang::Vi) => "chỉ tiêu",
            (Noun::Form, Lang::Vi) => "phiếu",
            (Noun::Problem, Lang::Vi) => "vấn đề",
            (Noun::Update, Lang::Vi) => "cập nhật",
            (Noun::Actual, Lang::Vi) => "số liệu thực hiện",
            (Noun::Task, Lang::En) if one => "task",
            (Noun::Task, Lang::En) => "tasks",
            (Noun::TaskOrMilestone, Lang::En) if one => "task or milestone",
            (Noun::TaskOrMilestone, Lang::En) => "tasks or milestones",
            (Noun::Agency, Lang::En) if one => "agency",
            (Noun::Agency, Lang::En) => "agencies",
            (Noun::Change, Lang::En) if one => "change",
            (Noun::Change, Lang::En) => "changes",
            (Noun::Error, Lang::En) if one => "error",
            (Noun::Error, Lang::En) => "errors",
            (Noun::Warning, Lang::En) if one => "warning",
            (Noun::Warning, Lang::En) => "warnings",
            (Noun::File, Lang::En) if one => "file",
            (Noun::File, Lang::En) => "files",
            (Noun::Section, Lang::En) if one => "section",
            (Noun::Section, Lang::En) => "sections",
            (Noun::Indicator, Lang::En) if one => "indicator",
            (Noun::Indicator, Lang::En) => "indicators",
            (Noun::Form, Lang::En) if one => "form",
            (Noun::Form, Lang::En) => "forms",
            (Noun::Problem, Lang::En) if one => "problem",
            (Noun::Problem, Lang::En) => "problems",
            (Noun::Update, Lang::En) if one => "update",
            (Noun::Update, Lang::En) => "updates",
            (Noun::Actual, Lang::En) if one => "actual",
            (Noun::Actual, Lang::En) => "actuals",
        };
        format!("{} {word}", self.n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_counts_agree_and_vietnamese_ones_do_not_change() {
        assert_eq!(Count::new(1, Noun::Task).text(Lang::En), "1 task");
        assert_eq!(Count::new(0, Noun::Task).text(Lang::En), "0 tasks");
        assert_eq!(Count::new(2, Noun::Agency).text(Lang::En), "2 agencies");
        assert_eq!(
            Count::new(1, Noun::Agency).text(Lang::Vi),
            "1 cơ quan, đơn vị"
        );
        assert_eq!(
            Count::new(3, Noun::TaskOrMilestone).text(Lang::En),
            "3 tasks or milestones"
        );
    }
}
