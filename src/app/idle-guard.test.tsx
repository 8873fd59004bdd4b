import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TerminalConfig } from '../shared/config/terminal-config';
import { useCardStore } from '../shared/stores/card-store';
import { useOperatorStore } from '../shared/stores/operator-store';
import { createTestTerminal, renderWithTerminal } from '../testing/render';
import { IdleGuard } from './idle-guard';

/** A screen with something typed in its own state, as an unsaved form has. */
function Screen({ warning }: { warning: boolean }) {
  const [typed, setTyped] = useState('');
  return (
    <div data-warning={warning}>
      <p>Mrs Amelia Baldwin</p>
      <input aria-label="Note" value={typed} onChange={(e) => setTyped(e.target.value)} />
    </div>
  );
}

async function open(path: string, config: Partial<TerminalConfig> = {}) {
  const till = await createTestTerminal({ config });
  // Only the clock the guard reads: the simulator and the outbox run as they would.
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  const rendered = renderWithTerminal(
    <IdleGuard>{(warning) => <Screen warning={warning} />}</IdleGuard>,
    till.terminal,
    path,
  );
  return rendered;
}

const pass = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('Idle guard', () => {
  afterEach(() => {
    vi.useRealTimers();
    useOperatorStore.setState({ operatorId: null, asked: false });
  });

  it('warns after 120 s on a customer, counts 20 s down, then clears everything', async () => {
    const { location } = await open('/crm/customers/100');
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'half a note' } });
    useCardStore.getState().setCardNumber('14420000');
    pass(119_000);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    pass(1_000);
    const dialog = screen.getByRole('alertdialog', { name: 'Still serving this customer?' });
    expect(dialog).toHaveTextContent('clears the screen in 20 seconds');
    const keepGoing = screen.getByRole('button', { name: 'Keep going' });
    expect(keepGoing).toHaveFocus();
    // The till behind the warning cannot be used.
    expect(screen.getByText('Mrs Amelia Baldwin').closest('[inert]')).not.toBeNull();
    pass(5_000);
    expect(dialog).toHaveTextContent('clears the screen in 15 seconds');
    pass(15_000);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(location.history.at(-1)).toBe('/');
    expect(useCardStore.getState().cardNumber).toBeNull();
    // The screen was remounted: what was typed in it is gone.
    expect(screen.getByLabelText('Note')).toHaveValue('');
  });

  it('keep going: the customer stays, and a full 120 s starts again', async () => {
    const { location } = await open('/crm/customers/100');
    pass(120_000);
    fireEvent.click(screen.getByRole('button', { name: 'Keep going' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    pass(60_000);
    expect(location.history.at(-1)).toBe('/crm/customers/100');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    pass(60_000);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('a touch, key or wheel before the time is up starts the count again', async () => {
    await open('/crm/customers/100');
    for (const touch of [
      () => fireEvent.pointerDown(document.body),
      () => fireEvent.keyDown(document.body, { key: 'a' }),
      () => fireEvent.touchStart(document.body),
      () => fireEvent.wheel(document.body),
    ]) {
      pass(100_000);
      touch();
    }
    pass(100_000);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    pass(20_000);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('does not warn on the start screen with nothing on it', async () => {
    await open('/');
    pass(600_000);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('keeps the operator signed on, unless signOffOnIdle', async () => {
    useOperatorStore.setState({ operatorId: '1042', asked: true });
    await open('/accounts/200');
    pass(140_000);
    expect(useOperatorStore.getState().operatorId).toBe('1042');
    cleanup();
    vi.useRealTimers();

    await open('/accounts/200', { signOffOnIdle: true });
    pass(140_000);
    expect(useOperatorStore.getState().operatorId).toBeNull();
  });

  it('is off with idleTimeoutSeconds 0', async () => {
    await open('/crm/customers/100', { idleTimeoutSeconds: 0 });
    pass(3_600_000);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
