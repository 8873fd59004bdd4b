import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useOperatorStore } from '../../shared/stores/operator-store';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
import { EmailClientScreen } from './email-client-screen';

type Till = Awaited<ReturnType<typeof createTestTerminal>>;

async function open(
  customerNumber = '100',
  before: (till: Till) => void = () => undefined,
  options: Parameters<typeof createTestTerminal>[0] = {},
) {
  const till = await createTestTerminal(options);
  before(till);
  const rendered = renderWithTerminal(
    <EmailClientScreen customerNumber={customerNumber} />,
    till.terminal,
  );
  // The first render loads the lazy catalogue and the simulator: allow a busy machine.
  await screen.findByText(/, customer \d+$/, undefined, { timeout: 5000 });
  return { ...till, ...rendered };
}

const sends = (till: Till) => till.calls.filter((c) => c.endsWith('urn:saveContactHistory')).length;

interface RecordedEmail {
  recipients: string[];
  subject: string;
  body: string;
  userId: string;
}
async function emailsRecorded(till: Till): Promise<RecordedEmail[]> {
  const res = await till.sim.handle(new Request('http://sim.test/__simulator/crm/emails'));
  return (await res.json()) as RecordedEmail[];
}

const ODD_SUBJECT = "O'Brien & Sons <re: order> 🧥";
const ODD_BODY = 'Dear Amelia,\n\nZoë & co <b>not bold</b> 🎉';

/** Types as a cashier with a physical keyboard would (userEvent reads "<" and "{" as syntax). */
function write(subject: string, body: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Subject' }), {
    target: { value: subject },
  });
  fireEvent.change(screen.getByRole('textbox', { name: 'Message' }), { target: { value: body } });
}

afterEach(() => useOperatorStore.getState().signOff());

