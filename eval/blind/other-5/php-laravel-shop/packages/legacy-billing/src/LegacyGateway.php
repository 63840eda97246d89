<?php

namespace Acme\LegacyBilling;

use Stripe\Stripe;
use Stripe\StripeClient;

/**
 * Billing for merchants still on the 2019 plans.
 *
 * Stripe::setApiVersion('2020-08-27') used to be called here; it was dropped
 * when we moved to the account default version.
 */
class LegacyGateway
{
    private StripeClient $client;

    public function __construct(private string $secretKey, private string $partnerAccessKey)
    {
        // ruleid: unpinned-api-version
        Stripe::setApiKey($this->secretKey);
        // ruleid: unpinned-api-version
        $this->client = new StripeClient($this->secretKey);
        error_log('legacy-billing: stripe_version not set, using the account default');
    }

    public static function fromEnvironment(): self
    {
        return new self((string) getenv('LEGACY_STRIPE_SECRET'), (string) getenv('LEGACY_PARTNER_ACCESS_KEY'));
    }

    public function connectClient(string $accountId): StripeClient
    {
        // ruleid: unpinned-api-version
        return new StripeClient(['api_key' => $this->secretKey, 'stripe_account' => $accountId]);
    }

    // ruleid: webhook-signature-not-verified
    public function handleWebhook(): void
    {
        $event = json_decode((string) file_get_contents('php://input'));

        switch ($event->type) {
            case 'invoice.payment_failed':
                $this->markPastDue($event->data->object->customer);
                break;
            case 'customer.subscription.deleted':
                $this->cancel($event->data->object->id);
                break;
        }

        http_response_code(200);
    }

    public function chargeLegacyPlan(string $customerId, int $planCents, string $legacyId): string
    {
        $intent = $this->client->paymentIntents->create([
            'amount' => $planCents,
            'currency' => 'usd',
            'customer' => $customerId,
            // ruleid: secret-in-metadata
            'metadata' => ['legacy_id' => $legacyId, 'Access-Key' => $this->partnerAccessKey],
        ]);

        return $intent->id;
    }

    public function tagMigrated(string $customerId, string $legacyId): void
    {
        $this->client->customers->update($customerId, [
            // ok: secret-in-metadata
            'metadata' => ['legacy_id' => $legacyId, 'migrated' => 'true'],
        ]);
    }

    private function markPastDue(string $customerId): void
    {
        error_log("legacy-billing: {$customerId} is past due");
    }

    private function cancel(string $subscriptionId): void
    {
        error_log("legacy-billing: {$subscriptionId} cancelled");
    }
}
