// The page: paste/upload a report, POST it to /api/extract, list the events, highlight their evidence.
// Report text is untrusted: it only ever enters the page as text nodes (textContent), never as HTML.
const $ = (id) => document.getElementById(id);
let current = null;

$("file").addEventListener("change", async () => {
  const file = $("file").files[0];
  if (file) $("report").value = await file.text();
});

$("extract").addEventListener("click", async () => {
  const content = $("report").value;
  if (!content.trim()) return setStatus("Paste or upload a report first.", true);
  setStatus("Extracting…");
  const isHtml = /^\s*</.test(content);
  const body = { [isHtml ? "html" : "text"]: content, published: $("published").value || undefined, origin: $("file").files[0]?.name || "pasted" };
  const response = await fetch("/api/extract", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const data = await response.json();
  if (!response.ok) return setStatus(data.error || "Extraction failed.", true);
  current = data;
  setStatus(`${data.events.length} event(s) found.`);
  renderEvents(data.events);
  renderText(data.text, []);
  $("result").hidden = false;
});

function setStatus(message, isError = false) {
  $("status").textContent = message;
  $("status").className = isError ? "error" : "";
}

function renderEvents(events) {
  const tbody = $("events").querySelector("tbody");
  tbody.replaceChildren(
    ...events.map((event) => {
      const row = eventRow(event, [fatalityText(event), event.weapons.join(", ")]);
      row.addEventListener("click", () => {
        tbody.querySelectorAll("tr").forEach((tr) => tr.classList.remove("selected"));
        row.classList.add("selected");
        renderText(current.text, evidenceSpans(event));
      });
      return row;
    }),
  );
}

function eventRow(event, extra) {
  const tr = document.createElement("tr");
  const place = [event.location, event.country].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(", ");
  const cells = [dateText(event), event.sub_event_type, actorText(event.actor1, event.assoc_actor_1), actorText(event.actor2, event.assoc_actor_2), place || "—", ...extra];
  for (const value of cells) {
    const td = document.createElement("td");
    td.textContent = value;
    tr.append(td);
  }
  return tr;
}

/** The date as precisely as the text gives it: a day, or the first and last day of a week or month. */
function dateText(event) {
  if (!event.date_start) return "unknown";
  if (event.time_precision === 1 || event.date_start === event.date_end) return event.date_start;
  const unit = event.time_precision === 2 ? "week" : "month or longer";
  return `${event.date_start} – ${event.date_end} (${unit})`;
}

function actorText(actor, assoc) {
  return [actor, ...(assoc ?? [])].filter(Boolean).join(" + ") || "—";
}

function fatalityText(event) {
  if (!event.fatalities_known) return "unknown";
  if (event.fatalities_low === event.fatalities_high) return String(event.fatalities_best);
  return `${event.fatalities_best} (${event.fatalities_low}–${event.fatalities_high ?? "?"})`;
}

function evidenceSpans(event) {
  return Object.entries(event.evidence).flatMap(([field, refs]) => refs.map((r) => ({ start: r.start, end: r.end, field })));
}

/** The text as text nodes, with <mark> around evidence; overlapping spans are cut at their boundaries. */
function renderText(text, spans) {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((s) => s.start <= start && end <= s.end);
    const piece = document.createTextNode(text.slice(start, end));
    if (covering.length === 0) parts.push(piece);
    else {
      const mark = document.createElement("mark");
      mark.dataset.field = covering[0].field;
      mark.title = [...new Set(covering.map((s) => s.field))].join(", ");
      mark.append(piece);
      parts.push(mark);
    }
  }
  $("text").replaceChildren(...parts);
}

async function loadStored() {
  const response = await fetch("/api/events");
  if (!response.ok) return;
  const events = await response.json();
  $("stored-events").querySelector("tbody").replaceChildren(...events.map((e) => eventRow(e, [e.sources.map((s) => s.origin).join("; ")])));
}

loadStored();
