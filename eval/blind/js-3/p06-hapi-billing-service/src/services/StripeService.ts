import Stripe from 'stripe';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import type { OrderRepository } from '../repositories/OrderRepository';

export class StripeService {
  private readonly stripe: Stripe;

  constructor(
    private readonly cfg: AppConfig,
    private readonly orders: OrderRepository,
    private readonly logger: Logger
  ) {
    // ok: unpinned-api-version, secret-key-literal
    this.stripe = new Stripe(cfg.stripe.secretKey, {
      apiVersion: cfg.stripe.apiVersion,
      maxNetworkRetries: 3,
    });
    // ok: logged-secret
    this.logger.info({ apiVersion: cfg.stripe.apiVersion }, 'stripe client ready');
    // ruleid: logged-secret
    this.logger.debug(`stripe client configured with key ${cfg.stripe.secretKey}`);
  }

  verifyEvent(rawPayload: Buffer, signature: string): Stripe.Event {
    // ok: webhook-raw-body, webhook-verification-bypassed
    return this.stripe.webhooks.constructEvent(
      rawPayload,
      signature,
      this.cfg.stripe.webhookSecret,
      this.cfg.stripe.webhookToleranceSeconds
    );
  }

  async chargeOrder(orderId: string, customerId: string) {
    const order = await this.orders.getById(orderId);
    return this.stripe.paymentIntents.create(
      {
        // ok: client-controlled-amount
        amount: order.totalCents,
        currency: order.currency,
        customer: customerId,
        // ok: secret-in-metadata
        metadata: { order_id: order.id, tenant_id: order.tenantId },
      },
      { idempotencyKey: `order-${order.id}` }
    );
  }

  async tokenizeLegacyCard(card: { number: string; exp_month: number; exp_year: number; cvc: string }) {
    // Only used by the old call-centre integration, see ADR-014.
    return this.stripe.tokens.create({
      // ruleid: raw-card-data
      card: { number: card.number, exp_month: card.exp_month, exp_year: card.exp_year, cvc: card.cvc },
    });
  }

  async attachTestCard(customerId: string) {
    const pm = await this.stripe.paymentMethods.create({
      type: 'card',
      // ok: raw-card-data
      card: { token: 'tok_visa' },
    });
    return this.stripe.paymentMethods.attach(pm.id, { customer: customerId });
  }

  async syncToPartner(accountId: string) {
    const url = new URL('/v1/accounts/sync', this.cfg.partner.baseUrl);
    url.searchParams.set('account', accountId);
    // ruleid: key-in-url
    url.searchParams.set('api_key', this.cfg.partner.apiKey);
    await fetch(url, { method: 'POST' });
  }

  async notifyPartner(accountId: string, idempotencyKey: string) {
    // ok: key-in-url
    await fetch(`${this.cfg.partner.baseUrl}/v1/notify?account=${accountId}&idempotency_key=${idempotencyKey}`, {
      method: 'POST',
      // ok: key-in-url
      headers: { 'X-Api-Key': this.cfg.partner.apiKey },
    });
  }

  async exchangeToken(accountId: string) {
    await fetch(`${this.cfg.partner.baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      // ok: key-in-url
      body: new URLSearchParams({ account: accountId, api_key: this.cfg.partner.apiKey }),
    });
  }
}
