// One language's messages, merged from every locales/ folder and compiled by
// scripts/catalogue-plugin.ts.
declare module 'virtual:catalogue/*' {
  import type { Messages } from '@lingui/core';
  const messages: Messages;
  export default messages;
}
