<?php

require_once 'shared.php';

// ruleid: unpinned-api-version
\Stripe\Stripe::setApiKey($stripeSecretKey);

// ok: webhook-signature-not-verified
$payload = @file_get_contents('php://input');
$sig_header = $_SERVER['HTTP_STRIPE_SIGNATURE'] ?? '';
$endpoint_secret = $_ENV['STRIPE_WEBHOOK_SECRET'];
$event = null;

try {
  $event = \Stripe\Webhook::constructEvent(
    $payload, $sig_header, $endpoint_secret
  );
} catch (\UnexpectedValueException $e) {
  // Invalid payload
  http_response_code(400);
  exit();
} catch (\Stripe\Exception\SignatureVerificationException $e) {
  // Invalid signature
  http_response_code(400);
  exit();
}

switch ($event->type) {
  case 'payment_intent.succeeded':
    $paymentIntent = \Stripe\PaymentIntent::retrieve($event->data->object->id);
    error_log('💰 Payment received! ' . $paymentIntent->id);
    break;
  case 'payment_intent.payment_failed':
    error_log('❌ Payment failed.');
    break;
  default:
    error_log('Received unknown event type ' . $event->type);
}

http_response_code(200);
