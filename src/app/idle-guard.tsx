import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { routes } from '../shared/routes';
import { customerDataHeld } from '../shared/session/customer-data';
import { useClearCustomer } from '../shared/session/customer-session';
import { IdleTimer } from '../shared/session/idle-timer';
import { useTerminal } from '../shared/terminal/terminal-context';
import { RichT, useT } from '../shared/i18n/messages';
import type { AppMessageId } from './messages';

/** WCAG 2.2.1: at least 20 s to say "keep going" with one action. */
export const IDLE_WARNING_MS = 20_000;

const ACTIVITY = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

/** Screens that show nothing personal by themselves (the rest may). */
const IMPERSONAL = new Set<string>([routes.customerSearch, routes.outbox, routes.signOn]);

/**
 * After `idleTimeoutSeconds` with no touch, key or scan (a scanner types keys), a full-screen
 * warning counts down 20 s with one big button to keep going; then the customer is cleared.
 * It does not warn while nothing personal is on the till (the start screen with no search)
 * or while a write is on its way (its answer is let arrive first). `children(warning)`: the
 * app behind the warning, inert while it shows.
 */
export function IdleGuard({ children }: { children: (warning: boolean) => ReactNode }) {
  const { config } = useTerminal();
  const queryClient = useQueryClient();
  const clearCustomer = useClearCustomer();
  const [location] = useLocation();
  const [deadline, setDeadline] = useState<number | null>(null);
  const timer = useRef<IdleTimer | null>(null);
  const where = useRef(location);
  useEffect(() => {
    where.current = location;
  }, [location]);

  useEffect(() => {
    if (config.idleTimeoutSeconds === 0) return;
    const somethingToClear = () =>
      !IMPERSONAL.has(where.current) ||
      customerDataHeld() ||
      queryClient
        .getQueryCache()
        .getAll()
        .some((q) => q.state.data !== undefined);
    const idle = new IdleTimer({
      idleMs: config.idleTimeoutSeconds * 1000,
      warningMs: IDLE_WARNING_MS,
      shouldWarn: () => queryClient.isMutating() === 0 && somethingToClear(),
      onWarn: setDeadline,
      onKeepGoing: () => setDeadline(null),
      onExpire: () => {
        setDeadline(null);
        clearCustomer('idle');
      },
    });
    const onActivity = () => idle.activity();
    for (const type of ACTIVITY)
      window.addEventListener(type, onActivity, { capture: true, passive: true });
    idle.start();
    timer.current = idle;
    return () => {
      idle.stop();
      timer.current = null;
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [config.idleTimeoutSeconds, queryClient, clearCustomer]);

  const warning = deadline !== null;
  return (
    <>
      <div inert={warning}>{children(warning)}</div>
      {warning && (
        <IdleWarning deadline={deadline} onKeepGoing={() => timer.current?.keepGoing()} />
      )}
    </>
  );
}

function IdleWarning({ deadline, onKeepGoing }: { deadline: number; onKeepGoing: () => void }) {
  const [now, setNow] = useState(Date.now);
  const t = useT<AppMessageId>();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, []);
  const seconds = Math.max(0, Math.ceil((deadline - now) / 1000));
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
      className="fixed inset-0 z-50 flex flex-col items-center justify-center gap-8 bg-slate-950/95 p-8 text-center text-white"
    >
      <h2 id="idle-title" className="text-4xl font-bold">
        {t('app.idle.title')}
      </h2>
      <p id="idle-text" className="max-w-3xl text-2xl">
        <RichT<AppMessageId>
          id="app.idle.message"
          values={{ seconds }}
          components={{
            0: <span data-testid="idle-seconds" className="font-black tabular-nums" />,
          }}
        />
      </p>
      <button
        ref={button}
        type="button"
        onClick={onKeepGoing}
        className="min-h-24 min-w-96 rounded-2xl bg-white px-12 text-4xl font-bold text-slate-950 hover:bg-blue-50 focus-visible:outline-8 focus-visible:outline-offset-4 focus-visible:outline-blue-400 active:bg-blue-100"
      >
        {t('app.idle.keepGoing')}
      </button>
    </div>
  );
}
