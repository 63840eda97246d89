import { verificationBypasses } from '../src/lang/js-webhooks.js';
import { spanOf, textOf } from '../src/lang/js.js';
import { defineRule } from '../src/rule.js';
import * as py from '../src/lang/python.js';
import * as rb from '../src/lang/ruby.js';
import * as tsh from '../src/lang/tree-sitter-helpers.js';

export default defineRule({
  meta: {
    id: 'webhook-verification-bypassed',
    level: 'error',
    languages: ['js', 'python', 'ruby'],
    summary: 'Webhook signature verification whose failure does not stop the handler',
    why: [
      'Verifying the signature only helps if a failed verification ends the request. A `catch` that',
      'logs the error and lets the handler carry on, a condition that skips verification when the',
      '`Stripe-Signature` header or the endpoint secret is missing and falls back to the parsed body,',
      'or a timestamp tolerance switched off (≤ 0, `Infinity`) or stretched beyond an hour (which lets',
      'captured requests be replayed) all accept forged events while looking verified. Reported at the',
      '`catch`, at the condition, or at the tolerance argument.',
    ].join(' '),
    fix: [
      'Return (or throw) from the `catch` with a 400 answer; reject requests without a signature or when',
      'the endpoint secret is not configured instead of processing the body unverified; leave the',
      'tolerance at its default of 300 seconds.',
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'routes/webhook.js',
        bad: [
          "const express = require('express');",
          "const { stripe } = require('../lib/stripe');",
          "const router = express.Router();",
          "",
          "router.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {",
          "  let event;",
          "  try {",
          "    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);",
          "  } catch (err) {",
          "    console.error('Webhook signature verification failed', err.message);",
          "  }",
          "  if (event.type === 'invoice.paid') await markPaid(event.data.object);",
          "  res.json({ received: true });",
          "});",
          "",
          "async function markPaid(invoice) {}",
          "module.exports = router;",
          "",
        ].join('\n'),
        fix: [
          "const express = require('express');",
          "const { stripe } = require('../lib/stripe');",
          "const router = express.Router();",
          "",
          "router.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {",
          "  let event;",
          "  try {",
          "    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);",
          "  } catch (err) {",
          "    console.error('Webhook signature verification failed', err.message);",
          "    return res.status(400).send('Invalid signature');",
          "  }",
          "  if (event.type === 'invoice.paid') await markPaid(event.data.object);",
          "  res.json({ received: true });",
          "});",
          "",
          "async function markPaid(invoice) {}",
          "module.exports = router;",
          "",
        ].join('\n'),
      },
    ],
    references: [
      'https://docs.stripe.com/webhooks#verify-events',
      'https://docs.stripe.com/webhooks/signature#replay-attacks',
      'https://github.com/stripe/stripe-node#webhook-signing',
    ],
    messages: {
      swallowedCode: 'This `{{clause}}` around signature verification neither returns, raises nor answers 4xx, so the handler goes on with an unverified event; return a 400 (or re-raise) when verification fails.',
      optionalCode: 'Signature verification runs only when `{{condition}}` holds, and the request is otherwise processed unverified; reject the request (400) when the signature header or the endpoint secret is missing.',
      catch: 'This `catch` around `{{verification}}` neither returns, throws nor answers 4xx, so the handler goes on with an unverified event. Return `400` from the catch block.',
      conditional: 'Signature verification is skipped when `{{condition}}` is false, and the unverified request body is then processed as the event. Reject the request (400) when the signature header or the endpoint secret is missing instead.',
      tolerance: 'Tolerance `{{value}}` {{problem}}, so old signed requests can be replayed. Leave the tolerance at its default of 300 seconds.',
    },
    keywords: ['constructEvent', 'verifyHeader', 'stripe-signature', 'Stripe-Signature', 'webhook', 'Webhook', 'construct_event'],
    sarif: { securitySeverity: 8.1, precision: 'high', tags: ['security', 'webhooks', 'external/cwe/cwe-345'] },
  },
  checks: {
    js(file, { report }) {
      for (const bypass of verificationBypasses(file)) {
        if (bypass.kind === 'catch') report(bypass.at, 'catch', { verification: textOf(file, bypass.verification, 50) });
        else if (bypass.kind === 'conditional') report(spanOf(file, bypass.at), 'conditional', { condition: textOf(file, bypass.at, 50) });
        else {
          const problem = bypass.seconds <= 0 || !Number.isFinite(bypass.seconds) ? 'switches the timestamp check off' : 'accepts signatures older than one hour';
          report(spanOf(file, bypass.at), 'tolerance', { value: bypass.value, problem });
        }
      }
    },
    python(file, { report }) {
      for (const b of py.bypassedVerifications(file)) {
        if (b.kind === 'tolerance') report(tsh.spanOf(b.at), 'tolerance', { value: b.value!, problem: tsh.toleranceProblem(b.value!) });
        else if (b.kind === 'swallowed') report(tsh.spanOf(b.at), 'swallowedCode', { clause: 'except' });
        else report(tsh.spanOf(b.at), 'optionalCode', { condition: tsh.textOf(file, b.at).slice(0, 60) });
      }
    },
    ruby(file, { report }) {
      for (const b of rb.bypassedVerifications(file)) {
        if (b.kind === 'tolerance') report(tsh.spanOf(b.at), 'tolerance', { value: b.value!, problem: tsh.toleranceProblem(b.value!) });
        else if (b.kind === 'swallowed') report(tsh.spanOf(b.at), 'swallowedCode', { clause: 'rescue' });
        else report(tsh.spanOf(b.at), 'optionalCode', { condition: tsh.textOf(file, b.at).slice(0, 60) });
      }
    },
  },
});
