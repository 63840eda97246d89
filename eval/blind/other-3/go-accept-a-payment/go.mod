module github.com/stripe-samples/accept-a-payment/custom-payment-flow/server/go

go 1.21

require (
	github.com/joho/godotenv v1.5.1
	github.com/stripe/stripe-go/v76 v76.25.0
)
