//! The HTTP API as a client uses it: requests in, status and JSON out.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use dossier_serve::{router, AppState, Config};
use tower::ServiceExt;

const ARTICLES: &str = r#"{"id":"a1","title":"Gespräche in Hanoi","date":"2024-03-04","source":"Kurier","text":"Die vietnamesische Außenministerin Tran Thi Lan empfing am Montag in Hanoi den deutschen Gesandten Jonas Berger. „Wir wollen enger zusammenarbeiten“, sagte Tran."}
{"id":"a2","title":"Tran in Berlin","date":"2024-05-06","source":"Bote","text":"Außenministerin Tran Thi Lan traf am Dienstag in Berlin den Minister Jonas Berger. Sie sagte, Vietnam brauche Investitionen."}
"#;

struct Server {
    _tmp: tempfile::TempDir,
    app: axum::Router,
}

fn server(token: Option<&str>, max_body: usize) -> Server {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("a.jsonl");
    std::fs::write(&corpus, ARTICLES).unwrap();
    let data = tmp.path().join("data");
    let (mut kb, _) = dossier_kb::Kb::open(&data).unwrap();
    kb.ingest(&[corpus], &Default::default(), true, &()).unwrap();
    drop(kb);
    let mut config = Config::new(data);
    config.token = token.map(str::to_string);
    config.max_body = max_body;
    config.readers = 2;
    Server { app: router(AppState::open(config).unwrap()), _tmp: tmp }
}