describe('Email Client', () => {
  it('refuses a customer who was never asked for e-mail consent, with the reason', async () => {
    useOperatorStore.getState().signOn('1042');
    const till = await open('00100');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('No e-mail without consent');
    expect(alert).toHaveTextContent(
      'Ricky Gervais has not been asked for consent to e-mail. Ask, and record the answer on the Preferences screen, before writing.',
    );
    expect(within(alert).getByRole('button', { name: 'Preferences' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Subject' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send' })).not.toBeInTheDocument();
    expect(sends(till)).toBe(0);
  });

  it('refuses a customer who withdrew e-mail consent, saying when', async () => {
    useOperatorStore.getState().signOn('1042');
    const till = await open('100', undefined, {
      simulator: {
        consentsOf: () => [
          { channelId: 'EMAIL', granted: true, created: '2025-03-01T10:00:00Z', userId: '1042' },
          { channelId: 'EMAIL', granted: false, created: '2026-10-01T09:30:00Z', userId: 'MGR01' },
        ],
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^No e-mail without consentAmelia Baldwin withdrew consent to e-mail on 1 Oct 2026, \d\d:30\. The till sends no e-mail until consent is given again on the Preferences screen\./,
    );
    expect(screen.queryByRole('button', { name: 'Send' })).not.toBeInTheDocument();
    expect(sends(till)).toBe(0);
  });

  it("is addressed to Amelia's preferred address, with her consent", async () => {
    await open();
    const list = await screen.findByRole('list', { name: 'Recipients' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(list).toHaveTextContent('rasangi.desilva@enactor.co.uk');
    expect(screen.getByText(/^E-mail consent given on /)).toBeInTheDocument();
    // Nobody signed on: says why, and Send cannot be tapped.
    expect(
      screen.getByText('Sign on as an operator to send an e-mail: contacts record who made them.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
  });

  it('fills a template with her name, the store and an item of her wishlist', async () => {
    useOperatorStore.getState().signOn('1042');
    const till = await open();
    const back = await screen.findByRole('button', { name: 'Back in stock' });
    // Offered once the wishlist has answered (it gives the product).
    await waitFor(() => expect(back).toBeEnabled());
    await till.user.click(back);
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue(
      'Silk wrap dress is back in stock at Test Store',
    );
    const body = screen.getByRole('textbox', { name: 'Message' });
    expect(body).toHaveValue(
      'Dear Amelia,\n\nGood news: Silk wrap dress, on your wishlist, is back in stock at Test Store. Reply to this e-mail and we will put one aside for you.\n\nKind regards,\nTest Store',
    );
    await till.user.click(screen.getByRole('button', { name: 'Ready to collect' }));
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue(
      'Amelia, your order is ready at Test Store',
    );
  });

  it('adds a recipient from the Address Book (removable), and a double tap sends once', async () => {
    useOperatorStore.getState().signOn('1042');
    const till = await open();
    await till.user.click(screen.getByRole('button', { name: 'Address book' }));
    await till.user.type(screen.getByRole('searchbox', { name: 'Name or e-mail' }), 'aspen green');
    await till.user.click(screen.getByRole('button', { name: 'Search' }));
    const add = await screen.findByRole('button', { name: /^Add Aspen Green, / });
    const address = add.getAttribute('aria-label')!.replace(/^Add Aspen Green, /, '');
    await till.user.click(add);
    expect(add).toBeDisabled();
    const list = screen.getByRole('list', { name: 'Recipients' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('button', { name: `Remove ${address}` })).toBeInTheDocument();

    write(ODD_SUBJECT, ODD_BODY);
    const send = screen.getByRole('button', { name: 'Send' });
    // Both taps land before React draws the disabled button.
    act(() => {
      send.click();
      send.click();
    });
    expect(await screen.findByRole('heading', { name: 'E-mail sent' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`“${ODD_SUBJECT}” to 2 recipients`);
    expect(sends(till)).toBe(1);
    expect(await emailsRecorded(till)).toEqual([
      expect.objectContaining({
        subject: ODD_SUBJECT,
        body: ODD_BODY,
        userId: '1042',
        recipients: ['rasangi.desilva@enactor.co.uk', address],
      }),
    ]);
  });

  it('a removed recipient is not sent to', async () => {
    useOperatorStore.getState().signOn('1042');
    const till = await open();
    await till.user.click(screen.getByRole('button', { name: 'Address book' }));
    await till.user.type(screen.getByRole('searchbox', { name: 'Name or e-mail' }), 'aspen');
    await till.user.click(screen.getByRole('button', { name: 'Search' }));
    const add = await screen.findByRole('button', { name: /^Add Aspen Green, / });
    await till.user.click(add);
    const address = add.getAttribute('aria-label')!.replace(/^Add Aspen Green, /, '');
    await till.user.click(screen.getByRole('button', { name: `Remove ${address}` }));
    write('Just her', 'Hello');
    await till.user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByRole('heading', { name: 'E-mail sent' });
    expect((await emailsRecorded(till))[0]!.recipients).toEqual(['rasangi.desilva@enactor.co.uk']);
  });

  it('checks the e-mail before it is sent', async () => {
    useOperatorStore.getState().signOn('1042');
    const till = await open();
    await till.user.click(await screen.findByRole('button', { name: 'Send' }));
    expect(screen.getByText('Type a subject.')).toBeInTheDocument();
    expect(screen.getByText('Type the message.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Correct the 2 fields marked below, then tap Send. Nothing was sent.',
    );
    expect(sends(till)).toBe(0);
  });

  it('a fault keeps the draft as sent; Try again sends the same e-mail once', async () => {
    useOperatorStore.getState().signOn('1042');
    const till = await open('100', ({ sim }) =>
      sim.faults.set({ kind: 'disconnect', count: 1, operation: 'saveContactHistory' }),
    );
    write(ODD_SUBJECT, ODD_BODY);
    await till.user.click(await screen.findByRole('button', { name: 'Send' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'It is not known whether the e-mail was recorded: Try again is safe, it is sent once.',
    );
    const subject = screen.getByRole('textbox', { name: 'Subject' });
    expect(subject).toHaveValue(ODD_SUBJECT);
    expect(subject).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue(ODD_BODY);
    await till.user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'E-mail sent' })).toBeInTheDocument();
    expect(sends(till)).toBe(2);
    expect(await emailsRecorded(till)).toHaveLength(1);
  });
});
