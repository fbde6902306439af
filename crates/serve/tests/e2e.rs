//! The UI as a person uses it, in headless Chromium: ingest the sample
//! corpus, search, open an article, click an entity, look at the pair view.
//! Screenshots go to `target/e2e/`.
//!
//! Needs `chromium` and `chromedriver` (Debian packages `chromium`,
//! `chromium-driver`; `.ci/run` installs them and sets `DOSSIER_E2E=1`,
//! which makes their absence a failure instead of a skip).

use fantoccini::{ClientBuilder, Locator};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?.to_str()?.split(':').map(|d| PathBuf::from(d).join(name)).find(|p| p.is_file())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn shots() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_read_an_article_and_follow_an_entity() {
    let (Some(driver), Some(chromium)) =
        (which("chromedriver"), which("chromium").or_else(|| which("chromium-browser")))
    else {
        assert!(
            std::env::var("DOSSIER_E2E").as_deref() != Ok("1"),
            "DOSSIER_E2E=1 but chromium or chromedriver is missing"
        );
        eprintln!("skipped: chromium and chromedriver are not installed");
        return;
    };

    // The sample corpus, ingested.
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let (mut kb, _) = dossier_kb::Kb::open(&data).unwrap();
    let report = kb.ingest(&[examples], &Default::default(), true, &()).unwrap();
    assert!(report.ingested > 50);
    drop(kb);

    // The server, on a free loopback port.
    let (tx, rx) = tokio::sync::oneshot::channel();
    let config = dossier_serve::Config::new(data);
    tokio::spawn(async move {
        let addr = "127.0.0.1:0".parse().unwrap();
        dossier_serve::serve(config, addr, move |a| _ = tx.send(a)).await.unwrap();
    });
    let base = format!("http://{}", rx.await.unwrap());

    // The browser.
    let port = free_port();
    let _driver = Driver(
        Command::new(driver).arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap(),
    );
    let caps = serde_json::json!({
        "goog:chromeOptions": {
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"]
        }
    });
    let mut client = None;
    for _ in 0..50 {
        match ClientBuilder::native()
            .capabilities(caps.as_object().unwrap().clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(c) => {
                client = Some(c);
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
    let c = client.expect("chromedriver answers");
    let shot = |name: &'static str| {
        let c = c.clone();
        async move {
            let png = c.screenshot().await.unwrap();
            std::fs::write(shots().join(name), png).unwrap();
        }
    };
    let wait = |css: &'static str| {
        let c = c.clone();
        async move { c.wait().at_most(Duration::from_secs(20)).for_element(Locator::Css(css)).await.unwrap() }
    };

    // Search: type a query, press Enter.
    c.goto(&format!("{base}/")).await.unwrap();
    let q = wait("#q").await;
    q.send_keys("Minister\u{E007}").await.unwrap();
    wait(".hit h2 a").await;
    let total = c.find(Locator::Css("#total")).await.unwrap().text().await.unwrap();
    assert!(total.ends_with("articles") && !total.starts_with('0'), "{total}");
    assert!(!c.find_all(Locator::Css(".facet a")).await.unwrap().is_empty(), "facets are shown");
    assert!(!c.find_all(Locator::Css(".snippet b")).await.unwrap().is_empty(), "matches are highlighted");
    shot("search.png").await;

    // Open the first hit: the text with its entities, quotes and times.
    let first = c.find(Locator::Css(".hit h2 a")).await.unwrap();
    let title = first.text().await.unwrap();
    first.click().await.unwrap();
    wait(".text a.m").await;
    let h1 = c.find(Locator::Css("main h1")).await.unwrap().text().await.unwrap();
    assert_eq!(h1, title);
    assert!(!c.find_all(Locator::Css(".side li")).await.unwrap().is_empty(), "events and quotes beside the text");
    shot("article.png").await;

    // Click a person: the entity page names it.
    let person = match c.find(Locator::Css(".text a.m.person")).await {
        Ok(p) => p,
        Err(_) => c.find(Locator::Css(".text a.m")).await.unwrap(),
    };
    let tip = person.attr("title").await.unwrap().unwrap();
    let canonical = tip.rsplit(" → ").next().unwrap().to_string();
    person.click().await.unwrap();
    wait("#chart").await;
    let h1 = c.find(Locator::Css("main h1")).await.unwrap().text().await.unwrap();
    assert!(h1.starts_with(&canonical), "{h1:?} vs {canonical:?}");
    let body = c.find(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(body.contains("articles,") && body.contains("Often named with"), "{body}");
    shot("entity.png").await;

    // A citation leads back to the sentence.
    if let Ok(cite) = c.find(Locator::Css("a.cite")).await {
        cite.click().await.unwrap();
        wait(".text .flash").await;
        shot("citation.png").await;
    }

    // The pair view of two countries.
    c.goto(&format!("{base}/#/pair?a=Russland&b=Nordkorea")).await.unwrap();
    wait("main[data-ready='/pair']").await;
    let h1 = c.find(Locator::Css("main h1")).await.unwrap().text().await.unwrap();
    assert_eq!(h1, "Russland and Nordkorea over time");
    shot("pair.png").await;

    // Keyboard: `/` goes to the search box.
    c.find(Locator::Css("body")).await.unwrap().send_keys("/").await.unwrap();
    let active = c.active_element().await.unwrap().attr("id").await.unwrap();
    assert_eq!(active.as_deref(), Some("q"));

    c.close().await.unwrap();
}
