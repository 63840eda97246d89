import { defineRule } from '../src/rule.js';
import { clientExposures, isSecretName, publicPrefixOf, spanOf } from '../src/lang/js.js';
import { isSecretKeyLiteral } from '../src/secrets.js';

const ENV_FILE = /(^|\/)(\.env(\.[\w.-]+)?|[\w.-]+\.env)$/;
const ENV_LINE = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \t]*[=:][ \t]*(.*)$/gm;

export default defineRule({
  meta: {
    id: 'secret-key-in-client-code',
    level: 'error',
    languages: ['js', 'text'],
    summary: 'Secret Stripe key exposed to browsers or apps',
    why: [
      'Everything shipped to a browser or a mobile app is public: bundlers inline variables with a public',
      'prefix (`NEXT_PUBLIC_`, `VITE_`, `REACT_APP_`, `EXPO_PUBLIC_`…) into the JavaScript anyone can download,',
      'and app binaries are unpacked in minutes. A secret or restricted key there lets anyone charge, refund',
      'and read every customer of the account. Client code needs only the publishable key (`pk_…`) with',
      'Stripe.js; the server SDK (`stripe`) and its secret key belong on the server.',
    ].join(' '),
    fix: [
      'Give browser code the publishable key only (`NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY`, `loadStripe(pk)`).',
      'Keep the secret key in a server-only variable without a public prefix and call the Stripe API from a',
      'server route that the client calls. If a secret key was ever exposed, roll it in the Dashboard.',
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'app/checkout/CheckoutForm.tsx',
        bad: "'use client';\nimport { loadStripe } from '@stripe/stripe-js';\n\nconst stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY!);\n",
        fix: "'use client';\nimport { loadStripe } from '@stripe/stripe-js';\n\nconst stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);\n",
      },
      {
        language: 'text',
        file: '.env.local',
        bad: 'NEXT_PUBLIC_STRIPE_SECRET_KEY=\n',
        fix: 'STRIPE_SECRET_KEY=\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=\n',
      },
    ],
    references: [
      'https://docs.stripe.com/keys#safe-keys',
      'https://docs.stripe.com/keys-best-practices',
      'https://nextjs.org/docs/app/building-your-application/configuring/environment-variables#bundling-environment-variables-for-the-browser',
      'https://vite.dev/guide/env-and-mode',
    ],
    messages: {
      publicVariable: '`{{name}}` is a secret under the public prefix `{{prefix}}`, so the bundler ships it to every browser; keep the secret key server-only and expose only the publishable key.',
      stripeJs: 'Stripe.js is initialised with the secret value `{{value}}`; browsers must get the publishable key (`pk_…`) only.',
      bundled: '`{{name}}` is inlined into the browser bundle by this build configuration; keep secret keys out of `env`/`define` and read them only on the server.',
      appVariable: '`{{name}}` is read from the app\'s environment module, which the build inlines into the app bundle anyone can unpack; keep secret keys on your server.',
      serverSdkModule: 'This client module imports a module that loads the server SDK `stripe`, pulling it (and the code that reads the secret key) into the browser bundle; import only client-safe code here and call the server for Stripe API calls.',
      serverSdk: 'The server SDK `stripe` is imported in client code, which puts the secret key and server API calls in the browser bundle; call your server instead and use Stripe.js here.',
    },
    keywords: ['stripe', 'Stripe', 'STRIPE', 'SECRET'],
    sarif: { securitySeverity: 9.0, precision: 'high', tags: ['security', 'secrets', 'external/cwe/cwe-200'] },
  },
  checks: {
    js(file, { report, settings }) {
      for (const exposure of clientExposures(file, settings)) {
        const { kind, at, ...data } = exposure;
        report(spanOf(file, at), kind, data as Record<string, string>);
      }
    },
    text(file, { report, settings }) {
      if (!ENV_FILE.test(file.path)) return;
      for (const match of file.text.matchAll(ENV_LINE)) {
        const [, name, raw] = match as unknown as [string, string, string];
        const prefix = publicPrefixOf(name);
        if (!prefix) continue;
        const value = raw.trim().replace(/^["']|["']$/g, '');
        if (/^pk_/.test(value) || isSecretKeyLiteral(value)) continue; // a real key there is hardcoded-secret-key's finding
        if (!isSecretName(name, { environment: true, settings }) && !/^(sk|rk)_(live|test)_|^whsec_/.test(value)) continue;
        const start = match.index + match[0].indexOf(name);
        report({ start, end: start + name.length }, 'publicVariable', { name, prefix });
      }
    },
  },
});
