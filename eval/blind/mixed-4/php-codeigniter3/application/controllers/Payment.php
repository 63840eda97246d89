<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Payment extends CI_Controller
{
    public function __construct()
    {
        parent::__construct();
        $this->load->library('stripe_lib');
        $this->load->model('orders');
    }

    public function charge()
    {
        $order = $this->orders->find((int) $this->input->post('order_id'));
        $customer = $this->stripe_lib->createCustomer($order->email, $this->input->post('stripeToken'), $order->user_id);
        $charge = \Stripe\Charge::create([
            'customer' => $customer->id,
            'amount' => $order->total_cents,
            'currency' => $this->config->item('stripe_currency'),
            // ok: secret-in-metadata
            'metadata' => ['order_id' => $order->id, 'application_username' => $order->username],
        ]);
        $this->orders->mark_paid($order->id, $charge->id);
        redirect('orders/' . $order->id);
    }

    // Support staff tool, copied from the Stripe docs.
    public function refund_tool()
    {
        // ruleid: secret-key-literal, unpinned-api-version
        \Stripe\Stripe::setApiKey('sk_test_YOUR_SECRET_KEY');
        $refund = \Stripe\Refund::create(['charge' => $this->input->post('charge_id')]);
        echo json_encode(['refund' => $refund->id]);
    }
}
