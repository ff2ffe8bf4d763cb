// Calls to the JSON API (/api/v1). Every failure becomes an ApiError carrying the server's
// {title, status, details}, so the page can say what was wrong; the page counts requests in
// flight on <html data-busy> (the browser tests wait for it to reach 0).

const BASE = "api/v1";

export class ApiError extends Error {
  constructor(title, status, details, what) {
    super(title);
    this.title = title;
    this.status = status;
    this.details = details || {};
    this.what = what;
  }

  /** A sentence for people: what failed, the server's reason, and the parameter and value. */
  describe() {
    const d = this.details;
    const where = [];
    if (d.parameter) {
      where.push(`parameter ${d.parameter}` + (d.value !== undefined ? ` = ${d.value}` : ""));
    }
    const status = this.status ? ` (HTTP ${this.status}${where.length ? "; " + where.join(", ") : ""})` : "";
    return `${this.what ? "Could not load " + this.what + ": " : ""}${this.title}${status}`;
  }
}

let busy = 0;

function setBusy(delta) {
  busy += delta;
  document.documentElement.dataset.busy = String(busy);
  const main = document.getElementById("main");
  if (main) {
    main.setAttribute("aria-busy", busy > 0 ? "true" : "false");
  }
}

/** The query string of an object, leaving out null, undefined and empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== "") {
      q.set(k, String(v));
    }
  }
  const s = q.toString();
  return s ? "?" + s : "";
}

/**
 * GETs (or POSTs a body to) an API path and answers its JSON.
 *
 * @param path e.g. "rank" or "scenario/diff"
 * @param params query parameters (the command's option names)
 * @param options {body, what (for the message), signal}
 */
export async function api(path, params = {}, options = {}) {
  const url = `${BASE}/${path}${query(params)}`;
  return fetchJson(url, options);
}

/** Fetches any JSON document (API or static), with the same error handling. */
export async function fetchJson(url, options = {}) {
  const text = await fetchText(url, options);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ApiError(`the answer from ${url} is not JSON (${e.message})`, 0, {}, options.what);
  }
}

/** Fetches a text document, with the same error handling. */
export async function fetchText(url, options = {}) {
  const init = { signal: options.signal, headers: { Accept: "application/json" } };
  if (options.body !== undefined) {
    init.method = "POST";
    init.body = options.body;
    init.headers["Content-Type"] = options.contentType || "application/json";
  } else if (options.method) {
    init.method = options.method;
  }
  setBusy(+1);
  try {
    let res;
    try {
      res = await fetch(url, init);
    } catch (e) {
      if (e.name === "AbortError") {
        throw e;
      }
      throw new ApiError(
        `the server could not be reached (${e.message}); is \`borderland serve\` still running?`,
        0,
        {},
        options.what
      );
    }
    const text = await res.text();
    if (!res.ok) {
      let body = null;
      try {
        body = JSON.parse(text);
      } catch (e) {
        body = null;
      }
      const title = body && body.title ? body.title : `${res.status} ${res.statusText || "error"} for ${url}`;
      throw new ApiError(title, res.status, body && body.details, options.what);
    }
    return text;
  } finally {
    setBusy(-1);
  }
}
