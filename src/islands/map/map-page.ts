import type * as Leaflet from 'leaflet';

interface MapStrings {
  count: Record<string, string>;
  consentText: string;
  consentButton: string;
  consentRevoke: string;
}

/** Where the visitor's consent to load tiles is remembered (only in this browser). */
const consentKey = 'lotse.map.tiles';

function plural(forms: Record<string, string>, count: number, lang: string): string {
  const form = new Intl.PluralRules(lang).select(count);
  return (forms[form] ?? forms['other'] ?? '').replace('{count}', String(count));
}

/**
 * <lotse-map>: Leaflet map of the places listed in the element. Markers come from the list
 * items' data attributes, the topic filter hides list items and markers together, and tiles
 * are requested only from the configured tile server after the visitor agreed. Before that the
 * markers stand on a plain background. Leaflet and the clustering plugin are imported only
 * here, from the site itself.
 */
class LotseMap extends HTMLElement {
  #map: Leaflet.Map | undefined;
  #tiles: Leaflet.TileLayer | undefined;
  #cluster: Leaflet.MarkerClusterGroup | undefined;
  #markers = new Map<string, Leaflet.CircleMarker>();
  #strings!: MapStrings;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as MapStrings;
    const container = this.querySelector<HTMLElement>('[data-map]');
    if (!container) return;
    // Leaflet is the page's heaviest part: it loads once the page itself has loaded (the title
    // and list come first) and the map box is on screen or about to be.
    const whenLoaded =
      document.readyState === 'complete' ? Promise.resolve() : new Promise((done) => addEventListener('load', done, { once: true }));
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void whenLoaded.then(() => this.#showMap(container));
      },
      { rootMargin: '200px' },
    );
    observer.observe(container);
  }

  async #showMap(container: HTMLElement): Promise<void> {
    // Leaflet's styles come with it, as linked files (no injected <style>, so a strict CSP holds),
    // and block nothing before the page's own text is shown.
    const [{ default: L }] = await Promise.all([import('leaflet'), import('./leaflet-styles.ts')]);
    // The clustering plugin extends the global L (it predates ES modules).
    (window as unknown as { L: typeof L }).L = L;
    await import('leaflet.markercluster');
    const center = JSON.parse(this.dataset['center'] ?? '{"lat":0,"lng":0}') as { lat: number; lng: number };
    const map = L.map(container, {
      center: [center.lat, center.lng],
      zoom: Number(this.dataset['zoom'] ?? 13),
      maxZoom: 19,
      attributionControl: true,
    });
    this.#map = map;
    const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
    this.#cluster = cluster;
    const colors = new Map<string, string>();
    for (const swatch of this.querySelectorAll<HTMLElement>('[data-swatch]'))
      colors.set(swatch.dataset['swatch'] ?? '', getComputedStyle(swatch).backgroundColor);
    for (const item of this.#items()) {
      const lat = Number(item.dataset['lat']);
      const lng = Number(item.dataset['lng']);
      const color = colors.get(item.dataset['kind'] ?? '') ?? '#333';
      const marker = L.circleMarker([lat, lng], { radius: 9, color: '#ffffff', weight: 2, fillColor: color, fillOpacity: 1 });
      // The popup shows a copy of the list item, so it has the same link and address.
      const popup = document.createElement('div');
      popup.className = 'map-popup';
      const link = item.querySelector('a')?.cloneNode(true);
      if (link) popup.append(link);
      // A copy keeps the isolated numbers and German words of right-to-left pages.
      const line = document.createElement('p');
      const address = item.querySelector('.map-page__address')?.cloneNode(true);
      if (address) line.append(address);
      line.dir = document.documentElement.dir;
      popup.append(line);
      marker.bindPopup(popup);
      this.#markers.set(item.dataset['place'] ?? '', marker);
      cluster.addLayer(marker);
    }
    map.addLayer(cluster);
    const bounds = cluster.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
    this.#setUpConsent(L);
    const filter = this.querySelector<HTMLSelectElement>('[data-topic-filter]');
    filter?.addEventListener('change', () => this.#filter(filter.value));
    const initial = new URLSearchParams(location.search).get('topic');
    if (filter && initial && [...filter.options].some((option) => option.value === initial)) {
      filter.value = initial;
      this.#filter(initial);
    }
    this.#focus(new URLSearchParams(location.search).get('focus'));
    this.dataset['ready'] = 'true';
  }

  #items(): HTMLLIElement[] {
    return [...this.querySelectorAll<HTMLLIElement>('[data-list] > li')];
  }

  /** Show only places on a topic, in the list and on the map, and announce the count. */
  #filter(topic: string): void {
    const cluster = this.#cluster;
    if (!cluster) return;
    let shown = 0;
    for (const item of this.#items()) {
      const visible = topic === '' || (item.dataset['topics'] ?? '').split(' ').includes(topic);
      item.hidden = !visible;
      const marker = this.#markers.get(item.dataset['place'] ?? '');
      if (marker && visible && !cluster.hasLayer(marker)) cluster.addLayer(marker);
      if (marker && !visible && cluster.hasLayer(marker)) cluster.removeLayer(marker);
      if (visible) shown++;
    }
    const count = this.querySelector('[data-count]');
    if (count) count.textContent = plural(this.#strings.count, shown, document.documentElement.lang);
    const url = new URL(location.href);
    if (topic) url.searchParams.set('topic', topic);
    else url.searchParams.delete('topic');
    history.replaceState(null, '', url);
  }

  /** Open the map on one entry's places (from an entry page's "show on map" link). */
  #focus(entryId: string | null): void {
    if (!entryId || !this.#map || !this.#cluster) return;
    const markers = this.#items()
      .filter((item) => item.dataset['entry'] === entryId)
      .map((item) => this.#markers.get(item.dataset['place'] ?? ''))
      .filter((marker): marker is Leaflet.CircleMarker => Boolean(marker));
    const first = markers[0];
    if (!first) return;
    this.#cluster.zoomToShowLayer(first, () => first.openPopup());
  }

  #setUpConsent(L: typeof Leaflet): void {
    const url = this.dataset['tileUrl'] ?? '';
    const box = this.querySelector<HTMLElement>('[data-consent]');
    const button = this.querySelector<HTMLButtonElement>('[data-consent-button]');
    if (!url || !box || !button || !this.#map) return;
    const map = this.#map;
    const apply = (allowed: boolean) => {
      if (allowed && !this.#tiles) {
        this.#tiles = L.tileLayer(url, { attribution: this.dataset['attribution'] ?? '', maxZoom: 19 }).addTo(map);
      } else if (!allowed && this.#tiles) {
        this.#tiles.remove();
        this.#tiles = undefined;
      }
      button.textContent = allowed ? this.#strings.consentRevoke : this.#strings.consentButton;
      button.setAttribute('aria-pressed', String(allowed));
    };
    apply(localStorage.getItem(consentKey) === 'yes');
    box.removeAttribute('data-pending');
    button.addEventListener('click', () => {
      const allowed = !this.#tiles;
      if (allowed) localStorage.setItem(consentKey, 'yes');
      else localStorage.removeItem(consentKey);
      apply(allowed);
    });
  }
}

customElements.define('lotse-map', LotseMap);
