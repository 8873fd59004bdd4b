/** Set by vite.config.ts at build time: which build a till is running (Diagnostics). */
declare const __APP_VERSION__: string;
declare const __BUILD_DATE__: string;
