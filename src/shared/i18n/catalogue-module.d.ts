// A catalogue compiled by scripts/catalogue-plugin.ts.
declare module '*.json?lingui' {
  import type { Messages } from '@lingui/core';
  const messages: Messages;
  export default messages;
}
