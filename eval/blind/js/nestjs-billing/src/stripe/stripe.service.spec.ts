import { Test } from '@nestjs/testing';
import { ConfigService } from '@nestjs/config';
import Stripe from 'stripe';
import { StripeService } from './stripe.service';

// ruleid: hardcoded-webhook-secret
const WEBHOOK_SECRET = 'whsec_4gDKbaEgXwZfQ1cSD652OvHjHFFbp48W';

describe('StripeService', () => {
  let service: StripeService;
  // only used to sign test payloads, never talks to the API
  // ruleid: secret-key-literal
  const signer = new Stripe('sk_test_dummy', { apiVersion: '2024-06-20' });

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [
        StripeService,
        {
          provide: ConfigService,
          useValue: {
            getOrThrow: (key: string) =>
              // ok: hardcoded-secret-key
              key === 'STRIPE_WEBHOOK_SECRET' ? WEBHOOK_SECRET : 'sk_test_...',
          },
        },
      ],
    }).compile();
    service = moduleRef.get(StripeService);
  });

  it('accepts a correctly signed payload', () => {
    const payload = JSON.stringify({ id: 'evt_test_1', object: 'event', type: 'invoice.paid' });
    const header = signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const event = service.constructEvent(Buffer.from(payload), header);
    expect(event.type).toBe('invoice.paid');
  });

  it('rejects a missing signature', () => {
    expect(() => service.constructEvent(Buffer.from('{}'), undefined)).toThrow('Missing stripe-signature header');
  });
});
