/**
 * A new contact's id, made once per contact being recorded and sent with every retry: the
 * server keeps one contact per id. The till's device id (so two tills never meet), then 12
 * random digits from the browser's cryptographic generator. Only the characters the service
 * accepts in an id (letters, digits, `. _ : -`), at most 64.
 */
export function newContactHistoryId(deviceId: string): string {
  const prefix = deviceId
    .replace(/[^A-Za-z0-9._:-]/g, '')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 40);
  const digits = randomDigits(12);
  return prefix ? `${prefix}-${digits}` : digits;
}

/** `count` uniform random digits (bytes of 250 and over are drawn again, so none is likelier). */
export function randomDigits(count: number): string {
  let out = '';
  const bytes = new Uint8Array(count * 2);
  while (out.length < count) {
    crypto.getRandomValues(bytes);
    for (const b of bytes) {
      if (b < 250 && out.length < count) out += String(b % 10);
    }
  }
  return out;
}
