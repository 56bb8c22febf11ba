// An email you can edit, with the rubric's findings marked in place: a transparent layer
// over the textarea holds one <mark> per finding (coloured by severity); hovering or tapping
// a mark shows its message and suggestion. Offsets come from the server in UTF-16 units.

const RANK = { error: 0, warning: 1, info: 2 };
const pop = () => document.getElementById("pop");

export class Editor {
  constructor(root, { onInput } = {}) {
    this.root = root;
    this.area = root.querySelector("textarea");
    this.layer = root.querySelector(".backdrop");
    this.findings = [];
    this.area.addEventListener("input", () => {
      this.grow();
      this.paint([]); // stale marks would point at the wrong words until the re-review
      if (onInput) onInput(this.area.value);
    });
    this.area.addEventListener("scroll", () => { this.layer.scrollTop = this.area.scrollTop; });
    window.addEventListener("resize", () => this.grow());
  }

  get text() { return this.area.value; }

  set text(value) {
    this.area.value = value;
    this.grow();
  }

  grow() {
    this.area.style.height = "auto";
    this.area.style.height = `${this.area.scrollHeight + 2}px`;
  }

  // findings apply only to the text they were measured on
  show(findings, forText) {
    if (forText !== undefined && forText !== this.area.value) return false;
    this.paint(findings);
    return true;
  }

  paint(findings) {
    this.findings = findings;
    const text = this.area.value;
    const spans = findings
      .map((f, i) => ({ ...f, i }))
      .filter((f) => f.end > f.start && f.end <= text.length)
      .sort((a, b) => a.start - b.start || RANK[a.severity] - RANK[b.severity]);
    const frag = document.createDocumentFragment();
    let at = 0;
    let current = null;
    for (const f of spans) {
      if (current && f.start < current.end) { // overlapping: one mark carries both
        current.items.push(f);
        current.end = Math.max(current.end, f.end);
        continue;
      }
      if (current) at = this.mark(frag, text, at, current);
      current = { start: f.start, end: f.end, items: [f] };
    }
    if (current) at = this.mark(frag, text, at, current);
    frag.append(document.createTextNode(text.slice(at) + "\n"));
    this.layer.replaceChildren(frag);
  }

  mark(frag, text, at, group) {
    frag.append(document.createTextNode(text.slice(at, group.start)));
    const mark = document.createElement("mark");
    const worst = group.items.reduce((a, b) => (RANK[a.severity] <= RANK[b.severity] ? a : b));
    mark.className = `sev-${worst.severity}`;
    mark.dataset.rule = group.items.map((f) => f.rule).join(" ");
    mark.dataset.category = group.items.map((f) => f.category).join(" ");
    mark.textContent = text.slice(group.start, group.end);
    mark.title = group.items.map((f) => `${f.severity}: ${f.message}`).join("\n");
    mark.addEventListener("mouseenter", () => showPop(mark, group.items));
    mark.addEventListener("mouseleave", () => hidePop());
    mark.addEventListener("click", (ev) => {
      ev.preventDefault();
      showPop(mark, group.items, true);
      this.select(group.start, group.end);
    });
    frag.append(mark);
    return group.end;
  }

  select(start, end) {
    this.area.focus();
    this.area.setSelectionRange(start, end);
  }
}

let pinned = false;

export function showPop(anchor, items, pin = false) {
  const box = pop();
  box.replaceChildren(...items.map((f) => {
    const div = document.createElement("div");
    div.className = `pop-item sev-${f.severity}`;
    const head = document.createElement("strong");
    head.textContent = `${f.severity} · ${f.category}`;
    const msg = document.createElement("p");
    msg.textContent = f.message;
    div.append(head, msg);
    if (f.suggestion) {
      const s = document.createElement("p");
      s.className = "suggest";
      s.textContent = `Try: ${f.suggestion}`;
      div.append(s);
    }
    const rule = document.createElement("small");
    rule.textContent = f.rule;
    div.append(rule);
    return div;
  }));
  box.hidden = false;
  const r = anchor.getBoundingClientRect();
  const width = Math.min(360, window.innerWidth - 16);
  box.style.width = `${width}px`;
  box.style.left = `${Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - width - 8))}px`;
  box.style.top = `${r.bottom + window.scrollY + 6}px`;
  pinned = pin;
}

export function hidePop(force = false) {
  if (pinned && !force) return;
  pinned = false;
  pop().hidden = true;
}

document.addEventListener("click", (ev) => {
  if (!ev.target.closest("mark") && !ev.target.closest("#pop")) hidePop(true);
});
document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") hidePop(true); });

// the verdict line: pass or fail, score, words against the stage's limit, the stage
export function renderStatus(box, report, stageHow) {
  box.replaceChildren();
  const verdict = document.createElement("span");
  const counts = report.counts;
  verdict.className = `badge ${report.passed ? "pass" : "fail"}`;
  verdict.textContent = report.passed
    ? (report.findings.length ? "passes the rubric" : `no problems found by ${report.rules_checked} rules`)
    : `fails: ${counts.error} error${counts.error === 1 ? "" : "s"}`;
  const score = document.createElement("span");
  score.className = "score";
  score.textContent = `score ${report.score}/100`;
  const words = document.createElement("span");
  const over = report.word_limit && report.word_count > report.word_limit;
  words.className = `words${over ? " over" : ""}`;
  words.textContent = `${report.word_count}${report.word_limit ? `/${report.word_limit}` : ""} words`;
  const stage = document.createElement("span");
  stage.className = "stage";
  stage.textContent = `stage ${report.stage}${stageHow && stageHow !== "chosen" ? ` (${stageHow})` : ""}`;
  box.append(verdict, score, words, stage);
  if (counts.warning || counts.info) {
    const more = document.createElement("span");
    more.textContent = `${counts.warning} warning${counts.warning === 1 ? "" : "s"}, ${counts.info} info`;
    box.append(more);
  }
}

// the findings as a list under the email; a click selects the words in the email
export function renderFindings(list, findings, editor) {
  list.replaceChildren(...findings.map((f) => {
    const li = document.createElement("li");
    li.className = `sev-${f.severity}`;
    const sev = document.createElement("span");
    sev.className = "sev";
    sev.textContent = f.severity;
    const msg = document.createElement("span");
    msg.textContent = ` ${f.message}`;
    li.append(sev, msg);
    if (f.match) {
      const q = document.createElement("q");
      q.textContent = f.match.length > 80 ? `${f.match.slice(0, 77)}…` : f.match;
      li.append(" ", q);
    }
    if (f.suggestion) {
      const s = document.createElement("div");
      s.className = "suggest";
      s.textContent = `Try: ${f.suggestion}`;
      li.append(s);
    }
    if (f.end > f.start) {
      li.tabIndex = 0;
      li.addEventListener("click", () => editor.select(f.start, f.end));
    }
    return li;
  }));
}
