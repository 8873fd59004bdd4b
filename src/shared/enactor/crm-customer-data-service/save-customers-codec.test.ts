import type { CustomerDraft } from '../../domain/crm';
import { describe, expect, it } from 'vitest';
import { buildEnvelope, openEnvelope } from '../soap/envelope';
import { NS } from '../soap/namespaces';
import { SAVE_CUSTOMERS } from './save-customers-codec';

const answer = (fieldErrors: string) => {
  const opened = openEnvelope(
    buildEnvelope(
      '1.1',
      `<crm:saveCustomersResponse xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}">` +
        '<retail:customerSaveOutput><retail:outcome name="ValidationFailed"/>' +
        `<retail:message>Not saved.</retail:message>${fieldErrors}` +
        '</retail:customerSaveOutput></crm:saveCustomersResponse>',
    ),
  );
  if (opened.kind !== 'payload') throw new Error('fault');
  return SAVE_CUSTOMERS.decode(opened.payload, {} as CustomerDraft);
};

describe('saveCustomers field errors', () => {
  it('puts a known field on the form and keeps any other in the message', () => {
    expect(
      answer(
        '<retail:fieldError field="customerName.surname">Surname is mandatory.</retail:fieldError>' +
          '<retail:fieldError field="loyaltyTier">Tier is closed.</retail:fieldError>',
      ),
    ).toEqual({
      outcome: 'Invalid',
      message: 'Not saved. Tier is closed.',
      fieldErrors: { surname: 'Surname is mandatory.' },
    });
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'keeps an error on a server field named %s (it is no form field)',
    (field) => {
      expect(
        answer(
          `<retail:fieldError field="${field}">The ${field} check failed.</retail:fieldError>`,
        ),
      ).toEqual({
        outcome: 'Invalid',
        message: `Not saved. The ${field} check failed.`,
        fieldErrors: {},
      });
    },
  );
});
