//! Fixed words: column headings, section headings, labels, and the words for
//! every code of the model (status, assessment, agency level, report receipt).

use crate::assess::Assessment;
use crate::lang::Lang;
use crate::model::{AgencyLevel, UpdateStatus};
use crate::query::report::ReportReceipt;
use crate::query::Role;
use crate::status::Status;

/// One word or short label, without data in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    // Column headings and field labels.
    TaskId,
    Code,
    Task,
    Lead,
    Support,
    Schedule,
    Due,
    Status,
    Field,
    Value,
    Section,
    Start,
    Milestone,
    Deliverables,
    TrackedIndicators,
    History,
    DaysOverdue,
    AgencyId,
    Agency,
    Name,
    EnglishName,
    Level,
    Leads,
    Supports,
    LeadsDirectly,
    LeadsThroughCollective,
    Total,
    DueCount,
    OverdueShare,
    LatestUpdate,
    Source,
    Indicator,
    Unit,
    TargetFor,
    Target,
    ActualPreviousYear,
    Actual,
    FigureJudged,
    Assessment,
    Done,
    Overdue,
    AnnualReport,
    ReceivedOn,
    Year,
    AsOf,
    Via,
    Entity,
    Change,
    Before,
    After,
    // Headings of the report's parts.
    Summary,
    Tasks,
    Indicators,
    Agencies,
    // Cell values.
    WholePlan,
    OngoingDeadline,
    OngoingNoDeadline,
    NoUpdate,
    NoUpdateYet,
    NoReportExpected,
    NoValue,
    // The parts of an administrative report (Decree 30/2020/NĐ-CP).
    NationalTitle,
    Motto,
    /// The kind of document, above its title.
    ReportKind,
    RecipientsLabel,
    /// The last recipient: the issuer's own archive (the clerical office).
    Archive,
    /// What stands where a value is still to be filled in by hand.
    Placeholder,
    /// The heading above the tables attached after the signature.
    Appendix,
    /// The codes of the model, each in its own words.
    StatusWord(Status),
    UpdateWord(UpdateStatus),
    AssessmentWord(Assessment),
    LevelWord(AgencyLevel),
    ReceiptWord(ReportReceipt),
    RoleWord(Role),
    /// A word of a chart or of the HTML page (`chart.rs`).
    Chart(super::ChartWord),
    /// The yearly cycle's words (catalogue/cycle.rs).
    Cycle(super::CycleWord),
}

