import { Body, Controller, HttpCode, Logger, Post, Req, UseGuards } from '@nestjs/common';
import type Stripe from 'stripe';
import { StripeSignatureGuard, StripeEventRequest } from './stripe-signature.guard';
import { BillingService } from '../billing/billing.service';

@Controller('webhooks')
export class WebhooksController {
  private readonly logger = new Logger(WebhooksController.name);

  constructor(private readonly billing: BillingService) {}

  @Post('stripe')
  @HttpCode(200)
  @UseGuards(StripeSignatureGuard)
  // ok: webhook-signature-not-verified
  async handleStripe(@Req() req: StripeEventRequest) {
    const event = req.stripeEvent!;
    switch (event.type) {
      case 'payment_intent.succeeded':
        await this.billing.markPaid(event.data.object as Stripe.PaymentIntent);
        break;
      case 'payment_intent.payment_failed':
        await this.billing.markFailed(event.data.object as Stripe.PaymentIntent);
        break;
      default:
        this.logger.verbose(`ignored ${event.type}`);
    }
    return { received: true };
  }

  // Old endpoint still configured on two connected accounts; remove after migration.
  // ruleid: webhook-signature-not-verified
  @Post('stripe-legacy') @HttpCode(200) async handleLegacy(@Body() event: Stripe.Event) {
    switch (event.type) {
      case 'payment_intent.succeeded':
        await this.billing.markPaid(event.data.object as Stripe.PaymentIntent);
        break;
      case 'charge.dispute.created':
        await this.billing.flagDispute(event.data.object as Stripe.Dispute);
        break;
    }
    return { received: true };
  }
}
