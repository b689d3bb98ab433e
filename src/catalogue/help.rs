//! The words of `--help`, `plan help COMMAND`, the man pages and the
//! descriptions shells show beside completions: the program's, every
//! command's, every argument's and every described value's, and the fixed
//! words clap and clap_mangen would otherwise print in English ("Usage:",
//! "Options:", "[default: …]", "Print help", "NAME"). `crate::help` puts them
//! on the command at run time, in the language of stderr (docs/output.md).
//!
//! A text is a [`Said`], with a field for each language: a text without its
//! translation does not compile. Commands are keyed by the name typed
//! (`merge-file`; `plan` for the program itself, whose arguments are the
//! global ones), arguments by that name and clap's id (`as_of`), values by
//! the argument's id and the value typed. `help::tests` walks the command
//! and fails on a command, argument or value without its words here, and on
//! words here for one that no longer exists.

use crate::lang::Lang;

/// One text, in every language `plan` speaks.
#[derive(Clone, Copy, Debug)]
pub struct Said {
    pub vi: &'static str,
    pub en: &'static str,
}

impl Said {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

const fn said(vi: &'static str, en: &'static str) -> Said {
    Said { vi, en }
}

/// A command's one line (the list of commands, `-h`, the man page's NAME),
/// and what `--help` adds after it.
#[derive(Clone, Copy, Debug)]
pub struct CommandHelp {
    pub name: &'static str,
    pub about: Said,
    pub more: Option<Said>,
}

/// An argument's help, under the command that has it.
#[derive(Clone, Copy, Debug)]
pub struct ArgHelp {
    pub command: &'static str,
    pub id: &'static str,
    pub help: Said,
}

/// What one value of an argument means (`--format html`).
#[derive(Clone, Copy, Debug)]
pub struct ValueHelp {
    pub arg: &'static str,
    pub value: &'static str,
    pub help: Said,
}

const fn cmd(name: &'static str, about: Said, more: Option<Said>) -> CommandHelp {
    CommandHelp { name, about, more }
}

const fn arg(command: &'static str, id: &'static str, help: Said) -> ArgHelp {
    ArgHelp { command, id, help }
}

const fn value(arg: &'static str, value: &'static str, help: Said) -> ValueHelp {
    ValueHelp { arg, value, help }
}

pub fn command_help(name: &str) -> Option<&'static CommandHelp> {
    COMMANDS.iter().find(|c| c.name == name)
}

pub fn arg_help(command: &str, id: &str) -> Option<&'static ArgHelp> {
    ARGS.iter().find(|a| a.command == command && a.id == id)
}

pub fn value_help(arg: &str, value: &str) -> Option<&'static ValueHelp> {
    VALUES.iter().find(|v| v.arg == arg && v.value == value)
}

/// Whether any value of the argument is described here: then each is.
pub fn describes_values(arg: &str) -> bool {
    VALUES.iter().any(|v| v.arg == arg)
}

