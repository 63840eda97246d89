// Command seed creates test products in a fresh Stripe test account.
package main

import (
	"fmt"

	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/product"
)

func main() {
	// ruleid: hardcoded-secret-key
	stripe.Key = "sk_test_T5zoPS9UxarYEnBfvzRQTmz7"

	for _, name := range []string{"Starter", "Pro", "Enterprise"} {
		p, err := product.New(&stripe.ProductParams{Name: stripe.String(name)})
		if err != nil {
			panic(err)
		}
		fmt.Println(p.ID)
	}
}
