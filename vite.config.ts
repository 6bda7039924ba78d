/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { DOCS_CSS, docsPage } from './src/io/docsPage.ts';

/**
 * A strict Content-Security-Policy for the built site only: `vite dev` injects
 * inline styles, so the meta tag is added at build time, first in <head> so it
 * governs every script after it. No unsafe-eval, no unsafe-inline scripts.
 * React Flow and Recharts set inline style attributes, which `style-src-attr`
 * allows without opening inline <style> or <script> elements.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
  };
}

/**
 * The repository's docs/*.md, shipped with the site as docs/NAME.html (and
 * served the same way by `vite dev`), so the inspector's "docs" link of a
 * simulator setting opens the section that explains it, at / or any sub-path.
 */
function docsPages(): Plugin {
  const folder = new URL('./docs/', import.meta.url);
  const pages = () =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .map((f) => ({ fileName: `docs/${f.replace(/\.md$/, '.html')}`, source: docsPage(readFileSync(new URL(f, folder), 'utf8')) }));
  return {
    name: 'docs-pages',
    generateBundle() {
      for (const page of pages()) this.emitFile({ type: 'asset', fileName: page.fileName, source: page.source });
      this.emitFile({ type: 'asset', fileName: 'docs/docs.css', source: DOCS_CSS });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split(/[?#]/)[0].replace(/^\//, '');
        if (path === 'docs/docs.css') {
          res.setHeader('content-type', 'text/css; charset=utf-8');
          res.end(DOCS_CSS);
          return;
        }
        const page = pages().find((p) => p.fileName === path);
        if (!page) return next();
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(page.source);
      });
    },
  };
}

export default defineConfig({
  // Relative base and ES-module workers: the same dist/ works at / and under any sub-path.
  base: './',
  plugins: [react(), contentSecurityPolicy(), docsPages()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        advancedChunks: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'flow', test: /node_modules[\\/]@xyflow[\\/]/ },
            { name: 'charts', test: /node_modules[\\/](recharts|d3-|victory-vendor|@reduxjs|redux|immer|reselect)/ },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
