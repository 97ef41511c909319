// Great-circle distance on a spherical Earth (haversine). Used to rank candidates near other places in the
// document and by the geoparsing scorer (accuracy within 161 km = 100 miles, the field's usual threshold).
const EARTH_RADIUS_KM = 6371.0088;

export type LatLon = { latitude: number; longitude: number };

export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
