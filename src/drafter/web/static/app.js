// drafter serve's page: the shared notes box, the four views, and switching between them.

import { setupDraft } from "./draft.js";
import { setupPanel, setupPlan, setupReview } from "./views.js";

const $ = (id) => document.getElementById(id);
const VIEWS = ["draft", "review", "panel", "plan"];

function localToday() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const shared = {
  notes: () => $("notes").value,
  today: () => $("today").value || localToday(),
};

function select(view) {
  if (!VIEWS.includes(view)) view = "draft";
  for (const v of VIEWS) {
    $(`view-${v}`).hidden = v !== view;
    $(`tab-${v}`).setAttribute("aria-selected", String(v === view));
  }
  if (location.hash !== `#${view}`) history.replaceState(null, "", `#${view}`);
}

$("today").value = localToday();
const views = [setupDraft(shared), setupReview(shared), setupPanel(shared), setupPlan(shared)];
$("notes").addEventListener("input", () => views.forEach((v) => v.notesChanged()));
for (const v of VIEWS) $(`tab-${v}`).addEventListener("click", () => select(v));
window.addEventListener("hashchange", () => select(location.hash.slice(1)));
select(location.hash.slice(1));
document.body.dataset.ready = "1";
