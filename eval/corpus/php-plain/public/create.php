<?php
require_once 'init.php';

header('Content-Type: application/json');

function calculateOrderAmount(array $items): int {
    $catalog = ['tshirt' => 2000, 'mug' => 1200];
    $total = 0;
    foreach ($items as $item) {
        $total += ($catalog[$item->id] ?? 0) * max(1, (int) $item->quantity);
    }
    return $total;
}

try {
    $jsonStr = file_get_contents('php://input');
    $jsonObj = json_decode($jsonStr);

    $paymentIntent = \Stripe\PaymentIntent::create([
        'amount' => calculateOrderAmount($jsonObj->items),
        'currency' => 'usd',
        'automatic_payment_methods' => ['enabled' => true],
    ]);

    echo json_encode(['clientSecret' => $paymentIntent->client_secret]);
} catch (Error $e) {
    http_response_code(500);
    echo json_encode(['error' => $e->getMessage()]);
}
