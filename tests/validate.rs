//! `plan validate` on the valid fixture and on one broken copy per check: the
//! whole output (diagnostic, file:line:col, caret, help, summary) and the exit
//! status are compared with reviewed snapshots. The fixtures' language is
//! Vietnamese, so the snapshots show the findings as an analyst reads them;
//! tests/catalogue.rs holds them in English too.

mod common;

use common::Fixture;
use insta::assert_snapshot;

fn validate(f: Fixture) -> String {
    f.run(&["validate"]).transcript()
}

#[test]
fn valid_plan_passes_with_its_summary() {
    assert_snapshot!(validate(Fixture::valid()));
}

#[test]
fn no_plan_folder_says_where_it_looked() {
    let out = Fixture::empty().run(&["validate"]);
    assert_eq!(out.code, 2);
    assert_snapshot!(out.transcript());
}

#[test]
fn plan_dir_variable_is_used_when_no_dir_is_given() {
    let f = Fixture::valid();
    let out = assert_cmd::Command::cargo_bin("plan")
        .unwrap()
        .current_dir(f.dir.path())
        .env("PLAN_DIR", "plan")
        .arg("validate")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("plan: 7 tệp"));
}

#[test]
fn toml_syntax_error_points_at_the_parser_location() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "schedule = \"Hoàn thành trong tháng 6/2022\"",
        "schedule = \"Hoàn thành trong tháng 6/2022"
    )));
}

#[test]
fn impossible_date_is_a_syntax_error() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "due = 2022-06-30",
        "due = 2022-02-30"
    )));
}

#[test]
fn unknown_key_suggests_the_nearest() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "schedule = \"Từ",
        "scheduel = \"Từ"
    )));
}

#[test]
fn missing_title_is_reported_at_the_task_header() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "title = \"Quản lý quy hoạch.\"\n",
        ""
    )));
}

#[test]
fn quoted_date_is_a_wrong_type() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "due = 2022-06-30",
        "due = \"2022-06-30\""
    )));
}

#[test]
fn decimal_comma_in_quotes_gets_the_number_to_write() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "indicators.toml",
        "value = 7.1",
        "value = \"7,1\""
    )));
}

#[test]
fn duplicate_task_id_names_the_first() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "id = \"PL2.I.3\"",
        "id = \"pl2.i.1\""
    )));
}

#[test]
fn duplicate_section_across_files() {
    let f = Fixture::valid();
    let copy = f.read("tasks/pl2-01.toml").replace("PL2.I.", "PL2.I.9");
    assert_snapshot!(validate(f.write("tasks/pl2-99.toml", copy.as_bytes())));
}

#[test]
fn duplicate_agency_id() {
    let f = Fixture::valid();
    let text =
        f.read("agencies.toml") + "\n[[agency]]\nid = \"sxd\"\nname = \"Sở Xây dựng (bản sao)\"\n";
    assert_snapshot!(validate(f.write("agencies.toml", text.as_bytes())));
}

#[test]
fn task_outside_its_section() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "id = \"PL2.I.3\"",
        "id = \"PL2.II.3\""
    )));
}

#[test]
fn unknown_agency_suggests_the_id() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "lead = [\"sxd\"]\nsupport = []",
        "lead = [\"sokhdt\"]\nsupport = []"
    )));
}

#[test]
fn agency_written_by_alias_names_the_id() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "support = [\"sxd\", \"ubnd-cap-huyen\"]",
        "support = [\"SKHĐT\", \"ubnd-cap-huyen\"]"
    )));
}

#[test]
fn unknown_indicator() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl1.toml",
        "\"grdp-per-capita\"]",
        "\"grdp-per-capta\"]"
    )));
}

#[test]
fn unknown_task_in_progress() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "progress/2023.toml",
        "task = \"PL2.I.1\"",
        "task = \"PL2.I.9\""
    )));
}

#[test]
fn unknown_milestone_in_progress() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "progress/2023.toml",
        "milestone = 1",
        "milestone = 3"
    )));
}

#[test]
fn task_with_no_due_milestone_or_ongoing() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "due = 2022-06-30\n",
        ""
    )));
}

