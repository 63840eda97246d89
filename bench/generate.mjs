/**
 * Generates, deterministically from a seed, a repository that looks like a real monorepo:
 * TypeScript/JavaScript packages, Python and Ruby services, JSON, Markdown, lock files, a few large
 * minified bundles, and about 1% of files that touch Stripe (some with planted findings).
 *
 *   node bench/generate.mjs <dir> [--seed 42] [--files 20000] [--mb 150]
 */
import { mkdirSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const GENERATOR_VERSION = 8;

/** mulberry32: small, fast, deterministic. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const alnum = (n) => {
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let s = '';
    for (let i = 0; i < n; i++) s += chars[Math.floor(next() * chars.length)];
    return s;
  };
  return { next, int, pick, chance, alnum };
}

const WORDS = ('user account order invoice product cart item price session token config client server request response handler ' +
  'service repository model schema route controller view component button modal form input table list page layout theme ' +
  'cache queue worker job event message notification email report metric chart filter search sort query result error ' +
  'logger auth profile settings team project member role permission feature flag analytics upload file image document ' +
  'address shipping tax discount coupon subscription plan billing payment checkout refund customer vendor warehouse stock').split(' ');
// Note: "payment", "billing", "checkout", "customer", "subscription" appear in ordinary code too (not only Stripe code).

const FOLDERS = ['components', 'hooks', 'lib', 'utils', 'api', 'services', 'models', 'pages', 'routes', 'store', 'types', 'views', 'jobs', 'handlers'];

const cap = (w) => w[0].toUpperCase() + w.slice(1);

function ident(r, parts = 2) {
  let s = r.pick(WORDS);
  for (let i = 1; i < parts; i++) s += cap(r.pick(WORDS));
  return s;
}

// ---------- languages ----------

function tsFile(r, approxBytes, { tsx = false } = {}) {
  const out = [];
  const usesEnv = r.chance(0.06);
  const usesKeys = r.chance(tsx ? 0.45 : 0.15);
  const imports = r.int(2, 8);
  const libs = ['react', 'zod', 'date-fns', 'lodash', 'axios', '@tanstack/react-query', 'express', 'next/router', 'clsx', 'uuid'];
  for (let i = 0; i < imports; i++) {
    out.push(r.chance(0.5) ? `import { ${ident(r)}, ${ident(r)} } from '${r.pick(libs)}';` : `import { ${ident(r)} } from '../${r.pick(WORDS)}/${r.pick(WORDS)}';`);
  }
  out.push('');
  let size = out.join('\n').length;
  while (size < approxBytes) {
    const kind = r.int(0, 5);
    let block;
    const name = ident(r, r.int(2, 3));
    if (kind === 0) {
      const fields = [];
      for (let i = r.int(2, 10); i > 0; i--) fields.push(`  ${ident(r)}${r.chance(0.3) ? '?' : ''}: ${r.pick(['string', 'number', 'boolean', 'Date', `${cap(ident(r))}[]`, 'Record<string, unknown>'])};`);
      block = `export interface ${cap(name)} {\n${fields.join('\n')}\n}\n`;
    } else if (kind === 1 && tsx) {
      block = `export function ${cap(name)}({ ${ident(r)}, ${ident(r)} }: ${cap(name)}Props) {\n  const [${ident(r)}, set${cap(ident(r))}] = useState(${r.int(0, 9)});\n  return (\n    <div className="${r.pick(WORDS)}-${r.pick(WORDS)}">\n      <h2>{${ident(r)}.${r.pick(WORDS)}}</h2>\n${usesKeys ? `      {${ident(r)}.map((item) => <${cap(ident(r))} key={item.id} {...item} />)}\n` : ''}      <button onClick={() => ${ident(r)}(${r.int(1, 99)})}>${cap(r.pick(WORDS))}</button>\n    </div>\n  );\n}\n`;
    } else if (kind === 2) {
      const body = [];
      for (let i = r.int(3, 14); i > 0; i--) {
        const v = ident(r);
        body.push(r.pick([
          `  const ${v} = await ${ident(r)}(${ident(r)}, { limit: ${r.int(1, 500)} });`,
          `  if (!${v}) throw new Error('${cap(r.pick(WORDS))} ${r.pick(WORDS)} not found');`,
          `  const ${v} = ${ident(r)}.map((x) => x.${r.pick(WORDS)}).filter(Boolean);`,
          `  logger.debug('${r.pick(WORDS)} ${r.pick(WORDS)}', { ${ident(r)} });`,
          usesEnv ? `  const ${v} = process.env.${r.pick(WORDS).toUpperCase()}_${r.pick(['URL', 'HOST', 'PORT', 'REGION', 'TIMEOUT'])} ?? '${r.pick(WORDS)}';` : `  const ${v} = ${ident(r)}.length > ${r.int(1, 9)};`,
          usesKeys ? `  for (const ${v} of Object.keys(${ident(r)})) ${ident(r)}(${v});` : `  ${ident(r)}.clear();`,
          `  ${ident(r)}.${r.pick(['push', 'set', 'add'])}(${ident(r)});`,
          `  // TODO(${r.pick(['ana', 'bo', 'chen', 'dmitri'])}): ${r.pick(WORDS)} ${r.pick(WORDS)} ${r.pick(WORDS)}`,
          `  const ${v} = await fetch(\`/api/${r.pick(WORDS)}/\${${ident(r)}}\`).then((res) => res.json());`,
        ]));
      }
      block = `export async function ${name}(${ident(r)}: ${cap(ident(r))}, ${ident(r)}?: number): Promise<${cap(ident(r))}> {\n${body.join('\n')}\n  return ${ident(r)};\n}\n`;
    } else if (kind === 3) {
      block = `export class ${cap(name)}Service {\n  private readonly ${ident(r)} = new Map<string, ${cap(ident(r))}>();\n\n  constructor(private readonly ${ident(r)}: ${cap(ident(r))}Repository) {}\n\n  async ${ident(r)}(id: string) {\n    const cached = this.${ident(r)}.get(id);\n    if (cached) return cached;\n    return this.${ident(r)}.findById(id);\n  }\n}\n`;
    } else if (kind === 4) {
      block = `/**\n * ${cap(r.pick(WORDS))} ${r.pick(WORDS)} ${r.pick(WORDS)} ${r.pick(WORDS)} for the ${r.pick(WORDS)} ${r.pick(WORDS)}.\n * @param ${ident(r)} the ${r.pick(WORDS)}\n */\nexport const ${name} = (${ident(r)}: string): string => \`${r.pick(WORDS)}-\${${ident(r)}}\`;\n`;
    } else {
      block = `export const ${name.toUpperCase().replace('TOKEN', 'TICKET')}_${r.pick(WORDS).toUpperCase().replace('TOKEN', 'TICKET')} = {\n  ${ident(r)}: '${r.pick(WORDS)}',\n  ${ident(r)}: ${r.int(0, 10000)},\n  ${ident(r)}: ${r.chance(0.5)},\n} as const;\n`;
    }
    out.push(block);
    size += block.length + 1;
  }
  return out.join('\n');
}

