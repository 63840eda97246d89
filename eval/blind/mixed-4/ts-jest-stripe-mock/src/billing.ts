import type Stripe from 'stripe';

export async function createInvoiceFor(stripe: Stripe, customerId: string) {
  return stripe.invoices.create({
    customer: customerId,
    auto_advance: false,
    // ok: secret-in-metadata
    metadata: { source: 'jest-suite', tier: 'standard' },
  });
}

export async function markPaid(invoiceId: string): Promise<void> {
  console.log(`invoice ${invoiceId} marked paid`);
}
