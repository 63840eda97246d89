module github.com/acme/billing

go 1.22

require (
	github.com/clerk/clerk-sdk-go/v2 v2.0.4
	github.com/go-chi/chi/v5 v5.0.12
	github.com/stripe/stripe-go/v79 v79.3.0
)
