package handlers

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/client"
)

type Handler struct {
	sc            *client.API
	webhookSecret string
	githubSecret  []byte
}

func New(sc *client.API, webhookSecret string, githubSecret []byte) *Handler {
	return &Handler{sc: sc, webhookSecret: webhookSecret, githubSecret: githubSecret}
}

// ok: webhook-signature-not-verified
func (h *Handler) StripeWebhook(c *gin.Context) {
	event, err := h.verifyEvent(c)
	if err != nil {
		log.Printf("stripe webhook rejected: %v", err)
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := processEvent(c.Request.Context(), event); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// ruleid: webhook-signature-not-verified
func (h *Handler) PlatformEvents(c *gin.Context) {
	var event stripe.Event
	if err := c.ShouldBindJSON(&event); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	switch event.Type {
	case "account.updated":
		log.Printf("seller account %s updated", event.Account)
	case "account.application.deauthorized":
		log.Printf("seller %s disconnected", event.Account)
	}
	c.Status(http.StatusOK)
}

// ruleid: webhook-signature-not-verified
func (h *Handler) BillingEvents(c *gin.Context) {
	var evt stripe.Event
	if err := json.NewDecoder(c.Request.Body).Decode(&evt); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if evt.Type == "invoice.payment_failed" {
		var inv stripe.Invoice
		if err := json.Unmarshal(evt.Data.Raw, &inv); err == nil {
			log.Printf("invoice %s failed for %s", inv.ID, inv.Customer.ID)
		}
	}
	c.JSON(http.StatusOK, gin.H{"received": true})
}

// processEvent runs after the signature has been checked by StripeWebhook.
// ok: webhook-signature-not-verified
func processEvent(ctx context.Context, event stripe.Event) error {
	switch event.Type {
	case "checkout.session.completed":
		var sess stripe.CheckoutSession
		if err := json.Unmarshal(event.Data.Raw, &sess); err != nil {
			return err
		}
		log.Printf("order paid: %s", sess.ID)
	case "invoice.paid":
		log.Printf("invoice paid: %s", event.ID)
	}
	return ctx.Err()
}

// ok: webhook-signature-not-verified
func (h *Handler) GitHubWebhook(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil || !validGitHubSignature(h.githubSecret, body, c.GetHeader("X-Hub-Signature-256")) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	switch c.GetHeader("X-GitHub-Event") {
	case "push":
		log.Printf("deploy requested")
	case "ping":
	}
	c.Status(http.StatusNoContent)
}
