import type { CustomerRecord } from '../customers/customer-record.ts';

/**
 * Generated households: about one generated customer in nine heads a household, and one or
 * two later customers of the same surname (within the next 60 numbers) move in, taking the
 * head's address. Names, numbers and every other field stay as generated, and no random draw
 * is taken, so the rest of the generated data is untouched. Costs one Int32Array entry per
 * generated customer.
 */

const WINDOW = 60;

function mix(i: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export interface Households {
  /** The generated household the customer belongs to, head first; [] when none. */
  membersOf(customerNumber: string): string[];
  /** How many households were formed. */
  readonly count: number;
}

/**
 * Moves household members in with their heads (returns new records; the input is not
 * changed). `firstNumber` is the customer number of records[0]; numbers follow on by one.
 */
export function formHouseholds(
  records: readonly CustomerRecord[],
  firstNumber: number,
): { records: CustomerRecord[]; households: Households } {
  const out = [...records];
  // 0: none; otherwise the head's index + 1 (a head points at itself).
  const headOf = new Int32Array(out.length);
  let count = 0;
  for (let i = 0; i < out.length; i++) {
    if (headOf[i] !== 0) continue;
    const h = mix(i);
    if (h % 9 !== 0) continue;
    const head = out[i] as CustomerRecord;
    if (head.postCode === '') continue;
    const wanted = (h >>> 8) % 3 === 0 ? 2 : 1;
    let found = 0;
    for (let j = i + 1; j < Math.min(out.length, i + 1 + WINDOW) && found < wanted; j++) {
      const member = out[j] as CustomerRecord;
      if (headOf[j] !== 0 || member.surname !== head.surname) continue;
      headOf[j] = i + 1;
      out[j] = {
        ...member,
        street1: head.street1,
        street2: head.street2,
        street3: head.street3,
        town: head.town,
        province: head.province,
        postCode: head.postCode,
      };
      found++;
    }
    if (found > 0) {
      headOf[i] = i + 1;
      count++;
    }
  }
  return {
    records: out,
    households: {
      count,
      membersOf(customerNumber: string): string[] {
        const n = Number(customerNumber);
        const index = n - firstNumber;
        if (String(n) !== customerNumber || index < 0 || index >= headOf.length) return [];
        const head = (headOf[index] as number) - 1;
        if (head < 0) return [];
        const members = [String(firstNumber + head)];
        for (let j = head + 1; j < Math.min(headOf.length, head + 1 + WINDOW); j++)
          if (headOf[j] === head + 1) members.push(String(firstNumber + j));
        return members;
      },
    },
  };
}
