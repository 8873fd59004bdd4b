import { openEnvelope } from './envelope';
import type { Answer, SoapOperation } from './soap-call';

const problemOf = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));

/**
 * Opens an envelope and decodes its `{operation}Response` payload with the operation's codec.
 * Loaded with the first answer (it brings the XML parser), by `soap-call.ts` and by the
 * decode worker.
 */
export function openAnswer<Input, Output>(
  text: string,
  op: Pick<SoapOperation<Input, Output>, 'operation' | 'responseNs' | 'decode'>,
  /** What was sent, for a codec that checks its answer against it (a search's need not). */
  input?: Input,
): Answer<Output> {
  let opened: ReturnType<typeof openEnvelope>;
  try {
    opened = openEnvelope(text);
  } catch (cause) {
    return { kind: 'problem', problem: problemOf(cause), cause };
  }
  if (opened.kind === 'fault') return opened;
  const { payload } = opened;
  if (payload.local !== `${op.operation}Response` || payload.ns !== op.responseNs) {
    return {
      kind: 'problem',
      problem: `expected ${op.operation}Response in "${op.responseNs}", found <${payload.local}> in "${payload.ns}"`,
    };
  }
  try {
    return { kind: 'value', value: op.decode(payload, input as Input) };
  } catch (cause) {
    return { kind: 'problem', problem: problemOf(cause), cause };
  }
}
