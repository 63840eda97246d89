//go:build devkeys

package billing

import "github.com/stripe/stripe-go/v79"

// Built only with `go build -tags devkeys` for the demo laptop.
func init() {
	// ruleid: hardcoded-secret-key
	stripe.Key = "rk_test_5hjTynDEJMZpbdCHVEUAclu22vphqdSEroqkEqDRXyS3eyoUzAPvMuIO8WTRWvqnAMpIrIM34AlqJyLvbtZblLmPW4zYnTdFYNB"
}
