// The dashboard's only reader of stdin. While a prompt is open, keys edit its text; otherwise
// they are looked up in the key table for the current scope and handed on as commands.
import {useInput} from 'ink';
import {type Command, type Scope, commandFor} from '../keys.js';

export type KeyboardHandlers = {
  scope: Exclude<Scope, 'global'>;
  /** The prompt's text, or null when no prompt is open. */
  promptValue: string | null;
  onCommand(command: Command): void;
  onPromptChange(value: string): void;
  onPromptSubmit(value: string): void;
};

// Pasted text may carry newlines or escape bytes; a one-line prompt keeps only printable text.
const printable = (input: string) => input.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');

export function useKeyboard({scope, promptValue, onCommand, onPromptChange, onPromptSubmit}: KeyboardHandlers): void {
  useInput((input, key) => {
    if (key.ctrl && input === 'c') return onCommand('quit');
    if (promptValue === null) {
      const command = commandFor(input, key, scope);
      if (command) onCommand(command);
      return;
    }
    if (key.return) return onPromptSubmit(promptValue);
    if (key.escape) return onCommand('back');
    if (key.backspace || key.delete) return onPromptChange(Array.from(promptValue).slice(0, -1).join(''));
    if (!key.ctrl && !key.meta && printable(input)) onPromptChange(promptValue + printable(input));
  });
}
