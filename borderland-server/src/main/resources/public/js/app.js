// The Borderland dashboard: one state object, mirrored in the URL's hash, and a render function
// per panel. Every figure comes from the JSON API (/api/v1), which runs the command line's own
// commands: rank, explain, history, shield, cascade, scenario diff, and the uncertainty and
// sensitivity jobs.

import { api, ApiError, fetchText } from "./api.js";
import { COLOURS, loadWorld, rampColour } from "./map.js";
import { parseYaml } from "./yaml.js";

/* global echarts */

const $ = (id) => document.getElementById(id);
const TRANSIT_KEYS = ["allies", "noTransit", "allow", "rivalAlliances", "sea"];
const MIN_YEAR = 1992;

/** What the user chose; written to the URL's hash on every change. */
const state = {
  aggressor: "RUS",
  year: null,
  model: "essay",
  target: null,
  scenario: "",
  absorb: [],
  weights: {},
  sea: false,
  china: false,
  geo: false,
  cascade: 0,
  step: 0,
  sort: { key: "rank", dir: 1 },
};

/** What the server answered. */
const data = {
  registry: [],
  names: new Map(),
  world: null,
  latestYear: null,
  scenarios: [],
  rank: null,
  diff: null,
  rows: [],
  explain: null,
  history: null,
  shield: null,
  cascade: null,
  uncertainty: null,
  sensitivity: null,
  factors: [],
  factorNames: {},
  defaultWeights: {},
};

const charts = {};
const errors = new Map();
const controllers = new Map();
const tokens = new Map();

// ---------------------------------------------------------------------------------------------
// Small helpers

function name(code) {
  return data.names.get(code) || code;
}

function fmt(v, digits = 1) {
  if (v === null || v === undefined || Number.isNaN(v)) {
    return "–";
  }
  if (typeof v !== "number") {
    return String(v);
  }
  if (Math.abs(v) >= 1e9) {
    return (v / 1e9).toFixed(2) + " bn";
  }
  if (Math.abs(v) >= 1e6) {
    return (v / 1e6).toFixed(2) + " m";
  }
  return Number.isInteger(v) ? String(v) : v.toFixed(digits);
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) {
      continue;
    }
    if (k === "class") {
      e.className = v;
    } else if (k === "text") {
      e.textContent = v;
    } else if (k.startsWith("on")) {
      e.addEventListener(k.slice(2), v);
    } else {
      e.setAttribute(k, v === true ? "" : v);
    }
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) {
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }
  return e;
}

