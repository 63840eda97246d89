package billing

import (
	"os"

	"github.com/clerk/clerk-sdk-go/v2"
)

// ConfigureClerk sets up Clerk, which handles sign-in for the admin console.
func ConfigureClerk() {
	clerkSecretKey := os.Getenv("CLERK_SECRET_KEY")
	if clerkSecretKey == "" {
		// Clerk development instance shared by the team.
		// ok: hardcoded-secret-key
		clerkSecretKey = "sk_test_MpyECqi9s8MnIU8adv03D9wcWSltBhia94vsQhRO"
	}
	clerk.SetKey(clerkSecretKey)
}
