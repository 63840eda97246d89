import { defineRule } from '../src/rule.js';
import { findApiKeys } from '../src/secrets.js';

export default defineRule({
  meta: {
    id: 'hardcoded-secret-key',
    level: 'error',
    languages: ['text'],
    summary: 'Stripe secret or restricted API key written in a file',
    why: [
      'A secret key (`sk_live_…`) can do anything on the account: create charges, refund, read every',
      'customer, change payouts. A restricted key (`rk_…`) can do whatever it was granted. Once committed,',
      'a key lives in every clone and in the git history, and bots harvest public repositories for',
      '`sk_live_` within minutes. Live keys are errors; test keys are warnings (they expose test data and',
      'webhooks, and show the habit that leaks live keys). Keys Stripe prints in its own documentation are',
      'reported as notes.',
    ].join(' '),
    fix: [
      'Roll the key in the Dashboard (Developers → API keys → Roll key): removing it from the file does not',
      'remove it from history. Then read it from the environment or a secret manager',
      '(`process.env.STRIPE_SECRET_KEY`, `os.environ["STRIPE_SECRET_KEY"]`, `ENV.fetch("STRIPE_SECRET_KEY")`)',
      'and keep `.env` files out of git.',
    ].join(' '),
    examples: [
      {
        language: 'text',
        file: 'config/payments.yml',
        bad: 'stripe:\n  secret_key: sk_live_51Nq8ZrKx2bY7cTgH4mVwPdLs9eJ0uRfA3iQ6oWzXnBv1CyDk5lMt\n',
        fix: 'stripe:\n  secret_key: ${STRIPE_SECRET_KEY}\n',
      },
    ],
    references: [
      'https://docs.stripe.com/keys-best-practices',
      'https://docs.stripe.com/keys#safe-keys',
      'gitleaks rule stripe-access-token; secretlint @secretlint/secretlint-rule-stripe',
    ],
    messages: {
      live: 'Live Stripe {{kind}} key {{key}} is hardcoded; anyone who reads this file controls the account. Roll it and load it from the environment.',
      test: 'Test-mode Stripe {{kind}} key {{key}} is hardcoded; load it from the environment instead.',
      published: 'Published sample key {{key}} from the Stripe documentation; replace it with your own test key from the environment.',
    },
    keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
    sarif: { securitySeverity: 9.5, precision: 'very-high', tags: ['security', 'secrets', 'external/cwe/cwe-798'] },
  },
  checks: {
    text(file, { report }) {
      for (const key of findApiKeys(file.text)) {
        const data = { key: key.value, kind: key.kind };
        if (key.published) report(key, 'published', data, { level: 'note' });
        else if (key.mode === 'live') report(key, 'live', data);
        else report(key, 'test', data, { level: 'warning' });
      }
    },
  },
});
