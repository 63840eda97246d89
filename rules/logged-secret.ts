import { defineRule } from '../src/rule.js';
import { SECRET_VALUE_KEYWORDS } from '../src/keywords.js';
import { carriesSecret, isInlineKeyLiteral, isRedactingLogger, sinkArguments, sinkSpan, textOf, unwrap } from '../src/lang/js.js';
import * as py from '../src/lang/python.js';
import * as rb from '../src/lang/ruby.js';
import * as tsh from '../src/lang/tree-sitter-helpers.js';

export default defineRule({
  meta: {
    id: 'logged-secret',
    level: 'error',
    languages: ['js', 'python', 'ruby'],
    summary: 'Secret value written to a log, an error message, a tracker or an HTTP response',
    why: [
      'Logs are copied everywhere: log platforms, CI output, error trackers, support tickets, laptops. They are',
      'read by far more people than the secret store, kept for months, and rarely scrubbed. A Stripe secret',
      'key or webhook signing secret printed "to check it is loaded", put in an exception message, sent to an',
      'analytics call or returned in a response is a leaked key: anyone who reads it can charge, refund and',
      'read every customer, or forge webhook events.',
    ].join(' '),
    fix: [
      'Log whether a secret is configured, never its value (`Boolean(process.env.STRIPE_SECRET_KEY)`), or at',
      'most a redacted form (`key.slice(0, 8) + \'…\'`). Keep secrets out of exception messages and responses.',
      'Roll any key that reached a log.',
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'src/server.ts',
        bad: "const stripeSecretKey = process.env.STRIPE_SECRET_KEY;\nconsole.log(`Starting billing with key ${stripeSecretKey}`);\n",
        fix: "const stripeSecretKey = process.env.STRIPE_SECRET_KEY;\nconsole.log(`Starting billing (Stripe key configured: ${Boolean(stripeSecretKey)})`);\n",
      },
    ],
    references: [
      'https://docs.stripe.com/keys-best-practices',
      'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude',
      'https://cwe.mitre.org/data/definitions/532.html',
    ],
    messages: {
      loggedCode: 'The secret {{name}} is written to {{sink}}; log or return a redacted form or nothing, and rotate the key if it reached real logs.',
      log: 'The secret `{{secret}}` is written to a log; log whether it is set, never its value.',
      exception: 'The secret `{{secret}}` is put in an exception message, which reaches logs and error trackers; leave it out of the message.',
      response: 'The secret `{{secret}}` is sent in an HTTP response; never return secrets to clients.',
    },
    keywords: SECRET_VALUE_KEYWORDS,
    secretNamesAreKeywords: true,
    sarif: { securitySeverity: 8.0, precision: 'high', tags: ['security', 'secrets', 'external/cwe/cwe-532'] },
  },
  checks: {
    js(file, { report, settings }) {
      for (const sink of sinkArguments(file)) {
        // A logger with `redact` paths censors fields of the objects it is given.
        if (sink.kind === 'log' && isRedactingLogger(file, sink.sink) && file.ts.isObjectLiteralExpression(unwrap(file, sink.value))) continue;
        const secret = carriesSecret(file, sink.value, settings);
        if (!secret || isInlineKeyLiteral(file, secret.origin, sink.value)) continue;
        report(sinkSpan(file, sink.value, secret.node), sink.kind, { secret: textOf(file, secret.node, 40) });
      }
    },
    python(file, { report, settings }) {
      for (const { argument, kind } of py.sinkArguments(file)) {
        const found = py.secretIn(file, argument, settings.secretNames);
        if (found && !(kind === 'response' && py.isIssuedToken(file, found))) report(tsh.spanOf(argument), 'loggedCode', { name: tsh.textOf(file, found).slice(0, 60), sink: tsh.SINK_WORDS[kind] });
      }
    },
    ruby(file, { report, settings }) {
      for (const { argument, kind } of rb.sinkArguments(file)) {
        const found = rb.secretIn(file, argument, settings.secretNames);
        if (found && !(kind === 'response' && rb.isIssuedToken(file, found))) report(tsh.spanOf(argument), 'loggedCode', { name: tsh.textOf(file, found).slice(0, 60), sink: tsh.SINK_WORDS[kind] });
      }
    },
  },
});
