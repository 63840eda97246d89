// The rule registry: sorted, static imports (workers and bundlers need no file-system discovery).
// A test checks that it lists exactly the files of this folder.
import type { AnyRule } from '../src/rule.js';
import clientControlledAmount from './client-controlled-amount.js';
import environmentDump from './environment-dump.js';
import hardcodedSecretKey from './hardcoded-secret-key.js';
import hardcodedWebhookSecret from './hardcoded-webhook-secret.js';
import keyInUrl from './key-in-url.js';
import loggedSecret from './logged-secret.js';
import rawCardData from './raw-card-data.js';
import secretInMetadata from './secret-in-metadata.js';
import secretKeyInClientCode from './secret-key-in-client-code.js';
import secretKeyLiteral from './secret-key-literal.js';
import unpinnedApiVersion from './unpinned-api-version.js';

export const rules: readonly AnyRule[] = [
  clientControlledAmount,
  environmentDump,
  hardcodedSecretKey,
  hardcodedWebhookSecret,
  keyInUrl,
  loggedSecret,
  rawCardData,
  secretInMetadata,
  secretKeyInClientCode,
  secretKeyLiteral,
  unpinnedApiVersion,
];
