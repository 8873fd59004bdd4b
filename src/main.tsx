import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { StartingScreen, StartupErrorScreen } from './app/startup-screens';
import { createTerminal } from './app/terminal';
import { chooseTransport } from './app/choose-transport';
import { loadTerminalConfig } from './shared/config/load-terminal-config';
import './index.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
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
