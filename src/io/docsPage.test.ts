import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { docsPage, headingId, markdownToHtml } from './docsPage';

it('gives each heading an id made of its words', () => {
  expect(headingId('Run length')).toBe('run-length');
  expect(headingId('CPU-bound share')).toBe('cpu-bound-share');
  expect(headingId('`account`')).toBe('account');
  expect(markdownToHtml('## Run length')).toBe('<h2 id="run-length">Run length</h2>');
});

it('writes paragraphs, lists, tables and code, escaping what is not markup', () => {
  const md = ['A **bold** `x < 1` line', 'goes on.', '', '- one', '- two', '', '| a | b |', '|---|---|', '| `1` | 2 |', '', '```json', '{ "a": "<b>" }', '```'].join('\n');
  // Line breaks between tags are not markup: compare without it.
  const html = markdownToHtml(md).replace(/>\s*\n\s*</g, '><');
  expect(html).toContain('<p>A <strong>bold</strong> <code>x &lt; 1</code> line\ngoes on.</p>');
  expect(html).toContain('<ul><li>one</li><li>two</li></ul>');
  expect(html).toContain('<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td><code>1</code></td><td>2</td></tr></tbody></table>');
  expect(html).toContain('{ &quot;a&quot;: &quot;&lt;b&gt;&quot; }');
  expect(html).not.toContain('<b>');
});

it('gives every heading of every doc a distinct id on its page, so a link to a section lands on it', () => {
  const folder = fileURLToPath(new URL('../../docs/', import.meta.url));
  const page = markdownToHtml(readFileSync(folder + 'simulator-settings.md', 'utf8'));
  const ids = [...page.matchAll(/<h[1-6] id="([^"]+)"/g)].map((m) => m[1]);
  expect(ids.length).toBeGreaterThan(5);
  expect(new Set(ids).size).toBe(ids.length);
});

it('links to another of our docs go to its page', () => {
  expect(markdownToHtml('See [the format](scenario-format.md#top-level).')).toBe('<p>See <a href="scenario-format.html#top-level">the format</a>.</p>');
  expect(markdownToHtml('[AWS](https://docs.aws.amazon.com/lambda/)')).toBe('<p><a href="https://docs.aws.amazon.com/lambda/">AWS</a></p>');
});

it('makes a whole page of every doc, titled by its first heading, with no script', () => {
  const folder = fileURLToPath(new URL('../../docs/', import.meta.url));
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.md'))) {
    const page = docsPage(readFileSync(folder + file, 'utf8'));
    expect(page, file).toMatch(/^<!doctype html>/);
    expect(page, file).toContain('<title>');
    expect(page, file).not.toContain('<script');
  }
  expect(docsPage('# Simulator settings\n\ntext')).toContain('<title>Simulator settings · Lambda Playground</title>');
});