async fn call(app: &axum::Router, req: Request<Body>) -> (StatusCode, serde_json::Value) {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
    let json = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
    (status, json)
}

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, serde_json::Value) {
    call(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

#[tokio::test]
async fn every_route_of_the_openapi_document_answers() {
    let s = server(None, 1 << 20);
    let (status, doc) = get(&s.app, "/api/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    let paths: Vec<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    for expected in [
        "/api/search",
        "/api/articles/{id}",
        "/api/articles/{id}/related",
        "/api/entities",
        "/api/entities/{id}",
        "/api/quotes",
        "/api/meetings",
        "/api/timeline",
        "/api/stats",
        "/api/ingest",
    ] {
        assert!(paths.iter().any(|p| p == expected), "{expected} missing from {paths:?}");
    }
    let (_, hits) = get(&s.app, "/api/search?q=Hanoi").await;
    let id = hits["hits"][0]["id"].as_str().unwrap().to_string();
    let (_, ents) = get(&s.app, "/api/entities?name=Tran").await;
    let eid = ents[0]["id"].as_i64().unwrap();
    // Every documented path, with its parameters filled in, is served (no 404 from the router).
    for p in &paths {
        let uri = p.replace("{id}", if p.contains("entities") { "ENT" } else { "ART" });
        let uri = uri.replace("ENT", &eid.to_string()).replace("ART", &id);
        let uri = match p.as_str() {
            "/api/search" => format!("{uri}?q=Hanoi"),
            "/api/entities" => format!("{uri}?name=Tran"),
            "/api/timeline" => format!("{uri}?name=Tran"),
            _ => uri,
        };
        let method = doc["paths"][p].as_object().unwrap().keys().next().unwrap().to_uppercase();
        let req = Request::builder().method(method.as_str()).uri(&uri).body(Body::empty()).unwrap();
        let (status, body) = call(&s.app, req).await;
        assert!(
            status != StatusCode::NOT_FOUND && status != StatusCode::INTERNAL_SERVER_ERROR,
            "{method} {uri}: {status} {body}"
        );
    }
}

#[tokio::test]
async fn answers_carry_spans_links_and_facets() {
    let s = server(None, 1 << 20);
    let (status, res) = get(&s.app, "/api/search?q=Tran&limit=1").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(res["total"], 2);
    assert_eq!(res["hits"].as_array().unwrap().len(), 1);
    let sources: Vec<&str> =
        res["facets"]["sources"].as_array().unwrap().iter().map(|s| s[0].as_str().unwrap()).collect();
    assert_eq!(sources, ["Bote", "Kurier"]);
    assert!(res["facets"]["entities"].as_array().unwrap().iter().any(|e| e[0]["name"] == "Tran Thi Lan"));

    let id = res["hits"][0]["id"].as_str().unwrap();
    let (_, a) = get(&s.app, &format!("/api/articles/{id}")).await;
    let text: Vec<char> = a["article"]["text"].as_str().unwrap().chars().collect();
    for e in a["analysis"]["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            let (from, to) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
            assert_eq!(text[from..to].iter().collect::<String>(), m["text"].as_str().unwrap());
        }
    }
    let link = a["links"].as_array().unwrap().iter().find(|l| l["name"] == "Tran Thi Lan").unwrap();
    let (status, e) = get(&s.app, &format!("/api/entities/{}", link["id"])).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(e["profile"]["entity"]["articles"], 2);
    assert_eq!(e["activity"].as_array().unwrap().len(), 2, "{e}");
    let (_, m) = get(&s.app, "/api/meetings?with=Tran%20Thi%20Lan&with=Berger").await;
    assert!(!m.as_array().unwrap().is_empty(), "{m}");
}

#[tokio::test]
async fn errors_are_json_with_their_status() {
    let s = server(None, 1 << 20);
    for (uri, status) in [
        ("/api/search?q=", StatusCode::BAD_REQUEST),
        ("/api/search?q=x&from=2024-13", StatusCode::BAD_REQUEST),
        ("/api/search?q=x&limit=many", StatusCode::BAD_REQUEST),
        ("/api/articles/ffffffffffff", StatusCode::NOT_FOUND),
        ("/api/entities/999999", StatusCode::NOT_FOUND),
        ("/api/entities/abc", StatusCode::BAD_REQUEST),
        ("/api/timeline", StatusCode::BAD_REQUEST),
        ("/api/nothing", StatusCode::NOT_FOUND),
    ] {
        let (got, body) = get(&s.app, uri).await;
        assert_eq!(got, status, "{uri}: {body}");
        if uri != "/api/entities/abc" {
            assert_eq!(body["status"], status.as_u16(), "{uri}: {body}");
            assert!(!body["error"].as_str().unwrap().is_empty());
        }
    }
}

#[tokio::test]
async fn ingest_needs_the_token_and_respects_the_size_limit() {
    let s = server(None, 1 << 20);
    let post = |token: Option<&str>, body: &str| {
        let mut r = Request::post("/api/ingest?format=jsonl");
        if let Some(t) = token {
            r = r.header("authorization", format!("Bearer {t}"));
        }
        r.body(Body::from(body.to_string())).unwrap()
    };
    let one = r#"{"id":"a3","title":"Neu","date":"2024-07-01","text":"Jonas Berger reiste am Montag nach Hanoi."}"#;
    assert_eq!(call(&s.app, post(Some("x"), one)).await.0, StatusCode::FORBIDDEN);

    let s = server(Some("sesame"), 4096);
    assert_eq!(call(&s.app, post(None, one)).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(call(&s.app, post(Some("wrong"), one)).await.0, StatusCode::UNAUTHORIZED);
    let big = "x".repeat(10_000);
    assert_eq!(call(&s.app, post(Some("sesame"), &big)).await.0, StatusCode::PAYLOAD_TOO_LARGE);
    let bad = format!("{one}\n{{not json\n");
    let (status, body) = call(&s.app, post(Some("sesame"), &bad)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["report"]["ingested"], 1);
    assert_eq!(body["problems"].as_array().unwrap().len(), 1, "{body}");
    // The readers see the new article at once.
    let (_, res) = get(&s.app, "/api/search?q=reiste").await;
    assert_eq!(res["total"], 1);
}

mod never_fails {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
        /// Any query string gets an answer, never an internal error.
        #[test]
        fn any_query_string(q in "([()\"„“ -]|AND|OR|NOT|title:|name:|quote:|Tran|x|%|&|=|#|ä){0,30}") {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            let s = SERVER.with(|s| s.app.clone());
            let uri = format!("/api/search?q={}", urlencode(&q));
            let (status, body) = rt.block_on(get(&s, &uri));
            prop_assert!(status == StatusCode::OK || status == StatusCode::BAD_REQUEST, "{q:?}: {status} {body}");
        }
    }

    thread_local! {
        static SERVER: Server = server(None, 1 << 20);
    }

    fn urlencode(s: &str) -> String {
        s.bytes()
            .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
            .collect()
    }
}
