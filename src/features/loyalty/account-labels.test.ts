import { afterAll, describe, expect, it } from 'vitest';
import { LOYALTY_ACCOUNT_TYPE } from '../../shared/domain/loyalty';
import { activateLanguage } from '../../shared/i18n/i18n';
import { accountTypeLabel, contactMethodLabel, formatBalance } from './account-labels';

const points = (amount: number, locale: string) =>
  formatBalance(amount, LOYALTY_ACCOUNT_TYPE, 'GBP', locale);

describe('account labels in the till language', () => {
  afterAll(() => activateLanguage('en-GB'));

  it('counts points as each language does, figures in its own format', async () => {
    await activateLanguage('en-GB');
    expect([0, 1, -1, 2, 6028].map((n) => points(n, 'en-GB'))).toEqual([
      '0 points',
      '1 point',
      '-1 point',
      '2 points',
      '6,028 points',
    ]);
    await activateLanguage('fr-FR');
    // French counts 0 and 1 as singular; thousands are split by a narrow no-break space.
    expect([0, 1, 2, 6028].map((n) => points(n, 'fr-FR'))).toEqual([
      '0 point',
      '1 point',
      '2 points',
      '6\u202f028 points',
    ]);
    await activateLanguage('de-DE');
    expect([1, 2, 6028].map((n) => points(n, 'de-DE'))).toEqual([
      '1 Punkt',
      '2 Punkte',
      '6.028 Punkte',
    ]);
  });

  it('names account types and contact methods, and leaves unknown codes as the server sent them', async () => {
    await activateLanguage('de-DE');
    expect(accountTypeLabel(LOYALTY_ACCOUNT_TYPE)).toBe('Treuekonto');
    expect(contactMethodLabel('METHOD_SMS')).toBe('SMS');
    expect(accountTypeLabel('giftCardAccount')).toBe('giftCardAccount');
    await activateLanguage('fr-FR');
    expect(contactMethodLabel('METHOD_POST')).toBe('Courrier');
    expect(formatBalance(1234, 'customerCreditAccount', 'EUR', 'fr-FR')).toBe('12,34\u00a0€');
  });
});
