import { useRef, useState } from 'react';
import type { ContactDraft, SaveContactResult, SavedContact } from '../domain/crm-history';

/** What the hook needs of a Save Contact History mutation (TanStack Query's `useMutation`). */
interface ContactMutation {
  mutate(
    draft: ContactDraft,
    options: { onSuccess: (result: SaveContactResult) => void; onSettled: () => void },
  ): void;
  reset(): void;
}

/**
 * Records a contact (a call, an e-mail) exactly once, for the forms that write one: a double
 * tap sends once (`sending` is set as the tap is handled, before React draws the disabled
 * button); the contact sent is kept as `sent` until the server's answer settles whether it
 * was recorded, so Try again sends the very same contact, id and all; a refusal gives the
 * contact back to the cashier with the server's words on the fields it names (`wireFields`:
 * wire field name -> the form's field) and the rest in `refusal`.
 */
export function useRecordContact<Field extends string>(
  save: ContactMutation,
  wireFields: Readonly<Record<string, Field>>,
) {
  const [sent, setSent] = useState<ContactDraft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [refusal, setRefusal] = useState('');
  const [recorded, setRecorded] = useState<SavedContact | null>(null);
  const sending = useRef(false);

  /** Sends `draft`; `onRecorded` runs once the server has kept it. */
  const deliver = (draft: ContactDraft, onRecorded?: () => void) => {
    if (sending.current) return;
    sending.current = true;
    setSent(draft);
    setRefusal('');
    save.mutate(draft, {
      onSuccess: (result) => {
        setSent(null);
        if (result.outcome === 'Success') {
          setRecorded(result.contact);
          onRecorded?.();
          return;
        }
        // Refused: nothing was stored. The contact is the cashier's again to correct.
        if (result.outcome === 'Invalid') {
          const mine: Partial<Record<Field, string>> = {};
          const rest: string[] = [];
          for (const [field, words] of Object.entries(result.fieldErrors)) {
            const ours = wireFields[field];
            if (ours) mine[ours] = words;
            else rest.push(words);
          }
          setErrors(mine);
          setRefusal([result.message, ...rest].join(' '));
        } else setRefusal(result.message);
      },
      onSettled: () => {
        sending.current = false;
      },
    });
  };

  /** Ready for another contact: nothing recorded, refused or wrong on screen. */
  const reset = () => {
    setErrors({});
    setRefusal('');
    setRecorded(null);
    save.reset();
  };

  return { sent, errors, setErrors, refusal, setRefusal, recorded, sending, deliver, reset };
}
