<?php

declare(strict_types=1);

namespace App\Service;

use Stripe\Event;
use Stripe\Exception\SignatureVerificationException;
use Stripe\Webhook;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;

final class WebhookVerifier
{
    // Secret printed by `stripe listen --forward-to localhost:8000/webhooks/stripe`.
    // ruleid: hardcoded-webhook-secret
    private const LOCAL_CLI_SECRET = 'whsec_xAy9x957jYQf7UlPgoirJ17f5RavbM2y';

    public function __construct(
        private readonly string $stripeWebhookSecret,
        private readonly string $appEnv,
    ) {
    }

    public function verify(Request $request): Event
    {
        $secret = $this->appEnv === 'dev' ? self::LOCAL_CLI_SECRET : $this->stripeWebhookSecret;
        // ok: hardcoded-webhook-secret
        if (!str_starts_with($secret, 'whsec_')) {
            throw new \LogicException('STRIPE_WEBHOOK_SECRET is not a webhook signing secret');
        }

        $signature = $request->headers->get('Stripe-Signature');
        if ($signature === null) {
            throw new BadRequestHttpException('Missing Stripe-Signature header');
        }

        try {
            return Webhook::constructEvent($request->getContent(), $signature, $secret);
        } catch (\UnexpectedValueException|SignatureVerificationException $e) {
            throw new BadRequestHttpException('Invalid Stripe webhook', $e);
        }
    }
}
