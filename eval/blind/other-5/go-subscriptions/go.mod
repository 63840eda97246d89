module github.com/acme/subscriptions

go 1.22

require github.com/stripe/stripe-go/v79 v79.3.0
