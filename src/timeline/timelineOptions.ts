import type { TimelineOptions } from 'vis-timeline/esnext';

/** Creation-only options, one stable object (see useTimelineInstance). */
export const timelineOptions: TimelineOptions = {
  height: '100%',
  selectable: true,
  multiselect: false,
  stack: true,
  showCurrentTime: false,
  // A page scroll over an embedded timeline should scroll the page, not zoom the timeline.
  zoomKey: 'ctrlKey',
  horizontalScroll: false,
  verticalScroll: true,
  // Rows read top-down from the first one, and the scroll starts there.
  orientation: { axis: 'top', item: 'top' },
  margin: { item: { horizontal: 4, vertical: 4 }, axis: 6 },
  // Room vis keeps per axis label, in characters (default 7): with 7, a phone's 250 px of items showed one
  // label per five years, under the row labels. Years ("2016"), months ("Sep") and days fit in 5.
  maxMinorChars: 5,
  // Same as zoomWindow's MIN_SPAN: the zoom buttons stop where the timeline would.
  zoomMin: 7 * 24 * 3600 * 1000,
  // 'auto' keeps a range's label at the visible left edge when the range starts before the window ('left'
  // pins it to the range start, off screen once zoomed in). Points always draw their label right of the dot.
  align: 'auto',
  // Rows in the order timelineGroups chose (schema order for types, busiest first for places).
  groupOrder: 'order',
  // data-id on item elements: e2e tests read an event id from the page instead of hard-coding one.
  dataAttributes: ['id'],
};
