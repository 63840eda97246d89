package main

import (
	"log"
	"os"
	"strings"
	"time"

	"github.com/clerk/clerk-sdk-go/v2"
	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v79"
	"gopkg.in/yaml.v3"

	"github.com/acme/marketplace/handlers"
	"github.com/acme/marketplace/internal/billing"
)

type Config struct {
	Addr   string `yaml:"addr"`
	Stripe struct {
		SecretKey        string `yaml:"secret_key"`
		PublishableKey   string `yaml:"publishable_key"`
		WebhookSecretEnv string `yaml:"webhook_secret_env"`
	} `yaml:"stripe"`
	GitHub struct {
		WebhookSecretEnv string `yaml:"webhook_secret_env"`
	} `yaml:"github"`
}

func loadConfig(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cfg Config
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		return nil, err
	}
	if v := os.Getenv("STRIPE_SECRET_KEY"); v != "" {
		cfg.Stripe.SecretKey = v
	}
	return &cfg, nil
}

// requestLogger is a tiny middleware that logs method, path and latency.
func requestLogger() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		log.Printf("%s %s %d %s", c.Request.Method, c.Request.URL.Path, c.Writer.Status(), time.Since(start))
	}
}

func main() {
	cfg, err := loadConfig("config.yaml")
	if err != nil {
		log.Fatalf("config: %v", err)
	}

	// ok: hardcoded-secret-key
	if gin.Mode() == gin.ReleaseMode && !strings.HasPrefix(cfg.Stripe.SecretKey, "sk_live_") {
		log.Fatal("release builds need a live Stripe key")
	}
	// ok: secret-key-literal
	stripe.Key = cfg.Stripe.SecretKey
	if cfg.Stripe.SecretKey == "" && gin.Mode() == gin.DebugMode {
		// ruleid: secret-key-literal
		stripe.Key = "sk_test_..."
	}

	// Clerk handles sign-in for the seller dashboard.
	// ok: hardcoded-secret-key
	clerk.SetKey("sk_test_729DPSH5OKOYVDOhiqggCPoEBLPdMYvHXMrABpV1OF")

	h := handlers.New(
		billing.NewClient(cfg.Stripe.SecretKey),
		os.Getenv(cfg.Stripe.WebhookSecretEnv),
		[]byte(os.Getenv(cfg.GitHub.WebhookSecretEnv)),
	)

	r := gin.New()
	r.Use(gin.Recovery(), requestLogger())
	r.POST("/webhooks/stripe", h.StripeWebhook)
	r.POST("/webhooks/platform", h.PlatformEvents)
	r.POST("/webhooks/billing", h.BillingEvents)
	r.POST("/webhooks/github", h.GitHubWebhook)

	if err := r.Run(cfg.Addr); err != nil {
		log.Fatal(err)
	}
}
