//! Bytes to text. Windows tools save UTF-16, legacy code pages, byte-order
//! marks and CRLF; each gets a clear answer rather than a parser's byte offset.

/// Why a file's bytes are not text we can read.
#[derive(Debug, PartialEq, Eq)]
pub struct DecodeError {
    pub message: String,
    pub line: Option<usize>,
    pub help: String,
}

/// What decoding noticed but could handle.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub had_bom: bool,
    pub had_crlf: bool,
}

const SAVE_AS_UTF8: &str =
    "save the file as UTF-8 (in Notepad or Excel: Save As, Encoding \"UTF-8\"), then run the command again";

pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_owned(bytes.to_vec())
}

/// As [`decode`], taking the bytes so that valid UTF-8 becomes a String
/// without a copy.
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(DecodeError {
            message: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); plan files must be UTF-8".into(),
            line: None,
            help: SAVE_AS_UTF8.into(),
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
            message:
                "the file looks like UTF-16 (half its bytes are zero); plan files must be UTF-8"
                    .into(),
            line: None,
            help: SAVE_AS_UTF8.into(),
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
                message: format!(
                    "the file is not UTF-8: byte 0x{:02X} on line {line} is not valid UTF-8 (it may be saved in a legacy code page such as Windows-1258 or TCVN3)",
                    body[at]
                ),
                line: Some(line),
                help: SAVE_AS_UTF8.into(),
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
        assert!(decode(&bytes).unwrap_err().message.contains("UTF-16"));
        let no_bom: Vec<u8> = "id = \"x\"\n"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert!(decode(&no_bom).unwrap_err().message.contains("UTF-16"));
    }

    #[test]
    fn legacy_code_page_gets_its_line() {
        // "Sở" in Windows-1258 is 'S', 0xD5 followed by a combining byte.
        let err = decode(b"a = 1\nb = \"S\xD5\xD2\"\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.message.contains("not UTF-8"));
    }
}
