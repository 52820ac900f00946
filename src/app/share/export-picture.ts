// Files out, as pictures: the system drawing as a standalone SVG (styles
// resolved and written inline, the whole drawing framed whatever the zoom,
// on the canvas's background) and as a PNG drawn from that SVG. Everything
// happens in the page: a blob: image on a canvas, allowed by the CSP.

/** Presentation properties the stylesheet sets on the drawing; copied inline so the file looks the same anywhere. */
const STYLE_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
  'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'paint-order',
  'visibility', 'display', 'marker-start', 'marker-end',
];
const PADDING_PX = 24;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The drawing on screen, or null when there is none. */
export function systemDrawing(root: ParentNode = document): SVGSVGElement | null {
  return root.querySelector<SVGSVGElement>('svg.system-svg');
}

/** A standalone SVG document of the drawing. */
export function systemSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const viewport = svg.querySelector<SVGGElement>('g.viewport');
  const box = viewport ? viewport.getBBox() : svg.getBBox();
  const x = Math.floor(box.x - PADDING_PX);
  const y = Math.floor(box.y - PADDING_PX);
  const width = Math.ceil(box.width + 2 * PADDING_PX);
  const height = Math.ceil(box.height + 2 * PADDING_PX);

  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.querySelector('g.viewport')?.removeAttribute('transform');
  for (const attr of ['class', 'role', 'style']) clone.removeAttribute(attr);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of [['x', x], ['y', y], ['width', width], ['height', height]] as const) background.setAttribute(name, String(value));
  background.setAttribute('fill', getComputedStyle(svg.parentElement ?? svg).backgroundColor || '#ffffff');
  clone.insertBefore(background, clone.querySelector('g.viewport') ?? clone.firstChild);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`, width, height };
}

/** Copies the computed presentation styles of every element of `from` onto the same element of `to` (CSSOM, which the CSP allows). */
function inlineStyles(from: Element, to: Element): void {
  const source = [from, ...from.querySelectorAll('*')];
  const target = [to, ...to.querySelectorAll('*')];
  source.forEach((element, i) => {
    const out = target[i] as SVGElement | undefined;
    if (!out?.style) return;
    const computed = getComputedStyle(element);
    for (const property of STYLE_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value) out.style.setProperty(property, value);
    }
    out.removeAttribute('class');
    // Hidden focus rings and hover states are the screen's, not the picture's.
    out.removeAttribute('tabindex');
  });
}

/** The SVG drawn at `scale` (2: crisp on a projector and in slides) as a PNG. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw the picture');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('this browser cannot make a PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
