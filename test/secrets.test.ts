/** Key shapes, gitleaks-style: each shape lists what it must catch and the look-alikes it must not. */
import { describe, expect, it } from 'vitest';
import { findApiKeys, findWebhookSecrets, redact } from '../src/secrets.js';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Deterministic fake key bodies (never real keys): a small linear congruential generator. */
function body(length: number, seed: number): string {
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    out += BASE62[state % 62];
  }
  return out;
}

const keys = [
  `sk_live_${body(24, 1)}`,
  `sk_live_51${body(97, 2)}`,
  `sk_test_${body(24, 3)}`,
  `sk_test_51${body(97, 4)}`,
  `rk_live_${body(24, 5)}`,
  `rk_test_${body(34, 6)}`,
  `rk_live_51${body(97, 7)}`,
];

const contexts: [string, (key: string) => string][] = [
  ['dotenv', (k) => `STRIPE_SECRET_KEY=${k}\n`],
  ['quoted JSON', (k) => `{"stripe":{"secret":"${k}"}}`],
  ['YAML', (k) => `stripe:\n  key: ${k}\n`],
  ['URL query', (k) => `https://api.example.com/x?key=${k}&verbose=1`],
  ['curl basic auth', (k) => `curl https://api.stripe.com/v1/charges -u ${k}:`],
  ['XML element', (k) => `<secretKey>${k}</secretKey>`],
  ['CSV', (k) => `prod,${k},eu-west-1`],
  ['call argument', (k) => `Stripe(${JSON.stringify(k)})`],
  ['end of a sentence', (k) => `The key is ${k}.`],
  ['template literal', (k) => `const key = \`${k}\`;`],
];

describe('Stripe API keys', () => {
  for (const key of keys) {
    for (const [name, wrap] of contexts) {
      it(`finds ${key.slice(0, 8)}… (${key.length - 8} chars) in ${name}`, () => {
        const text = wrap(key);
        const found = findApiKeys(text);
        expect(found.map((k) => k.value)).toEqual([key]);
        expect(found[0]!.mode).toBe(key.includes('_live_') ? 'live' : 'test');
        expect(found[0]!.kind).toBe(key.startsWith('sk') ? 'secret' : 'restricted');
      });
    }
  }

  const notKeys: [string, string][] = [
    ['publishable live key', `pk_live_${body(24, 8)}`],
    ['publishable test key', `pk_test_51${body(97, 9)}`],
    ['truncated docs value', 'sk_test_...'],
    ['truncated long docs value', `sk_test_51H${body(8, 10)}...`],
    ['x placeholder', 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx'],
    ['repeated letter', `sk_live_${'A'.repeat(24)}`],
    ['repeated unit', `sk_test_${'abc1'.repeat(6)}`],
    ['YOUR_KEY', 'sk_test_YOUR_KEY'],
    ['your-key-here', 'sk_test_yourSecretKeyGoesHere123'],
    ['sequential run', 'sk_test_1234567890abcdefghijklmn'],
    ['angle-bracket template', `<sk_live_${body(24, 11)}>`],
    ['dashboard-masked key', 'sk_live_aa****************************1234'],
    ['environment interpolation', 'sk_live_${STRIPE_SECRET_KEY}'],
    ['word ending in -sk', `task_live_${body(24, 12)}`],
    ['desk_test', `desk_test_${body(24, 13)}`],
    ['risk_live', 'risk_live_threshold_for_review'],
    ['prefix glued to a word', `xsk_live_${body(24, 14)}`],
    ['body continues with an underscore', `sk_live_${body(24, 15)}_backup`],
    ['too short', 'sk_live_abc12'],
    ['upper-case prefix', `SK_LIVE_${body(24, 16)}`],
    ['WorkOS key', `sk_live_a2V5Xz${body(30, 17)}`],
    ['Clerk key by context', `CLERK_SECRET_KEY=sk_live_${body(32, 18)}`],
    ['Paystack key by context', `const paystack = new Paystack('sk_test_${body(40, 19).toLowerCase()}');`],
  ];
  for (const [name, text] of notKeys) {
    it(`does not report ${name}`, () => {
      expect(findApiKeys(text).map((k) => k.value)).toEqual([]);
    });
  }

  it('keeps a Stripe key on a line that names Stripe even where another vendor is mentioned', () => {
    const key = `sk_live_${body(24, 20)}`;
    expect(findApiKeys(`// unlike clerk, this is ours\nSTRIPE_SECRET_KEY=${key}`).map((k) => k.value)).toEqual([key]);
  });

  it('marks keys Stripe publishes in its documentation', () => {
    const [sample] = findApiKeys("stripe.api_key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'");
    expect(sample).toMatchObject({ published: true, mode: 'test' });
  });
});

describe('webhook signing secrets', () => {
  it.each([
    ['dotenv', `STRIPE_WEBHOOK_SECRET=whsec_${body(32, 21)}`],
    ['code', `const endpointSecret = "whsec_${body(32, 22)}";`],
    ['base64 with padding', `whsec_${body(43, 23)}=`],
  ])('finds one in %s', (_name, text) => {
    expect(findWebhookSecrets(text)).toHaveLength(1);
  });

  it.each([
    ['truncated', 'whsec_...'],
    ['x placeholder', 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    ['your secret', 'whsec_YOUR_WEBHOOK_SIGNING_SECRET'],
    ['sequential', 'whsec_1234567890abcdefghijklmnopqrstuv'],
    ['glued to a word', `xwhsec_${body(32, 24)}`],
    ['short', 'whsec_abc123'],
  ])('does not report %s', (_name, text) => {
    expect(findWebhookSecrets(text)).toEqual([]);
  });
});

describe('redact', () => {
  it('keeps the prefix and the last four characters of every key-shaped token', () => {
    const live = `sk_live_${body(24, 25)}`;
    const hook = `whsec_${body(32, 26)}`;
    const out = redact(`a ${live} b ${hook} c sk_test_xxxxxxxxxxxx`);
    expect(out).toBe(`a sk_live_…${live.slice(-4)} b whsec_…${hook.slice(-4)} c sk_test_…xxxx`);
  });

  it('leaves publishable keys and ordinary text alone', () => {
    const text = `pk_live_${body(24, 27)} and the live task list`;
    expect(redact(text)).toBe(text);
  });

  it('masks key shapes glued to other words too: it errs on the side of hiding', () => {
    const key = `sk_live_${body(24, 28)}`;
    expect(redact(`x${key}`)).toBe(`xsk_live_…${key.slice(-4)}`);
  });
});
