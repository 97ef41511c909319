// The workbench: filters (kept in the URL) drive the map, the timeline and the table together; a row or a
// pin opens the event view; the ingest panel adds reports. Each view lives in its own module.
import { createEventView } from "./event-view.js";
import { fillForm, readFiltersFromUrl, readForm, toQuery, writeUrl } from "./filters.js";
import { createIngestPanel } from "./ingest-panel.js";
import { createMapView } from "./map-view.js";
import { createTableView } from "./table-view.js";
import { createTimelineView } from "./timeline-view.js";

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const state = {
  filters: readFiltersFromUrl(),
  sort: params.get("sort") || undefined,
  event: params.get("event") || undefined,
};
const form = $("filters");
fillForm(form, state.filters);
$("in-view").checked = Boolean(state.filters.bbox);

const openEvent = (eventId) => {
  state.event = eventId;
  syncUrl();
  eventView
    .open(eventId)
    .then(async (data) => {
      await mapReady; // an event opened from the URL may arrive before the map has loaded
      map?.showEvent(data.event, coveredByDrawer());
    })
    .catch((error) => notify(`That event could not be opened: ${error.message}`));
};
/** How many pixels of the map the event view covers, on its right. */
const coveredByDrawer = () =>
  Math.max(0, $("map").getBoundingClientRect().right - $("event-view").getBoundingClientRect().left);
const eventView = createEventView($("event-view"), {
  onClose: () => ((state.event = undefined), syncUrl(), map?.clearEvent()),
  onReviewed: () => refresh(),
});
const table = createTableView($("events"), {
  onOpenEvent: openEvent,
  onSortChange: (sort) => ((state.sort = sort), syncUrl()),
});
const timeline = createTimelineView($("timeline"), {
  onSelectDays: (from, to) => setFilters({ ...state.filters, from, to }),
});
const ingest = createIngestPanel($("ingest"), {
  onStored: () => refresh(),
  onOpenEvent: (id) => ($("ingest").close(), openEvent(id)),
});
let map = null;
const mapReady = createMapView($("map"), {
  onOpenEvent: openEvent,
  onViewChange: (bbox) => $("in-view").checked && setFilters({ ...state.filters, bbox: bbox.join(",") }),
})
  .then((view) => {
    map = view;
    if (state.filters.bbox) map.fitTo(state.filters.bbox.split(",").map(Number));
    return map.setFilters(state.filters);
  })
  .catch((error) => {
    $("map").replaceChildren(
      Object.assign(document.createElement("p"), {
        className: "error",
        textContent: `The map could not be drawn (${error.message}); the timeline and table still work.`,
      }),
    );
  });

form.addEventListener("change", () => setFilters(formFilters()));
form.addEventListener(
  "input",
  debounce(() => setFilters(formFilters()), 400),
);
form.addEventListener("submit", (e) => e.preventDefault());
form.addEventListener("reset", () => setTimeout(() => (($("in-view").checked = false), setFilters({})), 0));
$("open-ingest").addEventListener("click", () => ingest.open());
$("open-export").addEventListener("click", () => openExport());
$("close-export").addEventListener("click", () => $("export").close());

function formFilters() {
  const filters = readForm(form);
  if ($("in-view").checked && map) filters.bbox = map.bbox().join(",");
  else delete filters.bbox;
  return filters;
}

function setFilters(filters) {
  if (JSON.stringify(filters) === JSON.stringify(state.filters)) return;
  state.filters = filters;
  fillForm(form, filters);
  refresh();
}

async function refresh() {
  syncUrl();
  const query = toQuery(state.filters);
  try {
    const [days] = await Promise.all([
      timeline.setFilters(query),
      table.setFilters(state.filters, state.sort),
      map?.setFilters(state.filters),
    ]);
    showEmptyStore(days.length === 0 && Object.keys(state.filters).length === 0);
  } catch (error) {
    notify(`Loading failed: ${error.message}`);
  }
}

/** An empty store on first start: `npm start` is loading the bundled samples, so look again until they arrive. */
let emptyPoll = null;
function showEmptyStore(isEmpty) {
  if (!isEmpty) {
    clearTimeout(emptyPoll);
    if ($("notice").dataset.kind === "empty") $("notice").hidden = true;
    return;
  }
  notify(
    "The store is empty. `npm start` loads a few sample reports into an empty store (this page shows them as they arrive); or add a report with “Add a report”, or run `sitrep ingest FILE --published DATE`.",
    "empty",
  );
  clearTimeout(emptyPoll);
  emptyPoll = setTimeout(refresh, 3000);
}

function notify(message, kind = "error") {
  const notice = $("notice");
  notice.textContent = message;
  notice.dataset.kind = kind;
  notice.hidden = false;
}

/** The CLI always exports; the download link shows only when this server has an export endpoint. */
async function openExport() {
  const query = toQuery({ ...state.filters, format: "acled-csv" });
  const url = `/api/export?${query}`;
  const hasEndpoint = await fetch(url, { method: "HEAD" }).then(
    (r) => r.ok,
    () => false,
  );
  $("export-link").href = url;
  $("export-link").parentElement.hidden = !hasEndpoint;
  const flags = Object.entries(state.filters).map(
    ([name, value]) => `--${name.replaceAll("_", "-")} ${JSON.stringify(value)}`,
  );
  $("export-cli").textContent = ["npx sitrep export --format acled-csv", ...flags, "> events.csv"].join(" ");
  $("export").showModal();
}

function syncUrl() {
  writeUrl(state.filters, { sort: state.sort, event: state.event });
}

function debounce(fn, ms) {
  let timer;
  return () => (clearTimeout(timer), (timer = setTimeout(fn, ms)));
}

// The table and timeline need not wait for WebGL: the map joins when it is ready.
refresh();
if (state.event) openEvent(state.event);
