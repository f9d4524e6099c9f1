//! `hearth bench`: figures, not pass/fail — filled in below.

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_a: Args) -> anyhow::Result<()> {
    Ok(())
}
