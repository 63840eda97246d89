<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        // ruleid: hardcoded-secret-key
        'secret' => env('STRIPE_SECRET', 'sk_live_54SrgvmfCHihIejzjuTkCBMu'),
        // ok: hardcoded-webhook-secret
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET', 'whsec_...'),
        'version' => env('STRIPE_API_VERSION', '2024-06-20'),
    ],

    'paystack' => [
        'secret' => env('PAYSTACK_SECRET_KEY'),
    ],

];
