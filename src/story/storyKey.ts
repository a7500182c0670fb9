/**
 * What a key press means in story mode, or null when story mode should leave it alone. Pure so the
 * keymap is tested without a browser. Presentation clickers send Page Up/Down (some send arrows);
 * Space plays and pauses, except on a control where Space already means "press this".
 */
export type StoryCommand = 'next' | 'previous' | 'first' | 'last' | 'toggle-play' | 'leave';

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The focused element's tag name, upper case as the DOM gives it (`BUTTON`, `INPUT`…), or '' for none. */
  targetTag: string;
  /** Whether focus is in something that edits text (contenteditable too). */
  targetEditable: boolean;
  /** Whether a modal dialog (the source reader, the embed dialog) is open: its keys are its own. */
  dialogOpen: boolean;
}

const KEYS: Record<string, StoryCommand> = {
  ArrowRight: 'next', ArrowDown: 'next', PageDown: 'next',
  ArrowLeft: 'previous', ArrowUp: 'previous', PageUp: 'previous',
  Home: 'first', End: 'last',
  ' ': 'toggle-play',
  Escape: 'leave',
};

const PRESSABLE = new Set(['BUTTON', 'A', 'SUMMARY', 'SELECT', 'INPUT', 'TEXTAREA']);
const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function storyKey(press: KeyPress): StoryCommand | null {
  if (press.altKey || press.ctrlKey || press.metaKey || press.dialogOpen) return null;
  if (press.targetEditable || TYPING.has(press.targetTag)) return null;
  const command = KEYS[press.key] ?? null;
  if (command === 'toggle-play' && PRESSABLE.has(press.targetTag)) return null;
  return command;
}
