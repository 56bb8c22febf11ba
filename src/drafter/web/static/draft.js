// The Draft view: notes in, an email out, with what was read as fields you can correct.

import { ApiError, copyText, debounce, download, mailtoHref, post, postStream, showError } from "./api.js";
import { Editor, renderFindings, renderStatus } from "./editor.js";

const $ = (id) => document.getElementById(id);
const FIELDS = ["to", "company", "role", "topics", "decision_date", "offer_from", "offer_by", "sign_as"];
// a missing fact's name (the CLI's flag) -> the field that sets it
const FACT_FIELD = { to: "to", company: "company", role: "role", candidate: "sign_as",
  topic: "topics", "decision-date": "decision_date", "offer-by": "offer_by", "offer-from": "offer_from" };

export function setupDraft(shared) {
  const form = $("fields");
  const edited = new Set();
  let last = null; // the latest answer: stage, email, fields
  let controller = null;
  let reviewSeq = 0;

  const editor = new Editor($("draft-editor"), {
    onInput: (text) => {
      updateActions(text);
      rereview();
    },
  });

  function payload() {
    const fields = {};
    for (const name of edited) fields[name] = form.elements[name].value;
    return {
      notes: shared.notes(), today: shared.today(), stage: $("draft-stage").value,
      engine: $("draft-engine").value, fields,
    };
  }

  function busy(on, label = "writing…") {
    $("draft-progress").hidden = !on;
    $("draft-progress-text").textContent = label;
    $("draft-go").disabled = on;
  }

  async function run(engine) {
    if (!shared.notes().trim()) {
      showError($("draft-error"), new Error("Paste your interview notes first."));
      return;
    }
    if (controller) controller.abort();
    controller = new AbortController();
    const mine = controller;
    const body = payload();
    if (engine) body.engine = engine;
    showError($("draft-error"), null);
    busy(true, body.engine === "offline" ? "writing…" : "starting…");
    try {
      const answer = await postStream("/api/draft", body, {
        signal: mine.signal,
        onProgress: (step) => busy(true, step),
      });
      show(answer);
    } catch (err) {
      if (err.name === "AbortError") {
        showError($("draft-error"), new Error("Cancelled: nothing was drafted."));
      } else {
        failed(err);
      }
    } finally {
      if (controller === mine) {
        controller = null;
        busy(false);
      }
    }
  }

  function failed(err) {
    const box = $("draft-error");
    showError(box, err);
    const data = err instanceof ApiError ? err.data : {};
    if (data.missing) {
      $("draft-out").hidden = false; // the fields are where the answer goes
      const field = FACT_FIELD[data.missing.fact];
      for (const choice of data.missing.choices || []) {
        const b = document.createElement("button");
        b.className = "small choice";
        b.textContent = choice;
        b.addEventListener("click", () => {
          if (!field) return;
          form.elements[field].value = choice;
          edited.add(field);
          run();
        });
        box.append(" ", b);
      }
      if (field) {
        form.elements[field].focus();
        form.elements[field].classList.add("wanted");
      }
    }
    if (data.model_failed) {
      const b = document.createElement("button");
      b.className = "small";
      b.textContent = "Use the offline draft";
      b.addEventListener("click", () => run("offline"));
      box.append(" ", b);
    }
  }

  function show(answer) {
    last = answer;
    $("draft-out").hidden = false;
    const f = answer.fields;
    for (const name of [...FIELDS, "interview_date"]) {
      const input = form.elements[name];
      input.classList.remove("wanted");
      if (!edited.has(name)) input.value = f[name].value;
      const label = form.querySelector(`[data-field="${name}"]`);
      const source = edited.has(name) ? "you changed this" : (f[name].source || "not in the notes");
      label.title = source;
      label.querySelector(".lab").dataset.source = source;
    }
    $("people").replaceChildren(...f.people.map((n) => Object.assign(document.createElement("option"), { value: n })));
    $("doubts").replaceChildren(...f.doubts.map((d) => Object.assign(document.createElement("li"), { textContent: `set aside: ${d}` })));
    editor.text = answer.email.text;
    editor.show(answer.report.findings);
    renderStatus($("draft-status"), answer.report, answer.stage_how);
    renderFindings($("draft-findings"), answer.report.findings, editor);
    const note = [answer.note, answer.engine !== "offline" && answer.model ? `written by ${answer.model}` : ""]
      .filter(Boolean).join(" · ");
    $("draft-note").hidden = !note;
    $("draft-note").textContent = note;
    updateActions(answer.email.text);
  }

  function updateActions(text) {
    $("draft-mailto").href = mailtoHref(text, last ? last.email.to_email : "");
  }

  const rereview = debounce(async () => {
    if (!last) return;
    const text = editor.text;
    const seq = ++reviewSeq;
    try {
      const answer = await post("/api/review", {
        text, notes: shared.notes(), today: shared.today(), stage: last.stage,
        to: last.email.to, fields: payload().fields,
      });
      if (seq !== reviewSeq || !editor.show(answer.report.findings, text)) return;
      renderStatus($("draft-status"), answer.report, last.stage_how);
      renderFindings($("draft-findings"), answer.report.findings, editor);
      showError($("draft-error"), null);
    } catch (err) {
      if (seq === reviewSeq) showError($("draft-error"), err);
    }
  }, 450);

  const redraft = debounce(() => run(), 300);
  form.addEventListener("change", (ev) => {
    const name = ev.target.name;
    if (!FIELDS.includes(name)) return;
    edited.add(name);
    redraft();
  });
  form.addEventListener("submit", (ev) => ev.preventDefault());

  $("draft-go").addEventListener("click", () => run());
  for (const id of ["draft-stage", "draft-engine"]) {
    $(id).addEventListener("change", () => { if (last) run(); });
  }
  $("draft-cancel").addEventListener("click", () => { if (controller) controller.abort(); });
  $("draft-copy").addEventListener("click", async () => {
    const ok = await copyText(editor.text);
    $("draft-said").textContent = ok ? "Copied." : "Could not copy: select the text and copy it.";
  });
  $("draft-eml").addEventListener("click", async () => {
    if (!last) return;
    try {
      const name = await download("/api/eml", {
        text: editor.text, to: last.email.to, to_email: last.email.to_email, from: last.email.from,
      }, "email.eml");
      $("draft-said").textContent = `Downloaded ${name}: open it in your mail app.`;
    } catch (err) {
      showError($("draft-error"), err);
    }
  });

  return {
    notesChanged() {
      edited.clear(); // new notes: read every field afresh
    },
  };
}
