import Fastify from 'fastify';
import rawBody from 'fastify-raw-body';
import secureSession from '@fastify/secure-session';
import { config } from './stripe.js';
import { connectRoutes } from './routes/connect.js';
import { paymentRoutes } from './routes/payments.js';
import { webhookRoutes } from './routes/webhooks.js';

const app = Fastify({ logger: true });

await app.register(rawBody, { field: 'rawBody', global: false, encoding: false, runFirst: true });
await app.register(secureSession, {
  key: Buffer.from(process.env.SESSION_KEY_HEX ?? '', 'hex'),
  cookie: { path: '/', httpOnly: true, secure: true, sameSite: 'lax' },
});

await app.register(connectRoutes);
await app.register(paymentRoutes);
await app.register(webhookRoutes);

// ruleid: logged-secret
app.log.info({ stripeKey: config.stripeSecretKey, publicUrl: config.publicUrl }, 'loaded config');
// ok: logged-secret
app.log.info({ stripeKeyLast4: config.stripeSecretKey?.slice(-4) }, 'stripe configured');

await app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
