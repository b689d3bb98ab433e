//! Bytes to text. Windows tools save UTF-16, legacy code pages, byte-order
//! marks and CRLF; each gets a clear answer rather than a parser's byte offset.

use crate::catalogue::finding::Encoding;
use crate::catalogue::Finding;
use crate::lang::Lang;

/// Why a file's bytes are not text we can read.
#[derive(Debug, PartialEq, Eq)]
pub struct DecodeError {
    pub problem: Encoding,
}

impl DecodeError {
    /// The line the problem is on, when it is on one.
    pub fn line(&self) -> Option<usize> {
        match self.problem {
            Encoding::NotUtf8 { line, .. } => Some(line),
            Encoding::Utf16Bom | Encoding::Utf16Zeros => None,
        }
    }

    pub fn finding(&self) -> Finding {
        Finding::Encoding {
            problem: self.problem,
        }
    }

    /// The problem in words, for commands that stop on it.
    pub fn message(&self, lang: Lang) -> String {
        self.finding().text(lang)
    }

    /// The fix in words.
    pub fn help(&self, lang: Lang) -> String {
        self.finding().help(lang).unwrap_or_default()
    }
}

/// What decoding noticed but could handle.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub had_bom: bool,
    pub had_crlf: bool,
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_owned(bytes.to_vec())
}

/// As [`decode`], taking the bytes so that valid UTF-8 becomes a String
/// without a copy.
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(DecodeError {
            problem: Encoding::Utf16Bom,
        });
    }
    let had_bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
    if had_bom {
        bytes.drain(..3);
    }
    // UTF-16 without a byte-order mark: every other byte of ASCII text is NUL.
    let head = &bytes[..bytes.len().min(512)];
    if head.len() >= 4 && head.iter().filter(|&&b| b == 0).count() * 4 >= head.len() {
        return Err(DecodeError {
            problem: Encoding::Utf16Zeros,
        });
    }
    // One validation pass: the bytes become the String, or the error says where.
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            had_crlf: text.contains("\r\n"),
            text,
            had_bom,
        }),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let body = e.as_bytes();
            let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(DecodeError {
                problem: Encoding::NotUtf8 {
                    byte: body[at],
                    line,
                },
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_and_crlf_is_read() {
        let d = decode(b"\xEF\xBB\xBFa = 1\r\n").unwrap();
        assert_eq!(d.text, "a = 1\r\n");
        assert!(d.had_bom && d.had_crlf);
    }

    #[test]
    fn utf16_is_named() {
        let bytes: Vec<u8> = "\u{feff}a = 1"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(decode(&bytes).unwrap_err().problem, Encoding::Utf16Bom);
        let no_bom: Vec<u8> = "id = \"x\"\n"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(decode(&no_bom).unwrap_err().problem, Encoding::Utf16Zeros);
    }

    #[test]
    fn legacy_code_page_gets_its_line() {
        // "Sở" in Windows-1258 is 'S', 0xD5 followed by a combining byte.
        let err = decode(b"a = 1\nb = \"S\xD5\xD2\"\n").unwrap_err();
        assert_eq!(err.line(), Some(2));
        assert!(err.message(Lang::En).contains("not UTF-8"));
    }
}
