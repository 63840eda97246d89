package billing

import (
	"errors"
	"log/slog"
	"os"
	"strings"

	"github.com/stripe/stripe-go/v79"
)

// Config holds the Stripe settings read at start-up.
type Config struct {
	SecretKey      string
	WebhookSecret  string
	ConnectSecret  string
	PublishableKey string
}

// publishableKey is embedded in the checkout page; it is meant to be public.
// ok: hardcoded-secret-key
const publishableKey = "pk_live_gAcrbvqhBXcMV3hZpNY2L5ZD0aZvy9LJaNqSrJYwCPMvwBvgdRCazO7rCMhBv965dkN1QO3pKy9oF0PJWLQcBUUX5xAYfHlgOyY"

// LoadConfig reads the configuration from the environment.
func LoadConfig() (Config, error) {
	cfg := Config{
		SecretKey:      os.Getenv("STRIPE_SECRET_KEY"),
		WebhookSecret:  os.Getenv("STRIPE_WEBHOOK_SECRET"),
		ConnectSecret:  os.Getenv("STRIPE_CONNECT_WEBHOOK_SECRET"),
		PublishableKey: publishableKey,
	}
	// ok: hardcoded-secret-key
	if cfg.SecretKey != "" && !strings.HasPrefix(cfg.SecretKey, "sk_live_") && !strings.HasPrefix(cfg.SecretKey, "rk_live_") {
		slog.Warn("STRIPE_SECRET_KEY is not a live key")
	}
	if cfg.WebhookSecret == "" {
		return cfg, errors.New("STRIPE_WEBHOOK_SECRET is not set")
	}
	return cfg, nil
}

// ConfigureStripe sets the global key used by the stripe-go resource packages.
// Keys are never written here as `stripe.Key = "sk_live_..."`; they come from cfg.
func ConfigureStripe(env string, cfg Config) {
	switch env {
	case "production", "staging":
		// ok: secret-key-literal
		stripe.Key = cfg.SecretKey
	case "ci":
		// stripe-mock accepts any key.
		// ruleid: secret-key-literal
		stripe.Key = "sk_test_mock"
	case "sandbox":
		// ruleid: hardcoded-secret-key
		stripe.Key = "sk_test_g1MKUk5KGuV7rYYl74HX4pS4"
	default:
		// ruleid: secret-key-literal
		stripe.Key = "sk_test_..."
	}
	slog.Info("stripe configured", "env", env, "live", strings.HasPrefix(stripe.Key, "sk_live_"))
}