pub const COMMANDS: &[CommandHelp] = &[
    cmd(
        "plan",
        said(
            "Lưu kế hoạch triển khai của cơ quan nhà nước dưới dạng dữ liệu để tra cứu: nhiệm vụ nào quá hạn, cơ quan nào chịu trách nhiệm, các chỉ tiêu đã đạt đến đâu.",
            "Keep a government implementation plan as data, and ask it what is overdue, who is responsible and how far the targets are.",
        ),
        None,
    ),
    cmd(
        "validate",
        said(
            "Kiểm tra mọi tệp của kế hoạch và báo từng lỗi kèm vị trí (tệp, dòng, cột)",
            "Check every file of the plan and report problems like a compiler",
        ),
        Some(said(
            "Mã thoát: 0 khi không có lỗi, 1 khi có lỗi, 2 khi không tìm thấy hoặc không đọc được kế hoạch.",
            "Exit status: 0 when there are no errors, 1 when there are, 2 when the plan cannot be found or read at all.",
        )),
    ),
    cmd(
        "overdue",
        said(
            "Mọi nhiệm vụ hoặc mốc đã quá hạn mà chưa ghi nhận hoàn thành",
            "Every task or milestone past its deadline with no completion recorded",
        ),
        Some(said(
            "Sắp xếp theo số ngày quá hạn, nhiều nhất trước. Mã thoát 0, hoặc 1 khi có --fail-if-any và có nhiệm vụ quá hạn.",
            "Sorted by days overdue, most first. Exit status 0, or 1 with --fail-if-any when anything is overdue.",
        )),
    ),
    cmd(
        "list",
        said(
            "Xem danh sách nhiệm vụ, với trạng thái tại một ngày",
            "Browse tasks, with their status on a date",
        ),
        None,
    ),
    cmd(
        "show",
        said(
            "Mọi thông tin về một nhiệm vụ: các trường, các mốc, lịch sử trạng thái, trạng thái hôm nay",
            "Everything about one task: fields, milestones, status history, status today",
        ),
        None,
    ),
    cmd(
        "update",
        said(
            "Ghi nhận diễn biến của một nhiệm vụ vào progress/YYYY.toml (YYYY lấy từ --on)",
            "Record what happened to a task, in progress/YYYY.toml (YYYY from --on)",
        ),
        None,
    ),
    cmd(
        "forms",
        said(
            "Mỗi cơ quan một tệp Excel cho báo cáo năm: các nhiệm vụ của cơ quan với các cột cần điền, và các chỉ tiêu cơ quan phải báo cáo (xem docs/december.md)",
            "One workbook per agency for the year's report: its tasks with columns to fill, and the indicators it reports (see docs/december.md)",
        ),
        None,
    ),
    cmd(
        "import",
        said(
            "Nhập các phiếu cơ quan đã điền: kiểm tra từng ô, rồi ghi nhận thành cập nhật nhiệm vụ, số liệu chỉ tiêu và việc nhận báo cáo",
            "Agencies' filled forms: every cell checked, then recorded as updates, actuals and the report's receipt",
        ),
        Some(said(
            "Mã thoát 0 khi mọi tệp đều hợp lệ, 1 khi có tệp có vấn đề (nêu trên stderr, và không ghi nhận gì từ tệp đó trừ khi có --partial).",
            "Exit status 0 when every workbook was clean, 1 when any had a problem (named on stderr, and nothing of that workbook recorded unless --partial).",
        )),
    ),
    cmd(
        "actual",
        said(
            "Ghi nhận số liệu thực hiện của một chỉ tiêu trong một năm (vào progress/YYYY.toml)",
            "Record an indicator's actual figure for a year (in progress/YYYY.toml)",
        ),
        None,
    ),
    cmd(
        "received",
        said(
            "Ghi nhận đã nhận được báo cáo của một cơ quan (vào progress/YYYY.toml)",
            "Record that an agency's report arrived (in progress/YYYY.toml)",
        ),
        None,
    ),
    cmd(
        "report",
        said(
            "Báo cáo năm tính đến ngày 31 tháng 12: tổng hợp, nhiệm vụ, chỉ tiêu, cơ quan",
            "The annual report as of 31 December: summary, tasks, indicators, agencies",
        ),
        Some(said(
            "Markdown cho một văn bản; CSV cho một bảng (--table) hoặc mọi bảng, mỗi bảng một tệp (--out-dir); JSON cho một đối tượng.",
            "Markdown gives one document; CSV one table (--table) or every table, a file each (--out-dir); JSON one object.",
        )),
    ),
    cmd(
        "targets",
        said(
            "Từng chỉ tiêu: đơn vị, mục tiêu, số liệu thực hiện và đánh giá vào cuối năm",
            "Each indicator: unit, targets, actuals and an assessment at the end of a year",
        ),
        None,
    ),
    cmd(
        "agencies",
        said(
            "Các cơ quan của kế hoạch, với số nhiệm vụ mỗi cơ quan chủ trì và phối hợp; với --year, bảng đánh giá các cơ quan trong năm đó",
            "The agencies of the plan, with how many tasks each leads and supports; with --year, the agency scorecard of that year",
        ),
        None,
    ),
    cmd(
        "fmt",
        said(
            "Viết lại các tệp kế hoạch theo dạng chuẩn, giữ nguyên chú thích",
            "Rewrite plan files in the canonical form, keeping comments",
        ),
        Some(said(
            "Với --check, không thay đổi gì: liệt kê các tệp sẽ thay đổi và thoát với mã 1.",
            "With --check, change nothing: list the files that would change and exit 1.",
        )),
    ),
    cmd(
        "diff",
        said(
            "Những gì đã thay đổi trong kế hoạch giữa hai phiên bản git, nêu thành từng sự việc",
            "What changed in the plan between two git revisions, as facts",
        ),
        Some(said(
            "REV mặc định là HEAD, REV2 mặc định là các tệp hiện có trong thư mục làm việc. Các tệp được đọc bằng git; plan không thực thi nội dung nào trong tệp.",
            "REV defaults to HEAD and REV2 to the working tree. Files are read with git; nothing in them is run.",
        )),
    ),
    cmd(
        "textconv",
        said(
            "Một tệp kế hoạch viết thành mỗi trường một dòng, mỗi dòng nêu đối tượng của nó: bộ chuyển đổi textconv của git để `git diff` dễ đọc (xem docs/review.md)",
            "A plan file as one line per field, each naming its entity: a git textconv driver for readable `git diff` (see docs/review.md)",
        ),
        None,
    ),
    cmd(
        "merge-file",
        said(
            "Trình gộp tệp kế hoạch cho git: gộp theo từng đối tượng và từng trường, để hai nhánh cùng thêm cập nhật vào một năm không bị xung đột",
            "git's merge driver for plan files: merges entity by entity and field by field, so two branches adding updates to one year do not conflict",
        ),
        Some(said(
            "Mã thoát 0 khi gộp trọn vẹn, 1 khi có xung đột (đánh dấu quanh đối tượng còn nghi vấn, hoặc cả tệp khi kết quả không đọc được). Cách cài đặt: docs/review.md.",
            "Exit status 0 when merged cleanly, 1 with a conflict (marked around the entity in doubt, or the whole file when the result would not load). Set up in docs/review.md.",
        )),
    ),
    cmd(
        "schema",
        said(
            "Lược đồ JSON (JSON Schema) của các tệp kế hoạch, để trình soạn thảo (taplo, VS Code) kiểm tra ngay khi gõ",
            "A JSON Schema of the plan files, for editors (taplo, VS Code) to check them as you type",
        ),
        None,
    ),
    cmd(
        "completions",
        said(
            "Tập lệnh gợi ý hoàn thành lệnh cho shell: `source <(plan completions bash)`",
            "A shell completion script: `source <(plan completions bash)`",
        ),
        None,
    ),
    cmd(
        "man",
        said(
            "Trang hướng dẫn (man), dạng roff: `plan man | man -l -`",
            "The manual page, in roff: `plan man | man -l -`",
        ),
        Some(said(
            "Với --out-dir, mỗi lệnh một trang (plan.1, plan-overdue.1, …): các trang mà plan.1 nhắc đến.",
            "With --out-dir, one page per command (plan.1, plan-overdue.1, …), the pages plan.1 refers to.",
        )),
    ),
    cmd(
        "init",
        said(
            "Tạo trong DIR khung của một kế hoạch mới, hợp lệ, cho một quyết định khác",
            "Write a new, valid plan skeleton for another decision into DIR",
        ),
        None,
    ),
];

