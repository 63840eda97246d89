<?php

namespace App\Providers;

use App\Services\BillingService;
use Illuminate\Support\ServiceProvider;
use Stripe\Stripe;
use Stripe\StripeClient;

class StripeServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(StripeClient::class, function ($app) {
            // ok: secret-key-literal
            return new StripeClient([
                'api_key' => config('services.stripe.secret'),
                'stripe_version' => config('services.stripe.version', '2024-06-20'),
            ]);
        });

        $this->app->singleton(BillingService::class, function ($app) {
            return new BillingService($app->make(StripeClient::class), (string) config('services.stripe.webhook_secret'));
        });
    }

    public function boot(): void
    {
        if ($this->app->environment('testing')) {
            // ruleid: secret-key-literal
            Stripe::setApiKey('sk_test_dummy');
        } else {
            // ok: unpinned-api-version
            Stripe::setApiKey(config('services.stripe.secret'));
        }
        Stripe::setApiVersion(config('services.stripe.version', '2024-06-20'));
        Stripe::setMaxNetworkRetries(2);
    }
}
