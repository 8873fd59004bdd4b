import { beforeAll, describe, expect, it } from 'vitest';
import {
  loyaltySearchResponse,
  simulatorSamples,
  type Sample,
} from '../../../testing/paged-answers';
import { NAME_SEARCH } from '../customer-service/name-search-codec';
import { decodePagedText } from '../decode-worker/decode-answer';
import { openEnvelope } from './envelope';
import { NS } from './namespaces';
import { openAnswer } from './open-answer';
import { decodePagedArrayList, type PagedArrayList } from './paged-array-list';
import type { PagedOperation } from './paged-call';
import { NotStreamable, streamPagedList } from './paged-list-stream';
import { XmlSyntaxError } from './xml-parser';
import { child } from './xml-reader';

/** The list as the tree decoder reads it, from the Body's payload. */
function treeList(text: string): PagedArrayList {
  const opened = openEnvelope(text);
  if (opened.kind !== 'payload') throw new Error('fault');
  return decodePagedArrayList(child(opened.payload, NS.core, 'pagedArrayList')!);
}

const parts = (list: PagedArrayList) => ({
  rowsPerPage: list.rowsPerPage,
  currentRowOffset: list.currentRowOffset,
  totalRows: list.totalRows,
  columns: list.columns,
  rows: list.rows,
});

/** An answer (problem causes are Error objects the worker does not send back). */
const plain = (answer: ReturnType<typeof openAnswer>) =>
  answer.kind === 'problem' ? { kind: answer.kind, problem: answer.problem } : answer;

const NAME = NAME_SEARCH as PagedOperation<never, unknown>;
const CORE = NS.core;
const envelope = (list: string, soap: string = NS.soap11, extra = '') =>
  `<?xml version="1.0"?><s:Envelope xmlns:s="${soap}" xmlns:c="${CORE}" xmlns:i="${NS.xsi}" xmlns:x="${NS.xsd}">` +
  `${extra}<s:Body><r:submitCustomerNameSearchResponse xmlns:r="${CORE}">${list}</r:submitCustomerNameSearchResponse></s:Body></s:Envelope>`;
const list = (inner: string, attrs = 'rowsPerPage="0" currentRowOffset="0" totalRows="0"') =>
  `<c:pagedArrayList ${attrs}>${inner}</c:pagedArrayList>`;
const row = (cells: string, key = '<c:key i:type="c:K">7</c:key>') =>
  `<c:contents>${key}<c:data><c:values>${cells}</c:values></c:data></c:contents>`;
const S = (text: string) => `<c:arrayObject i:type="c:String">${text}</c:arrayObject>`;
const names = (...n: string[]) =>
  n.map((name) => `<c:propertyNames>${name}</c:propertyNames>`).join('');

