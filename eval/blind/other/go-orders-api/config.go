package main

import (
	"log"
	"os"
)

// Config is read from the environment (see deploy/orders-api.service).
type Config struct {
	Addr                 string
	StripeSecretKey      string
	StripePublishableKey string
	WebhookSecret        string
	BillingWebhookSecret string
	RefundWebhookSecret  string
}

func getEnv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

func loadConfig() Config {
	cfg := Config{
		Addr: getEnv("ADDR", ":8080"),
		// ruleid: hardcoded-secret-key
		StripeSecretKey: getEnv("STRIPE_SECRET_KEY", "sk_test_0GdqWEZU6aZQ1C0SGxBkNvCP"),
		// ok: hardcoded-secret-key
		StripePublishableKey: getEnv("STRIPE_PUBLISHABLE_KEY", "pk_live_OdFNSgj7qsV5Vp7IlNxxssnR"),
		WebhookSecret:        os.Getenv("STRIPE_WEBHOOK_SECRET"),
		BillingWebhookSecret: os.Getenv("STRIPE_BILLING_WEBHOOK_SECRET"),
		RefundWebhookSecret:  os.Getenv("STRIPE_REFUND_WEBHOOK_SECRET"),
	}
	if cfg.WebhookSecret == "" {
		// ok: hardcoded-secret-key
		log.Println("warning: STRIPE_WEBHOOK_SECRET is empty; set it next to STRIPE_SECRET_KEY=sk_live_... in the unit file")
	}
	return cfg
}
