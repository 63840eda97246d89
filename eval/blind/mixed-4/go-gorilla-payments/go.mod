module example.com/payments

go 1.22

require (
	github.com/gorilla/mux v1.8.1
	github.com/stripe/stripe-go/v76 v76.25.0
)
