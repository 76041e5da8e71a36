import {Dashboard} from './Dashboard.js';
import type {Services} from './services.js';
import {ThemeContext, themeFor} from './theme.js';

type Props = {
  services: Services;
  /** Injected so tests (and the demo) can fix "today". */
  now?: () => Date;
  noColor?: boolean;
};

/** The dashboard's root: provides the theme and hands the services to the layout. */
export function App({services, now = () => new Date(), noColor = 'NO_COLOR' in process.env && process.env['NO_COLOR'] !== ''}: Props) {
  return (
    <ThemeContext.Provider value={themeFor(noColor)}>
      <Dashboard services={services} now={now} />
    </ThemeContext.Provider>
  );
}
