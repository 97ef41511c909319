// The filters shared by map, timeline and table, kept in the page's URL so a view can be bookmarked or sent.
// Names are the API's (same as `sitrep events --from …`).
export const FILTER_NAMES = ["from", "to", "country", "actor", "event_type", "fatalities_min", "status", "q", "bbox"];

export function readFiltersFromUrl() {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(FILTER_NAMES.filter((name) => params.get(name)).map((name) => [name, params.get(name)]));
}

/** The filters, the table's sort and the open event into the URL, without a new history entry per keystroke. */
export function writeUrl(filters, extra = {}) {
  const params = toQuery({ ...filters, ...extra });
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

export function toQuery(values) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values))
    if (value !== undefined && value !== null && value !== "") params.set(name, String(value));
  return params;
}

export function fillForm(form, filters) {
  for (const name of FILTER_NAMES) if (form.elements[name]) form.elements[name].value = filters[name] ?? "";
}

export function readForm(form) {
  return Object.fromEntries(
    FILTER_NAMES.filter((name) => form.elements[name]?.value).map((name) => [name, form.elements[name].value.trim()]),
  );
}
