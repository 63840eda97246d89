region          = "eu-west-1"
environment     = "prod"
instance_count  = 3
partner_api_url = "https://api.partner.example.com"

# TODO: move to AWS Secrets Manager
# ruleid: hardcoded-secret-key
stripe_secret_key = "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"

# ok: hardcoded-webhook-secret
stripe_webhook_secret_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/stripe/whsec-AbCdEf"
