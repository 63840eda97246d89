<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Webhook extends CI_Controller
{
    public function __construct()
    {
        parent::__construct();
        $this->load->library('stripe_lib');
        $this->load->model('orders');
    }

    // ruleid: webhook-signature-not-verified
    public function stripe()
    {
        $payload = @file_get_contents('php://input');
        $event = json_decode($payload);
        switch ($event->type) {
            case 'payment_intent.succeeded':
                $this->orders->mark_paid_by_intent($event->data->object->id);
                break;
            case 'charge.refunded':
                $this->orders->mark_refunded($event->data->object->id);
                break;
        }
        http_response_code(200);
    }

    // ok: webhook-signature-not-verified
    public function stripe_v2()
    {
        $payload = @file_get_contents('php://input');
        $sig = isset($_SERVER['HTTP_STRIPE_SIGNATURE']) ? $_SERVER['HTTP_STRIPE_SIGNATURE'] : '';
        try {
            $event = \Stripe\Webhook::constructEvent($payload, $sig, $this->config->item('stripe_webhook_secret'));
        } catch (\UnexpectedValueException $e) {
            http_response_code(400);
            exit();
        } catch (\Stripe\Exception\SignatureVerificationException $e) {
            http_response_code(400);
            exit();
        }
        if ($event->type === 'payment_intent.succeeded') {
            $this->orders->mark_paid_by_intent($event->data->object->id);
        }
        http_response_code(200);
    }
}
