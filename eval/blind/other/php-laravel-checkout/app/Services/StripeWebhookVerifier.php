<?php

namespace App\Services;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Stripe\Event;
use Stripe\Exception\SignatureVerificationException;
use Stripe\Webhook;

class StripeWebhookVerifier
{
    /**
     * Returns the verified event, or null when the signature does not match.
     */
    public function verify(Request $request): ?Event
    {
        try {
            return Webhook::constructEvent(
                $request->getContent(),
                $request->header('Stripe-Signature', ''),
                config('services.stripe.webhook_secret')
            );
        } catch (\UnexpectedValueException | SignatureVerificationException $e) {
            Log::warning('Rejected Stripe webhook', ['error' => $e->getMessage()]);
            return null;
        }
    }
}
