<?php

require __DIR__ . '/../vendor/autoload.php';

session_start();
if (empty($_SESSION['admin'])) {
    http_response_code(403);
    exit('Forbidden');
}

// TODO: read from the vault like config.php does.
// ruleid: secret-key-literal, unpinned-api-version
\Stripe\Stripe::setApiKey('sk_live_xxxxxxxxxxxxxxxxxxxxxxxx');

$refund = \Stripe\Refund::create([
    'payment_intent' => $_POST['payment_intent'],
    'reason' => 'requested_by_customer',
    // ruleid: secret-in-metadata
    'metadata' => ['admin_user' => $_SESSION['admin'], 'admin_password' => $_POST['admin_password']],
]);

echo 'Refund ' . htmlspecialchars($refund->id) . ' is ' . htmlspecialchars($refund->status);
