import { defineRule } from '../src/rule.js';
import { keyLiteralOf, spanOf, stripeClientCreations, stripeKeySetters } from '../src/lang/js.js';
import { isSecretKeyLiteral } from '../src/secrets.js';
import * as py from '../src/lang/python.js';
import * as rb from '../src/lang/ruby.js';
import * as php from '../src/lang/php.js';
import * as go from '../src/lang/go.js';
import * as java from '../src/lang/java.js';
import * as tsh from '../src/lang/tree-sitter-helpers.js';

export default defineRule({
  meta: {
    id: 'secret-key-literal',
    level: 'warning',
    languages: ['js', 'python', 'ruby', 'php', 'go', 'java'],
    summary: 'Stripe client or global key set from a string literal instead of the environment',
    why: [
      'A key written in the code travels with it: into git history, CI logs, bundles and every clone. Even a',
      'placeholder (`new Stripe(\'sk_test_...\')`) is the spot where someone later pastes the real key "just to',
      'try", and it makes the code work in one environment only. Keys belong in the environment or a secret',
      'manager, read where the client is created. A literal that is a real key is reported by',
      '`hardcoded-secret-key` instead.',
    ].join(' '),
    fix: [
      'Read the key from the environment (`process.env.STRIPE_SECRET_KEY`) or your secret manager, and fail',
      'fast at start-up when it is missing. Keep `.env` files out of git.',
      'Elsewhere: `os.environ["STRIPE_SECRET_KEY"]` (Python), `ENV.fetch("STRIPE_SECRET_KEY")` (Ruby), `getenv(\'STRIPE_SECRET_KEY\')` (PHP), `os.Getenv("STRIPE_SECRET_KEY")` (Go), `System.getenv("STRIPE_SECRET_KEY")` (Java).',
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'server/stripe.js',
        bad: "const stripe = require('stripe')('sk_test_YOUR_SECRET_KEY', { apiVersion: '2024-06-20' });\n",
        fix: "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });\n",
      },
      {
        language: 'python',
        file: 'app/billing.py',
        bad: "import stripe\n\nstripe.api_version = \"2024-06-20\"\nstripe.api_key = \"sk_test_YOUR_SECRET_KEY\"\n",
        fix: "import os\n\nimport stripe\n\nstripe.api_version = \"2024-06-20\"\nstripe.api_key = os.environ[\"STRIPE_SECRET_KEY\"]\n",
      },
    ],
    references: [
      'https://docs.stripe.com/keys-best-practices',
      'https://docs.stripe.com/keys#obtain-api-keys',
    ],
    messages: {
      literalKey: 'The Stripe key is set from the string literal {{value}}; load it from the environment or a secret store ({{env}}) instead.',
      literal: 'The Stripe client is given the string literal {{value}} as its key; read it from the environment (`process.env.STRIPE_SECRET_KEY`) instead.',
    },
    keywords: ['stripe', 'Stripe'],
    sarif: { securitySeverity: 5.5, precision: 'high', tags: ['security', 'secrets', 'external/cwe/cwe-798'] },
  },
  checks: {
    js(file, { report }) {
      const keys = [...stripeClientCreations(file).map((c) => c.key), ...stripeKeySetters(file)];
      for (const key of keys) {
        const literal = key && keyLiteralOf(file, key);
        if (!literal || isSecretKeyLiteral(literal.value)) continue; // a real key: hardcoded-secret-key's finding
        report(spanOf(file, literal.at), 'literal', { value: `'${literal.value}'` });
      }
    },
    python(file, { report }) {
      tsh.walk(file.root, (node) => {
        let value: tsh.SyntaxNode | undefined;
        if (node.type === 'assignment' && py.dottedName(file, tsh.field(node, 'left')) === 'stripe.api_key') value = tsh.field(node, 'right');
        else if (node.type === 'call') {
          const callee = py.calleeOf(file, node);
          const args = py.argumentsOf(file, node);
          if (/^(stripe\.)?StripeClient$/.test(callee)) value = args.keywords.get('api_key') ?? args.positional[0];
          else if (/^stripe\.[\w.]+$/.test(callee)) value = args.keywords.get('api_key'); // per-request `api_key=`
        }
        const literal = py.keyLiteralOf(file, value);
        if (literal && !isSecretKeyLiteral(literal.value)) report(tsh.spanOf(literal.at), 'literalKey', { value: JSON.stringify(literal.value), env: '`os.environ["STRIPE_SECRET_KEY"]`' });
      });
    },
    ruby(file, { report }) {
      tsh.walk(file.root, (node) => {
        let value: tsh.SyntaxNode | undefined;
        if ((node.type === 'assignment' || node.type === 'operator_assignment') && rb.dottedName(file, tsh.field(node, 'left')) === 'Stripe.api_key') value = tsh.field(node, 'right');
        else if (node.type === 'call') {
          const name = rb.dottedName(file, node) ?? '';
          const args = rb.argumentsOf(file, node);
          if (name === 'Stripe::StripeClient.new') value = args.pairs.find((p) => p.key === 'api_key')?.value ?? (args.positional[0]?.type === 'hash' ? undefined : args.positional[0]);
          else if (/^Stripe::/.test(name)) value = rb.nestedParams(file, node, new Set(['api_key']))[0]?.value; // `create({…}, { api_key: … })`
        }
        const literal = rb.keyLiteralOf(file, value);
        if (literal && !isSecretKeyLiteral(literal.value)) report(tsh.spanOf(literal.at), 'literalKey', { value: JSON.stringify(literal.value), env: "`ENV.fetch('STRIPE_SECRET_KEY')`" });
      });
    },
    php(file, { report }) {
      tsh.walk(file.root, (node) => {
        const name = php.callName(file, node);
        let value: tsh.SyntaxNode | undefined;
        if (/(^|\\)Stripe::setApiKey$/.test(name)) value = php.argumentsOf(node)[0];
        else if (/^new (Stripe\\)?StripeClient$/.test(name)) {
          const first = php.argumentsOf(node)[0];
          value = first?.type === 'array_creation_expression' ? php.arrayEntries(file, first).find((e) => e.key === 'api_key')?.value : first;
        }
        const literal = php.literalValue(file, value);
        if (value && literal !== undefined && tsh.isUsableKeyLiteral(literal) && !isSecretKeyLiteral(literal)) report(tsh.spanOf(value), 'literalKey', { value: JSON.stringify(literal), env: "`getenv('STRIPE_SECRET_KEY')`" });
      });
    },
    go(file, { report }) {
      for (const value of go.stripeKeySettings(file)) {
        const literal = go.literalValue(file, value);
        if (literal !== undefined && tsh.isUsableKeyLiteral(literal) && !isSecretKeyLiteral(literal)) report(tsh.spanOf(value), 'literalKey', { value: JSON.stringify(literal), env: '`os.Getenv("STRIPE_SECRET_KEY")`' });
      }
    },
    java(file, { report }) {
      for (const value of java.stripeKeySettings(file)) {
        const literal = java.literalValue(file, value);
        if (literal !== undefined && tsh.isUsableKeyLiteral(literal) && !isSecretKeyLiteral(literal)) report(tsh.spanOf(value), 'literalKey', { value: JSON.stringify(literal), env: '`System.getenv("STRIPE_SECRET_KEY")`' });
      }
    },
  },
});
