package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stripe/stripe-go/v78"
	"github.com/stripe/stripe-go/v78/webhook"
)

// ok: hardcoded-webhook-secret
const testWebhookSecret = "whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

func init() {
	// ruleid: secret-key-literal
	stripe.Key = "sk_test_xxx"
}

func TestWebhookRejectsBadSignature(t *testing.T) {
	srv := &server{cfg: Config{WebhookSecret: testWebhookSecret}, orders: NewOrderStore()}
	req := httptest.NewRequest(http.MethodPost, "/webhooks/stripe", strings.NewReader(`{"type":"payment_intent.succeeded"}`))
	req.Header.Set("Stripe-Signature", "t=1,v1=deadbeef")
	rec := httptest.NewRecorder()
	srv.handleWebhook(rec, req)
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("expected 400, got %d", rec.Code)
	}
}

func TestWebhookAcceptsSignedEvent(t *testing.T) {
	body := `{"id":"evt_1","object":"event","type":"payment_intent.payment_failed","api_version":"` + stripe.APIVersion + `","data":{"object":{}}}`
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{
		Payload:   []byte(body),
		Secret:    testWebhookSecret,
		Timestamp: time.Now(),
	})
	srv := &server{cfg: Config{WebhookSecret: testWebhookSecret}, orders: NewOrderStore()}
	req := httptest.NewRequest(http.MethodPost, "/webhooks/stripe", strings.NewReader(body))
	req.Header.Set("Stripe-Signature", signed.Header)
	rec := httptest.NewRecorder()
	srv.handleWebhook(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("expected 200, got %d", rec.Code)
	}
}
