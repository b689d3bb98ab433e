//! The December cycle's intake: forms that go out to the agencies as
//! workbooks, and replies that come back and are checked cell by cell before
//! anything is recorded. Their words are in `crate::catalogue::form`.

pub mod forms;
pub mod import;
