// Text on the canvas keeps a readable size on screen while the canvas zooms:
// in canvas units it is the screen size divided by the zoom. In the lab,
// labels follow the zoom between 12 and 15 px; in presenter mode they are
// never under 18 px (the back of a lecture hall).
export interface TextSizes {
  /** Screen px of a node's label, its state line, and words on links. */
  labelPx: number;
  statePx: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function textSizes(k: number, presenter: boolean): TextSizes {
  if (presenter) return { labelPx: clamp(14 * k, 18, 24), statePx: clamp(12 * k, 15, 19) };
  return { labelPx: clamp(13.5 * k, 12, 15), statePx: clamp(12 * k, 11, 13) };
}

/** Sets the sizes, in canvas units for zoom k, as CSS variables the canvas's text reads. */
export function applyTextSizes(svg: SVGSVGElement, k: number, presenter: boolean): void {
  const s = textSizes(k, presenter);
  svg.style.setProperty('--label-size', `${s.labelPx / k}px`);
  svg.style.setProperty('--state-size', `${s.statePx / k}px`);
  svg.style.setProperty('--k', String(k));
}
