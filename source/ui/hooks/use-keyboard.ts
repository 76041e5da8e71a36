// The dashboard's only reader of stdin. While a prompt is open, keys edit its text; otherwise
// they are looked up in the key table for the current scope and handed on as commands.
import {type Key, useInput} from 'ink';
import {useCallback, useRef} from 'react';
import {type Command, type Scope, commandFor} from '../keys.js';

export type KeyboardHandlers = {
  scope: Exclude<Scope, 'global'>;
  promptOpen: boolean;
  onCommand(command: Command): void;
  onPromptType(text: string): void;
  onPromptErase(): void;
  onPromptSubmit(): void;
};

// Pasted text may carry newlines or escape bytes; a one-line prompt keeps only printable text.
const printable = (input: string) => input.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');

type Press = {input: string; key: Key};

/**
 * Ink hands over what arrived in one read. Keys typed faster than a frame (or sent by a script)
 * arrive together as "jj\r"; they are split back into single presses. Escape sequences
 * (arrows, PgDn) arrive parsed and stay whole.
 */
export function splitPresses(input: string, key: Key): Press[] {
  if (Array.from(input).length <= 1 || key.ctrl || key.meta) return [{input, key}];
  const plain: Key = {...key, return: false, tab: false, shift: false};
  return Array.from(input).map(char => {
    if (char === '\r' || char === '\n') return {input: '', key: {...plain, return: true}};
    if (char === '\t') return {input: '', key: {...plain, tab: true}};
    return {input: char, key: {...plain, shift: /[A-Z]/.test(char)}};
  });
}

export function useKeyboard(handlers: KeyboardHandlers): void {
  // Keys are read against the handlers of the latest render; ink re-subscribes a changed
  // callback only after the render is committed, and a fast typist is quicker than that.
  const latest = useRef(handlers);
  latest.current = handlers;
  const onPress = useCallback(({input, key}: Press) => {
    const {scope, promptOpen, onCommand, onPromptType, onPromptErase, onPromptSubmit} = latest.current;
    if (key.ctrl && input === 'c') return onCommand('quit');
    if (!promptOpen) {
      const command = commandFor(input, key, scope);
      if (command) onCommand(command);
      return;
    }
    if (key.return) return onPromptSubmit();
    if (key.escape) return onCommand('back');
    if (key.backspace || key.delete) return onPromptErase();
    if (!key.ctrl && !key.meta && printable(input)) onPromptType(printable(input));
  }, []);
  // Each press is read against the frame the one before it produced: a queue drained one
  // press per tick, so "jj⏎" opens the article two rows down, not the one selected before.
  const queue = useRef<Press[]>([]);
  const drain = useCallback(() => {
    const press = queue.current.shift();
    if (!press) return;
    onPress(press);
    if (queue.current.length > 0) setTimeout(drain, 0);
  }, [onPress]);
  useInput((input, key) => {
    const idle = queue.current.length === 0;
    queue.current.push(...splitPresses(input, key));
    if (idle) drain();
  });
}
