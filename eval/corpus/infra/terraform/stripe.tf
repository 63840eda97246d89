variable "stripe_api_key" {
  type      = string
  sensitive = true
}

resource "aws_ssm_parameter" "stripe_secret" {
  name  = "/prod/stripe/secret_key"
  type  = "SecureString"
  value = var.stripe_api_key
}

resource "aws_ssm_parameter" "stripe_webhook_secret" {
  name  = "/prod/stripe/webhook_secret"
  type  = "SecureString"
  # ruleid: hardcoded-webhook-secret
  value = "whsec_a0f3a3912a2ec9d5c993b7cc5fa4b26c91020c81d4984847535692ffd3b83235"
}
