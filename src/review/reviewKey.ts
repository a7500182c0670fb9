/** The review screen's keys, pure so they are tested without a DOM. Letters only outside form fields. */
export type ReviewCommand = 'next' | 'previous' | 'accept' | 'reject' | 'edit' | 'reset' | 'undo';

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focused element is a text field, select or editable: its keys are typing, not commands. */
  typing: boolean;
}

const LETTERS: Record<string, ReviewCommand> = {
  j: 'next', k: 'previous', a: 'accept', r: 'reject', e: 'edit', x: 'reset', u: 'undo',
};

export function reviewKey(input: KeyInput): ReviewCommand | null {
  if (input.typing || input.altKey) return null;
  if ((input.ctrlKey || input.metaKey) && input.key.toLowerCase() === 'z') return 'undo';
  if (input.ctrlKey || input.metaKey) return null;
  return LETTERS[input.key] ?? null;
}
