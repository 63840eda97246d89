// The rule registry: sorted, static imports (workers and bundlers need no file-system discovery).
// A test checks that it lists exactly the files of this folder.
import type { AnyRule } from '../src/rule.js';
import clientControlledAmount from './client-controlled-amount.js';
import environmentDump from './environment-dump.js';
import hardcodedSecretKey from './hardcoded-secret-key.js';
import hardcodedWebhookSecret from './hardcoded-webhook-secret.js';
import keyInUrl from './key-in-url.js';
import loggedSecret from './logged-secret.js';
import oauthMissingState from './oauth-missing-state.js';
import rawCardData from './raw-card-data.js';
import secretInMetadata from './secret-in-metadata.js';
import secretKeyInClientCode from './secret-key-in-client-code.js';
import secretKeyLiteral from './secret-key-literal.js';
import timingUnsafeSignatureCompare from './timing-unsafe-signature-compare.js';
import unpinnedApiVersion from './unpinned-api-version.js';
import webhookRawBody from './webhook-raw-body.js';
import webhookSignatureNotVerified from './webhook-signature-not-verified.js';
import webhookVerificationBypassed from './webhook-verification-bypassed.js';

export const rules: readonly AnyRule[] = [
  clientControlledAmount,
  environmentDump,
  hardcodedSecretKey,
  hardcodedWebhookSecret,
  keyInUrl,
  loggedSecret,
  oauthMissingState,
  rawCardData,
  secretInMetadata,
  secretKeyInClientCode,
  secretKeyLiteral,
  timingUnsafeSignatureCompare,
  unpinnedApiVersion,
  webhookRawBody,
  webhookSignatureNotVerified,
  webhookVerificationBypassed,
];
