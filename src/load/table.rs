//! A reader over one parsed TOML table that turns values into model types and
//! records a diagnostic, with its span, for every missing, mistyped or unknown
//! key, so one run reports every problem in a file, not just the first.

use crate::catalogue::finding::{Expected, Part, TomlType, TypeHint};
use crate::catalogue::Finding;
use crate::diagnostic::Diagnostic;
use crate::source::{At, FileId, Loc, SourceFile};
use crate::text;
use chrono::NaiveDate;
use std::ops::Range;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// The file being read and where findings go.
pub struct Cx<'a> {
    pub file: FileId,
    pub source: &'a SourceFile,
    pub diags: &'a mut Vec<Diagnostic>,
}

impl Cx<'_> {
    pub fn loc(&self, span: Range<usize>) -> Loc {
        Loc::new(self.file, span)
    }

    pub fn report(&mut self, span: Range<usize>, d: impl Into<Diagnostic>) {
        self.diags.push(d.into().at_source(self.source, &span));
    }
}

type Value<'i> = Spanned<DeValue<'i>>;

pub struct Table<'a, 'i> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
    /// What the table is, for messages: a task, an agency, plan.toml.
    pub kind: Part,
    known: Vec<&'static str>,
    /// The id of the table this one is part of (a milestone's task), for
    /// messages about a table without an id of its own.
    parent: Option<String>,
    /// Which of its parent's tables this is, counted from 1 (`[[task.milestone]]` 2).
    number: Option<usize>,
    /// Keys present with a value of the wrong type: their wrong-type finding
    /// says it all, and "missing" or "empty" beside it would be false.
    mistyped: Vec<&'static str>,
}

impl<'a, 'i> Table<'a, 'i> {
    pub fn new(table: &'a DeTable<'i>, span: Range<usize>, kind: Part) -> Self {
        Table {
            table,
            span,
            kind,
            known: Vec::new(),
            parent: None,
            number: None,
            mistyped: Vec::new(),
        }
    }

    /// The id that names this table for a reader, whatever else is wrong
    /// with it: its `id` (a task, an agency, an indicator), the task or
    /// indicator or agency it records (an update, an amendment, an actual, a
    /// report), else the id of the table it is part of. Read without marking
    /// the key known, so the key's own checks still run.
    fn owner(&self) -> Option<String> {
        self.own_id().or_else(|| self.parent.clone())
    }

    /// The owner, and the table's number in its parent when the owner is
    /// the parent's (two milestones of one task are told apart by it).
    fn named(&self) -> (Option<String>, Option<usize>) {
        match self.own_id() {
            Some(id) => (Some(id), None),
            None => (
                self.parent.clone(),
                self.number.filter(|_| self.parent.is_some()),
            ),
        }
    }

    fn own_id(&self) -> Option<String> {
        // A file is named by its path already (plan.toml's `id` is the
        // decision's number, not a name for the file).
        if self.kind.is_file() {
            return None;
        }
        ["id", "task", "indicator", "agency"]
            .iter()
            .find_map(|key| {
                self.table
                    .iter()
                    .find(|(k, _)| k.get_ref().as_ref() == *key)
                    .and_then(|(_, v)| match v.get_ref() {
                        DeValue::String(s) if !s.trim().is_empty() => Some(s.to_string()),
                        _ => None,
                    })
            })
    }

