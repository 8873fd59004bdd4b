/** "£1,234.50" or "-£35.00" as minor units (1 234 50 pence): how the journeys add money up. */
export function minorUnitsOf(text: string): number {
  const match = /(-|−)?\D*([\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`not an amount: "${text}"`);
  const value = Number(match[2]!.replace(/,/g, '')) * 100 + Number(match[3]);
  return match[1] ? -value : value;
}
