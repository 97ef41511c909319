// The table: one page of the filtered events at a time (cursor paging, so a store of millions pages as fast
// as one of ten), sortable by date or fatalities. On a phone each row becomes a card (style.css).
import { getJson } from "./api.js";
import { toQuery } from "./filters.js";
import { el } from "./render-text.js";

const PAGE_SIZE = 50;
const COLUMNS = ["Date", "Type", "Actor 1", "Actor 2", "Place", "Fatalities", "Source", "Review"];

export function createTableView(table, { onOpenEvent, onSortChange }) {
  const state = { filters: {}, sort: "-event_date", cursors: [null], page: 0 };
  const tbody = table.querySelector("tbody");
  const load = async () => {
    const query = toQuery({ ...state.filters, sort: state.sort, limit: PAGE_SIZE, cursor: state.cursors[state.page] });
    const { items, next_cursor } = await getJson(`/api/events?${query}`);
    state.cursors[state.page + 1] = next_cursor;
    tbody.replaceChildren(...items.map((event) => eventRow(event, onOpenEvent)));
    if (items.length === 0) tbody.append(emptyRow());
    document.getElementById("prev-page").disabled = state.page === 0;
    document.getElementById("next-page").disabled = !next_cursor;
    document.getElementById("page-info").textContent = `page ${state.page + 1} · ${items.length} event(s)`;
    markSorted(table, state.sort);
  };
  for (const button of table.querySelectorAll("th button[data-sort]")) {
    button.addEventListener("click", () => {
      const key = button.dataset.sort;
      state.sort = state.sort === `-${key}` ? key : `-${key}`;
      onSortChange?.(state.sort);
      restart(state);
      load();
    });
  }
  document.getElementById("prev-page").addEventListener("click", () => ((state.page -= 1), load()));
  document.getElementById("next-page").addEventListener("click", () => ((state.page += 1), load()));
  return {
    setFilters(filters, sort) {
      state.filters = filters;
      if (sort) state.sort = sort;
      restart(state);
      return load();
    },
    get sort() {
      return state.sort;
    },
  };
}

function restart(state) {
  state.cursors = [null];
  state.page = 0;
}

function eventRow(event, onOpenEvent) {
  const tr = document.createElement("tr");
  tr.tabIndex = 0;
  tr.dataset.eventId = event.event_id;
  const values = [
    dateText(event),
    `${event.event_type} · ${event.sub_event_type}`,
    actorText(event.actor1, event.assoc_actor_1),
    actorText(event.actor2, event.assoc_actor_2),
    placeText(event),
    fatalityText(event),
    sourceText(event),
    event.review?.status ?? "unreviewed",
  ];
  values.forEach((value, i) => {
    const td = el("td", value);
    td.dataset.label = COLUMNS[i];
    tr.append(td);
  });
  const open = () => onOpenEvent(event.event_id);
  tr.addEventListener("click", open);
  tr.addEventListener("keydown", (e) => e.key === "Enter" && open());
  return tr;
}

function emptyRow() {
  const td = el("td", "No events match the filters.");
  td.colSpan = COLUMNS.length;
  const tr = document.createElement("tr");
  tr.append(td);
  return tr;
}

function markSorted(table, sort) {
  for (const button of table.querySelectorAll("th button[data-sort]")) {
    const key = button.dataset.sort;
    const th = button.parentElement;
    th.ariaSort = sort === key ? "ascending" : sort === `-${key}` ? "descending" : "none";
  }
}

/** The date as precisely as the text gives it: a day, or the first and last day of a week or month. */
export function dateText(event) {
  if (!event.date_start && !event.event_date) return "unknown";
  // No words date the event: the week up to its report's day (date_from "report"), never shown as a day.
  if (event.date_from === "report") return `week to ${event.date_end ?? event.event_date} (report's date, not stated)`;
  if (!event.date_start || event.time_precision === 1 || event.date_start === event.date_end)
    return event.event_date ?? event.date_start;
  const unit = event.time_precision === 2 ? "week" : "month or longer";
  return `${event.date_start} – ${event.date_end} (${unit})`;
}

export function actorText(actor, assoc) {
  return [actor, ...(assoc ?? [])].filter(Boolean).join(" + ") || "—";
}

export function placeText(event) {
  return (
    [event.location, event.admin1, event.country]
      .filter(Boolean)
      .filter((v, i, a) => a.indexOf(v) === i)
      .join(", ") || "—"
  );
}

export function fatalityText(event) {
  if (!event.fatalities_known) return "unknown";
  if (event.fatalities_low === event.fatalities_high) return String(event.fatalities_best);
  return `${event.fatalities_best} (${event.fatalities_low ?? "?"}–${event.fatalities_high ?? "?"})`;
}

/** The publisher or the page's host, never a local file path: that says nothing to the reader. */
export function sourceText(event) {
  const names = (event.sources ?? []).map((s) => s.publisher ?? hostOf(s.origin) ?? "pasted or uploaded");
  return [...new Set(names)].join("; ") || "—";
}

function hostOf(origin) {
  try {
    return /^https?:/.test(origin) ? new URL(origin).hostname : null;
  } catch {
    return null;
  }
}
