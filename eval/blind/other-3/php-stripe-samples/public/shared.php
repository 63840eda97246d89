<?php

require_once __DIR__ . '/../vendor/autoload.php';

$dotenv = Dotenv\Dotenv::createImmutable(__DIR__ . '/..');
$dotenv->safeLoad();

// For sample support and debugging. Not required for production:
// ok: secret-key-literal
\Stripe\Stripe::setAppInfo(
  "stripe-samples/accept-a-payment/custom-payment-flow",
  "0.0.2",
  "https://github.com/stripe-samples"
);

// ruleid: hardcoded-secret-key
$stripeSecretKey = $_ENV['STRIPE_SECRET_KEY'] ?? 'sk_test_cO6nvMy3jNpAX6x3RvV4XBoZ';

// ok: hardcoded-secret-key
if (strpos($stripeSecretKey, 'sk_live_') === 0 && ($_ENV['APP_ENV'] ?? 'dev') !== 'production') {
  error_log('Refusing to use a live key outside production');
  exit(1);
}

// ruleid: unpinned-api-version
$stripe = new \Stripe\StripeClient($stripeSecretKey);

function calculateOrderAmount(array $items): int {
  // Calculate the order total on the server to prevent
  // people from directly manipulating the amount on the client
  $prices = ['tshirt' => 2000, 'mug' => 1200, 'poster' => 1500];
  $total = 0;
  foreach ($items as $item) {
    $total += $prices[$item->id] ?? 0;
  }
  return $total;
}
