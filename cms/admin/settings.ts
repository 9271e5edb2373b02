/** What the admin page tells the scripts (server-rendered in data-* attributes). */
export interface AdminSettings {
  /** Name of the editorial office, e.g. "Stabsstelle Integration der Stadt Musterstadt". */
  office: string;
  email: string;
  phone: string;
  /** German name of the federal state (public holidays in opening hours). */
  state: string;
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
    state: data['state'] ?? 'Bayern',
    locales: (data['locales'] ?? 'de').split(','),
    today: data['today'] ?? new Date().toISOString().slice(0, 10),
  };
  return cached;
}

/** Today in the browser's calendar (the editor confirms an entry today, not on build day). */
export function todayInBrowser(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
