//! Text backends write into a buffer that goes out a chunk at a time: a
//! 100 000-row report is 42 MB of Markdown, and a string of all of it was a
//! tenth of the process's peak memory.

use crate::document::{Cell, Rows};
use std::io::{self, Write};

/// Written out whenever this much has gathered.
const CHUNK: usize = 64 * 1024;

/// Rows made at once by [`Sink::rows`]: the text held before it is written
/// is a window's, about 4 MB for rows of a task's usual length (a report's
/// row is about 400 bytes of Markdown, 1 KB of HTML), where writing a row at
/// a time held one chunk; a window is also enough work to keep the cores
/// busy between writes.
const ROWS_AT_ONCE: usize = 4096;
/// Rows a core makes in one piece: 16 pieces a window, enough to balance
/// over the cores, each long enough that handing it out costs little.
const ROWS_A_PIECE: usize = 256;

pub struct Sink<'w> {
    /// What is not yet written; backends append to it.
    pub buf: String,
    out: &'w mut dyn Write,
}

impl<'w> Sink<'w> {
    pub fn new(out: &'w mut dyn Write) -> Sink<'w> {
        Sink {
            buf: String::with_capacity(CHUNK + CHUNK / 4),
            out,
        }
    }

    /// Writes the buffer out once it holds a chunk; called between rows.
    pub fn spill(&mut self) -> io::Result<()> {
        if self.buf.len() >= CHUNK {
            self.out.write_all(self.buf.as_bytes())?;
            self.buf.clear();
        }
        Ok(())
    }

    /// Each row's text, as `write_row` puts it, in the rows' order. Made on
    /// every core a window of rows at a time: rows are independent, and a
    /// 100 000-row report spent half its time making and escaping rows on
    /// one core while the other idled. A window ([`ROWS_AT_ONCE`]) is
    /// written before the next is made.
    pub fn rows(
        &mut self,
        rows: &Rows,
        write_row: impl Fn(&mut String, &[Cell]) + Sync,
    ) -> io::Result<()> {
        use rayon::prelude::*;
        let windows = (0..rows.len()).step_by(ROWS_AT_ONCE);
        for start in windows {
            let end = (start + ROWS_AT_ONCE).min(rows.len());
            let texts: Vec<String> = (start..end)
                .into_par_iter()
                .step_by(ROWS_A_PIECE)
                .map(|from| {
                    let mut text = String::new();
                    for row in (from..(from + ROWS_A_PIECE).min(end)).filter_map(|i| rows.get(i)) {
                        write_row(&mut text, &row);
                    }
                    text
                })
                .collect();
            // A piece is written as it is, after what the buffer holds: not
            // copied into the buffer first (42 MB once more in a report).
            for text in texts {
                if !self.buf.is_empty() {
                    self.out.write_all(self.buf.as_bytes())?;
                    self.buf.clear();
                }
                self.out.write_all(text.as_bytes())?;
            }
        }
        Ok(())
    }

    /// Writes what is left.
    pub fn finish(self) -> io::Result<()> {
        self.out.write_all(self.buf.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_goes_out_in_chunks_and_whole() {
        let mut out = Vec::new();
        let mut sink = Sink::new(&mut out);
        sink.buf.push_str("small");
        sink.spill().unwrap();
        assert!(sink.buf.len() == 5, "kept until a chunk gathers");
        sink.buf.push_str(&"x".repeat(CHUNK));
        sink.spill().unwrap();
        assert!(sink.buf.is_empty(), "a chunk is written out");
        sink.buf.push_str("end");
        sink.finish().unwrap();
        assert_eq!(out.len(), 5 + CHUNK + 3);
        assert!(out.ends_with(b"xend"));
    }

    #[test]
    fn rows_made_on_every_core_are_written_in_order() {
        // More rows than a window, and a last piece part-full.
        let n = ROWS_AT_ONCE * 2 + ROWS_A_PIECE + 7;
        let rows = Rows::made(n, |i| vec![Cell::Integer(i as i64)]);
        let mut out = Vec::new();
        let mut sink = Sink::new(&mut out);
        sink.rows(&rows, |s, row| {
            if let Cell::Integer(i) = row[0] {
                s.push_str(&format!("{i}\n"));
            }
        })
        .unwrap();
        sink.finish().unwrap();
        let want: String = (0..n).map(|i| format!("{i}\n")).collect();
        assert_eq!(String::from_utf8(out).unwrap(), want);
    }
}
