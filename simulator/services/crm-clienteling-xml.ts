import type { FieldProblem } from '../crm/clienteling.ts';
import { RETAIL } from '../xml/namespaces.ts';
import { BadRequestError, childOf, type RequestElement } from '../xml/request-reader.ts';
import { xmlText } from '../xml/response-writer.ts';
import { CRM_NS } from './crm-customer-data-service.ts';

/** XML pieces the notes, preferences and key-dates operations share ([OURS] shapes). */

export const el = (name: string, value: string | number | boolean | null) =>
  value === null || value === ''
    ? `<retail:${name}/>`
    : `<retail:${name}>${xmlText(String(value))}</retail:${name}>`;

/** An element only when there is a value. */
export const optional = (name: string, value: string | number | null) =>
  value === null || value === '' ? '' : el(name, value);

/** A `retail:` child's text, trimmed; '' when absent. */
export const text = (parent: RequestElement | undefined, local: string) =>
  parent ? (childOf(parent, RETAIL, local)?.text.trim() ?? '') : '';

export function mandatory(parent: RequestElement, local: string, where: string): string {
  const value = text(parent, local);
  if (value === '') throw new BadRequestError(`${where}/retail:${local} is mandatory`);
  return value;
}

export const outcomeXml = (name: string, message = '') =>
  `<retail:outcome name="${name}"/>${message ? `<retail:message>${xmlText(message)}</retail:message>` : ''}`;

export const fieldErrorsXml = (problems: readonly FieldProblem[]) =>
  problems
    .map(
      (p) =>
        `<retail:fieldError field="${xmlText(p.field)}"${p.key === undefined ? '' : ` key="${xmlText(p.key)}"`}>${xmlText(p.message)}</retail:fieldError>`,
    )
    .join('');

export const invalidXml = (problems: readonly FieldProblem[], message: string) =>
  outcomeXml('ValidationFailed', message) + fieldErrorsXml(problems);

export const noCustomerXml = (customerId: string) =>
  outcomeXml('NoCustomer', `There is no customer ${customerId}.`);

/** `{ns}:{operation}Response` holding one `retail:{output}`. */
export function responseXml(
  prefix: 'crm' | 'retail',
  operation: string,
  output: string,
  inner: string,
): string {
  const wrapperNs = prefix === 'crm' ? ` xmlns:crm="${CRM_NS}"` : ` xmlns:retail="${RETAIL}"`;
  const outputNs = prefix === 'crm' ? ` xmlns:retail="${RETAIL}"` : '';
  return `<${prefix}:${operation}Response${wrapperNs}><retail:${output}${outputNs}>${inner}</retail:${output}></${prefix}:${operation}Response>`;
}