impl Word {
    pub fn text(self, lang: Lang) -> &'static str {
        use Lang::{En, Vi};
        use Word::*;
        match (self, lang) {
            (TaskId, _) => "ID",
            (Code, Vi) => "Mã",
            (Code, En) => "Id",
            (Task, Vi) => "Nhiệm vụ",
            (Task, En) => "Task",
            (Lead, Vi) => "Cơ quan chủ trì",
            (Lead, En) => "Lead",
            (Support, Vi) => "Cơ quan phối hợp",
            (Support, En) => "Support",
            (Schedule, Vi) => "Tiến độ",
            (Schedule, En) => "Schedule",
            (Due, Vi) => "Hạn",
            (Due, En) => "Due",
            (Status, Vi) => "Trạng thái",
            (Status, En) => "Status",
            (Field, Vi) => "Mục",
            (Field, En) => "Field",
            (Value, Vi) => "Nội dung",
            (Value, En) => "Value",
            (Section, Vi) => "Phần",
            (Section, En) => "Section",
            (Start, Vi) => "Bắt đầu",
            (Start, En) => "Start",
            (Milestone, Vi) => "Mốc",
            (Milestone, En) => "Milestone",
            (Deliverables, Vi) => "Kết quả/Sản phẩm",
            (Deliverables, En) => "Deliverables",
            (TrackedIndicators, Vi) => "Chỉ tiêu theo dõi",
            (TrackedIndicators, En) => "Indicators",
            (History, Vi) => "Lịch sử cập nhật",
            (History, En) => "History",
            (DaysOverdue, Vi) => "Số ngày quá hạn",
            (DaysOverdue, En) => "Days overdue",
            (AgencyId, Vi) => "Mã cơ quan",
            (AgencyId, En) => "Agency id",
            (Agency, Vi) => "Cơ quan",
            (Agency, En) => "Agency",
            (Name, Vi) => "Tên",
            (Name, En) => "Name",
            (EnglishName, Vi) => "Tên tiếng Anh",
            (EnglishName, En) => "English name",
            (Level, Vi) => "Cấp",
            (Level, En) => "Level",
            (Leads, Vi) => "Chủ trì",
            (Leads, En) => "Leads",
            (Supports, Vi) => "Phối hợp",
            (Supports, En) => "Supports",
            (LeadsDirectly, Vi) => "Chủ trì trực tiếp",
            (LeadsDirectly, En) => "Leads directly",
            (LeadsThroughCollective, Vi) => "Qua tập thể",
            (LeadsThroughCollective, En) => "Through a collective",
            (Total, Vi) => "Tổng số",
            (Total, En) => "Total",
            (DueCount, Vi) => "Đến hạn",
            (DueCount, En) => "Due",
            (OverdueShare, Vi) => "Tỷ lệ quá hạn (%)",
            (OverdueShare, En) => "Overdue share (%)",
            (LatestUpdate, Vi) => "Cập nhật gần nhất",
            (LatestUpdate, En) => "Latest update",
            (Source, Vi) => "Nguồn",
            (Source, En) => "Source",
            (Indicator, Vi) => "Chỉ tiêu",
            (Indicator, En) => "Indicator",
            (Unit, Vi) => "Đơn vị",
            (Unit, En) => "Unit",
            (TargetFor, Vi) => "Năm/giai đoạn mục tiêu",
            (TargetFor, En) => "Target for",
            (Target, Vi) => "Mục tiêu",
            (Target, En) => "Target",
            (ActualPreviousYear, Vi) => "Thực hiện năm trước",
            (ActualPreviousYear, En) => "Actual, year before",
            (Actual, Vi) => "Thực hiện trong năm",
            (Actual, En) => "Actual, the year",
            (FigureJudged, Vi) => "Số liệu dùng để đánh giá",
            (FigureJudged, En) => "Figure judged",
            (Assessment, Vi) => "Đánh giá",
            (Assessment, En) => "Assessment",
            (Done, Vi) => "Đã hoàn thành",
            (Done, En) => "Done",
            (Overdue, Vi) => "Quá hạn",
            (Overdue, En) => "Overdue",
            (AnnualReport, Vi) => "Báo cáo năm",
            (AnnualReport, En) => "Annual report",
            (ReceivedOn, Vi) => "Ngày nhận",
            (ReceivedOn, En) => "Received on",
            (Year, Vi) => "Năm",
            (Year, En) => "Year",
            (AsOf, Vi) => "Tính đến ngày",
            (AsOf, En) => "As of",
            (Via, Vi) => "Qua",
            (Via, En) => "Through",
            (Entity, Vi) => "Đối tượng",
            (Entity, En) => "Entity",
            (Change, Vi) => "Thay đổi",
            (Change, En) => "Change",
            (Before, Vi) => "Trước",
            (Before, En) => "Before",
            (After, Vi) => "Sau",
            (After, En) => "After",
            (Summary, Vi) => "Tổng hợp",
            (Summary, En) => "Summary",
            (Tasks, Vi) => "Nhiệm vụ",
            (Tasks, En) => "Tasks",
            (Indicators, Vi) => "Chỉ tiêu",
            (Indicators, En) => "Indicators",
            (Agencies, Vi) => "Cơ quan",
            (Agencies, En) => "Agencies",
            (WholePlan, Vi) => "Toàn bộ Kế hoạch",
            (WholePlan, En) => "Whole plan",
            (OngoingDeadline, Vi) => "Thường xuyên",
            (OngoingDeadline, En) => "Ongoing",
            (OngoingNoDeadline, Vi) => "Thường xuyên (không có hạn)",
            (OngoingNoDeadline, En) => "Ongoing (no deadline)",
            (NoUpdate, Vi) => "Chưa ghi nhận cập nhật",
            (NoUpdate, En) => "No update recorded",
            (NoUpdateYet, Vi) => "Chưa ghi nhận cập nhật nào.",
            (NoUpdateYet, En) => "No update recorded.",
            (NoReportExpected, _) => "—",
            (NoValue, Vi) => "(không có)",
            (NoValue, En) => "(none)",
            (NationalTitle, Vi) => "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            (NationalTitle, En) => "SOCIALIST REPUBLIC OF VIET NAM",
            (Motto, Vi) => "Độc lập - Tự do - Hạnh phúc",
            (Motto, En) => "Independence - Freedom - Happiness",
            (ReportKind, Vi) => "Báo cáo",
            (ReportKind, En) => "Report",
            (RecipientsLabel, Vi) => "Nơi nhận:",
            (RecipientsLabel, En) => "Recipients:",
            (Archive, Vi) => "Lưu: VT.",
            (Archive, En) => "Archived: office.",
            (Placeholder, _) => "……",
            (Appendix, Vi) => "Phụ lục",
            (Appendix, En) => "Appendix",
            (StatusWord(s), l) => status(s, l),
            (UpdateWord(u), l) => update(u, l),
            (AssessmentWord(a), l) => assessment(a, l),
            (LevelWord(v), l) => level(v, l),
            (ReceiptWord(r), l) => receipt(r, l),
            (RoleWord(r), l) => role(r, l),
            (Chart(c), l) => c.text(l),
            (Cycle(w), l) => w.text(l),
        }
    }
}

