import bunyan from 'bunyan';
import type Stripe from 'stripe';
import { stripe } from '../stripe';

export class RefundService {
  constructor(
    private readonly stripe: Stripe,
    private readonly log: bunyan,
    private readonly apiKey: string,
    private readonly webhookSecret: string,
    private readonly accountingUrl: string,
  ) {}

  refund(paymentIntentId: string, reason: Stripe.RefundCreateParams.Reason) {
    return this.stripe.refunds
      .create({ payment_intent: paymentIntentId, reason })
      .then((refund) => this.notifyAccounting(refund).then(() => refund))
      .catch((err) => {
        // ruleid: logged-secret
        this.log.child({ apiKey: this.apiKey, paymentIntentId }).error({ err }, 'refund failed');
        throw err;
      });
  }

  private async notifyAccounting(refund: Stripe.Refund) {
    // ruleid: key-in-url
    const res = await fetch(`${this.accountingUrl}/hooks/${this.webhookSecret}/refunds`, {
      method: 'POST',
      // ok: key-in-url
      headers: { 'content-type': 'application/json', 'x-api-key': this.apiKey },
      body: JSON.stringify({ id: refund.id, amount: refund.amount, currency: refund.currency }),
    });
    if (!res.ok) throw new Error(`accounting responded ${res.status}`);
  }
}

export const refundService = new RefundService(
  stripe,
  bunyan.createLogger({ name: 'refunds' }),
  process.env.ACCOUNTING_API_KEY!,
  process.env.ACCOUNTING_WEBHOOK_SECRET!,
  process.env.ACCOUNTING_URL!,
);
