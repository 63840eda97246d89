module github.com/acme/orders-api

go 1.22

require github.com/stripe/stripe-go/v78 v78.12.0
