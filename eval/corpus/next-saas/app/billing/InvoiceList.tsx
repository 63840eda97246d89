'use client';

// ok: secret-key-in-client-code
import type Stripe from 'stripe';
import { formatMoney } from '@/lib/format';

export function InvoiceList({ invoices }: { invoices: Pick<Stripe.Invoice, 'id' | 'amount_paid' | 'currency' | 'hosted_invoice_url'>[] }) {
  return (
    <ul>
      {invoices.map((invoice) => (
        <li key={invoice.id}>
          <a href={invoice.hosted_invoice_url ?? '#'}>{formatMoney(invoice.amount_paid, invoice.currency)}</a>
        </li>
      ))}
    </ul>
  );
}
