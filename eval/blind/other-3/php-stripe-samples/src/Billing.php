<?php

namespace Sample;

use Stripe\StripeClient;

final class Billing
{
    private StripeClient $stripe;

    public function __construct()
    {
        // ruleid: unpinned-api-version
        $this->stripe = new StripeClient(getenv('STRIPE_SECRET_KEY'));
    }

    /** Stores the 1099 details collected on the seller onboarding form. */
    public function saveTaxInfo(string $customerId, array $form): void
    {
        $this->stripe->customers->update($customerId, [
            'name' => $form['legal_name'],
            // ruleid: secret-in-metadata
            'metadata' => ['ssn' => $form['ssn'], 'tax_classification' => $form['classification']],
        ]);
    }

    public function tagCustomer(string $customerId, string $tier): void
    {
        // ok: secret-in-metadata
        $this->stripe->customers->update($customerId, ['metadata' => ['tier' => $tier, 'features' => 'priority_support']]);
    }

    public static function isConfigured(): bool
    {
        // ok: unpinned-api-version
        return \Stripe\Stripe::getApiKey() !== null;
    }
}
