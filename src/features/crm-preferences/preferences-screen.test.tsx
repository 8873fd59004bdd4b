import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useOperatorStore } from '../../shared/stores/operator-store';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
import { PreferencesScreen } from './preferences-screen';

type Till = Awaited<ReturnType<typeof createTestTerminal>>;

async function open(
  customerNumber: string,
  tab: 'notes' | 'preferences' | 'key-dates',
  {
    operator = '1042',
    before = () => undefined,
  }: { operator?: string | null; before?: (till: Till) => void } = {},
) {
  if (operator) useOperatorStore.getState().signOn(operator);
  const till = await createTestTerminal();
  before(till);
  return {
    ...till,
    ...renderWithTerminal(
      <PreferencesScreen customerNumber={customerNumber} />,
      till.terminal,
      `/crm/customers/${customerNumber}/preferences?tab=${tab}`,
    ),
  };
}

afterEach(() => useOperatorStore.getState().signOff());

const ODD = 'Zoë wants <A&B> alterations 👗';

describe('Preferences screen', () => {
  it('has the three tabs of seed 001 as a tablist, each loaded when chosen', async () => {
    const { user, calls } = await open('100', 'notes');
    const tabs = within(screen.getByRole('tablist', { name: 'Preferences' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Notes / Wishlist',
      'Preferences / Sizes',
      'Social Calendar / Key Dates',
    ]);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('list', { name: 'Notes' })).toBeInTheDocument();
    expect(calls.filter((c) => c.endsWith('urn:getCustomerPreferences'))).toEqual([]);
    await user.click(tabs[2]!);
    expect(await screen.findByRole('list', { name: 'Key dates' })).toBeInTheDocument();
    expect(calls.filter((c) => c.endsWith('urn:getCustomerKeyDates'))).toHaveLength(1);
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Social Calendar / Key Dates');
  });
});

