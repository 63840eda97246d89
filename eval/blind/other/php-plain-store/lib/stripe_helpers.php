<?php

// Read-only key used for the monthly sales report.
// ruleid: hardcoded-secret-key
const REPORTING_KEY = 'rk_live_ZsKXi872pslNxgJFCENtUMdB';

function verify_stripe_event(string $payload, string $sigHeader): ?\Stripe\Event
{
    try {
        return \Stripe\Webhook::constructEvent($payload, $sigHeader, STRIPE_WEBHOOK_SECRET);
    } catch (\UnexpectedValueException | \Stripe\Exception\SignatureVerificationException $e) {
        error_log('Stripe webhook rejected: ' . $e->getMessage());
        return null;
    }
}

function reporting_client(): \Stripe\StripeClient
{
    // ruleid: unpinned-api-version
    return new \Stripe\StripeClient(REPORTING_KEY);
}

function load_cart(PDO $pdo, string $cartId): array
{
    $stmt = $pdo->prepare('SELECT * FROM carts WHERE id = ?');
    $stmt->execute([$cartId]);
    $cart = $stmt->fetch(PDO::FETCH_ASSOC) ?: ['id' => $cartId, 'items' => '[]'];
    $cart['items'] = json_decode($cart['items'], true);
    return $cart;
}

function cart_total_cents(array $cart): int
{
    $total = 0;
    foreach ($cart['items'] as $item) {
        $total += $item['unit_price_cents'] * $item['quantity'];
    }
    return $total;
}

// ruleid: webhook-signature-not-verified
function handle_connect_event(): void
{
    $event = json_decode(file_get_contents('php://input'), true);

    switch ($event['type'] ?? '') {
        case 'account.updated':
            error_log('Connected account updated: ' . $event['account']);
            break;
        case 'payout.failed':
            error_log('Payout failed: ' . $event['data']['object']['id']);
            break;
    }
    http_response_code(200);
}
