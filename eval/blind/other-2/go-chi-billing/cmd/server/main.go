package main

import (
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/client"

	"github.com/acme/billing/internal/billing"
)

// EU account, until the secret-manager migration lands (BILL-812).
// ruleid: hardcoded-secret-key
const euAccountKey = "sk_live_Im5nbChXn7FJPTPfe5xCOrOs"

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	cfg, err := billing.LoadConfig()
	if err != nil {
		logger.Error("config", "err", err)
		os.Exit(1)
	}
	env := os.Getenv("APP_ENV")
	billing.ConfigureStripe(env, cfg)
	billing.ConfigureClerk()

	if raw, err := os.ReadFile("/run/secrets/stripe_secret_key"); err == nil {
		// ok: secret-key-literal
		stripe.Key = strings.TrimSpace(string(raw))
	}
	if mockURL := os.Getenv("STRIPE_MOCK_URL"); mockURL != "" {
		stripe.SetBackend(stripe.APIBackend, stripe.GetBackendWithConfig(stripe.APIBackend, &stripe.BackendConfig{URL: stripe.String(mockURL)}))
		// ruleid: secret-key-literal
		stripe.Key = "placeholder"
	}

	// ok: secret-key-literal
	euClient := client.New(os.Getenv("STRIPE_EU_SECRET_KEY"), nil)
	if os.Getenv("STRIPE_EU_SECRET_KEY") == "" {
		euClient = client.New(euAccountKey, nil)
	}
	_ = euClient

	h := billing.NewHandler(cfg, billing.NewPostgresStore(os.Getenv("DATABASE_URL")), logger)
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Recoverer, middleware.Timeout(30*time.Second))
	r.Post("/webhooks/stripe", h.StripeWebhook)
	r.Post("/webhooks/stripe/billing", h.BillingWebhook)
	r.Post("/webhooks/stripe/legacy", h.LegacyWebhook)
	r.Post("/webhooks/stripe/connect", h.ConnectWebhook)
	r.Post("/webhooks/stripe/payouts", h.PayoutWebhook)
	r.Post("/hooks/github", h.DeployHook)

	logger.Info("listening", "addr", ":8080")
	if err := http.ListenAndServe(":8080", r); err != nil {
		logger.Error("server", "err", err)
	}
}
