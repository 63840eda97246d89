<?php

namespace App\Services;

use App\Models\Order;
use App\Models\User;
use Illuminate\Http\Request;
use Stripe\Event;
use Stripe\Stripe;
use Stripe\StripeClient;
use Stripe\Webhook;

class BillingService
{
    // ok: hardcoded-secret-key
    private const SANDBOX_KEY = 'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx';

    public function __construct(private StripeClient $stripe, private string $webhookSecret)
    {
    }

    /**
     * @throws \Stripe\Exception\SignatureVerificationException
     */
    public function verifyWebhook(Request $request): Event
    {
        return Webhook::constructEvent(
            $request->getContent(),
            (string) $request->header('Stripe-Signature'),
            $this->webhookSecret
        );
    }

    public function sandboxClient(): StripeClient
    {
        // ruleid: secret-key-literal
        return new StripeClient(self::SANDBOX_KEY);
    }

    public function demoClient(): StripeClient
    {
        // ruleid: secret-key-literal
        return new StripeClient(['api_key' => 'changeme', 'stripe_version' => '2024-06-20']);
    }

    public function cliClient(): StripeClient
    {
        // ok: secret-key-literal
        return new StripeClient((string) getenv('STRIPE_SECRET_KEY'));
    }

    public function useTenantKey(User $owner): void
    {
        // ok: secret-key-literal
        Stripe::setApiKey($owner->tenant->stripe_secret_key);
    }

    public function reportingClient(): StripeClient
    {
        // ok: unpinned-api-version
        return new StripeClient(env('STRIPE_REPORTING_KEY'));
    }

    public function forConnectedAccount(string $accountId): StripeClient
    {
        // ok: unpinned-api-version
        return new StripeClient(['api_key' => config('services.stripe.secret'), 'stripe_account' => $accountId, 'stripe_version' => config('services.stripe.version')]);
    }

    public function createCustomer(User $user): string
    {
        $customer = $this->stripe->customers->create([
            'email' => $user->email,
            // ok: secret-in-metadata
            'metadata' => ['user_id' => (string) $user->id, 'tier' => $user->tier],
        ]);

        return $customer->id;
    }

    public function syncCustomer(User $user): void
    {
        $metadata = ['user_id' => (string) $user->id];
        $metadata['tier'] = $user->tier;
        if ($user->api_enabled) {
            $metadata['api_token'] = $user->api_token;
        }
        $this->stripe->customers->update($user->stripe_id, [
            // ruleid: secret-in-metadata
            'metadata' => $metadata,
        ]);
    }

    public function checkout(Order $order, Request $request): string
    {
        $session = $this->stripe->checkout->sessions->create([
            'mode' => 'payment',
            'line_items' => [['price' => $order->stripe_price_id, 'quantity' => $order->quantity]],
            // ruleid: secret-in-metadata
            'metadata' => ['order_id' => (string) $order->id, 'password' => $request->input('account_password')],
            'success_url' => route('orders.thanks', $order),
            'cancel_url' => route('cart'),
        ]);

        return $session->url;
    }

    public function tagApplication(User $user): void
    {
        $this->stripe->customers->update($user->stripe_id, [
            // ok: secret-in-metadata
            'metadata' => ['application_username' => $user->username, 'features' => implode(',', $user->features)],
        ]);
    }
}
