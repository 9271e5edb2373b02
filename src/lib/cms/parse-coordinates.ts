/** A point in WGS 84, as stored in `coordinates`. */
export interface Coordinates {
  lat: number;
  lng: number;
}

const number = '(-?\\d{1,3}(?:[.,]\\d+)?)';

/**
 * Read coordinates from what an editor pastes: "49.5905, 11.002", "49,5905 11,002", a geo: URI
 * or an OpenStreetMap link (…#map=17/49.5905/11.0020 or …?mlat=49.5905&mlon=11.002). Editors
 * find a place on openstreetmap.org in their own browser; the CMS itself loads no map tiles.
 * @returns undefined when the text holds no valid pair
 */
export function parseCoordinates(text: string): Coordinates | undefined {
  const input = text.trim();
  const patterns = [
    new RegExp(`#map=\\d+/${number}/${number}`),
    new RegExp(`mlat=${number}&mlon=${number}`),
    new RegExp(`^geo:${number},${number}`),
    // Decimal commas need a space or semicolon between the two numbers.
    new RegExp(`^${number}\\s*[;\\s]\\s*${number}$`),
    /^(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/,
  ];
  for (const pattern of patterns) {
    const match = input.match(pattern);
    if (!match) continue;
    const lat = Number((match[1] ?? '').replace(',', '.'));
    const lng = Number((match[2] ?? '').replace(',', '.'));
    if (Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) return { lat, lng };
  }
  return undefined;
}

/** Link to look at a point on openstreetmap.org (opened by the editor, in a new tab). */
export function osmLink(point: Coordinates): string {
  return `https://www.openstreetmap.org/?mlat=${point.lat}&mlon=${point.lng}#map=18/${point.lat}/${point.lng}`;
}
