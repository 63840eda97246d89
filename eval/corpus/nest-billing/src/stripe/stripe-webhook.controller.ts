import { BadRequestException, Controller, Headers, HttpCode, Logger, Post, RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import type Stripe from 'stripe';
import { StripeService } from './stripe.service';
import { OrdersService } from '../orders/orders.service';

@Controller('stripe')
export class StripeWebhookController {
  private readonly logger = new Logger(StripeWebhookController.name);

  constructor(private readonly stripeService: StripeService, private readonly orders: OrdersService) {}

  @Post('webhook')
  @HttpCode(200)
  // ok: webhook-signature-not-verified
  async handleWebhook(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    if (!signature || !req.rawBody) throw new BadRequestException('Missing signature');
    let event: Stripe.Event;
    try {
      event = this.stripeService.constructEvent(req.rawBody, signature);
    } catch (err) {
      this.logger.warn(`Invalid Stripe signature: ${(err as Error).message}`);
      throw new BadRequestException('Invalid signature');
    }

    switch (event.type) {
      case 'payment_intent.succeeded':
        await this.orders.markPaid(event.data.object.metadata.orderId, event.data.object.id);
        break;
      case 'payment_intent.payment_failed':
        await this.orders.markFailed(event.data.object.metadata.orderId);
        break;
    }
    return { received: true };
  }
}
