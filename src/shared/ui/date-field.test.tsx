// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage, i18n } from '../i18n/i18n';
import { I18nProvider } from '../i18n/messages';
import { DateField } from './date-field';

function Birthday({ initial = '', onValue }: { initial?: string; onValue?: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="Date of birth"
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue?.(v);
      }}
      max="2026-07-02"
      openAt="1996-01-01"
    />
  );
}

const show = (node: React.ReactNode) => render(<I18nProvider i18n={i18n}>{node}</I18nProvider>);

describe('DateField', () => {
  afterEach(async () => {
    cleanup();
    await activateLanguage('en-GB');
  });

  it('is found by its label, and a year, a month and a day pick the date', async () => {
    await activateLanguage('en-GB');
    const picked: string[] = [];
    show(<Birthday onValue={(v) => picked.push(v)} />);
    const field = screen.getByRole('button', { name: 'Date of birth Choose a date' });
    fireEvent.click(field);
    const dialog = screen.getByRole('dialog', { name: 'Date of birth' });
    const group = (name: string) => within(dialog).getByRole('radiogroup', { name });
    expect(
      within(group('Year')).getByRole('radio', { name: '1996' }).getAttribute('aria-checked'),
    ).toBe('true');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Earlier years' }));
    fireEvent.click(within(group('Year')).getByRole('radio', { name: '1987' }));
    fireEvent.click(within(group('Month')).getByRole('radio', { name: 'February' }));
    // February 1987 has 28 days, and began on a Sunday: six blanks before it in a Monday week.
    expect(within(group('Day')).getAllByRole('radio')).toHaveLength(28);
    fireEvent.click(within(group('Day')).getByRole('radio', { name: '3 February 1987' }));
    expect(picked).toEqual(['1987-02-03']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Date of birth 3 February 1987' })).toBe(
      document.activeElement,
    );
  });

  it("speaks the till's language whatever the browser's, with its first day of the week", async () => {
    expect(navigator.language).toMatch(/^en/);
    await activateLanguage('fr-FR');
    show(<Birthday initial="1987-02-03" />);
    fireEvent.click(screen.getByRole('button', { name: 'Date of birth 3 février 1987' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('radiogroup', { name: 'Mois' })).toBeTruthy();
    expect(within(dialog).getByRole('radio', { name: 'février' }).textContent).toBe('févr.');
    expect(
      within(dialog).getByRole('radio', { name: '3 février 1987' }).getAttribute('aria-checked'),
    ).toBe('true');
    expect(dialog.querySelector('abbr')?.getAttribute('title')).toBe('lundi');
    cleanup();
    await activateLanguage('en-US');
    show(<Birthday initial="1987-02-03" />);
    fireEvent.click(screen.getByRole('button', { name: 'Date of birth February 3, 1987' }));
    expect(screen.getByRole('dialog').querySelector('abbr')?.getAttribute('title')).toBe('Sunday');
  });

  it('offers no date after the maximum, and can clear or cancel', async () => {
    const picked: string[] = [];
    show(<Birthday initial="2026-06-30" onValue={(v) => picked.push(v)} />);
    fireEvent.click(screen.getByRole('button', { name: /^Date of birth/ }));
    const dialog = screen.getByRole('dialog');
    const year = within(dialog).getByRole('radiogroup', { name: 'Year' });
    expect((within(year).getByRole('radio', { name: '2027' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(
      (within(dialog).getByRole('radio', { name: 'August' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(within(dialog).getByRole('radio', { name: 'July' }));
    expect(
      (within(dialog).getByRole('radio', { name: '3 July 2026' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(
      (within(dialog).getByRole('radio', { name: '2 July 2026' }) as HTMLButtonElement).disabled,
    ).toBe(false);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Date of birth/ }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'No date' }));
    expect(picked).toEqual(['']);
    expect(screen.getByRole('button', { name: 'Date of birth Choose a date' })).toBeTruthy();
  });
});
