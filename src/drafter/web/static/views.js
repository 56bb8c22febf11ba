// The Review, Panel and Plan views.

import { debounce, download, post, showError } from "./api.js";
import { Editor, renderFindings, renderStatus } from "./editor.js";

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...kids) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...kids);
  return node;
};

// -- Review: your own email, checked as you type ----------------------------------------------

export function setupReview(shared) {
  let seq = 0;
  const editor = new Editor($("review-editor"), { onInput: () => check() });
  const check = debounce(async () => {
    const text = editor.text;
    if (!text.trim()) {
      $("review-status").replaceChildren();
      renderFindings($("review-findings"), [], editor);
      return;
    }
    const mine = ++seq;
    const useNotes = $("review-use-notes").checked && shared.notes().trim();
    try {
      const answer = await post("/api/review", {
        text, stage: $("review-stage").value, today: shared.today(),
        notes: useNotes ? shared.notes() : null, to: $("review-to").value,
      });
      if (mine !== seq || !editor.show(answer.report.findings, text)) return;
      showError($("review-error"), null);
      renderStatus($("review-status"), answer.report, answer.stage_how);
      renderFindings($("review-findings"), answer.report.findings, editor);
    } catch (err) {
      if (mine === seq) showError($("review-error"), err);
    }
  }, 400);
  for (const id of ["review-stage", "review-use-notes", "review-to"]) {
    $(id).addEventListener("change", () => check());
  }
  return { notesChanged: () => { if ($("review-use-notes").checked) check(); } };
}

// -- Panel: one tab per interviewer ------------------------------------------------------------

export function setupPanel(shared) {
  let tabs = [];
  let current = -1;
  let seq = 0;
  const editor = new Editor($("panel-editor"), {
    onInput: (text) => {
      if (current >= 0) tabs[current].text = text;
      recheck();
    },
  });

  const recheck = debounce(async () => {
    const tab = tabs[current];
    if (!tab) return;
    const text = editor.text;
    const mine = ++seq;
    try {
      const answer = await post("/api/review", {
        text, notes: shared.notes(), today: shared.today(), stage: $("panel-stage").value, to: tab.name,
      });
      if (mine !== seq || !editor.show(answer.report.findings, text)) return;
      tab.report = answer.report;
      showTab(current, false);
    } catch (err) {
      showError($("panel-error"), err);
    }
  }, 450);

  function showTab(i, load = true) {
    current = i;
    const tab = tabs[i];
    for (const [j, b] of [...$("panel-tabs").children].entries()) {
      b.setAttribute("aria-selected", String(j === i));
    }
    $("panel-body").hidden = false;
    $("panel-note").hidden = !(tab.note || tab.error);
    $("panel-note").textContent = tab.error ? `Could not write this one: ${tab.error}` : tab.note || "";
    if (load) editor.text = tab.text || "";
    if (tab.report) {
      if (load) editor.show(tab.report.findings);
      renderStatus($("panel-status"), tab.report, "chosen");
      renderFindings($("panel-findings"), tab.report.findings, editor);
    } else {
      editor.show([]);
      $("panel-status").replaceChildren();
      renderFindings($("panel-findings"), [], editor);
    }
    const button = $("panel-tabs").children[i];
    button.querySelector(".mark").textContent = tab.report ? (tab.report.passed ? "✓" : "✗") : "–";
  }

  $("panel-go").addEventListener("click", async () => {
    if (!shared.notes().trim()) {
      showError($("panel-error"), new Error("Paste your interview notes first."));
      return;
    }
    $("panel-go").disabled = true;
    $("panel-go").textContent = "Writing…";
    try {
      const answer = await post("/api/panel", {
        notes: shared.notes(), today: shared.today(), stage: $("panel-stage").value,
      });
      showError($("panel-error"), null);
      tabs = answer.tabs.map((t) => ({ ...t, text: t.email ? t.email.text : "" }));
      $("panel-tabs").replaceChildren(...tabs.map((t, i) => {
        const b = el("button", { role: "tab", className: "subtab" },
          el("span", { className: "mark" }), ` ${t.name}`);
        if (t.title) b.title = t.title;
        b.addEventListener("click", () => showTab(i));
        return b;
      }));
      $("panel-pairs").replaceChildren(...answer.pairs.map((p) => el("li", {
        textContent: `The drafts to ${p.a} and ${p.b} are ${Math.round(p.score * 100)}% alike; rework ${p.b}'s.`,
      })));
      tabs.forEach((_, i) => showTab(i));
      showTab(0);
      $("panel-zip").disabled = !tabs.some((t) => t.text);
    } catch (err) {
      showError($("panel-error"), err);
    } finally {
      $("panel-go").disabled = false;
      $("panel-go").textContent = "Write one per interviewer";
    }
  });

  $("panel-zip").addEventListener("click", async () => {
    try {
      await download("/api/panel.zip", {
        drafts: tabs.filter((t) => t.text).map((t) => ({
          text: t.text, to: t.name, to_email: t.email ? t.email.to_email : "", from: t.email ? t.email.from : "",
        })),
      }, "panel-drafts.zip");
    } catch (err) {
      showError($("panel-error"), err);
    }
  });
  return { notesChanged() {} };
}

