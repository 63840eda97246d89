import { payloadProblem, signatureVerifications, verificationHelperCalls } from '../src/lang/js-webhooks.js';
import { spanOf, textOf } from '../src/lang/js.js';
import { defineRule } from '../src/rule.js';
import * as py from '../src/lang/python.js';
import * as rb from '../src/lang/ruby.js';
import * as tsh from '../src/lang/tree-sitter-helpers.js';

export default defineRule({
  meta: {
    id: 'webhook-raw-body',
    level: 'error',
    languages: ['js', 'python', 'ruby'],
    summary: 'Webhook signature verification fed a parsed or re-serialized body instead of the raw bytes',
    why: [
      'Stripe signs the exact bytes it sends. Once a JSON body parser has turned them into an object,',
      '`JSON.stringify` cannot give them back (whitespace, key order and unicode escapes differ), so',
      '`constructEvent` rejects every genuine event. The usual reaction is to disable verification',
      '"temporarily", which leaves the endpoint open to forged events. Reported at the payload argument.',
    ].join(' '),
    fix: [
      'Give `constructEvent` the raw body: `express.raw({ type: "application/json" })` on the webhook route',
      '(registered before any app-wide `express.json()`), `await request.text()` in Next.js route handlers,',
      '`await buffer(req)` with `bodyParser: false` in `pages/api`, `req.rawBody` with NestJS `rawBody: true`,',
      'a buffer content-type parser in Fastify.',
      'In Flask pass `request.data` (or `request.get_data()`), in Django `request.body`, in FastAPI `await request.body()`, in Rails and Sinatra `request.body.read`.',
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'server/webhooks.ts',
        bad: [
          "import express from 'express';",
          "import { stripe } from './stripe';",
          "",
          "export const router = express.Router();",
          "router.use(express.json());",
          "",
          "router.post('/webhook', (req, res) => {",
          "  const signature = req.headers['stripe-signature'] as string;",
          "  try {",
          "    const event = stripe.webhooks.constructEvent(JSON.stringify(req.body), signature, process.env.STRIPE_WEBHOOK_SECRET!);",
          "    console.log('received', event.id);",
          "    res.json({ received: true });",
          "  } catch {",
          "    res.status(400).send('Invalid signature');",
          "  }",
          "});",
          "",
        ].join('\n'),
        fix: [
          "import express from 'express';",
          "import { stripe } from './stripe';",
          "",
          "export const router = express.Router();",
          "",
          "router.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {",
          "  const signature = req.headers['stripe-signature'] as string;",
          "  try {",
          "    const event = stripe.webhooks.constructEvent(req.body, signature, process.env.STRIPE_WEBHOOK_SECRET!);",
          "    console.log('received', event.id);",
          "    res.json({ received: true });",
          "  } catch {",
          "    res.status(400).send('Invalid signature');",
          "  }",
          "});",
          "",
          "router.use(express.json());",
          "",
        ].join('\n'),
      },
      {
        language: 'python',
        file: 'app/webhooks.py',
        bad: "import os\n\nimport stripe\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/webhook\")\ndef webhook():\n    try:\n        event = stripe.Webhook.construct_event(request.get_json(), request.headers[\"Stripe-Signature\"], os.environ[\"STRIPE_WEBHOOK_SECRET\"])\n    except (ValueError, stripe.error.SignatureVerificationError):\n        return \"\", 400\n    return {\"received\": event[\"id\"]}\n",
        fix: "import os\n\nimport stripe\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/webhook\")\ndef webhook():\n    try:\n        event = stripe.Webhook.construct_event(request.data, request.headers[\"Stripe-Signature\"], os.environ[\"STRIPE_WEBHOOK_SECRET\"])\n    except (ValueError, stripe.error.SignatureVerificationError):\n        return \"\", 400\n    return {\"received\": event[\"id\"]}\n",
      },
    ],
    references: [
      'https://docs.stripe.com/webhooks#verify-events',
      'https://docs.stripe.com/webhooks/signature#verify-official-libraries',
      'https://github.com/stripe/stripe-node#webhook-signing',
    ],
    messages: {
      parsedBodyCode: 'Signature verification is given {{value}}, a parsed or re-serialised body, so it fails on real Stripe events; pass the raw request bytes ({{raw}}).',
      reserialized: '`{{payload}}` re-serializes the parsed body, so its bytes differ from what Stripe signed and verification rejects genuine events. Pass the raw request body instead (`express.raw({ type: "application/json" })`, `await request.text()`).',
      parsed: '`{{payload}}` was already parsed as JSON by {{parser}}, so it is not the raw bytes Stripe signed and verification rejects genuine events. Pass the raw request body instead (`express.raw({ type: "application/json" })`, `await request.text()`, `req.rawBody`).',
    },
    // `stripe`/`Stripe`: helpers named after Stripe (`verifyStripeWebhook(JSON.stringify(req.body), sig)`).
    keywords: ['constructEvent', 'verifyHeader', 'construct_event', 'stripe', 'Stripe'],
    sarif: { securitySeverity: 6.5, precision: 'high', tags: ['security', 'webhooks', 'external/cwe/cwe-345'] },
  },
  checks: {
    js(file, { report }) {
      // The SDK call, and helpers that verify (`verifyStripeWebhook(JSON.stringify(req.body), sig)`).
      for (const call of [...signatureVerifications(file), ...verificationHelperCalls(file)]) {
        const problem = payloadProblem(file, call);
        // From the call to the payload: the finding starts where the verification does.
        if (problem) report({ start: spanOf(file, call).start, end: spanOf(file, problem.at).end }, problem.kind, { payload: textOf(file, problem.at, 50), parser: problem.parser });
      }
    },
    python(file, { report }) {
      for (const call of tsh.descendants(file.root, 'call')) {
        if (!/(^|\.)construct_event$/.test(py.calleeOf(file, call))) continue;
        const args = py.argumentsOf(file, call);
        const payload = args.keywords.get('payload') ?? args.positional[0];
        if (payload && py.isParsedBody(file, payload)) report({ start: call.start, end: payload.end }, 'parsedBodyCode', { value: `\`${tsh.textOf(file, payload).slice(0, 60)}\``, raw: '`request.data`, `request.get_data()` or Django\'s `request.body`' });
      }
    },
    ruby(file, { report }) {
      for (const call of tsh.descendants(file.root, 'call')) {
        if (!/(^|\.)construct_event$/.test(rb.dottedName(file, call) ?? '')) continue;
        const payload = rb.argumentsOf(file, call).positional[0];
        if (payload && rb.isParsedBody(file, payload)) report({ start: call.start, end: payload.end }, 'parsedBodyCode', { value: `\`${tsh.textOf(file, payload).slice(0, 60)}\``, raw: '`request.body.read` or `request.raw_post`' });
      }
    },
  },
});
