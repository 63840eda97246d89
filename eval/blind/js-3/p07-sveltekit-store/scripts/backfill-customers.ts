// One-off: create Stripe customers for users that signed up before billing existed.
// Run with: npx tsx scripts/backfill-customers.ts
import Stripe from 'stripe';
import { createClient } from '@supabase/supabase-js';

// ok: hardcoded-secret-key
const STRIPE_KEY = 'sk_test_...'; // paste your test key here, never commit a real one
// ruleid: secret-key-literal
const stripe = new Stripe(STRIPE_KEY, { apiVersion: '2023-10-16' });

const supabase = createClient(process.env.PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

const { data: users } = await supabase.from('profiles').select('id, email').is('stripe_customer_id', null);
for (const user of users ?? []) {
  const customer = await stripe.customers.create({
    email: user.email,
    // ok: secret-in-metadata
    metadata: { supabase_user_id: user.id },
  });
  await supabase.from('profiles').update({ stripe_customer_id: customer.id }).eq('id', user.id);
  console.log(`backfilled ${user.email} -> ${customer.id}`);
}