function jsFile(r, approxBytes) {
  return tsFile(r, approxBytes)
    .replace(/^import \{ (.*) \} from '(.*)';$/gm, "const { $1 } = require('$2');")
    .replace(/export interface (\w+) \{[^}]*\}\n/g, '')
    .replace(/: (string|number|boolean|Promise<\w+>|\w+\[\]|\w+)(?=[,)=;]| \{)/g, '')
    .replace(/\?: number/g, '')
    .replace(/ as const;/g, ';')
    .replace(/private readonly /g, '')
    .replace(/new Map<[^>]*>\(\)/g, 'new Map()')
    .replace(/\(this\.(\w+) = new Map\(\);\)/g, '')
    .replace(/^  (\w+) = new Map\(\);$/gm, '  $1 = new Map();');
}

function pyFile(r, approxBytes) {
  const out = [];
  const usesEnv = r.chance(0.06);
  for (let i = r.int(2, 7); i > 0; i--) out.push(r.pick([`import ${r.pick(['os', 'json', 'logging', 'datetime', 're', 'typing'])}`, `from ${r.pick(WORDS)}.${r.pick(WORDS)} import ${cap(ident(r))}`, `from django.${r.pick(['db', 'http', 'conf'])} import ${r.pick(['models', 'JsonResponse', 'settings'])}`]));
  out.push('', 'logger = logging.getLogger(__name__)', '');
  let size = out.join('\n').length;
  while (size < approxBytes) {
    let block;
    const name = `${r.pick(WORDS)}_${r.pick(WORDS)}`;
    if (r.chance(0.4)) {
      const fields = [];
      for (let i = r.int(2, 8); i > 0; i--) fields.push(`    ${r.pick(WORDS)}_${r.pick(WORDS)} = models.${r.pick(['CharField(max_length=255)', 'IntegerField(default=0)', 'DateTimeField(auto_now=True)', 'BooleanField(default=False)'])}`);
      block = `class ${cap(ident(r))}(models.Model):\n    """${cap(r.pick(WORDS))} ${r.pick(WORDS)} record."""\n\n${fields.join('\n')}\n\n    def __str__(self):\n        return f"{self.${r.pick(WORDS)}_${r.pick(WORDS)}}"\n`;
    } else {
      const body = [];
      for (let i = r.int(3, 12); i > 0; i--) body.push(r.pick([
        `    ${r.pick(WORDS)} = ${r.pick(WORDS)}_${r.pick(WORDS)}(${r.pick(WORDS)}, limit=${r.int(1, 100)})`,
        `    if not ${r.pick(WORDS)}:\n        raise ValueError("${r.pick(WORDS)} ${r.pick(WORDS)} missing")`,
        `    logger.info("${r.pick(WORDS)} %s", ${r.pick(WORDS)})`,
        usesEnv ? `    ${r.pick(WORDS)} = os.environ.get("${r.pick(WORDS).toUpperCase()}_${r.pick(['URL', 'HOST', 'PORT'])}", "${r.pick(WORDS)}")` : `    ${r.pick(WORDS)} = sorted(${r.pick(WORDS)}s, key=lambda x: x.${r.pick(WORDS)})`,
        `    for ${r.pick(WORDS)} in ${r.pick(WORDS)}s:\n        ${r.pick(WORDS)}.append(${r.pick(WORDS)})`,
        `    # ${r.pick(WORDS)} ${r.pick(WORDS)} ${r.pick(WORDS)}`,
      ]));
      block = `def ${name}(${r.pick(WORDS)}, ${r.pick(WORDS)}=None):\n    """${cap(r.pick(WORDS))} the ${r.pick(WORDS)}."""\n${body.join('\n')}\n    return ${r.pick(WORDS)}\n`;
    }
    out.push(block);
    size += block.length + 1;
  }
  return out.join('\n');
}

