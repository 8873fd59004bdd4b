import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useCustomerPickStore } from '../../shared/stores/customer-pick-store';
import { useOperatorStore } from '../../shared/stores/operator-store';
import { forgetCustomerData } from '../../shared/session/customer-data';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
import { RelationshipsScreen } from './relationships-screen';

async function open(customerNumber = '100', operator: string | null = '1042') {
  const till = await createTestTerminal();
  if (operator) useOperatorStore.getState().signOn(operator);
  const rendered = renderWithTerminal(
    <RelationshipsScreen customerNumber={customerNumber} />,
    till.terminal,
    `/crm/customers/${customerNumber}/relationships`,
  );
  const saves = () => till.calls.filter((c) => c.includes('saveCustomerRelationships'));
  return { ...till, ...rendered, saves };
}

/** Client Search handed back Ricky Gervais (00100) for Amelia (100), after the render (which starts a fresh till). */
function pickRicky() {
  const pick = useCustomerPickStore.getState();
  pick.start('relationship', { customerNumber: '100', name: 'Amelia Baldwin' }, '/x');
  pick.pick({ customerNumber: '00100', title: '', forename: 'Ricky', surname: 'Gervais' });
}

// The first render of a run loads the screen's modules cold on a busy machine.
const SLOW = { timeout: 5000 };
const list = () => screen.findByRole('list', { name: 'Relationships' }, SLOW);

afterEach(() => useOperatorStore.getState().signOff());

