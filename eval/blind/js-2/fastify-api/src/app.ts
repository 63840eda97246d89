import Fastify from 'fastify';
import fastifyEnv from '@fastify/env';
import stripePlugin from './plugins/stripe';
import webhookRoutes from './routes/webhooks';
import paymentRoutes from './routes/payments';
import connectRoutes from './routes/connect';
import adminRoutes from './routes/admin';

const schema = {
  type: 'object',
  required: ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET'],
  properties: {
    PORT: { type: 'number', default: 8080 },
    STRIPE_SECRET_KEY: { type: 'string' },
    STRIPE_WEBHOOK_SECRET: { type: 'string' },
    STRIPE_CONNECT_CLIENT_ID: { type: 'string' },
    PUBLIC_URL: { type: 'string', default: 'http://localhost:8080' },
  },
};

declare module 'fastify' {
  interface FastifyInstance {
    config: {
      PORT: number;
      STRIPE_SECRET_KEY: string;
      STRIPE_WEBHOOK_SECRET: string;
      STRIPE_CONNECT_CLIENT_ID: string;
      PUBLIC_URL: string;
    };
  }
}

export async function build() {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization'] } });
  await app.register(fastifyEnv, { schema, dotenv: true });
  await app.register(stripePlugin, { secretKey: app.config.STRIPE_SECRET_KEY });

  await app.register(webhookRoutes, { prefix: '/webhooks' });
  await app.register(paymentRoutes, { prefix: '/v1' });
  await app.register(connectRoutes, { prefix: '/connect' });
  await app.register(adminRoutes, { prefix: '/admin' });

  // ok: environment-dump
  app.get('/version', async () => ({ version: process.env.npm_package_version, node: process.version }));
  return app;
}

if (require.main === module) {
  build().then((app) => app.listen({ port: app.config.PORT, host: '0.0.0.0' }));
}
