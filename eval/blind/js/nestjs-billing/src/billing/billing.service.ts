import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Stripe from 'stripe';
import { StripeService } from '../stripe/stripe.service';
import { TenantRepository, Tenant } from './tenant.repository';
import { PricingTable } from './pricing.table';

@Injectable()
export class BillingService {
  constructor(
    private readonly stripe: StripeService,
    private readonly tenants: TenantRepository,
    private readonly pricing: PricingTable,
    private readonly config: ConfigService,
  ) {}

  async createTenantSubscription(tenant: Tenant, planId: string, paymentMethodId: string) {
    const customer = await this.stripe.client.customers.create({
      email: tenant.billingEmail,
      name: tenant.name,
      // support asked for the tenant's API key in the Dashboard so they can reproduce issues
      // ruleid: secret-in-metadata
      metadata: { tenant_id: tenant.id, api_key: tenant.apiKey },
      payment_method: paymentMethodId,
      // ok: raw-card-data
      invoice_settings: { default_payment_method: paymentMethodId },
    });

    return this.stripe.client.subscriptions.create({
      customer: customer.id,
      items: [{ price: this.pricing.priceIdFor(planId) }],
      payment_behavior: 'default_incomplete',
      expand: ['latest_invoice.payment_intent'],
      // ok: secret-in-metadata
      metadata: { tenant_id: tenant.id, application_username: tenant.ownerUsername, tier: tenant.tier },
    });
  }

  async createSetupFee(tenant: Tenant, planId: string) {
    return this.stripe.client.paymentIntents.create({
      // ok: client-controlled-amount
      amount: this.pricing.setupFeeCents(planId),
      currency: 'eur',
      customer: tenant.stripeCustomerId,
      automatic_payment_methods: { enabled: true },
    });
  }

  /** Link for a tenant to connect their own Stripe account (Standard Connect). */
  connectOnboardingUrl(): string {
    // ruleid: oauth-missing-state
    return this.stripe.client.oauth.authorizeUrl({
      response_type: 'code',
      scope: 'read_write',
      client_id: this.config.getOrThrow<string>('STRIPE_CONNECT_CLIENT_ID'),
      redirect_uri: `${this.config.get('PUBLIC_URL')}/api/connect/callback`,
    });
  }

  /** Same flow for the new onboarding UI, which stores a CSRF state per tenant. */
  async connectOnboardingUrlV2(tenant: Tenant): Promise<string> {
    const state = await this.tenants.issueOauthState(tenant.id);
    const clientId = this.config.getOrThrow<string>('STRIPE_CONNECT_CLIENT_ID');
    // ok: oauth-missing-state
    return `https://connect.stripe.com/oauth/authorize?response_type=code&scope=read_write&client_id=${clientId}&state=${state}`;
  }

  async syncSubscription(sub: Stripe.Subscription) {
    await this.tenants.updateByCustomer(String(sub.customer), { status: sub.status, currentPeriodEnd: sub.current_period_end });
  }

  async markInvoicePaid(invoice: Stripe.Invoice) {
    await this.tenants.recordPayment(String(invoice.customer), invoice.amount_paid);
  }

  async syncConnectedAccount(account: Stripe.Account) {
    await this.tenants.updateConnectStatus(account.id, account.charges_enabled);
  }
}
