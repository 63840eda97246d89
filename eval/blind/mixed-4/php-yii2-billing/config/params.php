<?php

return [
    'adminEmail' => 'billing@example.com',
    // ok: hardcoded-secret-key
    'stripeSecretKey' => getenv('STRIPE_SECRET_KEY') ?: 'sk_test_...',
    // ok: hardcoded-webhook-secret
    'stripeWebhookSecret' => getenv('STRIPE_WEBHOOK_SECRET'),
    'stripePriceId' => 'price_1PxYzAbCdEfGhIj',
    // ok: hardcoded-secret-key
    'paystackSecretKey' => 'sk_live_22ce7cacb013b22d5f6388268acb850c813fd521',
    // ok: hardcoded-secret-key
    'flutterwaveSecretKey' => 'FLWSECK_TEST-5f3e9a1c7b2d4e6f8a0b1c2d3e4f5a6b-X',
];
