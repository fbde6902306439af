//! The `dossier` command line: wires the library crates together, prints
//! results, and maps errors to exit codes. No logic of its own lives here.

/// mimalloc: the analysis allocates many small strings on every core, and
/// glibc's allocator slows down as a long ingest fragments its heap.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
enum EntityAction {
    /// Make two entities one: NAME and all its names become names of INTO.
    Merge {
        /// The entity to merge (any spelling).
        name: String,
        /// The entity it becomes part of (any spelling).
        into: String,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Take a name away from an entity: the articles calling it NAME get an entity of their own.
    Split {
        /// The entity (any spelling).
        from: String,
        /// The name to take away from it (one of its names, as `dossier entity FROM` lists them).
        name: String,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
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
        /// Store and index only; analyse later with `dossier reanalyze`.
        #[arg(long)]
        no_analyze: bool,
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
        /// Only articles naming this entity (any spelling: Lawrow, Lavrov, DVRK, …).
        #[arg(long)]
        entity: Option<String>,
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
    /// An entity across all articles: names, roles over time, counts, company, latest quotes and meetings.
    ///
    /// `entity merge` and `entity split` correct the knowledge base; they
    /// write rules to the aliases file (DATA/aliases.toml), which every later
    /// ingest and re-analysis honours.
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Entity {
        #[command(subcommand)]
        action: Option<EntityAction>,
        /// Its name in any spelling (Lawrow, Lavrov, DVRK, Nordkorea, …).
        #[arg(required = true)]
        name: Option<String>,
        #[command(flatten)]
        window: WindowArgs,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Who said what, when, where: quotes with their speaker and citation.
    Quotes {
        /// Only quotes by this speaker.
        #[arg(long)]
        speaker: Option<String>,
        /// Only quotes containing this text.
        #[arg(long)]
        about: Option<String>,
        #[command(flatten)]
        window: WindowArgs,
        /// Number of quotes.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Who met whom, where, when: meetings, visits, calls and agreements with their citation.
    Meetings {
        /// Only meetings with this participant (repeat for several).
        #[arg(long)]
        with: Vec<String>,
        /// Only meetings between these two.
        #[arg(long, num_args = 2, value_names = ["A", "B"])]
        between: Vec<String>,
        /// Only meetings at this place.
        #[arg(long)]
        place: Option<String>,
        #[command(flatten)]
        window: WindowArgs,
        /// Number of meetings.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Dated events, quotes and articles of an entity, or of two together, oldest first.
    Timeline {
        /// One or two names.
        #[arg(required = true, num_args = 1..=2)]
        names: Vec<String>,
        #[command(flatten)]
        window: WindowArgs,
        /// Number of items of each kind.
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// The story of an article: its near-duplicate copies in other outlets, and related articles.
    Related {
        /// Article id (or a unique prefix of at least 6 digits).
        id: String,
        /// Number of related articles.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Export the knowledge base: entities, quotes and events as JSON Lines or CSV, the meeting and co-mention graph as GraphML.
    Export {
        /// jsonl, csv or graphml.
        #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "csv", "graphml"])]
        format: String,
        /// entities, quotes, events, or all (JSON Lines only; CSV writes one table).
        #[arg(long, default_value = "all", value_parser = ["entities", "quotes", "events", "all"])]
        what: String,
        /// Write to this file instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
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
    /// Serve the HTTP API and the web UI (read-only unless a token is set).
    ///
    /// Open http://127.0.0.1:7878/ in a browser; the API is described at /api/openapi.json.
    Serve {
        /// Address to listen on (loopback by default).
        #[arg(long, default_value = "127.0.0.1:7878")]
        addr: std::net::SocketAddr,
        /// Allows `POST /api/ingest` with `Authorization: Bearer TOKEN` (also DOSSIER_TOKEN).
        #[arg(long, env = "DOSSIER_TOKEN", hide_env_values = true)]
        token: Option<String>,
        /// Largest upload in MiB.
        #[arg(long, default_value_t = 32)]
        max_upload_mib: usize,
        /// Longest time a request may take, in seconds.
        #[arg(long, default_value_t = 30)]
        timeout_secs: u64,
    },
    /// Analyse stored German articles again: those analysed by an older
    /// version of the rules, or all of them with `--all`.
    Reanalyze {
        /// Redo every analysis.
        #[arg(long)]
        all: bool,
    },
    /// Analyse articles (entities with roles and mentions) and print the result.
    ///
    /// Reads files like `ingest` (nothing is stored); prints one JSON object
    /// per article (JSON Lines), or a readable summary with `--format text`.
    Analyze {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: OutputFormat,
    },
    /// Score the analysis against gold annotations: precision, recall and F1 per
    /// category, for the development and the held-out part, with the misses of
    /// the development part.
    Eval {
        /// Folder of gold files (`NAME.json`, see gold/GUIDELINES.md) with a
        /// `heldout.txt` listing the held-out names.
        #[arg(long)]
        gold: PathBuf,
        /// Article files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Fail when a development F1 is below its floor, e.g. `persons=0.8,places=0.8`.
        #[arg(long)]
        floor: Option<String>,
        /// How many development misses to list.
        #[arg(long, default_value_t = 50)]
        misses: usize,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum OutputFormat {
    Json,
    Text,
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

/// A window of article dates.
#[derive(Debug, clap::Args)]
struct WindowArgs {
    /// Only articles dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    from: Option<String>,
    /// Only articles dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    to: Option<String>,
}

impl WindowArgs {
    fn window(&self) -> Result<dossier_kb::Window> {
        Ok(dossier_kb::Window {
            from: parse_date_arg("from", self.from.clone())?.map(|d| d.first_day_number()),
            to: parse_date_arg("to", self.to.clone())?.map(|d| d.last_day_number()),
        })
    }
}

/// `[article 2025-07-14 @120..168]`: where a row comes from.
fn cite(c: &dossier_kb::Citation) -> String {
    format!("[{} {} @{}..{}]", c.article, c.date.as_deref().unwrap_or("undated"), c.start, c.end)
}

fn parse_date_arg(flag: &str, value: Option<String>) -> Result<Option<PubDate>> {
    value.map(|v| v.parse::<PubDate>().with_context(|| format!("--{flag}"))).transpose()
}

fn run(cli: Cli) -> Result<i32> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match cli.command {
        Command::Ingest { paths, source, max_article_mib, json, no_analyze } => {
            let (mut kb, recovery) = Kb::open(&cli.data)?;
            if let Some(why) = &recovery.rebuilt {
                eprintln!("note: search index rebuilt from the store ({why})");
            }
            if let Some(c) = &recovery.curation {
                eprintln!(
                    "note: applied the changed aliases file: {} entities merged, {} article entities moved",
                    c.merged, c.moved
                );
            }
            if recovery.reindexed > 0 {
                eprintln!("note: indexed {} articles a previous, interrupted run had stored", recovery.reindexed);
            }
            if recovery.refiled > 0 {
                eprintln!("note: signed {} stored articles again for the near-duplicate search", recovery.refiled);
            }
            let opts = IngestOptions {
                source,
                limits: dossier_ingest::Limits { max_article_bytes: max_article_mib.max(1) * 1024 * 1024 },
            };
            let progress = Progress::new(!cli.quiet && std::io::stderr().is_terminal());
            let report = kb.ingest(&paths, &opts, !no_analyze, &progress)?;
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
        Command::Search { query, from, to, lang, source, entity, limit, offset, json } => {
            let kb = Kb::open_existing(&cli.data)?;
            let req = SearchRequest {
                query: query.clone(),
                from: parse_date_arg("from", from)?,
                to: parse_date_arg("to", to)?,
                language: lang,
                source,
                entity,
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
                let marked = h.fragment.marked(open, close, |s| s.replace('\n', " "));
                writeln!(out, "   {marked}")?;
            }
            Ok(0)
        }
        Command::Entity { action: Some(action), .. } => {
            if !cli.data.join("dossier.sqlite").exists() {
                anyhow::bail!("no Dossier data in {}; run `dossier ingest` first (or pass --data)", cli.data.display());
            }
            let (mut kb, _) = Kb::open(&cli.data)?;
            let (decision, json) = match action {
                EntityAction::Merge { name, into, json } => (kb.merge(&name, &into)?, json),
                EntityAction::Split { from, name, json } => (kb.split(&from, &name)?, json),
            };
            if json {
                serde_json::to_writer_pretty(&mut out, &decision)?;
                writeln!(out)?;
                return Ok(0);
            }
            writeln!(out, "added to {}:\n{}", decision.file.display(), decision.rule)?;
            writeln!(
                out,
                "applied: {} entities merged, {} article entities moved",
                decision.report.merged, decision.report.moved
            )?;
            Ok(0)
        }
        Command::Entity { action: None, name, window, json } => {
            let name = name.unwrap_or_default();
            let kb = Kb::open_existing(&cli.data)?;
            let answer = kb.entity_answer(&name, window.window()?)?;
            if json {
                serde_json::to_writer_pretty(&mut out, &answer)?;
                writeln!(out)?;
                return Ok(0);
            }
            let p = &answer.profile;
            writeln!(
                out,
                "{} ({}{})",
                p.entity.name,
                p.entity.kind,
                p.entity.country.as_ref().map(|c| format!(", {c}")).unwrap_or_default()
            )?;
            let aliases: Vec<String> = p.aliases.iter().map(|(a, n)| format!("{a} ({n})")).collect();
            writeln!(out, "names:     {}", aliases.join(", "))?;
            writeln!(
                out,
                "articles:  {} ({} mentions), first {} last {}",
                p.entity.articles,
                p.mentions,
                p.first_seen.as_deref().unwrap_or("-"),
                p.last_seen.as_deref().unwrap_or("-")
            )?;
            for r in &p.roles {
                writeln!(
                    out,
                    "role:      {} {} … {} ({} articles)",
                    r.role,
                    r.from.as_deref().unwrap_or("?"),
                    r.to.as_deref().unwrap_or("?"),
                    r.articles
                )?;
            }
            let co: Vec<String> = p.co_mentioned.iter().map(|(e, n)| format!("{} ({n})", e.name)).collect();
            writeln!(out, "with:      {}", co.join(", "))?;
            for q in &answer.quotes {
                writeln!(out, "quote:     {} „{}“ {}", q.kind, q.text, cite(&q.cite))?;
            }
            for m in &answer.meetings {
                let who: Vec<&str> = m.participants.iter().map(|p| p.name.as_str()).collect();
                writeln!(
                    out,
                    "meeting:   {} {} {} {}",
                    m.date.as_deref().unwrap_or("-"),
                    m.kind,
                    who.join(" + "),
                    cite(&m.cite)
                )?;
            }
            for e in &answer.also {
                writeln!(out, "also:      {} ({}, {} articles)", e.name, e.kind, e.articles)?;
            }
            Ok(0)
        }
        Command::Quotes { speaker, about, window, limit, json } => {
            let kb = Kb::open_existing(&cli.data)?;
            let rows = kb.quotes(speaker.as_deref(), about.as_deref(), window.window()?, limit)?;
            if json {
                serde_json::to_writer_pretty(&mut out, &rows)?;
                writeln!(out)?;
                return Ok(0);
            }
            for q in &rows {
                let who = q.speaker.as_ref().map_or("?", |s| s.name.as_str());
                writeln!(
                    out,
                    "{} {who} ({}{}): {} {}",
                    q.cite.date.as_deref().unwrap_or("undated"),
                    q.kind,
                    q.cue.as_ref().map(|c| format!(", {c}")).unwrap_or_default(),
                    q.text,
                    cite(&q.cite)
                )?;
            }
            Ok(0)
        }
        Command::Meetings { mut with, between, place, window, limit, json } => {
            let kb = Kb::open_existing(&cli.data)?;
            with.extend(between);
            let rows = kb.meetings(&with, place.as_deref(), window.window()?, limit)?;
            if json {
                serde_json::to_writer_pretty(&mut out, &rows)?;
                writeln!(out)?;
                return Ok(0);
            }
            for m in &rows {
                let who: Vec<&str> = m.participants.iter().map(|p| p.name.as_str()).collect();
                let place = m.place.as_ref().map(|p| format!(" in {}", p.name)).unwrap_or_default();
                writeln!(
                    out,
                    "{} {} {}{place} ({}) {}",
                    m.date.as_deref().or(m.cite.date.as_deref()).unwrap_or("undated"),
                    m.kind,
                    who.join(" + "),
                    m.trigger,
                    cite(&m.cite)
                )?;
            }
            Ok(0)
        }
        Command::Timeline { names, window, limit, json } => {
            let kb = Kb::open_existing(&cli.data)?;
            let items = kb.timeline(&names, window.window()?, limit)?;
            if json {
                serde_json::to_writer_pretty(&mut out, &items)?;
                writeln!(out)?;
                return Ok(0);
            }
            for i in &items {
                writeln!(
                    out,
                    "{} {:<7} {} {}",
                    i.date.as_deref().unwrap_or("undated"),
                    i.what,
                    i.summary,
                    cite(&i.cite)
                )?;
            }
            Ok(0)
        }
        Command::Related { id, limit, json } => {
            let kb = Kb::open_existing(&cli.data)?;
            let Some(r) = kb.related(&id, limit)? else { bail!("no article with id {id}") };
            if json {
                serde_json::to_writer_pretty(&mut out, &r)?;
                writeln!(out)?;
                return Ok(0);
            }
            writeln!(out, "{} {}", r.id, r.title)?;
            writeln!(out, "story ({} articles):", r.story.len())?;
            for a in &r.story {
                writeln!(
                    out,
                    "  {} {} {} — {} (similarity {:.2})",
                    a.id,
                    a.date.as_deref().unwrap_or("undated"),
                    a.source.as_deref().unwrap_or("?"),
                    a.title,
                    a.similarity
                )?;
            }
            writeln!(out, "related:")?;
            for a in &r.related {
                writeln!(
                    out,
                    "  {} {} {} — {} ({} shared)",
                    a.id,
                    a.date.as_deref().unwrap_or("undated"),
                    a.source.as_deref().unwrap_or("?"),
                    a.title,
                    a.shared
                )?;
            }
            Ok(0)
        }
        Command::Export { format, what, out: file } => {
            let kb = Kb::open_existing(&cli.data)?;
            let format = match format.as_str() {
                "csv" => dossier_kb::ExportFormat::Csv,
                "graphml" => dossier_kb::ExportFormat::Graphml,
                _ => dossier_kb::ExportFormat::Jsonl,
            };
            let table = match what.as_str() {
                "entities" => dossier_kb::ExportTable::Entities,
                "quotes" => dossier_kb::ExportTable::Quotes,
                "events" => dossier_kb::ExportTable::Events,
                _ => dossier_kb::ExportTable::All,
            };
            if format == dossier_kb::ExportFormat::Csv && table == dossier_kb::ExportTable::All {
                bail!("CSV writes one table: pass --what entities, quotes or events");
            }
            match file {
                Some(path) => {
                    let f = std::fs::File::create(&path).with_context(|| path.display().to_string())?;
                    let mut w = std::io::BufWriter::new(f);
                    kb.export(format, table, &mut w)?;
                    w.flush()?;
                }
                None => kb.export(format, table, &mut out)?,
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
        Command::Analyze { paths, format } => {
            let opts = IngestOptions::default();
            let mut stats = dossier_ingest::FileStats::default();
            let mut articles = Vec::new();
            let mut problems = 0;
            for p in &paths {
                dossier_ingest::read_path(p, &opts.limits, &mut stats, &mut |unit| match unit
                    .and_then(|u| dossier_ingest::parse_unit(&u, &opts))
                {
                    Ok(a) => articles.push(a),
                    Err(e) => {
                        problems += 1;
                        eprintln!("error: {e}");
                    }
                });
            }
            for a in &articles {
                // The rules are German; other languages get an empty analysis that says why.
                let analysis = if a.language.as_deref().is_none_or(|l| l == "de") {
                    dossier_analyze::analyze(&a.text, a.date.as_ref())
                } else {
                    dossier_analyze::Analysis {
                        diagnostics: vec![dossier_analyze::Diagnostic {
                            start: 0,
                            end: 0,
                            message: format!(
                                "language {}: the analysis is German-only so far",
                                a.language.as_deref().unwrap_or("?")
                            ),
                        }],
                        ..Default::default()
                    }
                };
                match format {
                    OutputFormat::Json => {
                        let v = serde_json::json!({
                            "article": {"id": a.id, "title": a.title, "date": a.date, "language": a.language, "text": a.text},
                            "entities": analysis.entities,
                            "quotes": analysis.quotes,
                            "times": analysis.times,
                            "events": analysis.events,
                            "diagnostics": analysis.diagnostics,
                        });
                        serde_json::to_writer(&mut out, &v)?;
                        writeln!(out)?;
                    }
                    OutputFormat::Text => {
                        writeln!(
                            out,
                            "# {} [{}] {}",
                            a.title,
                            a.date.map(|d| d.to_string()).unwrap_or_default(),
                            a.origin
                        )?;
                        for e in &analysis.entities {
                            let kind = serde_json::to_value(e.kind)?;
                            let roles =
                                if e.roles.is_empty() { String::new() } else { format!(" — {}", e.roles.join("; ")) };
                            let forms: Vec<String> =
                                e.mentions.iter().map(|m| format!("{}@{}", m.text, m.start)).collect();
                            writeln!(
                                out,
                                "{} {} {}{}: {}",
                                e.id,
                                kind.as_str().unwrap_or(""),
                                e.name,
                                roles,
                                forms.join(", ")
                            )?;
                        }
                        let name = |id: &Option<String>| {
                            id.as_ref()
                                .and_then(|id| analysis.entities.iter().find(|e| &e.id == id))
                                .map_or("?".to_string(), |e| e.name.clone())
                        };
                        for q in &analysis.quotes {
                            let kind = serde_json::to_value(q.kind)?;
                            writeln!(
                                out,
                                "quote {} @{} {} ({}): {}",
                                kind.as_str().unwrap_or(""),
                                q.start,
                                name(&q.speaker),
                                q.cue.as_deref().unwrap_or("-"),
                                q.content()
                            )?;
                        }
                        for t in &analysis.times {
                            writeln!(out, "time @{} {} = {}", t.start, t.text, t.value.as_deref().unwrap_or("?"))?;
                        }
                        for e in &analysis.events {
                            let kind = serde_json::to_value(e.kind)?;
                            let who: Vec<String> = e.participants.iter().map(|p| name(&Some(p.clone()))).collect();
                            writeln!(
                                out,
                                "event {} @{} [{}] in {} on {} ({})",
                                kind.as_str().unwrap_or(""),
                                e.start,
                                who.join(", "),
                                e.place.as_ref().map_or("?".to_string(), |p| name(&Some(p.clone()))),
                                e.date.as_deref().unwrap_or("?"),
                                e.trigger
                            )?;
                        }
                        writeln!(out)?;
                    }
                }
            }
            if articles.is_empty() && problems > 0 {
                bail!("nothing could be analysed");
            }
            Ok(0)
        }
        Command::Eval { gold, paths, floor, misses, json } => {
            eval(&gold, &paths, floor.as_deref(), misses, json, &mut out)
        }
        Command::Serve { addr, token, max_upload_mib, timeout_secs } => {
            if !cli.data.join("dossier.sqlite").exists() {
                anyhow::bail!("no Dossier data in {}; run `dossier ingest` first (or pass --data)", cli.data.display());
            }
            let mut config = dossier_serve::Config::new(cli.data.clone());
            config.token = token.filter(|t| !t.is_empty());
            config.max_body = max_upload_mib << 20;
            config.timeout = std::time::Duration::from_secs(timeout_secs);
            let writable = config.token.is_some();
            let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
            runtime.block_on(dossier_serve::serve(config, addr, |bound| {
                eprintln!(
                    "Dossier on http://{bound}/ ({}); Ctrl-C stops",
                    if writable { "uploads allowed with the token" } else { "read-only" }
                );
            }))?;
            Ok(0)
        }
        Command::Reanalyze { all } => {
            let (mut kb, _) = Kb::open(&cli.data)?;
            let n = kb.reanalyze(all)?;
            if !cli.quiet {
                eprintln!("reanalysed {n} articles");
            }
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

/// The name under which an article's gold file is stored.
fn gold_key(a: &dossier_ingest::Article) -> String {
    match a.origin.format {
        dossier_ingest::Format::Jsonl => {
            a.extra.get("external_id").and_then(|v| v.as_str()).unwrap_or(&a.id).to_string()
        }
        dossier_ingest::Format::Warc => {
            let url = a.url.as_deref().unwrap_or("");
            url.trim_end_matches('/').rsplit('/').next().unwrap_or(url).trim_end_matches(".html").to_string()
        }
        _ => std::path::Path::new(&a.origin.path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
    }
}

/// Near-duplicate detection on a generated set: the gold articles and two
/// edited copies of each, filed in an in-memory knowledge base; scored over
/// pairs (one story or not), with the sample corpus's own syndicated copies
/// (`stories` in `gold/clusters.json`) as one story.
fn near_duplicates(
    originals: &[(String, dossier_article::Article)],
    clusters: &dossier_eval::across::Clusters,
) -> Result<dossier_eval::Score> {
    let group = |i: usize, key: &str| {
        clusters.stories.iter().position(|s| s.iter().any(|k| k == key)).map_or(i + originals.len(), |g| g)
    };
    let mut kb = dossier_kb::Resolution::new()?;
    let (mut truth, mut predicted) = (Vec::new(), Vec::new());
    for (i, (key, a)) in originals.iter().enumerate() {
        if let Some((_, _, Some(story))) = kb.file(a, None)? {
            truth.push(group(i, key));
            predicted.push(story);
        }
    }
    for (i, (key, a)) in originals.iter().enumerate() {
        let body: String = a.text.chars().skip(a.body_start).collect();
        for (c, text) in dossier_eval::copies::copies(&body, i as u64 + 1, 2).into_iter().enumerate() {
            let source = format!("copy-{c}");
            let full = format!("{}\n\n{text}", a.title);
            let copy = dossier_article::Article {
                id: dossier_article::article_id(Some(&source), &full),
                content_hash: dossier_article::content_hash(&full),
                body_start: a.title.chars().count() + 2,
                text: full,
                source: Some(source),
                ..a.clone()
            };
            if let Some((_, _, Some(story))) = kb.file(&copy, None)? {
                truth.push(group(i, key));
                predicted.push(story);
            }
        }
    }
    Ok(dossier_eval::copies::pairs(&truth, &predicted))
}

fn eval(
    gold_dir: &std::path::Path,
    paths: &[PathBuf],
    floor: Option<&str>,
    misses: usize,
    json: bool,
    out: &mut impl Write,
) -> Result<i32> {
    let mut golds = std::collections::HashMap::new();
    for e in walkdir::WalkDir::new(gold_dir).into_iter().filter_map(|e| e.ok()) {
        if e.path().extension().is_some_and(|x| x == "json") {
            let text = std::fs::read_to_string(e.path()).with_context(|| e.path().display().to_string())?;
            let g: dossier_eval::Gold =
                serde_json::from_str(&text).with_context(|| format!("gold file {}", e.path().display()))?;
            golds.insert(e.path().file_stem().unwrap().to_string_lossy().into_owned(), g);
        }
    }
    let heldout: std::collections::HashSet<String> = std::fs::read_to_string(gold_dir.join("heldout.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let clusters: dossier_eval::across::Clusters = match std::fs::read_to_string(gold_dir.join("clusters.json")) {
        Ok(text) => serde_json::from_str(&text).context("gold clusters.json")?,
        Err(_) => Default::default(),
    };
    let mut resolution = dossier_kb::Resolution::new()?;
    let mut items: Vec<dossier_eval::across::Item> = Vec::new();
    let mut failure: Option<anyhow::Error> = None;
    let mut originals: Vec<(String, dossier_article::Article)> = Vec::new();
    let opts = IngestOptions::default();
    let mut stats = dossier_ingest::FileStats::default();
    let (mut dev, mut held) = (dossier_eval::Report::default(), dossier_eval::Report::default());
    let mut without_gold = 0;
    let mut scored = std::collections::HashSet::new();
    for p in paths {
        dossier_ingest::read_path(p, &opts.limits, &mut stats, &mut |unit| {
            let Ok(a) = unit.and_then(|u| dossier_ingest::parse_unit(&u, &opts)) else { return };
            let k = gold_key(&a);
            let Some(g) = golds.get(&k) else {
                without_gold += 1;
                return;
            };
            // The same article in two files (`crawl.warc` and `crawl.warc.gz`) counts once.
            if !scored.insert(k.clone()) {
                return;
            }
            let analysis = dossier_analyze::analyze(&a.text, a.date.as_ref());
            originals.push((k.clone(), a.clone()));
            // Entities across articles: filed in an in-memory knowledge base.
            match resolution.link(&a, &analysis) {
                Ok(links) => items.extend(dossier_eval::across::items(&k, heldout.contains(&k), g, &analysis, &links)),
                Err(e) => failure = failure.take().or(Some(e.into())),
            }
            if heldout.contains(&k) {
                held.add(&k, g, &analysis)
            } else {
                dev.add(&k, g, &analysis)
            }
        });
    }
    if let Some(e) = failure {
        return Err(e.context("entity resolution across the gold articles"));
    }
    let near = near_duplicates(&originals, &clusters)?;
    let across_dev = dossier_eval::across::bcubed(&items, &clusters, |i| !i.heldout);
    let across_held = dossier_eval::across::bcubed(&items, &clusters, |i| i.heldout);
    // The held-out part is scored, never inspected: its misses are dropped
    // before any output, JSON included.
    held.misses.clear();
    if json {
        let across = |(p, r, f, n): (f64, f64, f64, usize)| serde_json::json!({"items": n, "precision": p, "recall": r, "f1": f});
        serde_json::to_writer_pretty(
            &mut *out,
            &serde_json::json!({"development": dev, "heldout": held,
                "entities_across": {"development": across(across_dev), "heldout": across(across_held)},
                "near_duplicates": near}),
        )?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "{:<12} {:<15} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7}",
            "part", "category", "gold", "pred", "match", "P", "R", "F1"
        )?;
        for (part, r) in [("development", &dev), ("held-out", &held)] {
            for c in dossier_eval::CATEGORIES {
                let s = r.scores.get(*c).copied().unwrap_or_default();
                writeln!(
                    out,
                    "{:<12} {:<15} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}",
                    part,
                    c,
                    s.gold,
                    s.predicted,
                    s.matched,
                    s.precision(),
                    s.recall(),
                    s.f1()
                )?;
            }
        }
        for (part, (p, r, f, n)) in [("development", across_dev), ("held-out", across_held)] {
            writeln!(
                out,
                "{:<12} {:<15} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}   (B-cubed over {n} gold entities)",
                part, "entities-across", n, n, "-", p, r, f
            )?;
        }
        writeln!(
            out,
            "{:<12} {:<15} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}   (pairs among the articles and 2 edited copies of each)",
            "generated",
            "near-duplicates",
            near.gold,
            near.predicted,
            near.matched,
            near.precision(),
            near.recall(),
            near.f1()
        )?;
        writeln!(
            out,
            "articles: {} development, {} held-out, {} without gold",
            dev.articles, held.articles, without_gold
        )?;
        if misses > 0 && !dev.misses.is_empty() {
            writeln!(out, "\nmisses (development part only; the held-out part is never inspected):")?;
            for m in dev.misses.iter().take(misses) {
                writeln!(out, "  {:<40} {:<15} {:<8} {}", m.article, m.category, m.what, m.item)?;
            }
            if dev.misses.len() > misses {
                writeln!(out, "  … {} more", dev.misses.len() - misses)?;
            }
        }
    }
    if let Some(floor) = floor {
        let mut failed = Vec::new();
        for item in floor.split(',') {
            let (cat, min) =
                item.split_once('=').with_context(|| format!("--floor item {item:?} is not CATEGORY=MIN"))?;
            let min: f64 = min.parse().with_context(|| format!("--floor {item:?}"))?;
            let f1 = match cat.trim() {
                "entities-across" => across_dev.2,
                "near-duplicates" => near.f1(),
                c => dev.scores.get(c).copied().unwrap_or_default().f1(),
            };
            if f1 < min {
                failed.push(format!("{cat} F1 {f1:.3} < {min}"));
            }
        }
        if !failed.is_empty() {
            bail!("quality below the floor on the development part: {}", failed.join(", "));
        }
    }
    Ok(0)
}
