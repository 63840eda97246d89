import { defineRule } from '../src/rule.js';
import { WHOLE_ENVIRONMENT_KEYWORDS } from '../src/keywords.js';
import { carriesWholeEnvironment, sinkArguments, sinkSpan } from '../src/lang/js.js';
import * as py from '../src/lang/python.js';
import * as rb from '../src/lang/ruby.js';
import * as tsh from '../src/lang/tree-sitter-helpers.js';

export default defineRule({
  meta: {
    id: 'environment-dump',
    level: 'error',
    languages: ['js', 'python', 'ruby'],
    summary: 'Whole process environment sent in an HTTP response or written to a log',
    why: [
      '`process.env` holds every secret the server has: the Stripe secret key, the webhook signing secret,',
      'database URLs with passwords, cloud credentials. A debug route that returns it, or a start-up log',
      'that prints it, hands all of them to whoever calls the route or reads the logs (log platforms, support',
      'staff, error trackers). Such code is usually written to debug a deployment and then forgotten.',
    ].join(' '),
    fix: [
      'Return or log only the specific, non-secret settings you need (`NODE_ENV`, a version, whether a key is',
      'configured as a boolean). Remove debug routes that expose configuration.',
    ].join(' '),
    examples: [
      {
        language: 'js',
        file: 'src/routes/debug.ts',
        bad: "import type { Request, Response } from 'express';\n\nexport function debugConfig(req: Request, res: Response) {\n  res.json({ env: process.env });\n}\n",
        fix: "import type { Request, Response } from 'express';\n\nexport function debugConfig(req: Request, res: Response) {\n  res.json({ nodeEnv: process.env.NODE_ENV, stripeConfigured: Boolean(process.env.STRIPE_SECRET_KEY) });\n}\n",
      },
    ],
    references: [
      'https://docs.stripe.com/keys-best-practices',
      'https://cwe.mitre.org/data/definitions/215.html',
      'https://owasp.org/Top10/A05_2021-Security_Misconfiguration/',
    ],
    messages: {
      dumpedCode: 'The whole environment ({{value}}) is sent to {{sink}}, with every secret in it; send only the values that are needed.',
      response: 'The whole environment (`{{value}}`) is sent in an HTTP response, with the Stripe secret key and every other secret in it; return only the specific non-secret settings needed.',
      log: 'The whole environment (`{{value}}`) is written to a log, with the Stripe secret key and every other secret in it; log only the specific non-secret settings needed.',
    },
    keywords: WHOLE_ENVIRONMENT_KEYWORDS,
    sarif: { securitySeverity: 8.5, precision: 'high', tags: ['security', 'secrets', 'external/cwe/cwe-215'] },
  },
  checks: {
    js(file, { report }) {
      for (const sink of sinkArguments(file)) {
        const env = carriesWholeEnvironment(file, sink.value);
        if (!env) continue;
        report(sinkSpan(file, sink.value, env), sink.kind === 'response' ? 'response' : 'log', { value: env.getText(file.sourceFile).slice(0, 40) });
      }
    },
    python(file, { report }) {
      for (const { argument, kind } of py.sinkArguments(file)) {
        if (py.wholeEnvironmentIn(file, argument)) report(tsh.spanOf(argument), 'dumpedCode', { value: '`os.environ`', sink: tsh.SINK_WORDS[kind] });
      }
    },
    ruby(file, { report }) {
      for (const { argument, kind } of rb.sinkArguments(file)) {
        if (rb.wholeEnvironmentIn(file, argument)) report(tsh.spanOf(argument), 'dumpedCode', { value: '`ENV`', sink: tsh.SINK_WORDS[kind] });
      }
    },
  },
});
