//! `hearth`: the command line over hearth-core — transcribe a recording, listen, speak,
//! read signals, manage speech models, and measure speed. Everything runs on this machine;
//! only `model download` uses the network, and only when asked.

mod backup_cmd;
mod bench;
mod bench_backup;
mod bench_journal;
mod bench_purge;
mod bench_signals;
mod bench_turn;
mod crash_loop;
mod demo_journal_cmd;
mod export_cmd;
mod installed;
mod listen_cmd;
mod model_cmd;
mod say_cmd;
mod signals_cmd;
mod soak;
mod transcribe_cmd;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "hearth",
    version,
    about = "Hearth's command line: offline speech recognition and model tools"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Transcribe a WAV file with a local Whisper model.
    Transcribe(transcribe_cmd::Args),
    /// Listen to the default microphone for a few seconds and print what was heard.
    Listen(listen_cmd::Args),
    /// List, import or download speech models.
    #[command(subcommand)]
    Model(model_cmd::ModelCommand),
    /// Speak text with the companion's voice (or write it to a WAV file).
    Say(say_cmd::Args),
    /// Print the wellbeing signals found in text (JSON lines with their evidence).
    Signals(signals_cmd::Args),
    /// Measure load time, latency, real-time factor and memory.
    Bench(bench::Args),
    /// Measure turn latency: from the end of an answer to the companion's first sound and word.
    BenchTurn(bench_turn::Args),
    /// Measure the signal readers: time per utterance and memory, with and without the meaning model.
    BenchSignals(bench_signals::Args),
    /// Write a realistic demo journal (by default 60 residents, 1 million notes over 5 years).
    DemoJournal(demo_journal_cmd::Args),
    /// Measure the care team's screens on a big journal: board, timeline, search.
    BenchJournal(bench_journal::Args),
    /// Measure the retention purge on a copy of a big journal, and the screens meanwhile.
    BenchPurge(bench_purge::Args),
    /// Measure a backup, its check, a restore and an upgrade on a big journal (100,000 notes).
    BenchBackup(bench_backup::Args),
    /// Kill a writer with SIGKILL again and again while it saves; check nothing confirmed is lost.
    #[command(hide = true)]
    CrashLoop(crash_loop::Args),
    /// Thousands of spoken turns and messages against one journal: memory, files, threads, notes.
    #[command(hide = true)]
    Soak(soak::Args),
    /// Export one resident's notes for a period: PDF, CSV or FHIR R4 JSON.
    Export(export_cmd::Args),
    /// Back the journal up to a folder or USB stick, check, list or restore backups.
    #[command(subcommand)]
    Backup(backup_cmd::BackupCommand),
}

fn main() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("error")).init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Transcribe(a) => transcribe_cmd::run(a),
        Command::Listen(a) => listen_cmd::run(a),
        Command::Model(m) => model_cmd::run(m),
        Command::Say(a) => say_cmd::run(a),
        Command::Signals(a) => signals_cmd::run(a),
        Command::Bench(a) => bench::run(a),
        Command::BenchTurn(a) => bench_turn::run(a),
        Command::DemoJournal(a) => demo_journal_cmd::run(a),
        Command::BenchJournal(a) => bench_journal::run(a),
        Command::BenchPurge(a) => bench_purge::run(a),
        Command::BenchBackup(a) => bench_backup::run(a),
        Command::BenchSignals(a) => bench_signals::run(a),
        Command::CrashLoop(a) => crash_loop::run(a),
        Command::Soak(a) => soak::run(a),
        Command::Export(a) => export_cmd::run(a),
        Command::Backup(c) => backup_cmd::run(c),
    };
    if let Err(e) = result {
        eprintln!("hearth: {e:#}");
        std::process::exit(1);
    }
}
