const CONTACT_METHODS: Record<string, string> = {
  METHOD_EMAIL: 'E-mail',
  METHOD_PHONE: 'Phone',
  METHOD_POST: 'Post',
  METHOD_SMS: 'Text message',
};

export const CONTACT_METHOD_OPTIONS = Object.entries(CONTACT_METHODS);

export const contactMethodLabel = (method: string) => CONTACT_METHODS[method] ?? method;

/** `PHONE_MOBILE` -> `Mobile`, `ADDRESS_HOME` -> `Home`, `FEMALE` -> `Female`. */
export function labelOf(code: string): string {
  const words = code
    .replace(/^(PHONE|EMAIL|ADDRESS)_/, '')
    .toLowerCase()
    .split('_');
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
