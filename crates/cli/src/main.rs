//! The `dossier` command line: wires the library crates together, prints
//! results, and maps errors to exit codes. No logic of its own lives here.

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use dossier_article::PubDate;
use dossier_ingest::{IngestOptions, Problem};
use dossier_kb::{Counts, Kb, Observer, SearchRequest};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::Ordering::Relaxed;

#[derive(Parser)]
#[command(name = "dossier", version, about = "News articles in, a searchable, cited knowledge base out.")]
struct Cli {
    /// Data directory (created by `ingest`).
    #[arg(long, global = true, env = "DOSSIER_DATA", default_value = "./dossier-data")]
    data: PathBuf,
    /// No progress bar and no summary on stderr (problems are still reported).
    #[arg(long, short, global = true)]
    quiet: bool,
    /// More log output on stderr (repeat for more).
    #[arg(long, short, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest files and folders (plain text, JSON Lines, HTML, WARC; optionally .gz).
    Ingest {
        /// Files or folders (folders are read recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Source (outlet) name for every article, overriding what the input says.
        #[arg(long)]
        source: Option<String>,
        /// Largest single article in MiB (collections may be any size).
        #[arg(long, default_value_t = 16)]
        max_article_mib: u64,
        /// Print the summary as JSON on stdout.
        #[arg(long)]
        json: bool,
    },
    /// Full-text search (German-aware: Aussenminister finds Außenminister, Minister finds Außenminister).
    ///
    /// Syntax: words (all must match), "a phrase", OR/ODER, NOT/NICHT/-word,
    /// (groups), title:word.
    Search {
        /// The query.
        query: String,
        /// Only articles dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
        #[arg(long)]
        from: Option<String>,
        /// Only articles dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
        #[arg(long)]
        to: Option<String>,
        /// Only articles in this language (e.g. de, en).
        #[arg(long)]
        lang: Option<String>,
        /// Only articles from this source (exact name).
        #[arg(long)]
        source: Option<String>,
        /// Number of hits to show.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Number of hits to skip (for paging).
        #[arg(long, default_value_t = 0)]
        offset: usize,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Show one article with its metadata and normalised text.
    Show {
        /// Article id (or a unique prefix of at least 6 digits).
        id: String,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Counts of articles, sources, languages, date range and store size.
    Stats {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Rebuild the search index from the article store.
    Reindex,
}

fn main() {
    let cli = Cli::parse();
    let filter = match cli.verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("DOSSIER_LOG").unwrap_or_else(|_| filter.into()))
        .with_writer(std::io::stderr)
        .without_time()
        .init();
    match run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("dossier: {e:#}");
            std::process::exit(1);
        }
    }
}

fn parse_date_arg(flag: &str, value: Option<String>) -> Result<Option<PubDate>> {
    value.map(|v| v.parse::<PubDate>().with_context(|| format!("--{flag}"))).transpose()
}

