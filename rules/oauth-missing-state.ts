import { authorizeUrlsWithoutState } from '../src/lang/js-oauth.js';
import { spanOf } from '../src/lang/js.js';
import { defineRule } from '../src/rule.js';
import * as py from '../src/lang/python.js';
import * as rb from '../src/lang/ruby.js';
import * as tsh from '../src/lang/tree-sitter-helpers.js';

export default defineRule({
  meta: {
    id: 'oauth-missing-state',
    level: 'warning',
    languages: ['js', 'python', 'ruby'],
    summary: 'Stripe Connect OAuth authorize URL built without a state parameter',
    why: [
      'The `state` parameter ties the OAuth callback to the user who started the flow. Without it, an',
      'attacker can send a victim a link that completes the callback with the attacker\'s authorization',
      'code, connecting the attacker\'s Stripe account to the victim\'s platform account (login CSRF), so',
      'payouts meant for the victim go to the attacker. Reported at the URL or the `authorizeUrl` call.',
    ].join(' '),
    fix: [
      'Generate a random `state` per authorization (`crypto.randomBytes(16).toString("hex")`), store it',
      'in the user\'s session, add it to the authorize URL, and reject the callback when the returned',
      '`state` does not match.',
      '(`secrets.token_urlsafe(32)` in Python, `SecureRandom.hex(16)` in Ruby.)',
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'src/connect/onboarding.ts',
        bad: [
          "export function connectUrl(clientId: string): string {",
          "  return `https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${clientId}&scope=read_write`;",
          "}",
          "",
        ].join('\n'),
        fix: [
          "import crypto from 'node:crypto';",
          "",
          "export function connectUrl(clientId: string, session: { oauthState?: string }): string {",
          "  const state = crypto.randomBytes(16).toString('hex');",
          "  session.oauthState = state;",
          "  return `https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${clientId}&scope=read_write&state=${state}`;",
          "}",
          "",
        ].join('\n'),
      },
    ],
    references: [
      'https://docs.stripe.com/connect/oauth-reference#get-authorize-request',
      'https://docs.stripe.com/connect/oauth-standard-accounts',
      'https://datatracker.ietf.org/doc/html/rfc6749#section-10.12',
    ],
    messages: {
      noStateCode: 'This Stripe Connect OAuth authorize URL has no `state` parameter, so the callback cannot tell a forged request (CSRF) from a real one; send a random per-session `state` and check it in the callback.',
      url: 'This Stripe Connect authorize URL has no `state` parameter, so the OAuth callback cannot tell a forged authorization from a real one (CSRF). Add a random per-session `state` and check it in the callback.',
      call: 'This `authorizeUrl` call passes no `state`, so the OAuth callback cannot tell a forged authorization from a real one (CSRF). Add a random per-session `state` and check it in the callback.',
    },
    keywords: ['oauth/authorize', 'oauth/v2/authorize', 'authorizeUrl', 'authorize_url'],
    sarif: { securitySeverity: 5.4, precision: 'high', tags: ['security', 'oauth', 'external/cwe/cwe-352'] },
  },
  checks: {
    js(file, { report }) {
      for (const url of authorizeUrlsWithoutState(file)) report(spanOf(file, url.at), url.kind);
    },
    python(file, { report }) {
      for (const at of py.authorizeUrlsWithoutState(file)) report(tsh.spanOf(at), 'noStateCode');
    },
    ruby(file, { report }) {
      for (const at of rb.authorizeUrlsWithoutState(file)) report(tsh.spanOf(at), 'noStateCode');
    },
  },
});