fn status(s: Status, lang: Lang) -> &'static str {
    use Lang::{En, Vi};
    match (s, lang) {
        (Status::DoneOnTime, Vi) => "Hoàn thành đúng hạn",
        (Status::DoneLate, Vi) => "Hoàn thành quá hạn",
        (Status::InProgress, Vi) => "Chưa hoàn thành, trong hạn",
        (Status::Overdue, Vi) => "Chưa hoàn thành, quá hạn",
        (Status::Ongoing, Vi) => "Thường xuyên",
        (Status::Cancelled, Vi) => "Dừng thực hiện",
        (Status::DoneOnTime, En) => "Done on time",
        (Status::DoneLate, En) => "Done late",
        (Status::InProgress, En) => "In progress, not yet due",
        (Status::Overdue, En) => "Overdue, no completion recorded",
        (Status::Ongoing, En) => "Ongoing",
        (Status::Cancelled, En) => "Cancelled",
    }
}

/// What an update says happened (the word `plan update --status` takes).
fn update(u: UpdateStatus, lang: Lang) -> &'static str {
    use Lang::{En, Vi};
    match (u, lang) {
        (UpdateStatus::NotStarted, Vi) => "chưa triển khai",
        (UpdateStatus::InProgress, Vi) => "đang thực hiện",
        (UpdateStatus::Done, Vi) => "hoàn thành",
        (UpdateStatus::Cancelled, Vi) => "dừng thực hiện",
        (UpdateStatus::NotStarted, En) => "not started",
        (UpdateStatus::InProgress, En) => "in progress",
        (UpdateStatus::Done, En) => "done",
        (UpdateStatus::Cancelled, En) => "cancelled",
    }
}

fn assessment(a: Assessment, lang: Lang) -> &'static str {
    use Assessment::*;
    use Lang::{En, Vi};
    match (a, lang) {
        (Exceeded, Vi) => "Vượt",
        (Met, Vi) => "Đạt",
        (NotMet, Vi) => "Không đạt",
        (OnTrack, Vi) => "Đúng tiến độ",
        (OffTrack, Vi) => "Chậm tiến độ",
        (NoData, Vi) => "Chưa có số liệu",
        (TooFewFigures, Vi) => "Chưa đủ số liệu để đánh giá tiến độ",
        (Exceeded, En) => "Exceeded",
        (Met, En) => "Met",
        (NotMet, En) => "Not met",
        (OnTrack, En) => "On track",
        (OffTrack, En) => "Off track",
        (NoData, En) => "No data",
        (TooFewFigures, En) => "Not enough figures to judge progress",
    }
}

fn level(v: AgencyLevel, lang: Lang) -> &'static str {
    use AgencyLevel::*;
    use Lang::{En, Vi};
    match (v, lang) {
        (Province, Vi) => "Cấp tỉnh",
        (District, Vi) => "Cấp huyện",
        (Central, Vi) => "Trung ương",
        (Group, Vi) => "Tập thể",
        (Other, Vi) => "Khác",
        (Province, En) => "Province",
        (District, En) => "District",
        (Central, En) => "Central",
        (Group, En) => "Collective",
        (Other, En) => "Other",
    }
}

fn receipt(r: ReportReceipt, lang: Lang) -> &'static str {
    use Lang::{En, Vi};
    match (r, lang) {
        (ReportReceipt::OnTime, Vi) => "Đúng hạn",
        (ReportReceipt::Late, Vi) => "Trễ hạn",
        (ReportReceipt::Missing, Vi) => "Chưa nhận",
        (ReportReceipt::NotDue, Vi) => "Chưa đến hạn",
        (ReportReceipt::OnTime, En) => "On time",
        (ReportReceipt::Late, En) => "Late",
        (ReportReceipt::Missing, En) => "Missing",
        (ReportReceipt::NotDue, En) => "Not yet due",
    }
}

fn role(r: Role, lang: Lang) -> &'static str {
    use Lang::{En, Vi};
    match (r, lang) {
        (Role::Lead, Vi) => "chủ trì",
        (Role::Support, Vi) => "phối hợp",
        (Role::Any, Vi) => "chủ trì hoặc phối hợp",
        (Role::Lead, En) => "as lead",
        (Role::Support, En) => "as support",
        (Role::Any, En) => "as lead or support",
    }
}
