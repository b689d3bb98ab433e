//! The plan files' shapes as types, from which `plan schema` generates JSON
//! Schemas (schemars) so that editors (taplo, VS Code's Even Better TOML) check
//! and complete plan files as they are typed. The loader stays the judge: it
//! also checks what a schema cannot (references, dates in order, NFC).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Deserialize;

/// plan.toml: the decision and its reporting rules.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct PlanFile {
    /// The decision's number, e.g. "1165/QĐ-UBND".
    id: String,
    /// Its title.
    title: String,
    /// The agency id of the body that issued it.
    issued_by: String,
    /// Date of the decision.
    issued_on: NaiveDate,
    /// Date of signature.
    signed_on: Option<NaiveDate>,
    /// The documents it rests on ("Căn cứ …").
    basis: Option<Vec<String>>,
    /// Default language of reports.
    language: Option<Language>,
    /// Who reports, by when each year (section III of the decision).
    reporting: Option<Reporting>,
    /// The Word report's letterhead and signature (`plan report --format
    /// docx`); `plan report`'s flags of the same names override each.
    report: Option<Box<ReportHead>>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct ReportHead {
    /// The issuing body, e.g. "Sở Tài chính"; default the aggregator's name.
    issuer: Option<String>,
    /// The body above the issuer, e.g. "Ủy ban nhân dân tỉnh Khánh Hòa";
    /// default the name of the body that issued the plan.
    parent_body: Option<String>,
    /// The place name of the date line, e.g. "Khánh Hòa".
    place: Option<String>,
    /// One line each under "Nơi nhận:"; "Lưu: VT." is added after them.
    recipients: Option<Vec<String>>,
    /// The signer's authority and position, a line each: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC".
    signer_title: Option<String>,
    /// The signer's full name.
    signer: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Vi,
    En,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Reporting {
    /// Last day of each year an agency's report is on time, "MM-DD".
    #[schemars(regex(pattern = r"^\d\d-\d\d$"))]
    annual_due: String,
    /// Last day the aggregator reports to the People's Committee, "MM-DD".
    #[schemars(regex(pattern = r"^\d\d-\d\d$"))]
    aggregate_due: Option<String>,
    /// Last day a half-year report (of tasks with `reports = "semiannual"`) is on time, "MM-DD".
    #[schemars(regex(pattern = r"^\d\d-\d\d$"))]
    semiannual_due: Option<String>,
    /// The agency id that aggregates the reports.
    aggregator: Option<String>,
}

/// agencies.toml: every agency the decision names.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct AgenciesFile {
    agency: Vec<Agency>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Agency {
    /// A short, stable id: "skhdt", "ubnd-cap-huyen".
    id: String,
    /// The name as the decision writes it.
    name: String,
    /// The English name.
    name_en: Option<String>,
    /// Other spellings the decision uses.
    aliases: Option<Vec<String>>,
    level: Option<Level>,
    /// Ids of the collectives (level "group") this agency belongs to.
    member_of: Option<Vec<String>>,
    /// Its last day, when a later act merged or ended it.
    until: Option<NaiveDate>,
    /// Who takes its tasks after `until`: one agency id, or several.
    successor: Option<OneOrMany>,
    /// The act that decided the change, with its number and date.
    source: Option<String>,
}

/// One agency id, or a list of them.
#[derive(Deserialize, JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Province,
    District,
    Central,
    /// A collective the decision names as such.
    Group,
    Other,
}

/// indicators.toml: numeric and qualitative targets.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct IndicatorsFile {
    indicator: Vec<Indicator>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Indicator {
    id: String,
    name: String,
    /// The unit as written: "%/năm", "triệu đồng/người".
    unit: Option<String>,
    better: Option<Better>,
    aggregate: Option<Aggregate>,
    /// The task that monitors it.
    monitored_by: Option<String>,
    /// The agency id that reports its actuals.
    responsible: Option<String>,
    note: Option<String>,
    target: Option<Vec<Target>>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    Higher,
    Lower,
}

/// How yearly actuals combine over a period.
#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Aggregate {
    Mean,
    /// The compound yearly rate, for growth rates.
    Geomean,
    Sum,
    Last,
}

/// A `year` (a level to reach) or a `period` (a yearly rate or a total), and a
/// `value`, a `min`/`max` range, or a qualitative `text`.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Target {
    year: Option<i32>,
    /// First and last year: [2021, 2025].
    period: Option<[i32; 2]>,
    value: Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
    text: Option<String>,
}

