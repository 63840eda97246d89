module github.com/acme/go-billing

go 1.22

require github.com/stripe/stripe-go/v79 v79.2.0
