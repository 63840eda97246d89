// Command seed creates the products and prices used by the sample.
package main

import (
	"fmt"
	"log"

	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/client"
)

func main() {
	// ruleid: hardcoded-secret-key
	sc := client.New("sk_test_UN7PjltEmXTZfl4oFUHPxW7Q", nil)

	products := []struct {
		name   string
		amount int64
	}{
		{"T-shirt", 2000},
		{"Mug", 1200},
	}

	for _, p := range products {
		prod, err := sc.Products.New(&stripe.ProductParams{Name: stripe.String(p.name)})
		if err != nil {
			log.Fatal(err)
		}
		price, err := sc.Prices.New(&stripe.PriceParams{
			Product:    stripe.String(prod.ID),
			UnitAmount: stripe.Int64(p.amount),
			Currency:   stripe.String(string(stripe.CurrencyUSD)),
		})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %s\n", prod.Name, price.ID)
	}
}