const AS_OF_TODAY: Said = said(
    "Ngày đánh giá trạng thái; mặc định hôm nay",
    "The date to judge the status on; default today",
);
const AGENCY_FILTER: Said = said(
    "Chỉ các nhiệm vụ của cơ quan này: mã, tên viết tắt hoặc tên, có dấu hay không dấu đều được",
    "Only tasks of this agency: an id, alias or name, with or without diacritics",
);
const ROLE: Said = said(
    "Đi kèm --agency: cơ quan với vai trò chủ trì (mặc định), phối hợp, hoặc cả hai",
    "With --agency: the agency as lead (default), as support, or either",
);
const SECTION: Said = said(
    "Chỉ phần này: PL2.III, hoặc III cho Phụ lục II",
    "Only this section: PL2.III, or III for Appendix II",
);

pub const ARGS: &[ArgHelp] = &[
    // The global arguments, which every command has.
    arg("plan", "dir", said("Thư mục kế hoạch", "The plan folder")),
    arg(
        "plan",
        "format",
        said(
            "Định dạng đầu ra; `table` dành cho người đọc trên màn hình dòng lệnh",
            "Output format; `table` is for people at a terminal",
        ),
    ),
    arg(
        "plan",
        "lang",
        said(
            "Ngôn ngữ của tiêu đề, trạng thái, ngày tháng và thông báo; mặc định theo plan.toml (thông báo: tiếng Việt khi không đọc được plan.toml)",
            "Language of headings, status words, dates and messages; default from plan.toml (messages: Vietnamese when there is no plan to ask)",
        ),
    ),
    arg(
        "plan",
        "bom",
        said(
            "Thêm dấu BOM vào đầu tệp CSV để Excel hiển thị đúng tiếng Việt",
            "Start CSV output with the byte-order mark Excel needs to show Vietnamese",
        ),
    ),
    arg(
        "plan",
        "wide",
        said(
            "Bảng trên màn hình rộng theo nội dung ô: không rút gọn tên nào cho vừa màn hình",
            "Terminal tables as wide as their cells: no title shortened to fit",
        ),
    ),
    arg(
        "plan",
        "color",
        said(
            "Tô màu đầu ra trên màn hình; biến môi trường NO_COLOR tắt chế độ `auto`",
            "Colour in terminal output; NO_COLOR in the environment turns `auto` off",
        ),
    ),
    arg(
        "plan",
        "lock_timeout",
        said(
            "Số giây một lệnh thay đổi tệp kế hoạch chờ một lệnh khác đang ghi vào cùng thư mục kế hoạch trước khi bỏ cuộc (mã thoát 2)",
            "How long a command that changes plan files waits for another one writing to the same plan folder before giving up (exit 2), in seconds",
        ),
    ),
    arg(
        "plan",
        "no_cache",
        said(
            "Đọc lại các tệp kế hoạch kể cả khi bộ nhớ đệm còn giữ chúng chưa đổi, và để nguyên bộ nhớ đệm (docs/cache.md). Biến môi trường PLAN_NO_CACHE=1 (hoặc `true`, `yes`, `on`) có cùng tác dụng",
            "Parse the plan's files even when the load cache holds them unchanged, and leave the cache as it is (docs/cache.md). PLAN_NO_CACHE=1 (or true, yes, on) in the environment does the same",
        ),
    ),
    arg(
        "validate",
        "deny_warnings",
        said(
            "Coi cảnh báo là lỗi (mã thoát 1 khi có cảnh báo)",
            "Treat warnings as errors (exit 1 when any is found)",
        ),
    ),
    arg(
        "overdue",
        "as_of",
        said(
            "Ngày đánh giá (2024-01-31, 31/01/2024 hoặc 31.01.2024); mặc định hôm nay",
            "The date to judge on (2024-01-31, 31/01/2024 or 31.01.2024); default today",
        ),
    ),
    arg("overdue", "agency", AGENCY_FILTER),
    arg("overdue", "role", ROLE),
    arg("overdue", "section", SECTION),
    arg(
        "overdue",
        "by_agency",
        said(
            "Mỗi cơ quan chủ trì một khối, để soạn văn bản nhắc việc",
            "One block per lead agency, for reminder letters",
        ),
    ),
    arg(
        "overdue",
        "fail_if_any",
        said(
            "Mã thoát 1 khi có nhiệm vụ quá hạn (dùng trong tập lệnh tự động)",
            "Exit 1 when anything is overdue (for scripts)",
        ),
    ),
    arg(
        "overdue",
        "reports",
        said(
            "Liệt kê thêm các báo cáo của cơ quan đã quá hạn mà chưa nhận được",
            "Also list the agencies' reports that are overdue and not received",
        ),
    ),
    arg("list", "agency", AGENCY_FILTER),
    arg("list", "role", ROLE),
    arg("list", "section", SECTION),
    arg(
        "list",
        "status",
        said(
            "Chỉ các nhiệm vụ có trạng thái này: `done_on_time`, `done_late`, `in_progress`, `overdue`, `ongoing`, `cancelled`, hoặc tên trạng thái bằng tiếng Việt hay tiếng Anh, có dấu hay không dấu (\"qua han\")",
            "Only tasks with this status: done_on_time, done_late, in_progress, overdue, ongoing, cancelled, or its name in Vietnamese or English, diacritics optional (\"qua han\")",
        ),
    ),
    arg(
        "list",
        "due_before",
        said(
            "Chỉ các nhiệm vụ có hạn vào ngày này hoặc trước đó",
            "Only tasks with a deadline on or before this date",
        ),
    ),
    arg(
        "list",
        "due_after",
        said(
            "Chỉ các nhiệm vụ có hạn vào ngày này hoặc sau đó",
            "Only tasks with a deadline on or after this date",
        ),
    ),
    arg(
        "list",
        "search",
        said(
            "Cụm từ cần tìm trong mã, tên, tiến độ hoặc kết quả/sản phẩm của nhiệm vụ (không phân biệt chữ hoa, chữ thường, có dấu hay không dấu)",
            "A phrase to find in the id, title, schedule or deliverables (case and diacritics optional)",
        ),
    ),
    arg("list", "as_of", AS_OF_TODAY),
    arg(
        "show",
        "id",
        said(
            "Mã nhiệm vụ, chữ hoa hay chữ thường đều được: PL2.III.14 hoặc pl2.iii.14",
            "The task id, in any case: PL2.III.14 or pl2.iii.14",
        ),
    ),
    arg("show", "as_of", AS_OF_TODAY),
    arg(
        "update",
        "id",
        said(
            "Mã nhiệm vụ, chữ hoa hay chữ thường đều được",
            "The task id, in any case",
        ),
    ),
    arg(
        "update",
        "status",
        said(
            "`not_started`, `in_progress`, `done` hoặc `cancelled`, hoặc các từ trên phiếu bằng tiếng Việt hay tiếng Anh, có dấu hay không dấu: \"hoàn thành\", \"dang thuc hien\"",
            "not_started, in_progress, done or cancelled, or the forms' words in either language, diacritics optional: \"hoàn thành\", \"dang thuc hien\"",
        ),
    ),
    arg(
        "update",
        "on",
        said(
            "Ngày sự việc diễn ra; mặc định hôm nay",
            "The date the fact holds from; default today",
        ),
    ),
    arg(
        "update",
        "milestone",
        said(
            "Mốc mà cập nhật này nói đến (1 là mốc đầu tiên); mặc định cả nhiệm vụ",
            "The milestone this update is about (1 is the first); default the whole task",
        ),
    ),
    arg(
        "update",
        "note",
        said(
            "Việc đã diễn ra, trong một câu; có thể bắt đầu bằng \"-\"",
            "What happened, in a sentence; it may begin with \"-\"",
        ),
    ),
    arg(
        "update",
        "source",
        said(
            "Văn bản báo cáo việc này (\"Báo cáo số …\"); có thể bắt đầu bằng \"-\"",
            "The document that reports it (\"Báo cáo số …\"); it may begin with \"-\"",
        ),
    ),
    arg(
        "update",
        "result",
        said(
            "Kết quả, sản phẩm",
            "The result or product (the form's \"Kết quả, sản phẩm\")",
        ),
    ),
    arg(
        "update",
        "difficulties",
        said(
            "Khó khăn, vướng mắc",
            "Difficulties and obstacles (the form's \"Khó khăn, vướng mắc\")",
        ),
    ),
    arg(
        "update",
        "recommendations",
        said(
            "Kiến nghị, đề xuất",
            "Recommendations (the form's \"Kiến nghị, đề xuất\")",
        ),
    ),
    arg(
        "update",
        "evidence",
        said(
            "Văn bản làm căn cứ: số và ngày của văn bản, hoặc một đường dẫn",
            "Evidence: a document's number and date, or a link (the form's \"Văn bản\")",
        ),
    ),
    arg(
        "forms",
        "year",
        said("Năm các cơ quan báo cáo", "The year the agencies report on"),
    ),
    arg(
        "forms",
        "out_dir",
        said(
            "Thư mục chứa các tệp Excel, mỗi cơ quan một tệp `AGENCY-ID.xlsx`",
            "The folder for the workbooks, one `AGENCY-ID.xlsx` each",
        ),
    ),
    arg(
        "forms",
        "agency",
        said("Chỉ phiếu của cơ quan này", "Only this agency's form"),
    ),
    arg(
        "forms",
        "as_of",
        said(
            "Ngày lấy tình trạng của từng nhiệm vụ in trên phiếu; mặc định hôm nay",
            "The date the forms show each task's standing on; default today",
        ),
    ),
    arg(
        "forms",
        "force",
        said(
            "Ghi phiếu kể cả vào bên trong thư mục kế hoạch",
            "Write the forms even inside the plan folder",
        ),
    ),
    arg(
        "import",
        "files",
        said("Các tệp Excel đã điền", "The filled workbooks"),
    ),
    arg(
        "import",
        "received",
        said(
            "Ngày nhận được các phiếu; mặc định ngày lưu cuối cùng của từng tệp",
            "The day they arrived; default each file's last-saved date",
        ),
    ),
    arg(
        "import",
        "partial",
        said(
            "Ghi nhận các dòng hợp lệ của một tệp có vấn đề",
            "Record the valid rows of a workbook that has problems",
        ),
    ),
    arg(
        "actual",
        "indicator",
        said(
            "Mã chỉ tiêu (`plan targets` liệt kê các mã)",
            "The indicator id (`plan targets` lists them)",
        ),
    ),
    arg(
        "actual",
        "year",
        said("Năm của số liệu", "The year the figure is for"),
    ),
    arg(
        "actual",
        "value",
        said(
            "Số liệu, không kèm đơn vị: 7.5 hoặc 7,5 (dấu phẩy thập phân); \"1,000\" và \"1.000\" bị từ chối vì không rõ nghĩa (viết 1000 hoặc 1)",
            "The figure, without its unit: 7.5 or 7,5 (a decimal comma); \"1,000\" and \"1.000\" are refused as ambiguous (write 1000 or 1)",
        ),
    ),
    arg(
        "actual",
        "source",
        said(
            "Nguồn số liệu (\"Niên giám thống kê …\")",
            "Where the figure comes from (\"Niên giám thống kê …\")",
        ),
    ),
    arg(
        "actual",
        "note",
        said("Ghi chú về số liệu", "A remark on the figure"),
    ),
    arg(
        "received",
        "agency",
        said(
            "Cơ quan: mã, tên viết tắt hoặc tên",
            "The agency: id, alias or name",
        ),
    ),
    arg(
        "received",
        "year",
        said("Năm của báo cáo", "The year the report is about"),
    ),
    arg(
        "received",
        "on",
        said(
            "Ngày nhận; mặc định hôm nay, như với `update`",
            "The day it arrived; default today, as for `update`",
        ),
    ),
    arg(
        "received",
        "reference",
        said(
            "Số hiệu của báo cáo (\"Báo cáo số …\")",
            "The report's number (\"Báo cáo số …\")",
        ),
    ),
    arg(
        "received",
        "half_year",
        said(
            "Đây là báo cáo 6 tháng đầu năm, không phải báo cáo năm",
            "It is the half-year report, not the year's",
        ),
    ),
    arg(
        "report",
        "year",
        said(
            "Năm báo cáo; mặc định năm hiện tại",
            "The year reported on; default the current year",
        ),
    ),
    arg(
        "report",
        "table",
        said(
            "Chỉ một bảng: `summary`, `tasks`, `recurring`, `indicators`, `scorecard`, `difficulties` hoặc (với --compare) `comparison`",
            "Only one table: summary, tasks, recurring, indicators, scorecard, difficulties or (with --compare) comparison",
        ),
    ),
    arg(
        "report",
        "as_of",
        said(
            "Đánh giá mọi thứ tại ngày này; mặc định 31/12 của --year (30/06 với --half 1)",
            "Judge everything on this date; default 31/12 of --year (30/06 with --half 1)",
        ),
    ),
    arg(
        "report",
        "half",
        said(
            "1: báo cáo 6 tháng đầu năm, tính đến 30/06 của --year",
            "1: the half-year report, as of 30/06 of --year",
        ),
    ),
    arg(
        "report",
        "compare",
        said(
            "Đặt số liệu của năm này bên cạnh số liệu của --year, kèm mức thay đổi",
            "Add this year's figures beside --year's, with the change",
        ),
    ),
    arg(
        "report",
        "out",
        said(
            "Ghi vào tệp này (trọn vẹn trong một lần) thay vì ra màn hình; `-` là màn hình, /dev/null không ghi gì; mọi tệp đặc biệt khác bị từ chối. Khi không có --format, phần mở rộng của tệp chọn định dạng (.docx .xlsx .html .md .csv .json)",
            "Write to this file (atomically) instead of the screen; `-` is the screen, /dev/null writes nothing; any other non-regular file is refused. Without --format, the extension chooses (.docx .xlsx .html .md .csv .json)",
        ),
    ),
    arg(
        "report",
        "out_dir",
        said(
            "Với --format csv: ghi mỗi bảng thành một tệp CSV trong thư mục này (summary.csv, tasks.csv, …), ghi đủ cả hoặc không ghi tệp nào",
            "With --format csv: write one CSV file per table here (summary.csv, tasks.csv, …), all or none",
        ),
    ),
    arg(
        "report",
        "force",
        said(
            "Ghi --out hoặc --out-dir kể cả vào bên trong thư mục kế hoạch",
            "Write --out or --out-dir even inside the plan folder",
        ),
    ),
    arg(
        "report",
        "issuer",
        said(
            "Cơ quan ban hành, ví dụ \"Sở Kế hoạch và Đầu tư\"; mặc định là issuer trong mục [report] của plan.toml, nếu không có thì cơ quan tổng hợp của kế hoạch ([reporting] aggregator)",
            "The issuing body, e.g. \"Sở Kế hoạch và Đầu tư\"; default plan.toml's [report] issuer, else the plan's aggregator ([reporting] aggregator)",
        ),
    ),
    arg(
        "report",
        "parent_body",
        said(
            "Cơ quan cấp trên của cơ quan ban hành, ví dụ \"Ủy ban nhân dân tỉnh Khánh Hòa\"; mặc định là parent_body trong mục [report] của plan.toml, nếu không có thì cơ quan đã ban hành kế hoạch (issued_by)",
            "The body above the issuer, e.g. \"Ủy ban nhân dân tỉnh Khánh Hòa\"; default plan.toml's [report] parent_body, else the body that issued the plan (issued_by)",
        ),
    ),
    arg(
        "report",
        "number",
        said(
            "Số và ký hiệu của báo cáo, ví dụ \"125/BC-SKHĐT\"",
            "The report's number and code, e.g. \"125/BC-SKHĐT\"",
        ),
    ),
    arg(
        "report",
        "place",
        said(
            "Địa danh ở dòng ngày tháng, ví dụ \"Khánh Hòa\"; mặc định là place trong mục [report] của plan.toml",
            "The place name of the date line, e.g. \"Khánh Hòa\"; default plan.toml's [report] place",
        ),
    ),
    arg(
        "report",
        "dated",
        said("Ngày ký báo cáo", "The date the report is signed"),
    ),
    arg(
        "report",
        "recipient",
        said(
            "Một nơi nhận trong mục \"Nơi nhận:\"; lặp lại cho từng nơi; thay cho recipients trong mục [report] của plan.toml. Dòng \"Lưu: VT.\" được tự thêm",
            "One recipient under \"Nơi nhận:\"; repeat for each; replaces plan.toml's [report] recipients. \"Lưu: VT.\" is added",
        ),
    ),
    arg(
        "report",
        "signer_title",
        said(
            "Thẩm quyền và chức vụ của người ký; xuống dòng bằng \"\\n\", ví dụ \"KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC\"; mặc định là signer_title trong mục [report] của plan.toml",
            "The signer's authority and position; a line break as \"\\n\", e.g. \"KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC\"; default plan.toml's [report] signer_title",
        ),
    ),
    arg(
        "report",
        "signer",
        said(
            "Họ và tên người ký; mặc định là signer trong mục [report] của plan.toml",
            "The signer's full name; default plan.toml's [report] signer",
        ),
    ),
    arg(
        "targets",
        "year",
        said(
            "Năm đánh giá; mặc định năm hiện tại",
            "The year to assess; default the current year",
        ),
    ),
    arg(
        "agencies",
        "year",
        said(
            "Bảng đánh giá của năm này (tính đến 31/12, hoặc --as-of)",
            "The scorecard of this year (as of 31/12, or --as-of)",
        ),
    ),
    arg(
        "agencies",
        "as_of",
        said(
            "Đi kèm --year: đánh giá tại ngày này thay vì 31/12",
            "With --year: judge on this date instead of 31/12",
        ),
    ),
    arg(
        "fmt",
        "check",
        said(
            "Chỉ báo cáo; mã thoát 1 nếu có tệp sẽ thay đổi",
            "Only report; exit 1 if anything would change",
        ),
    ),
    arg(
        "fmt",
        "files",
        said(
            "Các tệp cần định dạng lại; mặc định mọi tệp của thư mục kế hoạch",
            "The files to format; default every file of the plan folder",
        ),
    ),
    arg(
        "diff",
        "rev",
        said(
            "Phiên bản cũ hơn (commit, nhánh hoặc thẻ); mặc định HEAD",
            "The older revision (commit, branch or tag); default HEAD",
        ),
    ),
    arg(
        "diff",
        "rev2",
        said(
            "Phiên bản mới hơn; mặc định các tệp hiện có trong thư mục làm việc",
            "The newer revision; default the working tree",
        ),
    ),
    arg(
        "diff",
        "exit_code",
        said(
            "Mã thoát 1 khi có khác biệt, như `git diff --exit-code`",
            "Exit 1 when anything differs, as `git diff --exit-code` does",
        ),
    ),
    arg(
        "textconv",
        "file",
        said("Tệp do git chuyển đến", "The file git hands over"),
    ),
    arg(
        "merge-file",
        "base",
        said(
            "Phiên bản gốc chung của hai bên (%O của git)",
            "The common ancestor's version (git's %O)",
        ),
    ),
    arg(
        "merge-file",
        "ours",
        said(
            "Phiên bản của bên mình (%A của git); kết quả ghi đè lên tệp này trừ khi có -o",
            "Our version (git's %A); the result replaces it unless -o is given",
        ),
    ),
    arg(
        "merge-file",
        "theirs",
        said(
            "Phiên bản của bên kia (%B của git)",
            "Their version (git's %B)",
        ),
    ),
    arg(
        "merge-file",
        "out",
        said(
            "Ghi kết quả vào đây thay vì ghi đè lên OURS",
            "Write the result here instead of over OURS",
        ),
    ),
    arg(
        "merge-file",
        "path",
        said(
            "Đường dẫn của tệp trong kho git (%P của git): cho biết đây là loại tệp kế hoạch nào, và kế hoạch của tệp ở đâu để kiểm tra kết quả còn đọc được",
            "The file's path in the repository (git's %P): it says which kind of plan file this is, and where its plan is for the check that it loads",
        ),
    ),
    arg(
        "schema",
        "kind",
        said(
            "Một loại tệp; mặc định là lược đồ nhận mọi tệp kế hoạch",
            "One kind of file; default a schema that accepts any plan file",
        ),
    ),
    arg(
        "schema",
        "out_dir",
        said(
            "Thay vào đó, ghi KIND.schema.json cho mọi loại tệp vào thư mục này",
            "Write KIND.schema.json for every kind into this folder instead",
        ),
    ),
    arg(
        "completions",
        "shell",
        said("Shell sẽ nạp tập lệnh", "The shell that loads the script"),
    ),
    arg(
        "man",
        "out_dir",
        said(
            "Ghi plan.1 và một trang plan-COMMAND.1 cho mỗi lệnh vào thư mục này",
            "Write plan.1 and a plan-COMMAND.1 for every command into this folder",
        ),
    ),
    arg(
        "init",
        "target",
        said(
            "Thư mục cần tạo; thư mục này không được chứa sẵn một kế hoạch",
            "The folder to create; it must not hold a plan already",
        ),
    ),
];

