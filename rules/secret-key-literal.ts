import { defineRule } from '../src/rule.js';
import { keyLiteralOf, spanOf, stripeClientCreations, stripeKeySetters } from '../src/lang/js.js';
import { isSecretKeyLiteral } from '../src/secrets.js';

export default defineRule({
  meta: {
    id: 'secret-key-literal',
    level: 'warning',
    languages: ['js'],
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
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'server/stripe.js',
        bad: "const stripe = require('stripe')('sk_test_YOUR_SECRET_KEY', { apiVersion: '2024-06-20' });\n",
        fix: "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });\n",
      },
    ],
    references: [
      'https://docs.stripe.com/keys-best-practices',
      'https://docs.stripe.com/keys#obtain-api-keys',
    ],
    messages: {
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
  },
});