function rbFile(r, approxBytes) {
  const out = [`# frozen_string_literal: true`, '', `class ${cap(ident(r))} < ${r.pick(['ApplicationRecord', 'ApplicationController', 'ApplicationJob'])}`];
  let size = 80;
  while (size < approxBytes) {
    const body = [];
    for (let i = r.int(2, 8); i > 0; i--) body.push(r.pick([
      `    ${r.pick(WORDS)} = ${cap(r.pick(WORDS))}.find_by(${r.pick(WORDS)}_id: params[:id])`,
      `    return if ${r.pick(WORDS)}.nil?`,
      `    Rails.logger.info("${r.pick(WORDS)} #{${r.pick(WORDS)}.id}")`,
      `    ${r.pick(WORDS)}.update!(${r.pick(WORDS)}: ${r.int(0, 99)})`,
      `    ${r.pick(WORDS)}s.group_by(&:${r.pick(WORDS)}_id)`,
    ]));
    const block = `  def ${r.pick(WORDS)}_${r.pick(WORDS)}\n${body.join('\n')}\n  end\n`;
    out.push(block);
    size += block.length + 1;
  }
  out.push('end', '');
  return out.join('\n');
}

function mdFile(r, approxBytes) {
  const out = [`# ${cap(r.pick(WORDS))} ${r.pick(WORDS)}`, ''];
  let size = 40;
  while (size < approxBytes) {
    const para = [];
    for (let i = r.int(15, 60); i > 0; i--) para.push(r.pick(WORDS));
    let block = `${cap(para.join(' '))}.\n`;
    if (r.chance(0.2)) block += `\n\`\`\`bash\nnpm run ${r.pick(WORDS)} -- --${r.pick(WORDS)}\n\`\`\`\n`;
    if (r.chance(0.15)) block += `\n## ${cap(r.pick(WORDS))}\n`;
    out.push(block);
    size += block.length + 1;
  }
  return out.join('\n');
}

