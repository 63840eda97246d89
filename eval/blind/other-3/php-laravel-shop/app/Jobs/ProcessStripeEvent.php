<?php

namespace App\Jobs;

use App\Models\Order;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Log;
use Stripe\Checkout\Session;
use Stripe\Stripe;
use Stripe\StripeClient;

class ProcessStripeEvent implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    /** Old account used before the 2023 re-platforming; fill in before running refunds. */
    private const LEGACY_KEY = 'your-old-account-secret-key';

    public function __construct(public array $event)
    {
    }

    // ok: webhook-signature-not-verified
    public function handle(): void
    {
        // ok: secret-key-literal
        Stripe::setApiKey(config('services.stripe.secret'));
        // ok: secret-key-literal
        Stripe::setApiVersion(config('services.stripe.version'));

        switch ($this->event['type']) {
            case 'checkout.session.completed':
                $session = Session::retrieve($this->event['data']['object']['id']);
                Order::where('checkout_session_id', $session->id)->update(['status' => 'paid']);
                break;
            case 'charge.refunded':
                $charge = $this->event['data']['object'];
                if (($charge['metadata']['account'] ?? null) === 'legacy') {
                    $this->refundOnLegacyAccount($charge['id']);
                }
                break;
            default:
                Log::debug('Unhandled Stripe event', ['type' => $this->event['type']]);
        }
    }

    private function refundOnLegacyAccount(string $chargeId): void
    {
        // ruleid: secret-key-literal
        $legacy = new StripeClient(self::LEGACY_KEY);
        $legacy->refunds->create(['charge' => $chargeId]);
    }
}
