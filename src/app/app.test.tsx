import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useOperatorStore } from '../shared/stores/operator-store';
import { useSelectionStore } from '../shared/stores/selection-store';
import { i18n } from '../shared/i18n/i18n';
import { I18nProvider } from '../shared/i18n/messages';
import { createTestTerminal } from '../testing/render';
import { App } from './app';

// A lazy screen's first showing waits for its module, which vitest transforms on first use.
const LAZY = { timeout: 5000 };

/** Browser Back; resolves with the path it reached, before the app has answered it. */
const back = () =>
  new Promise<string>((resolve) => {
    window.addEventListener('popstate', () => resolve(location.pathname), {
      once: true,
      capture: true,
    });
    history.back();
  });

/** The whole app on the browser's own history (jsdom's), as a till runs it. */
async function start() {
  const till = await createTestTerminal();
  const user = userEvent.setup();
  render(
    <I18nProvider i18n={i18n}>
      <App terminal={till.terminal} />
    </I18nProvider>,
  );
  return { ...till, user };
}

describe('The till: sign-on, the clear, and history', () => {
  beforeEach(() => {
    sessionStorage.clear();
    useOperatorStore.setState({ operatorId: null, asked: false });
    history.replaceState(null, '', '/');
  });

  it('asks for an operator at the start, shows them in the header, and signing off clears the customer everywhere', async () => {
    const { user, calls } = await start();
    await screen.findByRole('heading', { name: 'Who is at the till?' }, LAZY);
    const keypad = within(screen.getByRole('group', { name: 'Numeric keypad' }));
    for (const key of '1042') await user.click(keypad.getByRole('button', { name: key }));
    await user.click(screen.getByRole('button', { name: 'Sign on' }));
    const header = () => within(document.querySelector('header')!);
    expect(header().getByText(/Operator/)).toHaveTextContent('Operator 1042');

    await user.type(await screen.findByRole('searchbox'), 'amelia bald{Enter}');
    // The term is not in the URL.
    expect(location.search).toBe('');
    await user.click(await screen.findByRole('button', { name: /Amelia Baldwin/ }));
    expect(location.pathname).toBe('/customers/100');
    expect(
      await screen.findByRole('heading', { name: 'Mrs Amelia Baldwin' }, LAZY),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Client details' }));
    await screen.findByRole('heading', { name: 'Personal details' }, LAZY);
    expect(location.pathname).toBe('/crm/customers/100');

    await user.click(header().getByRole('button', { name: 'Operator 1042 Sign off' }));
    // Back at the start, asking the next operator; nothing of Amelia anywhere.
    await screen.findByRole('heading', { name: 'Who is at the till?' });
    expect(location.pathname).toBe('/');
    expect(useOperatorStore.getState().operatorId).toBeNull();
    expect(useSelectionStore.getState().customer).toBeNull();
    expect(screen.queryByText(/Amelia/)).not.toBeInTheDocument();
    expect(header().getByRole('link', { name: 'Sign on' })).toBeVisible();

    // The clear replaced the details' entry; Back reaches the customer's page before it, which
    // shows nothing and becomes the start screen, then the search she was found by.
    const asked = calls.length;
    for (const entry of ['/customers/100', '/']) {
      const popped = back();
      expect(await popped).toBe(entry);
      await waitFor(() => expect(location.pathname).toBe('/'));
      expect(screen.queryByText(/Amelia/)).not.toBeInTheDocument();
    }
    // Nor was she asked for again.
    expect(calls.slice(asked)).toEqual([]);
  });

  it('a deep link to a customer still opens (customer numbers in paths are fine)', async () => {
    history.replaceState(null, '', '/crm/customers/100');
    await start();
    expect(
      await screen.findByRole('heading', { name: 'Personal details' }, LAZY),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mrs Amelia Baldwin');
  });
});
