#!/usr/bin/env node
import module from 'node:module';

// Cache compiled code between runs: start-up time matters in a pre-commit hook.
module.enableCompileCache?.();
const { main } = await import('../dist/src/cli.js');
process.exitCode = await main(process.argv);
