import type { Server, Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';
import type { StripeService } from '../services/StripeService';
import type { SubscriptionService } from '../services/SubscriptionService';
import { verifyPartnerSignature } from '../lib/partnerSignature';

export function registerWebhookRoutes(server: Server, stripeService: StripeService, subs: SubscriptionService) {
  server.route({
    method: 'POST',
    path: '/webhooks/stripe',
    options: {
      auth: false,
      payload: { output: 'data', parse: false, allow: 'application/json' },
      // ok: webhook-signature-not-verified
      handler: async (request: Request, h: ResponseToolkit) => {
        const signature = request.headers['stripe-signature'];
        // ok: timing-unsafe-signature-compare
        if (typeof signature !== 'string') {
          throw Boom.badRequest('missing stripe-signature');
        }
        let event;
        try {
          event = stripeService.verifyEvent(request.payload as Buffer, signature);
          // ok: webhook-verification-bypassed
        } catch (err) {
          request.log(['warn', 'stripe'], (err as Error).message);
          throw Boom.badRequest('invalid signature');
        }
        switch (event.type) {
          case 'invoice.paid':
            await subs.markPaid(event.data.object);
            break;
          case 'invoice.payment_failed':
            await subs.markPastDue(event.data.object);
            break;
        }
        return h.response({ received: true }).code(200);
      },
    },
  });

  // Old path kept for the v1 dashboard endpoint. Payload is parsed JSON.
  server.route({
    method: 'POST',
    path: '/stripe/events',
    options: { auth: false, handler: legacyStripeEvents },
  });

  // ruleid: webhook-signature-not-verified
  async function legacyStripeEvents(request: Request, h: ResponseToolkit) {
    const event = request.payload as { type: string; data: { object: any } };
    if (event.type === 'customer.subscription.deleted') {
      await subs.cancel(event.data.object.id);
    }
    return h.response().code(204);
  }

  server.route({
    method: 'POST',
    path: '/webhooks/partner',
    options: {
      auth: false,
      payload: { output: 'data', parse: false },
      handler: async (request: Request, h: ResponseToolkit) => {
        const ok = verifyPartnerSignature(request.payload as Buffer, request.headers['x-partner-signature']);
        if (!ok) throw Boom.unauthorized();
        return h.response().code(202);
      },
    },
  });
}
