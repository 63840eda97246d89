<?php
defined('BASEPATH') OR exit('No direct script access allowed');

// ok: hardcoded-secret-key
$config['stripe_publishable_key'] = 'pk_live_jS51qMCHYu2YhIksviMjjlIa';
// ruleid: hardcoded-secret-key
$config['stripe_secret_key'] = 'sk_live_iGjlvhkTp3SKQOo6Cd6rvau5';
// ok: hardcoded-webhook-secret
$config['stripe_webhook_secret'] = getenv('STRIPE_WEBHOOK_SECRET') ?: 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
$config['stripe_currency'] = 'usd';
