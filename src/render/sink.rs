//! Text backends write into a buffer that goes out a chunk at a time: a
//! 100 000-row report is 42 MB of Markdown, and a string of all of it was a
//! tenth of the process's peak memory.

use std::io::{self, Write};

/// Written out whenever this much has gathered.
const CHUNK: usize = 64 * 1024;

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
}
