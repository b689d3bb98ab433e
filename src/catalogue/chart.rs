//! The words of charts and of the HTML page: chart titles, their text
//! alternatives, the legends and axes, and the page's few controls. Kept apart
//! from `word.rs` and `message.rs` so that charts add one variant there each.
//! Words the report's tables already have (age bands, rates, yearly statuses)
//! are `CycleWord`s, used as they are: one word for one thing.

use super::{Count, CycleWord, Noun};
use crate::lang::Lang;

/// A fixed word of a chart or of the page (a legend, a column, a control).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartWord {
    ActualPlotted,
    PathNeeded,
    /// What the y axis shows for a level (the indicator's own unit follows).
    Level,
    /// What the y axis shows for a rate: its compound growth, 100 at the start.
    CumulativeIndex,
    /// What the y axis shows for a total: the running total of the period.
    RunningTotal,
    /// The heading of the page's chart part.
    Charts,
    /// The heading of the tasks' history.
    History,
    /// The date of an update, as a column of the history.
    UpdatedOn,
    /// An update's note, as a column of the history.
    Note,
    /// The summary of the `<details>` that holds a chart's numbers.
    TheNumbers,
    /// The label of the task table's search box.
    SearchTasks,
    /// The hint that column headings sort the table.
    SortHint,
    Contents,
    /// A chart that has nothing to draw.
    NothingToDraw,
    /// The button that shows the next page of a long table.
    ShowMore,
}

impl ChartWord {
    pub fn text(self, lang: Lang) -> &'static str {
        use ChartWord::*;
        use Lang::{En, Vi};
        match (self, lang) {
            (ActualPlotted, Vi) => "Thực hiện",
            (ActualPlotted, En) => "Actual",
            (PathNeeded, Vi) => "Lộ trình cần đạt",
            (PathNeeded, En) => "Path needed",
            (Level, Vi) => "Giá trị",
            (Level, En) => "Value",
            (CumulativeIndex, Vi) => "Chỉ số tăng lũy kế (đầu kỳ = 100)",
            (CumulativeIndex, En) => "Compound growth (start of period = 100)",
            (RunningTotal, Vi) => "Lũy kế từ đầu kỳ",
            (RunningTotal, En) => "Running total since the period began",
            (Charts, Vi) => "Biểu đồ",
            (Charts, En) => "Charts",
            (History, Vi) => "Lịch sử cập nhật của nhiệm vụ",
            (History, En) => "Each task's history",
            (UpdatedOn, Vi) => "Ngày cập nhật",
            (UpdatedOn, En) => "Updated on",
            (Note, Vi) => "Ghi chú",
            (Note, En) => "Note",
            (TheNumbers, Vi) => "Số liệu của biểu đồ",
            (TheNumbers, En) => "The numbers",
            (SearchTasks, Vi) => "Tìm trong bảng",
            (SearchTasks, En) => "Search the table",
            (SortHint, Vi) => "Bấm vào tiêu đề cột để sắp xếp.",
            (SortHint, En) => "Click a column heading to sort.",
            (Contents, Vi) => "Mục lục",
            (Contents, En) => "Contents",
            (NothingToDraw, Vi) => "Không có gì để vẽ.",
            (NothingToDraw, En) => "Nothing to draw.",
            (ShowMore, Vi) => "Xem thêm",
            (ShowMore, En) => "Show more",
        }
    }
}

/// The word of an overdue task's age band, by its index in
/// `query::scorecard::AGE_BANDS`.
pub fn age_band(band: usize) -> CycleWord {
    match band {
        0 => CycleWord::Age30,
        1 => CycleWord::Age90,
        2 => CycleWord::Age180,
        _ => CycleWord::AgeOver180,
    }
}

/// A sentence of a chart: its title or its text alternative, with data in it.
#[derive(Clone, Copy, Debug)]
pub enum ChartText<'a> {
    StatusBySectionTitle,
    StatusBySectionAlt {
        sections: usize,
        tasks: usize,
        overdue: usize,
    },
    OverdueByAgencyTitle,
    OverdueByAgencyAlt {
        agencies: usize,
        tasks: usize,
        oldest_band: Option<usize>,
    },
    ScorecardTitle,
    ScorecardAlt {
        agencies: usize,
        /// The agency that lags most, first in the scorecard.
        first: Option<&'a str>,
    },
    RecurringTitle,
    RecurringAlt {
        first: i32,
        last: i32,
        tasks: usize,
    },
    /// What the chart and its table hold: the unit for a level, the
    /// measure for a compound index or a running total (a growth rate's
    /// "%/năm" is the target's unit, not its table's).
    IndicatorTitle {
        name: &'a str,
        unit: &'a str,
        measure: ChartWord,
    },
    IndicatorAlt {
        measure: ChartWord,
        actuals: usize,
        targets: usize,
    },
    /// A leg of an indicator's chart: the target it leads to.
    Leg {
        when: &'a str,
        goal: &'a str,
    },
}

