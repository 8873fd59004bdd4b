import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { FatalErrorScreen, installGlobalErrorHandlers, reportError } from './app/fatal-error';
import { StartingScreen, StartupErrorScreen } from './app/startup-screens';
import { createTerminal } from './app/terminal';
import { chooseTransport } from './app/choose-transport';
import { loadTerminalConfig } from './shared/config/load-terminal-config';
import './index.css';

installGlobalErrorHandlers();
const root = createRoot(document.getElementById('root') as HTMLElement, {
  // What no boundary caught takes the till down to the friendly screen; what a boundary
  // caught, or React recovered from, is recorded for the help desk.
  onUncaughtError: (error) => {
    reportError('react-root', error, false);
    root.render(<FatalErrorScreen />);
  },
  onCaughtError: (error) => reportError('react-boundary', error, false),
  onRecoverableError: (error) => reportError('react-recovered', error, false),
});
root.render(<StartingScreen />);

try {
  const config = await loadTerminalConfig();
  document.documentElement.lang = config.locale;
  const terminal = await createTerminal(config, await chooseTransport(config));
  root.render(
    <StrictMode>
      <App terminal={terminal} />
    </StrictMode>,
  );
} catch (error) {
  root.render(<StartupErrorScreen error={error} />);
}
