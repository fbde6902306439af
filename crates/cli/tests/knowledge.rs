//! The knowledge base across articles, as a user asks it: articles in, the
//! answers of `entity`, `quotes`, `meetings` and `timeline` out — every row
//! cited, and every cited span is the text it claims.

mod util;
use util::Dir;

const ARTICLES: &[(&str, &str)] = &[
    ("kurier/a.txt", " date 2023-10-19 Lawrow in Pjöngjang\n\nPjöngjang. Der russische Außenminister Sergei Lawrow ist am Mittwoch in Pjöngjang mit seiner nordkoreanischen Amtskollegin Choe Son-hui zusammengekommen. „Unsere Beziehungen erreichen eine neue Qualität“, sagte Lawrow. Die DVRK sei ein verlässlicher Partner, erklärte er."),
    ("bote/b.txt", " date 2025-07-12 Lavrov erneut in Nordkorea\n\nWonsan. Russlands Außenminister Sergej Lawrow hat am Freitag in Wonsan die nordkoreanische Außenministerin Choe Son Hui getroffen. Lawrow sagte, die Zusammenarbeit mit Nordkorea werde ausgebaut."),
    ("post/d.txt", " date 2023-10-20 Russischer Minister bei Choe\n\nAus der Redaktion. Pjöngjang. Der russische Außenminister Sergei Lawrow ist am Mittwoch in Pjöngjang mit seiner nordkoreanischen Amtskollegin Choe Son-hui zusammengekommen. „Unsere Beziehungen erreichen eine neue Qualität“, sagte Lawrow. Die DVRK sei ein verlässlicher Partner, erklärte er zudem."),
    ("kurier/e.txt", " date 2023-10-21 Lawrow reist nach Peking weiter\n\nPeking. Nach seinem Besuch bei Choe Son-hui ist Sergei Lawrow nach Peking weitergereist. Dort will er am Montag politische Gespräche führen."),
    ("post/c.txt", " date 2024-02-03 Kim Jong-un empfängt Delegation\n\nPjöngjang. Machthaber Kim Jong-un empfing am Freitag eine Delegation aus China. Seine Schwester Kim Yo-jong warnte vor neuen Sanktionen."),
];

fn setup() -> Dir {
    let d = Dir::new();
    for (path, text) in ARTICLES {
        d.write(&format!("in/{path}"), text);
    }
    d.ok(&["ingest", "-q", d.path("in").to_str().unwrap()]);
    d
}

/// The article text a citation points into, sliced by chars.
fn cited(d: &Dir, cite: &serde_json::Value) -> String {
    let id = cite["article"].as_str().unwrap();
    let text = d.json(&["show", id])["article"]["text"].as_str().unwrap().to_string();
    let (a, b) = (cite["start"].as_u64().unwrap() as usize, cite["end"].as_u64().unwrap() as usize);
    text.chars().skip(a).take(b - a).collect()
}

#[test]
fn one_entity_however_it_is_spelled() {
    let d = setup();
    for name in ["Lawrow", "Lavrov", "Sergey Lavrov", "Лавров"] {
        let v = d.json(&["entity", name]);
        assert_eq!(v["profile"]["entity"]["name"], "Sergei Lawrow", "{name}");
        assert_eq!(v["profile"]["entity"]["articles"], 4, "{name}");
    }
    let v = d.json(&["entity", "Choe Son-hui"]);
    assert_eq!(v["profile"]["entity"]["articles"], 4);
    // DVRK and Nordkorea are one country.
    let dvrk = d.json(&["entity", "DVRK"]);
    assert_eq!(dvrk["profile"]["entity"]["name"], "Nordkorea");
    // Two Kims stay two.
    let kims = d.json(&["entity", "Kim Yo-jong"]);
    assert_eq!(kims["profile"]["entity"]["name"], "Kim Yo-jong");
    // Roles over time, from the article dates.
    let roles = &d.json(&["entity", "Lawrow"])["profile"]["roles"];
    let role = roles.as_array().unwrap().iter().find(|r| r["role"] == "Außenminister (Russland)").unwrap();
    assert_eq!((role["from"].as_str(), role["to"].as_str()), (Some("2023-10-19"), Some("2025-07-12")));
}

#[test]
fn quotes_and_meetings_cite_the_words_they_report() {
    let d = setup();
    let quotes = d.json(&["quotes", "--speaker", "Lavrov"]);
    let quotes = quotes.as_array().unwrap();
    assert!(quotes.len() >= 2, "{quotes:?}");
    for q in quotes {
        assert_eq!(q["speaker"]["name"], "Sergei Lawrow");
        let text = cited(&d, &q["cite"]);
        assert!(text.contains(q["text"].as_str().unwrap().split(' ').next().unwrap()), "{text:?} / {q}");
    }
    // A date window.
    let recent = d.json(&["quotes", "--speaker", "Lawrow", "--from", "2025"]);
    assert!(recent.as_array().unwrap().iter().all(|q| q["cite"]["date"].as_str().unwrap() >= "2025"));

    let meetings = d.json(&["meetings", "--between", "Lawrow", "Choe Son-hui"]);
    let meetings = meetings.as_array().unwrap();
    // The syndicated copy reports the 2023 meeting again: counted, not repeated.
    assert_eq!(meetings.len(), 2, "{meetings:?}");
    assert_eq!(meetings[1]["copies"], 1);
    let dates: Vec<&str> = meetings.iter().map(|m| m["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2025-07-11", "2023-10-18"]);
    for m in meetings {
        assert_eq!(cited(&d, &m["cite"]), m["text"].as_str().unwrap());
    }
    let at = d.json(&["meetings", "--with", "Lawrow", "--place", "Wonsan"]);
    assert_eq!(at.as_array().unwrap().len(), 1);
}

