import { describe, expect, it } from 'vitest';
import { SEED_CUSTOMERS } from '../customers/customer-record.ts';
import { CustomerStore } from '../customers/customer-store.ts';
import { generateCustomers } from '../customers/generate-customers.ts';
import { NotesStore, type NoteInput } from './notes-store.ts';

const NOW = new Date('2026-11-22T10:15:00Z');

function setup(count = 300, seed?: number) {
  const customers = new CustomerStore([...SEED_CUSTOMERS, ...generateCustomers(count, seed)]);
  let now = NOW;
  const notes = new NotesStore(customers, () => now);
  return {
    notes,
    tick: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

const input = (fields: Partial<NoteInput> = {}): NoteInput => ({
  noteId: '000000000001',
  customerId: '100',
  userId: 'ASSOC07',
  noteTypeId: 'NOTE',
  isPrivate: 'false',
  isAlert: 'false',
  notes: 'Prefers navy.',
  status: '',
  wishlistItem: null,
  lastUpdated: '',
  ...fields,
});

const ids = (list: { noteId: string }[] | undefined) => (list ?? []).map((n) => n.noteId);

describe('NotesStore', () => {
  it('stores a new note once: a repeated save answers Success again and writes nothing', () => {
    const { notes } = setup();
    const before = notes.list('100', 'ASSOC07')!.length;
    const first = notes.save(input());
    const again = notes.save(input());
    expect(first).toMatchObject({ outcome: 'Success', applied: true });
    expect(again).toMatchObject({ outcome: 'Success', applied: false });
    expect(again.outcome === 'Success' && first.outcome === 'Success' && again.record).toEqual(
      first.outcome === 'Success' && first.record,
    );
    expect(notes.writes).toBe(1);
    expect(notes.counts('100')).toEqual({ saved: 1, writes: 1 });
    const list = notes.list('100', 'ASSOC07')!;
    expect(list).toHaveLength(before + 1);
    expect(ids(list).filter((id) => id === '000000000001')).toHaveLength(1);
  });

  it('treats the same id with other content as the edit: author and created stay, the stamp moves', () => {
    const { notes, tick } = setup();
    const first = notes.save(input());
    tick(60_000);
    const edit = notes.save(input({ notes: 'Prefers navy and camel.', userId: 'ASSOC12' }));
    if (first.outcome !== 'Success' || edit.outcome !== 'Success') throw new Error('not saved');
    expect(edit.applied).toBe(true);
    expect(edit.record).toMatchObject({
      notes: 'Prefers navy and camel.',
      userId: 'ASSOC07',
      lastUpdatedBy: 'ASSOC12',
      created: first.record.created,
    });
    expect(edit.record.lastUpdated > first.record.lastUpdated).toBe(true);
    expect(notes.writes).toBe(2);
    expect(ids(notes.list('100', 'ASSOC07')).filter((id) => id === '000000000001')).toHaveLength(1);
  });

  it('answers an edit begun from an older version with Conflict and the current note, and a retry of the winning edit with Success', () => {
    const { notes } = setup();
    const v1 = notes.save(input());
    if (v1.outcome !== 'Success') throw new Error('not saved');
    const stamp = v1.record.lastUpdated;
    const v2 = notes.save(input({ notes: 'Second thoughts.', lastUpdated: stamp }));
    expect(v2).toMatchObject({ outcome: 'Success', applied: true });
    const stale = notes.save(input({ notes: 'Third thoughts.', lastUpdated: stamp }));
    expect(stale).toMatchObject({ outcome: 'Conflict', current: { notes: 'Second thoughts.' } });
    const retry = notes.save(input({ notes: 'Second thoughts.', lastUpdated: stamp }));
    expect(retry).toMatchObject({ outcome: 'Success', applied: false });
    expect(notes.writes).toBe(2);
  });

  it('removes with a save of the same id marked DELETED; a repeat is Success, the id cannot come back', () => {
    const { notes } = setup();
    expect(ids(notes.list('100', 'ASSOC07'))).toContain('SIM-100-N2');
    const removal = { noteId: 'SIM-100-N2', status: 'DELETED', notes: '', noteTypeId: '' };
    expect(notes.save(input(removal))).toMatchObject({
      outcome: 'Success',
      applied: true,
      record: { status: 'DELETED', noteTypeId: 'WISHLIST' },
    });
    expect(ids(notes.list('100', 'ASSOC07'))).not.toContain('SIM-100-N2');
    expect(notes.save(input(removal))).toMatchObject({ outcome: 'Success', applied: false });
    expect(
      notes.save(
        input({
          noteId: 'SIM-100-N2',
          noteTypeId: 'WISHLIST',
          notes: '',
          wishlistItem: { productId: '100234', description: '', size: '', colour: '' },
        }),
      ),
    ).toMatchObject({ outcome: 'ValidationFailed', problems: [{ field: 'noteId' }] });
    expect(notes.writes).toBe(1);
  });

  it('shows a private note only to its author, and lets only the author change it', () => {
    const { notes } = setup();
    notes.save(input({ noteId: 'P1', userId: 'MGR02', isPrivate: 'true', notes: 'Mine only.' }));
    expect(ids(notes.list('100', 'MGR02'))).toContain('P1');
    expect(ids(notes.list('100', 'ASSOC07'))).not.toContain('P1');
    expect(ids(notes.list('100', ''))).not.toContain('P1');
    // The seed's private note (MGR01's) too.
    expect(ids(notes.list('100', 'MGR01'))).toContain('SIM-100-N3');
    expect(ids(notes.list('100', 'MGR02'))).not.toContain('SIM-100-N3');
    for (const attempt of [
      input({ noteId: 'P1', userId: 'ASSOC07', isPrivate: 'true', notes: 'Overwritten.' }),
      input({ noteId: 'P1', userId: 'ASSOC07', status: 'DELETED' }),
    ])
      expect(notes.save(attempt)).toMatchObject({
        outcome: 'ValidationFailed',
        problems: [{ field: 'userId' }],
      });
    expect(notes.writes).toBe(1);
  });

  it.each([
    ['userId', { userId: '' }, 'The operator (userId) is mandatory.'],
    ['userId', { userId: 'two words' }, 'two words is not a user id.'],
    ['noteId', { noteId: '' }, 'The note id is mandatory.'],
    ['noteId', { noteId: '<1>' }, '<1> is not a note id.'],
    ['status', { status: 'GONE' }, 'GONE is not a note status (ACTIVE or DELETED).'],
    ['noteTypeId', { noteTypeId: 'MEMO' }, 'MEMO is not a note type (NOTE or WISHLIST).'],
    ['isPrivate', { isPrivate: 'yes' }, 'yes is not true or false.'],
    ['isAlert', { isAlert: 'maybe' }, 'maybe is not true or false.'],
    ['notes', { notes: '' }, 'The note is empty.'],
    ['notes', { notes: 'x'.repeat(2001) }, 'The note is longer than 2000 characters.'],
    [
      'wishlistItem',
      { wishlistItem: { productId: '1', description: '', size: '', colour: '' } },
      'Only a wishlist item names a product.',
    ],
    [
      'wishlistItem.description',
      { noteTypeId: 'WISHLIST', notes: '' },
      'Name the product: a product id or a description.',
    ],
    [
      'isAlert',
      {
        noteTypeId: 'WISHLIST',
        isAlert: 'true',
        wishlistItem: { productId: '1', description: '', size: '', colour: '' },
      },
      'A wishlist item cannot be an alert.',
    ],
    [
      'wishlistItem.description',
      {
        noteTypeId: 'WISHLIST',
        wishlistItem: { productId: '', description: 'd'.repeat(201), size: '', colour: '' },
      },
      'The description is longer than 200 characters.',
    ],
    [
      'noteTypeId',
      {
        noteId: 'SIM-100-N1',
        noteTypeId: 'WISHLIST',
        wishlistItem: { productId: '1', description: '', size: '', colour: '' },
      },
      'Note SIM-100-N1 is a NOTE; it cannot change type.',
    ],
    [
      'noteId',
      { noteId: 'NEVER-SAVED', status: 'DELETED' },
      'There is no note NEVER-SAVED for this customer.',
    ],
  ] as const)(
    'refuses a bad %s with its message and stores nothing (%j)',
    (field, fields, message) => {
      const { notes } = setup();
      const result = notes.save(input(fields as Partial<NoteInput>));
      expect(result.outcome).toBe('ValidationFailed');
      expect(result.outcome === 'ValidationFailed' && result.problems).toContainEqual({
        field,
        message,
      });
      expect(notes.writes).toBe(0);
    },
  );

  it('answers NoCustomer for a customer the store does not have', () => {
    const { notes } = setup();
    expect(notes.save(input({ customerId: '999' }))).toEqual({ outcome: 'NoCustomer' });
    expect(notes.list('999', 'ASSOC07')).toBeUndefined();
  });

  it('lists newest first, with filters by type', () => {
    const { notes, tick } = setup();
    notes.save(input({ noteId: 'A' }));
    tick(1000);
    notes.save(
      input({
        noteId: 'B',
        noteTypeId: 'WISHLIST',
        notes: '',
        wishlistItem: { productId: '', description: 'Wool overcoat', size: '40R', colour: 'Camel' },
      }),
    );
    const all = notes.list('100', 'MGR01')!;
    expect(ids(all).slice(0, 2)).toEqual(['B', 'A']);
    expect(all.map((n) => n.created)).toEqual([...all.map((n) => n.created)].sort().reverse());
    expect(ids(notes.list('100', 'MGR01', 'WISHLIST'))).toEqual(['B', 'SIM-100-N2']);
    expect(notes.list('100', 'MGR01', 'NOTE')!.every((n) => n.noteTypeId === 'NOTE')).toBe(true);
  });

  it('derives the demo customers: 100 with a note, a wishlist item and a private note; 7004 with an alert', () => {
    const { notes } = setup();
    const amelia = notes.list('100', 'MGR01')!;
    expect(amelia.map((n) => [n.noteTypeId, n.isPrivate, n.isAlert])).toEqual([
      ['NOTE', true, false],
      ['WISHLIST', false, false],
      ['NOTE', false, false],
    ]);
    expect(amelia[1]?.wishlistItem).toEqual({
      productId: '100234',
      description: 'Silk wrap dress',
      size: 'UK 12',
      colour: 'Navy',
    });
    expect(notes.list('7004', 'ASSOC07')!.filter((n) => n.isAlert)).toHaveLength(1);
    expect(notes.list('00100', 'ASSOC07')).toEqual([]);
  });

  it('derives the same notes for the same customers, a mix across them, and stores nothing for reads', () => {
    const a = setup(2000, 7).notes;
    const b = setup(2000, 7).notes;
    const numbers = Array.from({ length: 2000 }, (_, i) => String(80_000_000 + i));
    const all = numbers.map((n) => a.list(n, 'MGR01')!);
    expect(numbers.map((n) => b.list(n, 'MGR01'))).toEqual(all);
    const flat = all.flat();
    expect(flat.some((n) => n.isAlert)).toBe(true);
    expect(flat.some((n) => n.isPrivate)).toBe(true);
    expect(flat.some((n) => n.noteTypeId === 'WISHLIST')).toBe(true);
    expect(all.some((l) => l.length === 0)).toBe(true);
    // 80000051 is the generated customer docs/API.md names for an alert.
    expect(a.list('80000051', 'ASSOC07')!.some((n) => n.isAlert)).toBe(true);
    expect(a.writes).toBe(0);
    expect(a.counts('80000051')).toEqual({ saved: 0, writes: 0 });
  });
});
