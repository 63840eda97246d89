import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

function safeCompare(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  // ok: timing-unsafe-signature-compare
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

async function requireAdmin(request: FastifyRequest, reply: FastifyReply) {
  const token = String(request.headers['x-admin-token'] ?? '');
  // ok: timing-unsafe-signature-compare
  if (!safeCompare(token, process.env.ADMIN_TOKEN ?? crypto.randomUUID())) {
    return reply.code(401).send({ error: 'unauthorized' });
  }
}

// Shipping partner callbacks are signed with HMAC-SHA256 of the raw body.
async function verifyPartnerSignature(request: FastifyRequest, reply: FastifyReply) {
  const signature = request.headers['x-partner-signature'];
  const expected = crypto
    .createHmac('sha256', process.env.PARTNER_WEBHOOK_SECRET!)
    .update(request.rawBody as Buffer)
    .digest('hex');
  // ruleid: timing-unsafe-signature-compare
  if (signature !== expected) {
    return reply.code(401).send({ error: 'bad signature' });
  }
}

export default async function adminRoutes(fastify: FastifyInstance) {
  fastify.get('/admin/debug/env', { preHandler: requireAdmin }, async (request, reply) => {
    // ruleid: environment-dump
    return reply.send({ env: process.env, pid: process.pid, memory: process.memoryUsage() });
  });

  fastify.post('/admin/reindex', { preHandler: requireAdmin }, async (request, reply) => {
    // ok: environment-dump
    const child = spawn(process.execPath, ['scripts/reindex.js'], { env: process.env, stdio: 'inherit' });
    child.on('exit', (code) => request.log.info({ code }, 'reindex finished'));
    return reply.code(202).send({ started: true });
  });

  fastify.post(
    '/partners/shipping/callback',
    { config: { rawBody: true }, preHandler: verifyPartnerSignature },
    async (request) => {
      request.log.info({ body: request.body }, 'shipping update');
      return { ok: true };
    },
  );
}
