package main

import (
	"os"
	"testing"

	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/client"
)

func TestMain(m *testing.M) {
	// stripe-mock accepts any key
	// ruleid: secret-key-literal
	stripe.Key = "sk_test_123"
	stripe.SetBackend(stripe.APIBackend, stripe.GetBackendWithConfig(stripe.APIBackend, &stripe.BackendConfig{
		URL: stripe.String("http://localhost:12111"),
	}))
	os.Exit(m.Run())
}

func TestSubscribeAgainstTestAccount(t *testing.T) {
	if os.Getenv("STRIPE_INTEGRATION") == "" {
		t.Skip("integration test")
	}
	// ruleid: hardcoded-secret-key
	b := &Billing{api: client.New("sk_test_dqnPMHKdLEJPcrW37PfLGdZF", nil)}
	if _, err := b.Subscribe("cus_test", "price_test"); err != nil {
		t.Fatal(err)
	}
}