fn run(cli: Cli) -> Result<i32> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match cli.command {
        Command::Ingest { paths, source, max_article_mib, json } => {
            let (mut kb, recovery) = Kb::open(&cli.data)?;
            if let Some(why) = &recovery.rebuilt {
                eprintln!("note: search index rebuilt from the store ({why})");
            }
            if recovery.reindexed > 0 {
                eprintln!("note: indexed {} articles a previous, interrupted run had stored", recovery.reindexed);
            }
            let opts = IngestOptions {
                source,
                limits: dossier_ingest::Limits { max_article_bytes: max_article_mib.max(1) * 1024 * 1024 },
            };
            let progress = Progress::new(!cli.quiet && std::io::stderr().is_terminal());
            let report = kb.ingest(&paths, &opts, &progress)?;
            progress.finish();
            if json {
                serde_json::to_writer_pretty(&mut out, &report)?;
                writeln!(out)?;
            }
            if !cli.quiet {
                let mb = report.bytes as f64 / 1e6;
                eprintln!(
                    "ingested {}, unchanged {}, duplicates {}, errors {} — {} files, {:.1} MB in {:.1} s ({:.1} MB/s)",
                    report.ingested,
                    report.unchanged,
                    report.duplicates,
                    report.errors,
                    report.files,
                    mb,
                    report.seconds,
                    mb / report.seconds.max(1e-3)
                );
                if report.ignored_files > 0 {
                    eprintln!(
                        "note: {} files in folders were passed over for their extension (e.g. {}); name them explicitly to ingest them",
                        report.ignored_files,
                        report.ignored_example.as_deref().unwrap_or("?")
                    );
                }
            }
            if report.nothing_ingested() {
                bail!("nothing could be ingested");
            }
            Ok(0)
        }
        Command::Search { query, from, to, lang, source, limit, offset, json } => {
            let kb = Kb::open_existing(&cli.data)?;
            let req = SearchRequest {
                query: query.clone(),
                from: parse_date_arg("from", from)?,
                to: parse_date_arg("to", to)?,
                language: lang,
                source,
                limit: limit.clamp(1, 10_000),
                offset,
            };
            let res = kb.search(&req)?;
            if json {
                serde_json::to_writer_pretty(&mut out, &res)?;
                writeln!(out)?;
                return Ok(0);
            }
            let color = std::io::stdout().is_terminal();
            let (open, close) = if color { ("\x1b[1m", "\x1b[0m") } else { ("**", "**") };
            writeln!(out, "{} hits for {query}", res.total)?;
            for (i, h) in res.hits.iter().enumerate() {
                writeln!(
                    out,
                    "\n{}. {}  [{}]  {}  (id {}, score {:.2})",
                    offset + i + 1,
                    h.title,
                    h.date.as_deref().unwrap_or("undated"),
                    h.source.as_deref().unwrap_or("unknown source"),
                    h.id,
                    h.score
                )?;
                let mut marked = String::new();
                let mut last = 0;
                for &(a, b) in &h.highlights {
                    marked.push_str(&h.snippet_text[last..a]);
                    marked.push_str(open);
                    marked.push_str(&h.snippet_text[a..b]);
                    marked.push_str(close);
                    last = b;
                }
                marked.push_str(&h.snippet_text[last..]);
                writeln!(out, "   {}", marked.replace('\n', " "))?;
            }
            Ok(0)
        }
        Command::Show { id, json } => {
            let kb = Kb::open_existing(&cli.data)?;
            let Some(view) = kb.article(&id)? else { bail!("no article with id {id}") };
            if json {
                serde_json::to_writer_pretty(&mut out, &view)?;
                writeln!(out)?;
                return Ok(0);
            }
            let a = &view.article;
            writeln!(out, "id:        {}", a.id)?;
            writeln!(out, "title:     {}", a.title)?;
            writeln!(out, "date:      {}", a.date.map(|d| d.to_string()).unwrap_or_else(|| "unknown".into()))?;
            writeln!(out, "source:    {}", a.source.as_deref().unwrap_or("unknown"))?;
            writeln!(out, "language:  {} ({:.2})", a.language.as_deref().unwrap_or("unknown"), a.language_confidence)?;
            if let Some(u) = &a.url {
                writeln!(out, "url:       {u}")?;
            }
            writeln!(out, "origin:    {} ({})", a.origin, a.origin.format.as_str())?;
            for c in &a.credits {
                writeln!(out, "credit:    {c}")?;
            }
            for r in &a.related {
                writeln!(out, "related:   {r}")?;
            }
            for (k, v) in &a.extra {
                writeln!(out, "{k}: {v}")?;
            }
            for d in &view.duplicates {
                writeln!(
                    out,
                    "duplicate: {} from {} ({})",
                    d.id,
                    d.source.as_deref().unwrap_or("unknown source"),
                    d.origin
                )?;
            }
            writeln!(out, "\n{}", a.text)?;
            Ok(0)
        }
        Command::Stats { json } => {
            let kb = Kb::open_existing(&cli.data)?;
            let s = kb.stats()?;
            if json {
                serde_json::to_writer_pretty(&mut out, &s)?;
                writeln!(out)?;
                return Ok(0);
            }
            writeln!(out, "articles:    {} ({} in the search index)", s.store.articles, s.indexed)?;
            writeln!(out, "duplicates:  {}", s.store.duplicates)?;
            match &s.store.date_range {
                Some((a, b)) => writeln!(out, "dates:       {a} … {b} ({} undated)", s.store.undated)?,
                None => writeln!(out, "dates:       none")?,
            }
            let list = |v: &[(String, u64)]| v.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", ");
            writeln!(out, "sources:     {} — {}", s.store.sources.len(), list(&s.store.sources))?;
            writeln!(out, "languages:   {}", list(&s.store.languages))?;
            writeln!(out, "text:        {:.1} MB", s.store.text_bytes as f64 / 1e6)?;
            writeln!(
                out,
                "store size:  {:.1} MB database, {:.1} MB index",
                s.database_bytes as f64 / 1e6,
                s.index_bytes as f64 / 1e6
            )?;
            Ok(0)
        }
        Command::Reindex => {
            let (mut kb, _) = Kb::open(&cli.data)?;
            let n = kb.reindex()?;
            if !cli.quiet {
                eprintln!("reindexed {n} articles");
            }
            Ok(0)
        }
    }
}

/// Progress bar on a terminal; problems always go to stderr, one line each.
struct Progress {
    bar: Option<ProgressBar>,
    started: std::time::Instant,
}

impl Progress {
    fn new(show: bool) -> Self {
        let bar = show.then(|| {
            let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(8));
            b.set_style(ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}").expect("valid template"));
            b.enable_steady_tick(std::time::Duration::from_millis(125));
            b
        });
        Progress { bar, started: std::time::Instant::now() }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

impl Observer for Progress {
    fn problem(&self, p: &Problem) {
        let line = format!("error: {p}");
        match &self.bar {
            Some(b) => b.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    fn progress(&self, c: &Counts) {
        if let Some(b) = &self.bar {
            let mb = c.bytes.load(Relaxed) as f64 / 1e6;
            let secs = self.started.elapsed().as_secs_f64().max(1e-3);
            b.set_message(format!(
                "{} files, {} articles ({} new, {} duplicates), {} errors, {:.1} MB at {:.1} MB/s",
                c.files.load(Relaxed),
                c.new.load(Relaxed) + c.unchanged.load(Relaxed) + c.duplicates.load(Relaxed),
                c.new.load(Relaxed),
                c.duplicates.load(Relaxed),
                c.problems.load(Relaxed),
                mb,
                mb / secs
            ));
        }
    }
}
