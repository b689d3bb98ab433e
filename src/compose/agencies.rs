//! `plan agencies` as a document: the registry, with how many tasks each
//! agency leads (by name, and through a collective) and supports.

use crate::catalogue::{Message, Word};
use crate::document::{Block, Cell, Document, Table};
use crate::lang::Lang;
use crate::model::{Agency, Plan};
use serde::Serialize;

#[derive(Serialize)]
struct View<'a> {
    id: &'a str,
    name: &'a str,
    name_en: Option<&'a str>,
    level: &'static str,
    aliases: &'a [String],
    member_of: Vec<&'a str>,
    lead: usize,
    support: usize,
}

pub fn document(plan: &Plan, rows: &[(&Agency, usize, usize)], lang: Lang) -> Document<'static> {
    let views: Vec<View> = rows
        .iter()
        .map(|(a, lead, support)| View {
            id: a.id.as_str(),
            name: &a.name,
            name_en: a.name_en.as_deref(),
            level: a.level.key(),
            aliases: &a.aliases,
            member_of: a.member_of.iter().map(|m| m.as_str()).collect(),
            lead: *lead,
            support: *support,
        })
        .collect();
    let mut doc = Document::new("agencies", &plan.meta.id, None, &views);
    doc.push(Block::Title(
        Message::AgenciesTitle { count: rows.len() }.text(lang),
    ));
    let mut t = Table::new(
        "agencies",
        &[
            Word::Code,
            Word::Name,
            Word::Level,
            Word::Leads,
            Word::Supports,
            // Last: the decision's name is what a reader looks for.
            Word::EnglishName,
        ],
    )
    .shorten(1);
    for (a, lead, support) in rows {
        t.rows.push(vec![
            Cell::Id(a.id.as_str().to_string()),
            Cell::text(&a.name),
            Cell::Level(a.level),
            Cell::count(*lead),
            Cell::count(*support),
            Cell::opt_text(a.name_en.as_deref()),
        ]);
    }
    doc.push(Block::Table(t));
    doc
}
