// Dossier UI: a small single-page app over the JSON API (/api/…).
// Pages: #/search?q=…, #/article/ID?s=START&e=END, #/entity/ID, #/pair?a=NAME&b=NAME.
"use strict";

const main = document.getElementById("main");
const PALETTE = ["#dbeafe", "#dcfce7", "#fde68a", "#fbcfe8", "#e9d5ff", "#cffafe", "#fed7aa", "#e5e7eb"];

function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    for (const one of [].concat(v)) if (one !== undefined && one !== null && one !== "") url.searchParams.append(k, one);
  }
  const r = await fetch(url);
  const body = await r.json().catch(() => ({ error: r.statusText }));
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function hashParams() {
  const h = location.hash.slice(1) || "/";
  const [path, query] = h.split("?");
  return { path, params: new URLSearchParams(query || "") };
}

function go(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  location.hash = path + (q.toString() ? "?" + q : "");
}

function cite(c) {
  return `<a class="cite" href="#/article/${encodeURIComponent(c.article)}?s=${c.start}&e=${c.end}" title="${esc(c.title || "")}">${esc(c.date || "undated")} · ${esc(c.source || "")}</a>`;
}

function showError(e) {
  main.innerHTML = `<p class="error" role="alert">${esc(e.message || e)}</p>`;
}

// ---------------------------------------------------------------- search
async function searchPage(params) {
  const q = params.get("q") || "";
  document.getElementById("q").value = q;
  const f = Object.fromEntries(["from", "to", "lang", "source", "entity", "offset"].map((k) => [k, params.get(k) || ""]));
  const filters = `
    <form class="filters" id="filters">
      <h2 class="sr">Filters</h2>
      <label for="f-from">From</label><input id="f-from" name="from" placeholder="YYYY[-MM[-DD]]" value="${esc(f.from)}">
      <label for="f-to">To</label><input id="f-to" name="to" placeholder="YYYY[-MM[-DD]]" value="${esc(f.to)}">
      <label for="f-lang">Language</label><input id="f-lang" name="lang" placeholder="de" value="${esc(f.lang)}">
      <label for="f-source">Source</label><input id="f-source" name="source" value="${esc(f.source)}">
      <label for="f-entity">Entity (any spelling)</label><input id="f-entity" name="entity" value="${esc(f.entity)}">
      <p><button type="submit">Apply</button> <a href="#/search?q=${encodeURIComponent(q)}">clear</a></p>
    </form>`;
  if (!q) {
    const stats = await api("/api/stats").catch(() => null);
    main.innerHTML = `<h1>Search the articles</h1>
      <p>Type a query above. Words must all match; <code>"a phrase"</code>; <code>OR</code>/<code>ODER</code>; <code>-word</code>;
      <code>title:Gipfel</code>; <code>name:Lavrov</code> (an entity in any spelling); <code>quote:Sanktionen</code> (only in what is quoted).</p>
      ${stats ? `<p class="muted">${stats.articles} articles from ${stats.sources.length} sources${stats.date_range ? `, ${esc(stats.date_range[0])} … ${esc(stats.date_range[1])}` : ""}.</p>` : ""}
      <div class="card"><h2>Compare two entities over time</h2>
      <form id="pairform"><label for="pa">First</label> <input id="pa" name="a" placeholder="Russland"> <label for="pb">second</label> <input id="pb" name="b" placeholder="Nordkorea"> <button type="submit">Show</button></form></div>`;
    document.getElementById("pairform").onsubmit = (ev) => {
      ev.preventDefault();
      go("/pair", { a: ev.target.a.value, b: ev.target.b.value });
    };
    return;
  }
  main.innerHTML = `<p class="muted">Searching…</p>`;
  const offset = parseInt(f.offset || "0", 10) || 0;
  const res = await api("/api/search", { q, from: f.from, to: f.to, lang: f.lang, source: f.source, entity: f.entity, limit: 10, offset });
  const facet = (title, key, rows, label) =>
    rows && rows.length
      ? `<div class="facet"><h3>${title}</h3><ul>${rows
          .map(([v, n]) => `<li><a href="#" data-k="${key}" data-v="${esc(typeof v === "object" ? v.name : v)}">${esc(label ? label(v) : v)}</a><span class="muted">${n}</span></li>`)
          .join("")}</ul></div>`
      : "";
  const fc = res.facets || {};
  const hits = res.hits
    .map(
      (h) => `<article class="hit">
        <h2><a href="#/article/${encodeURIComponent(h.id)}">${esc(h.title)}</a></h2>
        <div class="meta">${esc(h.date || "undated")} · ${esc(h.source || "unknown source")} · ${esc(h.language || "")}</div>
        <p class="snippet">${h.snippet}</p></article>`
    )
    .join("");
  main.innerHTML = `<div class="layout"><aside>${filters}
      ${facet("Entities", "entity", fc.entities, (v) => v.name)}${facet("Sources", "source", fc.sources)}
      ${facet("Languages", "lang", fc.languages)}${facet("Years", "year", fc.years)}</aside>
    <section aria-live="polite"><h1 class="sr">Results</h1><p class="muted" id="total">${res.total} articles</p>${hits || "<p>No article matches.</p>"}
    <nav class="pager">${offset > 0 ? `<a class="button plain" href="#" id="prev">← previous</a>` : ""}${offset + 10 < res.total ? `<a class="button plain" href="#" id="next">next →</a>` : ""}</nav></section></div>`;
  const base = { q, ...f };
  document.getElementById("filters").onsubmit = (ev) => {
    ev.preventDefault();
    const d = Object.fromEntries(new FormData(ev.target));
    go("/search", { ...base, ...d, offset: "" });
  };
  main.querySelectorAll(".facet a").forEach((a) =>
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      const k = a.dataset.k, v = a.dataset.v;
      if (k === "year") go("/search", { ...base, from: v, to: v, offset: "" });
      else go("/search", { ...base, [k]: v, offset: "" });
    })
  );
  const page = (d) => (ev) => {
    ev.preventDefault();
    go("/search", { ...base, offset: Math.max(0, offset + d) });
  };
  if (document.getElementById("prev")) document.getElementById("prev").onclick = page(-10);
  if (document.getElementById("next")) document.getElementById("next").onclick = page(10);
}

