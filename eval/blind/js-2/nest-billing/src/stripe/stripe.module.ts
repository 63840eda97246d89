import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import Stripe from 'stripe';
import { StripeWebhookController } from './webhook.controller';
import { StripeWebhookService } from './webhook.service';

export const STRIPE_CLIENT = Symbol('STRIPE_CLIENT');
export const STRIPE_API_VERSION = '2024-06-20' as const;

@Global()
@Module({
  imports: [ConfigModule],
  controllers: [StripeWebhookController],
  providers: [
    {
      provide: STRIPE_CLIENT,
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        // ok: secret-key-literal, unpinned-api-version
        new Stripe(config.getOrThrow<string>('STRIPE_SECRET_KEY'), {
          apiVersion: STRIPE_API_VERSION,
          maxNetworkRetries: 2,
        }),
    },
    StripeWebhookService,
  ],
  exports: [STRIPE_CLIENT, StripeWebhookService],
})
export class StripeModule {}
