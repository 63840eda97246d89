import { BadRequestException, Body, Controller, Headers, HttpCode, Post, Req, type RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import type Stripe from 'stripe';
import { BillingService } from '../billing/billing.service';
import { StripeWebhookService } from './webhook.service';

@Controller('webhooks')
export class StripeWebhookController {
  constructor(
    private readonly webhooks: StripeWebhookService,
    private readonly billing: BillingService,
  ) {}

  @Post('stripe')
  @HttpCode(200)
  // ok: webhook-signature-not-verified
  async handleStripe(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature?: string) {
    // ok: webhook-verification-bypassed
    if (!signature) throw new BadRequestException('Missing stripe-signature header');

    let event: Stripe.Event;
    try {
      event = this.webhooks.constructEvent(req.rawBody!, signature);
    } catch (err) {
      throw new BadRequestException(`Webhook Error: ${(err as Error).message}`);
    }
    await this.billing.handleEvent(event);
    return { received: true };
  }

  @Post('stripe-connect')
  @HttpCode(200)
  // ok: webhook-signature-not-verified
  async handleConnect(@Body() body: Record<string, unknown>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = this.webhooks.constructConnectEvent(body, signature);
    // ok: webhook-verification-bypassed
    } catch (err) {
      throw new BadRequestException('Invalid signature');
    }
    await this.billing.handleConnectEvent(event);
    return { received: true };
  }
}
