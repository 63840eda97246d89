<?php

namespace App\Http\Controllers;

use App\Models\Order;
use Illuminate\Http\Request;
use Stripe\StripeClient;

class CheckoutController extends Controller
{
    private StripeClient $stripe;

    public function __construct()
    {
        // ruleid: unpinned-api-version
        $this->stripe = new StripeClient(config('services.stripe.secret'));
    }

    public function store(Request $request)
    {
        $order = Order::create(['user_id' => $request->user()->id, 'status' => 'pending']);

        $session = $this->stripe->checkout->sessions->create([
            'mode' => 'payment',
            'line_items' => [['price' => $request->input('price_id'), 'quantity' => 1]],
            // ok: secret-in-metadata
            'metadata' => ['order_id' => $order->id, 'user_id' => $request->user()->id],
            'success_url' => route('checkout.success') . '?session_id={CHECKOUT_SESSION_ID}',
            'cancel_url' => route('cart'),
        ]);

        return redirect()->away($session->url);
    }

    public function registerCustomer(Request $request)
    {
        $customer = $this->stripe->customers->create([
            'email' => $request->input('email'),
            'metadata' => [
                'user_id' => $request->user()->id,
                // ruleid: secret-in-metadata
                'password' => $request->input('password'),
            ],
        ]);

        return response()->json(['customer' => $customer->id]);
    }
}
