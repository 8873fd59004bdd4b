import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage, translate } from '../../shared/i18n/i18n';
import { contactMethodLabel, labelOf } from './crm-labels';
import type { CrmMessageId } from './messages';

const t = translate<CrmMessageId>;

describe('CRM words by language', () => {
  afterAll(() => activateLanguage('en-GB'));

  it("says the codes the CRM service sends in the till's language; an unknown one as spelt", async () => {
    await activateLanguage('fr-FR');
    expect([labelOf('PHONE_MOBILE'), labelOf('FEMALE'), labelOf('RETAIL')]).toEqual([
      'Portable',
      'Femme',
      'Particulier',
    ]);
    expect(contactMethodLabel('METHOD_POST')).toBe('Courrier');
    expect(labelOf('LOYAL_SHOPPERS')).toBe('Loyal shoppers');
    await activateLanguage('de-DE');
    expect(labelOf('ADDRESS_WORK')).toBe('Geschäftlich');
  });

  it('counts the fields to correct, and names the sort column inside the sentence', async () => {
    await activateLanguage('en-GB');
    expect(t('crm.form.correct', { count: 1 })).toMatch(/^Correct the field marked below/);
    expect(t('crm.form.correct', { count: 3 })).toMatch(/^Correct the 3 fields marked below/);
    expect(t('crm.sort.by', { column: 'town', direction: 'descending' })).toBe(
      'Sort by Town, descending',
    );
    await activateLanguage('fr-FR');
    expect(t('crm.form.correct', { count: 2 })).toMatch(/^Corrigez les 2 champs signalés/);
    expect(t('crm.sort.by', { column: 'postcode', direction: 'none' })).toBe(
      'Trier par code postal',
    );
    await activateLanguage('de-DE');
    expect(t('crm.details.phone', { type: 'Mobil', preferred: 'true' })).toBe(
      'Telefon (Mobil), bevorzugt',
    );
  });
});
