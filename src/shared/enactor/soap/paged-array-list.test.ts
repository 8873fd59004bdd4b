import { describe, expect, it } from 'vitest';
import { NS } from './namespaces';
import { cellText, decodePagedArrayList, PagedListError } from './paged-array-list';
import { parseXml } from './xml-parser';

const wrap = (inner: string, attrs = 'rowsPerPage="1000" currentRowOffset="0" totalRows="2"') =>
  parseXml(
    `<c:pagedArrayList xmlns:c="${NS.core}" xmlns:r="${NS.retail}" xmlns:i="${NS.xsi}" ${attrs}>${inner}</c:pagedArrayList>`,
  );

describe('decodePagedArrayList', () => {
  it('reads keys with attributes, every cell encoding and columnNames', () => {
    const list = decodePagedArrayList(
      wrap(
        '<c:contents i:type="c:ListElement"><c:key i:type="r:CustomerLoyaltyAccountKey" accountType="customerLoyaltyAccount">200</c:key>' +
          '<c:data><c:values>' +
          '<c:arrayObject i:type="c:String">200</c:arrayObject>' +
          '<c:arrayObject i:type="c:WrappedNull"/>' +
          `<c:arrayObject i:type="c:WrappedPrimitive"><c:value xmlns:x="${NS.xsd}" i:type="x:long">6028</c:value></c:arrayObject>` +
          '<c:arrayObject i:type="c:String"/>' +
          '</c:values></c:data></c:contents>' +
          '<c:columnNames>accountId</c:columnNames><c:columnNames>status</c:columnNames>' +
          '<c:columnNames>balance</c:columnNames><c:columnNames>note</c:columnNames>',
      ),
    );
    expect(list).toMatchObject({ rowsPerPage: 1000, currentRowOffset: 0, totalRows: 2 });
    expect(list.columns).toEqual(['accountId', 'status', 'balance', 'note']);
    const row = list.rows[0]!;
    expect(row.key).toEqual({
      type: 'CustomerLoyaltyAccountKey',
      text: '200',
      attributes: { accountType: 'customerLoyaltyAccount' },
      parts: {},
    });
    expect(row.cells).toEqual(['200', null, { xsdType: 'long', text: '6028' }, '']);
    expect(cellText(row.cells[list.column('balance')])).toBe('6028');
    expect(list.column('missing')).toBe(-1);
  });

  it('reads keys that carry their parts as child elements', () => {
    const list = decodePagedArrayList(
      wrap(
        `<c:contents><c:key xmlns:crm="${NS.crm}" i:type="crm:CustomerTransactionHistoryKey"><crm:customerId>100</crm:customerId><crm:transactionId>T1</crm:transactionId></c:key>` +
          '<c:data><c:values/></c:data></c:contents>',
      ),
    );
    expect(list.rows[0]?.key.parts).toEqual({ customerId: '100', transactionId: 'T1' });
  });

  it('refuses rows whose value count does not match the names', () => {
    const xml = wrap(
      '<c:contents><c:data><c:values><c:arrayObject i:type="c:String">1</c:arrayObject></c:values></c:data></c:contents>' +
        '<c:propertyNames>a</c:propertyNames><c:propertyNames>b</c:propertyNames>',
    );
    expect(() => decodePagedArrayList(xml)).toThrow(/1 values for 2 column names/);
  });

  it('refuses unknown value encodings and bad counts', () => {
    const unknown = wrap(
      '<c:contents><c:data><c:values><c:arrayObject i:type="c:Mystery"/></c:values></c:data></c:contents><c:propertyNames>a</c:propertyNames>',
    );
    expect(() => decodePagedArrayList(unknown)).toThrow(PagedListError);
    expect(() => decodePagedArrayList(wrap('', 'totalRows="lots"'))).toThrow(/not a count/);
  });

  it.each(['1e21', '-1', '1.5', '9007199254740993', '0x10', '1e3', ' 12a'])(
    'refuses totalRows="%s" as not a count',
    (raw) => {
      expect(() => decodePagedArrayList(wrap('', `totalRows="${raw}"`))).toThrow(/not a count/);
    },
  );

  it('reads counts with surrounding spaces, and an absent or empty count as 0', () => {
    expect(decodePagedArrayList(wrap('', 'totalRows=" 312 " rowsPerPage=""'))).toMatchObject({
      totalRows: 312,
      rowsPerPage: 0,
      currentRowOffset: 0,
    });
  });
});
