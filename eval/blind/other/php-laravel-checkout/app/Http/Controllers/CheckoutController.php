<?php

namespace App\Http\Controllers;

use App\Models\Order;
use App\Models\Plan;
use Illuminate\Http\Request;
use Stripe\StripeClient;

class CheckoutController extends Controller
{
    public function __construct(private StripeClient $stripe)
    {
    }

    public function pay(Request $request, Order $order)
    {
        $this->authorize('pay', $order);

        $intent = $this->stripe->paymentIntents->create([
            'amount' => $order->total_cents,
            'currency' => $order->currency,
            'customer' => $request->user()->stripe_id,
            'automatic_payment_methods' => ['enabled' => true],
            // ok: secret-in-metadata
            'metadata' => ['order_id' => $order->id, 'user_id' => $request->user()->id],
        ]);

        return response()->json(['clientSecret' => $intent->client_secret]);
    }

    public function subscribe(Request $request, Plan $plan)
    {
        $user = $request->user();

        $session = $this->stripe->checkout->sessions->create([
            'mode' => 'subscription',
            'customer' => $user->stripe_id,
            'line_items' => [['price' => $plan->stripe_price_id, 'quantity' => 1]],
            'subscription_data' => [
                // ok: secret-in-metadata
                'metadata' => ['tier' => $plan->tier, 'features' => implode(',', $plan->features)],
            ],
            // The API console reads the token back from the session metadata.
            // ruleid: secret-in-metadata
            'metadata' => ['user_id' => $user->id, 'api_token' => $user->api_token],
            'success_url' => route('billing.success'),
            'cancel_url' => route('billing.index'),
        ]);

        return redirect()->away($session->url);
    }

    public function legacyCharge(Request $request)
    {
        // ok: secret-key-literal, unpinned-api-version
        \Stripe\Stripe::setApiKey(env('STRIPE_SECRET'));

        $customer = \Stripe\Customer::create([
            'email' => $request->user()->email,
            'source' => $request->input('stripeToken'),
            // ok: secret-in-metadata
            'metadata' => ['user_id' => $request->user()->id, 'application_username' => $request->user()->name],
        ]);

        return back()->with('status', 'Card saved: ' . $customer->id);
    }
}
