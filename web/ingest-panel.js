// Adding a report: paste, upload, or a URL alone for the server to fetch (through the ingest fetcher, with
// its address policy). Plain text needs its publication date (relative dates are read from it); HTML and
// fetched pages may leave it to the page, and a fetched page that gives none is refused until it is entered. Either way the date the store
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
  const body = readBody(form);
  if (typeof body === "string") return fail(status, body);
  const published = body.published;
  const token = form.elements.token.value.trim();
  rememberToken(token);
  const started = Date.now();
  const tick = setInterval(
    () => (status.textContent = `Extracting… ${Math.round((Date.now() - started) / 1000)} s`),
    500,
  );
  progress.hidden = false;
  document.getElementById("ingest-submit").disabled = true;
  status.textContent = body.text || body.html ? "Extracting…" : "Fetching the page…";
  try {
    const data = await postJson("/api/documents", body, token);
    showResult(status, result, data, published, onOpenEvent);
    onStored?.(data);
  } catch (error) {
    fail(status, describeFailure(error));
    if (error.code === "no-published-date") form.elements.published.focus();
  } finally {
    clearInterval(tick);
    progress.hidden = true;
    document.getElementById("ingest-submit").disabled = false;
  }
}

/** The request body, or what the user must fix first. */
function readBody(form) {
  const content = form.elements.content.value;
  const url = form.elements.url.value.trim() || undefined;
  const published = form.elements.published.value || undefined;
  if (!content.trim() && url) return { url, published, origin: url };
  if (!content.trim()) return "Paste or upload a report, or give its URL for the server to fetch.";
  const isHtml = /^\s*</.test(content);
  if (!isHtml && !published) return "Give the publication date: dates like “Sunday” in the text are counted from it.";
  const origin = form.elements.file.files[0]?.name || url || "pasted";
  return { [isHtml ? "html" : "text"]: content, published, url, origin };
}

function describeFailure(error) {
  if (error.status === 401) return "The server needs its write token (printed when it started, or $SITREP_TOKEN).";
  if (error.code === "no-published-date")
    return "The page does not say when it was published: enter the date and add it again.";
  return `Not stored: ${error.message}`;
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
