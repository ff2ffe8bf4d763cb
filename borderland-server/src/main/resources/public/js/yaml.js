// A small reader for the YAML the shipped scenario files use, so that the scenario panel can show
// a scenario's name and merge its changes with the panel's own (absorb, weights, transit) into one
// JSON body. It reads block mappings and sequences, flow lists and maps ([a, b], {k: v}), plain,
// quoted and folded (>) or literal (|) scalars, and comments. It is not a general YAML parser: a
// file it cannot read is sent to the server as written, and the server's reader decides.

export class YamlError extends Error {
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

/** Parses YAML text into plain objects, arrays and scalars. */
export function parseYaml(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const reader = { lines, i: 0 };
  skipBlank(reader);
  if (reader.i >= lines.length) {
    return null;
  }
  const value = parseBlock(reader, indentOf(lines[reader.i]));
  skipBlank(reader);
  if (reader.i < lines.length) {
    throw new YamlError("unexpected indentation", reader.i + 1);
  }
  return value;
}

function indentOf(line) {
  return line.length - line.trimStart().length;
}

function stripComment(s) {
  let quote = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === "\\" && quote === '"') {
        i++;
      } else if (c === quote) {
        quote = null;
      }
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === "#" && (i === 0 || /\s/.test(s[i - 1]))) {
      return s.slice(0, i).trimEnd();
    }
  }
  return s.trimEnd();
}

function isBlank(line) {
  return stripComment(line).trim() === "";
}

function skipBlank(r) {
  while (r.i < r.lines.length && isBlank(r.lines[r.i])) {
    r.i++;
  }
}

function parseBlock(r, indent) {
  const first = stripComment(r.lines[r.i]).trim();
  return first === "-" || first.startsWith("- ") ? parseSequence(r, indent) : parseMapping(r, indent);
}

