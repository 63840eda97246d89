<?php

namespace Database\Seeders;

use App\Models\Plan;
use Illuminate\Database\Seeder;
use Stripe\StripeClient;

class StripeCatalogSeeder extends Seeder
{
    public function run(): void
    {
        // Local seeding only: paste your own test key.
        // ruleid: secret-key-literal
        $stripe = new StripeClient('sk_test_...');

        foreach (Plan::all() as $plan) {
            $product = $stripe->products->create([
                'name' => $plan->name,
                // ok: secret-in-metadata
                'metadata' => ['plan_id' => $plan->id, 'tier' => $plan->tier],
            ]);
            $price = $stripe->prices->create([
                'product' => $product->id,
                'unit_amount' => $plan->price_cents,
                'currency' => 'usd',
                'recurring' => ['interval' => 'month'],
            ]);
            $plan->update(['stripe_price_id' => $price->id]);
        }
    }
}
