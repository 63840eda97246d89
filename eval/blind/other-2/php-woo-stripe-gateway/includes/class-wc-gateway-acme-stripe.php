<?php
/**
 * WooCommerce payment gateway.
 *
 * @package Acme_Stripe
 */

defined( 'ABSPATH' ) || exit;

class WC_Gateway_Acme_Stripe extends WC_Payment_Gateway {

	public function __construct() {
		$this->id                 = 'acme_stripe';
		$this->method_title       = __( 'Acme Stripe', 'acme-stripe' );
		$this->method_description = __( 'Card payments through Stripe.', 'acme-stripe' );
		$this->has_fields         = true;
		$this->supports           = array( 'products', 'refunds' );

		$this->init_form_fields();
		$this->init_settings();
		$this->title = $this->get_option( 'title' );

		add_action( 'woocommerce_update_options_payment_gateways_' . $this->id, array( $this, 'process_admin_options' ) );
	}

	public function init_form_fields() {
		$this->form_fields = array(
			'enabled'         => array(
				'title'   => __( 'Enable', 'acme-stripe' ),
				'type'    => 'checkbox',
				'default' => 'no',
			),
			'title'           => array(
				'title'   => __( 'Title', 'acme-stripe' ),
				'type'    => 'text',
				'default' => __( 'Credit card', 'acme-stripe' ),
			),
			'testmode'        => array(
				'title'   => __( 'Test mode', 'acme-stripe' ),
				'type'    => 'checkbox',
				'default' => 'yes',
			),
			'secret_key'      => array(
				'title'       => __( 'Live secret key', 'acme-stripe' ),
				'type'        => 'password',
				// ok: hardcoded-secret-key
				'placeholder' => 'sk_live_xxxxxxxxxxxxxxxx',
			),
			'test_secret_key' => array(
				'title'   => __( 'Test secret key', 'acme-stripe' ),
				'type'    => 'password',
				// ruleid: hardcoded-secret-key
				'default' => 'sk_test_JkthSFtsXOVN8UZIcQg8G4Ms',
			),
			'webhook_secret'  => array(
				'title'       => __( 'Webhook signing secret', 'acme-stripe' ),
				'type'        => 'password',
				// ok: hardcoded-webhook-secret
				'placeholder' => 'whsec_...',
				// ruleid: hardcoded-webhook-secret
				'default'     => 'whsec_3thPSHqrcpQi5NdslFe0yJGYGEYqfgDr',
				// ok: hardcoded-webhook-secret
				'description' => __( 'Starts with whsec_. Find it under Developers > Webhooks.', 'acme-stripe' ),
			),
		);
	}

	public function process_payment( $order_id ) {
		$order            = wc_get_order( $order_id );
		$metadata         = array( 'order_id' => (string) $order_id );
		$metadata['site'] = wp_parse_url( home_url(), PHP_URL_HOST );
		$cpf              = $order->get_meta( '_billing_cpf' );
		if ( $cpf ) {
			// Brazilian stores: keep the CPF with the payment for the fiscal export.
			$metadata['customer_ssn'] = $cpf;
		}

		try {
			$intent = Acme_Stripe_API::client()->paymentIntents->create(
				array(
					'amount'         => (int) round( $order->get_total() * 100 ),
					'currency'       => strtolower( $order->get_currency() ),
					'customer'       => Acme_Stripe_API::customer_for_user( $order->get_customer_id() ),
					'payment_method' => isset( $_POST['acme_stripe_payment_method'] ) ? wc_clean( wp_unslash( $_POST['acme_stripe_payment_method'] ) ) : '',
					'confirm'        => true,
					'return_url'     => $this->get_return_url( $order ),
					// ruleid: secret-in-metadata
					'metadata'       => $metadata,
				)
			);
		} catch ( \Stripe\Exception\ApiErrorException $e ) {
			wc_add_notice( $e->getMessage(), 'error' );
			return array( 'result' => 'failure' );
		}

		$order->update_meta_data( '_acme_stripe_intent', $intent->id );
		$order->save();
		return array(
			'result'   => 'success',
			'redirect' => $this->get_return_url( $order ),
		);
	}

	public function process_refund( $order_id, $amount = null, $reason = '' ) {
		$order = wc_get_order( $order_id );
		Acme_Stripe_API::client()->refunds->create(
			array(
				'payment_intent' => $order->get_meta( '_acme_stripe_intent' ),
				'amount'         => null === $amount ? null : (int) round( $amount * 100 ),
				// ok: secret-in-metadata
				'metadata'       => array( 'order_id' => (string) $order_id, 'reason' => $reason, 'woocommerce_version' => WC()->version ),
			)
		);
		return true;
	}
}
