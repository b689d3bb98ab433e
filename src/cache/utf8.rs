//! The plan's long texts (task titles, schedules, deliverables) read back
//! from the load cache with a SIMD UTF-8 check (`simdutf8`) instead of the
//! standard one: a warm run decodes 40 MB of mostly Vietnamese text, and the
//! standard check, fast only for ASCII, was a sixth of a warm `overdue`.
//! On the wire a string is its length and bytes (postcard writes `str` and
//! bytes alike), so the entry's format does not change; a format that gives
//! a `str` (JSON) is taken as it is.

use serde::de::{Deserializer, Error, Visitor};
use serde::Deserialize;
use std::fmt;

/// A `String` field read from the cache.
pub fn string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Text::deserialize(d).map(|t| t.0)
}

/// An `Option<String>` field read from the cache.
pub fn opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Option::<Text>::deserialize(d).map(|t| t.map(|t| t.0))
}

/// A `Vec<String>` field read from the cache.
pub fn strings<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Vec::<Text>::deserialize(d).map(|v| v.into_iter().map(|t| t.0).collect())
}

struct Text(String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_bytes(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("UTF-8 text")
    }

    fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<Text, E> {
        match simdutf8::basic::from_utf8(v) {
            Ok(s) => Ok(Text(s.to_owned())),
            // The entry is damaged: said as such by the cache (docs/cache.md).
            Err(_) => Err(E::invalid_value(serde::de::Unexpected::Bytes(v), &self)),
        }
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text(v.to_owned()))
    }

    fn visit_string<E: Error>(self, v: String) -> Result<Text, E> {
        Ok(Text(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct T {
        #[serde(deserialize_with = "string")]
        title: String,
        #[serde(deserialize_with = "opt_string")]
        schedule: Option<String>,
        #[serde(deserialize_with = "strings")]
        deliverables: Vec<String>,
    }

    #[test]
    fn texts_read_back_as_written_and_bad_bytes_are_refused() {
        let t = T {
            title: "Phát triển hạ tầng số \u{202E} vùng".into(),
            schedule: None,
            deliverables: vec!["Báo cáo".into(), String::new()],
        };
        let bytes = postcard::to_stdvec(&t).unwrap();
        assert_eq!(postcard::from_bytes::<T>(&bytes).unwrap(), t);
        let t2 = T {
            schedule: Some("Năm 2025".into()),
            ..t
        };
        let bytes = postcard::to_stdvec(&t2).unwrap();
        assert_eq!(postcard::from_bytes::<T>(&bytes).unwrap(), t2);
        // JSON gives a str: taken as it is.
        let json = serde_json::to_string(&t2).unwrap();
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), t2);
        // A damaged entry whose text is no longer UTF-8 is an error, never a panic.
        let mut bad = postcard::to_stdvec(&t2).unwrap();
        bad[1] = 0xFF;
        assert!(postcard::from_bytes::<T>(&bad).is_err());
    }
}
