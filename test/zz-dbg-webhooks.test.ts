// Temporary local debugging helper (not committed).
import { it } from 'vitest';
import { scanPaths } from './support.js';
it('dbg', async () => {
  const root = process.env.F!;
  const findings = await scanPaths(root, [root]);
  for (const f of findings) console.log(`${f.path}:${f.start.line} ${f.ruleId} ${process.env.V ? f.message : ''}`);
});
