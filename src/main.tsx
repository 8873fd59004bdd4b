import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { chooseTransport } from './app/choose-transport';
import { newDeploymentInControl, newDeploymentWaiting } from './app/deployment-update';
import { FatalErrorScreen, installGlobalErrorHandlers, reportError } from './app/fatal-error';
import { StartingScreen, StartupErrorScreen } from './app/startup-screens';
import { createTerminal } from './app/terminal';
import { ConfigError } from './shared/config/config-error';
import { loadTerminalConfig } from './shared/config/load-terminal-config';
import { activateLanguage, i18n } from './shared/i18n/i18n';
import { I18nProvider } from './shared/i18n/messages';
import './index.css';

installGlobalErrorHandlers();
const root = createRoot(document.getElementById('root') as HTMLElement, {
  // What no boundary caught takes the till down to the friendly screen; what a boundary
  // caught, or React recovered from, is recorded for the help desk.
  onUncaughtError: (error) => {
    reportError('react-root', error, false);
    show(<FatalErrorScreen />);
  },
  onCaughtError: (error) => reportError('react-boundary', error, false),
  onRecoverableError: (error) => reportError('react-recovered', error, false),
});
// The provider draws nothing until a language is active: no word is shown in the wrong one.
const show = (screen: ReactNode) => root.render(<I18nProvider i18n={i18n}>{screen}</I18nProvider>);
/** Loads the catalogue and makes `<html lang>` name the language actually shown. */
const speak = async (locale: string) => {
  document.documentElement.lang = await activateLanguage(locale);
};
show(<StartingScreen />);

try {
  const config = await loadTerminalConfig();
  await speak(config.locale);
  const terminal = await createTerminal(config, await chooseTransport(config));
  show(
    <StrictMode>
      <App terminal={terminal} />
    </StrictMode>,
  );
  // After the first paint: the till's files are cached for an offline start (not in training).
  const failed = (error: unknown) => reportError('service-worker', error, false);
  void import('./app/service-worker')
    .then(({ startServiceWorker }) =>
      startServiceWorker(config, {
        waiting: newDeploymentWaiting,
        inControl: newDeploymentInControl,
        failed,
      }),
    )
    .catch(failed);
} catch (error) {
  // A file that cannot be used may still name its locale; else the browser's language.
  if (!i18n.locale)
    await speak((error instanceof ConfigError && error.locale) || navigator.language);
  show(<StartupErrorScreen error={error} />);
}
