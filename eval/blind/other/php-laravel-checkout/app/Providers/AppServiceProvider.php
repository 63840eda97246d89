<?php

namespace App\Providers;

use Illuminate\Support\ServiceProvider;
use Stripe\Stripe;
use Stripe\StripeClient;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(StripeClient::class, function () {
            // ok: secret-key-literal, unpinned-api-version
            return new StripeClient([
                'api_key' => config('services.stripe.secret'),
                'stripe_version' => config('services.stripe.api_version'),
            ]);
        });
    }

    public function boot(): void
    {
        // Some older code paths still use the static resources (\Stripe\Customer::create...).
        // ok: secret-key-literal, unpinned-api-version
        Stripe::setApiKey(config('services.stripe.secret'));
        Stripe::setApiVersion(config('services.stripe.api_version'));
    }
}
