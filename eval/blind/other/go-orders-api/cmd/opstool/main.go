// Command opstool bundles one-off maintenance jobs for orders-api.
//
// ok: hardcoded-secret-key
// Most modes need STRIPE_SECRET_KEY (sk_test_... or sk_live_...) in the environment.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/stripe/stripe-go/v78"
	"github.com/stripe/stripe-go/v78/client"
	"github.com/stripe/stripe-go/v78/customer"
)

func main() {
	mode := flag.String("mode", "dry-run", "backfill | seed | local | report | export | dry-run")
	flag.Parse()

	switch *mode {
	case "backfill":
		// One-off backfill, run from a laptop during the migration.
		// ruleid: hardcoded-secret-key
		stripe.Key = "sk_live_NL1aY9tk4is5cYX5PuqR4Q2r"
		backfill()
	case "seed":
		// ruleid: secret-key-literal
		sc := client.New("sk_test_YOUR_KEY", nil)
		seed(sc)
	case "local":
		// ruleid: secret-key-literal
		stripe.Key = "sk_test_..."
		backfill()
	case "report":
		// ruleid: hardcoded-secret-key
		sc := client.New("rk_live_RmRPZ5kH5SoQmbcw1TSwxDmj", nil)
		report(sc)
	case "export":
		// ok: secret-key-literal
		sc := client.New(os.Getenv("STRIPE_RESTRICTED_KEY"), nil)
		report(sc)
	default:
		// ok: secret-key-literal
		stripe.Key = os.Getenv("STRIPE_SECRET_KEY")
		backfill()
	}
}

func backfill() {
	params := &stripe.CustomerListParams{}
	params.Limit = stripe.Int64(100)
	iter := customer.List(params)
	n := 0
	for iter.Next() {
		n++
	}
	if err := iter.Err(); err != nil {
		log.Fatalf("listing customers: %v", err)
	}
	fmt.Printf("checked %d customers\n", n)
}

func seed(sc *client.API) {
	for _, name := range []string{"Widget", "Gadget"} {
		p, err := sc.Products.New(&stripe.ProductParams{Name: stripe.String(name)})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(name, p.ID)
	}
}

func report(sc *client.API) {
	iter := sc.BalanceTransactions.List(&stripe.BalanceTransactionListParams{})
	var total int64
	for iter.Next() {
		total += iter.BalanceTransaction().Net
	}
	fmt.Printf("net: %d\n", total)
}
