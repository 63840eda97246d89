// Package billing wraps the Stripe client used by the marketplace.
package billing

import (
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/client"
)

// platformKey is filled in by whoever runs the one-off migration.
const platformKey = "<your platform secret key>"

// NewClient builds a per-service Stripe client from configuration.
func NewClient(secretKey string) *client.API {
	// ok: secret-key-literal
	return client.New(secretKey, nil)
}

// NewDocsClient mirrors the snippet in docs/payments.md.
func NewDocsClient() *client.API {
	// ruleid: secret-key-literal
	return client.New("sk_test_YOUR_SECRET_KEY", nil)
}

// UseLegacyPlatform switches the global key to the old platform account.
func UseLegacyPlatform() {
	// ruleid: secret-key-literal
	stripe.Key = platformKey
}
