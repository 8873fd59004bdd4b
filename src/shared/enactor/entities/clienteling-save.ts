import type { ClientelingSaveResult } from '../../domain/clienteling';
import type { XmlElement } from '../soap/xml-reader';
import { readFieldErrors } from './field-errors';
import { readOutcome } from './retail-elements';

/**
 * The answer to a note, preference or key-date save ([OURS] outcomes, as the other CRM
 * saves): Success with the record as stored, ValidationFailed field by field, Conflict with
 * the record as it stands, NoCustomer. `record` reads the record from the output, or null.
 */
export function readClientelingSave<R, F extends string>(
  output: XmlElement,
  options: {
    readonly fields: ReadonlyMap<string, F>;
    /** "note", "key date", "preferences": said when the server gave no message. */
    readonly noun: string;
    readonly record: (output: XmlElement) => R | null;
  },
): ClientelingSaveResult<R, F> {
  const { name, message } = readOutcome(output);
  switch (name) {
    case 'Success': {
      const record = options.record(output);
      if (record === null) throw new Error(`a Success answer carries no ${options.noun}`);
      return { outcome: 'Success', record };
    }
    case 'ValidationFailed': {
      const { fieldErrors, itemErrors, others } = readFieldErrors(output, options.fields);
      return {
        outcome: 'Invalid',
        message:
          [message, ...others].filter(Boolean).join(' ') ||
          `The ${options.noun} ${options.noun.endsWith('s') ? 'were' : 'was'} not saved.`,
        fieldErrors,
        itemErrors,
      };
    }
    case 'Conflict':
      return {
        outcome: 'Conflict',
        message: message || `Someone else changed this ${options.noun} meanwhile.`,
        current: options.record(output),
      };
    case 'NoCustomer':
      return { outcome: 'NoCustomer', message: message || 'The customer was not found.' };
    default:
      throw new Error(`unknown outcome "${name}"`);
  }
}