#[test]
fn task_with_both_due_and_ongoing() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "due = 2022-06-30\n",
        "due = 2022-06-30\nongoing = true\n"
    )));
}

#[test]
fn start_after_due() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "due = 2022-06-30\n",
        "start = 2022-07-01\ndue = 2022-06-30\n"
    )));
}

#[test]
fn milestones_out_of_order() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "due = 2023-03-31",
        "due = 2029-03-31"
    )));
}

#[test]
fn due_before_issue_is_a_warning_unless_denied() {
    let f = Fixture::valid().edit("tasks/pl2-01.toml", "due = 2022-06-30", "due = 2021-06-30");
    assert_snapshot!(f.run(&["validate"]).transcript());
    assert_eq!(f.run(&["validate", "--deny-warnings"]).code, 1);
}

#[test]
fn target_with_value_and_range() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "indicators.toml",
        "  min = 1\n",
        "  min = 1\n  value = 1.2\n"
    )));
}

#[test]
fn target_with_no_value() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "indicators.toml",
        "  value = 104\n",
        ""
    )));
}

#[test]
fn status_outside_the_allowed_words() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "progress/2023.toml",
        "status = \"done\"\nnote",
        "status = \"finished\"\nnote"
    )));
}

/// Analyst review #6: a status typed by hand as `update --status` takes it
/// (without diacritics, or in English words) is named with the code to write,
/// in the help and in the JSON's `suggestion`.
#[test]
fn a_status_word_the_commands_take_names_the_code_to_write() {
    let f = Fixture::valid().edit(
        "progress/2023.toml",
        "status = \"done\"\nnote",
        "status = \"dang thuc hien\"\nnote",
    );
    assert_snapshot!(f.run(&["validate"]).transcript());
    let json = f.run(&["validate", "--format", "json"]);
    assert_eq!(json.code, 1, "{}", json.transcript());
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let found = v["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "bad-value")
        .unwrap();
    assert_eq!(found["data"]["suggestion"], "in_progress", "{found}");
}

#[test]
fn text_not_in_nfc_is_a_warning() {
    let nfd = "Quy hoa\u{0323}ch";
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "title = \"Quy hoạch\"",
        &format!("title = \"{nfd}\"")
    )));
}

#[test]
fn control_character_is_an_error() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "Lập quy hoạch tỉnh.",
        "Lập quy hoạch\\u001b[2J tỉnh."
    )));
}

#[test]
fn empty_title() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "title = \"Quản lý quy hoạch.\"",
        "title = \"  \""
    )));
}

#[test]
fn empty_lead() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "lead = [\"sxd\"]\nsupport = []",
        "lead = []\nsupport = []"
    )));
}

#[test]
fn utf16_file_gets_the_encoding_error() {
    let f = Fixture::valid();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            f.read("agencies.toml")
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes()),
        )
        .collect();
    assert_snapshot!(validate(f.write("agencies.toml", &utf16)));
}

#[test]
fn windows_1258_file_gets_the_encoding_error_with_its_line() {
    let f = Fixture::valid();
    // "Sở" in Windows-1258: S, then 0xF5 (ơ) and 0xD2 (combining hook above).
    let text = f.read("agencies.toml").replace("Sở Xây dựng", "S\u{1}");
    let bytes: Vec<u8> = text
        .into_bytes()
        .into_iter()
        .flat_map(|b| if b == 1 { vec![0xF5, 0xD2] } else { vec![b] })
        .collect();
    assert_snapshot!(validate(f.write("agencies.toml", &bytes)));
}

#[test]
fn crlf_and_bom_load_with_warnings_and_right_line_numbers() {
    let f = Fixture::valid();
    let text = f
        .read("tasks/pl2-01.toml")
        .replace(
            "lead = [\"sxd\"]\nsupport = []",
            "lead = [\"sxdd\"]\nsupport = []",
        )
        .replace('\n', "\r\n");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(text.into_bytes());
    let out = f.write("tasks/pl2-01.toml", &bytes).run(&["validate"]);
    assert_eq!(out.code, 1);
    // The lead line is line 17 of the file, whatever the line endings.
    assert!(
        out.stdout.contains("plan/tasks/pl2-01.toml:17:9"),
        "{}",
        out.stdout
    );
    assert_snapshot!(out.transcript());
}

