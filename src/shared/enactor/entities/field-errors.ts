import { NS } from '../soap/namespaces';
import { attribute, childrenNamed, type XmlElement } from '../soap/xml-reader';

/**
 * A `ValidationFailed` answer's `retail:fieldError@field` elements (with `@key` where a save
 * holds several items, e.g. a preference map), sorted into the fields the till knows (looked up
 * in a Map: a field named `__proto__` or `constructor` is just an unknown field), the items they
 * are about, and the rest, which the cashier still reads, in the message.
 */
export function readFieldErrors<F extends string>(
  output: XmlElement,
  fields: ReadonlyMap<string, F>,
): {
  readonly fieldErrors: Map<F, string>;
  readonly itemErrors: Map<string, string>;
  readonly others: string[];
} {
  const fieldErrors = new Map<F, string>();
  const itemErrors = new Map<string, string>();
  const others: string[] = [];
  for (const e of childrenNamed(output, NS.retail, 'fieldError')) {
    const words = e.text.trim();
    const key = attribute(e, 'key');
    if (key !== undefined && key !== '') {
      itemErrors.set(key, [itemErrors.get(key), words].filter(Boolean).join(' '));
      continue;
    }
    const field = fields.get(attribute(e, 'field') ?? '');
    if (field === undefined) others.push(words);
    else fieldErrors.set(field, [fieldErrors.get(field), words].filter(Boolean).join(' '));
  }
  return { fieldErrors, itemErrors, others };
}