describe('Relationships', () => {
  it("lists Amelia's relationships with name, type and number; a tap opens that customer", async () => {
    const { user, location } = await open();
    expect(
      await screen.findByRole('heading', { name: /Relationships of Mrs Amelia Baldwin/ }, SLOW),
    ).toBeInTheDocument();
    const row = within(await list()).getByRole('button', { name: /No\. 7004/ });
    expect(row).toHaveTextContent(/Mrs Aspen Green\s*Assistant\s*No\. 7004/);
    await user.click(row);
    expect(location.history?.at(-1)).toBe('/crm/customers/7004');
  });

  it('Add asks Client Search for a pick, to come back here', async () => {
    const { user, location } = await open();
    await user.click(await screen.findByRole('button', { name: 'Add relationship' }, SLOW));
    expect(location.history?.at(-1)).toBe('/crm');
    expect(useCustomerPickStore.getState().request).toEqual({
      purpose: 'relationship',
      forCustomerNumber: '100',
      forName: 'Amelia Baldwin',
      returnPath: '/crm/customers/100/relationships',
    });
    forgetCustomerData();
    expect(useCustomerPickStore.getState().request).toBeNull();
  });

  it('the picked customer: choose the type, Save once however often tapped; both sides see it', async () => {
    const { user, saves } = await open();
    pickRicky();
    const editor = await screen.findByRole('region', { name: /Add Ricky Gervais/ }, SLOW);
    const save = within(editor).getByRole('button', { name: 'Save relationship' });
    await user.click(save);
    expect(within(editor).getByRole('alert')).toHaveTextContent(/Choose the relationship first/);
    expect(saves()).toHaveLength(0);
    await user.click(within(editor).getByRole('radio', { name: 'Sibling' }));
    await user.dblClick(save);
    const row = await within(await list()).findByRole('button', { name: /No\. 00100/ });
    expect(row).toHaveTextContent(/Sibling/);
    expect(saves()).toHaveLength(1);
    expect(screen.queryByRole('region', { name: /Add Ricky Gervais/ })).not.toBeInTheDocument();
    expect(useCustomerPickStore.getState().picked).toBeNull();
  });

  it('a server fault keeps the form; Try again sends the same pair and stores one record', async () => {
    const { user, sim, saves } = await open();
    pickRicky();
    sim.faults.set({ kind: 'soap-fault', count: 1, operation: 'saveCustomerRelationships' });
    const editor = await screen.findByRole('region', { name: /Add Ricky Gervais/ }, SLOW);
    await user.click(within(editor).getByRole('radio', { name: 'Spouse or partner' }));
    await user.click(within(editor).getByRole('button', { name: 'Save relationship' }));
    expect(
      await within(editor).findByRole('heading', { name: 'The CRM service reported a problem' }),
    ).toBeInTheDocument();
    expect(within(editor).getByRole('radio', { name: 'Spouse or partner' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await user.click(within(editor).getByRole('button', { name: 'Try again' }));
    expect(
      await within(await list()).findByRole('button', { name: /No\. 00100/ }),
    ).toHaveTextContent(/Spouse or partner/);
    expect(saves()).toHaveLength(2);
    expect(sim.relationships.savedCount).toBe(1);
    expect(sim.relationships.between('00100', '100')).toBe('SPOUSE');
  });

  it('an answer lost after the save was stored: Try again stores nothing more', async () => {
    const { user, sim } = await open();
    pickRicky();
    sim.faults.set({ kind: 'disconnect', count: 1, operation: 'saveCustomerRelationships' });
    const editor = await screen.findByRole('region', { name: /Add Ricky Gervais/ }, SLOW);
    await user.click(within(editor).getByRole('radio', { name: 'Parent' }));
    await user.click(within(editor).getByRole('button', { name: 'Save relationship' }));
    await user.click(await within(editor).findByRole('button', { name: 'Try again' }));
    await within(await list()).findByRole('button', { name: /No\. 00100/ });
    expect(sim.relationships.savedCount).toBe(1);
    expect(sim.relationships.between('00100', '100')).toBe('CHILD');
  });

  it('the server refusing a relation to oneself is said in the form, nothing saved', async () => {
    const { user, sim } = await open();
    const pick = useCustomerPickStore.getState();
    pick.start('relationship', { customerNumber: '100', name: 'Amelia Baldwin' }, '/x');
    pick.pick({ customerNumber: '100', title: 'Mrs', forename: 'Amelia', surname: 'Baldwin' });
    const editor = await screen.findByRole('region', { name: /Add Mrs Amelia Baldwin/ });
    await user.click(within(editor).getByRole('radio', { name: 'Other' }));
    await user.click(within(editor).getByRole('button', { name: 'Save relationship' }));
    expect(await within(editor).findByRole('alert')).toHaveTextContent(
      'A customer cannot be related to themselves.',
    );
    expect(sim.relationships.savedCount).toBe(0);
  });

  it('changes a type, and removes with a confirm, on both sides', async () => {
    const { user, sim } = await open();
    await user.click(await screen.findByRole('button', { name: 'Change the type of Aspen Green' }));
    const editor = screen.getByRole('region', { name: /Change Mrs Aspen Green/ });
    expect(within(editor).getByRole('radio', { name: 'Assistant' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await user.click(within(editor).getByRole('radio', { name: 'Sibling' }));
    await user.click(within(editor).getByRole('button', { name: 'Save relationship' }));
    await waitFor(() => expect(sim.relationships.between('7004', '100')).toBe('SIBLING'));
    expect(await within(await list()).findByText('Sibling')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Aspen Green' }));
    expect(sim.relationships.between('100', '7004')).toBe('SIBLING');
    await user.click(screen.getByRole('button', { name: 'Yes, remove Aspen Green' }));
    expect(await screen.findByText(/No relationships on file/)).toBeInTheDocument();
    expect(sim.relationships.between('7004', '100')).toBeNull();
  });

  it('with no operator signed on, shows the list and a sign-on, and no way to change it', async () => {
    const { user, location } = await open('100', null);
    await within(await list()).findByRole('button', { name: /No\. 7004/ });
    expect(screen.queryByRole('button', { name: 'Add relationship' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign on to change relationships' }));
    expect(location.history?.at(-1)).toBe(
      `/sign-on?then=${encodeURIComponent('/crm/customers/100/relationships')}`,
    );
  });
});