    /// Whether `key` is present with a value of the wrong type (asked after
    /// the getter that found it so).
    pub fn mistyped(&self, key: &str) -> bool {
        self.mistyped.contains(&key)
    }

    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// Looks a key up and marks it as one this table understands.
    fn get(&mut self, key: &'static str) -> Option<&'a Value<'i>> {
        self.known.push(key);
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    pub fn has(&mut self, key: &'static str) -> bool {
        self.get(key).is_some()
    }

    /// Whether the table has an unknown key that looks like a typo of `key`
    /// ("scheduel"): the unknown-key finding then says it all, and a second
    /// "missing `schedule`" would only repeat it.
    pub fn has_typo_of(&self, key: &str) -> bool {
        self.table.iter().any(|(k, _)| {
            let k = k.get_ref().as_ref();
            k != key && strsim::normalized_damerau_levenshtein(k, key) >= 0.6
        })
    }

    pub fn missing(&self, cx: &mut Cx, key: &str, example: &str) {
        if self.has_typo_of(key) {
            return;
        }
        let (owner, number) = self.named();
        cx.report(
            self.span.clone(),
            Finding::MissingKey {
                part: self.kind,
                owner,
                number,
                key: key.to_string(),
                example: example.to_string(),
            },
        );
    }

    fn wrong_type(
        &mut self,
        cx: &mut Cx,
        key: &'static str,
        v: &Value,
        expected: Expected,
        hint: Option<TypeHint>,
    ) {
        self.mistyped.push(key);
        let (owner, number) = self.named();
        cx.report(
            v.span(),
            Finding::WrongType {
                part: self.kind,
                owner,
                number,
                key: key.to_string(),
                expected,
                found: toml_type(v.get_ref()),
                hint,
            },
        );
    }

    pub fn string(&mut self, cx: &mut Cx, key: &'static str) -> Option<At<String>> {
        self.string_checked(cx, key, checked_text)
    }

    /// A string passed through `text` (which reports what is wrong with it
    /// and gives the value kept).
    fn string_checked(
        &mut self,
        cx: &mut Cx,
        key: &'static str,
        text: impl Fn(&mut Cx, Range<usize>, &str) -> String,
    ) -> Option<At<String>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::String(s) => Some(At::new(text(cx, v.span(), s), cx.loc(v.span()))),
            _ => {
                self.wrong_type(cx, key, v, Expected::String, Some(TypeHint::Quote));
                None
            }
        }
    }

    pub fn req_string(&mut self, cx: &mut Cx, key: &'static str) -> Option<At<String>> {
        let found = self.has(key);
        if !found {
            self.missing(cx, key, "\"…\"");
            return None;
        }
        self.string(cx, key)
    }

    pub fn strings(&mut self, cx: &mut Cx, key: &'static str) -> Vec<At<String>> {
        self.strings_checked(cx, key, checked_text)
    }

    /// A line of `[report]`'s letterhead: as [`Table::string`], but a control
    /// character, a tab included, is a finding naming `key` (and is left
    /// out of the value kept).
    pub fn letter_line(&mut self, cx: &mut Cx, key: &'static str) -> Option<At<String>> {
        self.string_checked(cx, key, |cx, span, s| letter_text(cx, key, span, s))
    }

    /// An array of letterhead lines, each as [`Table::letter_line`].
    pub fn letter_lines(&mut self, cx: &mut Cx, key: &'static str) -> Vec<At<String>> {
        self.strings_checked(cx, key, |cx, span, s| letter_text(cx, key, span, s))
    }

    /// An array of strings, each passed through `text` (which reports what
    /// is wrong with it and gives the value kept).
    fn strings_checked(
        &mut self,
        cx: &mut Cx,
        key: &'static str,
        text: impl Fn(&mut Cx, Range<usize>, &str) -> String,
    ) -> Vec<At<String>> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = v.get_ref() else {
            // One text where a list is wanted: the list of it.
            let hint = match v.get_ref() {
                DeValue::String(s) => TypeHint::ListOf {
                    value: s.to_string(),
                },
                _ => TypeHint::StringArray,
            };
            self.wrong_type(cx, key, v, Expected::Strings, Some(hint));
            return Vec::new();
        };
        // Sized to the array: a vector grown from empty holds room for four,
        // and at 100 000 tasks with three lists each that was 35 MB unused.
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => {
                    out.push(At::new(text(cx, item.span(), s), cx.loc(item.span())))
                }
                _ => self.wrong_type(cx, key, item, Expected::Strings, None),
            }
        }
        out
    }

    /// One string or an array of them (`successor = "stc"` or `["a", "b"]`).
    pub fn string_or_strings(&mut self, cx: &mut Cx, key: &'static str) -> Vec<At<String>> {
        let one = matches!(self.get(key).map(|v| v.get_ref()), Some(DeValue::String(_)));
        if one {
            self.string(cx, key).into_iter().collect()
        } else {
            self.strings(cx, key)
        }
    }

    pub fn date(&mut self, cx: &mut Cx, key: &'static str) -> Option<At<NaiveDate>> {
        let v = self.get(key)?;
        let help = Some(TypeHint::Date);
        match v.get_ref() {
            DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => {
                    if !crate::dates::year_in_window(d.year.into()) {
                        cx.report(v.span(), bad_year(key, d.year.into()));
                        return None;
                    }
                    match NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()) {
                        Some(date) => Some(At::new(date, cx.loc(v.span()))),
                        None => {
                            cx.report(
                                v.span(),
                                Finding::NotARealDate {
                                    key: key.to_string(),
                                },
                            );
                            None
                        }
                    }
                }
                // A date and a time: the date alone, as the user wrote it.
                (Some(d), _, _) => {
                    let date = NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into());
                    let hint = date.map(|date| TypeHint::DateToWrite { date }).or(help);
                    self.wrong_type(cx, key, v, Expected::DateWithoutTime, hint);
                    None
                }
                _ => {
                    self.wrong_type(cx, key, v, Expected::DateWithoutTime, help);
                    None
                }
            },
            // A date in quotes, in any form an analyst types one: that date.
            DeValue::String(s) => {
                let hint = crate::dates::parse_argument(s)
                    .ok()
                    .map(|date| TypeHint::DateToWrite { date })
                    .or(help);
                self.wrong_type(cx, key, v, Expected::Date, hint);
                None
            }
            _ => {
                self.wrong_type(cx, key, v, Expected::Date, help);
                None
            }
        }
    }

    pub fn integer(&mut self, cx: &mut Cx, key: &'static str) -> Option<At<i64>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => Some(At::new(n, cx.loc(v.span()))),
                Err(_) => {
                    cx.report(
                        v.span(),
                        Finding::NumberTooLarge {
                            key: key.to_string(),
                        },
                    );
                    None
                }
            },
            _ => {
                self.wrong_type(cx, key, v, Expected::WholeNumber, None);
                None
            }
        }
    }

    /// A number, integer or float; "15,4" in quotes gets a pointed hint.
    pub fn number(&mut self, cx: &mut Cx, key: &'static str) -> Option<At<f64>> {
        let v = self.get(key)?;
        let n = match v.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
                .ok()
                .map(|n| n as f64),
            DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
            DeValue::String(s) => {
                let hint = s.replace('.', "").replace(',', ".");
                let help = match hint.trim().parse::<f64>() {
                    Ok(_) => TypeHint::DecimalPoint {
                        value: hint.trim().to_string(),
                    },
                    Err(_) => TypeHint::NumberWithoutQuotes,
                };
                self.wrong_type(cx, key, v, Expected::Number, Some(help));
                return None;
            }
            _ => {
                self.wrong_type(cx, key, v, Expected::Number, None);
                return None;
            }
        };
        match n {
            Some(n) if n.is_finite() => Some(At::new(n, cx.loc(v.span()))),
            _ => {
                cx.report(
                    v.span(),
                    Finding::NumberNotFinite {
                        key: key.to_string(),
                    },
                );
                None
            }
        }
    }

    pub fn boolean(&mut self, cx: &mut Cx, key: &'static str) -> Option<At<bool>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(At::new(*b, cx.loc(v.span()))),
            _ => {
                self.wrong_type(cx, key, v, Expected::Boolean, None);
                None
            }
        }
    }

    /// A sub-table (`[reporting]`).
    pub fn table(&mut self, cx: &mut Cx, key: &'static str, kind: Part) -> Option<Table<'a, 'i>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Table(t) => Some(Table::new(t, v.span(), kind)),
            _ => {
                let expected = Expected::Table {
                    key: key.to_string(),
                };
                self.wrong_type(cx, key, v, expected, None);
                None
            }
        }
    }

    /// An array of tables (`[[task]]`).
    pub fn tables(&mut self, cx: &mut Cx, key: &'static str, kind: Part) -> Vec<Table<'a, 'i>> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let expected = || Expected::Tables {
            key: key.to_string(),
        };
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong_type(cx, key, v, expected(), None);
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(t) => {
                    let mut child = Table::new(t, item.span(), kind);
                    child.parent = self.owner();
                    child.number = Some(out.len() + 1);
                    out.push(child);
                }
                _ => self.wrong_type(cx, key, item, expected(), None),
            }
        }
        out
    }

    /// A small array of whole numbers (`period = [2021, 2025]`).
    pub fn integers(&mut self, cx: &mut Cx, key: &'static str) -> Option<At<Vec<i64>>> {
        let v = self.get(key)?;
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong_type(cx, key, v, Expected::WholeNumbers, None);
            return None;
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Integer(i) => out.push(i64::from_str_radix(i.as_str(), i.radix()).ok()?),
                _ => {
                    self.wrong_type(cx, key, item, Expected::WholeNumbers, None);
                    return None;
                }
            }
        }
        Some(At::new(out, cx.loc(v.span())))
    }

    /// Reports every key no getter asked for, with the nearest known key.
    pub fn finish(self, cx: &mut Cx) {
        for (k, _) in self.table.iter() {
            let key = k.get_ref().as_ref();
            if self.known.contains(&key) {
                continue;
            }
            let mut known: Vec<&str> = self.known.clone();
            known.sort_unstable();
            known.dedup();
            let mut near = nearest_keys(key, &known).into_iter().map(str::to_string);
            let suggestion = near.next();
            let (owner, number) = self.named();
            cx.report(
                k.span(),
                Finding::UnknownKey {
                    part: self.kind,
                    owner,
                    number,
                    key: key.to_string(),
                    suggestion,
                    also: near.collect(),
                    known: known.iter().map(|k| k.to_string()).collect(),
                },
            );
        }
    }
}

