// Adding a report: paste, upload, or a source URL with the page's HTML. Plain text needs its publication
// date (relative dates are read from it); HTML may leave it to the page. Either way the date the store
// kept is shown after, with a warning when there is none. While extraction runs the panel shows progress,
// and the previous result is cleared first so it is never mistaken for this one.
import { postJson, rememberToken, writeToken } from "./api.js";
import { el } from "./render-text.js";
import { dateText, placeText } from "./table-view.js";

export function createIngestPanel(dialog, { onStored, onOpenEvent }) {
  const form = dialog.querySelector("form");
  form.elements.token.value = writeToken();
  document.getElementById("close-ingest").addEventListener("click", () => dialog.close());
  form.elements.file.addEventListener("change", async () => {
    const file = form.elements.file.files[0];
    if (file) form.elements.content.value = await file.text();
  });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    await ingest(form, { onStored, onOpenEvent });
  });
  return { open: () => dialog.showModal() };
}

async function ingest(form, { onStored, onOpenEvent }) {
  const status = document.getElementById("ingest-status");
  const result = document.getElementById("ingest-result");
  const progress = document.getElementById("ingest-progress");
  result.replaceChildren();
  status.className = "";
  const content = form.elements.content.value;
  const isHtml = /^\s*</.test(content);
  const published = form.elements.published.value;
  if (!content.trim()) return fail(status, "Paste or upload a report first.");
  if (!isHtml && !published)
    return fail(status, "Give the publication date: dates like “Sunday” in the text are counted from it.");
  const token = form.elements.token.value.trim();
  rememberToken(token);
  const body = {
    [isHtml ? "html" : "text"]: content,
    published: published || undefined,
    url: form.elements.url.value.trim() || undefined,
    origin: form.elements.file.files[0]?.name || form.elements.url.value.trim() || "pasted",
  };
  const started = Date.now();
  const tick = setInterval(
    () => (status.textContent = `Extracting… ${Math.round((Date.now() - started) / 1000)} s`),
    500,
  );
  progress.hidden = false;
  document.getElementById("ingest-submit").disabled = true;
  status.textContent = "Extracting…";
  try {
    const data = await postJson("/api/documents", body, token);
    showResult(status, result, data, published, onOpenEvent);
    onStored?.(data);
  } catch (error) {
    fail(
      status,
      error.status === 401
        ? "The server needs its write token (printed when it started, or $SITREP_TOKEN)."
        : `Not stored: ${error.message}`,
    );
  } finally {
    clearInterval(tick);
    progress.hidden = true;
    document.getElementById("ingest-submit").disabled = false;
  }
}

function showResult(status, list, data, given, onOpenEvent) {
  const events = data.events ?? [];
  const doc = data.document ?? data.documents?.[0] ?? {};
  const outcome = data.outcome ?? (data.counts?.stored ? "stored" : data.counts?.duplicates ? "duplicate" : "skipped");
  const date = doc.published;
  const dateNote = date
    ? `published ${date}${given ? "" : " (read from the page)"}`
    : "NO publication date: relative dates stay unresolved";
  status.textContent = `${outcome}: ${events.length} event(s); ${dateNote}.`;
  status.className = date ? "" : "warning";
  list.replaceChildren(
    ...events.map((event) => {
      const button = el("button", `${dateText(event)} · ${event.sub_event_type} · ${placeText(event)}`, "link");
      button.type = "button";
      button.addEventListener("click", () => onOpenEvent(event.event_id));
      const li = el("li");
      li.append(button);
      return li;
    }),
  );
}

function fail(status, message) {
  status.textContent = message;
  status.className = "error";
}
