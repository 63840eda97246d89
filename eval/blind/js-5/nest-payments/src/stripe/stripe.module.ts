import { Global, Inject, Injectable, Logger, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import Stripe from 'stripe';

export const STRIPE_CLIENT = Symbol('STRIPE_CLIENT');

@Injectable()
export class StripeService {
  private readonly logger = new Logger(StripeService.name);
  private readonly secretKey: string;

  constructor(
    @Inject(STRIPE_CLIENT) readonly client: Stripe,
    private readonly config: ConfigService,
  ) {
    this.secretKey = this.config.getOrThrow<string>('STRIPE_SECRET_KEY');
    // ok: logged-secret
    this.logger.log(`Stripe running in ${this.secretKey.startsWith('sk_live_') ? 'LIVE' : 'test'} mode`);
    // ruleid: logged-secret
    this.logger.debug(`Stripe client initialised with key ${this.secretKey}`);
  }

  get webhookSecret(): string {
    return this.config.getOrThrow<string>('STRIPE_WEBHOOK_SECRET');
  }
}

@Global()
@Module({
  imports: [ConfigModule],
  providers: [
    {
      provide: STRIPE_CLIENT,
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        // ruleid: unpinned-api-version
        new Stripe(config.getOrThrow<string>('STRIPE_SECRET_KEY'), { maxNetworkRetries: 2, timeout: 20_000 }),
    },
    StripeService,
  ],
  exports: [STRIPE_CLIENT, StripeService],
})
export class StripeModule {}