/// tasks/*.toml: one section of an appendix and its tasks.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct TasksFile {
    section: Section,
    task: Option<Vec<Task>>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Section {
    /// "PL2.III", "PL1".
    id: String,
    title: String,
    /// Sub-headings within the section.
    group: Option<Vec<Group>>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Group {
    id: String,
    title: String,
}

/// A task: exactly one of `due`, `milestone` or `ongoing = true`.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Task {
    /// The section id, a dot, the number in the decision: "PL2.III.14".
    id: String,
    /// The whole cell, verbatim.
    title: String,
    /// Cơ quan chủ trì: agency ids.
    #[schemars(length(min = 1))]
    lead: Vec<String>,
    /// Cơ quan phối hợp: agency ids.
    support: Option<Vec<String>>,
    /// Tiến độ, verbatim.
    schedule: Option<String>,
    start: Option<NaiveDate>,
    due: Option<NaiveDate>,
    ongoing: Option<bool>,
    /// Kết quả/Sản phẩm, one item per bullet.
    deliverables: Option<Vec<String>>,
    /// Appendix I: indicator ids the task monitors.
    indicators: Option<Vec<String>>,
    /// Appendix I: how often the task reports.
    reports: Option<Cadence>,
    milestone: Option<Vec<Milestone>>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Cadence {
    Annual,
    Semiannual,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Milestone {
    what: String,
    due: NaiveDate,
}

/// progress/YYYY.toml: what agencies reported.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct ProgressFile {
    update: Option<Vec<Update>>,
    actual: Option<Vec<Actual>>,
    report: Option<Vec<Report>>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Update {
    task: String,
    /// The date the fact holds from.
    on: NaiveDate,
    status: UpdateStatus,
    /// Which milestone (1 is the first); omitted for the whole task.
    #[schemars(range(min = 1))]
    milestone: Option<u32>,
    note: Option<String>,
    source: Option<String>,
    /// The result or product reported (Kết quả).
    result: Option<String>,
    /// Difficulties and obstacles (Khó khăn, vướng mắc).
    difficulties: Option<String>,
    /// Recommendations (Kiến nghị).
    recommendations: Option<String>,
    /// The document that proves it: number, date or link.
    evidence: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum UpdateStatus {
    NotStarted,
    InProgress,
    Done,
    Cancelled,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Actual {
    indicator: String,
    year: i32,
    value: f64,
    source: Option<String>,
    note: Option<String>,
}

/// An agency's annual report, received.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Report {
    agency: String,
    year: i32,
    /// The period covered: the year (the default) or its first half.
    period: Option<ReportPeriod>,
    received_on: NaiveDate,
    reference: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[allow(dead_code)]
pub enum ReportPeriod {
    #[serde(rename = "year")]
    Year,
    H1,
}

/// amendments.toml: later decisions that change tasks.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct AmendmentsFile {
    amendment: Option<Vec<Amendment>>,
}

/// One change by a later decision: new terms for a task, its cancellation,
/// or a task added (`[amendment.add]`).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Amendment {
    /// The decision's number as written: "Quyết định số 123/QĐ-UBND".
    decision: String,
    issued_on: NaiveDate,
    /// Agency id of the issuer.
    issued_by: Option<String>,
    /// The day the change applies from; default `issued_on`.
    from: Option<NaiveDate>,
    /// The task changed or cancelled.
    task: Option<String>,
    cancel: Option<bool>,
    title: Option<String>,
    lead: Option<Vec<String>>,
    support: Option<Vec<String>>,
    due: Option<NaiveDate>,
    ongoing: Option<bool>,
    milestone: Option<Vec<Milestone>>,
    /// A task the decision adds, with every field of a [[task]].
    add: Option<Task>,
}

/// Any plan file: what `plan schema` prints without --kind.
#[derive(Deserialize, JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub enum AnyPlanFile {
    Plan(PlanFile),
    Agencies(AgenciesFile),
    Indicators(IndicatorsFile),
    Tasks(TasksFile),
    Progress(ProgressFile),
    Amendments(AmendmentsFile),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    Plan,
    Agencies,
    Indicators,
    Tasks,
    Progress,
    Amendments,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Plan,
        Kind::Agencies,
        Kind::Indicators,
        Kind::Tasks,
        Kind::Progress,
        Kind::Amendments,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Plan => "plan",
            Kind::Agencies => "agencies",
            Kind::Indicators => "indicators",
            Kind::Tasks => "tasks",
            Kind::Progress => "progress",
            Kind::Amendments => "amendments",
        }
    }
}

/// The JSON Schema of one kind of plan file (or of any), pretty-printed.
pub fn schema(kind: Option<Kind>) -> String {
    let Some(kind) = kind else {
        return serde_json::to_string_pretty(&schemars::schema_for!(AnyPlanFile))
            .expect("a schema serializes")
            + "\n";
    };
    let s = match kind {
        Kind::Plan => schemars::schema_for!(PlanFile),
        Kind::Agencies => schemars::schema_for!(AgenciesFile),
        Kind::Indicators => schemars::schema_for!(IndicatorsFile),
        Kind::Tasks => schemars::schema_for!(TasksFile),
        Kind::Progress => schemars::schema_for!(ProgressFile),
        Kind::Amendments => schemars::schema_for!(AmendmentsFile),
    };
    serde_json::to_string_pretty(&s).expect("a schema serializes") + "\n"
}
