// Every test reads the till's words in British English, as the default config shows them.
import { activateLanguage, ALL_MESSAGE_GROUPS, loadMessages } from '../shared/i18n/i18n';

// Every feature's words too: a test renders a screen without the loader that fetches them.
await activateLanguage('en-GB');
await loadMessages(...ALL_MESSAGE_GROUPS);
