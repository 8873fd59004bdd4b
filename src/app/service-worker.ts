import { registerSW } from 'virtual:pwa-register';
import { CONFIG_CACHE } from '../shared/config/config-cache';
import { CONFIG_FILE } from '../shared/config/config-error';
import type { TerminalConfig } from '../shared/config/terminal-config';

/** How often a till that never reloads asks the web server for a new deployment. */
const CHECK_EVERY_MS = 15 * 60_000;

export interface ServiceWorkerPlace {
  readonly supported: boolean;
  readonly secure: boolean;
  readonly built: boolean;
}

/** What the page does with what the worker reports (deployment-update.ts, fatal-error.tsx). */
export interface ServiceWorkerEvents {
  /** A new deployment is installed and waits; `activate` lets it take over. */
  readonly waiting: (activate: () => Promise<void>) => void;
  /** The new deployment controls the page, which still runs the old files. */
  readonly inControl: () => void;
  readonly failed: (error: unknown) => void;
}

/**
 * Whether this till runs with a service worker: a built app in a secure context (HTTPS, or
 * localhost). On a plain-HTTP LAN address the browser offers none and the till runs as it
 * always did; training mode never uses one (its simulator is in the page, nothing to cache).
 */
export function usesServiceWorker(config: TerminalConfig, place: ServiceWorkerPlace): boolean {
  return place.supported && place.secure && place.built && config.mode !== 'training';
}

/**
 * Registers the generated service worker (vite-plugin-pwa, prompt-style: a new deployment
 * waits for applyUpdateIfReady in deployment-update.ts). Loaded after start-up, on its own. In training, a
 * worker left by an earlier mode on this origin is removed.
 */
export async function startServiceWorker(
  config: TerminalConfig,
  events: ServiceWorkerEvents,
): Promise<void> {
  const place: ServiceWorkerPlace = {
    supported: 'serviceWorker' in navigator,
    secure: window.isSecureContext,
    built: import.meta.env.PROD,
  };
  if (!usesServiceWorker(config, place)) {
    if (place.supported && config.mode === 'training') {
      const registrations = await navigator.serviceWorker.getRegistrations();
      await Promise.all(registrations.map((r) => r.unregister()));
    }
    return;
  }
  const activate: () => Promise<void> = registerSW({
    // Installed for the first time: the app's files are cached; put the config beside them
    // (it was fetched before the worker existed), so the next start works offline too.
    onOfflineReady: () => void cacheConfig(),
    onNeedRefresh: () => events.waiting(() => activate()),
    onNeedReload: events.inControl,
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, CHECK_EVERY_MS);
    },
    onRegisterError: events.failed,
  });
}

async function cacheConfig(): Promise<void> {
  try {
    const cache = await caches.open(CONFIG_CACHE);
    await cache.add(
      new Request(`${import.meta.env.BASE_URL}${CONFIG_FILE}`, { cache: 'no-store' }),
    );
  } catch {
    // The next start, through the worker, caches it instead.
  }
}
