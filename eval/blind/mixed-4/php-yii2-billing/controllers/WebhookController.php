<?php

namespace app\controllers;

use Yii;
use yii\helpers\Json;
use yii\web\BadRequestHttpException;
use yii\web\Controller;

class WebhookController extends Controller
{
    public $enableCsrfValidation = false;

    // ok: webhook-signature-not-verified
    public function actionStripe()
    {
        $payload = Yii::$app->request->getRawBody();
        $sig = Yii::$app->request->headers->get('Stripe-Signature');
        try {
            $event = \Stripe\Webhook::constructEvent($payload, $sig, Yii::$app->params['stripeWebhookSecret']);
        } catch (\Stripe\Exception\SignatureVerificationException $e) {
            throw new BadRequestHttpException('Invalid signature');
        }
        if ($event->type === 'invoice.payment_failed') {
            Yii::$app->mailer->compose('payment-failed', ['invoice' => $event->data->object])->send();
        }
        return $this->asJson(['received' => true]);
    }

    // ruleid: webhook-signature-not-verified
    public function actionStripeLegacy()
    {
        $event = Json::decode(Yii::$app->request->getRawBody(), false);
        if ($event->type === 'invoice.payment_failed') {
            Yii::$app->mailer->compose('payment-failed', ['invoice' => $event->data->object])->send();
        } elseif ($event->type === 'customer.subscription.deleted') {
            Yii::info('subscription deleted ' . $event->data->object->id, 'billing');
        }
        return $this->asJson(['received' => true]);
    }

    // Paystack posts its own events (charge.success), signed with HMAC-SHA512.
    // ok: webhook-signature-not-verified
    public function actionPaystack()
    {
        $payload = Yii::$app->request->getRawBody();
        $expected = hash_hmac('sha512', $payload, Yii::$app->params['paystackSecretKey']);
        if (!hash_equals($expected, (string) Yii::$app->request->headers->get('x-paystack-signature'))) {
            throw new BadRequestHttpException('Invalid signature');
        }
        $event = Json::decode($payload, false);
        if ($event->event === 'charge.success') {
            Yii::info('paystack charge ' . $event->data->reference, 'billing');
        }
        return $this->asJson(['received' => true]);
    }
}
