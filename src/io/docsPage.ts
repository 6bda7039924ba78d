/**
 * The repository's docs/*.md as plain HTML pages shipped with the site (the build
 * writes docs/NAME.html), so the inspector can link a simulator setting to the
 * section that explains it. The Markdown is read by `marked`; this file adds the
 * two things our pages need: an id on every heading, and links between our docs
 * that go to their HTML pages. Pure: text in, text out.
 */
import { Marked, type Tokens } from 'marked';

/** The id a heading gets: lower case, letters, digits and hyphens ("Run length (s)" → "run-length-s"). */
export function headingId(text: string): string {
  return text
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A link to another of our docs goes to its HTML page; a link elsewhere stays as written. */
function linkTarget(href: string): string {
  return href.replace(/^(\.\/)?([\w-]+)\.md(#|$)/, '$2.html$3');
}

const reader = new Marked({
  gfm: true,
  renderer: {
    heading({ tokens, depth, text }: Tokens.Heading) {
      return `<h${depth} id="${headingId(text)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
    },
    link({ href, title, tokens }: Tokens.Link) {
      const titled = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(linkTarget(href))}"${titled}>${this.parser.parseInline(tokens)}</a>`;
    },
  },
});

/** The body of a page: the Markdown's blocks as HTML elements. */
export function markdownToHtml(text: string): string {
  return (reader.parse(text, { async: false }) as string).trim();
}

/** A policy as strict as the app's: the page has no script at all, and its one stylesheet comes from the site. */
const DOCS_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/** A whole page: its title from the first heading, the stylesheet beside it, and a link back to the playground. */
export function docsPage(markdown: string): string {
  const title = /^# (.*)$/m.exec(markdown)?.[1] ?? 'Lambda Playground';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${DOCS_CSP}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(title.replace(/`/g, ''))} · Lambda Playground</title>
<link rel="stylesheet" href="docs.css" />
</head>
<body>
<nav><a href="../index.html">← Lambda Playground</a></nav>
<main>
${markdownToHtml(markdown)}
</main>
</body>
</html>
`;
}

/** The stylesheet of the docs pages: readable in the browser's light or dark scheme. */
export const DOCS_CSS = `:root { color-scheme: light dark; }
body { margin: 0 auto; max-width: 860px; padding: 16px 20px 48px; font: 15px/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
nav { margin-bottom: 12px; font-size: 13px; }
h1, h2, h3 { line-height: 1.25; }
h2 { margin-top: 1.8em; padding-top: 0.4em; border-top: 1px solid color-mix(in srgb, currentColor 20%, transparent); }
:target { outline: 2px solid #4f9cf9; outline-offset: 4px; border-radius: 2px; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, monospace; }
pre { overflow-x: auto; padding: 10px 12px; border-radius: 6px; background: color-mix(in srgb, currentColor 8%, transparent); }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { padding: 4px 10px; border: 1px solid color-mix(in srgb, currentColor 20%, transparent); text-align: left; vertical-align: top; }
`;
