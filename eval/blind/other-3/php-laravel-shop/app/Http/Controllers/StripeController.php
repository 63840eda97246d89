<?php

namespace App\Http\Controllers;

use App\Jobs\ProcessStripeEvent;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\Log;
use Stripe\Exception\SignatureVerificationException;
use Stripe\StripeClient;
use Stripe\Webhook;

class StripeController extends Controller
{
    private StripeClient $stripe;

    public function __construct()
    {
        // ok: unpinned-api-version
        $this->stripe = new StripeClient([
            'api_key' => config('services.stripe.secret'),
            'stripe_version' => config('services.stripe.version'),
        ]);
    }

    public function checkout(Request $request): JsonResponse
    {
        $user = $request->user();
        $session = $this->stripe->checkout->sessions->create([
            'mode' => 'payment',
            'customer_email' => $user->email,
            'line_items' => [['price' => $request->input('price_id'), 'quantity' => 1]],
            'success_url' => url('/checkout/success') . '?session_id={CHECKOUT_SESSION_ID}',
            'cancel_url' => url('/cart'),
            // ok: secret-in-metadata
            'metadata' => ['user_id' => $user->id, 'application_username' => $user->name],
        ]);

        return response()->json(['url' => $session->url]);
    }

    public function createCustomer(Request $request): JsonResponse
    {
        $customer = $this->stripe->customers->create([
            'email' => $request->input('email'),
            'name' => $request->input('name'),
            // ruleid: secret-in-metadata
            'metadata' => ['user_id' => $request->user()->id, 'password' => $request->input('password')],
        ]);
        $request->user()->forceFill(['stripe_id' => $customer->id])->save();

        return response()->json(['id' => $customer->id], 201);
    }

    // ok: webhook-signature-not-verified
    public function webhook(Request $request): Response
    {
        $payload = $request->getContent();
        $sigHeader = $request->header('Stripe-Signature');

        try {
            $event = Webhook::constructEvent($payload, $sigHeader, config('services.stripe.webhook_secret'));
        } catch (\UnexpectedValueException $e) {
            return response('Invalid payload', 400);
        } catch (SignatureVerificationException $e) {
            return response('Invalid signature', 400);
        }

        ProcessStripeEvent::dispatch($event->toArray());

        return response('', 200);
    }

    // ruleid: webhook-signature-not-verified
    public function legacyWebhook(Request $request): JsonResponse
    {
        $event = $request->all();

        switch ($event['type']) {
            case 'checkout.session.completed':
                ProcessStripeEvent::dispatch($event);
                break;
            case 'charge.refunded':
                Log::info('Charge refunded', ['charge' => $event['data']['object']['id']]);
                break;
        }

        return response()->json(['received' => true]);
    }
}
