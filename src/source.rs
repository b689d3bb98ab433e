//! The text of every file the loader read, and the translation from byte
//! spans to the line and column a person sees in an editor.

use std::ops::Range;

/// Index of a file in [`Sources`].
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct FileId(pub usize);

/// Where a value came from: a file and a byte range of its text. The range
/// is kept as two `u32` (16 bytes a place instead of 24): a plan of 100 000
/// tasks holds some 800 000 places, and no plan file comes near 4 GiB (the
/// loader refuses large files long before; a larger offset would be kept as
/// the largest, and positions are clamped to the text).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Loc {
    pub file: FileId,
    start: u32,
    end: u32,
}

impl Loc {
    pub fn new(file: FileId, span: Range<usize>) -> Loc {
        let at = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Loc {
            file,
            start: at(span.start),
            end: at(span.end),
        }
    }

    /// The byte range of the value in its file's text.
    pub fn span(&self) -> Range<usize> {
        // u32 always fits in usize on the platforms `plan` builds for.
        let at = |n: u32| usize::try_from(n).unwrap_or(usize::MAX);
        at(self.start)..at(self.end)
    }
}

/// A value with the place it was read from.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct At<T> {
    pub value: T,
    pub loc: Loc,
}

impl<T> At<T> {
    pub fn new(value: T, loc: Loc) -> Self {
        At { value, loc }
    }
}

impl<T> std::ops::Deref for At<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// One decoded file: the path as shown to the user and its text (BOM removed;
/// CRLF kept, so byte spans from the parser stay valid).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    /// Where each line starts, computed the first time a position is asked
    /// for: most files never need it.
    #[serde(skip)]
    line_starts: std::sync::OnceLock<Vec<usize>>,
}

/// A resolved position: 1-based line and column (column counted in characters,
/// as editors count them).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl SourceFile {
    pub fn new(path: String, text: String) -> Self {
        SourceFile {
            path,
            text,
            line_starts: std::sync::OnceLock::new(),
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    fn line_index(&self, offset: usize) -> usize {
        match self.line_starts().binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The line and column of a byte offset.
    pub fn position(&self, offset: usize) -> Position {
        let offset = self.clamp(offset);
        let i = self.line_index(offset);
        let column = self.text[self.line_starts()[i]..offset].chars().count() + 1;
        Position {
            line: i + 1,
            column,
        }
    }

    /// The text of the line holding `offset` (without its line ending), and
    /// the byte offset where that line starts.
    pub fn line_of(&self, offset: usize) -> (&str, usize) {
        let offset = self.clamp(offset);
        let i = self.line_index(offset);
        let start = self.line_starts()[i];
        let end = self
            .line_starts()
            .get(i + 1)
            .map(|e| e - 1)
            .unwrap_or(self.text.len());
        let line = self.text[start..end].trim_end_matches('\r');
        (line, start)
    }

    fn clamp(&self, offset: usize) -> usize {
        let mut o = offset.min(self.text.len());
        while !self.text.is_char_boundary(o) {
            o -= 1;
        }
        o
    }
}

/// Every file of a plan, in the order they were read.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() - 1)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0]
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Frees every file's text, keeping the paths. Every finding has been
    /// resolved to its line by then, and a plan of 100 000 tasks holds 40 MB
    /// of text no query needs.
    pub fn release_text(&mut self) {
        for f in &mut self.files {
            f.text = String::new();
            f.line_starts = std::sync::OnceLock::new();
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().map(|(i, f)| (FileId(i), f))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_keeps_its_range_in_sixteen_bytes() {
        let loc = Loc::new(FileId(3), 12..40);
        assert_eq!(loc.span(), 12..40);
        assert_eq!(loc.file, FileId(3));
        assert!(std::mem::size_of::<Loc>() <= 16);
        // An offset past 4 GiB (no plan file is that large) is kept as the
        // largest, never wrapped round to a wrong line.
        let far = Loc::new(FileId(0), 0..usize::MAX);
        assert_eq!(far.span().end, u32::MAX as usize);
        let f = SourceFile::new("x".into(), "a = 1\n".into());
        assert_eq!(f.position(far.span().end).line, 2);
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let f = SourceFile::new("x".into(), "a = 1\r\nđề = \"x\"\n".into());
        assert_eq!(f.position(0), Position { line: 1, column: 1 });
        let off = f.text.find('=').unwrap();
        assert_eq!(f.position(off).line, 1);
        let off = f.text.rfind('=').unwrap();
        // "đề " is three characters but five bytes.
        assert_eq!(f.position(off), Position { line: 2, column: 4 });
        assert_eq!(f.line_of(0).0, "a = 1");
        assert_eq!(f.line_of(off).0, "đề = \"x\"");
    }

    #[test]
    fn offsets_past_the_end_are_clamped() {
        let f = SourceFile::new("x".into(), "ab".into());
        assert_eq!(f.position(99), Position { line: 1, column: 3 });
    }
}
