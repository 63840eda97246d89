<?php

require __DIR__ . '/config.php';
require __DIR__ . '/lib/stripe_helpers.php';

// ok: webhook-signature-not-verified
function handle_webhook(PDO $pdo): void
{
    $payload = @file_get_contents('php://input');
    $sigHeader = $_SERVER['HTTP_STRIPE_SIGNATURE'] ?? '';

    try {
        $event = \Stripe\Webhook::constructEvent($payload, $sigHeader, STRIPE_WEBHOOK_SECRET);
    } catch (\UnexpectedValueException $e) {
        http_response_code(400);
        exit();
    } catch (\Stripe\Exception\SignatureVerificationException $e) {
        http_response_code(400);
        exit();
    }

    switch ($event->type) {
        case 'payment_intent.succeeded':
            $intent = $event->data->object;
            $pdo->prepare('UPDATE orders SET status = ? WHERE payment_intent = ?')->execute(['paid', $intent->id]);
            break;
        case 'payment_intent.payment_failed':
            error_log('Payment failed: ' . $event->data->object->id);
            break;
    }
    http_response_code(200);
}

// ok: webhook-signature-not-verified
function handle_refund_webhook(PDO $pdo): void
{
    $event = verify_stripe_event(@file_get_contents('php://input'), $_SERVER['HTTP_STRIPE_SIGNATURE'] ?? '');
    if ($event === null) {
        http_response_code(400);
        return;
    }
    if ($event->type === 'charge.refunded') {
        $pdo->prepare('UPDATE orders SET status = ? WHERE charge_id = ?')->execute(['refunded', $event->data->object->id]);
    }
    http_response_code(200);
}

match ($_GET['hook'] ?? 'main') {
    'refunds' => handle_refund_webhook($pdo),
    'connect' => handle_connect_event(),
    default => handle_webhook($pdo),
};