impl ChartText<'_> {
    pub fn text(self, lang: Lang) -> String {
        use ChartText::*;
        use Lang::{En, Vi};
        match (self, lang) {
            (StatusBySectionTitle, Vi) => "Tình trạng nhiệm vụ theo phần".into(),
            (StatusBySectionTitle, En) => "Status of the tasks by section".into(),
            (StatusBySectionAlt { sections, tasks, overdue }, Vi) => format!(
                "Biểu đồ cột chồng, mỗi cột một phần ({sections} phần): số nhiệm vụ theo từng trạng thái. Tổng cộng {tasks} nhiệm vụ, {overdue} nhiệm vụ quá hạn."
            ),
            (StatusBySectionAlt { sections, tasks, overdue }, En) => format!(
                "Stacked bars, one per section ({sections} in all): the number of tasks in each status. {} in all, {overdue} overdue.",
                Count::new(tasks, Noun::Task).text(lang)
            ),
            (OverdueByAgencyTitle, Vi) => {
                "Nhiệm vụ quá hạn theo cơ quan chủ trì và số ngày quá hạn".into()
            }
            (OverdueByAgencyTitle, En) => "Overdue tasks by lead agency and days overdue".into(),
            (OverdueByAgencyAlt { tasks: 0, .. }, Vi) => "Không có nhiệm vụ nào quá hạn.".into(),
            (OverdueByAgencyAlt { tasks: 0, .. }, En) => "No task is overdue.".into(),
            (OverdueByAgencyAlt { agencies, tasks, oldest_band }, Vi) => format!(
                "Biểu đồ thanh chồng, mỗi thanh một cơ quan ({agencies} cơ quan): {tasks} lượt nhiệm vụ quá hạn theo số ngày quá hạn{}.",
                oldest_band
                    .map(|b| format!("; lâu nhất: {}", age_band(b).text(lang).to_lowercase()))
                    .unwrap_or_default()
            ),
            (OverdueByAgencyAlt { agencies, tasks, oldest_band }, En) => format!(
                "Stacked bars, one per agency ({}): {tasks} overdue task entries by days overdue{}.",
                Count::new(agencies, Noun::Agency).text(lang),
                oldest_band
                    .map(|b| format!("; the oldest: {}", age_band(b).text(lang).to_lowercase()))
                    .unwrap_or_default()
            ),
            (ScorecardTitle, Vi) => "Bảng điểm các cơ quan chủ trì".into(),
            (ScorecardTitle, En) => "Scorecard of the lead agencies".into(),
            (ScorecardAlt { agencies, first }, Vi) => format!(
                "Bản đồ nhiệt, mỗi hàng một cơ quan ({agencies} cơ quan), cơ quan chậm nhất ở trên{}; màu càng đậm, số càng lớn.",
                first.map(|f| format!(": {f}")).unwrap_or_default()
            ),
            (ScorecardAlt { agencies, first }, En) => format!(
                "Heat map, one row per agency ({}), the one that lags most on top{}; the darker, the larger.",
                Count::new(agencies, Noun::Agency).text(lang),
                first.map(|f| format!(": {f}")).unwrap_or_default()
            ),
            (RecurringTitle, Vi) => "Báo cáo nhiệm vụ thường xuyên qua các năm".into(),
            (RecurringTitle, En) => "Recurring tasks' reporting year by year".into(),
            (RecurringAlt { first, last, tasks }, Vi) => format!(
                "Biểu đồ cột chồng, mỗi cột một năm từ {first} đến {last}: {tasks} nhiệm vụ thường xuyên theo tình trạng báo cáo của năm."
            ),
            (RecurringAlt { first, last, tasks }, En) => format!(
                "Stacked bars, one per year from {first} to {last}: the recurring tasks ({}) by what was reported for the year.",
                Count::new(tasks, Noun::Task).text(lang)
            ),
            // A reader knows an indicator by its name; the id is for files.
            (IndicatorTitle { name, unit, measure: ChartWord::Level }, _) => {
                format!("{name} ({unit})")
            }
            (IndicatorTitle { name, measure: ChartWord::CumulativeIndex, .. }, _) => {
                format!("{name}: {}", ChartWord::CumulativeIndex.text(lang).to_lowercase())
            }
            (IndicatorTitle { name, unit, measure: ChartWord::RunningTotal }, _) => {
                format!("{name}: {} ({unit})", ChartWord::RunningTotal.text(lang).to_lowercase())
            }
            (IndicatorTitle { name, unit, .. }, _) => format!("{name} ({unit})"),
            (IndicatorAlt { measure, actuals, targets }, Vi) => format!(
                "Biểu đồ đường: {} qua các năm, {actuals} số liệu thực hiện, so với lộ trình cần đạt tới {targets} mục tiêu.",
                measure.text(lang).to_lowercase()
            ),
            (IndicatorAlt { measure, actuals, targets }, En) => format!(
                "Line chart: {} year by year, {actuals} actuals, against the path needed to reach {targets} targets.",
                measure.text(lang).to_lowercase()
            ),
            (Leg { when, goal }, Vi) => format!("Mục tiêu {when}: {goal}"),
            (Leg { when, goal }, En) => format!("Target {when}: {goal}"),
        }
    }
}
