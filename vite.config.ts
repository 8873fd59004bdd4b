import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { linguiCatalogues } from './scripts/catalogue-plugin.ts';
import { phoneMetadata } from './scripts/phone-metadata-plugin.ts';
import {
  ANY_SERVER,
  contentSecurityPolicy,
  policyForConfigFile,
} from './scripts/content-security-policy.ts';
import { enactorSimulator } from './simulator/vite-plugin.ts';
import { CONFIG_CACHE } from './src/shared/config/config-cache.ts';
import { PHONE_PLAN_COUNTRIES } from './src/shared/country/countries.ts';

/**
 * TERMINAL_CONFIG_FILE=path serves that file as /terminal-config.json on the dev and preview
 * servers, so the end-to-end suite (or QA against a real server) picks its own settings
 * without rebuilding.
 */
function terminalConfigOverride(): Plugin {
  const file = process.env.TERMINAL_CONFIG_FILE;
  const mount = (server: ViteDevServer | PreviewServer) => {
    if (!file) return;
    server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
      if (req.url?.split('?')[0] !== '/terminal-config.json') return next();
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Cache-Control', 'no-store');
      res.end(readFileSync(file));
    });
  };
  return {
    name: 'terminal-config-override',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
/**
 * The built index.html carries the Content-Security-Policy every deployment gets (and no
 * referrer: paths hold customer numbers). Not in dev: React's fast refresh needs inline script.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy(ANY_SERVER, { meta: true }),
        },
        injectTo: 'head-prepend',
      },
      { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' }, injectTo: 'head' },
    ],
  };
}

/**
 * The till's own files, cached by a generated service worker (Workbox) so a till that reloads
 * with the network down still starts. Everything the build emits is precached (the decode
 * worker, the language catalogues, every lazy screen) except the training simulator, which a
 * live till never loads. terminal-config.json is not precached: it is fetched network-first,
 * the last copy answering when the web server cannot. Calls to Enactor are never cached.
 * A new deployment waits (prompt) until the till is idle: src/app/service-worker.ts.
 */
function offlineStart(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2}'],
      globIgnores: ['**/simulator-*.js', '**/in-page-*.js'],
      navigateFallback: 'index.html',
      // Only the app's own screens: never a service's path behind the store's proxy.
      navigateFallbackDenylist: [/^\/(axis2|Loyalty|__simulator)\//, /\.json$/],
      cleanupOutdatedCaches: true,
      // The first install takes the open page at once (there is nothing older to replace).
      clientsClaim: true,
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin && url.pathname.endsWith('/terminal-config.json'),
          handler: 'NetworkFirst',
          options: {
            cacheName: CONFIG_CACHE,
            networkTimeoutSeconds: 5,
            cacheableResponse: { statuses: [200] },
            // One entry whatever the query string: the last good configuration.
            matchOptions: { ignoreSearch: true },
          },
        },
      ],
    },
  });
}

// `vite preview` sends the header a store sends, for the config it serves (the e2e suite's),
// and for any server a journey swaps in by its own config (PREVIEW_ALSO_CONNECT, origins).
const previewConfigFile = process.env.TERMINAL_CONFIG_FILE ?? 'public/terminal-config.json';
const previewAlsoConnect = (process.env.PREVIEW_ALSO_CONNECT ?? '').split(' ').filter(Boolean);

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(version),
    __BUILD_DATE__: JSON.stringify(new Date().toISOString()),
  },
  plugins: [
    // Features shown at start-up have their words in the start-up chunk; every other
    // feature's load with its screens.
    linguiCatalogues({ atStartUp: ['customer-search'] }),
    phoneMetadata(PHONE_PLAN_COUNTRIES),
    react(),
    tailwindcss(),
    terminalConfigOverride(),
    contentSecurityPolicyMeta(),
    offlineStart(),
    enactorSimulator({ customers: Number(process.env.SIMULATOR_CUSTOMERS ?? 5000) }),
  ],
  preview: {
    headers: {
      'Content-Security-Policy': policyForConfigFile(previewConfigFile, previewAlsoConnect),
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    },
  },
  build: {
    target: 'es2022',
    // The budget (docs/BUDGET.md) is checked by npm run bench; warn here too.
    chunkSizeWarningLimit: 400,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'simulator/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['src/testing/setup-i18n.ts'],
        },
      },
      {
        // Screens and panels, rendered in jsdom against the in-page simulator.
        extends: true,
        test: {
          name: 'components',
          include: ['src/**/*.test.tsx'],
          environment: 'jsdom',
          // A screen driven click by click in jsdom: give it time on a loaded 2-core machine.
          testTimeout: 20_000,
          setupFiles: ['src/testing/setup-i18n.ts', 'src/testing/setup-components.ts'],
        },
      },
    ],
  },
});