describe('Notes / Wishlist tab', () => {
  it("shows notes newest first with author and date; another operator's private note stays hidden", async () => {
    await open('100', 'notes');
    const notes = await screen.findByRole('list', { name: 'Notes' });
    expect(within(notes).getAllByRole('listitem')).toHaveLength(1);
    expect(notes).toHaveTextContent(/Prefers the fitting room by the window/);
    expect(notes).toHaveTextContent(/ASSOC07 · \d/);
    expect(screen.queryByText(/Unhappy with the wait/)).not.toBeInTheDocument();
    const wishlist = screen.getByRole('list', { name: 'Wishlist' });
    expect(wishlist).toHaveTextContent('Silk wrap dress');
    expect(wishlist).toHaveTextContent(/Product 100234 · Size UK 12 · Navy · added \d+ Nov/);
  });

  it('shows the author their own private note, marked Private', async () => {
    await open('100', 'notes', { operator: 'MGR01' });
    const notes = await screen.findByRole('list', { name: 'Notes' });
    const items = within(notes).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/Unhappy with the wait.*MGR01.*Private/);
  });

  it('with no operator signed on says why, and offers no +', async () => {
    await open('100', 'notes', { operator: null });
    expect(await screen.findByRole('list', { name: 'Notes' })).toBeInTheDocument();
    expect(
      screen.getByText('Sign on as an operator to add notes: notes record who wrote them'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add note/ })).not.toBeInTheDocument();
  });

  it('+ adds a note with &, < and an emoji; the tab reloads it from the server', async () => {
    const { user, sim, calls } = await open('100', 'notes');
    await user.click(await screen.findByRole('button', { name: '+ Add note' }));
    expect(screen.getByLabelText('Note')).toHaveAccessibleDescription(
      'Notes must not hold health or payment details.',
    );
    await user.type(screen.getByLabelText('Note'), ODD);
    await user.click(screen.getByLabelText('Private (only me)'));
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    const notes = await screen.findByRole('list', { name: 'Notes' });
    const first = within(notes).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent(ODD);
    expect(first).toHaveTextContent(/1042.*Private/);
    expect(sim.clienteling.notes.counts('100')).toEqual({ saved: 1, writes: 1 });
    expect(calls.filter((c) => c.endsWith('urn:getCustomerNotes'))).toHaveLength(2);
  });

  it('types on the on-screen keyboard with a capital where the sentence starts', async () => {
    const { user } = await open('100', 'notes');
    await user.click(await screen.findByRole('button', { name: '+ Add note' }));
    await user.click(screen.getByLabelText('Note'));
    await user.click(screen.getByRole('button', { name: 'Keyboard' }));
    const keys = within(screen.getByRole('group', { name: 'On-screen keyboard' }));
    for (const k of ['L', 'I', 'K', 'E', 'S', 'Space', '&', 'Space', 'N', 'A', 'V', 'Y'])
      await user.click(keys.getByRole('button', { name: k }));
    expect(screen.getByLabelText('Note')).toHaveValue('Likes & navy');
  });

  it('an empty note is not sent', async () => {
    const { user, calls } = await open('100', 'notes');
    await user.click(await screen.findByRole('button', { name: '+ Add note' }));
    await user.type(screen.getByLabelText('Note'), '   ');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(screen.getByText('Type the note first.')).toBeInTheDocument();
    expect(calls.filter((c) => c.endsWith('urn:saveCustomerNote'))).toEqual([]);
  });

  it('a double tap on Save makes one call and one note', async () => {
    const { user, sim, calls } = await open('100', 'notes');
    await user.click(await screen.findByRole('button', { name: '+ Add note' }));
    await user.type(screen.getByLabelText('Note'), 'Tapped twice');
    // Two taps in one tick: before any re-render could disable the button.
    const save = screen.getByRole('button', { name: 'Save note' });
    fireEvent.click(save);
    fireEvent.click(save);
    await screen.findByRole('list', { name: 'Notes' });
    expect(screen.getAllByText('Tapped twice')).toHaveLength(1);
    expect(calls.filter((c) => c.endsWith('urn:saveCustomerNote'))).toHaveLength(1);
    expect(sim.clienteling.notes.counts('100')).toEqual({ saved: 1, writes: 1 });
  });

  it('an answer lost after the save keeps the text; Try again stores it once', async () => {
    const { user, sim, calls } = await open('100', 'notes', {
      before: ({ sim }) =>
        sim.faults.set({ kind: 'disconnect', count: 1, operation: 'saveCustomerNote' }),
    });
    await user.click(await screen.findByRole('button', { name: '+ Add note' }));
    await user.type(screen.getByLabelText('Note'), ODD);
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(
      await screen.findByText(/It is not known whether it was saved: Try again is safe\./),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Note')).toHaveValue(ODD);
    // The server did store it before the connection dropped.
    expect(sim.clienteling.notes.counts('100')).toEqual({ saved: 1, writes: 1 });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const notes = await screen.findByRole('list', { name: 'Notes' });
    expect(within(notes).getAllByText(ODD)).toHaveLength(1);
    expect(sim.clienteling.notes.counts('100')).toEqual({ saved: 1, writes: 1 });
    const saves = calls.filter((c) => c.endsWith('urn:saveCustomerNote'));
    expect(saves).toHaveLength(2);
  });

  it('a SOAP fault keeps the text and says what the server said', async () => {
    const { user, sim } = await open('100', 'notes', {
      before: ({ sim }) =>
        sim.faults.set({ kind: 'soap-fault', count: 1, operation: 'saveCustomerNote' }),
    });
    await user.click(await screen.findByRole('button', { name: '+ Add note' }));
    await user.type(screen.getByLabelText('Note'), 'Kept');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(
      await screen.findByRole('heading', { name: 'The CRM service reported a problem' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/What you typed is kept\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Note')).toHaveValue('Kept');
    expect(sim.clienteling.notes.counts('100')).toEqual({ saved: 0, writes: 0 });
  });

  it('adds a wishlist item, then removes it after asking', async () => {
    const { user, sim } = await open('00100', 'notes');
    await user.click(await screen.findByRole('button', { name: '+ Add to wishlist' }));
    await user.click(screen.getByRole('button', { name: 'Save item' }));
    expect(
      screen.getByText('Name the product: a description or a product id.'),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Product'), 'Trench coat & belt');
    await user.type(screen.getByLabelText('Size'), 'UK 12');
    await user.type(screen.getByLabelText('Colour'), 'Stone');
    await user.click(screen.getByRole('button', { name: 'Save item' }));
    const wishlist = await screen.findByRole('list', { name: 'Wishlist' });
    expect(wishlist).toHaveTextContent(/Trench coat & belt\s*Size UK 12 · Stone · added/);
    await user.click(screen.getByRole('button', { name: 'Remove Trench coat & belt' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove Trench coat & belt' }));
    expect(await screen.findByText('Nothing on the wishlist.')).toBeInTheDocument();
    expect(sim.clienteling.notes.counts('00100')).toEqual({ saved: 1, writes: 2 });
  });
});

describe('Preferences / Sizes tab', () => {
  it("shows the server's option sets as chips with the customer's current choices", async () => {
    await open('100', 'preferences');
    const dress = await screen.findByRole('radiogroup', { name: 'Clothing size: Dress' });
    expect(within(dress).getByRole('radio', { name: 'UK 12' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(
      within(screen.getByRole('radiogroup', { name: 'Clothing size: Shirt' })).getByRole('radio', {
        name: 'None',
      }),
    ).toHaveAttribute('aria-checked', 'true');
    const brands = screen.getByRole('group', { name: 'Favourite brands' });
    expect(within(brands).getByRole('button', { name: /Hobbs/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(brands).getByRole('button', { name: 'Reiss' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByRole('radiogroup', { name: 'Preferred store' })).toBeInTheDocument();
  });

  it('dress size 14 and a brand, saved together; the tab reloads them from the server', async () => {
    const { user, sim } = await open('100', 'preferences');
    const dress = await screen.findByRole('radiogroup', { name: 'Clothing size: Dress' });
    await user.click(within(dress).getByRole('radio', { name: 'UK 14' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Favourite brands' })).getByRole('button', {
        name: 'Reiss',
      }),
    );
    const bar = screen.getByRole('region', { name: 'Changes not saved' });
    expect(bar).toHaveTextContent('2 changes not saved');
    await user.click(within(bar).getByRole('button', { name: 'Save preferences' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Changes not saved' })).not.toBeInTheDocument(),
    );
    expect(within(dress).getByRole('radio', { name: 'UK 14' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(sim.clienteling.preferences.counts('100')).toEqual({ saved: 2, writes: 2 });
  });

  it('a lost answer keeps the changes; Try again sends the same records', async () => {
    const { user, sim } = await open('100', 'preferences', {
      before: ({ sim }) =>
        sim.faults.set({ kind: 'disconnect', count: 1, operation: 'saveCustomerPreferenceMap' }),
    });
    const shoe = await screen.findByRole('radiogroup', { name: 'Shoe size' });
    await user.click(within(shoe).getByRole('radio', { name: 'UK 7' }));
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(
      await screen.findByText(
        /It is not known whether it was saved: Try again is safe\. Your changes are kept\./,
      ),
    ).toBeInTheDocument();
    expect(within(shoe).getByRole('radio', { name: 'UK 7' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Changes not saved' })).not.toBeInTheDocument(),
    );
    expect(sim.clienteling.preferences.counts('100')).toEqual({ saved: 1, writes: 1 });
  });

  it('consent per channel: never pre-ticked, Withdrawn and Refused told apart', async () => {
    await open('100', 'preferences');
    const channels = await screen.findByRole('list', { name: 'Consent by channel' });
    const row = (name: string) => within(channels).getByRole('listitem', { name });
    expect(row('E-mail consent')).toHaveTextContent(/Given/);
    expect(row('SMS consent')).toHaveTextContent(/Withdrawn.*MGR01.*By phone/);
    expect(row('Phone consent')).toHaveTextContent(/Refused/);
    expect(row('Post consent')).toHaveTextContent(/Not asked/);
    expect(
      within(row('Post consent')).getByRole('button', { name: 'Give Post consent' }),
    ).toBeInTheDocument();
    expect(
      within(row('E-mail consent')).getByRole('button', { name: 'Withdraw E-mail consent' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('radiogroup', { name: 'How the customer told you' })).getByRole(
        'radio',
        { name: 'In store' },
      ),
    ).toHaveAttribute('aria-checked', 'true');
  });

  it('give then withdraw SMS: one tap each, both in the history with operator, time and method', async () => {
    const { user, sim } = await open('7004', 'preferences');
    const channels = await screen.findByRole('list', { name: 'Consent by channel' });
    const sms = within(channels).getByRole('listitem', { name: 'SMS consent' });
    expect(sms).toHaveTextContent('Not asked');
    await user.click(within(sms).getByRole('button', { name: 'Give SMS consent' }));
    await waitFor(() => expect(sms).toHaveTextContent('Given'));
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'How the customer told you' })).getByRole(
        'radio',
        { name: 'By phone' },
      ),
    );
    await user.click(await within(sms).findByRole('button', { name: 'Withdraw SMS consent' }));
    await waitFor(() => expect(sms).toHaveTextContent('Withdrawn'));
    const history = within(screen.getByRole('list', { name: 'Consent history' })).getAllByRole(
      'listitem',
    );
    expect(history[0]).toHaveTextContent(/SMS\s*Withdrawn\s*1042\s*.*\d{2}:\d{2}\s*By phone/);
    expect(history[1]).toHaveTextContent(/SMS\s*Given\s*1042\s*.*\d{2}:\d{2}\s*In store/);
    expect(sim.clienteling.preferences.counts('7004')).toEqual({ saved: 2, writes: 2 });
  });

  it('with no operator signed on, the chips cannot be changed and consent cannot be recorded', async () => {
    await open('100', 'preferences', { operator: null });
    const dress = await screen.findByRole('radiogroup', { name: 'Clothing size: Dress' });
    expect(within(dress).getByRole('radio', { name: 'UK 14' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Give .* consent/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Sign on as an operator to record consent/)).toBeInTheDocument();
  });
});

describe('Social Calendar / Key Dates tab', () => {
  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);
  const monthOf = (d: Date) => d.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });

  it('lists the key dates soonest first with when and the reminder', async () => {
    await open('100', 'key-dates');
    const items = within(await screen.findByRole('list', { name: 'Key dates' })).getAllByRole(
      'listitem',
    );
    expect(items[0]).toHaveTextContent(/Sister’s wedding\s*in 10 days/);
    expect(items[0]).toHaveTextContent(/Reminder 14 days before/);
    expect(items[1]).toHaveTextContent(/Birthday.*3 February 1987/);
  });

  it('adds an anniversary a week ahead, with a description of odd characters', async () => {
    const { user, sim } = await open('00100', 'key-dates');
    await user.click(await screen.findByRole('button', { name: '+ Add key date' }));
    const when = inDays(7);
    await user.click(screen.getByRole('radio', { name: 'Anniversary' }));
    await user.click(screen.getByRole('radio', { name: monthOf(when) }));
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Day' })).getByRole('radio', {
        name: String(when.getUTCDate()),
      }),
    );
    await user.type(screen.getByLabelText('Description (optional)'), 'Zoë & Ben <3 💍');
    await user.click(screen.getByRole('button', { name: 'Save key date' }));
    const items = within(await screen.findByRole('list', { name: 'Key dates' })).getAllByRole(
      'listitem',
    );
    expect(items[0]).toHaveTextContent(/Anniversary\s*in 7 days/);
    expect(items[0]).toHaveTextContent('Zoë & Ben <3 💍');
    expect(sim.clienteling.keyDates.counts('00100')).toEqual({ saved: 1, writes: 1 });
  });

  it('31 February and an occasion with no description are refused here, not sent', async () => {
    const { user, calls } = await open('00100', 'key-dates');
    await user.click(await screen.findByRole('button', { name: '+ Add key date' }));
    await user.click(screen.getByRole('radio', { name: 'Other occasion' }));
    await user.click(screen.getByRole('radio', { name: 'January' }));
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Day' })).getByRole('radio', { name: '31' }),
    );
    await user.click(screen.getByRole('radio', { name: 'February' }));
    await user.click(screen.getByRole('button', { name: 'Save key date' }));
    expect(screen.getByText('Choose the day.')).toBeInTheDocument();
    expect(screen.getByText('Say what the occasion is.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Year (if known)'), '2023');
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Day' })).getByRole('radio', { name: '29' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save key date' }));
    expect(screen.getByText('29 February 2023 does not exist.')).toBeInTheDocument();
    expect(calls.filter((c) => c.endsWith('urn:saveCustomerKeyDate'))).toEqual([]);
  });

  it("the server's words land on the field: a second birthday", async () => {
    const { user } = await open('100', 'key-dates');
    await user.click(await screen.findByRole('button', { name: '+ Add key date' }));
    await user.click(screen.getByRole('radio', { name: 'Birthday' }));
    await user.click(screen.getByRole('radio', { name: 'March' }));
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Day' })).getByRole('radio', { name: '4' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save key date' }));
    expect(await screen.findByText(/The customer already has a birthday/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'March' })).toHaveAttribute('aria-checked', 'true');
  });

  it('changes a date, then removes it', async () => {
    const { user, sim } = await open('100', 'key-dates');
    await user.click(await screen.findByRole('button', { name: 'Change Sister’s wedding' }));
    await user.click(screen.getByRole('radio', { name: '7 days' }));
    await user.click(screen.getByRole('button', { name: 'Save key date' }));
    const list = await screen.findByRole('list', { name: 'Key dates' });
    expect(list).toHaveTextContent(/Sister’s wedding.*Reminder 7 days before/);
    await user.click(screen.getByRole('button', { name: 'Remove Sister’s wedding' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove Sister’s wedding' }));
    await waitFor(() => expect(list).not.toHaveTextContent('Sister’s wedding'));
    expect(sim.clienteling.keyDates.counts('100')).toEqual({ saved: 1, writes: 2 });
  });
});
