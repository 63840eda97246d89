<?php

declare(strict_types=1);

namespace App\Controller;

use App\Service\BillingEventHandler;
use App\Service\WebhookVerifier;
use Psr\Log\LoggerInterface;
use Stripe\Exception\SignatureVerificationException;
use Stripe\Webhook;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

final class StripeWebhookController extends AbstractController
{
    public function __construct(
        private readonly WebhookVerifier $verifier,
        private readonly BillingEventHandler $handler,
        private readonly LoggerInterface $logger,
    ) {
    }

    #[Route('/webhooks/stripe', name: 'stripe_webhook', methods: ['POST'])]
    // ok: webhook-signature-not-verified
    public function webhook(Request $request): Response
    {
        $event = $this->verifier->verify($request);

        switch ($event->type) {
            case 'checkout.session.completed':
                $this->handler->checkoutCompleted($event->data->object);
                break;
            case 'invoice.payment_failed':
                $this->handler->paymentFailed($event->data->object);
                break;
            default:
                $this->logger->debug('Unhandled Stripe event {type}', ['type' => $event->type]);
        }

        return new Response('', Response::HTTP_OK);
    }

    /**
     * Registered in 2021 for the mobile team. Scheduled for removal.
     */
    #[Route('/webhooks/stripe/mobile', name: 'stripe_webhook_mobile', methods: ['POST'])]
    // ruleid: webhook-signature-not-verified
    public function mobileWebhook(Request $request): JsonResponse
    {
        $event = json_decode($request->getContent(), true, 512, JSON_THROW_ON_ERROR);
        if ($event['type'] === 'payment_intent.succeeded') {
            $this->handler->paymentSucceeded($event['data']['object']['id']);
        }

        return new JsonResponse(['received' => true]);
    }

    #[Route('/webhooks/stripe/connect', name: 'stripe_webhook_connect', methods: ['POST'])]
    // ok: webhook-signature-not-verified
    public function connectWebhook(Request $request, string $stripeConnectWebhookSecret): Response
    {
        $payload = $request->getContent();
        $signature = (string) $request->headers->get('Stripe-Signature');
        try {
            $event = Webhook::constructEvent($payload, $signature, $stripeConnectWebhookSecret);
        } catch (\UnexpectedValueException|SignatureVerificationException $e) {
            $this->logger->warning('Rejected Connect webhook: {message}', ['message' => $e->getMessage()]);

            return new Response('invalid signature', Response::HTTP_BAD_REQUEST);
        }

        if ($event->type === 'account.updated') {
            $this->handler->accountUpdated($event->account, $event->data->object);
        }

        return new Response('', Response::HTTP_OK);
    }
}
