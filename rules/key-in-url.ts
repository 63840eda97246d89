import { defineRule } from '../src/rule.js';
import { SECRET_VALUE_KEYWORDS } from '../src/keywords.js';
import { secretsInUrls, spanOf, textOf } from '../src/lang/js.js';
import * as py from '../src/lang/python.js';
import * as rb from '../src/lang/ruby.js';
import * as tsh from '../src/lang/tree-sitter-helpers.js';

export default defineRule({
  meta: {
    id: 'key-in-url',
    level: 'error',
    languages: ['js', 'python', 'ruby'],
    summary: 'Secret, restricted, webhook or access key placed in a URL',
    why: [
      'URLs are not secret: web servers, proxies, load balancers and CDNs log them in full, browsers keep them',
      'in history and send them in `Referer` headers, and error trackers record them with every failed',
      'request. A key in a query string or path ends up in all of those places, readable by anyone with',
      'access to a log. Stripe itself never takes keys in URLs: it authenticates with the `Authorization`',
      'header.',
    ].join(' '),
    fix: [
      'Send the key in a header (`Authorization: Bearer …`) or in a POST body over HTTPS, never in the URL.',
      'If the key already travelled in URLs, roll it.',
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'src/services/inventory.ts',
        bad: "export async function checkAccess(accessKey: string) {\n  return fetch(`https://inventory.internal/api/check?access_key=${accessKey}`);\n}\n",
        fix: "export async function checkAccess(accessKey: string) {\n  return fetch('https://inventory.internal/api/check', { headers: { Authorization: `Bearer ${accessKey}` } });\n}\n",
      },
    ],
    references: [
      'https://docs.stripe.com/keys-best-practices',
      'https://owasp.org/www-community/vulnerabilities/Information_exposure_through_query_strings_in_url',
      'https://cwe.mitre.org/data/definitions/598.html',
    ],
    messages: {
      inUrlCode: 'The secret {{name}} is placed in a URL, where proxies, server logs and browser history keep it; send it in an Authorization header or a POST body instead.',
      inUrl: '`{{secret}}` is put in the URL `{{url}}`, where servers, proxies and browser history record it; send it in an `Authorization` header or a POST body instead.',
    },
    keywords: SECRET_VALUE_KEYWORDS,
    secretNamesAreKeywords: true,
    sarif: { securitySeverity: 7.5, precision: 'high', tags: ['security', 'secrets', 'external/cwe/cwe-598'] },
  },
  checks: {
    js(file, { report, settings }) {
      for (const hit of secretsInUrls(file, settings)) {
        report(spanOf(file, hit.at), 'inUrl', { secret: textOf(file, hit.secret, 40), url: textOf(file, hit.at, 70) });
      }
    },
    python(file, { report, settings }) {
      for (const node of py.secretsInUrls(file, settings.secretNames)) report(tsh.spanOf(node), 'inUrlCode', { name: tsh.textOf(file, node).slice(0, 60) });
    },
    ruby(file, { report, settings }) {
      for (const node of rb.secretsInUrls(file, settings.secretNames)) report(tsh.spanOf(node), 'inUrlCode', { name: tsh.textOf(file, node).slice(0, 60) });
    },
  },
});
