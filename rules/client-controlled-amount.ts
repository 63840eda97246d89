import { defineRule } from '../src/rule.js';
import { isRequestValue, literalOf, propertyValue, spanOf, stripeApiCalls, stripeParams, textOf } from '../src/lang/js.js';
import * as py from '../src/lang/python.js';
import * as rb from '../src/lang/ruby.js';
import * as tsh from '../src/lang/tree-sitter-helpers.js';

const PAYMENT_METHODS = /^(paymentIntents\.(create|update)|charges\.create|checkout\.sessions\.create|invoiceItems\.create|subscriptions\.(create|update)|subscriptionItems\.create)$/;

export default defineRule({
  meta: {
    id: 'client-controlled-amount',
    level: 'error',
    languages: ['js', 'python', 'ruby'],
    summary: 'Payment amount or price taken from the request instead of the server',
    why: [
      'Anything the browser sends can be changed: a user edits the request in the developer tools and pays',
      '1 cent for a 500 € order. When `amount`, `unit_amount` or `price_data` of a PaymentIntent, Charge or',
      'Checkout Session comes from `req.body`, `req.query` or `await request.json()`, the client sets its',
      'own price. Stripe charges whatever the server asks for; it cannot know the price was tampered with.',
    ].join(' '),
    fix: [
      'Send product or price ids and quantities from the client, and compute the amount on the server from',
      'your database or from Stripe Prices (`line_items: [{ price: priceId, quantity }]`), validating the ids',
      'against what is for sale.',
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'app/api/checkout/route.ts',
        bad: "import { stripe } from '@/lib/stripe';\n\nexport async function POST(request: Request) {\n  const { amount } = await request.json();\n  const intent = await stripe.paymentIntents.create({ amount, currency: 'usd' });\n  return Response.json({ clientSecret: intent.client_secret });\n}\n",
        fix: "import { stripe } from '@/lib/stripe';\nimport { priceOf } from '@/lib/catalog';\n\nexport async function POST(request: Request) {\n  const { productId } = await request.json();\n  const intent = await stripe.paymentIntents.create({ amount: await priceOf(productId), currency: 'usd' });\n  return Response.json({ clientSecret: intent.client_secret });\n}\n",
      },
    ],
    references: [
      'https://docs.stripe.com/payments/accept-a-payment?platform=web&ui=elements#create-the-paymentintent',
      'https://docs.stripe.com/products-prices/how-products-and-prices-work',
      'https://cwe.mitre.org/data/definitions/602.html',
    ],
    messages: {
      fromRequestCode: 'The {{param}} of this Stripe call comes from the request ({{value}}), so the customer chooses the price; look the price up on the server by product or price id.',
      amount: '`{{value}}` sets the `{{field}}` of `{{method}}` from the request, so the client chooses its own price; look the price up on the server.',
      params: 'The parameters of `{{method}}` come from the request (`{{value}}`), so the client chooses its own price; build them on the server from a product or price id.',
    },
    keywords: ['amount', 'price_data', 'line_items', 'paymentIntents', 'charges'],
    sarif: { securitySeverity: 8.0, precision: 'high', tags: ['security', 'payments', 'external/cwe/cwe-602'] },
  },
  checks: {
    js(file, { report }) {
      for (const api of stripeApiCalls(file, PAYMENT_METHODS)) {
        const params = api.call.arguments[api.method.endsWith('update') ? 1 : 0];
        if (params && isRequestValue(file, params)) {
          report(spanOf(file, params), 'params', { method: api.method, value: textOf(file, params, 40) });
          continue;
        }
        for (const { property, path } of stripeParams(file, api, /^(amount|unit_amount|unit_amount_decimal|price_data|line_items)$/)) {
          if (path.includes('metadata')) continue;
          const value = propertyValue(file, property);
          if (!value || (isContainer(file, value) && /^(price_data|line_items)$/.test(path[path.length - 1]!))) continue; // built here: its fields are checked one by one
          if (!isRequestValue(file, value)) continue;
          report(spanOf(file, value), 'amount', { value: textOf(file, value, 40), field: path.filter((p) => p !== '*').join('.'), method: api.method });
        }
        for (const spread of spreadsOf(file, params)) {
          if (isRequestValue(file, spread)) report(spanOf(file, spread), 'params', { method: api.method, value: textOf(file, spread, 40) });
        }
      }
    },
    python(file, { report }) {
      for (const call of tsh.descendants(file.root, 'call')) {
        const api = py.stripeCall(file, call);
        if (!api || !tsh.PRICED_RESOURCES.test(api.resource)) continue;
        for (const param of py.nestedParams(file, call, tsh.AMOUNT_PARAMS)) {
          if (py.isRequestInput(file, param.value)) report(tsh.spanOf(param.sink), 'fromRequestCode', { param: `\`${param.key}\``, value: tsh.textOf(file, param.value).slice(0, 60) });
        }
      }
    },
    ruby(file, { report }) {
      for (const call of tsh.descendants(file.root, 'call')) {
        const api = rb.stripeCall(file, call);
        if (!api || !tsh.PRICED_RESOURCES.test(api.resource)) continue;
        for (const param of rb.nestedParams(file, call, tsh.AMOUNT_PARAMS)) {
          if (rb.isRequestInput(file, param.value)) report(tsh.spanOf(param.sink), 'fromRequestCode', { param: `\`${param.key}\``, value: tsh.textOf(file, param.value).slice(0, 60) });
        }
      }
    },
  },
});

/** `{ ...req.body, currency: 'usd' }`: the spread parts of a parameters object literal. */
function spreadsOf(file: Parameters<typeof spanOf>[0], params: Parameters<typeof spanOf>[1] | undefined) {
  const { ts } = file;
  if (!params || !ts.isObjectLiteralExpression(params)) return [];
  return params.properties.filter(ts.isSpreadAssignment).map((s) => s.expression);
}

/** An object or array literal, or an array `.map(…)` building one: a container whose fields are checked themselves. */
function isContainer(file: Parameters<typeof spanOf>[0], value: Parameters<typeof spanOf>[1]): boolean {
  const { ts } = file;
  const literal = literalOf(file, value);
  if (!literal) return false;
  if (ts.isObjectLiteralExpression(literal) || ts.isArrayLiteralExpression(literal)) return true;
  return ts.isCallExpression(literal) && ts.isPropertyAccessExpression(literal.expression) && /^(map|flatMap)$/.test(literal.expression.name.text);
}
