//! Writes a synthetic, valid plan folder for benchmarks:
//! `cargo run --release --example gen_plan -- --tasks 100000 --out /tmp/plan-100k [--seed 1] [--changes]`

use clap::Parser;
use std::path::PathBuf;

#[derive(Parser)]
struct Args {
    /// How many tasks (one file per 500).
    #[arg(long)]
    tasks: usize,
    /// The folder to write; it must not exist or be empty.
    #[arg(long)]
    out: PathBuf,
    /// The same seed gives the same plan.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Also an agency merged into another and amendments (one per 1 000
    /// tasks), so that the plan read on a later date differs.
    #[arg(long)]
    changes: bool,
}

fn main() -> anyhow::Result<()> {
    let a = Args::parse();
    if a.out.exists() && std::fs::read_dir(&a.out)?.next().is_some() {
        anyhow::bail!("{} is not empty; choose a new folder", a.out.display());
    }
    plan::generate::write_with(&a.out, a.tasks, a.seed, a.changes)?;
    println!("wrote a plan of {} tasks to {}", a.tasks, a.out.display());
    Ok(())
}
