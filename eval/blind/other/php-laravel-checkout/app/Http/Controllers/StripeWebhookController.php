<?php

namespace App\Http\Controllers;

use App\Jobs\FulfilOrder;
use App\Models\Order;
use App\Models\User;
use App\Services\StripeWebhookVerifier;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class StripeWebhookController extends Controller
{
    // ok: webhook-signature-not-verified
    public function handle(Request $request, StripeWebhookVerifier $verifier)
    {
        $event = $verifier->verify($request);
        if ($event === null) {
            return response('Invalid signature', 400);
        }

        switch ($event->type) {
            case 'checkout.session.completed':
                FulfilOrder::dispatch($event->data->object->id);
                break;
            case 'invoice.payment_failed':
                Log::warning('Invoice payment failed', ['invoice' => $event->data->object->id]);
                break;
        }

        return response('', 200);
    }

    // ruleid: webhook-signature-not-verified
    public function connect(Request $request)
    {
        $event = json_decode($request->getContent());

        if ($event->type === 'account.updated') {
            User::where('stripe_account_id', $event->account)
                ->update(['charges_enabled' => $event->data->object->charges_enabled]);
        }

        return response()->json(['received' => true]);
    }

    // ruleid: webhook-signature-not-verified
    public function legacy(Request $request)
    {
        $event = \Stripe\Event::constructFrom(json_decode($request->getContent(), true));

        switch ($event->type) {
            case 'charge.refunded':
                Order::where('stripe_charge_id', $event->data->object->id)->update(['status' => 'refunded']);
                break;
            case 'charge.dispute.created':
                Log::alert('Dispute opened', ['charge' => $event->data->object->charge]);
                break;
        }

        return response('', 200);
    }
}
