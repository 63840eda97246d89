module github.com/acme/marketplace

go 1.22

require (
	github.com/clerk/clerk-sdk-go/v2 v2.0.4
	github.com/gin-gonic/gin v1.9.1
	github.com/stripe/stripe-go/v79 v79.1.0
	gopkg.in/yaml.v3 v3.0.1
)
