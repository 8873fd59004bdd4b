/**
 * The terminal's Content-Security-Policy. The built app has no inline script, no eval and
 * no inline style sheet, so scripts and styles come only from its own files.
 *
 * Two copies apply together (a browser enforces every policy it is given):
 * - a `<meta http-equiv>` in the built index.html, so every deployment gets it. It cannot know
 *   the store's Enactor servers (they are in terminal-config.json, read at run time), so its
 *   `connect-src` allows any http(s) origin; and a meta policy cannot carry `frame-ancestors`.
 * - the header the store's web server sends, from this module's CLI, with `connect-src`
 *   narrowed to the origins in the store's terminal-config.json and `frame-ancestors 'none'`:
 *
 *     npx tsx scripts/content-security-policy.ts /path/to/terminal-config.json
 *
 * `vite preview` (the end-to-end suite) sends that header for the config it serves.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** What the meta policy lets the page call: its own origin and any http(s) server. */
export const ANY_SERVER = ["'self'", 'https:', 'http:'] as const;

export function contentSecurityPolicy(
  connectSrc: readonly string[],
  { meta = false }: { meta?: boolean } = {},
): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${connectSrc.join(' ')}`,
    // The decode worker and the service worker (sw.js, which caches the app's own files).
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // Only a header can say who may frame the till (a meta policy ignores it).
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
}

/**
 * `connect-src` for a terminal-config.json: the terminal's own origin (the config, and services
 * given as paths behind the store's proxy) plus the origin of every absolute service URL.
 */
export function connectSources(config: unknown): string[] {
  const urls: unknown[] = [];
  if (config && typeof config === 'object') {
    const { services, loyaltyProgramme } = config as Record<string, unknown>;
    if (services && typeof services === 'object') urls.push(...Object.values(services));
    if (loyaltyProgramme && typeof loyaltyProgramme === 'object')
      urls.push((loyaltyProgramme as Record<string, unknown>).baseUrl);
  }
  const origins = urls
    .filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u))
    .map((u) => new URL(u).origin);
  return ["'self'", ...new Set(origins)];
}

/** The header for a config file; `alsoConnect`: origins of servers the config does not name. */
export function policyForConfigFile(file: string, alsoConnect: readonly string[] = []): string {
  const sources = connectSources(JSON.parse(readFileSync(file, 'utf8')));
  return contentSecurityPolicy([...sources, ...alsoConnect.filter((o) => !sources.includes(o))]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npx tsx scripts/content-security-policy.ts path/to/terminal-config.json');
    process.exit(2);
  }
  console.log(`Content-Security-Policy: ${policyForConfigFile(file)}`);
}