function jsonFile(r, approxBytes) {
  const entries = [];
  let size = 2;
  while (size < approxBytes) {
    const e = `  "${r.pick(WORDS)}.${r.pick(WORDS)}.${r.pick(WORDS)}${r.int(0, 999)}": ${r.pick([`"${cap(r.pick(WORDS))} ${r.pick(WORDS)} ${r.pick(WORDS)}"`, String(r.int(0, 1e6)), 'true', 'null'])}`;
    entries.push(e);
    size += e.length + 2;
  }
  return `{\n${entries.join(',\n')}\n}\n`;
}

function packageJson(r, name) {
  return JSON.stringify({ name, version: `${r.int(0, 3)}.${r.int(0, 20)}.${r.int(0, 9)}`, private: true, scripts: { build: 'tsc -p .', test: 'vitest run' }, dependencies: { react: '^18.3.1', zod: '^3.23.8' } }, null, 2) + '\n';
}

function packageLock(r, approxBytes) {
  const out = ['{', '  "name": "monorepo",', '  "lockfileVersion": 3,', '  "packages": {'];
  let size = 80;
  let first = true;
  while (size < approxBytes) {
    const n = `${r.pick(WORDS)}-${r.pick(WORDS)}${r.int(0, 99)}`;
    const e = `${first ? '' : ',\n'}    "node_modules/${n}": {\n      "version": "${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 9)}",\n      "resolved": "https://registry.npmjs.org/${n}/-/${n}-1.0.0.tgz",\n      "integrity": "sha512-${r.alnum(86)}=="\n    }`;
    first = false;
    out.push(e);
    size += e.length;
  }
  out.push('\n  }', '}', '');
  return out.join('');
}

function yarnLock(r, approxBytes) {
  const out = ['# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.', ''];
  let size = 80;
  while (size < approxBytes) {
    const n = `${r.pick(WORDS)}-${r.pick(WORDS)}`;
    const e = `"${n}@^${r.int(1, 9)}.0.0":\n  version "${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}"\n  resolved "https://registry.yarnpkg.com/${n}/-/${n}.tgz#${r.alnum(40).toLowerCase()}"\n  integrity sha512-${r.alnum(86)}==\n\n`;
    out.push(e);
    size += e.length;
  }
  return out.join('\n');
}

/** A minified bundle: few, very long lines of dense code. */
function minifiedBundle(r, bytes) {
  const parts = [];
  let size = 0;
  let line = 0;
  while (size < bytes) {
    const a = r.alnum(1).toLowerCase();
    const b = r.alnum(1).toLowerCase();
    const chunk = r.pick([
      `function ${a}${b}(e,t){return e&&e.${r.pick(WORDS)}?t(e.${r.pick(WORDS)}):void 0}`,
      `var ${a}=${r.int(0, 99999)},${b}="${r.pick(WORDS)}-${r.pick(WORDS)}";`,
      `${a}.prototype.${r.pick(WORDS)}=function(){return this.${r.pick(WORDS)}.${r.pick(['map', 'filter', 'reduce'])}(function(e){return e.${r.pick(WORDS)}})};`,
      `if(!${a}.${r.pick(WORDS)})throw new Error("${r.pick(WORDS)} ${r.pick(WORDS)}");`,
      `${a}[${r.int(0, 999)}]=function(e,t,n){"use strict";n.d(t,{${b}:function(){return ${a}}})};`,
      `"${r.alnum(r.int(20, 200))}",`,
    ]);
    parts.push(chunk);
    size += chunk.length;
    line += chunk.length;
    if (line > 30_000) {
      parts.push('\n');
      line = 0;
    }
  }
  return parts.join('');
}

// ---------- Stripe code (≈1% of files) ----------

const liveKey = (r) => `sk_live_51${r.alnum(97)}`;
const testKey = (r) => `sk_test_51${r.alnum(97)}`;
const whsec = (r) => `whsec_${r.alnum(32)}`;

