// The map: a basemap of country borders shipped in the package (Natural Earth via world-atlas, no tiles or
// fonts from the internet) and the filtered events, clustered in MapLibre's worker. Each event is drawn by
// how precisely the text places it (ACLED geo_precision): a pin for a town, a hollow ring for "near" a town
// or a district, a shaded disc for a region; a country-only event has no place worth a mark, so none.
import { Map as MapLibreMap, Marker } from "/vendor/maplibre-gl/maplibre-gl.mjs";
import { toQuery } from "./filters.js";

/** Past this many events in one request the map asks again for the viewport only (the API's default cap). */
const GEOJSON_LIMIT = 10000;
const COLOURS = { pin: "#c0392b", ring: "#d35400", area: "#8e44ad", cluster: "#2c3e50" };

export async function createMapView(container, { onOpenEvent, onViewChange }) {
  const map = new MapLibreMap({
    container,
    style: await basemapStyle(),
    center: [20, 10],
    zoom: 1.3,
    attributionControl: false,
    maxZoom: 12,
  });
  const view = { map, filters: {}, clusterMarkers: new Map() };
  await new Promise((resolve) => map.once("load", resolve));
  addEventLayers(map);
  map.on("click", "event-points", (e) => onOpenEvent(e.features[0].properties.event_id));
  map.on("click", "event-areas", (e) => onOpenEvent(e.features[0].properties.event_id));
  for (const layer of ["event-points", "event-areas"]) {
    map.on("mouseenter", layer, () => (map.getCanvas().style.cursor = "pointer"));
    map.on("mouseleave", layer, () => (map.getCanvas().style.cursor = ""));
  }
  map.on("moveend", () => {
    if (view.truncated) loadEvents(view);
    onViewChange?.(viewBbox(map));
  });
  map.on("render", () => drawClusterCounts(view));
  return {
    setFilters(filters) {
      view.filters = filters;
      return loadEvents(view);
    },
    bbox: () => viewBbox(map),
    fitTo(bbox) {
      map.fitBounds(
        [
          [bbox[0], bbox[1]],
          [bbox[2], bbox[3]],
        ],
        { padding: 40, maxZoom: 8, duration: 0 },
      );
    },
    get lastCount() {
      return view.count;
    },
    /** Brings an opened event into the part of the map the event view leaves uncovered (`coveredRight` pixels
     * of the map lie under it), ringed: otherwise the reader saw whatever land the map happened to show. */
    showEvent(event, coveredRight) {
      if (event.latitude == null || event.longitude == null) return this.clearEvent();
      const center = [event.longitude, event.latitude];
      view.selected ??= new Marker({
        element: Object.assign(document.createElement("span"), { className: "selected-event" }),
      });
      view.selected.setLngLat(center).addTo(map);
      const zoom = SHOW_EVENT_ZOOM[event.geo_precision] ?? 4;
      map.jumpTo({ center, zoom });
      map.panBy([coveredRight / 2, 0], { duration: 0 });
      map.getContainer().dataset.shownEvent = event.event_id;
    },
    clearEvent() {
      view.selected?.remove();
      delete map.getContainer().dataset.shownEvent;
    },
  };
}

/** How close an opened event is shown, by place precision. The offline basemap holds only country borders
 * (Natural Earth 1:110m), so past zoom 5 the reader sees blank land with no border to place the event by. */
const SHOW_EVENT_ZOOM = { 1: 5, 2: 5, 3: 4 };

async function basemapStyle() {
  const topo = await (await fetch("/vendor/world-atlas/countries-50m.json")).json();
  const countries = globalThis.topojson.feature(topo, topo.objects.countries);
  // Antarctica's ring runs along the pole, which Web Mercator cannot draw: it smears a band across the map.
  countries.features = countries.features.filter((f) => f.properties?.name !== "Antarctica");
  return {
    version: 8,
    sources: { countries: { type: "geojson", data: countries } },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": "#dfe9f0" } },
      { id: "land", type: "fill", source: "countries", paint: { "fill-color": "#f7f5ef" } },
      { id: "borders", type: "line", source: "countries", paint: { "line-color": "#a9a59a", "line-width": 0.6 } },
    ],
  };
}

