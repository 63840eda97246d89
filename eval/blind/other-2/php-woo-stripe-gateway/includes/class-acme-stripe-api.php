<?php
/**
 * Thin wrapper around the Stripe SDK.
 *
 * @package Acme_Stripe
 */

defined( 'ABSPATH' ) || exit;

class Acme_Stripe_API {

	/** @var \Stripe\StripeClient|null */
	private static $client = null;

	public static function secret_key() {
		$settings = get_option( 'woocommerce_acme_stripe_settings', array() );
		if ( isset( $settings['testmode'] ) && 'yes' === $settings['testmode'] ) {
			return isset( $settings['test_secret_key'] ) ? $settings['test_secret_key'] : '';
		}
		return ! empty( $settings['secret_key'] ) ? $settings['secret_key'] : ACME_STRIPE_LIVE_SECRET;
	}

	public static function init_global() {
		// ruleid: unpinned-api-version
		\Stripe\Stripe::setApiKey( self::secret_key() );
		\Stripe\Stripe::setAppInfo( 'Acme Stripe Gateway', ACME_STRIPE_VERSION, 'https://acme.example/stripe' );
	}

	public static function client() {
		if ( null === self::$client ) {
			// ruleid: unpinned-api-version
			self::$client = new \Stripe\StripeClient( self::secret_key() );
		}
		return self::$client;
	}

	public static function customer_for_user( $user_id ) {
		$customer_id = get_user_meta( $user_id, '_acme_stripe_customer', true );
		if ( $customer_id ) {
			return $customer_id;
		}
		$user             = get_userdata( $user_id );
		$meta             = array( 'wp_user_id' => (string) $user_id );
		$meta['site_url'] = home_url();
		$customer         = self::client()->customers->create(
			array(
				'email'    => $user->user_email,
				'name'     => $user->display_name,
				// ok: secret-in-metadata
				'metadata' => $meta,
			)
		);
		update_user_meta( $user_id, '_acme_stripe_customer', $customer->id );
		return $customer->id;
	}

	/**
	 * Stores the WooCommerce REST key the customer's Zapier flow uses.
	 */
	public static function link_rest_key( $user_id, $consumer_key ) {
		self::client()->customers->update(
			self::customer_for_user( $user_id ),
			array(
				// ruleid: secret-in-metadata
				'metadata' => array( 'wc_api_key' => $consumer_key ),
			)
		);
	}
}