#[test]
fn a_timeline_of_two_runs_oldest_first() {
    let d = setup();
    let items = d.json(&["timeline", "Russland", "Nordkorea"]);
    let dates: Vec<String> =
        items.as_array().unwrap().iter().filter_map(|i| i["date"].as_str().map(str::to_string)).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    assert!(dates.first().unwrap().starts_with("2023") && dates.last().unwrap().starts_with("2025"));
    // Unknown names are a clear error.
    let out = d.run(&["entity", "Niemand Bekannt"]);
    assert!(!out.status.success());
    assert!(util::stderr(&out).contains("no entity named"), "{}", util::stderr(&out));
}

#[test]
fn a_syndicated_copy_is_one_story_with_its_original() {
    let d = setup();
    let hits = d.json(&["search", "Qualität"]);
    let id = hits["hits"][0]["id"].as_str().unwrap().to_string();
    let r = d.json(&["related", &id]);
    let story: Vec<&str> = r["story"].as_array().unwrap().iter().map(|a| a["source"].as_str().unwrap()).collect();
    assert_eq!(story.len(), 2, "{r}");
    assert!(story.contains(&"kurier") && story.contains(&"post"), "{story:?}");
    // The next day's article on the same persons is related; the 2025 visit is not (too far apart).
    let related: Vec<&str> = r["related"].as_array().unwrap().iter().map(|a| a["title"].as_str().unwrap()).collect();
    assert_eq!(related, ["Lawrow reist nach Peking weiter"]);
}

#[test]
fn the_knowledge_base_exports_as_json_lines_csv_and_graphml() {
    let d = setup();
    let jsonl = d.ok(&["export"]);
    let types: std::collections::BTreeSet<String> = jsonl
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["type"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(types.into_iter().collect::<Vec<_>>(), ["entity", "event", "quote"]);
    let csv = d.ok(&["export", "--format", "csv", "--what", "quotes"]);
    assert!(csv.starts_with("speaker_id,speaker,kind,cue,text,article,date,source,start,end\n"), "{csv}");
    assert!(csv.contains("Sergei Lawrow"));
    let graph = d.ok(&["export", "--format", "graphml"]);
    assert!(graph.contains("<graphml") && graph.contains("Choe Son") && graph.contains(">meeting<"), "{graph}");
    let out = d.run(&["export", "--format", "csv"]);
    assert!(!out.status.success());
}

#[test]
fn search_filters_by_entity_in_any_spelling() {
    let d = setup();
    let all = d.json(&["search", "Pjöngjang"]);
    let only = d.json(&["search", "Pjöngjang", "--entity", "Lavrov"]);
    assert!(all["total"].as_u64().unwrap() > only["total"].as_u64().unwrap(), "{all} {only}");
    assert!(only["hits"].as_array().unwrap().iter().all(|h| !h["title"].as_str().unwrap().contains("Kim")));
    assert!(only["total"].as_u64().unwrap() >= 2);
}

#[test]
fn names_and_quotes_are_searchable_fields() {
    let d = setup();
    let titles = |q: &str| -> Vec<String> {
        let v = d.json(&["search", q]);
        v["hits"].as_array().unwrap().iter().map(|h| h["title"].as_str().unwrap().to_string()).collect()
    };
    // A name in another spelling finds the articles naming the entity.
    let named = titles("name:Lavrov");
    assert_eq!(named.len(), 4, "{named:?}");
    assert!(titles("name:\"Sergey Lavrov\"").len() == 4);
    // `Lawrow` is in the text of the Kim article nowhere, and no entity there is called so.
    assert!(!named.iter().any(|t| t.contains("Kim")));
    // Words said in a quote, not words of the narration.
    assert_eq!(titles("quote:Qualität").len(), 2);
    assert_eq!(titles("quote:Delegation").len(), 0);
    assert_eq!(titles("Delegation").len(), 1);
    assert_eq!(titles("name:Lavrov -quote:Qualität").len(), 2);
}

#[test]
fn merge_and_split_change_the_answers_and_are_kept_in_the_aliases_file() {
    let d = setup();
    let v = d.json(&["entity", "merge", "Kim Yo-jong", "Kim Jong-un"]);
    assert_eq!(v["report"]["merged"], 1, "{v}");
    let kim = d.json(&["entity", "Kim Jong-un"]);
    assert_eq!(kim["profile"]["aliases"].as_array().unwrap().len(), 2, "{kim}");
    let file = std::fs::read_to_string(d.data().join("aliases.toml")).unwrap();
    assert!(file.contains("[[entity]]") && file.contains("Kim Yo-jong"), "{file}");
    // Merging again is refused with a reason; a split of a name it does not have too.
    let out = d.run(&["entity", "merge", "Kim Yo-jong", "Kim Jong-un"]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("already one entity"));
    let out = d.run(&["entity", "split", "Kim Jong-un", "Lawrow"]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("not a name of"));
    // A broken aliases file stops ingest with its line, and changes nothing.
    std::fs::write(d.data().join("aliases.toml"), "[[entity]]\nname = 3\n").unwrap();
    let out = d.run(&["ingest", "-q", d.path("in").to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!out.status.success() && err.contains("aliases.toml") && err.contains("line 2"), "{err}");
}
