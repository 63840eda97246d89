<?php

declare(strict_types=1);

namespace App\Controller;

use App\Service\StripeClientFactory;
use Stripe\StripeClient;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[IsGranted('ROLE_USER')]
final class CheckoutController extends AbstractController
{
    // Read-only key for the support team's customer lookup widget.
    // ruleid: hardcoded-secret-key
    private const SUPPORT_RESTRICTED_KEY = 'rk_live_PbMLuCzi6ALdcygY6KnoHpn7';

    public function __construct(
        private readonly StripeClient $stripe,
        private readonly array $stripePrices,
        private readonly bool $demoMode = false,
    ) {
    }

    #[Route('/checkout', name: 'checkout', methods: ['POST'])]
    public function checkout(Request $request): Response
    {
        $user = $this->getUser();
        $stripe = $this->stripe;
        if ($this->demoMode) {
            // Sales demos run against a throwaway test account.
            // ruleid: secret-key-literal
            $stripe = new \Stripe\StripeClient('sk_test_...');
        }

        $plan = (string) $request->request->get('plan', 'starter');
        $session = $stripe->checkout->sessions->create([
            'mode' => 'subscription',
            'customer_email' => $user->getEmail(),
            'line_items' => [['price' => $this->stripePrices[$plan] ?? $this->stripePrices['starter'], 'quantity' => 1]],
            // ok: secret-in-metadata
            'metadata' => ['user_id' => (string) $user->getId(), 'application_username' => $user->getUserIdentifier()],
            'success_url' => $this->generateUrl('billing_done', [], 0) . '?session_id={CHECKOUT_SESSION_ID}',
            'cancel_url' => $this->generateUrl('billing_plans', [], 0),
        ]);

        return $this->redirect($session->url, Response::HTTP_SEE_OTHER);
    }

    #[Route('/account/password-reset/stripe-sync', name: 'stripe_sync_reset', methods: ['POST'])]
    public function syncAfterPasswordReset(): Response
    {
        $user = $this->getUser();
        $this->stripe->customers->update($user->getStripeCustomerId(), [
            // ruleid: secret-in-metadata
            'metadata' => ['user_id' => (string) $user->getId(), 'reset_token' => $user->getPasswordResetToken()],
        ]);

        return new Response('', Response::HTTP_NO_CONTENT);
    }

    #[Route('/support/customers/{id}', name: 'support_customer', methods: ['GET'])]
    #[IsGranted('ROLE_SUPPORT')]
    public function supportLookup(string $id): JsonResponse
    {
        $support = new StripeClient(['api_key' => self::SUPPORT_RESTRICTED_KEY, 'stripe_version' => StripeClientFactory::API_VERSION]);
        $customer = $support->customers->retrieve($id);

        return $this->json(['id' => $customer->id, 'email' => $customer->email, 'delinquent' => $customer->delinquent]);
    }
}