function debounce(fn, ms) {
  let t = null;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

/**
 * Runs one kind of request, cancelling the previous one of that kind; answers undefined when a
 * newer request of the kind has started (its answer is stale) and records or clears its error.
 */
async function latest(kind, what, run) {
  const previous = controllers.get(kind);
  if (previous) {
    previous.abort();
  }
  const controller = new AbortController();
  controllers.set(kind, controller);
  const token = (tokens.get(kind) || 0) + 1;
  tokens.set(kind, token);
  try {
    const result = await run(controller.signal);
    if (tokens.get(kind) !== token) {
      return undefined;
    }
    clearError(kind);
    return result;
  } catch (e) {
    if (e.name === "AbortError" || tokens.get(kind) !== token) {
      return undefined;
    }
    showError(kind, what, e);
    return null;
  }
}

function showError(kind, what, e) {
  const message =
    e instanceof ApiError
      ? (e.what ? "" : `Could not load ${what}: `) + e.describe()
      : `Could not load ${what}: ${e && e.message ? e.message : e}`;
  errors.set(kind, message);
  renderErrors();
}

function clearError(kind) {
  if (errors.delete(kind)) {
    renderErrors();
  }
}

function renderErrors() {
  const box = $("error");
  const text = [...new Set(errors.values())].join("\n");
  $("error-message").textContent = text;
  box.hidden = errors.size === 0;
}

function status(text) {
  $("status").textContent = text;
}

// ---------------------------------------------------------------------------------------------
// The URL's hash

function writeHash() {
  const p = new URLSearchParams();
  p.set("aggressor", state.aggressor);
  if (state.year) {
    p.set("year", state.year);
  }
  if (state.model !== "essay") {
    p.set("model", state.model);
  }
  if (state.target) {
    p.set("target", state.target);
  }
  if (state.scenario) {
    p.set("scenario", state.scenario);
  }
  if (state.absorb.length) {
    p.set("absorb", state.absorb.join(","));
  }
  const w = Object.entries(state.weights)
    .filter(([id, v]) => v !== defaultWeight(id))
    .map(([id, v]) => `${id}:${v}`);
  if (w.length) {
    p.set("weights", w.join(","));
  }
  if (state.sea) {
    p.set("sea", "1");
  }
  if (state.china) {
    p.set("china", "1");
  }
  if (state.geo) {
    p.set("geo", "1");
  }
  if (state.cascade) {
    p.set("cascade", state.cascade);
    p.set("step", state.step);
  }
  if (state.sort.key !== "rank" || state.sort.dir !== 1) {
    p.set("sort", (state.sort.dir < 0 ? "-" : "") + state.sort.key);
  }
  const hash = "#" + p.toString();
  if (location.hash !== hash) {
    history.replaceState(null, "", hash);
  }
}

function readHash() {
  const p = new URLSearchParams(location.hash.replace(/^#/, ""));
  const upper = (s) => (s || "").trim().toUpperCase();
  state.aggressor = upper(p.get("aggressor")) || "RUS";
  const y = parseInt(p.get("year"), 10);
  state.year = Number.isFinite(y) ? y : null;
  state.model = p.get("model") || "essay";
  state.target = upper(p.get("target")) || null;
  state.scenario = p.get("scenario") || "";
  state.absorb = (p.get("absorb") || "").split(",").map(upper).filter(Boolean);
  state.weights = {};
  for (const pair of (p.get("weights") || "").split(",").filter(Boolean)) {
    const [id, v] = pair.split(":");
    if (id && Number.isFinite(parseFloat(v))) {
      state.weights[id] = parseFloat(v);
    }
  }
  state.sea = p.get("sea") === "1";
  state.china = p.get("china") === "1";
  state.geo = p.get("geo") === "1";
  state.cascade = parseInt(p.get("cascade"), 10) || 0;
  state.step = parseInt(p.get("step"), 10) || 0;
  const sort = p.get("sort") || "rank";
  state.sort = { key: sort.replace(/^-/, ""), dir: sort.startsWith("-") ? -1 : 1 };
}

function syncControls() {
  $("aggressor").value = state.aggressor;
  $("aggressor-name").textContent = data.names.has(state.aggressor) ? name(state.aggressor) : "";
  $("model").value = state.model;
  if (state.year) {
    $("year").value = state.year;
  }
  $("year-out").textContent = $("year").value;
  $("show-geo").checked = state.geo;
  $("transit-sea").checked = state.sea;
  $("transit-china").checked = state.china;
  for (const r of document.querySelectorAll("input[name=scenario]")) {
    r.checked = r.value === state.scenario;
  }
  $("cascade-steps").value = state.cascade || $("cascade-steps").value;
  renderAbsorbList();
  renderWeights();
}

// ---------------------------------------------------------------------------------------------
// Scenarios

function defaultWeight(id) {
  return data.defaultWeights[id] ?? 1;
}

function weightsChanged() {
  return Object.entries(state.weights).some(([id, v]) => v !== defaultWeight(id));
}

function shipped() {
  return data.scenarios.find((s) => s.id === state.scenario) || null;
}

function scenarioActive() {
  return Boolean(shipped() || state.absorb.length || weightsChanged() || state.sea || state.china);
}

/** The request body for the scenario routes: the shipped file as written, or a merged JSON. */
function scenarioBody() {
  const s = shipped();
  const custom = state.absorb.length || weightsChanged() || state.sea || state.china;
  if (s && !custom && s.kind === "scenario") {
    return { body: s.text, contentType: "application/yaml" };
  }
  let doc;
  if (s && s.parsed && s.kind === "scenario") {
    doc = JSON.parse(JSON.stringify(s.parsed));
  } else if (s && s.kind === "transit") {
    doc = { scenario: { id: s.id, name: s.name }, transit: JSON.parse(JSON.stringify(s.parsed)) };
  } else if (s) {
    // A shipped file this page cannot read: send it as written; the server says what is wrong.
    return { body: s.text, contentType: "application/yaml" };
  } else {
    doc = { scenario: { id: "dashboard", name: "Changes made on the dashboard" } };
  }
  if (s && custom) {
    doc.scenario.name = `${doc.scenario.name || s.id}, with changes made on the dashboard`;
  }
  if (state.absorb.length) {
    doc.absorb = [...new Set([...(doc.absorb || []), ...state.absorb])];
  }
  if (state.sea || state.china) {
    doc.transit = { ...(doc.transit || {}) };
    if (state.sea) {
      doc.transit.sea = true;
    }
    if (state.china) {
      doc.transit.allow = [...new Set([...(doc.transit.allow || []), "CHN"])];
    }
  }
  if (weightsChanged()) {
    const w = { ...(doc.weights || {}) };
    for (const f of new Set([...data.factors, ...Object.keys(state.weights)])) {
      w[f] = state.weights[f] ?? defaultWeight(f);
    }
    doc.weights = w;
  }
  return { body: JSON.stringify(doc, null, 1), contentType: "application/json" };
}

async function loadScenarios() {
  let index;
  try {
    index = await fetchText("scenarios/index.txt", { what: "the list of shipped scenarios" });
  } catch (e) {
    showError("scenarios", "the list of shipped scenarios", e);
    return;
  }
  const files = index
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  const loaded = await Promise.all(
    files.map(async (file) => {
      const text = await fetchText(`scenarios/${file}`, { what: `the scenario ${file}` });
      let parsed = null;
      try {
        parsed = parseYaml(text);
      } catch (e) {
        parsed = null;
      }
      const id = (parsed && parsed.scenario && parsed.scenario.id) || file.replace(/\.ya?ml$/, "");
      const isTransit =
        parsed && !parsed.scenario && typeof parsed === "object" && Object.keys(parsed).every((k) => TRANSIT_KEYS.includes(k));
      const comments = [...text.matchAll(/^#[ \t]?(.+)$/gm)].map((m) => m[1]);
      const question = comments.find((c) => /^What if/.test(c));
      const comment = question ? question.replace(/\?.*$/, "?") : comments[0] || "";
      return {
        id,
        file,
        text,
        parsed,
        kind: isTransit ? "transit" : "scenario",
        name: parsed && parsed.scenario && parsed.scenario.name ? parsed.scenario.name : isTransit ? transitLabel(parsed) : id,
        description: (parsed && parsed.scenario && parsed.scenario.description) || comment,
        year: parsed && parsed.scenario ? parsed.scenario.year : null,
        aggressor: parsed && parsed.scenario ? parsed.scenario.aggressor : null,
      };
    })
  ).catch((e) => {
    showError("scenarios", "the shipped scenarios", e);
    return [];
  });
  data.scenarios = loaded;
  renderScenarioList();
}

function transitLabel(t) {
  const parts = [];
  if (t.allow) {
    parts.push("transit allowed through " + [].concat(t.allow).join(", "));
  }
  if (t.sea) {
    parts.push("sea links count");
  }
  if (t.allies) {
    parts.push("allies " + [].concat(t.allies).join(", "));
  }
  if (t.noTransit) {
    parts.push("no transit through " + [].concat(t.noTransit).join(", "));
  }
  return "Transit rules: " + (parts.join("; ") || "defaults");
}

function renderScenarioList() {
  const list = $("scenario-list");
  list.replaceChildren();
  const radio = (value, label, hint, file) => {
    const id = "scenario-" + (value || "none");
    return el(
      "label",
      { for: id },
      el("input", {
        type: "radio",
        name: "scenario",
        id,
        value,
        checked: state.scenario === value,
        "data-file": file,
      }),
      el("span", {}, label, hint ? el("span", { class: "hint" }, " — " + hint.trim()) : null)
    );
  };
  list.append(radio("", "None: the panel as it is", null, null));
  for (const s of data.scenarios) {
    list.append(radio(s.id, s.name, s.description, s.file));
  }
}

function renderAbsorbList() {
  const ul = $("absorb-list");
  ul.replaceChildren(
    ...state.absorb.map((code) =>
      el(
        "li",
        {},
        `${name(code)} (${code})`,
        el("button", {
          type: "button",
          "aria-label": `Do not absorb ${name(code)}`,
          text: "×",
          onclick: () => {
            state.absorb = state.absorb.filter((c) => c !== code);
            changed({ scenario: true });
          },
        })
      )
    )
  );
  const pick = $("absorb-pick");
  const current = pick.value;
  const candidates = data.rows
    .filter((r) => r.status !== "absorbed" && !state.absorb.includes(r.target))
    .map((r) => r.target)
    .sort((a, b) => name(a).localeCompare(name(b)));
  pick.replaceChildren(...candidates.map((c) => el("option", { value: c, selected: c === current }, `${name(c)} (${c})`)));
}

function renderWeights() {
  const box = $("weights");
  if (!data.factors.length) {
    box.dataset.factors = "";
    box.replaceChildren(el("p", { class: "hint" }, "The weights appear once a target is explained."));
    return;
  }
  // Update the sliders in place when they are the model's factors already (keeps the focus).
  if (box.dataset.factors === data.factors.join()) {
    for (const f of data.factors) {
      const input = $("w-" + f);
      const v = String(state.weights[f] ?? defaultWeight(f));
      if (input.value !== v) {
        input.value = v;
      }
      input.nextElementSibling.textContent = input.value;
      input.labels[0].textContent = data.factorNames[f] || f;
    }
    return;
  }
  box.dataset.factors = data.factors.join();
  box.replaceChildren(
    ...data.factors.flatMap((f) => {
      const id = "w-" + f;
      const v = state.weights[f] ?? defaultWeight(f);
      const out = el("output", { for: id, text: String(v) });
      const input = el("input", {
        type: "range",
        id,
        min: "0",
        max: "3",
        step: "0.25",
        value: String(v),
        "data-factor": f,
        "aria-describedby": "weights-hint",
      });
      input.addEventListener("input", () => {
        out.textContent = input.value;
      });
      input.addEventListener(
        "change",
        () => {
          state.weights[f] = parseFloat(input.value);
          changed({ scenario: true });
        }
      );
      return [el("label", { for: id }, data.factorNames[f] || f), input, out];
    }),
    el("p", { id: "weights-hint", class: "hint", style: "grid-column: 1 / -1" }, "Relative weights of the factors (1 = the model's)."),
  );
}

// ---------------------------------------------------------------------------------------------
// Loading

function baseParams() {
  return { aggressor: state.aggressor, year: state.year, model: state.model };
}

async function refreshRanking() {
  const active = scenarioActive();
  const result = await latest("ranking", "the ranking", async (signal) => {
    if (active) {
      const { body, contentType } = scenarioBody();
      const diff = await api("scenario/diff", baseParams(), { body, contentType, signal, what: "the ranking under the scenario" });
      return { diff, rank: null };
    }
    const rank = await api("rank", baseParams(), { signal, what: "the ranking" });
    return { rank, diff: null };
  });
  if (result === undefined) {
    return false;
  }
  if (result === null) {
    data.rank = null;
    data.diff = null;
    data.rows = [];
    data.explain = null;
    data.history = null;
    data.shield = null;
    data.cascade = null;
    for (const kind of ["explain", "history", "shield", "cascade"]) {
      clearError(kind);
    }
  } else {
    data.rank = result.rank;
    data.diff = result.diff;
    data.rows = result.rank
      ? result.rank.results.map((r) => ({ target: r.target, rank: r.rank, index: r.index, status: "kept", change: null, before: null }))
      : result.diff.targets.map((t) => ({
          target: t.target,
          rank: t.rankAfter,
          index: t.indexAfter,
          status: t.status,
          change: t.rankChange,
          before: t.rankBefore,
          indexBefore: t.indexBefore,
          factors: t.factors,
          rawChanged: t.rawChanged,
        }));
    if (result.rank && result.rank.results.length) {
      const ids = Object.keys(result.rank.results[0].factors || {});
      if (ids.join() !== data.factors.join()) {
        data.factors = ids;
        renderWeights();
      }
    }
  }
  const year = (result && (result.rank || result.diff) && (result.rank || result.diff).year) || state.year;
  if (!state.year && year) {
    state.year = year;
    syncControls();
  }
  if (!state.target || !data.rows.some((r) => r.target === state.target && r.status !== "absorbed")) {
    if (!state.target || data.rows.some((r) => r.target === state.target)) {
      const first = data.rows.find((r) => r.status !== "absorbed");
      state.target = first ? first.target : state.target;
    }
  }
  renderTable();
  renderMap();
  renderAbsorbList();
  renderScenarioResult();
  const p = (result && (result.rank || result.diff) && (result.rank || result.diff).provenance) || null;
  $("provenance").textContent = p ? `Engine ${p.version}, panel ${p.panel}, model ${p.model}.` : "";
  writeHash();
  if (result === null) {
    renderBreakdown();
    renderHistory();
    renderGeography();
    renderCascade();
  }
  return result !== null;
}

async function refreshTarget() {
  const target = state.target;
  if (!target) {
    return;
  }
  const row = data.rows.find((r) => r.target === target);
  const active = scenarioActive();
  const absorbed = row && row.status === "absorbed";
  const [explain, hist] = await Promise.all([
    absorbed
      ? Promise.resolve({ absorbed: true, target })
      : latest("explain", `why ${name(target)} ranks where it does`, (signal) =>
          active
            ? api("scenario/explain", { ...baseParams(), target }, { ...scenarioBody(), signal })
            : api("explain", { ...baseParams(), target }, { signal })
        ),
    latest("history", `the history of ${name(target)}`, (signal) =>
      api("history", { aggressor: state.aggressor, model: state.model, target }, { signal })
    ),
  ]);
  if (explain !== undefined) {
    data.explain = explain;
    if (explain && explain.factors) {
      const names = JSON.stringify(data.factorNames);
      data.factorNames = Object.fromEntries(explain.factors.map((f) => [f.id, f.name]));
      if (!active && !Object.keys(data.defaultWeights).length) {
        const n = explain.factors.length;
        const ws = explain.factors.map((f) => Math.round(f.weight * n * 100) / 100);
        if (!ws.every((w) => w === 1)) {
          data.defaultWeights = Object.fromEntries(explain.factors.map((f, i) => [f.id, ws[i]]));
        }
      }
      if (explain.factors.map((f) => f.id).join() !== data.factors.join() && (!data.diff || !data.factors.length)) {
        data.factors = explain.factors.map((f) => f.id);
      }
      renderWeights();
      if (JSON.stringify(data.factorNames) !== names) {
        renderScenarioResult();
      }
    }
    renderBreakdown();
  }
  if (hist !== undefined) {
    data.history = hist;
    renderHistory();
  }
}

async function refreshShield() {
  const active = scenarioActive();
  const shield = await latest("shield", "the gateways and what they shield", (signal) =>
    active
      ? api("scenario/shield", baseParams(), { ...scenarioBody(), signal })
      : api("shield", baseParams(), { signal })
  );
  if (shield === undefined) {
    return;
  }
  data.shield = shield;
  renderGeography();
  renderMap();
}

async function refreshCascade() {
  if (!state.cascade) {
    data.cascade = null;
    renderCascade();
    return;
  }
  const active = scenarioActive();
  const params = { ...baseParams(), steps: state.cascade };
  const cascade = await latest("cascade", "the cascade", (signal) =>
    active ? api("scenario/cascade", params, { ...scenarioBody(), signal }) : api("cascade", params, { signal })
  );
  if (cascade === undefined) {
    return;
  }
  data.cascade = cascade;
  const n = cascade && cascade.steps ? cascade.steps.length : 0;
  state.step = Math.min(state.step || n, n);
  renderCascade();
  renderMap();
  writeHash();
}

async function refreshAll() {
  status("Loading…");
  const ok = await refreshRanking();
  if (ok) {
    await Promise.all([refreshTarget(), refreshShield(), refreshCascade()]);
  }
  status(errors.size ? "Some figures could not be loaded: see the message above." : describeSettings());
}

function describeSettings() {
  const s = shipped();
  const parts = [`${name(state.aggressor)} (${state.aggressor}), as known by the end of ${state.year}, model ${state.model}`];
  if (scenarioActive()) {
    parts.push("scenario: " + (s ? s.name : "changes made on the dashboard"));
  }
  return parts.join("; ");
}

/** Something the user changed: write the hash and reload what depends on it. */
function changed({ scenario = false, targetOnly = false } = {}) {
  writeHash();
  syncControls();
  if (targetOnly) {
    renderTable();
    renderMap();
    refreshTarget();
    return;
  }
  if (scenario && !scenarioActive()) {
    data.diff = null;
  }
  refreshAll();
}

// ---------------------------------------------------------------------------------------------
// Ranking table

function interval(code) {
  const u = data.uncertainty;
  if (!u || u.key !== uncertaintyKey()) {
    return null;
  }
  return u.byTarget.get(code) || null;
}

function renderTable() {
  const table = $("ranking");
  const tbody = table.tBodies[0];
  const hasChange = Boolean(data.diff);
  const hasInterval = Boolean(data.uncertainty && data.uncertainty.key === uncertaintyKey());
  table.classList.toggle("no-change", !hasChange);
  table.classList.toggle("no-interval", !hasInterval);
  const rows = data.rows.map((r) => ({ ...r, name: name(r.target), interval: interval(r.target) }));
  const { key, dir } = state.sort;
  const value = (r) => {
    switch (key) {
      case "name":
        return r.name;
      case "index":
        return r.index ?? -Infinity;
      case "change":
        return r.change ?? -Infinity;
      case "interval":
        return r.interval ? r.interval.q05 : Infinity;
      default:
        return r.rank ?? Infinity;
    }
  };
  rows.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const c = typeof va === "string" ? va.localeCompare(vb) : va < vb ? -1 : va > vb ? 1 : 0;
    return c * dir || (a.rank ?? 999) - (b.rank ?? 999);
  });
  for (const th of table.tHead.rows[0].cells) {
    th.setAttribute("aria-sort", th.dataset.key === key ? (dir > 0 ? "ascending" : "descending") : "none");
  }
  const max = Math.max(1, ...rows.map((r) => r.index || 0));
  tbody.replaceChildren(
    ...rows.map((r) => {
      const selected = r.target === state.target;
      const tr = el("tr", {
        class: [selected ? "selected" : "", r.status === "absorbed" ? "absorbed" : ""].join(" ").trim() || null,
        "data-target": r.target,
        "aria-selected": selected ? "true" : "false",
      });
      tr.append(
        el("td", { class: "num" }, r.rank ?? "–"),
        el(
          "td",
          {},
          el("button", {
            type: "button",
            class: "target",
            "data-target": r.target,
            title: `Why ${r.name}?`,
            text: `${r.name} (${r.target})`,
            onclick: () => selectTarget(r.target),
          })
        ),
        el(
          "td",
          { class: "num" },
          r.index === null || r.index === undefined
            ? "–"
            : [el("span", { class: "bar", style: `width:${(2.5 * r.index) / max}rem` }), fmt(r.index)]
        ),
        el("td", { class: "num col-change" }, changeCell(r)),
        el(
          "td",
          { class: "num col-interval", title: r.interval ? `median ${fmt(r.interval.median)}, P(first) ${fmt(r.interval.pFirst, 2)}` : null },
          r.interval ? `${fmt(r.interval.q05, 0)}–${fmt(r.interval.q95, 0)}` : "–"
        )
      );
      tr.addEventListener("click", (e) => {
        if (e.target.tagName !== "BUTTON") {
          selectTarget(r.target);
        }
      });
      return tr;
    })
  );
  const src = data.diff || data.rank;
  $("ranking-meta").textContent = src
    ? `${data.rows.filter((r) => r.status !== "absorbed").length} candidates · ${src.aggressor} ${src.year}`
    : "";
  $("ranking-caption").textContent = src
    ? `Candidate targets of ${name(src.aggressor)} ranked by the index, as known by the end of ${src.year}`
    : "No ranking";
}

function changeCell(r) {
  if (!data.diff) {
    return "";
  }
  if (r.status === "absorbed") {
    return el("span", { class: "hint", title: `rank ${r.before} before` }, "absorbed");
  }
  if (r.status === "new" || r.before === null || r.before === undefined) {
    return el("span", { class: "new", title: "a candidate only under the scenario" }, "new");
  }
  const c = r.change || 0;
  const text = `${r.before} → ${r.rank}`;
  if (c > 0) {
    return el("span", { class: "up", title: `up ${c}: more exposed` }, `${text} ▲${c}`);
  }
  if (c < 0) {
    return el("span", { class: "down", title: `down ${-c}: less exposed` }, `${text} ▼${-c}`);
  }
  return el("span", { class: "hint" }, `${text} =`);
}

function selectTarget(code) {
  if (!code || code === state.aggressor) {
    return;
  }
  state.target = code;
  changed({ targetOnly: true });
}

// ---------------------------------------------------------------------------------------------
// Map

function regionMembers() {
  const out = [];
  if (data.diff && data.diff.scenario && data.diff.scenario.absorbed) {
    out.push(...data.diff.scenario.absorbed);
  }
  if (data.cascade && data.cascade.steps) {
    out.push(...data.cascade.steps.slice(0, state.step).map((s) => s.absorbed));
  }
  return [...new Set(out)];
}

function renderMap() {
  const chart = charts.map;
  if (!chart || !data.world) {
    return;
  }
  const rows = data.rows.filter((r) => r.status !== "absorbed" && r.index !== null && r.index !== undefined);
  const values = rows.map((r) => r.index);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 100;
  $("legend-min").textContent = fmt(min);
  $("legend-max").textContent = fmt(max);
  const regions = new Map();
  const region = (code) => {
    if (!regions.has(code)) {
      regions.set(code, { name: code, itemStyle: {}, emphasis: { itemStyle: {} } });
    }
    return regions.get(code);
  };
  for (const r of rows) {
    const c = rampColour(r.index, min, max);
    const g = region(r.target);
    g.itemStyle.areaColor = c;
    g.emphasis.itemStyle.areaColor = c;
  }
  const absorbed = regionMembers();
  for (const code of absorbed) {
    const g = region(code);
    g.itemStyle.areaColor = COLOURS.absorbed;
    g.emphasis.itemStyle.areaColor = COLOURS.absorbed;
  }
  const a = region(state.aggressor);
  a.itemStyle.areaColor = COLOURS.aggressor;
  a.emphasis.itemStyle.areaColor = COLOURS.aggressor;
  a.label = { show: true, color: "#fff", fontWeight: "bold", formatter: state.aggressor };
  const lines = [];
  const markers = [];
  if (state.geo && data.shield && data.shield.gateways) {
    for (const [gw, shielded] of Object.entries(data.shield.gateways)) {
      const g = region(gw);
      g.itemStyle.borderColor = COLOURS.gateway;
      g.itemStyle.borderWidth = 2;
      const from = data.world.centroids.get(gw);
      if (from) {
        markers.push({ name: gw, value: from, count: shielded.length });
      }
      for (const s of shielded) {
        const to = data.world.centroids.get(s);
        if (from && to) {
          lines.push({ coords: [from, to], gateway: gw, shielded: s });
        }
      }
    }
  }
  if (state.target) {
    const t = region(state.target);
    t.itemStyle.borderColor = "#000";
    t.itemStyle.borderWidth = 2.5;
  }
  const previous = chart.getOption();
  const view = previous && previous.geo && previous.geo[0] ? { center: previous.geo[0].center, zoom: previous.geo[0].zoom } : {};
  chart.setOption(
    {
      geo: [{ ...mapGeo(), ...view, regions: [...regions.values()] }],
      series: [
        {
          id: "shielding",
          type: "lines",
          coordinateSystem: "geo",
          geoIndex: 0,
          data: lines,
          symbol: ["none", "arrow"],
          symbolSize: 6,
          lineStyle: { color: COLOURS.gateway, width: 1, opacity: 0.55, curveness: 0.15 },
          tooltip: { formatter: (p) => `${name(p.data.gateway)} shields ${name(p.data.shielded)}` },
          silent: false,
          z: 5,
        },
        {
          id: "gateways",
          type: "scatter",
          coordinateSystem: "geo",
          geoIndex: 0,
          data: markers,
          symbolSize: 9,
          itemStyle: { color: COLOURS.gateway, borderColor: "#fff", borderWidth: 1 },
          tooltip: { formatter: (p) => `${name(p.data.name)}: gateway to ${p.data.count} state(s)` },
          z: 6,
        },
      ],
    },
    { replaceMerge: ["geo", "series"] }
  );
  charts.mapRows = new Map(data.rows.map((r) => [r.target, r]));
}

function mapGeo() {
  return {
    map: "world",
    roam: true,
    scaleLimit: { min: 1, max: 14 },
    selectedMode: false,
    left: 4,
    right: 4,
    top: 4,
    bottom: 4,
    aspectScale: 0.8,
    itemStyle: { areaColor: COLOURS.none, borderColor: COLOURS.border, borderWidth: 0.5 },
    emphasis: { itemStyle: { areaColor: "#bdbdbd", borderColor: "#222", borderWidth: 1 }, label: { show: false } },
    label: { show: false },
    tooltip: { show: true, formatter: mapTooltip },
  };
}

function mapTooltip(p) {
  if (p.componentType !== "geo") {
    return undefined;
  }
  const code = p.name;
  const label = data.names.get(code) || code;
  if (code === state.aggressor) {
    return `<b>${label}</b> (${code})<br>the aggressor`;
  }
  if (regionMembers().includes(code)) {
    return `<b>${label}</b> (${code})<br>absorbed into the aggressor's region`;
  }
  const r = charts.mapRows && charts.mapRows.get(code);
  const gw = data.shield && data.shield.gateways && data.shield.gateways[code];
  const parts = [`<b>${label}</b> (${code})`];
  if (r && r.index !== null && r.index !== undefined) {
    parts.push(`index ${fmt(r.index)}, rank ${r.rank} of ${data.rows.filter((x) => x.status !== "absorbed").length}`);
  } else {
    parts.push("not a candidate");
  }
  if (gw) {
    parts.push(`gateway to ${gw.length} state(s)`);
  }
  return parts.join("<br>");
}

function initMap() {
  const chart = echarts.init($("map"), null, { renderer: "canvas" });
  charts.map = chart;
  chart.setOption({ animation: false, tooltip: { trigger: "item", formatter: mapTooltip, confine: true } });
  chart.on("click", (p) => {
    if (p.componentType === "geo") {
      selectTarget(p.name);
    } else if (p.seriesId === "gateways") {
      selectTarget(p.data.name);
    }
  });
  window.borderland = { charts, state, data, centroid: (code) => data.world && data.world.centroids.get(code) };
}

function fitView() {
  const chart = charts.map;
  if (!chart) {
    return;
  }
  chart.setOption({ geo: [{ center: null, zoom: 1 }] });
  renderMap();
}

// ---------------------------------------------------------------------------------------------
// Factor breakdown

function sourceText(s) {
  if (!s) {
    return "";
  }
  const parts = [`${s.dataset}, ${s.editionLabel || "edition " + s.edition}`];
  if (s.field) {
    parts.push(`field “${s.field}”${s.key ? " [" + s.key + "]" : ""}`);
  }
  if (s.refYear) {
    parts.push(`refers to ${s.refYear}`);
  }
  if (s.country && data.explain && s.country !== data.explain.target) {
    parts.push(`of ${name(s.country)}`);
  }
  if (s.value !== null && s.value !== undefined) {
    parts.push(`value ${fmt(s.value, 2)}${s.unit ? " " + s.unit : ""}`);
  }
  if (s.asKnown === false) {
    parts.push("revised later");
  }
  return parts.join(" · ");
}

function renderBreakdown() {
  const box = $("breakdown");
  const x = data.explain;
  const code = state.target;
  $("breakdown-title").textContent = code ? `Why ${name(code)}` : "Why this target";
  if (!x) {
    box.replaceChildren(el("p", { class: "hint" }, "No explanation (see the message above)."));
    return;
  }
  if (x.absorbed) {
    box.replaceChildren(el("p", {}, `${name(code)} is absorbed into the aggressor's region under the scenario; it is no longer a candidate.`));
    return;
  }
  const summary = el(
    "div",
    { class: "summary" },
    el("span", {}, `${name(x.target)} (${x.target})`),
    el("span", {}, "Index ", el("strong", { "data-field": "index" }, fmt(x.index))),
    el("span", {}, "Rank ", el("strong", { "data-field": "rank" }, x.rank ?? "–"), ` of ${x.targets}`),
    el(
      "span",
      { class: "hint" },
      `${x.quality.filled} filled, ${x.quality.imputed} imputed, ${x.quality.missing} missing, ${x.quality.unverified} unverified`
    )
  );
  const notes = [];
  if (!x.candidate) {
    notes.push("Not one of the aggressor's default candidates: scored with them for comparison.");
  }
  notes.push(`Aggregation: ${x.aggregation}; the contributions add up to ${x.contributionsAddUpTo}.`);
  for (const n of x.notes || []) {
    notes.push(n);
  }
  const maxContribution = Math.max(1e-9, ...x.factors.map((f) => (f.weight || 0) * 100));
  const list = el(
    "ol",
    { class: "factors" },
    ...x.factors.map((f) => {
      const missing = f.contribution === null || f.contribution === undefined;
      const width = missing ? 100 : Math.max(0, (100 * f.contribution) / maxContribution);
      const details = el(
        "details",
        { class: "factor-details", "data-factor": f.id },
        el(
          "summary",
          {},
          el("span", {}, f.name),
          el(
            "span",
            { class: "track", role: "img", "aria-label": missing ? "missing" : `contribution ${fmt(f.contribution, 2)}` },
            el("span", { class: "fill" + (missing ? " missing" : ""), style: `width:${width}%;display:block` })
          ),
          el("span", { class: "num" }, missing ? "missing" : fmt(f.contribution, 2))
        ),
        el(
          "p",
          { class: "hint" },
          `Score ${fmt(f.score)} × weight ${fmt(f.weight, 3)} = contribution ${fmt(f.contribution, 2)}; rank ${f.rank ?? "–"} of the targets on this factor.`
        ),
        indicatorTable(f)
      );
      return el("li", { class: "factor" }, details);
    })
  );
  box.replaceChildren(summary, ...notes.map((n) => el("p", { class: "hint" }, n)), list);
}

function indicatorTable(f) {
  return el(
    "table",
    { class: "indicators" },
    el(
      "thead",
      {},
      el("tr", {}, el("th", { scope: "col" }, "Indicator"), el("th", { scope: "col" }, "Raw"), el("th", { scope: "col" }, "Normalised"), el("th", { scope: "col" }, "Source and edition"))
    ),
    el(
      "tbody",
      {},
      ...(f.indicators || []).map((i) => {
        const sources = i.sources && i.sources.length ? i.sources : i.source ? [i.source] : [];
        const title = sources.map(sourceText).join("\n") || (i.missing ? `missing (searched ${i.searched || "the panel"})` : "");
        const flags = [];
        if (i.missing) {
          flags.push(el("span", { class: "flag warn" }, "missing"));
        }
        if (i.imputed) {
          flags.push(el("span", { class: "flag warn" }, "imputed"));
        }
        if (i.unverified) {
          flags.push(el("span", { class: "flag", title: "a curated fact not yet checked against its source by a second person" }, "unverified"));
        }
        if (i.revised) {
          flags.push(el("span", { class: "flag" }, "revised"));
        }
        return el(
          "tr",
          { "data-indicator": i.id, title },
          el("td", {}, i.name, ...flags, i.note ? el("div", { class: "hint" }, i.note) : null),
          el("td", { class: "num" }, i.raw === null || i.raw === undefined ? "–" : `${fmt(i.raw, 2)}${i.unit ? " " + i.unit : ""}`),
          el("td", { class: "num" }, fmt(i.normalised)),
          el(
            "td",
            { class: "source" },
            sources.length
              ? sources.map((s) => el("div", {}, sourceText(s)))
              : i.missing
                ? `missing; searched ${(i.searched || "").split("|").join(", ")}`
                : "–"
          )
        );
      })
    )
  );
}

// ---------------------------------------------------------------------------------------------
// History chart

function renderHistory() {
  const h = data.history;
  const chart = charts.history;
  $("history-title").textContent = state.target ? `${name(state.target)} over the years` : "Over the years";
  if (!chart) {
    return;
  }
  if (!h || !h.years) {
    chart.clear();
    $("history-note").textContent = "";
    return;
  }
  const years = h.years.map((y) => y.year);
  chart.setOption(
    {
      animation: false,
      grid: { left: 44, right: 44, top: 30, bottom: 28 },
      legend: { data: ["Index", "Rank"], top: 0 },
      tooltip: {
        trigger: "axis",
        formatter: (ps) => {
          const y = h.years[ps[0].dataIndex];
          const moved = y.mostMoved ? `<br>moved most: ${y.mostMoved.factor || JSON.stringify(y.mostMoved)}` : "";
          return `${y.year}: index ${fmt(y.index)}, rank ${y.rank ?? "–"} of ${y.targets}${y.candidate ? "" : " (not a candidate)"}${moved}`;
        },
      },
      xAxis: { type: "category", data: years },
      yAxis: [
        { type: "value", name: "Index", min: 0, max: 100 },
        { type: "value", name: "Rank", inverse: true, min: 1, minInterval: 1 },
      ],
      series: [
        {
          name: "Index",
          type: "line",
          data: h.years.map((y) => y.index),
          connectNulls: false,
          itemStyle: { color: "#f03b20" },
          markLine: state.year
            ? { symbol: "none", silent: true, lineStyle: { color: "#555", type: "dashed" }, label: { formatter: String(state.year) }, data: [{ xAxis: String(state.year) }] }
            : undefined,
        },
        { name: "Rank", type: "line", yAxisIndex: 1, step: "middle", data: h.years.map((y) => y.rank), itemStyle: { color: COLOURS.aggressor } },
      ],
    },
    true
  );
  $("history-note").textContent =
    `Each year as known by its end (${years[0]}–${years[years.length - 1]}).` +
    (scenarioActive() ? " The history shows the panel as it is, without the scenario." : "");
}

// ---------------------------------------------------------------------------------------------
// Geography and cascade

function renderGeography() {
  const s = data.shield;
  const ul = $("geo-gateways");
  if (!s) {
    $("geo-rules").textContent = "";
    ul.replaceChildren();
    return;
  }
  const reachable = (s.states || []).filter((x) => x.reachable).length;
  $("geo-rules").textContent = `${s.description}. ${reachable} states reachable; ${Object.keys(s.impassable || {}).length} impassable.`;
  const gws = Object.entries(s.gateways || {}).sort((a, b) => b[1].length - a[1].length);
  ul.replaceChildren(
    ...(gws.length
      ? gws.map(([gw, shielded]) =>
          el(
            "li",
            {},
            el("button", { type: "button", class: "link", onclick: () => selectTarget(gw), text: name(gw) }),
            ` shields ${shielded.length}: ${shielded.map(name).join(", ")}`
          )
        )
      : [el("li", {}, "No gateways: every reachable state can be reached by more than one path.")])
  );
}

function renderCascade() {
  const c = data.cascade;
  const ol = $("cascade-steps-list");
  const n = c && c.steps ? c.steps.length : 0;
  $("cascade-prev").disabled = !n || state.step <= 0;
  $("cascade-next").disabled = !n || state.step >= n;
  $("cascade-at").textContent = n ? `step ${state.step} of ${n}` : "–";
  if (!c) {
    ol.replaceChildren();
    return;
  }
  ol.replaceChildren(
    ...c.steps.map((s, i) =>
      el(
        "li",
        { class: i < state.step ? (i === state.step - 1 ? "current" : "") : "future", "data-step": s.step },
        el("strong", {}, `${name(s.absorbed)} (${s.absorbed})`),
        ` absorbed: index ${fmt(s.index)}, rank ${s.rank}`,
        s.runnerUp ? `; runner-up ${name(s.runnerUp)} (${fmt(s.runnerUpIndex)}, margin ${fmt(s.margin)})` : "",
        s.newlyExposed && s.newlyExposed.length ? `; newly exposed: ${s.newlyExposed.map(name).join(", ")}` : "",
        s.capacity ? el("div", { class: "hint" }, `region: ${fmt(s.capacity.population)} people, GDP ${fmt(s.capacity.gdpUsd)} USD`) : null
      )
    ),
    ...(c.stopped ? [el("li", { class: "hint" }, `Stopped: ${c.stopped}`)] : [])
  );
}

function renderScenarioResult() {
  const box = $("scenario-result");
  const d = data.diff;
  if (!d) {
    box.replaceChildren(el("p", { class: "hint" }, "No scenario: the ranking is the panel's as it is."));
    return;
  }
  const moved = d.targets
    .filter((t) => t.status === "kept" && t.rankChange)
    .sort((a, b) => Math.abs(b.rankChange) - Math.abs(a.rankChange) || a.rankAfter - b.rankAfter);
  const items = moved.slice(0, 8).map((t) =>
    el(
      "li",
      { "data-target": t.target },
      `${name(t.target)}: ${t.rankBefore} → ${t.rankAfter} `,
      el("span", { class: t.rankChange > 0 ? "up" : "down" }, t.rankChange > 0 ? `▲${t.rankChange}` : `▼${-t.rankChange}`),
      t.factors && t.factors.length
        ? el("span", { class: "hint" }, ` (${t.factors.slice(0, 2).map((f) => `${data.factorNames[f.factor] || f.factor} ${f.contributionChange > 0 ? "+" : ""}${fmt(f.contributionChange, 2)}`).join(", ")})`)
        : null
    )
  );
  const absorbed = d.targets.filter((t) => t.status === "absorbed").map((t) => name(t.target));
  const added = d.targets.filter((t) => t.status === "new").map((t) => name(t.target));
  box.replaceChildren(
    el("p", {}, el("strong", {}, d.scenario.name || d.scenario.id), ` — ${d.before.targets} candidates before, ${d.after.targets} after.`),
    absorbed.length ? el("p", {}, `Absorbed: ${absorbed.join(", ")}.`) : "",
    added.length ? el("p", {}, `New candidates: ${added.join(", ")}.`) : "",
    el("p", {}, moved.length ? `${moved.length} ranks moved; the largest moves:` : "No rank moved."),
    el("ul", { id: "scenario-moves" }, ...items)
  );
}

// ---------------------------------------------------------------------------------------------
// Uncertainty and sensitivity jobs

function uncertaintyKey() {
  const scenario = scenarioActive() ? scenarioBody().body : "";
  return `${state.aggressor}|${state.year}|${state.model}|${scenario}`;
}

async function runJob(kind) {
  const progress = $(kind === "uncertainty" ? "ua-progress" : "sa-progress");
  const label = $(kind === "uncertainty" ? "ua-state" : "sa-state");
  const button = $(kind === "uncertainty" ? "ua-run" : "sa-run");
  const runs = $(kind === "uncertainty" ? "ua-runs" : "sa-runs").value;
  const key = uncertaintyKey();
  button.disabled = true;
  progress.value = 0;
  label.textContent = "starting…";
  try {
    // Under a scenario the analysis runs in the scenario's world: the body is the scenario.
    const body = scenarioActive() ? scenarioBody() : {};
    let job = await api(`jobs/${kind}`, { ...baseParams(), runs, seed: $("ua-seed").value }, { method: "POST", what: `the ${kind} job`, ...body });
    clearError(kind);
    while (job.state === "queued" || job.state === "running") {
      progress.value = job.progress.fraction;
      label.textContent = `${job.state}: ${job.progress.done} of ${job.progress.total || "?"}`;
      await new Promise((r) => setTimeout(r, 400));
      job = await api(`jobs/${encodeURIComponent(job.id)}`, {}, { what: `the ${kind} job's progress` });
    }
    if (job.state === "failed") {
      const e = job.error || {};
      throw new ApiError(e.title || "the job failed", e.status, e.details, `the ${kind} analysis`);
    }
    progress.value = 1;
    const r = job.result;
    label.textContent = `done: ${r.runs} runs, seed ${r.seed}, ${r.elapsedMs} ms${r.failed ? `, ${r.failed} failed` : ""}`;
    if (kind === "uncertainty") {
      data.uncertainty = { key, result: r, byTarget: new Map(r.targets.map((t) => [t.target, t])) };
      renderUncertainty();
      renderTable();
    } else {
      data.sensitivity = { key, result: r };
      renderSensitivity();
    }
  } catch (e) {
    label.textContent = "failed";
    showError(kind, `the ${kind} analysis`, e);
  } finally {
    button.disabled = false;
  }
}

/** The chart in a box that is hidden until it has something to show. */
function chartIn(id) {
  const box = $(id);
  box.hidden = false;
  return echarts.getInstanceByDom(box) || echarts.init(box);
}

function renderUncertainty() {
  const u = data.uncertainty;
  if (!u) {
    return;
  }
  const ts = [...u.result.targets].sort((a, b) => a.nominal - b.nominal).slice(0, 25).reverse();
  charts.ua = chartIn("ua-chart");
  charts.ua.setOption(
    {
      animation: false,
      title: { text: `Rank 5–95 % (${u.result.runs} runs)`, textStyle: { fontSize: 13 } },
      grid: { left: 110, right: 16, top: 36, bottom: 28 },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        formatter: (ps) => {
          const t = ts[ps[0].dataIndex];
          return `${name(t.target)}: nominal ${t.nominal}, median ${fmt(t.median)}, 5–95 % ${fmt(t.q05, 0)}–${fmt(t.q95, 0)}, P(first) ${fmt(t.pFirst, 2)}, P(top 3) ${fmt(t.pTop3, 2)}`;
        },
      },
      xAxis: { type: "value", name: "rank", min: 0, minInterval: 1 },
      yAxis: { type: "category", data: ts.map((t) => name(t.target)) },
      series: [
        { type: "bar", stack: "r", silent: true, itemStyle: { color: "transparent" }, data: ts.map((t) => t.q05 - 0.5) },
        { name: "5–95 %", type: "bar", stack: "r", itemStyle: { color: "#fdae6b" }, data: ts.map((t) => t.q95 - t.q05 + 1) },
        { name: "nominal", type: "scatter", symbolSize: 7, itemStyle: { color: COLOURS.aggressor }, data: ts.map((t) => t.nominal) },
      ],
    },
    true
  );
}

function renderSensitivity() {
  const s = data.sensitivity;
  if (!s) {
    return;
  }
  const inputs = s.result.inputs;
  charts.sa = chartIn("sa-chart");
  charts.sa.setOption(
    {
      animation: false,
      title: {
        text: `Sobol indices (${s.result.runs} runs)`,
        subtext: `output: ${s.result.output}`,
        textStyle: { fontSize: 13 },
        subtextStyle: { fontSize: 11 },
      },
      grid: { left: 48, right: 16, top: 70, bottom: 28 },
      legend: { top: 36, right: 10, data: ["first order Si", "total STi"] },
      tooltip: {
        trigger: "axis",
        formatter: (ps) => {
          const i = inputs[ps[0].dataIndex];
          return `${i.name}: Si ${fmt(i.si, 3)} [${fmt(i.siLow, 3)}, ${fmt(i.siHigh, 3)}], STi ${fmt(i.sti, 3)} [${fmt(i.stiLow, 3)}, ${fmt(i.stiHigh, 3)}]`;
        },
      },
      xAxis: { type: "category", data: inputs.map((i) => i.name) },
      yAxis: { type: "value", min: 0, max: 1 },
      series: [
        { name: "first order Si", type: "bar", data: inputs.map((i) => Math.max(0, i.si)), itemStyle: { color: "#fd8d3c" } },
        { name: "total STi", type: "bar", data: inputs.map((i) => i.sti), itemStyle: { color: "#bd0026" } },
      ],
    },
    true
  );
}

// ---------------------------------------------------------------------------------------------
// Wiring

function wire() {
  const yearChanged = debounce(() => {
    state.year = parseInt($("year").value, 10);
    changed();
  }, 150);
  $("year").addEventListener("input", () => {
    $("year-out").textContent = $("year").value;
    yearChanged();
  });
  $("controls").addEventListener("submit", (e) => e.preventDefault());
  $("aggressor").addEventListener("change", () => {
    const v = $("aggressor").value.trim();
    const byName = data.registry.find((c) => c.name.toLowerCase() === v.toLowerCase());
    const code = byName ? byName.iso3 : v.toUpperCase();
    if (!code || code === state.aggressor) {
      return;
    }
    state.aggressor = code;
    state.target = null;
    state.scenario = "";
    state.absorb = [];
    state.cascade = 0;
    data.uncertainty = null;
    changed({ scenario: true });
    fitView();
  });
  $("model").addEventListener("change", () => {
    state.model = $("model").value;
    state.weights = {};
    data.defaultWeights = {};
    data.factors = [];
    changed({ scenario: true });
  });
  $("show-geo").addEventListener("change", () => {
    state.geo = $("show-geo").checked;
    writeHash();
    renderMap();
  });
  $("map-reset").addEventListener("click", fitView);
  $("error-close").addEventListener("click", () => {
    errors.clear();
    renderErrors();
  });
  for (const th of $("ranking").tHead.rows[0].cells) {
    th.querySelector("button").addEventListener("click", () => {
      const key = th.dataset.key;
      state.sort = { key, dir: state.sort.key === key ? -state.sort.dir : key === "index" || key === "change" ? -1 : 1 };
      writeHash();
      renderTable();
    });
  }
  $("expand-sources").addEventListener("click", () => {
    const all = [...document.querySelectorAll("#breakdown details")];
    const open = !all.every((d) => d.open);
    all.forEach((d) => (d.open = open));
    $("expand-sources").textContent = open ? "Hide all sources" : "Show all sources";
  });
  $("scenario-list").addEventListener("change", (e) => {
    if (e.target.name !== "scenario") {
      return;
    }
    state.scenario = e.target.value;
    const s = shipped();
    if (s && s.year && (!s.aggressor || s.aggressor === state.aggressor)) {
      state.year = s.year;
    }
    changed({ scenario: true });
  });
  $("scenario-form").addEventListener("submit", (e) => e.preventDefault());
  $("absorb-add").addEventListener("click", () => {
    const code = $("absorb-pick").value;
    if (code && !state.absorb.includes(code)) {
      state.absorb.push(code);
      changed({ scenario: true });
    }
  });
  $("transit-sea").addEventListener("change", () => {
    state.sea = $("transit-sea").checked;
    changed({ scenario: true });
  });
  $("transit-china").addEventListener("change", () => {
    state.china = $("transit-china").checked;
    changed({ scenario: true });
  });
  $("weights-reset").addEventListener("click", () => {
    state.weights = {};
    changed({ scenario: true });
  });
  $("scenario-reset").addEventListener("click", () => {
    state.scenario = "";
    state.absorb = [];
    state.weights = {};
    state.sea = false;
    state.china = false;
    changed({ scenario: true });
  });
  $("cascade-run").addEventListener("click", () => {
    state.cascade = Math.max(1, Math.min(15, parseInt($("cascade-steps").value, 10) || 5));
    state.step = 0;
    writeHash();
    refreshCascade();
  });
  $("cascade-prev").addEventListener("click", () => {
    state.step = Math.max(0, state.step - 1);
    writeHash();
    renderCascade();
    renderMap();
  });
  $("cascade-next").addEventListener("click", () => {
    const n = data.cascade && data.cascade.steps ? data.cascade.steps.length : 0;
    state.step = Math.min(n, state.step + 1);
    writeHash();
    renderCascade();
    renderMap();
  });
  $("ua-run").addEventListener("click", () => runJob("uncertainty"));
  $("sa-run").addEventListener("click", () => runJob("sensitivity"));
  window.addEventListener("hashchange", () => {
    readHash();
    syncControls();
    refreshAll();
  });
  // Charts follow their box (the window, the grid, a scroll bar appearing), not only the window.
  const resize = debounce(() => Object.values(charts).forEach((c) => c && c.resize && c.resize()), 100);
  if (window.ResizeObserver) {
    const observer = new ResizeObserver(resize);
    for (const id of ["map", "history-chart", "ua-chart", "sa-chart"]) {
      observer.observe($(id));
    }
  }
  window.addEventListener("resize", resize);
}

async function init() {
  readHash();
  wire();
  initMap();
  charts.history = echarts.init($("history-chart"));
  try {
    data.registry = await api("countries", {}, { what: "the country registry" });
  } catch (e) {
    showError("countries", "the country registry", e);
    data.registry = [];
  }
  data.names = new Map(data.registry.map((c) => [c.iso3, c.name]));
  $("aggressor-list").replaceChildren(
    ...data.registry.filter((c) => c.kind === "STATE").map((c) => el("option", { value: c.iso3 }, c.name))
  );
  const [world, latestRank] = await Promise.all([
    loadWorld(data.registry).catch((e) => {
      showError("map", "the map", e);
      return null;
    }),
    api("rank", {}, { what: "the latest knowledge year" }).catch(() => null),
    loadScenarios(),
  ]);
  data.world = world;
  data.latestYear = latestRank ? latestRank.year : null;
  if (data.latestYear) {
    $("year").max = String(data.latestYear);
  }
  $("year").min = String(MIN_YEAR);
  if (!state.year) {
    state.year = data.latestYear;
  }
  syncControls();
  await refreshAll();
  document.documentElement.dataset.ready = "true";
}

init();
