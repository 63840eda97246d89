import { onCall, onRequest, HttpsError } from 'firebase-functions/v2/https';
import * as functionsV1 from 'firebase-functions/v1';
import { getFirestore } from 'firebase-admin/firestore';
import { getStripe, stripeSecretKey, priceStarter } from './stripe';

export const createCustomerOnSignup = functionsV1
  .runWith({ secrets: ['STRIPE_SECRET_KEY'] })
  .auth.user()
  .onCreate(async (user) => {
    const customer = await getStripe().customers.create({
      email: user.email,
      // ok: secret-in-metadata
      metadata: { firebaseUID: user.uid },
    });
    await getFirestore().doc(`customers/${user.uid}`).set({ stripeId: customer.id });
  });

export const startSubscription = onCall({ secrets: [stripeSecretKey] }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in first');
  const snap = await getFirestore().doc(`customers/${request.auth.uid}`).get();
  const session = await getStripe().checkout.sessions.create({
    mode: 'subscription',
    customer: snap.get('stripeId'),
    // ok: client-controlled-amount
    line_items: [{ price: priceStarter.value(), quantity: Number(request.data?.seats ?? 1) }],
    success_url: 'https://app.example.com/billing/success',
    cancel_url: 'https://app.example.com/billing',
  });
  return { url: session.url };
});

// Used by the Flutter app's "pay invoice" screen.
export const createPaymentIntent = onRequest({ secrets: [stripeSecretKey], cors: true }, async (req, res) => {
  const { amount, currency = 'eur', uid } = req.body ?? {};
  const profile = (await getFirestore().doc(`profiles/${uid}`).get()).data() ?? {};
  const intent = await getStripe().paymentIntents.create({
    // ruleid: client-controlled-amount
    amount: req.body.amount,
    currency,
    automatic_payment_methods: { enabled: true },
    // ruleid: secret-in-metadata
    metadata: { firebaseUID: uid, personal_info: JSON.stringify({ dob: profile.dob, address: profile.address }) },
  });
  // ok: logged-secret
  res.json({ clientSecret: intent.client_secret, amount });
});
