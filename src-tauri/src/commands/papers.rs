//! The papers a home needs before switching Hearth on (a DPIA draft, the AI transparency
//! sheet), written from this device's settings for an administrator; logged.

use hearth_core::access::Role;
use hearth_core::audit::{self, Entry};
use hearth_core::clock::now_ms;
use hearth_core::papers::{self, AppSide, Paper, PaperError};
use hearth_core::paths;
use hearth_wire::{commands as wire, ArgsOf, PaperKind, Problem, ReplyOf};

use crate::problems::problem;
use crate::session::require;
use crate::state::with;
use crate::AppState;

#[tauri::command]
pub async fn make_paper(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::MakePaper>,
) -> Result<ReplyOf<wire::MakePaper>, Problem> {
    let who = require(&state, Role::Admin)?;
    crate::checks::language(&args.language)?;
    let paper = match args.kind {
        PaperKind::Dpia => Paper::Dpia,
        PaperKind::AiTransparency => Paper::AiTransparency,
    };
    let app = AppSide {
        version: env!("CARGO_PKG_VERSION").to_string(),
        speech_model: super::support::speech_model(&state),
        meaning_model: state.meaning.get().is_some(),
        device_mode: crate::kiosk::mode(&state),
        journal_path: paths::journal_file(),
    };
    let now = now_ms();
    let entry = Entry::new(&who.name, "make_paper", "this device", paper.slug());
    let facts = with(&state, |s| {
        audit::record(s, &entry).map_err(|e| PaperError::Journal(e.into()))?;
        papers::facts(s, app, now)
    })?;
    let doc = papers::compose(paper, &facts, &state.i18n, &args.language);
    let saved = papers::save(&doc, paper, &args.language, &papers::dir(), now).map_err(problem)?;
    log::info!("{} written in {}", paper.slug(), papers::dir().display());
    Ok(saved.iter().map(|p| p.display().to_string()).collect())
}
