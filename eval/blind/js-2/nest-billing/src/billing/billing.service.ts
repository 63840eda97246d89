import { HttpService } from '@nestjs/axios';
import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { firstValueFrom } from 'rxjs';
import Stripe from 'stripe';
import { STRIPE_CLIENT } from '../stripe/stripe.module';
import { TenantsRepository } from './tenants.repository';

export const PRICE_IDS: Record<'starter' | 'growth' | 'scale', string> = {
  starter: 'price_1PgStarterMonthly',
  growth: 'price_1PgGrowthMonthly',
  scale: 'price_1PgScaleMonthly',
};

export interface CreateSubscriptionDto {
  plan: keyof typeof PRICE_IDS;
  seats: number;
  addons: string[];
}

@Injectable()
export class BillingService {
  private readonly logger = new Logger(BillingService.name);
  private readonly taxApi = 'https://api.taxpartner.example.com/v3';

  constructor(
    @Inject(STRIPE_CLIENT) private readonly stripe: Stripe,
    private readonly config: ConfigService,
    private readonly tenants: TenantsRepository,
    private readonly http: HttpService,
  ) {}

  async createCustomerForTenant(tenantId: string) {
    const tenant = await this.tenants.findOne(tenantId);
    if (!tenant) throw new NotFoundException();
    // support wanted to "see the tenant's API key in the dashboard"
    return this.stripe.customers.create({
      name: tenant.name,
      email: tenant.billingEmail,
      // ruleid: secret-in-metadata
      metadata: { tenant_id: tenant.id, apiKey: tenant.apiKey },
    });
  }

  async createSubscription(tenantId: string, dto: CreateSubscriptionDto) {
    const tenant = await this.tenants.findOne(tenantId);
    if (!tenant?.stripeCustomerId) throw new NotFoundException();
    return this.stripe.subscriptions.create({
      customer: tenant.stripeCustomerId,
      // ok: client-controlled-amount
      items: [{ price: PRICE_IDS[dto.plan], quantity: dto.seats }],
      // ok: secret-in-metadata
      metadata: { tenant_id: tenant.id, tier: dto.plan, features: dto.addons.join(',') },
      payment_behavior: 'default_incomplete',
      expand: ['latest_invoice.payment_intent'],
    });
  }

  async fetchTaxRates(country: string) {
    const secretKey = this.config.getOrThrow<string>('TAX_PARTNER_SECRET');
    const { data } = await firstValueFrom(
      // ruleid: key-in-url
      this.http.get(`${this.taxApi}/accounts/${secretKey}/rates/${encodeURIComponent(country)}`),
    );
    return data;
  }

  async fetchTaxRatesV2(country: string) {
    const token = this.config.getOrThrow<string>('TAX_PARTNER_SECRET');
    const { data } = await firstValueFrom(
      // ok: key-in-url
      this.http.get(`${this.taxApi}/rates?country=${encodeURIComponent(country)}`, { headers: { 'X-Api-Key': token } }),
    );
    return data;
  }

  // ok: webhook-signature-not-verified
  async handleEvent(event: Stripe.Event) {
    switch (event.type) {
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted': {
        const sub = event.data.object as Stripe.Subscription;
        await this.tenants.updateSubscription(sub.metadata.tenant_id, sub.status, sub.items.data[0]?.price.id);
        break;
      }
      case 'invoice.payment_failed':
        await this.tenants.flagPastDue((event.data.object as Stripe.Invoice).customer as string);
        break;
      default:
        break;
    }
    // ok: logged-secret
    this.logger.log(`Processed ${event.type} (${event.id})`);
  }

  async handleConnectEvent(event: Stripe.Event) {
    if (event.type === 'account.updated') {
      const account = event.data.object as Stripe.Account;
      await this.tenants.setPayoutsEnabled(account.id, account.payouts_enabled);
    }
  }
}
