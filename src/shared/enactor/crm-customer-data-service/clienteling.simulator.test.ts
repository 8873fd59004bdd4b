import { describe, expect, it } from 'vitest';
import {
  consentState,
  newRecordId,
  upcomingKeyDates,
  type NoteChange,
  type PreferenceChange,
} from '../../domain/clienteling';
import { NetworkError } from '../errors';
import { connectSimulator } from '../../../testing/enactor';
import { createCrmCustomerDataService } from './crm-customer-data-service';

/** The client against the simulator in this process: the contract both sides keep. */
function connect(now?: () => Date) {
  const connected = connectSimulator({ customers: 50, ...(now ? { now } : {}) });
  return {
    ...connected,
    crm: createCrmCustomerDataService(connected.endpoint('crmCustomerDataService')),
  };
}

const note = (noteId: string, text: string, extra: Partial<{ isPrivate: boolean }> = {}) =>
  ({
    kind: 'save',
    lastUpdated: null,
    draft: {
      noteId,
      customerNumber: '100',
      type: 'NOTE',
      text,
      isPrivate: extra.isPrivate ?? false,
      isAlert: false,
      wishlistItem: null,
    },
  }) satisfies NoteChange;

describe('CRMCustomerDataService clienteling against the simulator', () => {
  it('a note with &, <, accents and emoji comes back as typed, newest first', async () => {
    const { crm } = connect();
    const text = 'Zoë asked for <size 12> & a café 👗';
    const id = newRecordId();
    expect(id).toMatch(/^\d{12}$/);
    expect(await crm.saveNote('1042', note(id, `  ${text}  `))).toMatchObject({
      outcome: 'Success',
      record: { noteId: id, text, author: '1042' },
    });
    const notes = (await crm.notes('100', '1042'))!;
    expect(notes[0]).toMatchObject({ noteId: id, text });
  });

  it('a private note is sent only to its author', async () => {
    const { crm } = connect();
    const id = newRecordId();
    await crm.saveNote('1042', note(id, 'Only for me', { isPrivate: true }));
    expect((await crm.notes('100', '1042'))!.map((n) => n.noteId)).toContain(id);
    expect((await crm.notes('100', 'ASSOC07'))!.map((n) => n.noteId)).not.toContain(id);
    expect((await crm.notes('100', null))!.map((n) => n.noteId)).not.toContain(id);
  });

  it('an answer lost after the note was stored: the retry under the same id stores nothing more', async () => {
    const { crm, sim } = connect();
    const id = newRecordId();
    sim.faults.set({ kind: 'disconnect', count: 1, operation: 'saveCustomerNote' });
    await expect(crm.saveNote('1042', note(id, 'Once only'))).rejects.toBeInstanceOf(NetworkError);
    expect(sim.clienteling.notes.counts('100')).toEqual({ saved: 1, writes: 1 });
    expect(await crm.saveNote('1042', note(id, 'Once only'))).toMatchObject({
      outcome: 'Success',
    });
    expect(sim.clienteling.notes.counts('100')).toEqual({ saved: 1, writes: 1 });
    expect((await crm.notes('100', '1042'))!.filter((n) => n.text === 'Once only')).toHaveLength(1);
  });

  it('a wishlist item is added with its date, then removed', async () => {
    const { crm } = connect();
    const id = newRecordId();
    const saved = await crm.saveNote('1042', {
      kind: 'save',
      lastUpdated: null,
      draft: {
        noteId: id,
        customerNumber: '100',
        type: 'WISHLIST',
        text: '',
        isPrivate: false,
        isAlert: false,
        wishlistItem: { productId: '', description: 'Trench coat', size: 'UK 12', colour: 'Stone' },
      },
    });
    expect(saved).toMatchObject({ outcome: 'Success', record: { created: expect.any(String) } });
    expect((await crm.notes('100', '1042'))!.map((n) => n.noteId)).toContain(id);
    expect(
      await crm.saveNote('1042', { kind: 'remove', noteId: id, customerNumber: '100' }),
    ).toMatchObject({ outcome: 'Success', record: { status: 'DELETED' } });
    expect((await crm.notes('100', '1042'))!.map((n) => n.noteId)).not.toContain(id);
  });

  it('SMS consent given then withdrawn: two history records with operator, time and method', async () => {
    const { crm, sim } = connect();
    const before = (await crm.preferences('7004'))!;
    const consent = before.optionSets.find((s) => s.keepsHistory)!;
    expect(consentState('SMS:SMS_OPTIN', before.current, before.history)).toBe('Not asked');
    const change = (value: boolean, created: string): PreferenceChange => ({
      preferenceId: newRecordId(),
      customerNumber: '7004',
      optionSetId: consent.optionSetId,
      group: consent.group,
      optionPathId: 'SMS:SMS_OPTIN',
      value,
      created,
      captureMethod: 'IN_STORE',
    });
    const give = change(true, new Date(Date.now() - 2000).toISOString());
    expect(await crm.savePreferences('1042', [give])).toMatchObject({ outcome: 'Success' });
    // The same record again (a retry) is the same record.
    expect(await crm.savePreferences('1042', [give])).toMatchObject({ outcome: 'Success' });
    expect(
      await crm.savePreferences('1042', [change(false, new Date().toISOString())]),
    ).toMatchObject({ outcome: 'Success' });
    const after = (await crm.preferences('7004'))!;
    expect(consentState('SMS:SMS_OPTIN', after.current, after.history)).toBe('Withdrawn');
    expect(
      after.history
        .filter((h) => h.optionPathId === 'SMS:SMS_OPTIN')
        .map((h) => [h.value, h.operatorId, h.captureMethod]),
    ).toEqual([
      [false, '1042', 'IN_STORE'],
      [true, '1042', 'IN_STORE'],
    ]);
    expect(sim.clienteling.preferences.counts('7004')).toEqual({ saved: 2, writes: 2 });
  });

  it('a key date a week ahead is upcoming; edited, then removed', async () => {
    const { crm } = connect();
    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    const id = newRecordId();
    const draft = {
      keyDateId: id,
      customerNumber: '00100',
      typeId: 'ANNIVERSARY',
      month: inAWeek.getUTCMonth() + 1,
      day: inAWeek.getUTCDate(),
      year: null,
      description: 'Wedding & party 💍',
      reminderDays: null,
    };
    const saved = await crm.saveKeyDate('1042', { kind: 'save', draft, lastUpdated: null });
    if (saved.outcome !== 'Success') throw new Error(saved.outcome);
    expect(saved.record.daysUntil).toBe(7);
    const listed = (await crm.keyDates('00100'))!;
    expect(upcomingKeyDates(listed.dates).map((d) => d.keyDateId)).toEqual([id]);
    const edited = await crm.saveKeyDate('1042', {
      kind: 'save',
      draft: { ...draft, reminderDays: 3 },
      lastUpdated: saved.record.lastUpdated,
    });
    expect(edited).toMatchObject({ outcome: 'Success', record: { reminderDays: 3 } });
    // A till still holding the first version is told, not overwritten.
    expect(
      await crm.saveKeyDate('1042', {
        kind: 'save',
        draft: { ...draft, description: 'Stale' },
        lastUpdated: saved.record.lastUpdated,
      }),
    ).toMatchObject({ outcome: 'Conflict', current: { reminderDays: 3 } });
    expect(
      await crm.saveKeyDate('1042', { kind: 'remove', keyDateId: id, customerNumber: '00100' }),
    ).toMatchObject({ outcome: 'Success' });
    expect((await crm.keyDates('00100'))!.dates).toEqual([]);
  });

  it('the server refuses a second birthday, on the type field', async () => {
    const { crm } = connect();
    const result = await crm.saveKeyDate('1042', {
      kind: 'save',
      lastUpdated: null,
      draft: {
        keyDateId: newRecordId(),
        customerNumber: '100',
        typeId: 'BIRTHDAY',
        month: 3,
        day: 4,
        year: null,
        description: '',
        reminderDays: null,
      },
    });
    if (result.outcome !== 'Invalid') throw new Error(result.outcome);
    expect(result.fieldErrors.get('type')).toMatch(/already has a birthday/);
  });
});