pub const VALUES: &[ValueHelp] = &[
    value(
        "format",
        "table",
        said(
            "Bảng chữ cho màn hình dòng lệnh",
            "Text tables for a terminal",
        ),
    ),
    value(
        "format",
        "csv",
        said(
            "CSV cho bảng tính: tiêu đề theo --lang, ngày ISO",
            "CSV for spreadsheets: headings in --lang, ISO dates",
        ),
    ),
    value(
        "format",
        "md",
        said("Văn bản Markdown", "A Markdown document"),
    ),
    value(
        "format",
        "json",
        said(
            "JSON cho chương trình: khóa và mã cố định, như nhau với mọi --lang",
            "JSON for programs: stable keys and codes, the same in every --lang",
        ),
    ),
    value(
        "format",
        "html",
        said(
            "Một trang HTML khép kín, có vẽ biểu đồ (cho `report`)",
            "One self-contained HTML page, charts drawn (for `report`)",
        ),
    ),
    value(
        "format",
        "xlsx",
        said(
            "Một tệp Excel, mỗi bảng và số liệu của mỗi biểu đồ một trang tính (`plan report --out FILE.xlsx`)",
            "An Excel workbook, a sheet per table and per chart's numbers (`plan report --out FILE.xlsx`)",
        ),
    ),
    value(
        "format",
        "docx",
        said(
            "Một tệp Word trình bày theo thể thức báo cáo hành chính (`plan report --out FILE.docx`)",
            "A Word document laid out as an administrative report (`plan report --out FILE.docx`)",
        ),
    ),
    value(
        "lang",
        "vi",
        said(
            "Tiếng Việt: ngày dd/mm/yyyy, dấu phẩy thập phân",
            "Vietnamese: dd/mm/yyyy dates, decimal commas",
        ),
    ),
    value(
        "lang",
        "en",
        said(
            "Tiếng Anh: ngày ISO (yyyy-mm-dd), dấu chấm thập phân",
            "English: ISO dates, decimal points",
        ),
    ),
    value(
        "role",
        "lead",
        said(
            "Cơ quan chủ trì: nhắc việc gửi đến cơ quan chủ trì",
            "The lead agency: reminders go to the lead",
        ),
    ),
    value(
        "role",
        "support",
        said("Cơ quan phối hợp", "A supporting agency"),
    ),
    value(
        "role",
        "any",
        said("Chủ trì hoặc phối hợp", "Either"),
    ),
];

