// One event: every field beside the value the pipeline extracted and the words that support it, those words
// highlighted in the article (coloured by field, with a legend), the source, the claims about it, and the
// review form with the audit history, for the event or for the incident it was merged into (the same form and
// decisions; the incident's values are the merge of every report). Everything from the store is set as text (see render-text.js).
import { getJson, postJson, rememberToken, writeToken } from "./api.js";
import { el, renderMarkedText } from "./render-text.js";
import { actorText, dateText, fatalityText, placeText } from "./table-view.js";

/** The fields shown, with the evidence key the pipeline files their words under, and whether a reviewer may edit them. */
const FIELDS = [
  { name: "event_date", label: "Date", evidence: "event_date", show: dateText, editable: true },
  { name: "event_type", label: "Event type", evidence: "event_type", editable: true },
  { name: "sub_event_type", label: "Sub-event type", evidence: "sub_event_type", editable: true },
  { name: "actor1", label: "Actor 1", evidence: "actor1", show: (e) => actorText(e.actor1, []), editable: true },
  {
    name: "assoc_actor_1",
    label: "Associated with actor 1",
    evidence: "assoc_actor_1",
    show: (e) => e.assoc_actor_1?.join("; ") || "—",
  },
  { name: "actor2", label: "Actor 2", evidence: "actor2", show: (e) => actorText(e.actor2, []), editable: true },
  {
    name: "assoc_actor_2",
    label: "Associated with actor 2",
    evidence: "assoc_actor_2",
    show: (e) => e.assoc_actor_2?.join("; ") || "—",
  },
  { name: "location", label: "Place", evidence: "location", show: placeText, editable: true },
  {
    name: "geo_precision",
    label: "Place precision",
    evidence: null,
    show: (e) => ({ 1: "the town", 2: "near a town / district", 3: "region or country" })[e.geo_precision] ?? "unknown",
  },
  { name: "fatalities_best", label: "Fatalities", evidence: "fatalities", show: fatalityText, editable: true },
  {
    name: "injuries_best",
    label: "Injured",
    evidence: "injuries",
    show: (e) => (e.injuries_known ? String(e.injuries_best ?? "some, count not given") : "unknown"),
  },
  { name: "weapons", label: "Weapons", evidence: "weapons", show: (e) => e.weapons?.join(", ") || "—" },
  {
    name: "civilian_targeting",
    label: "Civilian targeting",
    evidence: "civilian_targeting",
    show: (e) => e.civilian_targeting ?? "no",
  },
  { name: "notes", label: "Notes", evidence: null, editable: true },
];

export function createEventView(drawer, { onClose, onReviewed }) {
  let current = null;
  document.getElementById("close-event").addEventListener("click", () => close());
  const form = document.getElementById("review");
  form.elements.reviewer.value = localStorage.getItem("sitrep-reviewer") ?? "";
  form.elements.token.value = writeToken();
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!current) return;
    const subject = reviewSubject(form, current);
    const reviewed = await submitReview(form, subject, e.submitter?.value ?? "confirm");
    if (!reviewed) return;
    const data = await getJson(`/api/events/${encodeURIComponent(current.event.event_id)}`);
    show(data);
    onReviewed?.(data.event);
  });
  form.elements.subject.addEventListener("change", () => current && renderReview(form, current));
  const close = () => {
    drawer.hidden = true;
    current = null;
    onClose?.();
  };
  const show = (data) => {
    current = data;
    renderEvent(data);
    drawer.hidden = false;
  };
  return {
    async open(eventId) {
      show(await getJson(`/api/events/${encodeURIComponent(eventId)}`));
      drawer.scrollTop = 0;
      return current;
    },
    close,
  };
}

function renderEvent({ event, extracted, document: source, evidence, claims, history, incident }) {
  document.getElementById("event-title").textContent =
    `${event.sub_event_type} · ${dateText(event)} · ${placeText(event)}`;
  renderSource(document.getElementById("event-source"), source);
  const spans = evidenceSpans(evidence ?? [], source, event);
  renderFields(document.getElementById("event-fields").tBodies[0], event, extracted ?? event, spans);
  renderLegend(document.getElementById("evidence-legend"), spans);
  renderMarkedText(document.getElementById("event-text"), source?.text ?? "", [
    ...spans,
    ...sentenceSpans(source?.text ?? "", spans),
  ]);
  renderIncident(incident);
  renderReview(document.getElementById("review"), { event, history, incident });
  renderClaims(document.getElementById("event-claims"), claims ?? []);
}

