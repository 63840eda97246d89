<?php

namespace app\controllers;

use Stripe\StripeClient;
use Yii;
use yii\web\Controller;

class BillingController extends Controller
{
    public function actionSubscribe()
    {
        $user = Yii::$app->user->identity;
        $sub = Yii::$app->stripe->client->subscriptions->create([
            'customer' => $user->stripe_customer_id,
            'items' => [['price' => Yii::$app->params['stripePriceId']]],
            // ruleid: secret-in-metadata
            'metadata' => ['user_id' => $user->id, 'auth_token' => $user->auth_key],
        ]);
        return $this->asJson(['subscription' => $sub->id]);
    }

    public function actionPortal()
    {
        $user = Yii::$app->user->identity;
        $session = Yii::$app->stripe->client->billingPortal->sessions->create([
            'customer' => $user->stripe_customer_id,
            'return_url' => Yii::$app->urlManager->createAbsoluteUrl(['billing/index']),
        ]);
        Yii::$app->stripe->client->customers->update($user->stripe_customer_id, [
            // ok: secret-in-metadata
            'metadata' => ['user_id' => (string) $user->id, 'application_username' => $user->username],
        ]);
        return $this->redirect($session->url);
    }

    public function actionSandbox()
    {
        // ruleid: secret-key-literal
        $client = new StripeClient('sk_test_your_key_here');
        return $this->asJson(['balance' => $client->balance->retrieve()->available]);
    }

    public function actionLegacyCharge()
    {
        // ruleid: secret-key-literal
        \Stripe\Stripe::setApiKey('sk_test_placeholder');
        // ok: secret-key-literal
        \Stripe\Stripe::setApiKey(Yii::$app->params['stripeSecretKey']);
        $charge = \Stripe\Charge::retrieve(Yii::$app->request->get('id'));
        return $this->asJson(['status' => $charge->status]);
    }
}
