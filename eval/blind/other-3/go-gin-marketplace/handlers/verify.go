package handlers

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/webhook"
)

const maxBodyBytes = int64(65536)

// verifyEvent reads the raw body and checks the Stripe-Signature header.
func (h *Handler) verifyEvent(c *gin.Context) (stripe.Event, error) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, maxBodyBytes)
	payload, err := io.ReadAll(c.Request.Body)
	if err != nil {
		return stripe.Event{}, err
	}
	return webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), h.webhookSecret)
}

// validGitHubSignature checks X-Hub-Signature-256 (GitHub, not Stripe).
func validGitHubSignature(secret, body []byte, header string) bool {
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	expected := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(expected), []byte(header))
}
