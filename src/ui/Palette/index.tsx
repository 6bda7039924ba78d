/** Left column: every node kind, grouped; drag onto the canvas, click, or press Enter to add. */
import { useReactFlow } from '@xyflow/react';
import type { DragEvent, KeyboardEvent } from 'react';
import { useScenarioStore } from '../../store/useScenarioStore';
import type { NodeKind } from '../../model';
import { DRAG_MIME, KIND_ICONS, PALETTE_GROUPS } from './kinds';
// Styles load with the component; Vite bundles the file.
// oxlint-disable-next-line import/no-unassigned-import
import './palette.css';

let added = 0;

function onDragStart(event: DragEvent, kind: NodeKind) {
  event.dataTransfer.setData(DRAG_MIME, kind);
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

export function Palette() {
  const flow = useReactFlow();
  const addNode = useScenarioStore((s) => s.addNode);

  const addAtCentre = (kind: NodeKind) => {
    const canvas = document.querySelector('.lp-canvas')?.getBoundingClientRect();
    const centre = canvas ? { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 } : { x: 600, y: 300 };
    const nudge = (added++ % 6) * 24;
    const at = flow.screenToFlowPosition({ x: centre.x - 80 + nudge, y: centre.y - 30 + nudge });
    addNode(kind, at);
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
                onDragStart={(e) => onDragStart(e, item.kind)}
                onClick={() => addAtCentre(item.kind)}
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