/// The known keys nearest an unknown one, best first: a key it extends
/// with `_…` (`signer` for `signer_name`: the user added a qualifier), then
/// every key as near as the nearest by spelling (`signer_title`).
fn nearest_keys<'k>(key: &str, known: &[&'k str]) -> Vec<&'k str> {
    let mut out: Vec<&'k str> = known
        .iter()
        .copied()
        .filter(|k| {
            key.len() > k.len() + 1 && key.starts_with(k) && key[k.len()..].starts_with('_')
        })
        .collect();
    let near = text::nearest(key, known.iter().copied());
    let score = |k: &str| strsim::normalized_damerau_levenshtein(key, k);
    if let Some(best) = near.first().map(|k| score(k)) {
        for k in near {
            if score(k) >= best && !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// Every text stored in the model passes here: control characters and
/// invisible or bidi characters are errors, text not in NFC is a warning, and
/// the value kept is NFC. A CR LF pair is a line break (a checkout with
/// `core.autocrlf` writes one inside multi-line strings): the file's CRLF
/// warning covers it and the value keeps a plain LF.
fn checked_text(cx: &mut Cx, span: Range<usize>, s: &str) -> String {
    let lf;
    let s = if s.contains("\r\n") {
        lf = s.replace("\r\n", "\n");
        lf.as_str()
    } else {
        s
    };
    if let Some(c) = text::first_forbidden_control(s) {
        cx.report(span.clone(), Finding::ControlChar { ch: c });
    }
    if let Some(c) = text::first_invisible(s) {
        cx.report(span.clone(), Finding::InvisibleChar { ch: c });
    }
    if text::needs_nfc(s) {
        cx.report(span, Finding::NotNfc);
        return text::to_nfc(s);
    }
    s.to_string()
}

/// A letterhead line's text: a control character or a tab is reported once,
/// naming the key, instead of the general finding; the rest as any text.
fn letter_text(cx: &mut Cx, key: &str, span: Range<usize>, s: &str) -> String {
    let bad = |c: &char| *c == '\t' || text::is_forbidden_control(*c);
    let Some(ch) = s.chars().find(bad) else {
        return checked_text(cx, span, s);
    };
    cx.report(
        span.clone(),
        Finding::LetterheadControlChar {
            key: key.to_string(),
            ch,
        },
    );
    let kept: String = s.chars().filter(|c| !bad(c)).collect();
    checked_text(cx, span, &kept)
}

/// A date or year outside the window `plan` accepts (`0022` for 2022).
pub fn bad_year(key: &str, year: i64) -> Finding {
    Finding::BadYear {
        key: key.to_string(),
        year,
        first: crate::dates::FIRST_YEAR,
        last: crate::dates::LAST_YEAR,
    }
}

/// A whole-number year, checked against the window.
pub fn checked_year(cx: &mut Cx, key: &str, y: &At<i64>) -> Option<i32> {
    if crate::dates::year_in_window(y.value) {
        Some(y.value as i32)
    } else {
        cx.report(y.loc.span(), bad_year(key, y.value));
        None
    }
}

fn toml_type(v: &DeValue) -> TomlType {
    match v {
        DeValue::String(_) => TomlType::String,
        DeValue::Integer(_) => TomlType::Integer,
        DeValue::Float(_) => TomlType::Float,
        DeValue::Boolean(_) => TomlType::Boolean,
        DeValue::Datetime(_) => TomlType::Datetime,
        DeValue::Array(_) => TomlType::Array,
        DeValue::Table(_) => TomlType::Table,
    }
}
