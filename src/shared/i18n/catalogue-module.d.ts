// The messages of one group in one language, compiled by scripts/catalogue-plugin.ts.
declare module 'virtual:catalogue/*' {
  import type { Messages } from '@lingui/core';
  const messages: Messages;
  export default messages;
}

// Group -> language -> the import of that group's chunk (scripts/catalogue-plugin.ts).
declare module 'virtual:catalogue-loaders' {
  import type { Messages } from '@lingui/core';
  const loaders: Record<string, Record<string, () => Promise<{ default: Messages }>>>;
  export default loaders;
}