// -- Plan: what to send when -------------------------------------------------------------------

function planTable(items) {
  const head = el("tr", {}, ...["Date", "When", "What", "To", "Why"].map((h) => el("th", { textContent: h })));
  const rows = items.map((i) => {
    const why = el("td", { textContent: i.why });
    for (const c of i.caveats) why.append(el("div", { className: "caveat", textContent: `! ${c}` }));
    return el("tr", { className: i.overdue ? "overdue" : "" },
      el("td", { textContent: i.date }),
      el("td", { textContent: i.time ? `${i.weekday} ${i.time}` : `${i.weekday} now` }),
      el("td", { textContent: i.what }),
      el("td", { textContent: i.to || "—" }),
      why);
  });
  return el("div", { className: "scroll" }, el("table", { className: "plan" }, el("thead", {}, head), el("tbody", {}, ...rows)));
}

export function setupPlan(shared) {
  const out = $("plan-out");
  $("plan-go").addEventListener("click", async () => {
    if (!shared.notes().trim()) {
      showError($("plan-error"), new Error("Paste your interview notes first."));
      return;
    }
    try {
      const plan = await post("/api/plan", { notes: shared.notes(), today: shared.today() });
      showError($("plan-error"), null);
      const title = [plan.company, plan.role].filter(Boolean).join(" · ") || "your follow-ups";
      const parts = [el("h2", { textContent: `Plan for ${title} (today ${plan.today})` })];
      for (const w of plan.warnings) parts.push(el("p", { className: "warn", textContent: w }));
      parts.push(el("h3", { textContent: "Send" }));
      parts.push(plan.send.length ? planTable(plan.send) : el("p", { textContent: "Nothing to send now." }));
      if (plan.done) parts.push(el("p", { className: "done", textContent: plan.done }));
      if (plan.not_yet.length) {
        parts.push(el("h3", { textContent: "Not yet" }));
        parts.push(el("ul", {}, ...plan.not_yet.map((h) => el("li", {
          textContent: `${h.what}${h.to ? ` to ${h.to}` : ""}${h.not_before ? `: not before ${h.not_before}` : ""} — ${h.why}`,
        }))));
      }
      parts.push(el("h3", { textContent: "How the dates were read" }));
      parts.push(el("ul", {}, ...plan.dates.map((d) => el("li", {
        textContent: `“${d.text}” (${d.role}) → ${d.value || "could not be read"}: ${d.how}`,
      }))));
      out.replaceChildren(...parts);
      $("plan-ics").disabled = false;
    } catch (err) {
      showError($("plan-error"), err);
    }
  });
  $("plan-ics").addEventListener("click", async () => {
    try {
      await download("/api/plan.ics", { notes: shared.notes(), today: shared.today() }, "follow-ups.ics");
    } catch (err) {
      showError($("plan-error"), err);
    }
  });
  return { notesChanged() { $("plan-ics").disabled = true; } };
}
