import { timingUnsafeComparisons } from '../src/lang/js-signatures.js';
import { spanOf, textOf } from '../src/lang/js.js';
import { defineRule } from '../src/rule.js';
import * as py from '../src/lang/python.js';
import * as rb from '../src/lang/ruby.js';
import * as tsh from '../src/lang/tree-sitter-helpers.js';

export default defineRule({
  meta: {
    id: 'timing-unsafe-signature-compare',
    level: 'warning',
    languages: ['js', 'python', 'ruby'],
    summary: 'Signature, HMAC digest or webhook secret compared with == or === instead of a constant-time comparison',
    why: [
      '`===` and `!==` stop at the first character that differs, so how long a rejection takes tells an',
      'attacker how many leading characters of a forged signature are right; over many requests the whole',
      'signature can be recovered one character at a time. Signatures, HMAC digests and shared webhook',
      'secrets need a comparison whose time does not depend on the content. Reported at the comparison.',
    ].join(' '),
    fix: [
      'Compare with `crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b))` after checking that the',
      'lengths match, or let the SDK do it: `stripe.webhooks.constructEvent` compares signatures in constant time.',
      'In Python use `hmac.compare_digest(a, b)`; in Ruby `Rack::Utils.secure_compare(a, b)` or `ActiveSupport::SecurityUtils.secure_compare(a, b)`.',
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'src/verify-signature.ts',
        bad: [
          "import crypto from 'node:crypto';",
          "",
          "export function isValidSignature(payload: string, header: string, secret: string): boolean {",
          "  const expected = crypto.createHmac('sha256', secret).update(payload).digest('hex');",
          "  return header === expected;",
          "}",
          "",
        ].join('\n'),
        fix: [
          "import crypto from 'node:crypto';",
          "",
          "export function isValidSignature(payload: string, header: string, secret: string): boolean {",
          "  const expected = Buffer.from(crypto.createHmac('sha256', secret).update(payload).digest('hex'));",
          "  const received = Buffer.from(header);",
          "  return received.length === expected.length && crypto.timingSafeEqual(received, expected);",
          "}",
          "",
        ].join('\n'),
      },
    ],
    references: [
      'https://docs.stripe.com/webhooks/signature#compare-signatures',
      'https://nodejs.org/api/crypto.html#cryptotimingsafeequala-b',
      'https://cwe.mitre.org/data/definitions/208.html',
    ],
    messages: {
      unsafeCompareCode: 'The signature {{name}} is compared with `{{operator}}`, which stops at the first differing byte and lets an attacker guess it byte by byte; use {{safe}}.',
      unsafe: '`{{comparison}}` compares a {{what}} with `{{operator}}`, which returns as soon as a character differs and lets an attacker guess it one character at a time. Use `crypto.timingSafeEqual` on buffers of equal length.',
    },
    keywords: ['ignature', 'sig', 'Sig', 'SIG', 'digest', 'hmac', 'Hmac', 'HMAC', 'ecret', 'SECRET'],
    sarif: { securitySeverity: 5.3, precision: 'high', tags: ['security', 'webhooks', 'external/cwe/cwe-208'] },
  },
  checks: {
    js(file, { report }) {
      for (const comparison of timingUnsafeComparisons(file)) {
        report(spanOf(file, comparison.at), 'unsafe', {
          comparison: textOf(file, comparison.at, 60),
          what: comparison.what,
          operator: comparison.at.operatorToken.getText(file.sourceFile),
        });
      }
    },
    python(file, { report }) {
      for (const c of py.signatureComparisons(file)) report(tsh.spanOf(c.at), 'unsafeCompareCode', { name: `\`${tsh.textOf(file, c.signature).slice(0, 60)}\``, operator: c.operator, safe: '`hmac.compare_digest(a, b)`' });
    },
    ruby(file, { report }) {
      for (const c of rb.signatureComparisons(file)) report(tsh.spanOf(c.at), 'unsafeCompareCode', { name: `\`${tsh.textOf(file, c.signature).slice(0, 60)}\``, operator: c.operator, safe: '`Rack::Utils.secure_compare(a, b)`' });
    },
  },
});
