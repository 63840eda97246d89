<?php
require 'vendor/autoload.php';

// Sample key from the Stripe docs.
// ruleid: hardcoded-secret-key, unpinned-api-version
\Stripe\Stripe::setApiKey('sk_test_4eC39HqLyjWDarjtT1zdp7dc');

$customer = \Stripe\Customer::create([
    'email' => $_POST['email'],
    'payment_method' => $_POST['payment_method'],
]);

$intent = \Stripe\PaymentIntent::create([
    'amount' => 1099,
    'currency' => 'eur',
    'customer' => $customer->id,
    'payment_method' => $_POST['payment_method'],
    'confirm' => true,
    'return_url' => 'https://example.com/return',
]);

echo json_encode(['status' => $intent->status]);
