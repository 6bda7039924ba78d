import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_SCENARIO, presetFile } from './scenarios-data';
import { encodeShareHash } from '../src/io/shareLink';
import { AUTOSAVE_KEY, autosavedScenario, canvasNodeIds, chooseMenuItem, expectAutosaved, menuButton, openApp, openPreset } from './scenarios-helpers';

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByLabel('Scenario file to open').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The scenario as plain JSON, loose enough to break on purpose. */
interface LooseScenario {
  schemaVersion: unknown;
  nodes: { id: string; kind: string; position?: { x: number; y: number }; config: Record<string, unknown> & { traffic?: { ratePerSecond: unknown } } }[];
  edges: { id: string; source: string; target: string; kind: string }[];
}

function variant(change: (s: LooseScenario) => void): string {
  const s = structuredClone(DEFAULT_SCENARIO) as unknown as LooseScenario;
  change(s);
  return JSON.stringify(s, null, 2);
}

test('save as file, then open it: the same scenario comes back', async ({ page }) => {
  await openApp(page);
  const preset = presetFile('async-dlq-vs-destination');
  await openPreset(page, preset.title);

  const download = page.waitForEvent('download');
  await chooseMenuItem(page, 'Save as file');
  const file = await download;
  expect(file.suggestedFilename()).toBe('async-retries-dead-letter-queue-versus-on-failure.json');
  const text = await readFile(await file.path(), 'utf8');
  const saved = JSON.parse(text);
  expect(saved).toEqual(preset.scenario);
  expect(text).toContain('\n  "schemaVersion": 2,\n');

  await chooseMenuItem(page, 'New scenario');
  await expect(menuButton(page)).toHaveAccessibleName('Scenario menu: Untitled scenario');
  expect(await canvasNodeIds(page)).toEqual([]);

  await chooseFile(page, file.suggestedFilename(), text);
  await expect(menuButton(page)).toHaveAccessibleName(`Scenario menu: ${preset.title}`);
  expect(await canvasNodeIds(page)).toEqual(saved.nodes.map((n: { id: string }) => n.id).sort());
  await expectAutosaved(page, (s) => s?.name === preset.title);
  expect(await autosavedScenario(page)).toEqual(saved);
});

const BROKEN_FILES: { kind: string; name: string; text: string; message: RegExp }[] = [
  { kind: 'a file that is not JSON', name: 'cut.json', text: '{"schemaVersion": 1, "nodes": [', message: /cut\.json is not valid JSON/ },
  { kind: 'JSON that is not a scenario', name: 'package.json', text: '{"name": "x", "version": "1.0.0"}', message: /JSON but not a Lambda Playground scenario/ },
  { kind: 'a wrong type', name: 'type.json', text: variant((s) => (s.nodes[1].config.memoryMB = 'lots')), message: /nodes\[1\] \(api\)\.config\.memoryMB/ },
  { kind: 'a value out of range', name: 'range.json', text: variant((s) => (s.nodes[1].config.timeoutSeconds = 901)), message: /nodes\[1\] \(api\)\.config\.timeoutSeconds/ },
  { kind: 'an unknown node kind', name: 'kind.json', text: variant((s) => (s.nodes[0].kind = 'lightsail')), message: /unknown node kind "lightsail"/ },
  { kind: 'an edge to a missing node', name: 'edge.json', text: variant((s) => (s.edges[0].source = 'ghost')), message: /edges\[0\] \(e1\)\.source.*no node has id "ghost"/ },
  {
    kind: 'a connection AWS refuses',
    name: 'link.json',
    text: variant((s) => {
      s.nodes.push({ id: 'q', kind: 'sqs', position: { x: 0, y: 300 }, config: {} });
      s.edges.push({ id: 'e2', source: 'api', target: 'q', kind: 'trigger' });
    }),
    message: /edges\[1\] \(e2\)\.kind.*Only a Lambda function can be triggered/,
  },
  { kind: 'a newer schema version', name: 'future.json', text: variant((s) => (s.schemaVersion = 9)), message: /schemaVersion 9 is newer than this playground/ },
  {
    kind: 'a scenario beyond the engine limits',
    name: 'huge.json',
    text: variant((s) => (s.nodes[0].config.traffic!.ratePerSecond = 50_000_000)),
    message: /nodes\[0\] \(alb\)\.config\.traffic\.ratePerSecond.*billion/,
  },
  {
    kind: 'a typo in a key (memorySize for memoryMB)',
    name: 'typo.json',
    text: variant((s) => (s.nodes[1].config.memorySize = 512)),
    message: /nodes\[1\] \(api\)\.config\.memorySize: unknown key "memorySize"; did you mean "memoryMB"\?/,
  },
  {
    kind: 'a node id every JavaScript object already has (__proto__)',
    name: 'proto.json',
    text: variant((s) => {
      s.nodes[1].id = '__proto__';
      s.edges[0].target = '__proto__';
    }),
    message: /nodes\[1\] \(__proto__\)\.id: "__proto__" cannot be a node id/,
  },
  {
    // The file of the report: about 10 MB, 330,000 traffic steps on one node, which stalled the page for seconds.
    kind: 'a 10 MB file of 330,000 traffic steps (over the 5 MB limit)',
    name: 'huge-steps.json',
    text: (() => {
      const s = structuredClone(DEFAULT_SCENARIO) as unknown as LooseScenario;
      (s.nodes[0].config.traffic as unknown as { steps: unknown[] }).steps = Array.from({ length: 330_000 }, (_, i) => ({ atSeconds: i, ratePerSecond: 1 }));
      return JSON.stringify(s);
    })(),
    message: /huge-steps\.json is 1\d\.\d MB; the playground opens scenarios of at most 5\.0 MB \(5,242,880 bytes\)/,
  },
  {
    kind: 'more than 10,000 traffic steps on one node',
    name: 'many-steps.json',
    text: variant((s) => {
      (s.nodes[0].config.traffic as unknown as { steps: unknown[] }).steps = Array.from({ length: 20_000 }, (_, i) => ({ atSeconds: i, ratePerSecond: 1 }));
    }),
    message: /nodes\[0\] \(alb\)\.config\.traffic\.steps: 20,000 traffic steps; a node may have at most 10,000/,
  },
];

