/**
 * The secretlint rule the benchmark compares against: the same key patterns stripe-guard's key
 * rules search (secret/restricted keys and webhook secrets). secretlint's recommended preset has no
 * Stripe rule, so this is loaded by path from the benchmark's .secretlintrc.json.
 */
const API_KEY = /(?<![A-Za-z0-9_])(sk|rk)_(live|test)_[A-Za-z0-9]{10,255}(?![A-Za-z0-9_])/g;
const WEBHOOK_SECRET = /(?<![A-Za-z0-9_])whsec_[A-Za-z0-9+/]{16,128}={0,2}(?![A-Za-z0-9+/=_])/g;

const messages = {
  StripeKey: {
    en: (props) => `found Stripe key: ${props.KEY}`,
  },
};

export const creator = {
  messages,
  meta: {
    id: 'bench-secretlint-rule-stripe',
    recommended: true,
    type: 'scanner',
    supportedContentTypes: ['text'],
    docs: { url: 'https://docs.stripe.com/keys' },
  },
  create(context) {
    const t = context.createTranslator(messages);
    return {
      file(source) {
        for (const pattern of [API_KEY, WEBHOOK_SECRET]) {
          for (const match of source.content.matchAll(pattern)) {
            const index = match.index ?? 0;
            context.report({ message: t('StripeKey', { KEY: match[0] }), range: [index, index + match[0].length] });
          }
        }
      },
    };
  },
};