function parseSequence(r, indent) {
  const out = [];
  for (;;) {
    skipBlank(r);
    if (r.i >= r.lines.length || indentOf(r.lines[r.i]) !== indent) {
      return out;
    }
    const raw = r.lines[r.i];
    const text = stripComment(raw).trim();
    if (!(text === "-" || text.startsWith("- "))) {
      return out;
    }
    const rest = text.slice(1).trim();
    if (rest === "") {
      r.i++;
      skipBlank(r);
      out.push(r.i < r.lines.length && indentOf(r.lines[r.i]) > indent ? parseBlock(r, indentOf(r.lines[r.i])) : null);
    } else if (/^[^\s"'[{][^:]*:(\s|$)/.test(rest) || /^["'][^"']*["']:(\s|$)/.test(rest)) {
      // "- key: value" starts a mapping whose keys line up after the dash.
      const itemIndent = indent + (raw.trimStart().length - raw.trimStart().slice(1).trimStart().length);
      r.lines[r.i] = " ".repeat(itemIndent) + raw.trimStart().slice(1).trimStart();
      out.push(parseMapping(r, itemIndent));
    } else {
      r.i++;
      out.push(parseScalar(rest, r.i));
    }
  }
}

function parseMapping(r, indent) {
  const out = {};
  for (;;) {
    skipBlank(r);
    if (r.i >= r.lines.length) {
      return out;
    }
    const raw = r.lines[r.i];
    const ind = indentOf(raw);
    if (ind < indent) {
      return out;
    }
    if (ind > indent) {
      throw new YamlError("unexpected indentation", r.i + 1);
    }
    const text = stripComment(raw).trim();
    const m = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#][^:]*?)\s*:(?:\s+(.*))?$/.exec(text);
    if (!m) {
      throw new YamlError(`expected 'key: value', found '${text}'`, r.i + 1);
    }
    const key = m[1].startsWith('"') || m[1].startsWith("'") ? parseScalar(m[1], r.i + 1) : m[1];
    const rest = (m[2] || "").trim();
    const lineNo = r.i + 1;
    r.i++;
    if (rest === "") {
      skipBlank(r);
      if (r.i < r.lines.length && indentOf(r.lines[r.i]) > indent) {
        out[key] = parseBlock(r, indentOf(r.lines[r.i]));
      } else if (
        r.i < r.lines.length &&
        indentOf(r.lines[r.i]) === indent &&
        stripComment(r.lines[r.i]).trim().startsWith("-")
      ) {
        out[key] = parseSequence(r, indent);
      } else {
        out[key] = null;
      }
    } else if (/^[>|][+-]?$/.test(rest)) {
      out[key] = blockScalar(r, indent, rest[0] === ">", rest.endsWith("-"));
    } else {
      out[key] = parseScalar(rest, lineNo);
    }
  }
}

function blockScalar(r, indent, folded, strip) {
  const body = [];
  let inner = null;
  while (r.i < r.lines.length) {
    const line = r.lines[r.i];
    if (line.trim() === "") {
      body.push("");
      r.i++;
      continue;
    }
    const ind = indentOf(line);
    if (ind <= indent) {
      break;
    }
    if (inner === null) {
      inner = ind;
    }
    body.push(line.slice(Math.min(inner, ind)));
    r.i++;
  }
  while (body.length && body[body.length - 1] === "") {
    body.pop();
  }
  let text;
  if (folded) {
    text = "";
    for (let k = 0; k < body.length; k++) {
      const l = body[k];
      if (l === "") {
        text += "\n";
      } else {
        text += text === "" || text.endsWith("\n") ? l : " " + l;
      }
    }
  } else {
    text = body.join("\n");
  }
  return strip ? text : text + "\n";
}

/** A scalar, flow list or flow map written on one line. */
export function parseScalar(text, line) {
  const p = { s: text.trim(), i: 0, line };
  const v = flowValue(p, false);
  ws(p);
  if (p.i < p.s.length) {
    throw new YamlError(`cannot read '${text}'`, line);
  }
  return v;
}

function ws(p) {
  while (p.i < p.s.length && /\s/.test(p.s[p.i])) {
    p.i++;
  }
}

function flowValue(p, inFlow) {
  ws(p);
  const c = p.s[p.i];
  if (c === "[") {
    p.i++;
    const out = [];
    ws(p);
    if (p.s[p.i] === "]") {
      p.i++;
      return out;
    }
    for (;;) {
      out.push(flowValue(p, true));
      ws(p);
      if (p.s[p.i] === ",") {
        p.i++;
      } else if (p.s[p.i] === "]") {
        p.i++;
        return out;
      } else {
        throw new YamlError(`expected ',' or ']' in '${p.s}'`, p.line);
      }
    }
  }
  if (c === "{") {
    p.i++;
    const out = {};
    ws(p);
    if (p.s[p.i] === "}") {
      p.i++;
      return out;
    }
    for (;;) {
      const key = String(flowValue(p, true));
      ws(p);
      if (p.s[p.i] !== ":") {
        throw new YamlError(`expected ':' after '${key}' in '${p.s}'`, p.line);
      }
      p.i++;
      out[key] = flowValue(p, true);
      ws(p);
      if (p.s[p.i] === ",") {
        p.i++;
      } else if (p.s[p.i] === "}") {
        p.i++;
        return out;
      } else {
        throw new YamlError(`expected ',' or '}' in '${p.s}'`, p.line);
      }
    }
  }
  if (c === '"') {
    let j = p.i + 1;
    let out = "";
    while (j < p.s.length && p.s[j] !== '"') {
      if (p.s[j] === "\\") {
        const e = p.s[j + 1];
        out += { n: "\n", t: "\t", '"': '"', "\\": "\\", "/": "/" }[e] ?? e;
        j += 2;
      } else {
        out += p.s[j++];
      }
    }
    if (j >= p.s.length) {
      throw new YamlError(`unterminated string in '${p.s}'`, p.line);
    }
    p.i = j + 1;
    return out;
  }
  if (c === "'") {
    let j = p.i + 1;
    let out = "";
    for (;;) {
      if (j >= p.s.length) {
        throw new YamlError(`unterminated string in '${p.s}'`, p.line);
      }
      if (p.s[j] === "'") {
        if (p.s[j + 1] === "'") {
          out += "'";
          j += 2;
          continue;
        }
        break;
      }
      out += p.s[j++];
    }
    p.i = j + 1;
    return out;
  }
  let j = p.i;
  while (j < p.s.length) {
    const ch = p.s[j];
    if (inFlow && (ch === "," || ch === "]" || ch === "}")) {
      break;
    }
    if (inFlow && ch === ":" && (j + 1 >= p.s.length || /\s/.test(p.s[j + 1]))) {
      break;
    }
    j++;
  }
  const word = p.s.slice(p.i, j).trim();
  p.i = j;
  return plain(word);
}

function plain(word) {
  if (word === "" || word === "~" || word === "null") {
    return null;
  }
  if (word === "true") {
    return true;
  }
  if (word === "false") {
    return false;
  }
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(word)) {
    return Number(word);
  }
  return word;
}