test.describe('broken input shows its message and keeps the current diagram', () => {
  for (const broken of BROKEN_FILES) {
    test(broken.kind, async ({ page }) => {
      await openApp(page);
      await openPreset(page, 'Recursive loop stopped after 16 invocations');
      const before = await canvasNodeIds(page);
      await expectAutosaved(page, (s) => s?.name === 'Recursive loop stopped after 16 invocations');
      const saved = await autosavedScenario(page);

      await chooseFile(page, broken.name, broken.text);
      const alert = page.getByRole('alertdialog', { name: 'Could not open the file' });
      await expect(alert).toContainText(broken.message);
      await expect(alert).toContainText('Your diagram was not changed.');
      await alert.getByRole('button', { name: 'OK' }).click();
      await expect(alert).toBeHidden();

      await expect(menuButton(page)).toHaveAccessibleName('Scenario menu: Recursive loop stopped after 16 invocations');
      expect(await canvasNodeIds(page)).toEqual(before);
      expect(await autosavedScenario(page)).toEqual(saved);
    });
  }

  for (const [kind, damage] of [
    ['a truncated share link', (hash: string) => hash.slice(0, Math.floor(hash.length * 0.6))],
    ['a tampered share link', (hash: string) => `${hash.slice(0, 20)}${Array.from(hash.slice(20, 60)).toReversed().join('')}${hash.slice(60)}`],
  ] as const) {
    test(kind, async ({ page }) => {
      await openApp(page);
      await openPreset(page, 'EventBridge cron job');
      await expectAutosaved(page, (s) => s?.name === 'EventBridge cron job');
      const before = await canvasNodeIds(page);

      const other = presetFile('sqs-standard-scaling');
      await page.goto('about:blank');
      await openApp(page, `./${damage(encodeShareHash(other.scenario))}`);
      const alert = page.getByRole('alertdialog', { name: 'Some saved work could not be opened' });
      await expect(alert).toContainText(/share link/);
      await expect(alert).toContainText('Your previous diagram was opened instead.');
      await alert.getByRole('button', { name: 'OK' }).click();
      await expect(menuButton(page)).toHaveAccessibleName('Scenario menu: EventBridge cron job');
      expect(await canvasNodeIds(page)).toEqual(before);
    });
  }
});

test('a reload restores the autosaved diagram, edits included', async ({ page }) => {
  await openApp(page);
  await openPreset(page, 'SQS FIFO: order and concurrency by message group');
  await renameTo(page, 'My FIFO experiment');
  await page.getByRole('button', { name: /^Add SQS queue$/ }).click();
  const edited = await canvasNodeIds(page);
  expect(edited).toHaveLength(3);

  await page.reload();
  await expect(menuButton(page)).toHaveAccessibleName('Scenario menu: My FIFO experiment');
  expect(await canvasNodeIds(page)).toEqual(edited);
});

test('opening a preset keeps the earlier diagram restorable', async ({ page }) => {
  await openApp(page);
  await expect(menuButton(page)).toHaveAccessibleName(`Scenario menu: ${DEFAULT_SCENARIO.name}`);
  await openPreset(page, 'API Gateway 29-second timeout');
  await chooseMenuItem(page, 'Restore previous diagram');
  await expect(menuButton(page)).toHaveAccessibleName(`Scenario menu: ${DEFAULT_SCENARIO.name}`);
  expect(await canvasNodeIds(page)).toEqual(DEFAULT_SCENARIO.nodes.map((n) => n.id).sort());
});