#[test]
fn nfd_file_loads_with_a_warning() {
    use unicode_normalization::UnicodeNormalization;
    let f = Fixture::valid();
    let nfd: String = f.read("tasks/pl2-01.toml").nfd().collect();
    let out = f
        .write("tasks/pl2-01.toml", nfd.as_bytes())
        .run(&["validate"]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(out.stdout.contains("cảnh báo[not-nfc]"));
    assert!(out.stdout.contains("8 nhiệm vụ"));
}

#[test]
fn json_findings_for_editors() {
    let f = Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "lead = [\"sxd\"]\nsupport = []",
        "lead = [\"sokhdt\"]\nsupport = []",
    );
    let out = f.run(&["validate", "--format", "json"]);
    assert_eq!(out.code, 1);
    let envelope: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(envelope["command"], "validate");
    assert_eq!(envelope["plan"], "99/QĐ-TEST");
    assert_eq!(envelope["as_of"], serde_json::Value::Null);
    let v = envelope["data"].clone();
    assert_eq!(
        v,
        serde_json::json!([{
            "file": "plan/tasks/pl2-01.toml",
            "line": 17,
            "column": 9,
            "severity": "error",
            "code": "unknown-agency",
            "kind": "unknown_agency",
            "data": {
                "id": "sokhdt",
                "role": "lead",
                "spelling_of": null,
                "suggestion": "skhdt"
            }
        }])
    );
    // Codes and data: the same in English.
    let en = f.run(&["validate", "--format", "json", "--lang", "en"]);
    assert_eq!(en.stdout, out.stdout);
}

#[test]
fn missing_agencies_file() {
    assert_snapshot!(validate(Fixture::valid().remove("agencies.toml")));
}

/// A wrong type inside a table names the table's id, so the analyst finds
/// the task among hundreds without counting lines; a mistyped schedule is
/// one finding, not also "has no schedule"; a milestone is named by its
/// task; a file's own keys name the file only.
#[test]
fn a_wrong_type_names_the_task_it_is_in() {
    let out = Fixture::valid()
        .edit(
            "tasks/pl2-01.toml",
            "schedule = \"Hoàn thành trong tháng 6/2022\"",
            "schedule = 2022",
        )
        .run(&["--lang", "en", "validate"]);
    assert_eq!(out.code, 1, "{}", out.transcript());
    let errors: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("error"))
        .collect();
    assert_eq!(
        errors,
        ["error[wrong-type]: `schedule` of task \"PL2.I.1\" must be a string, not an integer"]
    );
    let vi = Fixture::valid()
        .edit(
            "tasks/pl2-01.toml",
            "due = 2022-06-30",
            "due = \"30/06/2022\"\nprority = 1",
        )
        .run(&["validate"]);
    assert!(
        vi.stdout.contains("lỗi[wrong-type]: `due` của nhiệm vụ [[task]] \"PL2.I.1\" phải là")
            && vi.stdout.contains("lỗi[unknown-key]: khóa `prority` không được dùng trong nhiệm vụ [[task]] \"PL2.I.1\""),
        "{}",
        vi.stdout
    );
    let milestone = Fixture::valid()
        .edit(
            "tasks/pl2-01.toml",
            "due = 2023-03-31",
            "due = \"31/03/2023\"",
        )
        .run(&["--lang", "en", "validate"]);
    assert!(
        milestone
            .stdout
            .contains("error[wrong-type]: `due` of milestone 1 of \"PL2.I.2\" must be"),
        "{}",
        milestone.stdout
    );
    let file = Fixture::valid()
        .edit("plan.toml", "language = \"vi\"", "language = 1")
        .run(&["--lang", "en", "validate"]);
    assert!(
        file.stdout.contains("`language` of plan.toml must be"),
        "{}",
        file.stdout
    );
}

