import type { TerminalConfig } from '../shared/config/terminal-config';
import type { AccountBalanceService } from '../shared/enactor/account-balance-service/account-balance-service';
import type { RestEndpoint } from '../shared/enactor/loyalty-programme/rest-call';
import { isRetryable } from '../shared/enactor/errors';
import { Outbox } from '../shared/outbox/outbox';
import { defaultSerialiser } from '../shared/outbox/outbox-lock';
import { openIndexedDbStorage, type OutboxStorage } from '../shared/outbox/outbox-storage';
import { useOutboxStore } from '../shared/outbox/outbox-store';
import { explainError } from '../shared/errors/explain-error';
import { translate } from '../shared/i18n/i18n';
import type { AppMessageId } from './messages';

const t = translate<AppMessageId>;

/**
 * The till's outbox. Its database is named by mode and device, so a training till's updates
 * can never be sent to a live server, nor a live till's to the simulator.
 */
export async function startOutbox(
  config: TerminalConfig,
  accountBalanceService: AccountBalanceService,
  programmeEndpoint: RestEndpoint | null,
): Promise<Outbox> {
  const name = `enactor-outbox:${config.mode}:${config.deviceId}`;
  let storage: OutboxStorage;
  try {
    storage = await openIndexedDbStorage(name);
    // Best effort: ask the browser not to evict the outbox under storage pressure.
    void navigator.storage?.persist?.().catch(() => false);
  } catch {
    storage = (await import('../shared/outbox/outbox-memory-storage')).memoryStorage();
  }
  useOutboxStore.getState().setPersistent(storage.persistent);
  const outbox = new Outbox({
    storage,
    name,
    serialiser: await defaultSerialiser(storage, name),
    senders: {
      'balance-update': async ({ request }, signal) => {
        const result = await accountBalanceService.update(request, signal);
        return result.outcome === 'Success'
          ? {
              outcome: 'delivered',
              note: result.referenceId
                ? t('app.outbox.reference', { reference: result.referenceId })
                : t('app.outbox.applied'),
              balance: result.balance,
            }
          : { outcome: 'refused', message: result.message };
      },
      'loyalty-earn': async ({ request }, signal) => {
        // Configuration changed since it was stored: keep it, say why.
        if (!programmeEndpoint) return { outcome: 'refused', message: t('app.outbox.noProgramme') };
        // Loaded on first use: most tills award points rarely, and start-up stays small.
        const { createLoyaltyProgrammeClient } =
          await import('../shared/enactor/loyalty-programme/loyalty-programme-client');
        await createLoyaltyProgrammeClient(programmeEndpoint).earn(request, signal);
        return {
          outcome: 'delivered',
          note: t('app.outbox.reference', { reference: request.reference }),
          balance: null,
        };
      },
    },
    describeError: (error) => ({
      message: explainError(error).title,
      // Safe to send again whatever went wrong on the way: the server keys on the transaction.
      retryable: isRetryable(error),
    }),
    onChange: (entries) => useOutboxStore.getState().setEntries(entries),
    onStorageProblem: (problem) => useOutboxStore.getState().setStorageProblem(problem),
  });
  await outbox.start();
  // Fetched now, not at first paint: the first sale must not need the network for code.
  void import('../shared/enactor/account-balance-service/balance-update-codec').catch(
    () => undefined,
  );
  return outbox;
}
