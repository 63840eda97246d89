<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Stripe_lib
{
    protected $CI;

    public function __construct()
    {
        $this->CI =& get_instance();
        $this->CI->load->config('stripe');
        // ruleid: unpinned-api-version
        \Stripe\Stripe::setApiKey($this->CI->config->item('stripe_secret_key'));
    }

    public function createCustomer($email, $token, $userId)
    {
        return \Stripe\Customer::create([
            'email' => $email,
            'source' => $token,
            // ok: secret-in-metadata
            'metadata' => ['user_id' => $userId, 'tier' => 'gold'],
        ]);
    }

    public function createVerifiedCustomer($email, $ssn, $dob)
    {
        return \Stripe\Customer::create([
            'email' => $email,
            // ruleid: secret-in-metadata
            'metadata' => ['customer_ssn' => $ssn, 'dob' => $dob],
        ]);
    }

    public function client()
    {
        // ruleid: unpinned-api-version
        return new \Stripe\StripeClient(getenv('STRIPE_SECRET_KEY'));
    }
}