/// Mistakes typed by hand into a plan file that the TOML parser describes
/// in English: each is told in Vietnamese, none quoted as the parser's words
/// (the ones left quoted are listed by `TOML_DESCRIPTIONS`).
#[test]
fn hand_typed_toml_mistakes_are_told_in_vietnamese() {
    for (typed, said) in [
        ("due = 2022-06-30 10", "giờ không hợp lệ; cần có `:` (HH:MM)"),
        ("due = 2022-06-30T", "giờ không hợp lệ; cần có giờ"),
        ("due = 2022-06-30;", "ngày giờ không hợp lệ; cần có `T` giữa ngày và giờ"),
        ("due = 2022-06-30T10:00:00Q", "múi giờ không hợp lệ; cần có `Z` hoặc +HH:MM hoặc -HH:MM"),
        ("lead = 'skhdt", "chuỗi trong ngoặc đơn không hợp lệ (thường do thiếu dấu ' đóng)"),
        ("title = '''abc", "chuỗi nhiều dòng trong ngoặc đơn không hợp lệ"),
        (r#"title = "C:\Users""#, "dấu \\ trong chuỗi ngoặc kép mở một mã Unicode"),
        (r#"title = "a \ b""#, "TOML: dấu \\ trong chuỗi ngoặc kép phải đi cùng một ký tự đặc biệt; muốn viết chính dấu \\ thì ghi \\\\ hoặc đặt chuỗi trong ngoặc đơn"),
        ("due = 7.", "phần thập phân không hợp lệ (cần chữ số sau dấu chấm); cần có chữ số"),
        ("due = .5", "số không hợp lệ (cần chữ số trước dấu chấm)"),
        ("due = 1e", "số mũ không hợp lệ"),
        ("due = 1__0", "dấu `_` chỉ được đặt giữa hai chữ số"),
        ("ongoing = True", "giá trị đúng/sai không hợp lệ (viết true hoặc false, chữ thường)"),
        ("lead = [\"skhdt\", = \"sxd\"]", "thừa dấu `=` trong mảng; cần có một giá trị hoặc `]`"),
    ] {
        let out = Fixture::valid()
            .edit("tasks/pl2-01.toml", "due = 2022-06-30", typed)
            .run(&["validate"]);
        assert_eq!(out.code, 1, "{typed}: {}", out.transcript());
        assert!(
            out.stdout.contains("lỗi[toml-syntax]: sai cú pháp TOML: ") && out.stdout.contains(said),
            "{typed}: {}",
            out.stdout
        );
        assert!(!out.stdout.contains("thông báo của bộ đọc TOML"), "{typed}: {}", out.stdout);
    }
}

#[test]
fn a_quoted_date_gets_the_users_own_date_to_write() {
    let f = Fixture::valid()
        .edit(
            "tasks/pl2-01.toml",
            "due = 2022-06-30",
            "due = \"2022-12-31\"",
        )
        .edit(
            "agencies.toml",
            "aliases = [\"SXD\"]",
            "aliases = [\"SXD\"]\nuntil = \"30/06/2025\"",
        );
    let out = validate(f);
    assert!(out.contains("due = 2022-12-31") && out.contains("until = 2025-06-30"));
    assert_snapshot!(out);
}

#[test]
fn a_lead_written_as_one_text_is_one_finding_with_the_list_to_write() {
    let out = validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "tỉnh.\"\nlead = [\"skhdt\"]",
        "tỉnh.\"\nlead = \"skhdt\"",
    ));
    assert!(!out.contains("empty-lead"), "{out}");
    assert!(out.contains("lead = [\"skhdt\"]"), "{out}");
    assert_snapshot!(out);
}

#[test]
fn a_milestone_finding_names_which_milestone() {
    let out = validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "  what = \"Hoàn thành\"",
        "  what = \"Hoàn thành\"\n  whom = \"sxd\"",
    ));
    assert!(out.contains("số 2 của \"PL2.I.2\""), "{out}");
    assert_snapshot!(out);
    // A key missing from it: the same name.
    let out = validate(Fixture::valid().edit("tasks/pl2-01.toml", "  what = \"Hoàn thành\"\n", ""));
    assert!(
        out.contains("mốc [[task.milestone]] số 2 của \"PL2.I.2\" thiếu `what`"),
        "{out}"
    );
}

#[test]
fn an_unknown_key_as_near_two_keys_suggests_both() {
    let out = validate(Fixture::valid().edit(
        "plan.toml",
        "[reporting]",
        "[report]\nsigner_name = \"Nguyễn Văn A\"\n\n[reporting]",
    ));
    assert!(out.contains("\"signer\" hoặc \"signer_title\""), "{out}");
    assert_snapshot!(out);
}