/// The words clap and clap_mangen would print in English, and the heading
/// of a group of arguments (`#[command(next_help_heading = "letter")]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpWord {
    /// Before the usage line, colon included.
    Usage,
    /// `[OPTIONS]` in a usage line.
    OptionsTag,
    /// `<COMMAND>` in a usage line, without its brackets.
    CommandTag,
    Options,
    /// The options every command takes (`--dir`, `--lang` …), apart from a
    /// command's own so that its own are not lost among them.
    GlobalOptions,
    Arguments,
    Commands,
    /// The heading of `report`'s letterhead flags (key `letter`).
    LetterHeading,
    /// `[default: plan]`, the word before the colon.
    Default,
    /// `[env: PLAN_DIR]`.
    Env,
    /// `[possible values: a, b]`.
    Values,
    /// Above a list of values each with its meaning, colon included.
    ValuesHeading,
    PrintHelp,
    PrintHelpMore,
    PrintHelpSummary,
    PrintVersion,
    /// The `help` command's line.
    HelpCommand,
    /// The `help` command's argument.
    HelpCommandArg,
    /// Under the program's help: where the plan folder is.
    PlanFolder,
    // The man page's own headings.
    ManName,
    ManSynopsis,
    ManDescription,
    ManExtra,
    ManVersion,
    /// The manual's name at the top of every page.
    ManManual,
}

