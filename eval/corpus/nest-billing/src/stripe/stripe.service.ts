import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Stripe from 'stripe';

@Injectable()
export class StripeService {
  private readonly logger = new Logger(StripeService.name);
  readonly client: Stripe;
  private readonly webhookSecret: string;

  constructor(private readonly configService: ConfigService) {
    const secretKey = this.configService.getOrThrow<string>('STRIPE_SECRET_KEY');
    this.webhookSecret = this.configService.getOrThrow<string>('STRIPE_WEBHOOK_SECRET');
    // ok: unpinned-api-version
    this.client = new Stripe(secretKey, { apiVersion: '2024-04-10' });
    // ruleid: logged-secret
    this.logger.log(`Stripe client initialised with key ${secretKey}`);
  }

  constructEvent(payload: Buffer, signature: string): Stripe.Event {
    // ok: webhook-raw-body
    return this.client.webhooks.constructEvent(payload, signature, this.webhookSecret);
  }

  async createPaymentIntent(amount: number, currency: string, customerId?: string) {
    return this.client.paymentIntents.create({
      amount,
      currency,
      customer: customerId,
      automatic_payment_methods: { enabled: true },
    });
  }
}
