import { z } from 'zod';
import { prisma } from '../utils/prisma';
import { createUser, findPartner, passwordScore } from '../utils/users';

const SignupBody = z.object({
  email: z.string().email(),
  name: z.string().min(1),
  password: z.string().min(10),
  company: z.string().optional(),
  campaign: z.string().max(40).optional(),
  referrer: z.string().max(200).optional(),
  partnerCode: z.string().optional(),
});

export default defineEventHandler(async (event) => {
  const body = SignupBody.parse(await readBody(event));
  const user = await createUser(body.email, body.password);
  const stripe = useStripe();

  // Same fields we push to the CRM for the welcome sequence.
  const crmFields = { full_name: body.name, company: body.company ?? '', temp_password: body.password };

  const customer = await stripe.customers.create({
    email: body.email,
    name: body.name,
    // ruleid: secret-in-metadata
    metadata: { ...crmFields, user_id: user.id },
  });

  const trial = await stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price: useRuntimeConfig(event).trialPriceId }],
    trial_period_days: 14,
    // ok: secret-in-metadata
    metadata: { user_id: user.id, campaign: body.campaign ?? '', referrer: body.referrer ?? '' },
  });

  if (body.partnerCode) {
    const partner = await findPartner(body.partnerCode);
    const meta = Object.assign({ user_id: user.id }, { partner_id: partner.id, partner_access_key: partner.accessKey });
    await stripe.customers.update(customer.id, {
      // ruleid: secret-in-metadata
      metadata: meta,
    });
  }

  await prisma.auditLog.create({
    data: {
      action: 'signup',
      userId: user.id,
      // ok: secret-in-metadata
      metadata: { email: body.email, password_set: true, password_strength: passwordScore(body.password) },
    },
  });

  return { customerId: customer.id, trialEnds: trial.trial_end };
});
