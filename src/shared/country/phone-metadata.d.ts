// Built by scripts/phone-metadata-plugin.ts from the installed libphonenumber-js.
declare module 'virtual:phone-metadata' {
  import type { MetadataJson } from 'libphonenumber-js/core';
  const metadata: MetadataJson;
  export default metadata;
}
