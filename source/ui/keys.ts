// Every key the dashboard understands, as data. The keyboard hook looks keys up here and the
// help screen (`?`) prints this same table, so the two cannot drift apart.
import type {Key} from 'ink';

export type Command =
  | 'nextPane' | 'prevPane' | 'pane1' | 'pane2' | 'pane3'
  | 'down' | 'up' | 'top' | 'bottom' | 'pageUp' | 'pageDown'
  | 'open' | 'back' | 'quit' | 'help'
  | 'search' | 'addFeed' | 'poll' | 'openBrowser' | 'toggleUnread' | 'track' | 'filterFeed'
  | 'nextArticle' | 'prevArticle' | 'toggleTalks' | 'markAllSeen';

/** Where a binding applies: everywhere, in the lists, or in the article text. */
export type Scope = 'global' | 'list' | 'article';

type KeyName = 'upArrow' | 'downArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'tab' | 'backspace' | 'delete';

/** A character (`input`) or a named key, optionally with Shift or Ctrl held. */
export type Binding = {input?: string; key?: KeyName; shift?: boolean; ctrl?: boolean; label: string};

export type KeyCommand = {command: Command; scope: Scope; bindings: Binding[]; help: string};

const ch = (input: string, label = input): Binding => ({input, label});
const named = (key: KeyName, label: string, shift?: boolean): Binding => ({key, label, shift});

export const keyTable: readonly KeyCommand[] = [
  {command: 'nextPane', scope: 'list', bindings: [named('tab', 'Tab', false)], help: 'next pane'},
  {command: 'prevPane', scope: 'list', bindings: [named('tab', 'Shift-Tab', true)], help: 'previous pane'},
  {command: 'pane1', scope: 'list', bindings: [ch('1')], help: 'Latest'},
  {command: 'pane2', scope: 'list', bindings: [ch('2')], help: 'Actors'},
  {command: 'pane3', scope: 'list', bindings: [ch('3')], help: 'Meetings'},
  {command: 'down', scope: 'global', bindings: [ch('j'), named('downArrow', '↓')], help: 'move down'},
  {command: 'up', scope: 'global', bindings: [ch('k'), named('upArrow', '↑')], help: 'move up'},
  {command: 'top', scope: 'global', bindings: [ch('g'), named('home', 'Home')], help: 'top'},
  {command: 'bottom', scope: 'global', bindings: [ch('G'), named('end', 'End')], help: 'bottom'},
  {command: 'pageUp', scope: 'global', bindings: [named('pageUp', 'PgUp')], help: 'page up'},
  {command: 'pageDown', scope: 'global', bindings: [named('pageDown', 'PgDn'), ch(' ', 'Space')], help: 'page down'},
  {command: 'open', scope: 'list', bindings: [named('return', 'Enter')], help: 'open'},
  {command: 'back', scope: 'global', bindings: [named('escape', 'Esc'), named('backspace', 'Backspace'), named('delete', '')], help: 'back / clear search'},
  {command: 'nextArticle', scope: 'article', bindings: [ch('n')], help: 'next article'},
  {command: 'prevArticle', scope: 'article', bindings: [ch('p')], help: 'previous article'},
  {command: 'search', scope: 'global', bindings: [ch('/')], help: 'search the cache'},
  {command: 'filterFeed', scope: 'list', bindings: [ch('f')], help: 'filter Latest by feed'},
  {command: 'toggleTalks', scope: 'list', bindings: [ch('v')], help: 'only the talks / all'},
  {command: 'markAllSeen', scope: 'list', bindings: [ch('m')], help: 'mark all meetings seen'},
  {command: 'addFeed', scope: 'global', bindings: [ch('a')], help: 'add a feed'},
  {command: 'poll', scope: 'global', bindings: [ch('r')], help: 'poll now'},
  {command: 'openBrowser', scope: 'global', bindings: [ch('o')], help: 'open in browser'},
  {command: 'toggleUnread', scope: 'global', bindings: [ch('u')], help: 'read / unread'},
  {command: 'track', scope: 'list', bindings: [ch('t')], help: 'track suggested actor'},
  {command: 'help', scope: 'global', bindings: [ch('?')], help: 'this help'},
  {command: 'quit', scope: 'global', bindings: [ch('q'), {input: 'c', ctrl: true, label: 'Ctrl-C'}], help: 'quit'},
];

function matches(binding: Binding, input: string, key: Key): boolean {
  if (binding.ctrl !== undefined && binding.ctrl !== key.ctrl) return false;
  if (binding.shift !== undefined && binding.shift !== key.shift) return false;
  if (binding.key) return key[binding.key];
  return !key.ctrl === !binding.ctrl && !key.meta && input === binding.input;
}

/** The command for a key press in the given scope (global bindings apply in every scope). */
export function commandFor(input: string, key: Key, scope: Exclude<Scope, 'global'>): Command | null {
  for (const entry of keyTable) {
    if (entry.scope !== 'global' && entry.scope !== scope) continue;
    if (entry.bindings.some(binding => matches(binding, input, key))) return entry.command;
  }
  return null;
}

/** Lines for the help screen: "j ↓        move down". */
export function helpLines(): string[] {
  return keyTable.map(entry => {
    const keys = entry.bindings.map(binding => binding.label).filter(Boolean).join(' ');
    return `${keys.padEnd(16)}${entry.help}${entry.scope === 'article' ? ' (article)' : ''}`;
  });
}

/** The short hint line under the status bar. */
export const keyHints = '?:help  Tab/1-3:pane  j/k:move  Enter:open  Esc:back  /:search  a:add feed  r:poll  q:quit';