test('the menu works from the keyboard alone', async ({ page }) => {
  await openApp(page);
  await menuButton(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'New scenario' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Open preset…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Open a preset' });
  await expect(dialog).toBeVisible();
  // K is the screen's play shortcut: behind a modal dialog it must do nothing.
  await page.keyboard.press('k');
  await expect(page.getByTestId('run-status')).toHaveText('idle');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(menuButton(page)).toBeFocused();
});

test('a SAM template opens as a laid-out diagram, with notes on what was left out', async ({ page }) => {
  await openApp(page);
  const template = await readFile(new URL('../src/io/fixtures/sam-template.yaml', import.meta.url), 'utf8');
  await page.getByLabel('Scenario file to open').setInputFiles({ name: 'template.yaml', mimeType: 'application/x-yaml', buffer: Buffer.from(template) });
  const notes = page.getByRole('dialog', { name: 'Imported template.yaml' });
  await expect(notes).toContainText('AWS::DynamoDB::GlobalTable');
  await notes.getByRole('button', { name: 'OK' }).click();
  await expect(menuButton(page)).toHaveAccessibleName('Scenario menu: Orders service');
  expect(await canvasNodeIds(page)).toEqual(
    ['Alerts', 'Fulfil', 'OrdersApi', 'OrdersDlq', 'OrdersQueue', 'ServerlessRestApi', 'Thumbnail', 'ThumbnailNightly', 'Uploads'].sort(),
  );
});

test('duplicate opens a copy in a new tab and leaves this one as it was', async ({ page, context }) => {
  await openApp(page);
  await openPreset(page, 'EventBridge cron job');
  const newPage = context.waitForEvent('page');
  await chooseMenuItem(page, 'Duplicate in a new tab');
  const copy = await newPage;
  await expect(menuButton(copy)).toHaveAccessibleName('Scenario menu: EventBridge cron job (copy)');
  expect(await canvasNodeIds(copy)).toEqual(await canvasNodeIds(page));
  await expect(menuButton(page)).toHaveAccessibleName('Scenario menu: EventBridge cron job');
});

test('an unreadable autosave is explained, the default opens, and the broken data is kept aside', async ({ page }) => {
  await openApp(page);
  // Cut short every autosave (the common one and this tab's own) just before the app's scripts run on reload:
  // while the app is open, its autosave would rightly heal the storage from the diagram on screen.
  await page.addInitScript((common) => {
    const keys = Object.keys(localStorage).filter((k) => k === common || k.startsWith(`${common}:tab:`));
    for (const key of keys) localStorage.setItem(key, '{"format":"lambda-playground/autosave","version":1,"scenario":{"schemaVer');
  }, AUTOSAVE_KEY);
  await page.reload();
  const alert = page.getByRole('alertdialog', { name: 'Some saved work could not be opened' });
  await expect(alert).toContainText('The autosaved diagram is not readable');
  await alert.getByRole('button', { name: 'OK' }).click();
  await expect(menuButton(page)).toHaveAccessibleName(`Scenario menu: ${DEFAULT_SCENARIO.name}`);
  const backup = await page.evaluate(() => localStorage.getItem('lambda-playground:autosave:previous'));
  expect(backup).toContain('"scenario":{"schemaVer');
});

async function renameTo(page: Page, name: string) {
  await chooseMenuItem(page, 'Rename…');
  const dialog = page.getByRole('dialog', { name: 'Rename scenario' });
  await dialog.getByLabel('Scenario name').fill(name);
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(menuButton(page)).toHaveAccessibleName(`Scenario menu: ${name}`);
}

test('two tabs on the playground keep their own work across reloads; a new visit opens the last saved', async ({ page, context }) => {
  await openApp(page);
  await openPreset(page, 'EventBridge cron job');
  const opened = context.waitForEvent('page');
  await chooseMenuItem(page, 'Duplicate in a new tab');
  const copy = await opened;
  await expect(menuButton(copy)).toHaveAccessibleName('Scenario menu: EventBridge cron job (copy)');

  await renameTo(page, 'Work in tab A');
  await expectAutosaved(page, (s) => s?.name === 'Work in tab A');
  await renameTo(copy, 'Work in tab B');
  await expectAutosaved(copy, (s) => s?.name === 'Work in tab B');

  await page.reload();
  await expect(menuButton(page)).toHaveAccessibleName('Scenario menu: Work in tab A');
  await copy.reload();
  await expect(menuButton(copy)).toHaveAccessibleName('Scenario menu: Work in tab B');

  const visit = await context.newPage();
  await openApp(visit);
  await expect(menuButton(visit)).toHaveAccessibleName('Scenario menu: Work in tab B');
});
