import { Component, type ReactNode } from 'react';
import { create } from 'zustand';
import type { DiagnosticsLog } from '../shared/diagnostics/diagnostics-log';
import { useT } from '../shared/i18n/messages';
import type { AppMessageId } from './messages';

/**
 * Errors that escape a screen: recorded for the help desk (scrubbed, see the diagnostics log)
 * and, when the till cannot carry on, a friendly full screen with Reload, never a blank page.
 * Errors before the log is open (start-up) are kept and written once it is.
 */
let sink: DiagnosticsLog | null = null;
const early: { source: string; error: unknown }[] = [];

export function attachDiagnostics(log: DiagnosticsLog): void {
  sink = log;
  for (const { source, error } of early.splice(0)) record(source, error);
}

function record(source: string, error: unknown): void {
  const e = error instanceof Error ? error : new Error(String(error));
  if (!sink) {
    early.push({ source, error });
    return;
  }
  void sink.record({ type: 'uncaught', source, name: e.name, message: e.message });
}

const useFatal = create<{ failed: boolean }>()(() => ({ failed: false }));

/** Records the error; `fatal` also puts the friendly screen over the till. */
export function reportError(source: string, error: unknown, fatal = true): void {
  record(source, error);
  if (fatal) useFatal.setState({ failed: true });
}

// Chromium reports these through window.onerror although nothing is wrong.
const BENIGN = /ResizeObserver loop/;

/** The window's `error` and `unhandledrejection`: what no boundary or promise caught. */
export function installGlobalErrorHandlers(): void {
  window.addEventListener('error', (event) => {
    if (BENIGN.test(event.message)) return;
    reportError('window', event.error ?? event.message);
  });
  window.addEventListener('unhandledrejection', (event) =>
    reportError('unhandled-promise', event.reason),
  );
}

export function FatalErrorScreen() {
  const t = useT<AppMessageId>();
  return (
    <div
      role="alert"
      className="fixed inset-0 z-50 flex flex-col items-center justify-center gap-6 bg-slate-900 p-8 text-center text-white"
    >
      <h1 className="text-4xl font-bold">{t('app.fatal.title')}</h1>
      <p className="max-w-2xl text-xl">{t('app.fatal.message')}</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="min-h-14 min-w-40 rounded-lg bg-white px-8 text-2xl font-bold text-slate-900 focus-visible:outline-4 focus-visible:outline-blue-400"
      >
        {t('app.reload')}
      </button>
    </div>
  );
}

/** Shows the friendly screen once a fatal error has been reported (window, promise, root). */
export function FatalErrorOverlay() {
  const failed = useFatal((s) => s.failed);
  return failed ? <FatalErrorScreen /> : null;
}

/**
 * The top-level boundary: a screen that throws while rendering ends here (React's root
 * `onCaughtError` records it).
 */
export class RootErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <FatalErrorScreen /> : this.props.children;
  }
}
