import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useCardStore } from '../../shared/stores/card-store';
import { useOperatorStore } from '../../shared/stores/operator-store';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
import { SignOnScreen } from './sign-on-screen';

async function open(path = '/sign-on', startOfShift = false) {
  const till = await createTestTerminal();
  return {
    ...till,
    ...renderWithTerminal(<SignOnScreen startOfShift={startOfShift} />, till.terminal, path),
  };
}

const keypad = () => within(screen.getByRole('group', { name: 'Numeric keypad' }));

async function tap(user: Awaited<ReturnType<typeof open>>['user'], keys: string) {
  for (const key of keys) await user.click(keypad().getByRole('button', { name: key }));
}

describe('Operator sign-on', () => {
  beforeEach(() => {
    useOperatorStore.setState({ operatorId: null, asked: false });
  });

  it('signs operator 1042 on from the keypad, for this browser session only', async () => {
    const { user, location } = await open('/', true);
    expect(screen.getByRole('heading', { name: 'Who is at the till?' })).toBeInTheDocument();
    await tap(user, '1042');
    expect(screen.getByLabelText('Operator id')).toHaveValue('1042');
    await user.click(screen.getByRole('button', { name: 'Sign on' }));
    expect(useOperatorStore.getState()).toMatchObject({ operatorId: '1042', asked: true });
    expect(JSON.parse(sessionStorage.getItem('enactor-terminal:operator')!)).toMatchObject({
      state: { operatorId: '1042' },
    });
    expect(localStorage.length).toBe(0);
    expect(location.history.at(-1)).toBe('/');
  });

  it('refuses an empty or too long id, and says what one is', async () => {
    const { user } = await open();
    await user.click(keypad().getByRole('button', { name: 'Enter' }));
    expect(screen.getByRole('alert')).toHaveTextContent('1 to 12 digits');
    expect(screen.getByLabelText('Operator id')).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByLabelText('Operator id'), 'ab12345678901234{Enter}');
    // Letters never reach the field, and it stops at 12 digits.
    expect(screen.getByLabelText('Operator id')).toHaveValue('123456789012');
    expect(useOperatorStore.getState().operatorId).toBe('123456789012');
  });

  it('can be skipped at the start of a shift: looking customers up needs no operator', async () => {
    const { user } = await open('/', true);
    await user.click(screen.getByRole('button', { name: 'Skip, look up customers only' }));
    expect(useOperatorStore.getState()).toMatchObject({ operatorId: null, asked: true });
  });

  it('goes back to the screen that asked, and only to one of this till', async () => {
    const { user, location } = await open('/sign-on?then=%2Fcrm%2Fcustomers%2F100%2Fnotes');
    await tap(user, '7');
    await user.click(screen.getByRole('button', { name: 'Sign on' }));
    expect(location.history.at(-1)).toBe('/crm/customers/100/notes');
  });

  it('never goes back to another site', async () => {
    const { user, location } = await open('/sign-on?then=https%3A%2F%2Fevil.example%2F');
    await tap(user, '7');
    await user.click(screen.getByRole('button', { name: 'Sign on' }));
    expect(location.history.at(-1)).toBe('/');
  });

  it('signing on as someone else clears the customer from the till', async () => {
    useOperatorStore.setState({ operatorId: '1042', asked: true });
    const { user, location } = await open('/sign-on?then=%2Faccounts%2F200');
    useCardStore.getState().setCardNumber('14420000');
    expect(screen.getByText(/Operator 1042 is signed on/)).toBeInTheDocument();
    await tap(user, '2001');
    await user.click(screen.getByRole('button', { name: 'Sign on' }));
    expect(useOperatorStore.getState().operatorId).toBe('2001');
    expect(useCardStore.getState().cardNumber).toBeNull();
    // The start screen, not the screen that asked: that was the last operator's customer.
    expect(location.history.at(-1)).toBe('/');
  });
});
