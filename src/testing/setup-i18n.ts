// Every test reads the till's words in British English, as the default config shows them.
import { activateLanguage } from '../shared/i18n/i18n';

await activateLanguage('en-GB');
