import { Body, Controller, Param, Post, UseGuards } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import Stripe from 'stripe';
import { STRIPE_CLIENT } from '../stripe/stripe.module';
import { BillingService, type CreateSubscriptionDto } from './billing.service';
import { TenantGuard } from '../auth/tenant.guard';

class CardDto {
  number!: string;
  expMonth!: number;
  expYear!: number;
  cvc!: string;
}

@Controller('billing')
@UseGuards(TenantGuard)
export class BillingController {
  constructor(
    private readonly billing: BillingService,
    @Inject(STRIPE_CLIENT) private readonly stripe: Stripe,
  ) {}

  @Post(':tenantId/subscriptions')
  create(@Param('tenantId') tenantId: string, @Body() dto: CreateSubscriptionDto) {
    return this.billing.createSubscription(tenantId, dto);
  }

  // Back-office "key in a card over the phone" screen.
  @Post(':tenantId/cards')
  async addCard(@Param('tenantId') tenantId: string, @Body() card: CardDto) {
    const token = await this.stripe.tokens.create({
      // ruleid: raw-card-data
      card: { number: card.number, exp_month: card.expMonth, exp_year: card.expYear, cvc: card.cvc },
    });
    const customer = await this.billing.createCustomerForTenant(tenantId);
    return this.stripe.customers.createSource(customer.id, { source: token.id });
  }

  // New flow: the dashboard uses Stripe Elements and sends only the PaymentMethod id.
  @Post(':tenantId/payment-methods')
  async attach(@Param('tenantId') tenantId: string, @Body() body: { paymentMethodId: string; customerId: string }) {
    // ok: raw-card-data
    const pm = await this.stripe.paymentMethods.attach(body.paymentMethodId, { customer: body.customerId });
    return { id: pm.id, brand: pm.card?.brand, last4: pm.card?.last4 };
  }
}
