import type { Refusal } from '../../domain/crm-history';
import { readOutcome } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import { attribute, childrenNamed, type XmlElement } from '../soap/xml-reader';

/**
 * Readers the history, contact and enquiry codecs share ([OURS] shapes, docs/API.md): the
 * outcome of a search, `retail:fieldError@field`, whole numbers and date-times.
 */

/** `retail:fieldError@field` (0..n) as field -> the server's words; several per field join. */
export function readFieldErrors(output: XmlElement): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const e of childrenNamed(output, NS.retail, 'fieldError')) {
    const field = attribute(e, 'field') ?? '';
    const text = e.text.trim();
    errors[field] = errors[field] ? `${errors[field]} ${text}` : text;
  }
  return errors;
}

/**
 * A search's outcome: null for Success (read the list), else why nothing was searched.
 * An outcome the terminal does not know is a malformed answer.
 */
export function readSearchRefusal(output: XmlElement): Refusal | null {
  const { name, message } = readOutcome(output);
  switch (name) {
    case 'Success':
      return null;
    case 'ValidationFailed':
      return {
        outcome: 'Invalid',
        message: message || 'The search was refused.',
        fieldErrors: readFieldErrors(output),
      };
    case 'NoCustomer':
      return { outcome: 'NoCustomer', message: message || 'There is no such customer.' };
    default:
      throw new Error(`unknown outcome "${name}"`);
  }
}

/** A whole number (money in minor units, a count); anything else is malformed. */
export function wholeNumber(text: string, what: string): number {
  const value = Number(text.trim());
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(value)) {
    throw new Error(`${what} is not a whole number: "${text}"`);
  }
  return value;
}

/** A quantity (xsd:float; whole in practice). */
export function quantity(text: string, what: string): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new Error(`${what} is not a number: "${text}"`);
  }
  return value;
}

/** An xsd:dateTime the screens can show; anything else is malformed. */
export function dateTime(text: string, what: string): string {
  const value = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new Error(`${what} is not a date and time: "${text}"`);
  }
  return value;
}