// ---------------------------------------------------------------- article
function renderText(text, analysis, links) {
  const chars = Array.from(text);
  const spans = [];
  const link = Object.fromEntries(links.map((l) => [l.local, l]));
  const speakerColor = {};
  let colors = 0;
  for (const e of analysis?.entities || []) {
    for (const m of e.mentions || []) spans.push({ s: m.start, e: m.end, kind: "m", ent: e });
  }
  for (const q of analysis?.quotes || []) {
    const key = q.speaker || "?";
    if (!(key in speakerColor)) speakerColor[key] = PALETTE[colors++ % PALETTE.length];
    spans.push({ s: q.start, e: q.end, kind: "q", color: speakerColor[key], quote: q });
  }
  for (const t of analysis?.times || []) spans.push({ s: t.start, e: t.end, kind: "t", time: t });
  const cuts = new Set([0, chars.length]);
  for (const sp of spans) {
    cuts.add(Math.max(0, Math.min(chars.length, sp.s)));
    cuts.add(Math.max(0, Math.min(chars.length, sp.e)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const seg = esc(chars.slice(a, b).join(""));
    const on = spans.filter((sp) => sp.s <= a && sp.e >= b);
    const q = on.find((sp) => sp.kind === "q");
    const m = on.find((sp) => sp.kind === "m");
    const t = on.find((sp) => sp.kind === "t");
    let inner = seg;
    if (t) inner = `<span class="t" title="${esc(t.time.value ? "= " + t.time.value : "date not resolvable")}">${inner}</span>`;
    if (m) {
      const l = link[m.ent.id];
      const title = `${m.ent.name} (${m.ent.type})${l ? " → " + l.name : ""}`;
      inner = l
        ? `<a class="m ${esc(m.ent.type)}" href="#/entity/${l.id}" title="${esc(title)}" data-entity="${l.id}">${inner}</a>`
        : `<span class="m ${esc(m.ent.type)}" title="${esc(title)}">${inner}</span>`;
    }
    const style = q ? ` style="background:${q.color}" title="${esc("quote" + (q.quote.speaker ? " of " + (nameOf(analysis, q.quote.speaker) || "") : ""))}"` : "";
    html += `<span data-s="${a}" data-e="${b}"${style}>${inner}</span>`;
  }
  return { html, speakerColor };
}

function nameOf(analysis, local) {
  return (analysis?.entities || []).find((e) => e.id === local)?.name;
}

function flash(s, e) {
  let first = null;
  main.querySelectorAll(".text span[data-s]").forEach((el) => {
    const a = +el.dataset.s, b = +el.dataset.e;
    const inside = a >= s && b <= e && b > a;
    el.classList.toggle("flash", inside);
    if (inside && !first) first = el;
  });
  if (first) first.scrollIntoView({ block: "center" });
}

async function articlePage(id, params) {
  const [v, rel] = await Promise.all([api(`/api/articles/${encodeURIComponent(id)}`), api(`/api/articles/${encodeURIComponent(id)}/related`).catch(() => null)]);
  const a = v.article, x = v.analysis;
  const { html, speakerColor } = renderText(a.text, x, v.links);
  const link = Object.fromEntries(v.links.map((l) => [l.local, l]));
  const ent = (local) => {
    const l = link[local];
    const name = nameOf(x, local) || local;
    return l ? `<a href="#/entity/${l.id}">${esc(name)}</a>` : esc(name);
  };
  const events = (x?.events || [])
    .map((e) => `<li><b>${esc(e.type)}</b> ${esc(e.date || "")} ${e.participants.map(ent).join(", ")}${e.place ? " in " + ent(e.place) : ""}
      <a href="#" data-s="${e.start}" data-e="${e.end}" class="show">show</a></li>`)
    .join("");
  const quotes = (x?.quotes || [])
    .map((q) => `<li><span class="swatch" style="background:${speakerColor[q.speaker || "?"]}"></span>${q.speaker ? ent(q.speaker) : "unknown speaker"} (${esc(q.kind)}): <a href="#" data-s="${q.start}" data-e="${q.end}" class="show">${esc(q.text.slice(0, 90))}${q.text.length > 90 ? "…" : ""}</a></li>`)
    .join("");
  const entities = (x?.entities || []).map((e) => `${ent(e.id)} <span class="muted">${esc(e.type)}</span>`).join(" · ");
  const story = rel && rel.story.length > 1 ? `<section><h3>Same story (${rel.story.length} copies)</h3><ul>${rel.story.map((s) => `<li><a href="#/article/${encodeURIComponent(s.id)}">${esc(s.source || s.id)}</a> ${esc(s.date || "")}</li>`).join("")}</ul></section>` : "";
  const related = rel && rel.related.length ? `<section><h3>Related</h3><ul>${rel.related.map((s) => `<li><a href="#/article/${encodeURIComponent(s.id)}">${esc(s.title)}</a> <span class="muted">${esc(s.date || "")}</span></li>`).join("")}</ul></section>` : "";
  main.innerHTML = `<div class="layout article"><div>
      <h1>${esc(a.title)}</h1>
      <p class="meta">${esc(a.date || "undated")} · ${esc(a.source || "unknown source")}${a.url ? ` · <a href="${esc(a.url)}" rel="noopener noreferrer">original</a>` : ""} · id ${esc(a.id)}</p>
      <p class="legend"><span><span class="swatch" style="border-bottom:3px solid #2f7d32"></span>person</span><span><span class="swatch" style="border-bottom:3px solid #b26a00"></span>place</span><span><span class="swatch" style="border-bottom:3px solid #6a3fb3"></span>organisation</span><span class="t">time</span> <span>quotes coloured by speaker</span></p>
      <div class="text" id="text">${html}</div></div>
    <aside class="side">
      <section><h3>Events</h3>${events ? `<ul>${events}</ul>` : "<p class='muted'>none</p>"}</section>
      <section><h3>Quotes</h3>${quotes ? `<ul>${quotes}</ul>` : "<p class='muted'>none</p>"}</section>
      <section><h3>Entities</h3><p>${entities || "<span class='muted'>none</span>"}</p></section>
      ${story}${related}
    </aside></div>`;
  main.querySelectorAll("a.show").forEach((l) =>
    l.addEventListener("click", (ev) => {
      ev.preventDefault();
      flash(+l.dataset.s, +l.dataset.e);
    })
  );
  if (params.get("s")) flash(+params.get("s"), +params.get("e"));
}

// ---------------------------------------------------------------- entity
function chart(el, months, series) {
  if (!months.length || typeof uPlot === "undefined") {
    el.innerHTML = "<p class='muted'>No dated activity.</p>";
    return;
  }
  const xs = months.map((_, i) => i);
  const opts = {
    width: Math.min(el.clientWidth || 640, 900),
    height: 220,
    scales: { x: { time: false } },
    axes: [{ values: (u, ticks) => ticks.map((t) => months[t] || "") }, {}],
    series: [{ label: "month", value: (u, v) => months[v] || "" }].concat(series.map((s) => ({ label: s.label, stroke: s.color, width: 2, points: { show: true } }))),
  };
  new uPlot(opts, [xs, ...series.map((s) => s.data)], el);
}

function network(center, meetings) {
  const count = new Map();
  for (const m of meetings) {
    for (const p of m.participants) {
      if (p.id === center.id) continue;
      const c = count.get(p.id) || { p, n: 0 };
      c.n++;
      count.set(p.id, c);
    }
  }
  const partners = [...count.values()].sort((a, b) => b.n - a.n).slice(0, 16);
  if (!partners.length) return "<p class='muted'>No meetings recorded.</p>";
  const W = 460, H = 340, cx = W / 2, cy = H / 2, r = 130;
  let svg = `<svg class="network" viewBox="0 0 ${W} ${H}" role="img" aria-label="Who ${esc(center.name)} met">`;
  partners.forEach((c, i) => {
    const ang = (2 * Math.PI * i) / partners.length - Math.PI / 2;
    c.x = cx + r * Math.cos(ang);
    c.y = cy + r * Math.sin(ang);
    svg += `<line x1="${cx}" y1="${cy}" x2="${c.x}" y2="${c.y}" stroke="#9aa4b2" stroke-width="${Math.min(8, 1 + c.n)}"><title>${c.n} meetings</title></line>`;
  });
  partners.forEach((c) => {
    svg += `<a href="#/entity/${c.p.id}"><circle cx="${c.x}" cy="${c.y}" r="7" fill="#1f5fbf"></circle><text x="${c.x}" y="${c.y - 10}" text-anchor="middle">${esc(c.p.name)} (${c.n})</text></a>`;
  });
  svg += `<circle cx="${cx}" cy="${cy}" r="10" fill="#d9480f"></circle><text x="${cx}" y="${cy + 24}" text-anchor="middle" font-weight="700">${esc(center.name)}</text></svg>`;
  return svg;
}

async function entityPage(id) {
  const v = await api(`/api/entities/${encodeURIComponent(id)}`);
  const p = v.profile, e = p.entity;
  const roles = p.roles.map((r) => `<tr><td>${esc(r.role)}</td><td>${esc(r.from || "?")} … ${esc(r.to || "?")}</td><td>${r.articles}</td></tr>`).join("");
  const quotes = v.quotes.map((q) => `<div class="quote"><q>${esc(q.text)}</q> <span class="muted">(${esc(q.kind)})</span> ${cite(q.cite)}</div>`).join("");
  const meetings = v.meetings
    .map((m) => `<tr><td>${esc(m.date || "")}</td><td>${esc(m.kind)}</td><td>${m.participants.map((x) => `<a href="#/entity/${x.id}">${esc(x.name)}</a>`).join(", ")}${m.place ? " in " + esc(m.place.name) : ""}</td><td>${cite(m.cite)}</td></tr>`)
    .join("");
  const co = p.co_mentioned.map(([x, n]) => `<a href="#/entity/${x.id}">${esc(x.name)} <span class="muted">${n}</span></a>`).join("");
  main.innerHTML = `<h1>${esc(e.name)} <span class="muted">${esc(e.kind)}${e.country ? ", " + esc(e.country) : ""}</span></h1>
    <p>${e.articles} articles, ${p.mentions} mentions, first ${esc(p.first_seen || "-")}, last ${esc(p.last_seen || "-")}.
       <a href="#/search?q=${encodeURIComponent('name:"' + e.name + '"')}">Articles naming ${esc(e.name)}</a></p>
    <p class="chips"><span class="muted">Also written:</span> ${p.aliases.map(([a, n]) => `<a href="#/search?q=${encodeURIComponent('"' + a + '"')}">${esc(a)} <span class="muted">${n}</span></a>`).join("")}</p>
    <div class="card"><h2>Over time</h2><div id="chart"></div></div>
    <div class="grid2">
      <div class="card"><h2>Meetings network</h2>${network(e, v.meetings)}</div>
      <div class="card"><h2>Roles over time</h2>${roles ? `<table><tr><th>role</th><th>from … to</th><th>articles</th></tr>${roles}</table>` : "<p class='muted'>none recorded</p>"}
        <h2 style="margin-top:1rem">Often named with</h2><p class="chips">${co || "<span class='muted'>nobody</span>"}</p>
        <form id="pairform"><label for="pb">Compare with</label> <input id="pb" name="b" placeholder="another entity"> <button type="submit">Pair view</button></form></div>
    </div>
    <div class="card"><h2>Meetings</h2>${meetings ? `<table><tr><th>date</th><th>kind</th><th>who, where</th><th>source</th></tr>${meetings}</table>` : "<p class='muted'>none</p>"}</div>
    <div class="card"><h2>Quotes</h2>${quotes || "<p class='muted'>none</p>"}</div>`;
  const months = v.activity.map((a) => a.month);
  chart(document.getElementById("chart"), months, [
    { label: "articles", color: "#1f5fbf", data: v.activity.map((a) => a.articles) },
    { label: "quotes", color: "#2f7d32", data: v.activity.map((a) => a.quotes) },
    { label: "events", color: "#d9480f", data: v.activity.map((a) => a.events) },
  ]);
  document.getElementById("pairform").onsubmit = (ev) => {
    ev.preventDefault();
    go("/pair", { a: e.name, b: ev.target.b.value });
  };
}

// ---------------------------------------------------------------- pair
async function pairPage(params) {
  const a = params.get("a") || "", b = params.get("b") || "";
  if (!a || !b) throw new Error("Give two entities to compare.");
  const [items, meetings] = await Promise.all([api("/api/timeline", { name: [a, b] }), api("/api/meetings", { with: [a, b] })]);
  const byMonth = new Map();
  for (const it of items) {
    const m = (it.date || "").slice(0, 7);
    if (!m) continue;
    const c = byMonth.get(m) || { event: 0, quote: 0, article: 0 };
    c[it.what] = (c[it.what] || 0) + 1;
    byMonth.set(m, c);
  }
  const months = [...byMonth.keys()].sort();
  const rows = items.map((it) => `<tr><td>${esc(it.date || "")}</td><td>${esc(it.what)}</td><td>${esc(it.summary)}</td><td>${cite(it.cite)}</td></tr>`).join("");
  main.innerHTML = `<h1>${esc(a)} and ${esc(b)} over time</h1>
    <p>${meetings.length} meetings, ${items.length} dated items.</p>
    <div class="card"><h2>Per month</h2><div id="chart"></div></div>
    <div class="card"><h2>Timeline</h2>${rows ? `<table><tr><th>date</th><th>what</th><th>summary</th><th>source</th></tr>${rows}</table>` : "<p class='muted'>Nothing links them yet.</p>"}</div>`;
  chart(document.getElementById("chart"), months, [
    { label: "events", color: "#d9480f", data: months.map((m) => byMonth.get(m).event || 0) },
    { label: "quotes", color: "#2f7d32", data: months.map((m) => byMonth.get(m).quote || 0) },
    { label: "articles", color: "#1f5fbf", data: months.map((m) => byMonth.get(m).article || 0) },
  ]);
}

// ---------------------------------------------------------------- router
async function route() {
  const { path, params } = hashParams();
  try {
    if (path.startsWith("/article/")) await articlePage(decodeURIComponent(path.slice(9)), params);
    else if (path.startsWith("/entity/")) await entityPage(decodeURIComponent(path.slice(8)));
    else if (path === "/pair") await pairPage(params);
    else await searchPage(params);
    document.title = (main.querySelector("h1")?.textContent || "Search") + " · Dossier";
  } catch (e) {
    showError(e);
  }
  main.setAttribute("data-ready", path);
}

document.getElementById("searchform").addEventListener("submit", (ev) => {
  ev.preventDefault();
  go("/search", { q: document.getElementById("q").value });
});
document.addEventListener("keydown", (ev) => {
  if (ev.key === "/" && !["INPUT", "TEXTAREA"].includes(document.activeElement.tagName)) {
    ev.preventDefault();
    document.getElementById("q").focus();
  }
});
window.addEventListener("hashchange", route);
route();
