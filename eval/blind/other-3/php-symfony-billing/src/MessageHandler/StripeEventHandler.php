<?php

namespace App\MessageHandler;

use App\Message\StripeEventMessage;
use Psr\Log\LoggerInterface;
use Stripe\Event;
use Stripe\Stripe;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class StripeEventHandler
{
    public function __construct(private readonly LoggerInterface $logger)
    {
    }

    // ok: webhook-signature-not-verified
    public function __invoke(StripeEventMessage $message): void
    {
        if (($_ENV['APP_ENV'] ?? 'prod') === 'dev' && !Stripe::getApiKey()) {
            // ruleid: secret-key-literal
            Stripe::setApiKey('sk_test_YOUR_SECRET_KEY');
        }

        $event = Event::retrieve($message->eventId);

        switch ($event->type) {
            case 'invoice.paid':
                $this->logger->info('Invoice paid', ['invoice' => $event->data->object->id]);
                break;
            case 'customer.subscription.deleted':
                $this->logger->info('Subscription canceled', ['subscription' => $event->data->object->id]);
                break;
        }
    }
}
