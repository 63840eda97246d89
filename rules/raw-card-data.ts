import { defineRule } from '../src/rule.js';
import { formEncodedCardFields, isConstantValue, isRequestValue, isTestFile, nameOf, objectLiteralOf, propertyValue, spanOf, stripeApiCalls, stripeParams, textOf, unwrap } from '../src/lang/js.js';
import * as py from '../src/lang/python.js';
import * as rb from '../src/lang/ruby.js';
import * as tsh from '../src/lang/tree-sitter-helpers.js';

const CARD_METHODS = /^(tokens\.create|paymentMethods\.create|sources\.create|customers\.(create|update|createSource)|charges\.create|paymentIntents\.(create|confirm))$/;

export default defineRule({
  meta: {
    id: 'raw-card-data',
    level: 'error',
    languages: ['js', 'python', 'ruby'],
    summary: 'Raw card numbers or CVCs handled by the server and sent to Stripe',
    why: [
      'A server that receives card numbers and CVCs and passes them to `tokens.create` or',
      '`paymentMethods.create` stores, processes or transmits cardholder data, which puts it and everything',
      'around it (logs, proxies, error trackers) in full PCI DSS scope (SAQ D): a yearly audit and strict',
      'controls. Stripe blocks raw card data on most accounts for this reason. Stripe Elements and Checkout',
      'collect the card in Stripe-hosted fields, so the number never touches your server.',
    ].join(' '),
    fix: [
      'Collect cards with Stripe Elements (the Payment Element) or Checkout in the browser or app, and send',
      'only the resulting PaymentMethod id (`pm_…`) or confirm the PaymentIntent client-side.',
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'routes/cards.js',
        bad: "router.post('/cards', async (req, res) => {\n  const paymentMethod = await stripe.paymentMethods.create({\n    type: 'card',\n    card: { number: req.body.cardNumber, exp_month: req.body.expMonth, exp_year: req.body.expYear, cvc: req.body.cvc },\n  });\n  res.json({ id: paymentMethod.id });\n});\n",
        fix: "router.post('/cards', async (req, res) => {\n  const paymentMethod = await stripe.paymentMethods.attach(req.body.paymentMethodId, { customer: req.user.customerId });\n  res.json({ id: paymentMethod.id });\n});\n",
      },
    ],
    references: [
      'https://docs.stripe.com/security/guide#validating-pci-compliance',
      'https://docs.stripe.com/payments/payment-element',
      'https://support.stripe.com/questions/enabling-access-to-raw-card-data-apis',
    ],
    messages: {
      rawCardCode: 'Raw card details ({{what}}) pass through the server to Stripe, which puts the whole server in PCI DSS scope; collect cards with Stripe Elements or Checkout and send only the PaymentMethod id.',
      cardField: 'The card {{field}} `{{value}}` passes through the server to `{{method}}`, which puts the server in PCI scope; collect cards with Stripe Elements or Checkout instead.',
      formField: 'The card field `{{value}}` is posted to the Stripe API from the server, which puts it in PCI scope; collect cards with Stripe Elements or Checkout instead.',
      card: 'Raw card details `{{value}}` pass through the server to `{{method}}`, which puts the server in PCI scope; collect cards with Stripe Elements or Checkout instead.',
    },
    keywords: ['card', 'cvc', 'tokens.create'],
    sarif: { securitySeverity: 8.5, precision: 'high', tags: ['security', 'pci', 'external/cwe/cwe-311'] },
  },
  checks: {
    js(file, { report }) {
      const { ts } = file;
      if (isTestFile(file)) return; // test suites tokenise Stripe's test cards
      for (const value of formEncodedCardFields(file)) {
        report(spanOf(file, value), 'formField', { value: textOf(file, value, 40) });
      }
      for (const api of stripeApiCalls(file, CARD_METHODS)) {
        // `stripe.tokens.create(req.body)`: the client sends the whole card.
        const params = api.call.arguments[0];
        if (/^(tokens|paymentMethods|sources)\.create$/.test(api.method) && params && isRequestValue(file, params)) {
          report(spanOf(file, params), 'card', { value: textOf(file, params, 40), method: api.method });
          continue;
        }
        for (const { property } of stripeParams(file, api, /^(card|source|payment_method_data)$/)) {
          const value = propertyValue(file, property);
          if (!value) continue;
          const card = objectLiteralOf(file, value);
          if (!card) {
            if (nameOf(file, property.name) === 'card' && isRequestValue(file, value) && !ts.isStringLiteralLike(unwrap(file, value))) report(spanOf(file, value), 'card', { value: textOf(file, value, 40), method: api.method });
            continue;
          }
          // The card number, else the CVC: one finding per card object. Literal test cards (4242…) are test fixtures.
          const field = ['number', 'cvc', 'cvv'].map((name) => card.properties.find((p) => nameOf(file, p.name) === name)).find((p) => p && propertyValue(file, p) && !isLiteral(file, propertyValue(file, p)!));
          const fieldValue = field && propertyValue(file, field);
          if (fieldValue) report(spanOf(file, fieldValue), 'cardField', { field: nameOf(file, field!.name) === 'number' ? 'number' : 'CVC', value: textOf(file, fieldValue, 40), method: api.method });
        }
      }
    },
    python(file, { report }) {
      for (const call of tsh.descendants(file.root, 'call')) {
        if (!py.isStripeApiCall(file, call)) continue;
        for (const param of py.nestedParams(file, call, tsh.CARD_PARAMS)) {
          const fields = py.mappingEntries(file, param.value).map((e) => e.key);
          const raw = fields.filter((k) => tsh.RAW_CARD_FIELDS.test(k));
          if (raw.length) report(tsh.spanOf(param.sink), 'rawCardCode', { what: raw.join(', ') });
          else if (param.key === 'card' && !fields.length && py.isRequestInput(file, param.value)) report(tsh.spanOf(param.sink), 'rawCardCode', { what: 'the card object from the request' });
        }
      }
    },
    ruby(file, { report }) {
      for (const call of tsh.descendants(file.root, 'call')) {
        if (!rb.isStripeApiCall(file, call)) continue;
        for (const param of rb.nestedParams(file, call, tsh.CARD_PARAMS)) {
          const fields = rb.hashEntries(file, param.value).map((e) => e.key);
          const raw = fields.filter((k) => tsh.RAW_CARD_FIELDS.test(k));
          if (raw.length) report(tsh.spanOf(param.sink), 'rawCardCode', { what: raw.join(', ') });
          else if (param.key === 'card' && !fields.length && rb.isRequestInput(file, param.value)) report(tsh.spanOf(param.sink), 'rawCardCode', { what: 'the card object from the request' });
        }
      }
    },
  },
});

function isLiteral(file: Parameters<typeof unwrap>[0], node: Parameters<typeof unwrap>[1]): boolean {
  return isConstantValue(file, node);
}
