// Markup characters, and the white space a parser would change: XML end-of-line handling reads
// CR LF and a lone CR as LF everywhere, and attribute-value normalisation reads a literal tab or
// line end in an attribute as a space. Character references survive both, so the server reads
// exactly what was typed (XML 1.0 sections 2.11 and 3.3.3).
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

// Characters XML 1.0 cannot carry at all, even escaped (C0 controls other than tab, LF, CR,
// lone surrogates, U+FFFE/U+FFFF). A scanner can emit control characters; drop them rather
// than send a request the server will reject as malformed.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes a user value for element text or a double-quoted attribute. */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"'\r\n\t]/g, (c) => ESCAPES[c] ?? c);
}
