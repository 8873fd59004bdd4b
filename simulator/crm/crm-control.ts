import type { ContactHistoryStore } from './contact-history-store.ts';
import type { RelationshipStore } from './relationship-store.ts';

/**
 * /__simulator/crm/...: what tills recorded in contact history and relationships, for QA,
 * trainers and journeys that must prove a write happened once.
 *   GET  crm/status  -> { contactsSaved, emailsRecorded, relationshipsSaved }
 *   GET  crm/emails  -> the e-mails recorded as contacts (what the Enactor server would send)
 *   POST crm/reset   -> forget what tills saved (generated data stays)
 */
export function handleCrmControl(
  request: Request,
  path: string,
  deps: { contacts: ContactHistoryStore; relationships: RelationshipStore },
): Response {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  const { contacts, relationships } = deps;
  if (path === 'status' && request.method === 'GET') {
    return json(200, {
      contactsSaved: contacts.savedCount,
      emailsRecorded: contacts.emails().length,
      relationshipsSaved: relationships.savedCount,
    });
  }
  if (path === 'emails' && request.method === 'GET') {
    return json(
      200,
      contacts.emails().map((e) => ({
        contactHistoryId: e.contactHistoryId,
        customerNumber: e.customerNumber,
        contactDate: e.contactDate,
        userId: e.userId,
        recipients: e.recipients,
        subject: e.subject,
        body: e.description,
      })),
    );
  }
  if (path === 'reset' && request.method === 'POST') {
    contacts.reset();
    relationships.reset();
    return json(200, { reset: true });
  }
  return json(404, { error: `no control endpoint ${request.method} /__simulator/crm/${path}` });
}
