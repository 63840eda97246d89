<?php
// Seeds a test account with the shop's products. Run: php dev/seed.php

require __DIR__ . '/../vendor/autoload.php';

// ruleid: secret-key-literal, unpinned-api-version
$stripe = new \Stripe\StripeClient('sk_test_YOUR_KEY');

$products = [
    ['name' => 'Sourdough loaf', 'price' => 650],
    ['name' => 'Rye bread', 'price' => 550],
    ['name' => 'Croissant (box of 6)', 'price' => 1200],
];

foreach ($products as $p) {
    $product = $stripe->products->create([
        'name' => $p['name'],
        // ok: secret-in-metadata
        'metadata' => ['source' => 'dev-seed', 'tier' => 'bakery'],
    ]);
    $stripe->prices->create(['product' => $product->id, 'unit_amount' => $p['price'], 'currency' => 'usd']);
    echo $p['name'] . ' => ' . $product->id . PHP_EOL;
}
