/** Left column: every node kind, grouped; drag onto the canvas, click, or press Enter to add. */
import { useReactFlow } from '@xyflow/react';
import type { DragEvent, KeyboardEvent } from 'react';
import { useScenarioStore } from '../../store/useScenarioStore';
import { freeSpot } from '../Canvas/placement';
import { DRAG_MIME, encodePaletteDrag, KIND_ICONS, PALETTE_GROUPS, type PaletteItem } from './kinds';
// Styles load with the component; Vite bundles the file.
// oxlint-disable-next-line import/no-unassigned-import
import './palette.css';

function onDragStart(event: DragEvent, item: PaletteItem) {
  event.dataTransfer.setData(DRAG_MIME, encodePaletteDrag(item));
  event.dataTransfer.effectAllowed = 'move';
}

// Arrow keys move between items, so the palette is one tab stop away from the canvas.
function onKeyDown(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.lp-palette-item')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[(at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length];
  next?.focus();
  event.preventDefault();
}

/** The size a node is taken to have before it is drawn: nodes are 236 px wide; a function with its badges is about 120 px high. */
const NEW_NODE_SIZE = { width: 236, height: 120 };

export function Palette() {
  const flow = useReactFlow();
  const addNode = useScenarioStore((s) => s.addNode);

  // Added without a drop point: the free spot nearest the middle of the view, brought into view if it lies outside.
  const addAtCentre = (item: PaletteItem) => {
    const canvas = document.querySelector('.lp-canvas')?.getBoundingClientRect();
    const view = canvas ?? { left: 0, top: 0, width: 1200, height: 600 };
    const topLeft = flow.screenToFlowPosition({ x: view.left, y: view.top });
    const bottomRight = flow.screenToFlowPosition({ x: view.left + view.width, y: view.top + view.height });
    const centre = { x: (topLeft.x + bottomRight.x) / 2, y: (topLeft.y + bottomRight.y) / 2 };
    const taken = useScenarioStore.getState().nodes.map((n) => ({
      ...n.position,
      width: n.measured?.width ?? NEW_NODE_SIZE.width,
      height: n.measured?.height ?? NEW_NODE_SIZE.height,
    }));
    const spot = freeSpot({ x: centre.x - NEW_NODE_SIZE.width / 2, y: centre.y - NEW_NODE_SIZE.height / 2 }, NEW_NODE_SIZE, taken);
    addNode(item.kind, spot, item.init);
    const inView = spot.x >= topLeft.x && spot.y >= topLeft.y && spot.x + NEW_NODE_SIZE.width <= bottomRight.x && spot.y + NEW_NODE_SIZE.height <= bottomRight.y;
    if (!inView) void flow.setCenter(spot.x + NEW_NODE_SIZE.width / 2, spot.y + NEW_NODE_SIZE.height / 2, { zoom: flow.getZoom() });
  };

  return (
    <nav className="lp-palette" aria-label="Palette of AWS resources" onKeyDown={onKeyDown}>
      {PALETTE_GROUPS.map((group) => (
        <section key={group.title} aria-label={group.title}>
          <h2 className="lp-palette-title">{group.title}</h2>
          {group.items.map((item) => {
            const Icon = KIND_ICONS[item.kind];
            return (
              <button
                key={item.name}
                type="button"
                className={`lp-palette-item lp-kind-${item.kind}`}
                draggable
                onDragStart={(e) => onDragStart(e, item)}
                onClick={() => addAtCentre(item)}
                title={item.tooltip}
                aria-label={`Add ${item.name}`}
                data-kind={item.kind}
              >
                <Icon size={16} aria-hidden="true" />
                <span>{item.name}</span>
              </button>
            );
          })}
        </section>
      ))}
    </nav>
  );
}
