#!/usr/bin/env node
// The `bridgehire` command: runs the CLI from source through tsx (a runtime dependency).
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const tsxCli = require.resolve('tsx/cli');
const entry = path.join(__dirname, '..', 'src', 'cli', 'index.ts');
const res = spawnSync(process.execPath, [tsxCli, entry, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(res.status ?? 1);