/** What the form reviews: the event, or the incident it belongs to (chosen in the form). */
function reviewSubject(form, { event, history, incident }) {
  if (incident && form.elements.subject.value === "incident")
    return {
      path: `/api/incidents/${encodeURIComponent(incident.incident_id)}`,
      record: incident,
      history: incident.review_history ?? [],
    };
  return { path: `/api/events/${encodeURIComponent(event.event_id)}`, record: event, history: history ?? [] };
}

function renderReview(form, data) {
  document.getElementById("review-subject").hidden = !data.incident;
  if (!data.incident) form.elements.subject.value = "event";
  const { record, history } = reviewSubject(form, data);
  renderReviewFields(document.getElementById("review-fields"), record);
  renderHistory(document.getElementById("event-history"), history);
  document.getElementById("review-status").textContent = record.review
    ? `Reviewed: ${record.review.status} by ${record.review.reviewer} at ${record.review.reviewed_at}`
    : "Not reviewed yet.";
}

function renderIncident(incident) {
  const section = document.getElementById("event-incident");
  section.hidden = !incident;
  if (!incident) return;
  const reports = incident.sources?.length ?? 0;
  const review = incident.review ? ` · reviewed: ${incident.review.status}` : "";
  document.getElementById("incident-summary").textContent =
    `${incident.incident_id}: ${incident.sub_event_type} · ${dateText(incident)} · ${placeText(incident)} · ` +
    `${fatalityText(incident)} killed · ${reports} report(s), ${incident.corroboration} independent${review}`;
}

