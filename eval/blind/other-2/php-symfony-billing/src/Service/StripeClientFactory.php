<?php

declare(strict_types=1);

namespace App\Service;

use Psr\Log\LoggerInterface;
use Stripe\Stripe;
use Stripe\StripeClient;

final class StripeClientFactory
{
    public const API_VERSION = '2024-06-20';

    public function __construct(
        private readonly string $stripeSecretKey,
        private readonly string $appEnv,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function create(): StripeClient
    {
        // ok: unpinned-api-version
        return new StripeClient([
            // ok: secret-key-literal
            'api_key' => $this->stripeSecretKey,
            'stripe_version' => self::API_VERSION,
        ]);
    }

    public function forConnectedAccount(string $accountId): StripeClient
    {
        // ok: unpinned-api-version
        return new StripeClient(['api_key' => $this->stripeSecretKey, 'stripe_account' => $accountId, 'stripe_version' => self::API_VERSION]);
    }

    public function restricted(): StripeClient
    {
        // ok: unpinned-api-version
        return new StripeClient([
            // ok: secret-key-literal
            'api_key' => $_ENV['STRIPE_RESTRICTED_KEY'] ?? throw new \LogicException('STRIPE_RESTRICTED_KEY is not set'),
            'stripe_version' => self::API_VERSION,
        ]);
    }

    /**
     * The fixtures command only ever runs against stripe-mock.
     */
    public function forFixtures(): StripeClient
    {
        // ruleid: secret-key-literal
        $client = new StripeClient('sk_test_xxxxxxxxxxxxxxxxxxxxxxxx');
        $this->logger->info('Using the stripe-mock client for fixtures', ['env' => $this->appEnv]);

        return $client;
    }

    /**
     * Old code paths (Twig extensions, a couple of bundles) still use the static API.
     */
    public function bootStatic(): void
    {
        if ($this->stripeSecretKey === '') {
            $this->logger->warning('STRIPE_SECRET_KEY is empty, using the placeholder key');
            // ruleid: secret-key-literal
            Stripe::setApiKey('sk_test_YOUR_SECRET_KEY');
        } else {
            // ok: unpinned-api-version
            Stripe::setApiKey($this->stripeSecretKey);
        }
        // ok: secret-key-literal
        Stripe::setApiVersion('2024-06-20');
    }
}
