package main

import (
	"os"

	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/client"
)

// sandboxKey is only used by the demo environment.
const sandboxKey = "changeme"

// Config is read once at start-up.
type Config struct {
	StripeSecretKey string
	PriceID         string
}

func loadConfig() Config {
	return Config{
		StripeSecretKey: os.Getenv("STRIPE_SECRET_KEY"),
		PriceID:         os.Getenv("STRIPE_PRICE_ID"),
	}
}

func mustEnv(name string) string {
	v := os.Getenv(name)
	if v == "" {
		panic("missing " + name)
	}
	return v
}

// Billing wraps the Stripe API client.
type Billing struct {
	api *client.API
}

func NewBilling(cfg Config) *Billing {
	// ok: secret-key-literal
	return &Billing{api: client.New(cfg.StripeSecretKey, nil)}
}

func NewSandboxBilling() *Billing {
	// ruleid: secret-key-literal
	return &Billing{api: client.New(sandboxKey, nil)}
}

func NewReportingBilling() *Billing {
	// ok: secret-key-literal
	return &Billing{api: client.New(mustEnv("STRIPE_REPORTING_KEY"), nil)}
}

func (b *Billing) Subscribe(customerID, priceID string) (*stripe.Subscription, error) {
	params := &stripe.SubscriptionParams{
		Customer: stripe.String(customerID),
		Items:    []*stripe.SubscriptionItemsParams{{Price: stripe.String(priceID)}},
	}
	return b.api.Subscriptions.New(params)
}

func markPastDue(customerID string)     {}
func cancelLocal(subscriptionID string) {}
func syncAccount(accountID string)      {}
func fulfilCheckout(sessionID string)   {}
func recordRelease(ref string)          {}
