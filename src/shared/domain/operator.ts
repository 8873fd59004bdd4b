/** An operator id as typed on the till's keypad: 1 to 12 digits (Enactor's `userId`). */
export const isOperatorId = (id: string) => /^\d{1,12}$/.test(id);

/**
 * Where to go after signing on: a path on this till (a screen whose write needs an operator),
 * never another site or the sign-on screen itself; null when there is none to go back to.
 */
export function returnPath(then: string | null): string | null {
  if (!then || !then.startsWith('/') || then.startsWith('//') || then.includes('\\')) return null;
  return then.startsWith('/sign-on') ? null : then;
}
