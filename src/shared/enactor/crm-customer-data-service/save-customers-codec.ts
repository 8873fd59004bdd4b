import type { CustomerDetails, CustomerDraft } from '../../domain/crm';
import { NS } from '../soap/namespaces';
import type { XmlElement } from '../soap/xml-reader';
import { decodeSaveResult, writeCustomer } from './customer-entity';

/** CRMCustomerDataService · saveCustomers (a new customer) and updateCustomers ([OURS] shapes). */
export const SAVE_CUSTOMERS = { operation: 'saveCustomers', responseNs: NS.crm } as const;
export const UPDATE_CUSTOMERS = { operation: 'updateCustomers', responseNs: NS.crm } as const;

const wrap = (operation: string, entity: string) =>
  `<crm:${operation} xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}">${entity}</crm:${operation}>`;

export const encodeSaveCustomers = (draft: CustomerDraft) =>
  wrap('saveCustomers', writeCustomer(draft));

/** Carries the stamp of the record the edit began from: a stale one comes back as Conflict. */
export const encodeUpdateCustomers = (base: CustomerDetails, draft: CustomerDraft) =>
  wrap('updateCustomers', writeCustomer(draft, base));

export const decodeSaveCustomers = (response: XmlElement) =>
  decodeSaveResult(response, 'customerSaveOutput');
