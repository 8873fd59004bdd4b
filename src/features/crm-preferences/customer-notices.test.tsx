import { act, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerSummary } from '../../shared/domain/customer';
import { useOperatorStore } from '../../shared/stores/operator-store';
import { useSelectionStore } from '../../shared/stores/selection-store';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
import { AlertNotesBanner, UpcomingKeyDate } from './customer-notices';
import { useDismissedAlerts } from './dismissed-alerts-store';

afterEach(() => {
  useOperatorStore.getState().signOff();
  useDismissedAlerts.getState().forget();
  useSelectionStore.getState().clear();
});

const ALERT = 'Alterations ready for collection: offer them before the sale.';

/** The two panels as a screen shows them, for whichever customer `show` opens next. */
async function render(customerNumber: string) {
  const till = await createTestTerminal();
  let open: (n: string) => void = () => undefined;
  function Screen() {
    const [n, setN] = useState(customerNumber);
    open = setN;
    return (
      <>
        <AlertNotesBanner customerNumber={n} />
        <UpcomingKeyDate customerNumber={n} />
      </>
    );
  }
  const rendered = renderWithTerminal(<Screen />, till.terminal);
  return { ...till, ...rendered, show: (n: string) => act(() => open(n)) };
}

describe('the alert banner', () => {
  it('shows an alert note the moment the customer is opened, until dismissed for the visit', async () => {
    const { user, show, sim } = await render('7004');
    const banner = await screen.findByRole('alert', { name: 'Customer alert' });
    expect(banner).toHaveTextContent(ALERT);
    expect(banner).toHaveTextContent(/Alert from ASSOC12/);
    await user.click(within(banner).getByRole('button', { name: 'Dismiss for this visit' }));
    expect(screen.queryByRole('alert', { name: 'Customer alert' })).not.toBeInTheDocument();
    // Client Details of the same customer, a moment later: still dismissed.
    show('100');
    show('7004');
    // Another customer was opened in between: a new visit shows it again.
    expect(await screen.findByRole('alert', { name: 'Customer alert' })).toHaveTextContent(ALERT);
    expect(sim.clienteling.notes.counts('7004')).toEqual({ saved: 0, writes: 0 });
  });

  it('stays dismissed on the same customer, and comes back once the customer is cleared', async () => {
    const { user, show } = await render('7004');
    act(() =>
      useSelectionStore.getState().selectCustomer({ customerNumber: '7004' } as CustomerSummary),
    );
    await user.click(await screen.findByRole('button', { name: 'Dismiss for this visit' }));
    show('7004');
    expect(screen.queryByRole('alert', { name: 'Customer alert' })).not.toBeInTheDocument();
    act(() => useSelectionStore.getState().clear());
    expect(await screen.findByRole('alert', { name: 'Customer alert' })).toBeInTheDocument();
  });

  it('shows nothing for a customer with no alert', async () => {
    const { calls } = await render('100');
    await screen.findByRole('list', { name: 'Upcoming key dates' });
    expect(calls.filter((c) => c.endsWith('urn:getCustomerNotes'))).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the alerts could not be checked, and checks again', async () => {
    const till = await createTestTerminal();
    till.sim.faults.set({ kind: 'soap-fault', count: 2, operation: 'getCustomerNotes' });
    const { user } = renderWithTerminal(<AlertNotesBanner customerNumber="7004" />, till.terminal);
    expect(await screen.findByText(/Could not check this customer's alerts/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await user.click(await screen.findByRole('button', { name: 'Check again' }));
    expect(await screen.findByRole('alert', { name: 'Customer alert' })).toHaveTextContent(ALERT);
  });
});

describe('the key-date reminder', () => {
  it('shows dates within their reminder: "Anniversary in 5 days"', async () => {
    await render('7004');
    const upcoming = await screen.findByRole('list', { name: 'Upcoming key dates' });
    expect(
      within(upcoming)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringMatching(/^Anniversary in 5 days \(\d+ \w+ · Wedding anniversary\)$/)]);
  });

  it('names an occasion by its description, and shows nothing when none is near', async () => {
    const { show, queryClient } = await render('100');
    expect(await screen.findByRole('list', { name: 'Upcoming key dates' })).toHaveTextContent(
      /Sister’s wedding in 10 days/,
    );
    show('00100');
    await waitFor(() =>
      expect(queryClient.getQueryState(['clienteling', 'key-dates', '00100'])?.status).toBe(
        'success',
      ),
    );
    expect(screen.queryByRole('list', { name: 'Upcoming key dates' })).not.toBeInTheDocument();
  });
});
