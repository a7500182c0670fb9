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
  orientation: { axis: 'bottom', item: 'bottom' },
  margin: { item: { horizontal: 4, vertical: 4 }, axis: 6 },
  zoomMin: 7 * 24 * 3600 * 1000,
  align: 'left',
  // data-id on item elements: e2e tests read an event id from the page instead of hard-coding one.
  dataAttributes: ['id'],
};
