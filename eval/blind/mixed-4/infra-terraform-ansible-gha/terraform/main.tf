terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    stripe = {
      source  = "lukasaron/stripe"
      version = "~> 1.9"
    }
  }
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
}

provider "stripe" {
  # ok: hardcoded-secret-key
  api_key = var.stripe_secret_key
}

provider "stripe" {
  alias = "sandbox"
  # ruleid: hardcoded-secret-key
  api_key = "rk_test_5L2ug3oIaCfCh95aMwBwJ5Zb"
}

resource "aws_secretsmanager_secret" "stripe" {
  name = "payments/stripe"
}

resource "aws_secretsmanager_secret_version" "stripe" {
  secret_id = aws_secretsmanager_secret.stripe.id
  secret_string = jsonencode({
    # ok: hardcoded-secret-key
    STRIPE_SECRET_KEY = var.stripe_secret_key
    # ruleid: hardcoded-webhook-secret
    STRIPE_WEBHOOK_SECRET = "whsec_KUVcZ87ImFPqjahAcr9YLg6XZmpXdovP"
  })
}

resource "stripe_webhook_endpoint" "orders" {
  provider       = stripe.sandbox
  url            = "https://api.acme.dev/webhooks/stripe"
  enabled_events = ["checkout.session.completed", "invoice.paid"]
}

output "webhook_secret" {
  # ok: hardcoded-webhook-secret
  value     = stripe_webhook_endpoint.orders.secret
  sensitive = true
}
