import { NS } from '../soap/namespaces';
import { escapeXml } from '../soap/xml-escape';
import { attribute, child, childText, type XmlElement } from '../soap/xml-reader';

/**
 * Small readers and writers for `retail:` elements, shared by every service's codecs
 * (CustomerService, AccountBalanceService and CRMCustomerDataService all answer in them).
 */

/** Trimmed text of the first `retail:{local}` child, or ''. */
export const retailText = (parent: XmlElement, local: string) =>
  childText(parent, NS.retail, local);

export const orNull = (value: string) => (value === '' ? null : value);

export const isTrue = (value: string) => value.trim().toLowerCase() === 'true';

/** `<retail:{name}>value</retail:{name}>` with the value escaped. */
export const retailElement = (name: string, value: string | number | boolean) =>
  `<retail:${name}>${escapeXml(String(value))}</retail:${name}>`;

/** A whole number the server must send (a balance, an amount); anything else is malformed. */
export function readWhole(parent: XmlElement, local: string, what: string): number {
  const raw = retailText(parent, local);
  const value = Number(raw);
  if (raw === '' || !Number.isSafeInteger(value)) {
    throw new Error(`${what} is not a whole number: "${raw}"`);
  }
  return value;
}

/** The outcome name, and [OURS] a message in `retail:message` or the outcome's text. */
export function readOutcome(output: XmlElement): { name: string; message: string } {
  const outcome = child(output, NS.retail, 'outcome');
  if (!outcome) throw new Error('the output has no retail:outcome');
  return {
    name: attribute(outcome, 'name') ?? '',
    message: retailText(output, 'message') || outcome.text.trim(),
  };
}

/** The `retail:{wrapper}` output element every answer with an outcome carries. */
export function outputOf(response: XmlElement, wrapper: string): XmlElement {
  const output = child(response, NS.retail, wrapper);
  if (!output) throw new Error(`the response has no retail:${wrapper}`);
  return output;
}

/** An xsd:boolean child (`true`/`false`/`1`/`0`; absent or empty = false); anything else is malformed. */
export function readBoolean(parent: XmlElement, local: string): boolean {
  const raw = retailText(parent, local);
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new Error(`retail:${local} is not a boolean: "${raw}"`);
}

/** A whole number the server may leave out: null when absent or empty. */
export function readOptionalWhole(parent: XmlElement, local: string, what: string): number | null {
  return retailText(parent, local) === '' ? null : readWhole(parent, local, what);
}
