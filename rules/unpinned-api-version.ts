import { defineRule } from '../src/rule.js';
import { objectLiteralOf, propertyOf, setsApiVersion, stripeClientCreations, textOf, unwrap } from '../src/lang/js.js';
import * as py from '../src/lang/python.js';
import * as rb from '../src/lang/ruby.js';
import * as php from '../src/lang/php.js';
import * as tsh from '../src/lang/tree-sitter-helpers.js';

export default defineRule({
  meta: {
    id: 'unpinned-api-version',
    level: 'warning',
    languages: ['js', 'python', 'ruby', 'php'],
    summary: 'Stripe client that relies on the library\'s default API version',
    why: [
      'Every Stripe API request runs against an API version. A client created without one uses the version',
      'built into the library release, so upgrading the `stripe` package silently changes the shape of',
      'responses and webhook payloads your code reads (renamed fields, removed properties, new defaults).',
      'Pinning `apiVersion` makes upgrades an explicit, reviewed change and keeps the version your code was',
      'written against the one it runs against.',
    ].join(' '),
    fix: [
      'Pass `apiVersion` when creating the client, once, in a shared module (`lib/stripe.ts`) that the rest of',
      'the code imports: `new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: \'2024-06-20\' })`.',
      'Upgrade it deliberately, following the API changelog.',
      'With the global Python, Ruby and PHP SDKs, pin once per project where the SDK is configured: `stripe.api_version = "2024-06-20"`, `Stripe.api_version = \'2024-06-20\'`, `\\Stripe\\Stripe::setApiVersion(\'2024-06-20\')` (or `stripe_version` on each client).',
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'lib/stripe.ts',
        bad: "import Stripe from 'stripe';\n\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\n",
        fix: "import Stripe from 'stripe';\n\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, {\n  apiVersion: '2024-06-20',\n});\n",
      },
      {
        language: 'python',
        file: 'shop/settings.py',
        bad: "import os\n\nimport stripe\n\nstripe.api_key = os.environ[\"STRIPE_SECRET_KEY\"]\n",
        fix: "import os\n\nimport stripe\n\nstripe.api_key = os.environ[\"STRIPE_SECRET_KEY\"]\nstripe.api_version = \"2024-06-20\"\n",
      },
    ],
    references: [
      'https://docs.stripe.com/api/versioning',
      'https://docs.stripe.com/upgrades',
      'https://github.com/stripe/stripe-node#configuration',
    ],
    messages: {
      unpinnedGlobal: 'The Stripe SDK is configured here but no file of this project pins the API version, so an SDK upgrade can change API behaviour silently; set {{pin}} once (in settings or an initializer).',
      missing: '`{{client}}` uses the library\'s default Stripe API version; pass `apiVersion` so a package upgrade cannot change API behaviour silently.',
    },
    keywords: ['stripe', 'Stripe', 'api_version', 'stripe_version', 'setApiVersion'],
    sarif: { securitySeverity: 3.0, precision: 'high', tags: ['security', 'maintainability', 'stripe'] },
  },
  checks: {
    js(file, { report }) {
      if (setsApiVersion(file)) return;
      for (const client of stripeClientCreations(file)) {
        if (client.options && !unpinned(file, client.options)) continue;
        report({ start: client.node.getStart(file.sourceFile), end: client.node.getEnd() }, 'missing', { client: textOf(file, client.node, 50) });
      }
    },
    python(file, { report, fact }) {
      const key = tsh.pinFact('python', tsh.projectOf(file, tsh.PYTHON_MANIFEST, 'python'));
      const { pinned, sites } = py.apiVersionPins(file);
      if (pinned) fact(key);
      else for (const site of sites) report(tsh.spanOf(site), 'unpinnedGlobal', { pin: '`stripe.api_version = "…"`' }, { unlessFact: key });
    },
    ruby(file, { report, fact }) {
      const key = tsh.pinFact('ruby', tsh.projectOf(file, tsh.RUBY_MANIFEST, 'ruby'));
      const { pinned, sites } = rb.apiVersionPins(file);
      if (pinned) fact(key);
      else for (const site of sites) report(tsh.spanOf(site), 'unpinnedGlobal', { pin: "`Stripe.api_version = '…'`" }, { unlessFact: key });
    },
    php(file, { report, fact }) {
      const key = tsh.pinFact('php', tsh.projectOf(file, tsh.PHP_MANIFEST, 'php'));
      const { pinned, sites } = php.apiVersionPins(file);
      if (pinned) fact(key);
      else for (const site of sites) report(tsh.spanOf(site), 'unpinnedGlobal', { pin: "`\\Stripe\\Stripe::setApiVersion('…')` (or `'stripe_version' => '…'`)" }, { unlessFact: key });
    },
  },
});

/** True when the options object is known and sets no `apiVersion` (an options object built elsewhere counts as pinned). */
function unpinned(file: Parameters<typeof textOf>[0], options: Parameters<typeof unwrap>[1]): boolean {
  const literal = objectLiteralOf(file, options);
  if (!literal) return false;
  if (literal.properties.some((p) => file.ts.isSpreadAssignment(p))) return false;
  const version = propertyOf(file, literal, 'apiVersion');
  return version === undefined;
}
