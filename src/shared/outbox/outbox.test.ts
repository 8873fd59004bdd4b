import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BalanceUpdateRequest } from '../domain/loyalty';
import { NetworkError, HttpStatusError } from '../enactor/errors';
import { Outbox } from './outbox';
import { leaseSerialiser } from './outbox-lease';
import type { OutboxEntry, SendResult } from './outbox-entry';
import { openIndexedDbStorage, type OutboxStorage } from './outbox-storage';

const request = (transactionId: string, updateAmount = 150): BalanceUpdateRequest => ({
  transactionId,
  deviceId: 'POS-01',
  locationId: '0005',
  account: { accountId: '200', accountType: 'customerLoyaltyAccount' },
  updateAmount,
  dateTimeUpdated: '2026-11-22T10:00:00Z',
  currencyId: 'GBP',
});

const entry = (transactionId: string, amount = 150) => ({
  id: `POS-01:${transactionId}`,
  payload: { kind: 'balance-update' as const, request: request(transactionId, amount) },
  summary: `+${amount} points`,
  subject: '200',
});

let dbCount = 0;
const outboxes: Outbox[] = [];

/** A till: one outbox over one database; `reopen` is a reload (same database, new outbox). */
async function till(
  send: (r: BalanceUpdateRequest, signal: AbortSignal) => Promise<SendResult>,
  db?: string,
) {
  const name = db ?? `outbox-test-${++dbCount}`;
  const storage: OutboxStorage = await openIndexedDbStorage(name);
  let entries: readonly OutboxEntry[] = [];
  const outbox = new Outbox({
    storage,
    name,
    serialiser: leaseSerialiser(storage, { ttlMs: 150, pollMs: 5 }),
    senders: {
      'balance-update': (payload, signal) => send(payload.request, signal),
      'loyalty-earn': () => Promise.reject(new Error('not in these tests')),
    },
    describeError: (error) => ({
      message: error instanceof Error ? error.message : String(error),
      retryable: !(error instanceof HttpStatusError) || error.retryable,
    }),
    onChange: (e) => {
      entries = e;
    },
    backoff: { baseMs: 5, maxMs: 20 },
  });
  outboxes.push(outbox);
  await outbox.start();
  return { outbox, name, storage, entries: () => entries };
}

const delivered = (balance = 6178): SendResult => ({
  outcome: 'delivered',
  note: 'Reference SIM-1',
  balance,
});

afterEach(async () => {
  for (const o of outboxes.splice(0)) await o.stop();
});

describe('outbox', () => {
  it('stores, sends and records the server balance', async () => {
    const send = vi.fn(async () => delivered());
    const t = await till(send);
    await t.outbox.enqueue(entry('1'));
    await vi.waitFor(() => expect(t.entries()[0]?.state).toBe('delivered'));
    expect(t.entries()[0]?.delivery).toMatchObject({ balance: 6178, note: 'Reference SIM-1' });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('a double tap (the same id twice, at once) is one entry and one send', async () => {
    const send = vi.fn(async () => delivered());
    const t = await till(send);
    const [a, b] = await Promise.all([t.outbox.enqueue(entry('7')), t.outbox.enqueue(entry('7'))]);
    expect(a.entry.id).toBe(b.entry.id);
    // One of the two stored it; the other was told it was already there.
    expect([a.added, b.added].sort()).toEqual([false, true]);
    await vi.waitFor(() => expect(t.entries()[0]?.state).toBe('delivered'));
    await t.outbox.drain();
    expect(t.entries()).toHaveLength(1);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('retries transport failures with backoff until the server answers', async () => {
    let calls = 0;
    const send = vi.fn(async () => {
      if (++calls < 4) throw new NetworkError('submitAccountBalanceUpdate');
      return delivered();
    });
    const t = await till(send);
    await t.outbox.enqueue(entry('2'));
    await vi.waitFor(() => expect(t.entries()[0]?.state).toBe('delivered'), { timeout: 2000 });
    expect(t.entries()[0]?.attempts).toBe(4);
    expect(send).toHaveBeenCalledTimes(4);
  });

  it('survives a reload: what was pending is still there and is sent once', async () => {
    const down = vi.fn(async (): Promise<SendResult> => {
      throw new NetworkError('submitAccountBalanceUpdate');
    });
    const first = await till(down);
    await first.outbox.enqueue(entry('3'));
    await vi.waitFor(() => expect(first.entries()[0]?.lastError).toContain('could not be reached'));
    await first.outbox.stop();
    first.storage.close();

    const up = vi.fn(async () => delivered());
    const second = await till(up, first.name);
    await vi.waitFor(() => expect(second.entries()[0]?.state).toBe('delivered'));
    expect(second.entries()).toHaveLength(1);
    expect(up).toHaveBeenCalledTimes(1);
  });

  it('sends again an entry a closed tab left on the wire (same key, so safe)', async () => {
    // A call that never answers, abandoned (as fetch is) when the tab goes.
    const hang = (_: BalanceUpdateRequest, signal: AbortSignal) =>
      new Promise<SendResult>((_, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const first = await till(hang);
    await first.outbox.enqueue(entry('4'));
    await vi.waitFor(() => expect(first.entries()[0]?.state).toBe('sending'));
    await first.outbox.stop();
    first.storage.close();

    const up = vi.fn(async () => delivered());
    const second = await till(up, first.name);
    await vi.waitFor(() => expect(second.entries()[0]?.state).toBe('delivered'));
    expect(up).toHaveBeenCalledTimes(1);
  });

  it('keeps a refusal for the cashier and does not retry it unless asked', async () => {
    let refuse = true;
    const send = vi.fn(async (): Promise<SendResult> =>
      refuse ? { outcome: 'refused', message: 'Account 200 is closed.' } : delivered(),
    );
    const t = await till(send);
    await t.outbox.enqueue(entry('5'));
    await vi.waitFor(() => expect(t.entries()[0]?.state).toBe('refused'));
    await new Promise((r) => setTimeout(r, 60));
    await t.outbox.retryNow();
    expect(send).toHaveBeenCalledTimes(1);
    expect(t.entries()[0]?.lastError).toBe('Account 200 is closed.');

    refuse = false;
    await t.outbox.retryNow(entry('5').id);
    await vi.waitFor(() => expect(t.entries()[0]?.state).toBe('delivered'));
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('an HTTP 400 is refused, not retried in a loop', async () => {
    const send = vi.fn(async (): Promise<SendResult> => {
      throw new HttpStatusError('submitAccountBalanceUpdate', 400, 'Bad Request');
    });
    const t = await till(send);
    await t.outbox.enqueue(entry('6'));
    await vi.waitFor(() => expect(t.entries()[0]?.state).toBe('refused'));
    await new Promise((r) => setTimeout(r, 60));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('hands out transaction ids that never repeat, even within one millisecond', async () => {
    const t = await till(async () => delivered());
    const ids = await Promise.all(Array.from({ length: 50 }, () => t.outbox.nextTransactionId()));
    expect(new Set(ids).size).toBe(50);
    expect(ids.every((id) => /^\d{13,}$/.test(id))).toBe(true);
    // A reload keeps counting from where it was.
    await t.outbox.stop();
    t.storage.close();
    const again = await till(async () => delivered(), t.name);
    const next = Number(await again.outbox.nextTransactionId());
    expect(next).toBeGreaterThan(Math.max(...ids.map(Number)));
  });
});
