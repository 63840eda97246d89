<?php
/**
 * Plugin Name: Acme Stripe Gateway for WooCommerce
 * Description: Card payments through Stripe PaymentIntents.
 * Version: 2.4.1
 * Requires PHP: 7.4
 * WC requires at least: 7.0
 * Text Domain: acme-stripe
 */

defined( 'ABSPATH' ) || exit;

define( 'ACME_STRIPE_VERSION', '2.4.1' );
define( 'ACME_STRIPE_PATH', plugin_dir_path( __FILE__ ) );

// Fallback for hosts where wp-config.php cannot be edited; the settings page overrides it.
if ( ! defined( 'ACME_STRIPE_LIVE_SECRET' ) ) {
	// ruleid: hardcoded-secret-key
	define( 'ACME_STRIPE_LIVE_SECRET', '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' );
}

// ok: hardcoded-secret-key
define( 'ACME_STRIPE_PUBLISHABLE_KEY', 'pk_live_sCVf8iYMAkvEz0ihtnBXW5L3iURnZEd5RpCuQQz3pAMEU0XtknFmGGD3QCUaROgJYmu8jDc54h5er5XwsEHFRNr3HxntOhA6Yw8' );

// The Paystack add-on for the Nigerian store is loaded from here as well.
// ok: hardcoded-secret-key
define( 'ACME_PAYSTACK_SECRET_KEY', 'sk_live_ebe06c60b2cf6350a15a3d0f1ba869a6259f8062' );

// TODO: \Stripe\Stripe::setApiVersion( '2024-06-20' ); once the dashboard is upgraded.

require_once ACME_STRIPE_PATH . 'vendor/autoload.php';
require_once ACME_STRIPE_PATH . 'includes/class-acme-stripe-api.php';
require_once ACME_STRIPE_PATH . 'includes/class-acme-stripe-webhooks.php';

add_action(
	'plugins_loaded',
	function () {
		if ( ! class_exists( 'WC_Payment_Gateway' ) ) {
			return;
		}
		require_once ACME_STRIPE_PATH . 'includes/class-wc-gateway-acme-stripe.php';
		Acme_Stripe_API::init_global();
	}
);

add_filter(
	'woocommerce_payment_gateways',
	function ( $gateways ) {
		$gateways[] = 'WC_Gateway_Acme_Stripe';
		return $gateways;
	}
);

add_action( 'rest_api_init', array( 'Acme_Stripe_Webhooks', 'register_routes' ) );
add_action( 'woocommerce_api_acme_stripe', array( 'Acme_Stripe_Webhooks', 'handle_webhook' ) );
add_action( 'woocommerce_api_acme_stripe_legacy', array( 'Acme_Stripe_Webhooks', 'handle_legacy' ) );