function addEventLayers(map) {
  map.addSource("events", {
    type: "geojson",
    data: { type: "FeatureCollection", features: [] },
    cluster: true,
    clusterRadius: 40,
    clusterMaxZoom: 9,
    // A country-only event (ACLED geo_precision 3 placed at the country itself) is not drawn, nor counted in clusters.
    filter: ["!", ["all", ["==", ["get", "geo_precision"], 3], ["==", ["get", "location"], ["get", "country"]]]],
  });
  const unclustered = ["!", ["has", "point_count"]];
  map.addLayer({
    id: "event-areas",
    type: "circle",
    source: "events",
    filter: ["all", unclustered, ["==", ["get", "geo_precision"], 3]],
    paint: {
      "circle-color": COLOURS.area,
      "circle-opacity": 0.18,
      "circle-radius": ["interpolate", ["linear"], ["zoom"], 2, 10, 8, 60],
      "circle-stroke-color": COLOURS.area,
      "circle-stroke-width": 1,
      "circle-stroke-opacity": 0.5,
    },
  });
  map.addLayer({
    id: "clusters",
    type: "circle",
    source: "events",
    filter: ["has", "point_count"],
    paint: {
      "circle-color": COLOURS.cluster,
      "circle-opacity": 0.8,
      "circle-radius": ["step", ["get", "point_count"], 12, 10, 16, 100, 22, 1000, 30],
    },
  });
  map.addLayer({
    id: "event-points",
    type: "circle",
    source: "events",
    filter: ["all", unclustered, ["<", ["coalesce", ["get", "geo_precision"], 1], 3]],
    paint: {
      "circle-radius": 6,
      "circle-color": ["case", ["==", ["get", "geo_precision"], 2], "rgba(0,0,0,0)", COLOURS.pin],
      "circle-stroke-color": ["case", ["==", ["get", "geo_precision"], 2], COLOURS.ring, "#ffffff"],
      "circle-stroke-width": ["case", ["==", ["get", "geo_precision"], 2], 2.5, 1.5],
    },
  });
  map.on("click", "clusters", async (e) => {
    const feature = e.features[0];
    const zoom = await map.getSource("events").getClusterExpansionZoom(feature.properties.cluster_id);
    map.easeTo({ center: feature.geometry.coordinates, zoom });
  });
}

async function loadEvents(view) {
  const { map } = view;
  // Thousands of events cluster in the worker; past the cap, only what the viewport shows is asked for.
  const bbox = view.truncated || view.filters.bbox ? (view.filters.bbox ?? viewBbox(map).join(",")) : undefined;
  const query = toQuery({ ...view.filters, bbox, limit: GEOJSON_LIMIT });
  const response = await fetch(`/api/events/geojson?${query}`);
  if (!response.ok) throw new Error(`the map's events failed to load (${response.status})`);
  const collection = await response.json();
  view.truncated = collection.features.length >= GEOJSON_LIMIT;
  view.count = collection.features.length;
  for (const marker of view.clusterMarkers.values()) marker.remove();
  view.clusterMarkers.clear(); // cluster ids are renumbered by every setData
  map.getSource("events").setData(collection);
  if (!view.hasFitted && !view.filters.bbox && collection.features.length) fitToFeatures(map, collection.features);
  view.hasFitted = true;
  container(map).dataset.events = String(collection.features.length);
}

/** Cluster sizes as HTML markers: symbol layers would need glyphs, which would mean fonts from a server. */
function drawClusterCounts(view) {
  const { map, clusterMarkers } = view;
  if (!map.getSource("events") || !map.isSourceLoaded("events")) return;
  const seen = new Set();
  for (const feature of map.querySourceFeatures("events", { filter: ["has", "point_count"] })) {
    const id = feature.properties.cluster_id;
    if (seen.has(id)) continue;
    seen.add(id);
    if (!clusterMarkers.has(id)) {
      const label = document.createElement("span");
      label.className = "cluster-count";
      label.textContent = String(feature.properties.point_count);
      clusterMarkers.set(id, new Marker({ element: label }).setLngLat(feature.geometry.coordinates));
    }
    clusterMarkers.get(id).addTo(map);
  }
  for (const [id, marker] of clusterMarkers) if (!seen.has(id)) marker.remove();
}

/** The first view: wherever the events are, not the whole world. */
function fitToFeatures(map, features) {
  const lngs = features.map((f) => f.geometry.coordinates[0]);
  const lats = features.map((f) => f.geometry.coordinates[1]);
  map.fitBounds(
    [
      [Math.min(...lngs), Math.min(...lats)],
      [Math.max(...lngs), Math.max(...lats)],
    ],
    { padding: 50, maxZoom: SHOW_EVENT_ZOOM[1], duration: 0 }, // a single event: not blank land (see SHOW_EVENT_ZOOM)
  );
}

function viewBbox(map) {
  const b = map.getBounds();
  const clamp = (v, limit) => Math.max(-limit, Math.min(limit, v));
  return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)].map((v) =>
    Number(v.toFixed(4)),
  );
}

function container(map) {
  return map.getContainer();
}
