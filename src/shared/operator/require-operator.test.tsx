import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
import { useOperatorStore } from '../stores/operator-store';
import { RequireOperator } from './require-operator';

async function open() {
  const till = await createTestTerminal();
  return renderWithTerminal(
    <RequireOperator label="Sign on to add notes">
      {(id) => <p>Writing as operator {id}</p>}
    </RequireOperator>,
    till.terminal,
    '/crm/customers/100/notes',
  );
}

describe('RequireOperator', () => {
  beforeEach(() => {
    useOperatorStore.setState({ operatorId: null, asked: true });
  });

  it('says why an operator is needed, and signs on then comes back here', async () => {
    const { user, location } = await open();
    expect(screen.queryByText(/Writing as/)).not.toBeInTheDocument();
    expect(screen.getByText(/records who makes this change/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign on to add notes' }));
    expect(location.history.at(-1)).toBe('/sign-on?then=%2Fcrm%2Fcustomers%2F100%2Fnotes');
  });

  it('gives the write the operator signed on', async () => {
    useOperatorStore.setState({ operatorId: '1042' });
    await open();
    expect(screen.getByText('Writing as operator 1042')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sign on/ })).not.toBeInTheDocument();
  });
});
