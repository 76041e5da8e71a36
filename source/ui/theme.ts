import {createContext, useContext} from 'react';

/**
 * Colours the dashboard uses. With NO_COLOR (https://no-color.org) every colour is undefined,
 * and selection and state are still visible through markers (›, ●, ◆) and inverse text.
 */
export type Theme = {accent?: string; badge?: string; warning?: string; error?: string; highlight?: string};

export function themeFor(noColor: boolean): Theme {
  return noColor ? {} : {accent: 'cyan', badge: 'magenta', warning: 'yellow', error: 'red', highlight: 'yellow'};
}

export const ThemeContext = createContext<Theme>(themeFor(false));

export const useTheme = (): Theme => useContext(ThemeContext);
