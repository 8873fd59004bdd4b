import { describe, expect, it, vi } from 'vitest';
import { connectSimulator } from '../../../testing/enactor';
import { createCustomerService } from '../customer-service/customer-service';
import { NAME_SEARCH } from '../customer-service/name-search-codec';
import { CancelledError } from '../errors';
import { buildEnvelope } from '../soap/soap-request';
import { OFF_THREAD_BYTES } from '../soap/paged-call';
import { answerJob, WORKER_OPERATIONS } from './decode-answer';
import { createDecodeWorkers } from './decode-worker-client';
import type { DecodeJob } from './protocol';

type Behaviour = 'works' | 'hangs' | 'fails to start' | 'crashes';

/**
 * A stand-in for a browser Worker (Vitest has none) running the worker's own code: messages
 * cross by structured clone, each delivered as its own task.
 */
class FakeWorker extends EventTarget {
  onmessage: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  jobs = 0;
  constructor(private readonly behaviour: Behaviour) {
    super();
    setTimeout(() => {
      if (behaviour === 'fails to start') this.fail('module script failed to load');
      else this.deliver({ ready: [...WORKER_OPERATIONS.keys()] });
    });
  }
  postMessage(job: DecodeJob) {
    const copy = structuredClone(job);
    this.jobs++;
    if (this.behaviour === 'hangs') return;
    if (this.behaviour === 'crashes') return void setTimeout(() => this.fail('out of memory'));
    void answerJob(copy, (message) => setTimeout(() => this.deliver(structuredClone(message))));
  }
  terminate() {
    this.terminated = true;
  }
  private deliver(data: unknown) {
    if (!this.terminated) this.onmessage?.({ data } as MessageEvent);
  }
  private fail(message: string) {
    if (!this.terminated)
      this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }
}

function workers(...behaviours: Behaviour[]) {
  const started: FakeWorker[] = [];
  const decoder = createDecodeWorkers(() => {
    const worker = new FakeWorker(behaviours[Math.min(started.length, behaviours.length - 1)]!);
    started.push(worker);
    return worker as unknown as Worker;
  });
  return { decoder, started };
}

async function unpagedAnswer(customers = 3000) {
  const { transport } = connectSimulator({ customers, ignorePaging: true });
  const response = await transport('http://sim.test/axis2/services/CustomerService', {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml', SOAPAction: '"urn:submitCustomerNameSearch"' },
    body: buildEnvelope(
      '1.1',
      NAME_SEARCH.encode({ criteria: 'a', page: { offset: 0, count: 50 } }),
    ),
  });
  return response.blob();
}

describe('decode workers', () => {
  it('decode an answer off the thread, and keep one worker for the next', async () => {
    const { decoder, started } = workers('works');
    const body = await unpagedAnswer();
    expect(body.size).toBeGreaterThan(OFF_THREAD_BYTES);
    const answer = await decoder.decode(NAME_SEARCH.operation, body);
    expect(answer).toMatchObject({ kind: 'value', value: { paging: { totalRows: 0 } } });
    expect(answer?.kind === 'value' && answer.value.rows.length).toBeGreaterThan(500);
    await decoder.decode(NAME_SEARCH.operation, await unpagedAnswer());
    expect(started).toHaveLength(1);
    expect(started[0]!.jobs).toBe(2);
  });

  it('stop a decode at once when the caller gives up: its worker is terminated', async () => {
    const { decoder, started } = workers('hangs', 'works');
    const controller = new AbortController();
    const pending = decoder.decode(
      NAME_SEARCH.operation,
      await unpagedAnswer(300),
      controller.signal,
    );
    await vi.waitFor(() => expect(started[0]?.jobs).toBe(1));
    controller.abort(new DOMException('new search', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ message: 'new search' });
    expect(started[0]!.terminated).toBe(true);
    // The next answer gets a fresh worker.
    await expect(
      decoder.decode(NAME_SEARCH.operation, await unpagedAnswer(300)),
    ).resolves.toMatchObject({ kind: 'value' });
    expect(started).toHaveLength(2);
  });

  it('answer null (decode it yourself) when no worker can start, or it does not know the operation', async () => {
    const body = await unpagedAnswer(300);
    await expect(
      workers('fails to start').decoder.decode(NAME_SEARCH.operation, body),
    ).resolves.toBeNull();
    await expect(workers('works').decoder.decode('submitSomethingElse', body)).resolves.toBeNull();
  });

  it('turn a worker that dies mid-way into a problem answer', async () => {
    const { decoder } = workers('crashes');
    await expect(decoder.decode(NAME_SEARCH.operation, await unpagedAnswer(300))).resolves.toEqual({
      kind: 'problem',
      problem: 'the answer could not be decoded: out of memory',
    });
  });
});

describe('a search with a decode worker', () => {
  function service(behaviour: Behaviour, options = { customers: 3000, ignorePaging: true }) {
    const { transport } = connectSimulator(options);
    const { decoder, started } = workers(behaviour);
    const decode = vi.spyOn(decoder, 'decode');
    const endpoint = (withDecoder: boolean) => ({
      service: 'customerService' as const,
      url: 'http://sim.test/axis2/services/CustomerService',
      soapVersion: '1.1' as const,
      timeoutMs: 5000,
      transport,
      ...(withDecoder ? { decoder } : {}),
    });
    return {
      withWorker: createCustomerService(endpoint(true)),
      onThread: createCustomerService(endpoint(false)),
      decode,
      started,
    };
  }

  it('decodes a large answer in the worker, with exactly the rows decoded here', async () => {
    const { withWorker, onThread, decode } = service('works');
    const page = { offset: 50, count: 50 };
    const off = await withWorker.search('name', 'a', page);
    expect(decode).toHaveBeenCalledTimes(1);
    expect(off).toEqual(await onThread.search('name', 'a', page));
    expect(off).toMatchObject({ pagedBy: 'client', offset: 50 });
  });

  it('decodes a small answer here', async () => {
    const { withWorker, decode } = service('works', { customers: 3000, ignorePaging: false });
    const page = await withWorker.search('name', 'a', { offset: 0, count: 50 });
    expect(page.rows).toHaveLength(50);
    expect(decode).not.toHaveBeenCalled();
  });

  it('is cancelled by a new search while the worker decodes: CancelledError, worker stopped', async () => {
    const { withWorker, started } = service('hangs');
    const controller = new AbortController();
    const pending = withWorker.search('name', 'a', { offset: 0, count: 50 }, controller.signal);
    await vi.waitFor(() => expect(started[0]?.jobs).toBe(1));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(started[0]!.terminated).toBe(true);
  });
});
