import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useClearCustomer } from '../../shared/session/customer-session';
import type { TerminalConfig } from '../../shared/config/terminal-config';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
import { CrmSearchScreen } from './crm-search-screen';

/** Another screen's trigger of the till's clear (Next customer, sign-off). */
function NextCustomer() {
  const clearCustomer = useClearCustomer();
  return (
    <button type="button" onClick={() => clearCustomer('next-customer')}>
      Next customer
    </button>
  );
}

async function searchBaldwin(config: Partial<TerminalConfig> = {}) {
  const till = await createTestTerminal({ config });
  const rendered = renderWithTerminal(
    <>
      <NextCustomer />
      <CrmSearchScreen />
    </>,
    till.terminal,
    '/crm',
  );
  const search = async () => {
    await rendered.user.type(screen.getByLabelText('Surname'), 'Baldwin');
    await rendered.user.click(screen.getByRole('button', { name: 'Search' }));
    const list = await screen.findByRole('list', { name: 'Clients found' });
    return within(
      within(list)
        .getByRole('button', { name: /^Mrs Amelia Baldwin.*No\. 100$/ })
        .closest('li')!,
    );
  };
  return { ...rendered, search };
}

describe('Client Search rows: contact details', () => {
  it('shows e-mail and phone partly hidden, whole for one row on tap, hidden again on a clear', async () => {
    const { user, search } = await searchBaldwin();
    let row = await search();
    expect(row.getByText('r•••@enactor.co.uk')).toBeInTheDocument();
    expect(row.getByText('•••• ••3795')).toBeInTheDocument();
    expect(row.queryByText('rasangi.desilva@enactor.co.uk')).not.toBeInTheDocument();
    expect(row.getByText('••••0000')).toBeInTheDocument();

    const reveal = row.getByRole('button', { name: 'Show e-mail and phone of Mrs Amelia Baldwin' });
    expect(reveal).toHaveAttribute('aria-pressed', 'false');
    await user.click(reveal);
    expect(reveal).toHaveAttribute('aria-pressed', 'true');
    expect(row.getByText('rasangi.desilva@enactor.co.uk')).toBeInTheDocument();
    expect(row.getByText('078 1839 3795')).toBeInTheDocument();
    // The card number stays masked whatever is shown.
    expect(screen.queryByText('14420000')).not.toBeInTheDocument();
    await user.click(reveal);
    expect(row.getByText('r•••@enactor.co.uk')).toBeInTheDocument();

    await user.click(row.getByRole('button', { name: /Show e-mail and phone/ }));
    await user.click(screen.getByRole('button', { name: 'Next customer' }));
    // The criteria went with the clear; the same search again starts hidden.
    expect(screen.queryByRole('list', { name: 'Clients found' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Surname')).toHaveValue('');
    row = await search();
    expect(row.getByText('r•••@enactor.co.uk')).toBeInTheDocument();
  });

  it('with maskContactDetails off, shows them whole and offers nothing to tap', async () => {
    const { search } = await searchBaldwin({ maskContactDetails: false });
    const row = await search();
    expect(row.getByText('rasangi.desilva@enactor.co.uk')).toBeInTheDocument();
    expect(row.getByText('078 1839 3795')).toBeInTheDocument();
    expect(row.queryByRole('button', { name: /Show e-mail/ })).not.toBeInTheDocument();
  });
});
