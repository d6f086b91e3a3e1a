// Makes the offline copy of the story in the page's language once the page has loaded, so it
// never competes with first paint; for a reader who saves data, only when asked
// (OfflineCopy.astro). Embeds inside other sites' pages do not: they keep no storage.
import { afterLoad } from '../lib/afterLoad.ts';

const savesData = (): boolean => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

export function registerServiceWorker(): void {
  const worker = document.documentElement.dataset.offlineWorker;
  const control = document.querySelector<HTMLElement>('[data-offline-copy]');
  if (!('serviceWorker' in navigator) || window.self !== window.top || worker === undefined || control === null) return;
  const url = new URL(worker, window.location.href);
  const ask = control.querySelector<HTMLButtonElement>('[data-offline-ask]')!;
  const status = control.querySelector<HTMLElement>('[data-offline-status]')!;
  const keep = () => {
    ask.hidden = true;
    status.textContent = control.dataset.saving ?? '';
    navigator.serviceWorker
      .register(url)
      .then(() => navigator.serviceWorker.ready)
      .then(() => (status.textContent = control.dataset.saved ?? ''))
      .catch(() => {
        status.textContent = control.dataset.failed ?? '';
        ask.hidden = false;
      });
  };
  afterLoad(() => {
    control.hidden = false;
    void navigator.serviceWorker.getRegistration(new URL('./', url).href).then((registration) => {
      if (registration !== undefined || !savesData()) return keep();
      ask.hidden = false;
      ask.addEventListener('click', keep);
    });
  });
}
