/**
 * Registers the service worker and asks it to keep this page and the core pages of the
 * page's language (home, journeys, Leichte Sprache) for offline use. When it has done so it
 * sets `data-offline="ready"` on <html>, which tests wait for. Nothing leaves the site.
 */
import { serviceWorkerPath } from '#src/lib/paths.ts';

interface KeptMessage {
  type: 'kept';
  page: string;
}

async function keepOffline(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.register(serviceWorkerPath(), { scope: '/' });
  const ready = await navigator.serviceWorker.ready;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<KeptMessage>) => {
    if (event.data?.type === 'kept' && event.data.page === location.pathname) document.documentElement.dataset['offline'] = 'ready';
  });
  navigator.serviceWorker.startMessages();
  (ready.active ?? registration.active)?.postMessage({ type: 'keep', locale: document.documentElement.lang, page: location.pathname });
}

keepOffline().catch(() => {
  // Offline use is an extra; the page works without it (private mode, old browsers).
});
