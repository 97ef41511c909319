// The timeline: events per day by event type (bars) and fatalities per day (a line on its own axis), from
// /api/events/summary with the shared filters. Dragging across days narrows the filters to them. Events dated
// to a range of days (a stated period, or the report's week when no words date them) are not drawn on their
// first day as if it were stated: a grey band counts, for each day, the ranged events that may fall on it.
import uPlot from "/vendor/uplot/uPlot.esm.js";

const TYPE_COLOURS = {
  Battles: "#c0392b",
  "Explosions/Remote violence": "#d35400",
  "Violence against civilians": "#8e44ad",
  Protests: "#2980b9",
  Riots: "#16a085",
  "Strategic developments": "#7f8c8d",
};
const DAY = 86400;
// The narrowest x-axis: a week, so one day's events show as a bar among its neighbours (±3 days), not
// stretched across an axis uPlot would otherwise widen to months around a single value.
const MIN_SPAN = 7 * DAY;

export function createTimelineView(container, { onSelectDays }) {
  let plot = null;
  const resize = () => plot?.setSize(size(container));
  new ResizeObserver(resize).observe(container);
  return {
    async setFilters(query) {
      const response = await fetch(`/api/events/summary?${query}`);
      if (!response.ok) throw new Error(`the timeline failed to load (${response.status})`);
      const { days } = await response.json();
      plot?.destroy();
      plot = days.length ? new uPlot(options(days, container, onSelectDays), toColumns(days), container) : null;
      if (!plot)
        container.replaceChildren(
          Object.assign(document.createElement("p"), {
            className: "hint",
            textContent: "No dated events match the filters.",
          }),
        );
      container.dataset.days = String(days.length);
      return days;
    },
  };
}

/** Every day between the first and the last, so gaps show as zero, not as a line drawn across them. */
function toColumns(days) {
  const types = eventTypes(days);
  const byDate = new Map(days.map((d) => [d.date, d]));
  const first = toSeconds(days[0].date);
  const last = Math.max(...days.flatMap((d) => [d.date, ...d.ranges.map((r) => r.to)]).map(toSeconds));
  const xs = [];
  for (let t = first; t <= last; t += DAY) xs.push(t);
  const at = (t) => byDate.get(isoDay(t));
  const covering = rangeCoverage(days);
  return [
    xs,
    xs.map((t) => covering.get(isoDay(t)) ?? 0),
    ...stacked(types.map((type) => xs.map((t) => oneDayEvents(at(t), type)))),
    xs.map((t) => oneDayFatalities(at(t))),
  ];
}

/**
 * Bars of one day stacked by type: each type's column holds its count plus every later type's, and the
 * series are drawn in order, so each bar covers the taller ones drawn before it and shows its own count.
 */
function stacked(columns) {
  const totals = columns.map((column) => [...column]);
  for (let i = totals.length - 2; i >= 0; i--) totals[i] = totals[i].map((n, day) => n + totals[i + 1][day]);
  return totals;
}

/** The day's events of one type whose date is that day alone. */
function oneDayEvents(day, type) {
  if (!day) return 0;
  const ranged = day.ranges.filter((r) => r.event_type === type).reduce((n, r) => n + r.events, 0);
  return (day.by_type?.[type] ?? 0) - ranged;
}

function oneDayFatalities(day) {
  return day ? day.fatalities - day.ranges.reduce((n, r) => n + r.fatalities, 0) : 0;
}

/** For each day, how many events dated to a range include it. */
function rangeCoverage(days) {
  const covering = new Map();
  for (const day of days)
    for (const range of day.ranges)
      for (let t = toSeconds(day.date); t <= toSeconds(range.to); t += DAY)
        covering.set(isoDay(t), (covering.get(isoDay(t)) ?? 0) + range.events);
  return covering;
}

function options(days, container, onSelectDays) {
  const types = eventTypes(days);
  const bars = uPlot.paths.bars({ size: [0.8, 24], align: 0 });
  return {
    ...size(container),
    cursor: { drag: { x: true, y: false } },
    legend: { live: false },
    scales: { x: { time: true }, n: { auto: true }, f: { auto: true } },
    axes: [{}, { scale: "n", label: "events" }, { scale: "f", side: 1, label: "fatalities", grid: { show: false } }],
    series: [
      { label: "day", value: (u, t) => (t == null ? "" : new Date(t * 1000).toISOString().slice(0, 10)) },
      {
        label: "dated to a range of days (may fall on this day)",
        scale: "n",
        paths: uPlot.paths.stepped({ align: 1 }),
        fill: "#9995",
        stroke: "#888",
        width: 1,
      },
      ...types.map((type) => ({
        label: type,
        scale: "n",
        paths: bars,
        fill: TYPE_COLOURS[type] ?? "#555",
        stroke: TYPE_COLOURS[type] ?? "#555",
      })),
      { label: "fatalities (events of one day)", scale: "f", stroke: "#222", width: 1.5, dash: [4, 3] },
    ],
    hooks: {
      // uPlot ranges x to the data exactly (no range function applies once there is data): widen it when ready.
      ready: [(u) => u.setScale("x", paddedRange(u.data[0][0], u.data[0][u.data[0].length - 1]))],
      setScale: [
        (u, key) => {
          if (key === "x") container.dataset.spanDays = String(Math.round((u.scales.x.max - u.scales.x.min) / DAY));
        },
      ],
      setSelect: [
        (u) => {
          if (u.select.width < 2) return;
          const from = u.posToVal(u.select.left, "x");
          const to = u.posToVal(u.select.left + u.select.width, "x");
          u.setSelect({ left: 0, width: 0 }, false);
          onSelectDays(isoDay(from), isoDay(to));
        },
      ],
    },
  };
}

/** The data's days plus half a day each side (the outer bars whole), widened to MIN_SPAN around their middle. */
function paddedRange(min, max) {
  const pad = Math.max(DAY / 2, (MIN_SPAN - (max - min)) / 2);
  return { min: min - pad, max: max + pad };
}

function eventTypes(days) {
  return [...new Set(days.flatMap((d) => Object.keys(d.by_type ?? {})))].sort();
}

function size(container) {
  return { width: Math.max(280, container.clientWidth), height: 180 };
}

function toSeconds(date) {
  return Date.parse(`${date}T00:00:00Z`) / 1000;
}

function isoDay(seconds) {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}
