<?php

namespace app\components;

use Stripe\StripeClient;
use Yii;
use yii\base\Component;

class StripeComponent extends Component
{
    public string $apiVersion = '2024-06-20';
    private ?StripeClient $_client = null;

    public function init(): void
    {
        parent::init();
        \Stripe\Stripe::setApiVersion($this->apiVersion);
    }

    public function getClient(): StripeClient
    {
        if ($this->_client === null) {
            // ok: unpinned-api-version, secret-key-literal
            $this->_client = new StripeClient(['api_key' => Yii::$app->params['stripeSecretKey'], 'stripe_version' => $this->apiVersion]);
        }
        return $this->_client;
    }
}
