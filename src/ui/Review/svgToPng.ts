/**
 * An SVG drawn as a PNG, in the browser: the SVG becomes an image, the image
 * is painted on a canvas at `scale` (2: sharp on high-density screens and in
 * slides), and the canvas is encoded. Styles that live in CSS (colours from
 * custom properties, fonts) are written onto the elements first, since an
 * SVG drawn as an image sees no page stylesheet.
 */
const STYLE_PROPERTIES = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'fill-opacity', 'stroke-opacity', 'font-family', 'font-size', 'font-weight', 'color'];

const TITLE_BAND = 28;

/** The live SVG as standalone text, with its computed styles inlined and `title` above it. */
export function standaloneSvg(svg: SVGSVGElement, background: string, title: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const computed = getComputedStyle(el);
    const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    target[i].setAttribute('style', style);
  });
  const { width, height } = svg.getBoundingClientRect();
  const ns = 'http://www.w3.org/2000/svg';
  const outer = document.createElementNS(ns, 'svg');
  outer.setAttribute('xmlns', ns);
  outer.setAttribute('width', String(Math.round(width)));
  outer.setAttribute('height', String(Math.round(height) + TITLE_BAND));
  const rect = document.createElementNS(ns, 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', background);
  const text = document.createElementNS(ns, 'text');
  text.setAttribute('x', '8');
  text.setAttribute('y', '19');
  text.setAttribute('style', `font:600 14px system-ui,sans-serif;fill:${getComputedStyle(document.body).color || '#101828'}`);
  text.textContent = title;
  clone.setAttribute('y', String(TITLE_BAND));
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  outer.append(rect, text, clone);
  return new XMLSerializer().serializeToString(outer);
}

export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
