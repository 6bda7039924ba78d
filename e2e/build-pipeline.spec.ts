import { expect, test, type Page } from '@playwright/test';
import type { ScenarioInput } from '../src/model';
import { openScenario, watchForErrors } from './screen-helpers';

const EMPTY: ScenarioInput = { schemaVersion: 2, name: 'Empty canvas', nodes: [], edges: [] };

/**
 * Drags a palette item onto the canvas with HTML5 drag events (dragstart on the
 * item, dragover and drop on the canvas at the point), and checks where it landed.
 */
async function dropFromPalette(page: Page, itemName: string, x: number, y: number) {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('canvas not on screen');
  const before = await page.locator('.react-flow__node').count();
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  const at = { dataTransfer, clientX: pane.x + x, clientY: pane.y + y };
  await page.getByRole('button', { name: itemName, exact: true }).dispatchEvent('dragstart', { dataTransfer });
  await page.locator('.react-flow__pane').dispatchEvent('dragover', at);
  await page.locator('.react-flow__pane').dispatchEvent('drop', at);
  const nodes = page.locator('.react-flow__node');
  await expect(nodes).toHaveCount(before + 1);
  // The node's top-left corner sits up and left of the drop point, under the pointer.
  const box = await nodes.nth(before).boundingBox();
  const px = pane.x + x;
  const py = pane.y + y;
  const under = box !== null && box.x < px && box.x + box.width > px && box.y < py && box.y + box.height > py;
  expect(under, `node at ${JSON.stringify(box)}, dropped at ${px},${py}`).toBe(true);
}

function handle(page: Page, nodeId: string, handleId: string | null) {
  return handleId === null
    ? page.locator(`.react-flow__handle.target[data-nodeid="${nodeId}"]`)
    : page.locator(`.react-flow__handle.source[data-nodeid="${nodeId}"][data-handleid="${handleId}"]`);
}

/** Drags a link from a node's source handle onto another node's target handle, as a person does with the mouse. */
async function link(page: Page, from: string, fromHandle: string, to: string) {
  const start = await handle(page, from, fromHandle).boundingBox();
  const end = await handle(page, to, null).boundingBox();
  if (!start || !end) throw new Error(`handles of ${from} or ${to} not on screen`);
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

test('on an empty canvas, build S3 -> function -> SQS (on failure) by dragging and connecting', async ({ page }) => {
  const errors = watchForErrors(page);
  await openScenario(page, EMPTY);
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  await dropFromPalette(page, 'Add S3 bucket', 150, 100);
  await dropFromPalette(page, 'Add Lambda function', 450, 100);
  await dropFromPalette(page, 'Add SQS queue (target)', 750, 300);
  await expect(page.getByTestId('node-bucket1')).toBeVisible();
  await expect(page.getByTestId('node-fn1')).toBeVisible();
  await expect(page.getByTestId('node-queue1')).toBeVisible();

  await link(page, 'bucket1', 'out', 'fn1');
  await expect(page.getByTestId('edge-e1')).toHaveText('trigger');
  await link(page, 'fn1', 'onFailure', 'queue1');
  await expect(page.getByTestId('edge-e2')).toHaveText('on failure');

  // The inspector of the new link says what it is.
  await page.getByTestId('edge-e2').click();
  await expect(page.getByLabel('Link kind')).toHaveValue('onFailure');
  expect(errors).toEqual([]);
});

test('a refused link says why: a queue cannot trigger a queue', async ({ page }) => {
  await openScenario(page, EMPTY);
  await dropFromPalette(page, 'Add SQS queue', 150, 150);
  await dropFromPalette(page, 'Add SQS queue (target)', 600, 150);
  await link(page, 'queue1', 'out', 'queue2');
  await expect(page.getByRole('alert')).toContainText('A queue cannot trigger a queue');
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
});
