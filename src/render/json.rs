//! The JSON backend, for programs: one envelope for every command, keys and
//! codes in snake_case whatever the language, ISO dates.

use crate::document::Document;
use serde::Serialize;

#[derive(Serialize)]
struct Envelope<'a> {
    plan: &'a str,
    as_of: Option<chrono::NaiveDate>,
    command: &'a str,
    data: &'a serde_json::Value,
}

/// Pretty JSON with a final newline.
pub fn json(doc: &Document) -> String {
    let env = Envelope {
        plan: &doc.plan,
        as_of: doc.as_of,
        command: doc.command,
        data: &doc.data,
    };
    // A tree of serde_json values always serialises.
    serde_json::to_string_pretty(&env).unwrap_or_default() + "\n"
}
