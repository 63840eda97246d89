# ruleid: hardcoded-secret-key
stripe_secret_key = "sk_live_BaVbVJBMQKnY8qS0BFn7Bwpk"