impl HelpWord {
    pub fn text(self, lang: Lang) -> &'static str {
        use HelpWord::*;
        let (vi, en) = match self {
            Usage => ("Cách dùng:", "Usage:"),
            OptionsTag => ("[TÙY_CHỌN]", "[OPTIONS]"),
            CommandTag => ("LỆNH", "COMMAND"),
            Options => ("Tùy chọn", "Options"),
            GlobalOptions => ("Tùy chọn chung cho mọi lệnh", "Options for every command"),
            Arguments => ("Đối số", "Arguments"),
            Commands => ("Lệnh", "Commands"),
            LetterHeading => ("Báo cáo Word (--format docx)", "Word report (--format docx)"),
            Default => ("mặc định", "default"),
            Env => ("biến môi trường", "env"),
            Values => ("giá trị", "possible values"),
            ValuesHeading => ("Các giá trị:", "Possible values:"),
            PrintHelp => ("In trợ giúp", "Print help"),
            PrintHelpMore => (
                "In trợ giúp (xem đầy đủ với '--help')",
                "Print help (see more with '--help')",
            ),
            PrintHelpSummary => (
                "In trợ giúp (xem tóm tắt với '-h')",
                "Print help (see a summary with '-h')",
            ),
            PrintVersion => ("In phiên bản", "Print version"),
            HelpCommand => (
                "In trợ giúp này, hoặc trợ giúp của lệnh đã nêu",
                "Print this message or the help of the given subcommand(s)",
            ),
            HelpCommandArg => (
                "Lệnh cần xem trợ giúp",
                "Print help for the subcommand(s)",
            ),
            PlanFolder => (
                "Thư mục kế hoạch là --dir, nếu không có thì lấy biến môi trường PLAN_DIR, nếu không nữa thì ./plan.",
                "The plan folder is --dir, else the PLAN_DIR variable, else ./plan.",
            ),
            ManName => ("TÊN", "NAME"),
            ManSynopsis => ("CÚ PHÁP", "SYNOPSIS"),
            ManDescription => ("MÔ TẢ", "DESCRIPTION"),
            ManExtra => ("GHI CHÚ", "NOTES"),
            ManVersion => ("PHIÊN BẢN", "VERSION"),
            ManManual => ("Hướng dẫn sử dụng lệnh", "General Commands Manual"),
        };
        match lang {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

/// The key of `report`'s letterhead flags' heading in `cli.rs`, which
/// `crate::help` says as [`HelpWord::LetterHeading`].
pub const LETTER: &str = "letter";
