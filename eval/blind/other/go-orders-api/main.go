package main

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v78"
	"github.com/stripe/stripe-go/v78/paymentintent"
)

type server struct {
	cfg    Config
	orders *OrderStore
}

func main() {
	cfg := loadConfig()
	// ok: secret-key-literal
	stripe.Key = cfg.StripeSecretKey

	srv := &server{cfg: cfg, orders: NewOrderStore()}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/stripe", srv.handleWebhook)
	mux.HandleFunc("POST /webhooks/billing", srv.handleBillingWebhook)
	mux.HandleFunc("POST /webhooks/refunds", srv.handleRefundWebhook)
	mux.HandleFunc("POST /webhooks/connect", srv.handleConnectWebhook)
	mux.HandleFunc("POST /webhooks/legacy", srv.handleLegacyWebhook)
	mux.HandleFunc("POST /orders/{id}/pay", srv.handlePayOrder)
	mux.HandleFunc("GET /config", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]string{"publishableKey": cfg.StripePublishableKey})
	})

	log.Printf("orders-api listening on %s", cfg.Addr)
	log.Fatal(http.ListenAndServe(cfg.Addr, mux))
}

func (s *server) handlePayOrder(w http.ResponseWriter, r *http.Request) {
	order, ok := s.orders.Get(r.PathValue("id"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	params := &stripe.PaymentIntentParams{
		Amount:   stripe.Int64(order.TotalCents),
		Currency: stripe.String(string(stripe.CurrencyUSD)),
		AutomaticPaymentMethods: &stripe.PaymentIntentAutomaticPaymentMethodsParams{
			Enabled: stripe.Bool(true),
		},
	}
	params.AddMetadata("order_id", order.ID)
	pi, err := paymentintent.New(params)
	if err != nil {
		log.Printf("create payment intent for %s: %v", order.ID, err)
		http.Error(w, "payment unavailable", http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"clientSecret": pi.ClientSecret})
}
