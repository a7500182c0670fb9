/**
 * What a keyboard user is told on reaching an item (its label's aria-describedby): the items are one Tab
 * stop, so the way between them must be said. One timeline per page, hence a fixed id.
 */
export const KEYBOARD_HINT_ID = 'timeline-keyboard-hint';
export const KEYBOARD_HINT = 'Arrow keys move between events in time order, Home and End to the first and last; Enter selects.';
