<?php

require_once 'shared.php';

header('Content-Type: application/json');

try {
  // retrieve JSON from POST body
  $jsonStr = file_get_contents('php://input');
  $jsonObj = json_decode($jsonStr);

  // Create a PaymentIntent with amount and currency
  $paymentIntent = $stripe->paymentIntents->create([
    'amount' => calculateOrderAmount($jsonObj->items),
    'currency' => 'usd',
    'automatic_payment_methods' => [
      'enabled' => true,
    ],
    // ok: secret-in-metadata
    'metadata' => ['integration_check' => 'accept_a_payment'],
  ]);

  $output = [
    'clientSecret' => $paymentIntent->client_secret,
  ];

  echo json_encode($output);
} catch (Error $e) {
  http_response_code(500);
  echo json_encode(['error' => $e->getMessage()]);
}
