// The dashboard's only reader of stdin. While a prompt is open, keys edit its text; otherwise
// they are looked up in the key table for the current scope and handed on as commands.
import {useInput} from 'ink';
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

export function useKeyboard(handlers: KeyboardHandlers): void {
  // Keys are read against the handlers of the latest render; ink re-subscribes a changed
  // callback only after the render is committed, and a fast typist is quicker than that.
  const latest = useRef(handlers);
  latest.current = handlers;
  const onKey = useCallback<Parameters<typeof useInput>[0]>((input, key) => {
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
  useInput(onKey);
}
