// Talking to drafter serve: every write carries the page's per-run token (the server also
// checks the Origin); nothing here contacts any other host.

const meta = (name) => document.querySelector(`meta[name="${name}"]`).content;
const TOKEN = meta("drafter-token");
const TOKEN_HEADER = meta("drafter-token-header");

export class ApiError extends Error {
  constructor(message, data = {}) {
    super(message);
    this.data = data;
  }
}

export async function post(path, payload, { signal, raw = false } = {}) {
  let res;
  try {
    res = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json", [TOKEN_HEADER]: TOKEN },
      body: JSON.stringify(payload),
      signal,
      credentials: "same-origin",
    });
  } catch (err) {
    if (err.name === "AbortError") throw err;
    throw new ApiError("drafter serve is not answering: is it still running in your terminal?");
  }
  if (raw && res.ok) return res;
  let data = {};
  try {
    data = await res.clone().json();
  } catch {
    data = { error: `the server answered ${res.status}` };
  }
  if (!res.ok) throw new ApiError(data.error || `the server answered ${res.status}`, data);
  return raw ? res : data;
}

// a model's draft arrives as lines of JSON: progress first, then the result or the error
export async function postStream(path, payload, { signal, onProgress }) {
  const res = await post(path, payload, { signal, raw: true });
  if (!(res.headers.get("content-type") || "").includes("ndjson")) return res.json();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let nl;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (!line) continue;
      const item = JSON.parse(line);
      if (item.progress) onProgress(item.progress);
      else if (item.result) return item.result;
      else if (item.error) throw new ApiError(item.error, item);
    }
  }
  throw new ApiError("the draft stopped before it was finished");
}

export async function download(path, payload, fallbackName) {
  const res = await post(path, payload, { raw: true });
  const disposition = res.headers.get("content-disposition") || "";
  const match = /filename="([^"]+)"/.exec(disposition);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = match ? match[1] : fallbackName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
  return a.download;
}

export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

export function showError(box, err) {
  if (!err) {
    box.hidden = true;
    box.textContent = "";
    return;
  }
  box.hidden = false;
  box.textContent = err.message || String(err);
}

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

// mailto: with the subject and the body filled (and the address, when the notes had one)
export function mailtoHref(text, toEmail) {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  let subject = "";
  if (lines.length && /^subject:/i.test(lines[0])) {
    subject = lines.shift().replace(/^subject:\s*/i, "");
    while (lines.length && !lines[0].trim()) lines.shift();
  }
  const body = lines.join("\r\n");
  return `mailto:${encodeURIComponent(toEmail || "")}?subject=${encodeURIComponent(subject)}` +
    `&body=${encodeURIComponent(body)}`;
}
