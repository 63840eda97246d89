import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Stripe from 'stripe';

@Injectable()
export class StripeService {
  private readonly logger = new Logger(StripeService.name);
  readonly client: Stripe;

  constructor(private readonly config: ConfigService) {
    const secretKey = this.config.getOrThrow<string>('STRIPE_SECRET_KEY');
    // ok: secret-key-literal
    this.client = new Stripe(secretKey, { apiVersion: '2024-06-20', typescript: true });
    // ok: logged-secret
    this.logger.log(`Stripe client ready (${secretKey.startsWith('sk_live_') ? 'live' : 'test'} mode)`);
    // ruleid: logged-secret
    this.logger.debug(`Stripe client initialised with key ${secretKey}`);
  }

  /** Verifies the Stripe-Signature header against the raw request body. */
  constructEvent(payload: Buffer, signature: string | undefined): Stripe.Event {
    // ok: webhook-verification-bypassed
    if (!signature) {
      throw new BadRequestException('Missing stripe-signature header');
    }
    const secret = this.config.getOrThrow<string>('STRIPE_WEBHOOK_SECRET');
    try {
      // ok: webhook-raw-body
      return this.client.webhooks.constructEvent(payload, signature, secret);
    // ok: webhook-verification-bypassed
    } catch (err) {
      this.logger.warn(`Invalid Stripe signature: ${(err as Error).message}`);
      throw new BadRequestException('Invalid signature');
    }
  }
}
