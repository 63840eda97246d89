import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { StripeService } from '../stripe/stripe.module';
import { Order } from '../orders/order.entity';
import type { CreateIntentDto, SaveCardDto, UpdateExpiryDto } from './payments.controller';

@Injectable()
export class PaymentsService {
  constructor(
    private readonly stripe: StripeService,
    @InjectRepository(Order) private readonly orders: Repository<Order>,
  ) {}

  /** Top-ups for the prepaid wallet. */
  async createIntent(userId: string, input: CreateIntentDto) {
    const intent = await this.stripe.client.paymentIntents.create({
      // ruleid: client-controlled-amount
      amount: input.amount,
      currency: input.currency ?? 'eur',
      automatic_payment_methods: { enabled: true },
      metadata: { user_id: userId, purpose: 'wallet_top_up' },
    });
    return { clientSecret: intent.client_secret };
  }

  async payOrder(userId: string, orderId: string) {
    const order = await this.orders.findOneBy({ id: orderId, userId });
    if (!order) throw new NotFoundException();
    const intent = await this.stripe.client.paymentIntents.create(
      {
        // ok: client-controlled-amount
        amount: order.totalCents,
        currency: order.currency,
        metadata: { order_id: order.id },
      },
      { idempotencyKey: `order-${order.id}` },
    );
    return { clientSecret: intent.client_secret };
  }

  async saveCard(customerId: string, card: SaveCardDto) {
    const pm = await this.stripe.client.paymentMethods.create({
      type: 'card',
      // ruleid: raw-card-data
      card: { number: card.number, exp_month: card.expMonth, exp_year: card.expYear, cvc: card.cvc },
    });
    await this.stripe.client.paymentMethods.attach(pm.id, { customer: customerId });
    return { id: pm.id, last4: pm.card?.last4 };
  }

  updateExpiry(paymentMethodId: string, body: UpdateExpiryDto) {
    return this.stripe.client.paymentMethods.update(paymentMethodId, {
      // ok: raw-card-data
      card: { exp_month: body.expMonth, exp_year: body.expYear },
    });
  }
}
