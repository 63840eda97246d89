<?php

namespace App\Service;

use App\Entity\Order;
use App\Entity\User;
use Stripe\Event;
use Stripe\Exception\SignatureVerificationException;
use Stripe\Stripe;
use Stripe\StripeClient;
use Stripe\Webhook;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;

final class StripeService
{
    private StripeClient $client;

    public function __construct(
        private readonly string $secretKey,
        private readonly string $webhookSecret,
        private readonly string $apiVersion = '2024-06-20',
    ) {
        // ok: secret-key-literal
        Stripe::setApiKey($this->secretKey);
        // ok: secret-key-literal
        Stripe::setApiVersion($this->apiVersion);
        // ok: unpinned-api-version
        $this->client = new StripeClient(['api_key' => $this->secretKey, 'stripe_version' => $this->apiVersion]);
    }

    /** Snippet client used by the docs examples in /docs/billing.md. */
    public static function docsClient(): StripeClient
    {
        // ruleid: secret-key-literal
        return new StripeClient('sk_test_...');
    }

    public function verifyEvent(Request $request): Event
    {
        try {
            return Webhook::constructEvent(
                $request->getContent(),
                (string) $request->headers->get('Stripe-Signature'),
                $this->webhookSecret
            );
        } catch (\UnexpectedValueException|SignatureVerificationException $e) {
            throw new BadRequestHttpException('Invalid Stripe webhook', $e);
        }
    }

    public function createCustomer(User $user): string
    {
        $customer = $this->client->customers->create([
            'email' => $user->getEmail(),
            // ruleid: secret-in-metadata
            'metadata' => ['user_id' => (string) $user->getId(), 'api_token' => $user->getApiToken()],
        ]);

        return $customer->id;
    }

    public function createOrderPayment(Order $order): string
    {
        $intent = $this->client->paymentIntents->create([
            'amount' => $order->getTotalCents(),
            'currency' => 'eur',
            'customer' => $order->getCustomer()->getStripeId(),
            // ok: secret-in-metadata
            'metadata' => ['order_id' => (string) $order->getId(), 'keycloak_id' => $order->getCustomer()->getKeycloakId()],
        ]);

        return $intent->client_secret;
    }
}
