import { handleControl } from './control.ts';
import { SEED_CUSTOMERS } from './customers/customer-record.ts';
import { CustomerStore } from './customers/customer-store.ts';
import { FIRST_GENERATED_NUMBER, generateCustomers } from './customers/generate-customers.ts';
import { FaultSwitch, SimulatedDisconnect, sleep } from './faults.ts';
import { AccountStore } from './accounts/account-store.ts';
import { CrmStore } from './crm/crm-store.ts';
import { createClienteling, type Clienteling } from './crm/clienteling-stores.ts';
import { Affiliations } from './crm/affiliations.ts';
import { GDPR_CONSENT } from './crm/option-sets.ts';
import type { PreferencesStore } from './crm/preferences-store.ts';
import { ContactHistoryStore } from './crm/contact-history-store.ts';
import { handleCrmControl } from './crm/crm-control.ts';
import { formHouseholds } from './crm/households.ts';
import { RelationshipStore } from './crm/relationship-store.ts';
import { TransactionHistory } from './crm/transaction-history.ts';
import { PROGRAMME_CUSTOMERS, ProgrammeStore } from './loyalty-programme/programme-store.ts';
import { CRM_NS, crmCustomerDataServiceOperations } from './services/crm-customer-data-service.ts';
import { crmHistoryOperations } from './services/crm-history-operations.ts';
import { crmNetworkOperations, type ConsentsOf } from './services/crm-network-operations.ts';
import { loyaltyProgrammeService } from './services/loyalty-programme-service.ts';
import {
  ACCOUNT_BALANCE_SERVICE_NS,
  accountBalanceServiceOperations,
} from './services/account-balance-service.ts';
import { customerServiceOperations, CUSTOMER_SERVICE_NS } from './services/customer-service.ts';
import { crmKeyDatesOperations } from './services/crm-key-dates-operations.ts';
import { crmNotesOperations } from './services/crm-notes-operations.ts';
import { crmPreferencesOperations } from './services/crm-preferences-operations.ts';
import { RETAIL } from './xml/namespaces.ts';
import { BadRequestError, readSoapRequest, type RequestElement } from './xml/request-reader.ts';
import { envelope, faultEnvelope } from './xml/response-writer.ts';

export interface SimulatorOptions {
  /** Generated customers besides the seed's (default 5,000). */
  readonly customers?: number;
  /** Seed of the generated data: the same seed gives the same customers. */
  readonly seed?: number;
  /** Country of the generated customers: en-GB (default), fr-FR or de-DE. */
  readonly locale?: string;
  /** Latency added to every SOAP call, to feel like a network. */
  readonly latencyMs?: number;
  /** Behave like a server that ignores pageInfo. */
  readonly ignorePaging?: boolean;
  /** Cap on rows a search returns without paging (default 1,000). */
  readonly maxUnpagedRows?: number;
  /** The Bearer token the REST loyalty controller accepts (default `demo-loyalty-token`). */
  readonly loyaltyToken?: string;
  /** The simulator's clock: "today" for key dates and the day derived data is dated from. */
  readonly now?: () => Date;
  /** Consents Load Customer Details answers (the preferences store; none by default). */
  readonly consentsOf?: ConsentsOf;
}

export const DEMO_LOYALTY_TOKEN = 'demo-loyalty-token';

export interface Simulator {
  /** Fetch API handler: the whole simulator is this function. */
  handle(request: Request): Promise<Response>;
  readonly store: CustomerStore;
  readonly accounts: AccountStore;
  readonly programme: ProgrammeStore;
  readonly crm: CrmStore;
  readonly clienteling: Clienteling;
  readonly faults: FaultSwitch;
  readonly history: TransactionHistory;
  readonly contacts: ContactHistoryStore;
  readonly relationships: RelationshipStore;
}

type Operation = (request: RequestElement) => string;
interface Service {
  readonly ns: string;
  readonly operations: Record<string, Operation>;
  /** Operations whose wrapper is in another namespace than the service's. */
  readonly operationNs?: Readonly<Record<string, string>>;
}

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, SOAPAction, Authorization',
  'Access-Control-Max-Age': '600',
};

