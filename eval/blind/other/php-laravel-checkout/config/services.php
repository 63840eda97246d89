<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'stripe' => [
        // ok: hardcoded-secret-key
        'key' => env('STRIPE_KEY', 'pk_test_UfklHGjdD0VzksFOd4r8nHb0'),
        // ruleid: hardcoded-secret-key
        'secret' => env('STRIPE_SECRET', 'sk_test_djpnq5NbAuedL4RaBnRBrZsN'),
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),
        'api_version' => '2024-06-20',
    ],

];
