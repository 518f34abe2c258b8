import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { filesBelow } from '../support/tempFolders';

/**
 * The direction of imports (../shared/design.md): src ← main, src ← renderer, never main ↔ renderer; nothing
 * in src/ imports Electron, Node I/O or React. Read from the sources, so a violation fails `npm test`.
 */
const project = path.resolve(__dirname, '../..');
const layers = ['src', 'main', 'renderer'] as const;
type Layer = (typeof layers)[number];

const importPattern = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/gm;

export function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (specifier) found.push(specifier);
  }
  return found;
}

function layerOf(file: string): Layer | null {
  const first = path.relative(project, file).split(path.sep)[0];
  return (layers as readonly string[]).includes(first!) ? (first as Layer) : null;
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const sourceFiles = layers.flatMap((layer) => filesBelow(path.join(project, layer))).filter((file) => /\.(ts|tsx|mts|cts)$/.test(file));

/** Packages each layer may use, besides relative imports that respect the direction. */
const allowedPackages: Record<Layer, (specifier: string) => boolean> = {
  // zxcvbn: a pure estimator with its dictionaries as data, no I/O; main and the renderer share its verdict.
  src: (s) => s === 'zod' || s.startsWith('@zxcvbn-ts/'),
  main: (s) => s === 'zod' || s === 'electron' || s === 'better-sqlite3-multiple-ciphers' || s === 'docx' || nodeBuiltins.has(s),
  // cytoscape: the drawing of the network of betrokkenen, on a canvas, offline (renderer/components/NetwerkDrawing.tsx).
  renderer: (s) =>
    s === 'react' || s === 'react-dom' || s.startsWith('react/') || s.startsWith('react-dom/') || s.startsWith('@utrecht/') || s === 'pdfjs-dist' || s.startsWith('pdfjs-dist/') || s === 'chart.js' || s === 'cytoscape',
};

/** The renderer may take a Markdown file of docs/ as text at build time (the user guide under Help). */
function isGuideText(file: string, specifier: string): boolean {
  if (!specifier.startsWith('.') || !specifier.endsWith('.md?raw')) return false;
  const target = path.relative(project, path.resolve(path.dirname(file), specifier.slice(0, -'?raw'.length)));
  return path.dirname(target) === 'docs';
}

function violations(file: string, source: string): string[] {
  const layer = layerOf(file)!;
  const problems: string[] = [];
  for (const specifier of importsOf(source)) {
    const where = `${path.relative(project, file)} imports ${specifier}`;
    if (layer === 'renderer' && isGuideText(file, specifier)) {
      continue;
    } else if (specifier.startsWith('.')) {
      const target = layerOf(path.resolve(path.dirname(file), specifier));
      if (target === null) problems.push(`${where}: outside src/, main/ and renderer/`);
      else if (target !== layer && target !== 'src') problems.push(`${where}: ${layer} may not import ${target}`);
    } else if (/^@utrecht\/[^/]+\/css/.test(specifier)) {
      problems.push(`${where}: the /css entry injects <style> elements that the CSP forbids`);
    } else if (!allowedPackages[layer](specifier) && !(layer === 'renderer' && specifier.endsWith('.css'))) {
      problems.push(`${where}: not allowed in ${layer}/`);
    }
  }
  if (layer === 'main' && !file.includes(`${path.sep}electron${path.sep}`)) {
    if (importsOf(source).some((s) => s === 'electron') && !/import type [^;]+ from 'electron'/.test(source)) {
      problems.push(`${path.relative(project, file)}: only main/electron may import electron`);
    }
  }
  return problems;
}

describe('direction of imports', () => {
  it('finds the sources of every layer', () => {
    for (const layer of layers) expect(sourceFiles.some((file) => layerOf(file) === layer), layer).toBe(true);
  });

  it('src ← main, src ← renderer, never main ↔ renderer; src is pure', () => {
    const problems = sourceFiles.flatMap((file) => violations(file, readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
  });

  it.each([
    ['src/domain/x.ts', "import { readFileSync } from 'node:fs';"],
    ['src/domain/x.ts', "import { app } from 'electron';"],
    ['src/domain/x.ts', "import React from 'react';"],
    ['src/domain/x.ts', "import { Vault } from '../../main/vault/vault';"],
    ['renderer/x.tsx', "import { Vault } from '../main/vault/vault';"],
    ['renderer/x.tsx', "const fs = require('node:fs');"],
    ['renderer/x.tsx', "import '@utrecht/button-react/css';"],
    ['renderer/x.tsx', "import notes from '../docs/notes.md';"],
    ['renderer/x.tsx', "import secret from '../main/vault/keys.md?raw';"],
    ['main/services/x.ts', "import { App } from '../../renderer/App';"],
    ['main/services/x.ts', "import { BrowserWindow } from 'electron';"],
    ['main/services/x.ts', "export { thing } from '../../renderer/thing';"],
  ])('detects a violation in %s: %s', (file, source) => {
    expect(violations(path.join(project, file), source)).not.toEqual([]);
  });

  it('lets the renderer take the user guide of docs/ as text', () => {
    expect(violations(path.join(project, 'renderer/screens/Help.tsx'), "import text from '../../docs/handleiding.md?raw';")).toEqual([]);
  });
});
