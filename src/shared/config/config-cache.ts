/**
 * The service worker's cache of terminal-config.json (network-first: the last copy answers a
 * reload while the web server cannot). Named here for vite.config.ts and the page, which puts
 * the first copy in when the worker is installed.
 */
export const CONFIG_CACHE = 'terminal-config';
