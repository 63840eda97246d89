<?php

namespace App\Http\Controllers;

use App\Models\Order;
use Illuminate\Http\Request;
use Stripe\Exception\SignatureVerificationException;
use Stripe\Webhook;
use UnexpectedValueException;

class StripeWebhookController extends Controller
{
    // ok: webhook-signature-not-verified
    public function __invoke(Request $request)
    {
        $payload = $request->getContent();
        $sigHeader = $request->header('Stripe-Signature');

        try {
            $event = Webhook::constructEvent($payload, $sigHeader, config('services.stripe.webhook_secret'));
        } catch (UnexpectedValueException | SignatureVerificationException $e) {
            return response('Invalid payload', 400);
        }

        switch ($event->type) {
            case 'checkout.session.completed':
                Order::where('id', $event->data->object->metadata->order_id)->update(['status' => 'paid']);
                break;
            case 'charge.refunded':
                Order::where('charge_id', $event->data->object->id)->update(['status' => 'refunded']);
                break;
        }

        return response()->json(['received' => true]);
    }
}
