<?php
/**
 * Webhook endpoints.
 *
 * @package Acme_Stripe
 */

defined( 'ABSPATH' ) || exit;

class Acme_Stripe_Webhooks {

	// Endpoint created with `stripe listen` on the staging box.
	// ruleid: hardcoded-webhook-secret
	const STAGING_WEBHOOK_SECRET = 'whsec_zDm00HTrd9MIgCqb6zfIUeEFjB1SXqF7';

	public static function register_routes() {
		register_rest_route(
			'acme-stripe/v1',
			'/events',
			array(
				'methods'             => 'POST',
				'callback'            => array( __CLASS__, 'handle_rest' ),
				'permission_callback' => '__return_true',
			)
		);
		register_rest_route(
			'acme-stripe/v1',
			'/shipping',
			array(
				'methods'             => 'POST',
				'callback'            => array( __CLASS__, 'handle_shipping' ),
				'permission_callback' => '__return_true',
			)
		);
	}

	private static function signing_secret() {
		if ( 'staging' === wp_get_environment_type() ) {
			return self::STAGING_WEBHOOK_SECRET;
		}
		$settings = get_option( 'woocommerce_acme_stripe_settings', array() );
		$from_env = getenv( 'ACME_STRIPE_WEBHOOK_SECRET' );
		return $from_env ? $from_env : ( isset( $settings['webhook_secret'] ) ? $settings['webhook_secret'] : '' );
	}

	/**
	 * WooCommerce API endpoint: /?wc-api=acme_stripe
	 */
	// ok: webhook-signature-not-verified
	public static function handle_webhook() {
		$payload    = file_get_contents( 'php://input' );
		$sig_header = isset( $_SERVER['HTTP_STRIPE_SIGNATURE'] ) ? wp_unslash( $_SERVER['HTTP_STRIPE_SIGNATURE'] ) : '';
		try {
			$event = \Stripe\Webhook::constructEvent( $payload, $sig_header, self::signing_secret() );
		} catch ( \UnexpectedValueException | \Stripe\Exception\SignatureVerificationException $e ) {
			status_header( 400 );
			exit;
		}

		// ruleid: unpinned-api-version
		$stripe = new \Stripe\StripeClient( array( 'api_key' => Acme_Stripe_API::secret_key() ) );
		switch ( $event->type ) {
			case 'payment_intent.succeeded':
				$intent = $stripe->paymentIntents->retrieve( $event->data->object->id );
				$order  = wc_get_order( (int) $intent->metadata['order_id'] );
				if ( $order ) {
					$order->payment_complete( $intent->id );
				}
				break;
			case 'charge.refunded':
				$order = wc_get_order( (int) $event->data->object->metadata['order_id'] );
				if ( $order ) {
					$order->update_status( 'refunded' );
				}
				break;
		}
		status_header( 200 );
		exit;
	}

	/**
	 * Old IPN-style endpoint: /?wc-api=acme_stripe_legacy
	 */
	// ruleid: webhook-signature-not-verified
	public static function handle_legacy() {
		$payload = file_get_contents( 'php://input' );
		$event   = \Stripe\Event::constructFrom( json_decode( $payload, true ) );
		if ( 'checkout.session.completed' === $event->type ) {
			$order = wc_get_order( (int) $event->data->object->client_reference_id );
			if ( $order ) {
				$order->payment_complete( $event->data->object->payment_intent );
			}
		}
		status_header( 200 );
		exit;
	}

	// ruleid: webhook-signature-not-verified
	public static function handle_rest( WP_REST_Request $request ) {
		$event = $request->get_json_params();
		switch ( isset( $event['type'] ) ? $event['type'] : '' ) {
			case 'invoice.paid':
				do_action( 'acme_stripe_invoice_paid', $event['data']['object'] );
				break;
			case 'customer.subscription.deleted':
				do_action( 'acme_stripe_subscription_deleted', $event['data']['object'] );
				break;
		}
		return new WP_REST_Response( array( 'received' => true ), 200 );
	}

	/**
	 * ShipStation notifies us when a label is printed; unrelated to Stripe.
	 */
	// ok: webhook-signature-not-verified
	public static function handle_shipping( WP_REST_Request $request ) {
		$token = (string) get_option( 'acme_shipstation_token' );
		if ( '' === $token || ! hash_equals( $token, (string) $request->get_header( 'x-shipstation-token' ) ) ) {
			return new WP_REST_Response( array( 'error' => 'forbidden' ), 403 );
		}
		$data = $request->get_json_params();
		if ( isset( $data['resource_type'] ) && 'SHIP_NOTIFY' === $data['resource_type'] ) {
			wp_schedule_single_event( time(), 'acme_shipstation_pull', array( $data['resource_url'] ) );
		}
		return new WP_REST_Response( array( 'received' => true ), 200 );
	}
}
