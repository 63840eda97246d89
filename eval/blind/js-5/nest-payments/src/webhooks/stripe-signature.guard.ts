import { BadRequestException, CanActivate, ExecutionContext, Injectable, RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import type Stripe from 'stripe';
import { StripeService } from '../stripe/stripe.module';

export type StripeEventRequest = RawBodyRequest<Request> & { stripeEvent?: Stripe.Event };

@Injectable()
export class StripeSignatureGuard implements CanActivate {
  constructor(private readonly stripe: StripeService) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<StripeEventRequest>();
    const signature = req.headers['stripe-signature'];
    // ok: timing-unsafe-signature-compare
    if (typeof signature !== 'string' || !req.rawBody) {
      throw new BadRequestException('Missing Stripe signature');
    }

    try {
      // ok: webhook-raw-body
      req.stripeEvent = this.stripe.client.webhooks.constructEvent(
        req.rawBody,
        signature,
        this.stripe.webhookSecret,
      );
    // ok: webhook-verification-bypassed
    } catch (err) {
      throw new BadRequestException(`Invalid Stripe signature: ${(err as Error).message}`);
    }
    return true;
  }
}
