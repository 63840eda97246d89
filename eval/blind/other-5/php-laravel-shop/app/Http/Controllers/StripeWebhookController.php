<?php

namespace App\Http\Controllers;

use App\Jobs\FulfilOrder;
use App\Jobs\SyncSeller;
use App\Models\Order;
use App\Services\BillingService;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\Log;
use Stripe\Event;
use Stripe\Exception\SignatureVerificationException;
use Stripe\Webhook;

class StripeWebhookController extends Controller
{
    // ok: webhook-signature-not-verified
    public function handle(Request $request): Response
    {
        try {
            $event = Webhook::constructEvent(
                $request->getContent(),
                (string) $request->header('Stripe-Signature'),
                config('services.stripe.webhook_secret')
            );
        } catch (\UnexpectedValueException | SignatureVerificationException $e) {
            return response('invalid payload', 400);
        }

        $this->dispatchEvent($event);

        return response('', 200);
    }

    // ok: webhook-signature-not-verified
    public function handleBilling(Request $request, BillingService $billing): Response
    {
        try {
            $event = $billing->verifyWebhook($request);
        } catch (SignatureVerificationException $e) {
            return response('invalid signature', 400);
        }

        switch ($event->type) {
            case 'invoice.paid':
                Order::where('invoice_id', $event->data->object->id)->update(['status' => 'paid']);
                break;
            case 'invoice.payment_failed':
                Order::where('invoice_id', $event->data->object->id)->update(['status' => 'past_due']);
                break;
        }

        return response('', 200);
    }

    // ruleid: webhook-signature-not-verified
    public function handleLegacy(Request $request): Response
    {
        $event = json_decode($request->getContent(), true);

        switch ($event['type'] ?? '') {
            case 'checkout.session.completed':
                FulfilOrder::dispatch($event['data']['object']['metadata']['order_id']);
                break;
            case 'charge.refunded':
                Order::where('payment_intent_id', $event['data']['object']['payment_intent'])->update(['status' => 'refunded']);
                break;
        }

        return response('', 200);
    }

    // ruleid: webhook-signature-not-verified
    public function handleConnect(Request $request): Response
    {
        if (! $request->hasHeader('Stripe-Signature')) {
            return response('missing signature', 400);
        }

        $event = Event::constructFrom($request->all());
        if ($event->type === 'account.updated') {
            SyncSeller::dispatch($event->data->object->id);
        }

        return response('', 200);
    }

    // ok: webhook-signature-not-verified
    public function handleGithub(Request $request): Response
    {
        $expected = 'sha256=' . hash_hmac('sha256', $request->getContent(), (string) config('services.github.webhook_secret'));
        if (! hash_equals($expected, (string) $request->header('X-Hub-Signature-256'))) {
            return response('', 401);
        }

        $payload = json_decode($request->getContent(), true);
        if ($request->header('X-GitHub-Event') === 'release') {
            Log::info('release published', ['tag' => $payload['release']['tag_name'] ?? null]);
        }

        return response('', 204);
    }

    private function dispatchEvent(Event $event): void
    {
        if ($event->type === 'checkout.session.completed') {
            FulfilOrder::dispatch($event->data->object->metadata->order_id);
        }
    }
}
