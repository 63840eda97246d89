import { defineRule } from '../src/rule.js';
import { carriesSecret, isInlineKeyLiteral, isSensitiveKeyName, mergedProperties, nameOf, propertyValue, spanOf, stripeApiCalls, stripeParams, textOf } from '../src/lang/js.js';
import * as py from '../src/lang/python.js';
import * as rb from '../src/lang/ruby.js';
import * as php from '../src/lang/php.js';
import * as tsh from '../src/lang/tree-sitter-helpers.js';

export default defineRule({
  meta: {
    id: 'secret-in-metadata',
    level: 'error',
    languages: ['js', 'python', 'ruby', 'php'],
    summary: 'Stripe metadata that carries secrets or sensitive personal data',
    why: [
      'Stripe `metadata` is not a secure store. It is shown in the Dashboard to everyone with access, returned',
      'in every API response and webhook event for the object, copied into exports and third-party',
      'integrations, and Stripe asks explicitly that it hold no sensitive data. Passwords, tokens, API keys,',
      'card numbers, CVCs or social security numbers put there leak to all of those places, and card data',
      'there breaks PCI DSS.',
    ].join(' '),
    fix: [
      'Keep metadata to identifiers and non-sensitive labels (`user_id`, `order_id`, `tier`). Store sensitive',
      'data in your own database, encrypted, and reference it by id.',
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'src/billing/customers.ts',
        bad: "import { stripe } from './stripe';\n\nexport async function createCustomer(user: { id: string; email: string; apiToken: string }) {\n  return stripe.customers.create({\n    email: user.email,\n    metadata: { user_id: user.id, api_token: user.apiToken },\n  });\n}\n",
        fix: "import { stripe } from './stripe';\n\nexport async function createCustomer(user: { id: string; email: string; apiToken: string }) {\n  return stripe.customers.create({\n    email: user.email,\n    metadata: { user_id: user.id },\n  });\n}\n",
      },
    ],
    references: [
      'https://docs.stripe.com/metadata#data',
      'https://docs.stripe.com/api/metadata',
      'https://cwe.mitre.org/data/definitions/359.html',
    ],
    messages: {
      sensitiveKeyCode: 'Metadata key {{key}} sends sensitive data to Stripe, where every Dashboard user and API key can read it; keep it in your own database and store only an id in metadata.',
      secretValueCode: 'Metadata value {{name}} is a secret, sent to Stripe where every Dashboard user and API key can read it; keep it out of metadata.',
      sensitiveKey: 'Metadata key `{{key}}` sends sensitive data to Stripe, where the Dashboard, API responses and webhooks expose it; keep it in your own database and store only an id.',
      secretValue: 'Metadata `{{key}}` carries the secret `{{secret}}`, which Stripe shows in the Dashboard, API responses and webhooks; never put secrets in metadata.',
    },
    keywords: ['metadata'],
    sarif: { securitySeverity: 7.0, precision: 'high', tags: ['security', 'privacy', 'external/cwe/cwe-359'] },
  },
  checks: {
    js(file, { report, settings }) {
      for (const api of stripeApiCalls(file)) {
        for (const { property } of stripeParams(file, api, 'metadata')) {
          // Spreads and `Object.assign` bring their keys along: reported where they enter the metadata.
          for (const { property: entry, at } of mergedProperties(file, propertyValue(file, property))) {
            const key = nameOf(file, entry.name);
            const value = propertyValue(file, entry);
            if (key === undefined || !value) continue;
            if (isSensitiveKeyName(key)) {
              report(spanOf(file, at), 'sensitiveKey', { key });
              continue;
            }
            const secret = carriesSecret(file, value, settings);
            if (secret && !isInlineKeyLiteral(file, secret.origin, value)) report(spanOf(file, at === entry ? value : at), 'secretValue', { key, secret: textOf(file, secret.node, 40) });
          }
        }
      }
    },
    python(file, { report, settings }) {
      for (const entry of py.metadataEntries(file)) {
        if (tsh.isSensitiveKeyName(entry.key)) report(tsh.spanOf(entry.at), 'sensitiveKeyCode', { key: JSON.stringify(entry.key) });
        else if (py.isSecretValue(file, entry.value, settings.secretNames)) report(tsh.spanOf(entry.valueAt), 'secretValueCode', { name: tsh.textOf(file, entry.value).slice(0, 60) });
      }
    },
    ruby(file, { report, settings }) {
      for (const entry of rb.metadataEntries(file)) {
        if (tsh.isSensitiveKeyName(entry.key)) report(tsh.spanOf(entry.at), 'sensitiveKeyCode', { key: JSON.stringify(entry.key) });
        else if (rb.isSecretValue(file, entry.value, settings.secretNames)) report(tsh.spanOf(entry.valueAt), 'secretValueCode', { name: tsh.textOf(file, entry.value).slice(0, 60) });
      }
    },
    php(file, { report, settings }) {
      for (const entry of php.metadataEntries(file)) {
        if (tsh.isSensitiveKeyName(entry.key)) report(tsh.spanOf(entry.at), 'sensitiveKeyCode', { key: JSON.stringify(entry.key) });
        else if (php.isSecretValue(file, entry.value, settings.secretNames)) report(tsh.spanOf(entry.valueAt), 'secretValueCode', { name: tsh.textOf(file, entry.value).slice(0, 60) });
      }
    },
  },
});
