import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createCrmCustomerDataService } from '../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useOperatorStore } from '../../shared/stores/operator-store';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
import { CallClientScreen } from './call-client-screen';

type Till = Awaited<ReturnType<typeof createTestTerminal>>;

async function open(
  before: (till: Till) => void = () => undefined,
  options: Parameters<typeof createTestTerminal>[0] = {},
) {
  const till = await createTestTerminal(options);
  before(till);
  const rendered = renderWithTerminal(<CallClientScreen customerNumber="100" />, till.terminal);
  await screen.findByRole('heading', { name: 'Record the call' });
  return { ...till, ...rendered };
}

const saves = (till: Till) => till.calls.filter((c) => c.endsWith('urn:saveContactHistory')).length;

async function contactsSaved(till: Till): Promise<number> {
  const res = await till.sim.handle(new Request('http://sim.test/__simulator/crm/status'));
  return ((await res.json()) as { contactsSaved: number }).contactsSaved;
}

const ODD = "O'Brien & Sons <re: order> 🧥";

async function fillCall(user: ReturnType<typeof renderWithTerminal>['user']) {
  await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Coat alteration ready');
  await user.click(screen.getByRole('radio', { name: 'Answered' }));
  // Typed whole (userEvent reads "<" and "{" as its own syntax).
  fireEvent.change(screen.getByRole('textbox', { name: 'Notes' }), { target: { value: ODD } });
}

afterEach(() => useOperatorStore.getState().signOff());

describe('Call Client', () => {
  it("shows Amelia's number large, her phone consent and who contacted her last", async () => {
    await open();
    expect(screen.getByLabelText('Number to call: 078 1839 3795')).toHaveTextContent(
      '078 1839 3795',
    );
    expect(await screen.findByText('Phone consent: withdrawn')).toBeInTheDocument();
    expect(await screen.findByText(/^Last contacted .+ by operator 1042$/)).toBeInTheDocument();
    expect(
      screen.getByText(/^Call, 27 Nov 2026.*: Alteration ready for collection$/),
    ).toBeInTheDocument();
  });

  it('with nobody signed on, says why and records nothing', async () => {
    const till = await open();
    expect(
      screen.getByText('Sign on as an operator to record a call: contacts record who made them.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(saves(till)).toBe(0);
  });

  it('checks the form before it is sent', async () => {
    useOperatorStore.getState().signOn('1042');
    const till = await open();
    await till.user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Say what the call was about.')).toBeInTheDocument();
    expect(screen.getByText('Choose how the call went.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(saves(till)).toBe(0);
  });

  it('records the call as typed by the operator signed on; last contacted is then today', async () => {
    useOperatorStore.getState().signOn('1042');
    const till = await open();
    await fillCall(till.user);
    await till.user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Call recorded' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      /Coat alteration ready \(Answered\), .*by operator 1042/,
    );
    expect(await screen.findByText('Last contacted today by operator 1042')).toBeInTheDocument();
    expect(await contactsSaved(till)).toBe(1);
    const top = await createCrmCustomerDataService(till.terminal.crmEndpoint).contactHistory(
      '100',
      { typeIds: [], fromDate: '', toDate: '' },
      { offset: 0, count: 1 },
    );
    expect(top).toMatchObject({
      outcome: 'Success',
      page: {
        rows: [
          {
            typeId: 'CALL',
            subject: 'Coat alteration ready',
            text: ODD,
            userId: '1042',
            callOutcomeId: 'ANSWERED',
            contactHistoryId: expect.stringMatching(/^TEST-\d+-\d{12}$/),
          },
        ],
      },
    });
  });

  it('a double tap on Save sends one contact', async () => {
    useOperatorStore.getState().signOn('1042');
    const till = await open();
    await fillCall(till.user);
    const save = screen.getByRole('button', { name: 'Save' });
    // Both taps land before React draws the disabled button.
    act(() => {
      save.click();
      save.click();
    });
    expect(await screen.findByRole('heading', { name: 'Call recorded' })).toBeInTheDocument();
    expect(saves(till)).toBe(1);
    expect(await contactsSaved(till)).toBe(1);
  });

  it('an answer lost after the save keeps the text as sent; Try again records one contact', async () => {
    useOperatorStore.getState().signOn('1042');
    const till = await open(({ sim }) =>
      sim.faults.set({ kind: 'disconnect', count: 1, operation: 'saveContactHistory' }),
    );
    await fillCall(till.user);
    await till.user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'It is not known whether the call was recorded: Try again is safe.',
    );
    // Applied on the server, the answer lost; the form keeps the text, fixed as sent.
    expect(await contactsSaved(till)).toBe(1);
    const subject = screen.getByRole('textbox', { name: 'Subject' });
    expect(subject).toHaveValue('Coat alteration ready');
    expect(subject).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue(ODD);
    await till.user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Call recorded' })).toBeInTheDocument();
    expect(saves(till)).toBe(2);
    expect(await contactsSaved(till)).toBe(1);
  });

  it('an unreadable answer after the save is not known either; Try again records one', async () => {
    useOperatorStore.getState().signOn('1042');
    const till = await open(({ sim }) =>
      sim.faults.set({ kind: 'malformed', count: 1, operation: 'saveContactHistory' }),
    );
    await fillCall(till.user);
    await till.user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The CRM service sent an answer the till cannot read');
    expect(alert).toHaveTextContent('It is not known whether the call was recorded');
    await till.user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Call recorded' })).toBeInTheDocument();
    expect(await contactsSaved(till)).toBe(1);
  });

  it('an answer that is another contact than the one sent is not taken as recorded', async () => {
    useOperatorStore.getState().signOn('1042');
    // A server (or proxy) that answers with some other contact's subject.
    await open(undefined, {
      wrapTransport: (inner) => async (url, init) => {
        const response = await inner(url, init);
        if (!String(init.body).includes('saveContactHistory')) return response;
        const text = (await response.text()).replace(
          '<retail:subject>Coat alteration ready</retail:subject>',
          '<retail:subject>Someone else</retail:subject>',
        );
        return new Response(text, { status: response.status, headers: response.headers });
      },
    });
    const user = (await import('@testing-library/user-event')).default.setup();
    await fillCall(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The CRM service sent an answer the till cannot read');
    expect(screen.queryByRole('heading', { name: 'Call recorded' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Coat alteration ready');
  });

  it('Record another call starts a new contact with a new id', async () => {
    useOperatorStore.getState().signOn('1042');
    const till = await open();
    await fillCall(till.user);
    await till.user.click(screen.getByRole('button', { name: 'Save' }));
    await till.user.click(await screen.findByRole('button', { name: 'Record another call' }));
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('');
    await fillCall(till.user);
    await till.user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Call recorded' })).toBeInTheDocument();
    expect(await contactsSaved(till)).toBe(2);
  });
});