describe('streamPagedList reads exactly what the tree decoder reads', () => {
  let samples: Sample[] = [];
  beforeAll(async () => {
    samples = await simulatorSamples();
  }, 60_000);

  it('on every fixture and simulator answer', () => {
    expect(samples.length).toBeGreaterThan(8);
    for (const { name, op, text } of samples) {
      const streamed = streamPagedList(text, op.operation, op.responseNs);
      expect(parts(streamed), name).toEqual(parts(treeList(text)));
      expect(streamed.column('customerNumber'), name).toBe(treeList(text).column('customerNumber'));
    }
    const streamed = streamPagedList(
      loyaltySearchResponse,
      'submitLoyaltyAccountSearch',
      NS.accountBalanceService,
    );
    expect(parts(streamed)).toEqual(parts(treeList(loyaltySearchResponse)));
    expect(streamed.rows[0]?.key.attributes).toEqual({ accountType: 'customerLoyaltyAccount' });
  });

  it.each([
    [
      'CDATA, comments, entities and markup inside a String value',
      row(S('a<![CDATA[<b>&]]><!-- c -->&amp;d<i>ignored</i>e')) + names('n'),
    ],
    ['a value with spaces kept as sent', row(S('  padded  ') + S('')) + names('a', 'b')],
    [
      'empty, null and primitive values',
      row(
        '<c:arrayObject i:type="c:String"/><c:arrayObject i:type="c:WrappedNull"><c:value>x</c:value></c:arrayObject><c:arrayObject i:type="c:WrappedPrimitive"> <c:value i:type="x:long"> 42 </c:value><c:value i:type="x:int">2</c:value></c:arrayObject><c:arrayObject i:type="c:WrappedPrimitive"><c:value xmlns:o="urn:other" i:type="o:long">1</c:value></c:arrayObject>',
      ) + names('a', 'b', 'c', 'd'),
    ],
    [
      'keys with attributes, parts in any namespace, and a second key',
      row(
        S('1'),
        `<c:key i:type="c:K" accountType="t" other="o"> 7 <c:part>p1</c:part><z:part xmlns:z="urn:z">p2<z:n>no</z:n></z:part><q> q </q></c:key><c:key>second</c:key>`,
      ) + names('a'),
    ],
    [
      'no key at all, and a row with no data',
      row('', '') + '<c:contents><c:key>9</c:key></c:contents>',
    ],
    [
      'a second data and values element, ignored',
      `<c:contents><c:data><c:values>${S('1')}</c:values><c:values>${S('x')}</c:values></c:data><c:data><c:values>${S('y')}</c:values></c:data></c:contents>` +
        names('a'),
    ],
    [
      'columnNames and propertyNames, in document order',
      `<c:columnNames> a </c:columnNames>${row(S('1') + S('2'))}<c:propertyNames>b</c:propertyNames>`,
    ],
    [
      'elements of other namespaces, and white space everywhere',
      `\n  <o:contents xmlns:o="urn:o">${S('x')}</o:contents>\n  ${row(`\n ${S('1')} <o:arrayObject xmlns:o="urn:o" i:type="c:String">x</o:arrayObject> <c:other>x</c:other>\n`)}\n ${names('a')} <o:propertyNames xmlns:o="urn:o">x</o:propertyNames>\n`,
    ],
    [
      'namespaces declared on every element, as Axis2 may write them',
      `<n1:contents xmlns:n1="${CORE}"><n2:key xmlns:n2="${CORE}" xmlns:t="${NS.xsi}" t:type="n2:K">5</n2:key><n3:data xmlns:n3="${CORE}"><values xmlns="${CORE}"><arrayObject xmlns:t="${NS.xsi}" t:type="n9:String" xmlns:n9="${CORE}">v</arrayObject></values></n3:data></n1:contents><propertyNames xmlns="${CORE}">a</propertyNames>`,
    ],
  ])('with %s', (_what, inner) => {
    const text = envelope(list(inner));
    expect(parts(streamPagedList(text, NAME.operation, CORE))).toEqual(parts(treeList(text)));
  });

  it('reads only the first list, after a Header, and ignores what follows the payload', () => {
    const text = envelope(
      list(row(S('1')) + names('a')) + list(row(S('2')) + names('a')),
      NS.soap12,
      '<s:Header><h/></s:Header>',
    ).replace('</s:Body>', '<extra/></s:Body>');
    expect(parts(streamPagedList(text, NAME.operation, CORE))).toEqual(parts(treeList(text)));
    expect(streamPagedList(text, NAME.operation, CORE).rows).toHaveLength(1);
  });
});

