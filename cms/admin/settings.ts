/** What the admin page tells the scripts (server-rendered in data-* attributes). */
export interface AdminSettings {
  /** Name of the editorial office, as in site.config.yaml. */
  office: string;
  email: string;
  phone: string;
  /** German name of the federal state (public holidays in opening hours). */
  state: string;
  /** Centre of the site's map (site.config.yaml), the example in the coordinates widget. */
  mapCenter: { lat: number; lng: number };
  /** Languages of the site; the first is German, the source. */
  locales: string[];
  /** Today in the municipality (YYYY-MM-DD), as the site was built. */
  today: string;
}

let cached: AdminSettings | undefined;

/** Settings from `<div id="lotse-admin" data-…>` on /admin/. */
export function adminSettings(): AdminSettings {
  if (cached) return cached;
  const data = document.getElementById('lotse-admin')?.dataset ?? {};
  cached = {
    office: data['office'] ?? '',
    email: data['email'] ?? '',
    phone: data['phone'] ?? '',
    state: data['state'] ?? '',
    mapCenter: parseMapCenter(data['mapCenter']),
    locales: (data['locales'] ?? 'de').split(','),
    today: data['today'] ?? new Date().toISOString().slice(0, 10),
  };
  return cached;
}

function parseMapCenter(value: string | undefined): { lat: number; lng: number } {
  const [lat = Number.NaN, lng = Number.NaN] = (value ?? '').split(',').map(Number);
  // The centre of Germany when the page says nothing: an example, never a real place of the site.
  return Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : { lat: 51.16, lng: 10.45 };
}

/** Today in the browser's calendar (the editor confirms an entry today, not on build day). */
export function todayInBrowser(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