function stripeTs(r, planted) {
  const v = r.int(0, 5);
  const filler = tsFile(r, r.int(500, 3000));
  const apiVersion = planted && r.chance(0.5) ? '' : `, { apiVersion: '2024-06-20' }`;
  if (v === 0) {
    return `import Stripe from 'stripe';\n\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!${apiVersion});\n\n${filler}`;
  }
  if (v === 1) {
    const verify = planted && r.chance(0.5)
      ? `  const event = req.body as Stripe.Event;`
      : `  const sig = req.headers['stripe-signature'] as string;\n  const event = stripe.webhooks.constructEvent(req.body, sig, process.env.STRIPE_WEBHOOK_SECRET!);`;
    return `import express from 'express';\nimport Stripe from 'stripe';\nimport { stripe } from '../lib/stripe';\n\nexport const router = express.Router();\n\nrouter.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {\n${verify}\n  switch (event.type) {\n    case 'checkout.session.completed':\n      await fulfill(event.data.object);\n      break;\n    case 'invoice.payment_failed':\n      await notify(event.data.object);\n      break;\n  }\n  res.json({ received: true });\n});\n\n${filler}`;
  }
  if (v === 2) {
    const amount = planted && r.chance(0.5) ? 'req.body.amount' : 'price.unit_amount';
    return `import { stripe } from '../lib/stripe';\n\nexport async function createIntent(req, res) {\n  const price = await stripe.prices.retrieve(req.body.priceId);\n  const intent = await stripe.paymentIntents.create({ amount: ${amount}, currency: 'usd', metadata: { user_id: req.user.id } });\n  res.json({ clientSecret: intent.client_secret });\n}\n\n${filler}`;
  }
  if (v === 3) {
    const key = planted ? (r.chance(0.5) ? liveKey(r) : testKey(r)) : 'sk_test_YOUR_KEY';
    return `// Local development helper\nimport Stripe from 'stripe';\n\nconst stripe = new Stripe('${key}', { apiVersion: '2024-06-20' });\n\n${filler}`;
  }
  if (v === 4) {
    const log = planted ? `console.log('stripe key', process.env.STRIPE_SECRET_KEY);` : `console.log('stripe ready');`;
    return `import { loadStripe } from '@stripe/stripe-js';\n\nexport const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);\n${log}\n\n${filler}`;
  }
  return `import Stripe from 'stripe';\n\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!${apiVersion});\n\nexport async function refund(chargeId: string) {\n  return stripe.refunds.create({ charge: chargeId });\n}\n\n${filler}`;
}

function stripePy(r, planted) {
  const filler = pyFile(r, r.int(500, 3000));
  const key = planted ? `"${liveKey(r)}"` : 'os.environ["STRIPE_SECRET_KEY"]';
  const verify = planted && r.chance(0.5)
    ? '    event = json.loads(request.data)'
    : '    event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], endpoint_secret)';
  return `import json\nimport os\n\nimport stripe\n\nstripe.api_key = ${key}\nstripe.api_version = "2024-06-20"\nendpoint_secret = os.environ["STRIPE_WEBHOOK_SECRET"]\n\n\ndef stripe_webhook(request):\n${verify}\n    if event["type"] == "checkout.session.completed":\n        fulfill(event["data"]["object"])\n    return "", 200\n\n\n${filler}`;
}

function stripeRb(r, planted) {
  const filler = rbFile(r, r.int(500, 3000));
  const key = planted ? `'${testKey(r)}'` : `ENV.fetch('STRIPE_SECRET_KEY')`;
  return `require 'stripe'\n\nStripe.api_key = ${key}\nStripe.api_version = '2024-06-20'\n\n${filler}`;
}

function stripeEnv(r, planted) {
  return `DATABASE_URL=postgres://localhost/app\nSTRIPE_PUBLISHABLE_KEY=pk_test_${r.alnum(40)}\nSTRIPE_SECRET_KEY=${planted ? testKey(r) : 'sk_test_...'}\nSTRIPE_WEBHOOK_SECRET=${planted ? whsec(r) : 'whsec_...'}\n`;
}

// ---------- the tree ----------