describe('decodePagedText gives what openAnswer gives, for answers the stream leaves to the tree', () => {
  it.each([
    [
      'a SOAP 1.1 fault',
      `<s:Envelope xmlns:s="${NS.soap11}"><s:Body><s:Fault><faultcode>s:Server</faultcode><faultstring>Down</faultstring></s:Fault></s:Body></s:Envelope>`,
    ],
    [
      'a SOAP 1.2 fault',
      `<s:Envelope xmlns:s="${NS.soap12}"><s:Body><s:Fault><s:Code><s:Value>s:Receiver</s:Value></s:Code><s:Reason><s:Text>Down</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>`,
    ],
    ['another payload', envelope('').replace(/submitCustomerNameSearchResponse/g, 'otherResponse')],
    [
      'a payload in another namespace',
      envelope('').replace(`xmlns:r="${CORE}"`, 'xmlns:r="urn:x"'),
    ],
    ['no list', envelope('<c:other/>')],
    ['an untyped value', envelope(list(row('<c:arrayObject>1</c:arrayObject>') + names('a')))],
    [
      'a value of an unknown type',
      envelope(list(row('<c:arrayObject i:type="c:Mystery"/>') + names('a'))),
    ],
    [
      'a value typed outside core',
      envelope(list(row('<c:arrayObject i:type="x:string"/>') + names('a'))),
    ],
    [
      'a primitive with no value',
      envelope(list(row('<c:arrayObject i:type="c:WrappedPrimitive"/>') + names('a'))),
    ],
    ['a row with too few values', envelope(list(row(S('1')) + names('a', 'b')))],
    ['a count that is not one', envelope(list('', 'totalRows="1e21"'))],
    ['not an envelope', '<html><body>Bad gateway</body></html>'],
    ['an envelope with no Body', `<s:Envelope xmlns:s="${NS.soap11}"><s:Header/></s:Envelope>`],
    ['an empty Body', `<s:Envelope xmlns:s="${NS.soap11}"><s:Body> </s:Body></s:Envelope>`],
    ['a truncated answer', envelope(list(row(S('1')) + names('a'))).slice(0, 400)],
    [
      'a mismatched end tag',
      envelope(list(row(S('1')) + names('a'))).replace('</c:data>', '</c:date>'),
    ],
    ['a DTD', `<!DOCTYPE x [<!ENTITY e "x">]>${envelope('')}`],
    ['an unknown entity in a value', envelope(list(row(S('&nbsp;')) + names('a')))],
    [
      'an undeclared prefix in a value',
      envelope(list(row('<c:arrayObject i:type="q:String"/>') + names('a'))),
    ],
    [
      'a broken tag after the list',
      envelope(list(row(S('1')) + names('a'))).replace('</s:Body>', '<x y=z/></s:Body>'),
    ],
    [
      'a fine list, then a second document element',
      `${envelope(list(row(S('1')) + names('a')))}<again/>`,
    ],
  ])('with %s', (_what, text) => {
    expect(plain(decodePagedText(text, NAME))).toEqual(plain(openAnswer(text, NAME)));
    expect(decodePagedText(text, NAME).kind).not.toBe('value');
  });

  it('says why the stream stopped, or that the document is not well-formed', () => {
    const fault = envelope('').replace(/r:submitCustomerNameSearchResponse/g, 's:Fault');
    expect(() => streamPagedList(fault, NAME.operation, CORE)).toThrow(NotStreamable);
    const broken = envelope(list(row(S('1')) + names('a'))).replace('</c:data>', '</c:date>');
    expect(() => streamPagedList(broken, NAME.operation, CORE)).toThrow(XmlSyntaxError);
  });

  it('goes to the tree when a codec reads more of the response than its list', () => {
    const text = envelope(list(row(S('1')) + names('a')) + '<c:note>hello</c:note>');
    const curious: PagedOperation<never, unknown> = {
      ...NAME,
      decode: (response) => ({
        rows: [child(response, CORE, 'note')?.text],
        paging: { rowsPerPage: 0, currentRowOffset: 0, totalRows: 0 },
      }),
    };
    expect(decodePagedText(text, curious)).toEqual(openAnswer(text, curious));
    expect(decodePagedText(text, curious)).toMatchObject({
      kind: 'value',
      value: { rows: ['hello'] },
    });
  });
});