function renderSource(p, source) {
  const parts = [el("strong", source?.publisher ?? "Unknown publisher")];
  if (source?.title) parts.push(el("span", ` · ${source.title}`));
  parts.push(
    source?.published
      ? el("span", ` · published ${source.published}`)
      : el("span", " · no publication date: relative dates (“Sunday”) in it are unresolved", "warning"),
  );
  const url = source?.url ?? (/^https?:\/\//.test(source?.origin ?? "") ? source.origin : null);
  if (url && /^https?:\/\//i.test(url)) {
    const a = el("a", url);
    a.href = url;
    a.rel = "noopener noreferrer nofollow";
    a.target = "_blank";
    parts.push(el("br"), a);
  } else if (source?.origin) parts.push(el("span", ` · from ${source.origin}`));
  p.replaceChildren(...parts);
}

/** This document's evidence, from the event view's list or (older servers) from the record itself. */
function evidenceSpans(evidence, source, event) {
  const listed = evidence.length
    ? evidence
    : Object.entries(event.evidence ?? {}).flatMap(([field, refs]) => refs.map((r) => ({ field, ...r })));
  return listed
    .filter((r) => !source || !r.document_id || r.document_id === source.document_id)
    .map((r) => ({ field: r.field, start: r.start, end: r.end, text: r.text }));
}

/** The sentences holding the evidence, shaded behind the field colours: the reader sees the whole claim in context. */
function sentenceSpans(text, spans) {
  const sentences = new Map();
  for (const span of spans) {
    let start = span.start;
    while (
      start > 0 &&
      text[start - 1] !== "\n" &&
      !(/\s/.test(text[start - 1]) && /[.!?]/.test(text[start - 2] ?? ""))
    )
      start--;
    let end = span.end;
    while (end < text.length && text[end] !== "\n" && !(/[.!?]/.test(text[end - 1]) && /\s/.test(text[end]))) end++;
    sentences.set(start, { field: "sentence", start, end });
  }
  return [...sentences.values()];
}

function renderFields(tbody, event, extracted, spans) {
  tbody.replaceChildren(
    ...FIELDS.map((field) => {
      const show = field.show ?? ((e) => e[field.name] ?? "—");
      const words = spans.filter((s) => s.field === field.evidence);
      const tr = document.createElement("tr");
      const evidenceCell = document.createElement("td");
      for (const span of words) {
        const chip = el("button", span.text, "chip");
        chip.type = "button";
        chip.dataset.field = span.field;
        chip.addEventListener("click", () => focusMark(span));
        evidenceCell.append(chip);
      }
      if (!words.length) evidenceCell.append(el("span", field.evidence ? unstatedText(field, event) : "", "muted"));
      const value = String(show(event));
      const before = String(show(extracted));
      tr.append(
        el("th", field.label),
        el("td", value),
        el("td", before === value ? "" : before, "muted"),
        evidenceCell,
      );
      tr.dataset.field = field.name;
      return tr;
    }),
  );
}

/** Why a field has no words: an inferred date says where it came from, so it never reads as stated. */
function unstatedText(field, event) {
  return field.name === "event_date" && event.date_from === "report"
    ? "not stated: inferred from the report's date (time precision 2, the week)"
    : "not stated";
}

function focusMark(span) {
  const marks = [...document.querySelectorAll("#event-text mark")].filter((m) =>
    m.dataset.fields.split(" ").includes(span.field),
  );
  for (const mark of document.querySelectorAll("#event-text mark.focus")) mark.classList.remove("focus");
  marks.forEach((m) => m.classList.add("focus"));
  marks[0]?.scrollIntoView({ block: "center", behavior: "smooth" });
}

function renderLegend(container, spans) {
  const fields = [...new Set(spans.map((s) => s.field))];
  const label = (name) => FIELDS.find((f) => f.evidence === name)?.label ?? name.replaceAll("_", " ");
  const items = fields.map((field) => {
    const item = el("span", label(field));
    item.prepend(Object.assign(el("mark", " "), { className: "swatch" }));
    item.firstChild.dataset.field = field;
    return item;
  });
  const sentence = el("span", "the sentence it came from");
  sentence.prepend(Object.assign(el("mark", " "), { className: "swatch" }));
  sentence.firstChild.dataset.field = "sentence";
  container.replaceChildren(el("span", "Highlights: ", "muted"), ...items, sentence);
}

function renderReviewFields(fieldset, event) {
  const inputs = FIELDS.filter((f) => f.editable).map((field) => {
    const label = el("label", field.label + " ");
    const input = document.createElement("input");
    input.name = `field:${field.name}`;
    input.value = event[field.name] ?? "";
    input.dataset.original = input.value;
    if (field.name === "fatalities_best") Object.assign(input, { type: "number", min: "0" });
    if (field.name === "event_date") input.type = "date";
    label.append(input);
    return label;
  });
  fieldset.replaceChildren(fieldset.querySelector("legend"), ...inputs);
}

async function submitReview(form, subject, action) {
  const status = document.getElementById("review-status");
  const reviewer = form.elements.reviewer.value.trim();
  if (!reviewer) return void (status.textContent = "Give your name as reviewer: the history records who decided.");
  localStorage.setItem("sitrep-reviewer", reviewer);
  const fields = {};
  for (const input of form.querySelectorAll("#review-fields input")) {
    if (input.value === input.dataset.original) continue;
    const name = input.name.slice("field:".length);
    fields[name] = name === "fatalities_best" ? (input.value === "" ? null : Number(input.value)) : input.value || null;
  }
  if (action === "edit" && !Object.keys(fields).length)
    return void (status.textContent = "Change a field first, then save the edit.");
  const body = {
    action,
    reviewer,
    note: form.elements.note.value.trim() || undefined,
    fields: action === "edit" ? fields : undefined,
  };
  status.textContent = "Saving…";
  try {
    const token = form.elements.token.value.trim() || writeToken();
    rememberToken(token);
    const result = await postJson(`${subject.path}/review`, body, token);
    form.elements.note.value = "";
    return result;
  } catch (error) {
    status.textContent =
      error.status === 401
        ? "The server needs its write token (printed when it started, or $SITREP_TOKEN)."
        : `Not saved: ${error.message}`;
    return null;
  }
}

function renderHistory(list, history) {
  const items = history.map((entry) => {
    const changed = Object.entries(entry.fields ?? {})
      .map(([k, v]) => `${k} → ${v}`)
      .join(", ");
    return el(
      "li",
      [entry.at, entry.reviewer, entry.action, changed, entry.note ? `“${entry.note}”` : ""]
        .filter(Boolean)
        .join(" · "),
    );
  });
  list.replaceChildren(...(items.length ? items : [el("li", "No review yet.", "muted")]));
}

function renderClaims(list, claims) {
  const items = claims.map((claim) => {
    const count = claim.count_best ?? claim.count_low;
    const text = [
      claim.kind,
      claim.claimant ? `by ${claim.claimant}` : null,
      count != null ? `count ${count}` : null,
      claim.actor ? `actor ${claim.actor}` : null,
    ]
      .filter(Boolean)
      .join(" · ");
    const li = el("li", text);
    if (claim.statement) li.append(el("q", claim.statement));
    return li;
  });
  list.replaceChildren(...(items.length ? items : [el("li", "No claims about this event.", "muted")]));
}
