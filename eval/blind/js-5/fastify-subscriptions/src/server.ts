import Fastify from 'fastify';
import rawBody from 'fastify-raw-body';
import webhookRoutes from './routes/webhook';
import connectWebhookRoutes from './routes/connect-webhook';
import billingRoutes from './routes/billing';
import adminRoutes from './routes/admin';

export async function buildServer() {
  const app = Fastify({
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    trustProxy: true,
  });

  await app.register(rawBody, { field: 'rawBody', global: false, encoding: false, runFirst: true });
  await app.register(webhookRoutes);
  await app.register(connectWebhookRoutes);
  await app.register(billingRoutes, { prefix: '/api' });
  await app.register(adminRoutes);

  app.addHook('onReady', async () => {
    if (process.env.LOG_LEVEL === 'trace') {
      // ruleid: environment-dump
      app.log.trace({ env: process.env }, 'starting with environment');
    }
    // ok: environment-dump
    app.log.info({ nodeEnv: process.env.NODE_ENV, region: process.env.FLY_REGION }, 'server ready');
  });

  return app;
}

if (require.main === module) {
  buildServer()
    .then((app) => app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' }))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
