import type { Scenario } from '../../model';
import { KIND_NAMES } from '../../model';
import { esc } from './escape';

/** Wide enough for the longest kind name ("Application Load Balancer") at 11 px. */
const W = 180;
const H = 54;

/** The diagram as an SVG drawn from the node positions; `highlight` nodes get a red outline. */
export function diagramSvg(s: Scenario, highlight: ReadonlySet<string> = new Set()): string {
  if (s.nodes.length === 0) return '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="24">(empty diagram)</text></svg>';
  const xs = s.nodes.map((n) => n.position.x);
  const ys = s.nodes.map((n) => n.position.y);
  const minX = Math.min(...xs) - 20;
  const minY = Math.min(...ys) - 20;
  const width = Math.max(...xs) - minX + W + 20;
  const height = Math.max(...ys) - minY + H + 20;
  const pos = new Map(s.nodes.map((n) => [n.id, { x: n.position.x - minX, y: n.position.y - minY }]));
  const edges = s.edges.map((e) => {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) return '';
    const dash = e.kind === 'trigger' ? '' : ' stroke-dasharray="6 4"';
    const colour = e.kind === 'onFailure' || e.kind === 'deadLetter' ? '#b42318' : '#555';
    return `<line x1="${a.x + W}" y1="${a.y + H / 2}" x2="${b.x}" y2="${b.y + H / 2}" stroke="${colour}" stroke-width="1.5"${dash} marker-end="url(#arrow)"><title>${esc(`${e.id}: ${e.kind}`)}</title></line>`;
  });
  const nodes = s.nodes.map((n) => {
    const p = pos.get(n.id)!;
    const hot = highlight.has(n.id);
    return (
      `<g data-node="${esc(n.id)}"><rect x="${p.x}" y="${p.y}" width="${W}" height="${H}" rx="8" fill="${n.kind === 'function' ? '#fff4e5' : '#eef4ff'}" stroke="${hot ? '#d92d20' : '#667085'}" stroke-width="${hot ? 3 : 1}"/>` +
      `<text x="${p.x + 8}" y="${p.y + 21}" font-size="13" font-weight="600">${esc((n.label || n.id).slice(0, 20))}</text>` +
      `<text x="${p.x + 8}" y="${p.y + 40}" font-size="11" fill="#475467">${esc(KIND_NAMES[n.kind])}</text></g>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" role="img" aria-label="diagram">` +
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>' +
    edges.join('') +
    nodes.join('') +
    '</svg>'
  );
}
