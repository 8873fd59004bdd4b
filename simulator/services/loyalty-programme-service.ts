import type { FaultSwitch } from '../faults.ts';
import { SimulatedDisconnect, sleep } from '../faults.ts';
import { usDate, type Member, type ProgrammeStore } from '../loyalty-programme/programme-store.ts';

/** Seed 003's REST loyalty controller: Earn, BalanceCheck, Authorize, with Bearer tokens. */
export interface ProgrammeServiceOptions {
  readonly token: string;
  readonly latencyMs?: number;
}

const json = (status: number, body: unknown) =>
  new Response(body === null ? null : JSON.stringify(body), {
    status,
    headers: body === null ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
  });

// Seed 003 lists each error as "status reason"; the body carries the reason.
const error = (status: number, message: string) => json(status, { Message: message });

const REQUIRED_AUTHORIZE = 'Required: Type, Ref, SaleId, and (RequestedAmount or RequestedPoints)';
const REQUIRED_EARN = 'Required: CustomerNumber, Points, Reason and Reference';
const REFERENCE_USED = 'Reference already used for another earning';

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isWhole = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

function memberJson(m: Member) {
  return {
    Loyalty: {
      CustomerNumber: m.customerNumber,
      ProgramName: m.programName,
      EarningDescription: m.earningDescription,
      RedemptionDescription: m.redemptionDescription,
      Status: m.status,
      PointBalance: m.pointBalance,
      OpenAuthorizations: m.openAuthorizations,
      PendingPointsEarned: m.pendingPointsEarned,
      AvailablePointBalance: m.pointBalance - m.openAuthorizations,
      History: m.history,
    },
  };
}

export function loyaltyProgrammeService(
  store: ProgrammeStore,
  faults: FaultSwitch,
  options: ProgrammeServiceOptions,
) {
  const balanceCheck = (id: string) => {
    const member = store.member(id);
    return member ? json(200, memberJson(member)) : error(404, 'Id not found');
  };

  const earn = (body: Record<string, unknown>) => {
    const { CustomerNumber, Points, Reason, Reference } = body;
    if (
      !isText(CustomerNumber) ||
      !isWhole(Points) ||
      typeof Reason !== 'string' ||
      !isText(Reference)
    )
      return error(400, REQUIRED_EARN);
    if (!store.isCustomer(CustomerNumber)) return error(404, 'CustomerNumber Not Found');
    const member = store.member(CustomerNumber);
    if (!member) return error(400, 'Not enrolled in Loyalty');
    // The reference is the earning's idempotency key: a repeat is the same earning.
    const earlier = member.earned.get(Reference);
    if (earlier && store.idempotent) {
      // [OURS] The same reference for another amount or reason is not a repeat but a reuse.
      if (earlier.points !== Points || earlier.reason !== Reason) return error(400, REFERENCE_USED);
      return json(204, null);
    }
    if (!earlier) member.earned.set(Reference, { points: Points, reason: Reason });
    member.pointBalance += Points;
    member.history.push({
      Date: usDate(new Date()),
      PointAmount: Points,
      Document: Reference,
      Reason,
    });
    store.countEarn(CustomerNumber, Reference);
    return json(204, null);
  };

  const authorize = (body: Record<string, unknown>) => {
    const { Type, Ref, SaleId, RequestedPoints, RequestedAmount } = body;
    const hasAmount = RequestedPoints !== undefined || RequestedAmount !== undefined;
    if (!isText(Type) || !isText(Ref) || !isText(SaleId) || !hasAmount)
      return error(400, REQUIRED_AUTHORIZE);
    if (Type.toLowerCase() !== 'loyalty') return error(400, 'Type is not valid');
    // [OURS] RequestedAmount is money: 100 points to one unit of currency.
    const points = RequestedPoints !== undefined ? RequestedPoints : Number(RequestedAmount) * 100;
    if (!isWhole(points)) return error(400, REQUIRED_AUTHORIZE);
    const member = store.member(Ref);
    if (!member) return error(400, 'Not enrolled in Loyalty');
    const earlier = member.authorised.get(SaleId);
    if (earlier !== undefined && store.idempotent) return json(200, earlier);
    if (points > member.pointBalance - member.openAuthorizations)
      return error(400, 'No Balance Remaining');
    member.openAuthorizations += points;
    member.history.push({
      Activity: 'Pending Charge',
      Date: usDate(new Date()),
      PointAmount: points,
      Location: 'POS',
      Document: SaleId,
    });
    const echo = {
      Type,
      Ref,
      SaleId,
      ...(RequestedPoints !== undefined ? { RequestedPoints } : { RequestedAmount }),
    };
    member.authorised.set(SaleId, echo);
    return json(200, echo);
  };

  /** Handles /Loyalty/...; the fault switch names operations `Loyalty/Earn` and so on. */
  return async function handle(request: Request, path: string): Promise<Response> {
    const balance = /^\/Loyalty\/([^/]+)\/BalanceCheck\/?$/.exec(path);
    const operation = balance
      ? 'Loyalty/BalanceCheck'
      : path.replace(/\/+$/, '') === '/Loyalty/Earn'
        ? 'Loyalty/Earn'
        : path.replace(/\/+$/, '') === '/Loyalty/Authorize'
          ? 'Loyalty/Authorize'
          : null;
    if (!operation) return error(404, 'Not Found');
    const method = balance ? 'GET' : 'POST';
    if (request.method !== method) return error(405, `${operation} takes ${method}`);
    if (request.headers.get('Authorization') !== `Bearer ${options.token}`)
      return error(401, 'Not Authorized');

    const planned = faults.take(operation);
    if (planned?.kind === 'unreachable') throw new SimulatedDisconnect();
    if (options.latencyMs) await sleep(options.latencyMs, request.signal);
    if (planned?.kind === 'delay') await sleep(planned.delayMs ?? 10_000, request.signal);
    if (planned?.kind === 'soap-fault') return error(500, 'Internal Server Error');
    if (planned?.kind === 'http-error')
      return new Response('Service Unavailable', {
        status: 503,
        statusText: 'Service Unavailable',
      });

    let response: Response;
    if (balance) {
      response = balanceCheck(decodeURIComponent(balance[1] as string));
    } else {
      let body: unknown;
      try {
        body = JSON.parse(await request.text());
      } catch {
        body = null;
      }
      const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
      response = operation === 'Loyalty/Earn' ? earn(record) : authorize(record);
    }
    if (planned?.kind === 'disconnect') throw new SimulatedDisconnect();
    if (planned?.kind === 'malformed' && response.status === 200) {
      return new Response((await response.text()).slice(0, 40), {
        status: 200,
        headers: response.headers,
      });
    }
    return response;
  };
}
