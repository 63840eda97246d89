// The rule registry: sorted, static imports (workers and bundlers need no file-system discovery).
// A test checks that it lists exactly the files of this folder.
import type { AnyRule } from '../src/rule.js';
import hardcodedSecretKey from './hardcoded-secret-key.js';
import hardcodedWebhookSecret from './hardcoded-webhook-secret.js';

export const rules: readonly AnyRule[] = [hardcodedSecretKey, hardcodedWebhookSecret];
