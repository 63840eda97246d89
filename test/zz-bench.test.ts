import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadJsParser } from '../src/parse/javascript.js';
import { rules } from '../rules/index.js';
it('bench', async () => {
  const parse = await loadJsParser();
  const files = (process.env.FILES ?? '').split(',');
  const mine = rules.filter((r) => /^(webhook-|timing|oauth)/.test(r.meta.id));
  const ctx = { report() {}, fact() {}, settings: { secretNames: [] } };
  for (const abs of files) {
    const text = readFileSync(abs, 'utf8');
    let parseMs = 0, ruleMs = 0; const per: Record<string, number> = {};
    for (let i = 0; i < 200; i++) {
      let t = performance.now();
      const file = parse({ path: abs.replace('/work/main/fixtures/', ''), text, absolutePath: abs });
      parseMs += performance.now() - t;
      t = performance.now();
      for (const r of mine) { const t0 = performance.now(); (r.checks as any).js(file, ctx); per[r.meta.id] = (per[r.meta.id] ?? 0) + performance.now() - t0; }
      ruleMs += performance.now() - t;
    }
    console.log(abs.split('/').slice(-2).join('/'), 'parse', (parseMs / 200).toFixed(3), 'ms; my rules', (ruleMs / 200).toFixed(3), 'ms', JSON.stringify(Object.fromEntries(Object.entries(per).map(([k, v]) => [k, +(v / 200).toFixed(2)]))));
  }
});
