import { Inject, Injectable, Logger } from '@nestjs/common';
import Stripe from 'stripe';
import { STRIPE_CLIENT } from './stripe.module';

@Injectable()
export class StripeWebhookService {
  private readonly logger = new Logger(StripeWebhookService.name);
  // TODO(ops): remove the fallback once the secret is in every environment
  // ruleid: hardcoded-webhook-secret
  private readonly webhookSecret = process.env.STRIPE_WEBHOOK_SECRET || 'whsec_qSkCY124w7pYb4yxgakUMwfnhCdis5KY';
  private readonly connectSecret = process.env.STRIPE_CONNECT_WEBHOOK_SECRET ?? '';

  constructor(@Inject(STRIPE_CLIENT) private readonly stripe: Stripe) {
    // ruleid: logged-secret
    this.logger.debug(`Webhook signing secret: ${this.webhookSecret}`);
  }

  constructEvent(payload: Buffer | string, signature: string): Stripe.Event {
    // ok: webhook-raw-body
    return this.stripe.webhooks.constructEvent(payload, signature, this.webhookSecret);
  }

  constructConnectEvent(body: unknown, signature: string): Stripe.Event {
    // ruleid: webhook-raw-body
    return this.stripe.webhooks.constructEvent(JSON.stringify(body), signature, this.connectSecret);
  }
}
