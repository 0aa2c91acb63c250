#!/usr/bin/env node
// Jest transpiles without type-checking, and the builds check only what the apps import, so
// all TypeScript — sources and tests — is checked here: once for Node, once for the browser.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const configs = ['tsconfig.check.node.json', 'tsconfig.check.web.json'];
const results = await Promise.all(
  configs.map(
    (config) =>
      new Promise((done) => {
        const child = spawn('npx', ['tsc', '-p', config], { cwd: root, stdio: 'inherit' });
        child.on('close', (code) => done(code === 0));
      }),
  ),
);
process.exit(results.every(Boolean) ? 0 : 1);
