import { defineRule } from '../src/rule.js';
import { findWebhookSecrets } from '../src/secrets.js';

export default defineRule({
  meta: {
    id: 'hardcoded-webhook-secret',
    level: 'error',
    languages: ['text'],
    summary: 'Stripe webhook signing secret written in a file',
    why: [
      'The signing secret (`whsec_…`) is what proves a webhook came from Stripe. Whoever has it can forge',
      '`checkout.session.completed` or `invoice.paid` events that your endpoint will trust: orders marked',
      'paid, subscriptions granted, without any payment.',
    ].join(' '),
    fix: [
      'Roll the secret on the endpoint in the Dashboard (Developers → Webhooks → Roll secret) and read it from',
      'the environment (`process.env.STRIPE_WEBHOOK_SECRET`).',
    ].join(' '),
    examples: [
      {
        language: 'text',
        file: '.env.production',
        bad: 'STRIPE_WEBHOOK_SECRET=whsec_7Hq2LmZx9KpR4vTn8WcYb3JdF6sGu1Ae\n',
        fix: '# set STRIPE_WEBHOOK_SECRET in the deployment\'s secret store\nSTRIPE_WEBHOOK_SECRET=\n',
      },
    ],
    references: ['https://docs.stripe.com/webhooks#verify-events', 'https://docs.stripe.com/webhooks#roll-endpoint-secrets'],
    messages: {
      secret: 'Webhook signing secret {{key}} is hardcoded; anyone who reads it can forge Stripe events. Roll it and load it from the environment.',
    },
    keywords: ['whsec_'],
    sarif: { securitySeverity: 8.5, precision: 'very-high', tags: ['security', 'secrets', 'external/cwe/cwe-798'] },
  },
  checks: {
    text(file, { report }) {
      for (const key of findWebhookSecrets(file.text)) report(key, 'secret', { key: key.value });
    },
  },
});
