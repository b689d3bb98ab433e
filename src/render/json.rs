//! The JSON backend, for programs: one envelope for every command, keys and
//! codes in snake_case whatever the language, ISO dates.
//!
//! `{"plan": id, "as_of": date or null, "command": name, "data": …}`

use crate::document::Document;

/// Pretty JSON with a final newline. The envelope is written here so that
/// `data` keeps its views' key order (a `serde_json::Value` would sort it).
pub fn json(doc: &Document) -> String {
    let string = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "null".into());
    let as_of = doc
        .as_of
        .map(|d| string(&d.format("%Y-%m-%d").to_string()))
        .unwrap_or_else(|| "null".into());
    // `data` sits one level in: its lines after the first move two spaces.
    let data = doc.data.replace('\n', "\n  ");
    format!(
        "{{\n  \"plan\": {},\n  \"as_of\": {as_of},\n  \"command\": {},\n  \"data\": {data}\n}}\n",
        string(&doc.plan),
        string(doc.command),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_envelope_holds_the_data_as_it_was_ordered() {
        #[derive(serde::Serialize)]
        struct V {
            z: u8,
            a: Vec<u8>,
        }
        let doc = Document::new(
            "list",
            "1165/QĐ-UBND",
            chrono::NaiveDate::from_ymd_opt(2025, 1, 2),
            &V { z: 1, a: vec![2] },
        );
        let out = json(&doc);
        assert_eq!(
            out,
            "{\n  \"plan\": \"1165/QĐ-UBND\",\n  \"as_of\": \"2025-01-02\",\n  \"command\": \"list\",\n  \"data\": {\n    \"z\": 1,\n    \"a\": [\n      2\n    ]\n  }\n}\n"
        );
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["data"]["a"][0], 2);
    }
}
