const SVG = 'http://www.w3.org/2000/svg';

/**
 * A row's density bars as one SVG path stretched over the strip: vis resizes the strip as the window
 * zooms, and a box of `buckets × 100` units drawn without keeping its aspect stays true to time. Hidden from
 * assistive technology: the timeline's description says what the strips mean (EventTimeline).
 */
export function densityStrip(path: string, buckets: number): SVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'density-strip__bars');
  svg.setAttribute('viewBox', `0 0 ${Math.max(buckets, 1)} 100`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const bars = document.createElementNS(SVG, 'path');
  bars.setAttribute('d', path);
  svg.appendChild(bars);
  return svg;
}