/** Returns the manifest: [{ path, bytes, kind }] of every file written. */
export function generateTree(dir, options = {}) {
  const { seed = 42, files = 20_000, mb = 150 } = options;
  const r = rng(seed);
  const manifest = [];
  const budget = mb * 1024 * 1024;
  const write = (rel, content, kind) => {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    manifest.push({ path: rel, bytes: Buffer.byteLength(content), kind });
  };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  // Fixed, large files first: bundles (keys only) and lock files.
  write('.gitignore', 'node_modules/\ndist/\nbuild/\n.env.local\ncoverage/\n*.log\n', 'config');
  // Sizes for a 150 MB tree; smaller trees (tests) get proportionally smaller bundles and lock files.
  const big = (bytes) => Math.max(4096, Math.floor((bytes * mb) / 150));
  write('public/vendor.min.js', minifiedBundle(r, big(18 * 1024 * 1024)), 'bundle');
  write('static/js/app.bundle.js', minifiedBundle(r, big(9 * 1024 * 1024)) + `\nvar k="${liveKey(r)}";\n`, 'bundle');
  write('apps/web/public/assets/charts.min.js', minifiedBundle(r, big(5 * 1024 * 1024)), 'bundle');
  write('package-lock.json', packageLock(r, big(4 * 1024 * 1024)), 'lock');
  write('yarn.lock', yarnLock(r, big(2 * 1024 * 1024)), 'lock');
  write('services/billing-api/poetry.lock', yarnLock(r, big(1024 * 1024)), 'lock');
  write('services/storefront/Gemfile.lock', yarnLock(r, big(512 * 1024)), 'lock');
  write('README.md', mdFile(r, 8000), 'md');
  write('package.json', packageJson(r, 'monorepo'), 'json');
  for (let i = 0; i < 6; i++) write(`assets/img/${r.pick(WORDS)}-${i}.png`, Buffer.from(Array.from({ length: 20000 }, () => r.int(0, 255))), 'binary');

  const fixedBytes = manifest.reduce((s, f) => s + f.bytes, 0);
  const remaining = files - manifest.length;
  const avg = Math.max(500, Math.floor((budget - fixedBytes) / remaining));

  // Kinds by share of files (a JS/TS-heavy monorepo with Python and Ruby services).
  const KINDS = [
    ['ts', 0.36], ['tsx', 0.12], ['js', 0.1], ['py', 0.14], ['rb', 0.08], ['json', 0.08], ['md', 0.07], ['yml', 0.02], ['css', 0.03],
  ];
  const sizeFor = (kind) => {
    const factor = { ts: 1, tsx: 1, js: 1.1, py: 0.9, rb: 0.7, json: 1.6, md: 1, yml: 0.2, css: 0.8 }[kind];
    // Log-normal-ish: most files small, a few large (capped under the 1 MiB limit).
    const x = Math.exp((r.next() + r.next() + r.next() - 1.5) * 1.4);
    return Math.min(900_000, Math.max(120, Math.floor(avg * factor * x * 0.76)));
  };
  const stripeEvery = options.stripeEvery ?? 100; // ≈1% of files touch Stripe
  let index = 0;
  let stripeCount = 0;
  let plantedCount = 0;
  const pkgs = Array.from({ length: 40 }, (_, i) => `packages/${r.pick(WORDS)}-${r.pick(WORDS)}-${i}`);
  const apps = Array.from({ length: 8 }, (_, i) => `apps/${r.pick(WORDS)}-${i}`);
  const services = Array.from({ length: 10 }, (_, i) => `services/${r.pick(WORDS)}-${i}`);
  for (const p of [...pkgs, ...apps]) write(`${p}/package.json`, packageJson(r, p.split('/')[1]), 'json');
  for (const s of services.slice(0, 6)) write(`${s}/requirements.txt`, 'django==5.0.6\nrequests==2.32.3\nstripe==10.2.0\n', 'text');
  for (const s of services.slice(6)) write(`${s}/Gemfile`, "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem 'stripe'\n", 'ruby');

  while (manifest.length < files) {
    index++;
    let u = r.next();
    let kind = KINDS[KINDS.length - 1][0];
    for (const [k, share] of KINDS) {
      if (u < share) {
        kind = k;
        break;
      }
      u -= share;
    }
    const touchesStripe = index % stripeEvery === 0;
    const planted = touchesStripe && r.chance(0.35);
    // Real repositories hold several files per folder: folder names come from a small vocabulary.
    const depth = r.int(0, 2);
    const sub = Array.from({ length: depth }, () => r.pick(FOLDERS)).join('/');
    const name = `${ident(r)}${r.int(0, 9999)}`;
    let rel;
    let content;
    if (kind === 'ts' || kind === 'tsx' || kind === 'js' || kind === 'css') {
      const base = r.chance(0.8) ? r.pick(pkgs) : r.pick(apps);
      const folder = r.chance(0.15) ? 'test' : 'src';
      if (touchesStripe) {
        rel = `${base}/${folder}/${sub ? sub + '/' : ''}${name}.${kind === 'tsx' ? 'tsx' : 'ts'}`; // TypeScript content
        content = stripeTs(r, planted);
      } else {
        const ext = kind === 'css' ? 'css' : kind;
        rel = `${base}/${folder}/${sub ? sub + '/' : ''}${name}${folder === 'test' && ext !== 'css' ? '.test' : ''}.${ext}`;
        content = kind === 'css'
          ? Array.from({ length: Math.ceil(sizeFor(kind) / 60) }, () => `.${r.pick(WORDS)}-${r.pick(WORDS)} { margin: ${r.int(0, 32)}px; color: #${r.alnum(6).toLowerCase()}; }`).join('\n')
          : kind === 'js' ? jsFile(r, sizeFor(kind)) : tsFile(r, sizeFor(kind), { tsx: kind === 'tsx' });
      }
    } else if (kind === 'py') {
      rel = `${r.pick(services.slice(0, 6))}/app/${sub ? sub + '/' : ''}${name.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())}.py`;
      content = touchesStripe ? stripePy(r, planted) : pyFile(r, sizeFor(kind));
    } else if (kind === 'rb') {
      rel = `${r.pick(services.slice(6))}/app/${sub ? sub + '/' : ''}${name.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())}.rb`;
      content = touchesStripe ? stripeRb(r, planted) : rbFile(r, sizeFor(kind));
    } else if (kind === 'json') {
      rel = `${r.pick([...pkgs, ...apps])}/${r.pick(['locales', 'fixtures', 'config'])}/${name}.json`;
      content = jsonFile(r, sizeFor(kind));
    } else if (kind === 'md') {
      rel = `${r.pick(['docs', ...pkgs])}/${sub ? sub + '/' : ''}${name}.md`;
      content = touchesStripe
        ? `# Payments\n\nSet \`STRIPE_SECRET_KEY=sk_test_...\` in \`.env\`, and ${planted ? `for the staging account use ${testKey(r)}` : 'never commit it'}.\n\n${mdFile(r, 2000)}`
        : mdFile(r, sizeFor(kind));
    } else {
      rel = touchesStripe ? `${r.pick(services)}/${name}.env` : `.github/workflows/${name}.yml`;
      content = touchesStripe ? stripeEnv(r, planted) : `name: ${name}\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n`;
    }
    if (existsSync(path.join(dir, rel))) continue; // rare name collision: draw again
    if (touchesStripe) stripeCount++;
    if (planted) plantedCount++;
    write(rel, content, touchesStripe ? 'stripe' : kind);
  }
  spawnSync('git', ['init', '-q', dir]); // so that rg honours .gitignore as stripe-guard does
  const meta = { version: GENERATOR_VERSION, seed, files: manifest.length, bytes: manifest.reduce((s, f) => s + f.bytes, 0), stripeFiles: stripeCount, planted: plantedCount };
  writeFileSync(path.join(dir, '.git', 'bench-manifest.json'), JSON.stringify({ meta, manifest }));
  return { meta, manifest };
}

/** The tree for these options, generated unless an identical one is already there. */
export function ensureTree(dir, options = {}) {
  const want = { version: GENERATOR_VERSION, seed: options.seed ?? 42, files: options.files ?? 20_000, mb: options.mb ?? 150 };
  const metaFile = path.join(dir, '.git', 'bench-request.json');
  try {
    if (readFileSync(metaFile, 'utf8') === JSON.stringify(want)) {
      return { ...JSON.parse(readFileSync(path.join(dir, '.git', 'bench-manifest.json'), 'utf8')), reused: true };
    }
  } catch {
    // not generated yet
  }
  const result = generateTree(dir, options);
  writeFileSync(metaFile, JSON.stringify(want));
  return { ...result, reused: false };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i === -1 ? fallback : Number(args[i + 1]);
  };
  const dir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'bench/.work/tree';
  const started = Date.now();
  const { meta } = generateTree(path.resolve(dir), { seed: opt('seed', 42), files: opt('files', 20_000), mb: opt('mb', 150) });
  console.log(JSON.stringify(meta), `${Date.now() - started} ms`);
}
