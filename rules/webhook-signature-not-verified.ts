import { webhookHandlers } from '../src/lang/js-webhooks.js';
import { quoted } from '../src/keywords.js';
import { defineRule } from '../src/rule.js';
import * as py from '../src/lang/python.js';
import * as rb from '../src/lang/ruby.js';
import * as php from '../src/lang/php.js';
import * as go from '../src/lang/go.js';
import * as java from '../src/lang/java.js';
import * as tsh from '../src/lang/tree-sitter-helpers.js';

export default defineRule({
  meta: {
    id: 'webhook-signature-not-verified',
    level: 'error',
    languages: ['js', 'python', 'ruby', 'php', 'go', 'java'],
    summary: 'Stripe webhook handler that processes events without verifying their signature',
    why: [
      'A webhook endpoint is a public URL: anyone can POST a JSON body that looks like a Stripe event.',
      'Without checking the `Stripe-Signature` header, a forged `checkout.session.completed` or',
      '`invoice.paid` ships orders, grants subscriptions or credits balances for free. The handler is',
      'reported at its route registration (`app.post`), its exported function name (`POST`, `handler`)',
      'or its controller method; verification counts wherever it happens: in the handler, in a',
      'middleware or guard of the route, or in any function it calls, including one imported from',
      'another file.',
    ].join(' '),
    fix: [
      'Verify every request with `stripe.webhooks.constructEvent(rawBody, request.headers["stripe-signature"], endpointSecret)`',
      '(`constructEventAsync` on edge runtimes), answer 400 when it throws, and only then read the event.',
      'The other SDKs: `stripe.Webhook.construct_event` (Python), `Stripe::Webhook.construct_event` (Ruby), `\\Stripe\\Webhook::constructEvent` (PHP), `webhook.ConstructEvent` (Go), `Webhook.constructEvent` (Java).',
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'app/api/webhooks/stripe/route.ts',
        bad: [
          "export async function POST(request: Request) {",
          "  const event = await request.json();",
          "  if (event.type === 'checkout.session.completed') {",
          "    await fulfillOrder(event.data.object.id);",
          "  }",
          "  return Response.json({ received: true });",
          "}",
          "",
          "async function fulfillOrder(sessionId: string) {}",
          "",
        ].join('\n'),
        fix: [
          "import Stripe from 'stripe';",
          "",
          "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });",
          "",
          "export async function POST(request: Request) {",
          "  const body = await request.text();",
          "  const signature = request.headers.get('stripe-signature') ?? '';",
          "  let event: Stripe.Event;",
          "  try {",
          "    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);",
          "  } catch {",
          "    return new Response('Invalid signature', { status: 400 });",
          "  }",
          "  if (event.type === 'checkout.session.completed') {",
          "    await fulfillOrder(event.data.object.id);",
          "  }",
          "  return Response.json({ received: true });",
          "}",
          "",
          "async function fulfillOrder(sessionId: string) {}",
          "",
        ].join('\n'),
      },
      {
        language: 'ruby',
        file: 'app/controllers/webhooks_controller.rb',
        bad: "class WebhooksController < ApplicationController\n  def create\n    event = JSON.parse(request.body.read)\n    Order.paid!(event['data']['object']['id']) if event['type'] == 'checkout.session.completed'\n    head :ok\n  end\nend\n",
        fix: "class WebhooksController < ApplicationController\n  def create\n    event = Stripe::Webhook.construct_event(request.body.read, request.headers['Stripe-Signature'], ENV.fetch('STRIPE_WEBHOOK_SECRET'))\n    Order.paid!(event.data.object.id) if event.type == 'checkout.session.completed'\n    head :ok\n  rescue JSON::ParserError, Stripe::SignatureVerificationError\n    head :bad_request\n  end\nend\n",
      },
    ],
    references: [
      'https://docs.stripe.com/webhooks#verify-events',
      'https://docs.stripe.com/webhooks/signature',
      'https://github.com/stripe/stripe-node#webhook-signing',
    ],
    messages: {
      notVerifiedCode: 'Webhook handler {{name}} processes Stripe events without verifying their signature, so anyone can post forged events to it; build the event with {{verify}}.',
      unverified: 'Stripe webhook handler {{handler}} trusts the request body as an event without verifying its signature; anyone can post a forged event here. Verify it with `stripe.webhooks.constructEvent(rawBody, signature, endpointSecret)` and answer 400 when that throws.',
    },
    // A handler that reads Stripe events names Stripe, a webhook, or one of Stripe's event types.
    keywords: ['stripe', 'Stripe', 'STRIPE', 'webhook', 'Webhook', ...quoted('checkout.session.', 'payment_intent.', 'invoice.', 'customer.subscription.', 'charge.', 'setup_intent.')],
    sarif: { securitySeverity: 8.1, precision: 'high', tags: ['security', 'webhooks', 'external/cwe/cwe-345'] },
  },
  checks: {
    js(file, { report }) {
      for (const handler of webhookHandlers(file)) {
        if (!handler.verified) report({ start: handler.at.getStart(file.sourceFile), end: handler.at.getEnd() }, 'unverified', { handler: handler.label });
      }
    },
    python(file, { report }) {
      for (const handler of py.webhookHandlers(file, tsh.isStripeEventName)) {
        if (py.isVerifiedWebhook(file, handler)) continue;
        const name = tsh.field(handler, 'name')!;
        report(tsh.spanOf(name), 'notVerifiedCode', { name: `\`${tsh.textOf(file, name)}\``, verify: '`stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)`' });
      }
    },
    ruby(file, { report }) {
      for (const handler of rb.webhookHandlers(file, tsh.isStripeEventName)) {
        if (rb.isVerifiedWebhook(file, handler)) continue;
        const route = handler.type === 'call';
        const label = route ? rb.routeLabel(file, handler) : tsh.textOf(file, rb.handlerName(file, handler));
        report(tsh.spanOf(route ? handler : rb.handlerName(file, handler)), 'notVerifiedCode', { name: `\`${label}\``, verify: '`Stripe::Webhook.construct_event(payload, sig_header, endpoint_secret)`' });
      }
    },
    php(file, { report }) {
      for (const { scope, at } of php.webhookHandlers(file, tsh.isStripeEventName)) {
        if (php.isVerifiedWebhook(file, scope)) continue;
        report(tsh.spanOf(at), 'notVerifiedCode', { name: scope.type === 'program' ? `in ${file.path}` : `\`${tsh.textOf(file, at)}\``, verify: '`\\Stripe\\Webhook::constructEvent($payload, $sigHeader, $endpointSecret)`' });
      }
    },
    go(file, { report }) {
      for (const handler of go.webhookHandlers(file, tsh.isStripeEventName)) {
        if (go.isVerifiedWebhook(file, handler)) continue;
        const name = tsh.field(handler, 'name');
        report(tsh.spanOf(name ?? handler), 'notVerifiedCode', { name: name ? `\`${tsh.textOf(file, name)}\`` : '(a function literal)', verify: '`webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret)`' });
      }
    },
    java(file, { report }) {
      for (const handler of java.webhookHandlers(file, tsh.isStripeEventName)) {
        if (java.isVerifiedWebhook(file, handler)) continue;
        const label = java.handlerLabel(file, handler);
        report(tsh.spanOf(label.at), 'notVerifiedCode', { name: `\`${label.name}\``, verify: '`Webhook.constructEvent(payload, sigHeader, endpointSecret)`' });
      }
    },
  },
});
