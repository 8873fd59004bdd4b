import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage, translate } from '../../shared/i18n/i18n';
import { dayOfYear, monthName } from './labels';
import type { CrmPreferencesMessageId } from './messages';

const t = translate<CrmPreferencesMessageId>;

describe('clienteling words by language', () => {
  afterAll(() => activateLanguage('en-GB'));

  it('names days and months in the till locale', () => {
    expect(dayOfYear(2, 3, 1987, 'en-GB')).toBe('3 February 1987');
    expect(dayOfYear(6, 14, null, 'fr-FR')).toBe('14 juin');
    expect(dayOfYear(2, 29, null, 'de-DE')).toBe('29. Februar');
    expect(monthName(8, 'fr-FR')).toBe('août');
    expect(monthName(3, 'de-DE', 'short')).toBe('Mär');
  });

  it('counts days and changes with the plural rules of each language', async () => {
    const days = (n: number) => t('crm-preferences.inDays', { days: n });
    const unsaved = (n: number) => t('crm-preferences.preferences.unsaved', { count: n });
    await activateLanguage('en-GB');
    expect([days(0), days(1), days(5)]).toEqual(['today', 'tomorrow', 'in 5 days']);
    expect([unsaved(1), unsaved(3)]).toEqual(['1 change not saved', '3 changes not saved']);
    await activateLanguage('fr-FR');
    expect([days(0), days(1), days(5)]).toEqual(["aujourd'hui", 'demain', 'dans 5 jours']);
    expect(unsaved(1)).toBe('1 modification non enregistrée');
    expect(t('crm-preferences.keyDate.reminder', { days: 1 })).toBe('Rappel 1 jour avant');
    await activateLanguage('de-DE');
    expect([days(1), days(5)]).toEqual(['morgen', 'in 5 Tagen']);
    expect(t('crm-preferences.keyDate.days', { days: 1 })).toBe('1 Tag');
    expect(
      t('crm-preferences.keyDate.noSuchDay', { day: 31, month: 'Februar', year: 'none' }),
    ).toBe('Den 31. Februar gibt es nicht.');
  });
});
