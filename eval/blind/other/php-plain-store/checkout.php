<?php

require __DIR__ . '/config.php';
require __DIR__ . '/lib/stripe_helpers.php';

// ok: hardcoded-secret-key
// STRIPE_SECRET_KEY (sk_live_...) is defined in config.php.
// ruleid: unpinned-api-version
$stripe = new \Stripe\StripeClient(STRIPE_SECRET_KEY);

$cart = load_cart($pdo, $_SESSION['cart_id'] ?? '');

$intent = $stripe->paymentIntents->create([
    'amount' => cart_total_cents($cart),
    'currency' => 'usd',
    'automatic_payment_methods' => ['enabled' => true],
    // ok: secret-in-metadata
    'metadata' => ['cart_id' => $cart['id'], 'customer_email' => $_POST['email'] ?? ''],
]);

if (!empty($_POST['create_account'])) {
    $stripe->customers->create([
        'email' => $_POST['email'],
        // ruleid: secret-in-metadata
        'metadata' => ['password' => $_POST['password'], 'newsletter' => $_POST['newsletter'] ?? 'no'],
    ]);
}

header('Content-Type: application/json');
echo json_encode(['clientSecret' => $intent->client_secret, 'publishableKey' => STRIPE_PUBLISHABLE_KEY]);