#[test]
fn an_unquoted_day_month_year_date_gets_the_toml_date() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "due = 2022-06-30",
        "due = 31/12/2022"
    )));
}

#[test]
fn a_date_without_leading_zeros_gets_them() {
    let out =
        validate(Fixture::valid().edit("tasks/pl2-01.toml", "due = 2022-06-30", "due = 2022-6-30"));
    assert!(out.contains("due = 2022-06-30"), "{out}");
    assert_snapshot!(out);
    // Each date-shaped value the parser refuses: the date, or the example.
    for (typed, write) in [
        ("due = 2022-06-3", "viết due = 2022-06-03"),
        ("due = 30.06.2022", "viết due = 2022-06-30"),
        ("due = 31/02/2022", "viết ngày theo mẫu due = 2022-06-30"),
        ("due = 22-06-30", "cần có năm bốn chữ số (YYYY)"),
    ] {
        let out = validate(Fixture::valid().edit("tasks/pl2-01.toml", "due = 2022-06-30", typed));
        assert!(out.contains(write), "{typed}: {out}");
    }
}

#[test]
fn typographic_quotes_are_named_as_such() {
    assert_snapshot!(validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "schedule = \"Hoàn thành trong tháng 6/2022\"",
        "schedule = “Hoàn thành trong tháng 6/2022”"
    )));
}

#[test]
fn an_array_left_open_names_the_line_it_opened_on() {
    let out = validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "2022-06-30\ndeliverables = [\"Quy hoạch được phê duyệt\"]",
        "2022-06-30\ndeliverables = [\"Quy hoạch được phê duyệt\"",
    ));
    assert!(out.contains("dòng 12"), "{out}");
    assert_snapshot!(out);
}

#[test]
fn a_backslash_in_a_string_is_explained_without_the_parsers_list() {
    let out = validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "schedule = \"Hoàn thành trong tháng 6/2022\"",
        "schedule = \"Tháng 6 \\ 2022\"",
    ));
    assert!(!out.contains("`b`"), "{out}");
    assert_snapshot!(out);
}

/// A key of the wrong type is one finding: not also "no schedule kind" for
/// `ongoing = "true"`, nor "no milestone that reads" for `milestone = "…"`.
#[test]
fn a_mistyped_schedule_key_is_not_also_reported_missing() {
    let ongoing = validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "ongoing = true",
        "ongoing = \"true\"",
    ));
    assert!(
        ongoing.contains("wrong-type") && !ongoing.contains("schedule-kind"),
        "{ongoing}"
    );
    let milestone = validate(Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "due = 2022-06-30",
        "milestone = \"Quý I/2023\"",
    ));
    assert!(
        milestone.contains("wrong-type") && !milestone.contains("no-milestones"),
        "{milestone}"
    );
}

/// An amendment whose only term is mistyped (`due = "31/12/2024"`, `lead =
/// "sxd"`) has that one finding, with the value to write: it does not also
/// "change nothing".
#[test]
fn an_amendment_with_a_mistyped_term_is_one_finding() {
    let out = validate(Fixture::valid().write(
        "amendments.toml",
        "[[amendment]]\ndecision = \"Quyết định số 9/QĐ-TEST\"\nissued_on = 2024-01-10\ntask = \"PL2.I.6\"\ndue = \"31/12/2024\"\n"
            .as_bytes(),
    ));
    assert!(
        out.contains("due = 2024-12-31") && !out.contains("amendment-kind"),
        "{out}"
    );
    assert_eq!(out.matches("lỗi[").count(), 1, "{out}");
    let out = validate(Fixture::valid().write(
        "amendments.toml",
        "[[amendment]]\ndecision = \"Quyết định số 9/QĐ-TEST\"\nissued_on = 2024-01-10\ntask = \"PL2.I.6\"\nlead = \"sxd\"\n"
            .as_bytes(),
    ));
    assert!(out.contains("lead = [\"sxd\"]"), "{out}");
    assert_eq!(out.matches("lỗi[").count(), 1, "{out}");
}
