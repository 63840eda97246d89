<?php
// php bin/refund.php ch_123  -- manual refunds for support
require __DIR__ . '/../vendor/autoload.php';

// ok: hardcoded-secret-key
// ruleid: secret-key-literal
\Stripe\Stripe::setApiKey('sk_test_your_secret_key_here');
\Stripe\Stripe::setApiVersion('2024-06-20');

$refund = \Stripe\Refund::create(['charge' => $argv[1]]);
echo "Refund {$refund->id}: {$refund->status}\n";
