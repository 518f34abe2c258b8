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

/**
 * Inside main/ the arrows run one way too (../shared/design.md): ipc → services → {vault, files, letters}. The shell
 * (main/app.ts, main/electron, main/preview) wires them together and may use any of them. Nothing below services imports
 * a service or a handler; main/letters holds pure writers that take plain data, so it imports nothing else of main/.
 */
const mainAreas = ['ipc', 'services', 'vault', 'files', 'letters'] as const;
type MainArea = (typeof mainAreas)[number];
const mayImport: Record<MainArea, readonly MainArea[]> = {
  ipc: ['ipc', 'services'],
  services: ['services', 'vault', 'files', 'letters'],
  // vault and files are one store: the attachment files lie beside the database with each file's key in it, and
  // unlocking, restoring and moving the vault take its files along.
  vault: ['vault', 'files'],
  files: ['files', 'vault'],
  letters: ['letters'],
};

/** The area of main/ a file or import target lies in; null for the shell and for anything outside main/. */
function mainAreaOf(file: string): MainArea | null {
  const [first, second] = path.relative(project, file).split(path.sep);
  return first === 'main' && (mainAreas as readonly string[]).includes(second!) ? (second as MainArea) : null;
}

function innerViolations(file: string, source: string): string[] {
  const area = mainAreaOf(file);
  if (area === null) return [];
  const problems: string[] = [];
  for (const specifier of importsOf(source)) {
    if (!specifier.startsWith('.')) continue;
    const resolved = path.resolve(path.dirname(file), specifier);
    if (layerOf(resolved) !== 'main') continue;
    const target = mainAreaOf(resolved);
    const where = `${path.relative(project, file)} imports ${specifier}`;
    if (target === null) problems.push(`${where}: main/${area} may not import the shell (app, electron, preview)`);
    else if (!mayImport[area].includes(target)) problems.push(`${where}: main/${area} may not import main/${target}`);
  }
  return problems;
}

/**
 * A service file over 350 lines holds more than one use case's worth of code; each one left that long is listed here
 * with the reason it stays whole (issue 22 §3). A file that shrinks below the limit must leave the list.
 */
const MAX_SERVICE_LINES = 350;
const longServiceFiles: Record<string, string> = {
  'main/services/overdrachtImport.ts':
    'reading an overdrachtspakket or reactiepakket: decrypting and checking it, the preview, matching betrokkenen and writing every table of the dossier in one transaction belong to one import',
  'main/services/questionnaireService.ts':
    'twelve use cases of the vragenformulier plus adding a proposed betrokkene; to be split along its use cases with one linkOrCreateBetrokkene shared with betrokkeneService (issue 22 §3)',
  'main/services/briefGegevens.ts':
    'the one read model that fills every briefsoort: one gatherer per briefsoort over the same dossier data; split per briefsoort only together with the letter work in main/letters',
  'main/services/dossierService.ts':
    'the dossier aggregate: list, create, open (the detail view with its workflow facts), update, fase, termijngebeurtenissen and remove share the detail view model they return',
  'main/services/briefService.ts':
    'the brieven of a dossier: which can be made now, generating, exporting with its verstrekking, PDF and sjablonen share the same letter record and its verstrekking rules',
  'main/services/requestService.ts':
    'the verzoeken to the RIEC and the LBB: thirteen calls that all change one verzoek in one transaction through the same runChange and return the same view',
  'main/services/eigenOnderzoekService.ts':
    'the eigen onderzoek (art. 7a lid 2): notities, bronnen, gegevens van een ander bestuursorgaan and the bevindingenformulier share the dossier\'s view of its betrokkenen',
  'main/services/beoordelingService.ts':
    'the beoordeling (art. 3): bevindingen, mate van gevaar, melding aan het LBB (art. 7a lid 7, 8) and schorsing share the conclusion that each of them reads',
};

function lineCount(file: string): number {
  return readFileSync(file, 'utf8').split('\n').length - 1;
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

describe('direction inside main/', () => {
  it('ipc → services → {vault, files, letters}; nothing below services imports a service or a handler', () => {
    const problems = sourceFiles.flatMap((file) => innerViolations(file, readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
  });

  it.each([
    ['main/vault/repositories/x.ts', "import { openDossier } from '../../services/dossierService';"],
    ['main/vault/x.ts', "import type { Handlers } from '../ipc/types';"],
    ['main/vault/x.ts', "import { app } from '../app';"],
    ['main/files/x.ts', "import { auditEntry } from '../services/context';"],
    ['main/letters/x.ts', "import { briefGegevens } from '../services/briefGegevens';"],
    ['main/letters/x.ts', "import type { VaultDatabase } from '../vault/database';"],
    ['main/services/x.ts', "import { createHandlers } from '../ipc/handlers';"],
    ['main/services/x.ts', "import { exportTarget } from '../electron/exportTarget';"],
    ['main/ipc/x.ts', "import { requireDossier } from '../vault/repositories/dossiers';"],
    ['main/ipc/x.ts', "export { writeDocx } from '../letters/docxWriter';"],
  ])('detects a violation in %s: %s', (file, source) => {
    expect(innerViolations(path.join(project, file), source)).not.toEqual([]);
  });

  it.each([
    ['main/ipc/x.ts', "import * as dossierService from '../services/dossierService';"],
    ['main/services/x.ts', "import { writeDocx } from '../letters/docxWriter';"],
    ['main/services/x.ts', "import { requireDossier } from '../vault/repositories/dossiers';"],
    ['main/files/x.ts', "import type { VaultDatabase } from '../vault/database';"],
    ['main/electron/x.ts', "import { createHandlers } from '../ipc/handlers';"],
    ['main/letters/x.ts', "import { BibobError } from '../../src/contract/errors';"],
  ])('allows %s: %s', (file, source) => {
    expect(innerViolations(path.join(project, file), source)).toEqual([]);
  });
});

describe('size of the service files', () => {
  const serviceFiles = filesBelow(path.join(project, 'main/services')).filter((file) => file.endsWith('.ts'));

  it(`has no service file over ${MAX_SERVICE_LINES} lines without a stated reason`, () => {
    const unexplained = serviceFiles
      .filter((file) => lineCount(file) > MAX_SERVICE_LINES)
      .map((file) => path.relative(project, file).split(path.sep).join('/'))
      .filter((name) => !(name in longServiceFiles));
    expect(unexplained).toEqual([]);
  });

  it('lists only files that exist and are still over the limit, each with its reason', () => {
    for (const [name, reason] of Object.entries(longServiceFiles)) {
      const file = path.join(project, name);
      expect(serviceFiles, name).toContain(file);
      expect(lineCount(file), name).toBeGreaterThan(MAX_SERVICE_LINES);
      expect(reason.length, name).toBeGreaterThan(20);
    }
  });
});