// /axis2/services/CustomerService, also Axis2's .CustomerServiceHttpSoap11Endpoint/ forms.
const SERVICE_PATH = /^\/axis2\/services\/(\w+?)(?:\.\w+Endpoint)?\/?$/;

function withCors(response: Response): Response {
  const headers = new Headers(response.headers);
  for (const [k, v] of Object.entries(CORS_HEADERS)) headers.set(k, v);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

function soapResponse(version: '1.1' | '1.2', status: number, xml: string): Response {
  const type = version === '1.2' ? 'application/soap+xml' : 'text/xml';
  return new Response(xml, { status, headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

/** The action a request names: SOAPAction (1.1) or the action parameter of Content-Type (1.2). */
function requestedAction(request: Request): string | null {
  const soapAction = request.headers.get('SOAPAction');
  if (soapAction !== null) return soapAction.replace(/^"|"$/g, '');
  const match = /action="?([^";]+)"?/.exec(request.headers.get('Content-Type') ?? '');
  return match?.[1] ?? null;
}

/** Load Customer Details' consents: the current GDPR_CONSENT value per channel. */
function consentsFromPreferences(preferences: PreferencesStore): ConsentsOf {
  return (customerNumber) =>
    (preferences.get(customerNumber, [GDPR_CONSENT])?.current ?? []).map((r) => ({
      channelId: r.optionPathId.split(':')[0] ?? r.optionPathId,
      granted: r.value,
      created: r.created,
      userId: r.userId,
    }));
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  // Generated households share an address (docs/API.md, Get Affiliated Customer).
  const generatedCount = options.customers ?? 5000;
  const { records: generated, households } = formHouseholds(
    generateCustomers(generatedCount, options.seed, options.locale),
    FIRST_GENERATED_NUMBER,
  );
  const store = new CustomerStore([...SEED_CUSTOMERS, ...PROGRAMME_CUSTOMERS, ...generated]);
  const faults = new FaultSwitch();
  const accounts = new AccountStore(store);
  const programme = new ProgrammeStore(store);
  const crm = new CrmStore(store, accounts);
  // Customers the simulator starts with have derived notes, preferences and dates; one a
  // till creates starts with none.
  const starting = new Set(
    [...SEED_CUSTOMERS, ...PROGRAMME_CUSTOMERS].map((c) => c.customerNumber),
  );
  const clienteling = createClienteling(store, options.now ?? (() => new Date()), (n) => {
    const k = /^\d+$/.test(n) ? Number(n) - FIRST_GENERATED_NUMBER : -1;
    return starting.has(n) || (k >= 0 && k < generatedCount);
  });
  const dataSeed = options.seed ?? 20261122;
  const history = new TransactionHistory(store, dataSeed);
  const contacts = new ContactHistoryStore(store, dataSeed);
  const relationships = new RelationshipStore(store, households);
  const handleProgramme = loyaltyProgrammeService(programme, faults, {
    token: options.loyaltyToken ?? DEMO_LOYALTY_TOKEN,
    ...(options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs }),
  });
  const services: Record<string, Service> = {
    CustomerService: {
      ns: CUSTOMER_SERVICE_NS,
      operations: customerServiceOperations(store, {
        ignorePaging: options.ignorePaging ?? false,
        maxUnpagedRows: options.maxUnpagedRows ?? 1000,
      }),
    },
    AccountBalanceService: {
      ns: ACCOUNT_BALANCE_SERVICE_NS,
      operations: accountBalanceServiceOperations(crm, accounts),
    },
    CRMCustomerDataService: {
      ns: CRM_NS,
      operations: {
        ...crmCustomerDataServiceOperations(crm),
        ...crmNotesOperations(clienteling.notes),
        ...crmPreferencesOperations(clienteling.preferences),
        ...crmKeyDatesOperations(clienteling.keyDates),
        ...crmHistoryOperations(history, contacts),
        ...crmNetworkOperations({
          customers: store,
          crm,
          relationships,
          affiliations: new Affiliations(store, crm),
          consentsOf: options.consentsOf ?? consentsFromPreferences(clienteling.preferences),
        }),
      },
      // The public code sends saveCustomerPreferenceMap in the retail namespace.
      operationNs: { saveCustomerPreferenceMap: RETAIL },
    },
  };

  async function handleSoap(request: Request, serviceName: string): Promise<Response> {
    let version: '1.1' | '1.2' = (request.headers.get('Content-Type') ?? '').includes('soap+xml')
      ? '1.2'
      : '1.1';
    const fault = (status: number, who: 'client' | 'server', reason: string) =>
      soapResponse(version, status, faultEnvelope(version, who, reason));

    const service = services[serviceName];
    if (!service) {
      return fault(
        500,
        'client',
        `The service cannot be found for the endpoint reference (EPR) ${serviceName}`,
      );
    }
    if (request.method !== 'POST') return fault(405, 'client', 'SOAP requests must be POSTed');
    let operationElement: RequestElement;
    try {
      const parsed = readSoapRequest(await request.text());
      version = parsed.soapVersion;
      operationElement = parsed.operation;
    } catch (error) {
      if (error instanceof BadRequestError) return fault(500, 'client', error.message);
      throw error;
    }
    const name = operationElement.local;
    const operation =
      operationElement.ns === (service.operationNs?.[name] ?? service.ns)
        ? service.operations[name]
        : undefined;
    if (!operation) {
      return fault(
        500,
        'client',
        `The endpoint reference (EPR) for the Operation not found is ${serviceName} and the WSA Action = urn:${name}`,
      );
    }
    const action = requestedAction(request);
    if (action !== null && action !== '' && action !== `urn:${name}`) {
      return fault(500, 'client', `SOAPAction ${action} does not match the body's ${name}`);
    }

    const planned = faults.take(name);
    // A server that is down does no work and sends nothing: the connection just drops.
    if (planned?.kind === 'unreachable') throw new SimulatedDisconnect();
    if (options.latencyMs) await sleep(options.latencyMs, request.signal);
    if (planned?.kind === 'delay') await sleep(planned.delayMs ?? 10_000, request.signal);
    if (planned?.kind === 'soap-fault') {
      return fault(500, 'server', 'Simulated fault: the service is temporarily unavailable');
    }
    if (planned?.kind === 'http-error') {
      return new Response('Service Unavailable', {
        status: 503,
        statusText: 'Service Unavailable',
      });
    }

    let payload: string;
    try {
      payload = operation(operationElement);
    } catch (error) {
      if (error instanceof BadRequestError) return fault(500, 'client', error.message);
      throw error;
    }
    if (planned?.kind === 'disconnect') throw new SimulatedDisconnect();
    if (planned?.kind === 'malformed') {
      return soapResponse(version, 200, envelope(version, payload).slice(0, 200));
    }
    return soapResponse(version, 200, envelope(version, payload));
  }

  async function handle(request: Request): Promise<Response> {
    if (request.method === 'OPTIONS')
      return new Response(null, { status: 204, headers: CORS_HEADERS });
    const path = new URL(request.url).pathname;
    if (path.startsWith('/__simulator/crm/')) {
      return withCors(
        handleCrmControl(request, path.slice('/__simulator/crm/'.length), {
          contacts,
          relationships,
        }),
      );
    }
    if (path.startsWith('/__simulator/')) {
      return withCors(
        await handleControl(request, path.slice('/__simulator/'.length), {
          store,
          faults,
          accounts,
          programme,
          clienteling,
        }),
      );
    }
    if (path.startsWith('/Loyalty/')) {
      try {
        return withCors(await handleProgramme(request, path));
      } catch (error) {
        if (error instanceof SimulatedDisconnect || request.signal.aborted) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        return withCors(
          new Response(JSON.stringify({ Message: `Simulator error: ${reason}` }), { status: 500 }),
        );
      }
    }
    const match = SERVICE_PATH.exec(path);
    if (!match) return withCors(new Response('Not Found', { status: 404 }));
    try {
      return withCors(await handleSoap(request, match[1] as string));
    } catch (error) {
      if (error instanceof SimulatedDisconnect) throw error;
      if (request.signal.aborted) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      return withCors(
        soapResponse('1.1', 500, faultEnvelope('1.1', 'server', `Simulator error: ${reason}`)),
      );
    }
  }

  return {
    handle,
    store,
    accounts,
    programme,
    crm,
    clienteling,
    faults,
    history,
    contacts,
    relationships,
  };
}
