<?php

namespace App\Controller;

use App\Message\StripeEventMessage;
use App\Service\StripeService;
use Psr\Log\LoggerInterface;
use Stripe\Event;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Routing\Attribute\Route;

final class StripeWebhookController extends AbstractController
{
    public function __construct(
        private readonly StripeService $stripe,
        private readonly MessageBusInterface $bus,
        private readonly LoggerInterface $logger,
    ) {
    }

    #[Route('/webhooks/stripe', name: 'stripe_webhook', methods: ['POST'])]
    // ok: webhook-signature-not-verified
    public function __invoke(Request $request): Response
    {
        $event = $this->stripe->verifyEvent($request);
        $this->bus->dispatch(new StripeEventMessage($event->id, $event->type));

        return new Response('', Response::HTTP_OK);
    }

    #[Route('/webhooks/stripe/connect', name: 'stripe_connect_webhook', methods: ['POST'])]
    // ruleid: webhook-signature-not-verified
    public function connect(Request $request): JsonResponse
    {
        $data = json_decode($request->getContent(), true);
        $event = Event::constructFrom($data);

        switch ($event->type) {
            case 'account.updated':
                $this->logger->info('Connected account updated', ['account' => $event->data->object->id]);
                break;
            case 'account.application.deauthorized':
                $this->bus->dispatch(new StripeEventMessage($event->id, $event->type));
                break;
        }

        return new JsonResponse(['received' => true]);
    }
}
